//! The register extract's cover letter (*registerutdrag*, GDPR Art. 15): the answers to
//! Art. 15(1) a–h in plain language, written to the person from their newest case.

use chrono::NaiveDate;

use super::gdpr::PersonFacts;
use crate::domain::{Case, Disclosure, Language, Officer, Settings};

pub use super::gdpr::AccessLetterError;

/// What the cover letter is written from.
#[derive(Debug, Clone, Copy)]
pub struct AccessFacts<'a> {
    /// The person's cases, oldest first; the newest gives the name and address.
    pub cases: &'a [Case],
    /// The disclosures of those cases.
    pub disclosures: &'a [Disclosure],
    /// The company, for the letterhead.
    pub settings: &'a Settings,
    /// Who signs.
    pub officer: &'a Officer,
    /// The company's logo.
    pub logo: Option<&'a [u8]>,
    /// The name of the data file in the extract.
    pub data_file: &'a str,
}

/// The letter's text and its PDF, in `language`, dated `date`.
pub fn cover_letter(
    facts: AccessFacts<'_>,
    language: Language,
    date: NaiveDate,
) -> Result<(String, Vec<u8>), AccessLetterError> {
    let person = PersonFacts {
        cases: facts.cases,
        disclosures: facts.disclosures,
        settings: facts.settings,
        officer: facts.officer,
        logo: facts.logo,
    };
    super::gdpr::access_letter(
        person,
        language,
        date,
        facts.settings.retention.months,
        facts.data_file,
    )
}
