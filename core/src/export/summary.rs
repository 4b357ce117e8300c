//! The case printed whole: the case, the parties, the claim, the deadlines, escalations and a
//! timeline of everything that happened — readable on its own, redacted unless asked otherwise.

use chrono::NaiveDate;
use i18n_embed_fl::fl;

use super::present::{IdNumbers, Part, Presenter, Section};
use super::{CaseRecord, Options};
use crate::domain::{Case, Language, Settings};
use crate::i18n::loader_for;
use crate::letters::pdf::{Block, DocumentLayout, LetterLayout};

pub use super::timeline::{Event, Source, events, timeline};

/// Replaces every number shaped like a personnummer or samordningsnummer in a text, valid or
/// not, with its masked form (see [`crate::domain::mask_personal_numbers`]).
pub fn mask_id_numbers(text: &str, today: NaiveDate) -> String {
    crate::domain::mask_personal_numbers(text, today)
}

/// Whether a text holds a number shaped like a personnummer or samordningsnummer.
pub fn contains_id_number(text: &str, today: NaiveDate) -> bool {
    crate::domain::contains_personal_number(text, today)
}

/// The summary laid out as a document (no address window), in `language`. `your_reference` is
/// the recipient's own reference for the case (ARN's case number), empty when there is none.
pub fn layout(
    record: CaseRecord<'_>,
    options: Options,
    language: Language,
    date: NaiveDate,
    your_reference: &str,
    logo: Option<Vec<u8>>,
) -> DocumentLayout {
    let l = loader_for(language);
    let presenter = Presenter {
        loader: l,
        case: record.case,
        settings: record.settings,
        officers: record.officers,
        ids: if options.unmask {
            IdNumbers::Full
        } else {
            IdNumbers::MaskedOn(date)
        },
    };
    document(
        Document {
            settings: record.settings,
            case: record.case,
            language,
            name: fl!(l, "summary-title"),
            date,
            subject: presenter.title(),
            body: body(record, &presenter, options, language, date),
            your_reference: your_reference.to_owned(),
        },
        options,
        logo,
    )
}

/// A document the export writes (not a letter): no address window, no signature.
pub struct Document<'a> {
    pub settings: &'a Settings,
    pub case: &'a Case,
    pub language: Language,
    /// The document's name in the letterhead, e.g. "Ärendesammanställning".
    pub name: String,
    /// Its date.
    pub date: NaiveDate,
    pub subject: String,
    pub body: Vec<Block>,
    /// The recipient's reference for the case, shown as "Er referens" unless empty.
    pub your_reference: String,
}

/// Lays out a document on the company's letterhead, masking personnummer unless `options` say
/// otherwise (in the subject and the text alike).
pub fn document(doc: Document<'_>, options: Options, logo: Option<Vec<u8>>) -> DocumentLayout {
    let redact = |text: String| {
        if options.unmask {
            text
        } else {
            mask_id_numbers(&text, doc.date)
        }
    };
    LetterLayout {
        language_tag: match doc.language {
            Language::Sv => "sv-SE".to_owned(),
            Language::En => "en".to_owned(),
        },
        document_name: doc.name,
        date: doc.date,
        our_reference: doc.case.number.to_string(),
        your_reference: redact(doc.your_reference),
        collection_cases: String::new(),
        recipient: Vec::new(),
        subject: redact(doc.subject),
        body: doc.body.into_iter().map(|b| b.map_text(redact)).collect(),
        closing: String::new(),
        signature: Vec::new(),
        sender: crate::letters::sender(doc.settings, logo),
        labels: crate::letters::labels(doc.language),
        window: crate::letters::window(doc.settings),
    }
}

/// The case's sections as the presenter gives them, its escalations, the timeline and a
/// footnote on what was left out.
fn body(
    record: CaseRecord<'_>,
    presenter: &Presenter<'_>,
    options: Options,
    language: Language,
    date: NaiveDate,
) -> Vec<Block> {
    let l = presenter.loader;
    let mut sections = presenter.sections();
    sections.extend(presenter.escalations(record.escalations));
    let mut out: Vec<Block> = sections.into_iter().flat_map(blocks).collect();
    out.push(Block::Heading(fl!(l, "summary-section-timeline")));
    out.push(Block::bullets(timeline(record, options, language)));
    out.push(Block::Paragraph(fl!(
        l,
        "summary-footnote",
        date = date.to_string(),
        ids = if options.unmask { "full" } else { "masked" },
        notes = if options.include_notes {
            "included"
        } else {
            "left-out"
        }
    )));
    out
}

/// A section as blocks: its heading, then its rows, lists and text.
fn blocks(section: Section) -> Vec<Block> {
    let mut out = vec![Block::Heading(section.title)];
    out.extend(section.parts.into_iter().map(|part| match part {
        Part::Rows(rows) => Block::Rows(rows.into_iter().map(|r| (r.label, r.value)).collect()),
        Part::List(items) => Block::bullets(items),
        Part::Text(text) => Block::Paragraph(text),
    }));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn personnummer_in_free_text_are_masked() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default();
        let text = "Mitt personnummer är 811218-9876, ärende 40077442, fel nummer 811218–9877.";
        assert_eq!(
            mask_id_numbers(text, today),
            "Mitt personnummer är 811218-XXXX, ärende 40077442, fel nummer 811218-XXXX."
        );
        assert_eq!(
            mask_id_numbers("19811218-9876 och 556016-0680", today),
            "811218-XXXX och 556016-0680"
        );
    }
}
