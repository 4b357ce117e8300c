//! The letters that answer a person's GDPR request across their cases: the register
//! extract's cover letter (for the access module), the confirmation of a rectification (Art. 16,
//! with the recipients told of it, Art. 19) and the answer to an erasure request (Art. 17):
//! done, partly done, or refused while a legal hold applies (with the reasons and the right to
//! complain to IMY or go to court, Art. 12(4)).

pub mod answer;

use chrono::NaiveDate;
use serde::Serialize;

use super::pdf::{LetterLayout, PdfError, letter_pdf};
use super::{TemplateError, default_template, labels, render, sender, split_subject, window};
use crate::domain::{
    Addressee, Case, CaseNumber, Disclosure, HeldCase, IdNumber, Language, LegalHold, LetterKind,
    Officer, Recipient, RectifiedField, Settings, Status, person_name,
};
use crate::fl;
use crate::i18n::{FluentLanguageLoader, label_id, loader_for};

/// Why a letter to the person was not made.
#[derive(Debug, Clone, thiserror::Error)]
pub enum AccessLetterError {
    /// The template did not render.
    #[error(transparent)]
    Template(#[from] TemplateError),
    /// The PDF could not be made.
    #[error(transparent)]
    Pdf(#[from] PdfError),
}

/// What a letter to one person about their cases is written from.
#[derive(Debug, Clone, Copy)]
pub struct PersonFacts<'a> {
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
}

/// The company's contact details and the person's first name, which every such letter uses.
#[derive(Serialize)]
struct Common {
    first_name: String,
    case_numbers: Vec<String>,
    recipients: Vec<String>,
    company_name: String,
    company_phone: String,
    company_email: String,
}

impl PersonFacts<'_> {
    fn common(&self, language: Language) -> Common {
        let company = &self.settings.company;
        let name = self
            .cases
            .last()
            .map_or("", |c| c.details.complainant.name.as_str());
        Common {
            first_name: person_name(name).map(|p| p.first).unwrap_or_default(),
            case_numbers: self.cases.iter().map(|c| c.number.to_string()).collect(),
            recipients: recipients(self.disclosures, loader_for(language)),
            company_name: company.name.clone(),
            company_phone: company.phone.clone(),
            company_email: company.email.clone(),
        }
    }
}

/// Who has received data from the disclosures, each once, in `loader`'s language: the letter's,
/// or the interface's for the reminder of whom to tell (Art. 19). The person themselves (an
/// earlier register extract) is not a recipient (Art. 4(9)).
pub fn recipients(disclosures: &[Disclosure], loader: &FluentLanguageLoader) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for d in disclosures {
        let n = &d.disclosure;
        if n.to == Recipient::DataSubject {
            continue;
        }
        // The recipient's own name where the log has it ("Sjöbris Mobil AB"), else its kind.
        let who = match n.recipient_name.trim() {
            "" => loader.get(&label_id("disclosure-recipient", n.to.code())),
            name => name.to_owned(),
        };
        if !out.contains(&who) {
            out.push(who);
        }
    }
    out
}

/// Renders the template of `kind` with `context` and lays it out as a letter to the person
/// of the newest case: the text and the PDF.
fn person_letter<C: Serialize>(
    facts: PersonFacts<'_>,
    kind: LetterKind,
    language: Language,
    date: NaiveDate,
    context: &C,
) -> Result<(String, Vec<u8>), AccessLetterError> {
    let loader = loader_for(language);
    let company = &facts.settings.company;
    let newest = facts.cases.last();
    let source = default_template(kind, language).unwrap_or_default();
    let text = render(source, &minijinja::Value::from_serialize(context))?;
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
        document_name: loader.get(&label_id("letter-kind", kind.code())),
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

/// The register extract's cover letter (Art. 15(1) a–h).
pub(super) fn access_letter(
    facts: PersonFacts<'_>,
    language: Language,
    date: NaiveDate,
    retention_months: u32,
    data_file: &str,
) -> Result<(String, Vec<u8>), AccessLetterError> {
    #[derive(Serialize)]
    struct Context {
        #[serde(flatten)]
        common: Common,
        retention_months: u32,
        data_file: String,
    }
    let context = Context {
        common: facts.common(language),
        retention_months,
        data_file: data_file.to_owned(),
    };
    person_letter(facts, LetterKind::AccessReport, language, date, &context)
}

/// The confirmation of a rectification, written after it (the cases hold the new value, so a
/// new address is the one the letter goes to): which field now reads what, in which cases,
/// and who has received data and is told of it (Art. 19).
pub fn rectification_letter(
    facts: PersonFacts<'_>,
    language: Language,
    date: NaiveDate,
    field: RectifiedField,
    value: &str,
) -> Result<(String, Vec<u8>), AccessLetterError> {
    #[derive(Serialize)]
    struct Context {
        #[serde(flatten)]
        common: Common,
        field: String,
        value: String,
    }
    let loader = loader_for(language);
    let id_kind = facts
        .cases
        .last()
        .and_then(|c| c.details.complainant.id_number.as_ref())
        .map(|id| match id {
            IdNumber::Personnummer(_) => "personnummer",
            IdNumber::Samordningsnummer(_) => "samordningsnummer",
            IdNumber::Organisationsnummer(_) => "organisationsnummer",
        });
    let field_label = match (field, id_kind) {
        (RectifiedField::IdNumber, Some(kind)) => fl!(in loader, "letter-id-kind", kind = kind),
        _ => loader.get(&label_id("rectified-field", field.code())),
    };
    let context = Context {
        common: facts.common(language),
        field: field_label,
        value: value.to_owned(),
    };
    person_letter(facts, LetterKind::Rectification, language, date, &context)
}

/// One held case as the erasure letter gives it: its number and why it is kept.
#[derive(Serialize)]
struct Held {
    number: String,
    reason: String,
}

/// The answer to an erasure request, written before the erasure from the cases as they were:
/// which cases were erased (`erased`) and which are kept for now and why (`held`). With no
/// case erased it is a refusal.
pub fn erasure_letter(
    facts: PersonFacts<'_>,
    language: Language,
    date: NaiveDate,
    erased: &[CaseNumber],
    held: &[HeldCase],
) -> Result<(String, Vec<u8>), AccessLetterError> {
    #[derive(Serialize)]
    struct Context {
        #[serde(flatten)]
        common: Common,
        erased: Vec<String>,
        held: Vec<Held>,
        open_case: bool,
    }
    let loader = loader_for(language);
    let context = Context {
        common: facts.common(language),
        erased: erased.iter().map(ToString::to_string).collect(),
        held: held
            .iter()
            .map(|h| Held {
                number: h.number.to_string(),
                reason: hold_reason(loader, &h.hold),
            })
            .collect(),
        open_case: held
            .iter()
            .any(|h| matches!(h.hold, LegalHold::OpenCase(_))),
    };
    person_letter(facts, LetterKind::Erasure, language, date, &context)
}

/// Why a case is kept, as the letter says it to the person.
fn hold_reason(loader: &FluentLanguageLoader, hold: &LegalHold) -> String {
    match hold {
        LegalHold::Marked(reason) => {
            fl!(in loader, "erasure-letter-hold-marked", reason = reason.trim().trim_end_matches('.').to_owned())
        }
        LegalHold::OpenEscalation(body) => {
            fl!(in loader, "erasure-letter-hold-escalation", body = body.code())
        }
        LegalHold::OpenCase(status) => {
            let escalated = *status == Status::Escalated;
            fl!(in loader, "erasure-letter-hold-open", escalated = u8::from(escalated))
        }
    }
}
