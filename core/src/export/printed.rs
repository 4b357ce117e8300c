//! The case printed whole ("Skriv ut ärendet"): the summary PDF read from the store.

use chrono::NaiveDate;

use crate::domain::{CaseId, Language};
use crate::export::CaseData;
use crate::export::{Options, summary};
use crate::letters::issuing::IssueError;
use crate::store::Store;

/// The case summary PDF ("print the case"), redacted unless `options` say otherwise.
pub fn case_summary_pdf(
    store: &Store,
    id: CaseId,
    options: Options,
    language: Language,
    date: NaiveDate,
) -> Result<Vec<u8>, IssueError> {
    let data = CaseData::read(store, id)?;
    // Printed for whoever asks: no recipient's reference in the letterhead.
    let layout = summary::layout(
        data.record(),
        options,
        language,
        date,
        "",
        data.logo.clone(),
    );
    Ok(crate::letters::pdf::letter_pdf(&layout)?)
}
