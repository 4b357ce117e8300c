//! Reports read from the store: the case printed whole.

use chrono::NaiveDate;

use crate::domain::{CaseId, Language};
use crate::export::summary::{self, CaseRecord, Options};
use crate::outbox::IssueError;
use crate::store::Store;

/// The case summary PDF ("print the case"), redacted unless `options` say otherwise.
pub fn case_summary_pdf(
    store: &Store,
    id: CaseId,
    options: Options,
    language: Language,
    date: NaiveDate,
) -> Result<Vec<u8>, IssueError> {
    let case = store.case(id)?;
    let settings = store.settings()?;
    let officers = store.officers()?;
    let notes = store.notes(id)?;
    let messages = store.messages(id)?;
    let letters = store.letters(id)?;
    let escalations: Vec<_> = store.escalations(id)?.into_iter().map(|(_, e)| e).collect();
    let history = store.case_history(id)?;
    let record = CaseRecord {
        case: &case,
        settings: &settings,
        officers: &officers,
        notes: &notes,
        messages: &messages,
        letters: &letters,
        escalations: &escalations,
        history: &history,
    };
    let layout = summary::layout(record, options, language, date, store.logo()?);
    Ok(crate::letters::pdf::letter_pdf(&layout)?)
}
