//! The register extract's cover letter (*registerutdrag*, GDPR Art. 15): the answers to
//! Art. 15(1) a–h in plain language, written to the person from their newest case.

use chrono::NaiveDate;
use serde::Serialize;

use super::pdf::{LetterLayout, PdfError, letter_pdf};
use super::{TemplateError, default_template, labels, render, sender, split_subject, window};
use crate::domain::{
    Addressee, Case, Disclosure, Language, LetterKind, Officer, Settings, person_name,
};
use crate::i18n::{label_id, loader_for};

/// Why the cover letter was not made.
#[derive(Debug, Clone, thiserror::Error)]
pub enum AccessLetterError {
    /// The template did not render.
    #[error(transparent)]
    Template(#[from] TemplateError),
    /// The PDF could not be made.
    #[error(transparent)]
    Pdf(#[from] PdfError),
}

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

#[derive(Serialize)]
struct Context {
    first_name: String,
    case_numbers: Vec<String>,
    recipients: Vec<String>,
    retention_months: u32,
    data_file: String,
    company_name: String,
    company_phone: String,
    company_email: String,
}

/// The letter's text and its PDF, in `language`, dated `date`.
pub fn cover_letter(
    facts: AccessFacts<'_>,
    language: Language,
    date: NaiveDate,
) -> Result<(String, Vec<u8>), AccessLetterError> {
    let loader = loader_for(language);
    let company = &facts.settings.company;
    let newest = facts.cases.last();
    let name = newest.map_or("", |c| c.details.complainant.name.as_str());
    let mut recipients: Vec<String> = Vec::new();
    for d in facts.disclosures {
        let n = &d.disclosure;
        let mut who = loader.get(&label_id("disclosure-recipient", n.to.code()));
        if !n.recipient_name.is_empty() {
            who = format!("{who} ({})", n.recipient_name);
        }
        if !recipients.contains(&who) {
            recipients.push(who);
        }
    }
    let context = Context {
        first_name: person_name(name).map(|p| p.first).unwrap_or_default(),
        case_numbers: facts.cases.iter().map(|c| c.number.to_string()).collect(),
        recipients,
        retention_months: facts.settings.retention.months,
        data_file: facts.data_file.to_owned(),
        company_name: company.name.clone(),
        company_phone: company.phone.clone(),
        company_email: company.email.clone(),
    };
    let source = default_template(LetterKind::AccessReport, language).unwrap_or_default();
    let text = render(source, &minijinja::Value::from_serialize(&context))?;
    let (subject, body) = split_subject(&text);
    let mut signature = vec![
        facts.officer.name.clone(),
        facts.officer.title.clone(),
        company.name.clone(),
    ];
    signature.retain(|l| !l.trim().is_empty());
    let layout = LetterLayout {
        language_tag: match language {
            Language::Sv => "sv-SE".to_owned(),
            Language::En => "en".to_owned(),
        },
        document_name: loader.get(&label_id("letter-kind", LetterKind::AccessReport.code())),
        date,
        our_reference: newest.map(|c| c.number.to_string()).unwrap_or_default(),
        your_reference: String::new(),
        collection_cases: String::new(),
        recipient: newest
            .map(|c| super::recipient::recipient_lines(c, Addressee::Complainant))
            .unwrap_or_default(),
        subject,
        body,
        closing: loader.get("letter-closing"),
        signature,
        sender: sender(facts.settings, facts.logo.map(<[u8]>::to_vec)),
        labels: labels(language),
        window: window(facts.settings),
    };
    let pdf = letter_pdf(&layout)?;
    Ok((text, pdf))
}
