//! The case printed whole: the case, the parties, the claim, the deadlines, escalations and a
//! timeline of everything that happened — readable on its own, redacted unless asked otherwise.

use std::sync::LazyLock;

use chrono::NaiveDate;
use i18n_embed_fl::fl;
use regex::Regex;

use crate::domain::EscalationId;
use crate::domain::{
    AuditEvent, Case, Escalation, Language, Letter, Message, Note, Officer, Settings,
};
use crate::i18n::{label_id, loader_for};
use crate::letters::pdf::LetterLayout;

pub use super::timeline::{Event, Source, events, timeline};

/// What the summary shows beyond what a recipient such as ARN should see.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// Include the internal investigation notes.
    pub include_notes: bool,
    /// Show personnummer in full instead of `800101-XXXX`.
    pub unmask: bool,
}

/// Everything on a case, as read from the store.
#[derive(Debug, Clone, Copy)]
pub struct CaseRecord<'a> {
    pub case: &'a Case,
    pub settings: &'a Settings,
    pub officers: &'a [Officer],
    pub notes: &'a [Note],
    pub messages: &'a [Message],
    pub letters: &'a [Letter],
    pub escalations: &'a [(EscalationId, Escalation)],
    pub history: &'a [AuditEvent],
}

/// Replaces every valid personnummer or samordningsnummer in a text with its masked form.
pub fn mask_id_numbers(text: &str, today: NaiveDate) -> String {
    static PATTERN: LazyLock<Option<Regex>> =
        LazyLock::new(|| Regex::new(r"\b(\d{6}|\d{8})\s?[-+]?\s?\d{4}\b").ok());
    let Some(pattern) = PATTERN.as_ref() else {
        return text.to_owned();
    };
    pattern
        .replace_all(text, |caps: &regex::Captures<'_>| {
            let found = &caps[0];
            match crate::domain::IdNumber::parse(found, today) {
                Ok(id) if id.is_personal() => id.masked(),
                _ => found.to_owned(),
            }
        })
        .into_owned()
}

/// Whether a text holds a valid personnummer or samordningsnummer.
pub fn contains_id_number(text: &str, today: NaiveDate) -> bool {
    mask_id_numbers(text, today) != text
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
) -> LetterLayout {
    let l = loader_for(language);
    let case = record.case;
    let text = body(record, options, language, date);
    document(
        Document {
            settings: record.settings,
            case,
            language,
            name: fl!(l, "summary-title"),
            date,
            subject: format!("{} – {}", case.number, case.details.subject),
            body: text,
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
    pub body: String,
    /// The recipient's reference for the case, shown as "Er referens" unless empty.
    pub your_reference: String,
}

/// Lays out a document on the company's letterhead, masking personnummer unless `options` say
/// otherwise (in the subject and the text alike).
pub fn document(doc: Document<'_>, options: Options, logo: Option<Vec<u8>>) -> LetterLayout {
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
        recipient: Vec::new(),
        subject: redact(doc.subject),
        body: redact(doc.body),
        closing: String::new(),
        signature: Vec::new(),
        sender: crate::letters::sender(doc.settings, logo),
        labels: crate::letters::labels(doc.language),
        window: crate::letters::window(doc.settings),
    }
}

fn body(record: CaseRecord<'_>, options: Options, language: Language, date: NaiveDate) -> String {
    let l = loader_for(language);
    let name = |key: &str, code: &str| l.get(&label_id(key, code));
    let case = record.case;
    let d = &case.details;
    let c = &d.complainant;
    let none = || fl!(l, "show-none");
    let or_none = |s: &str| {
        if s.trim().is_empty() {
            none()
        } else {
            s.to_owned()
        }
    };
    let officer = case
        .assignee
        .and_then(|id| record.officers.iter().find(|o| o.id == id))
        .map(|o| o.name.clone())
        .unwrap_or_else(none);
    let mut out = Vec::new();
    section(
        &mut out,
        fl!(l, "summary-section-case"),
        vec![
            (fl!(l, "show-status"), name("status", case.status.code())),
            (fl!(l, "show-kind"), name("kind", d.kind.code())),
            (
                fl!(l, "show-category"),
                d.category
                    .map(|x| name("category", x.code()))
                    .unwrap_or_else(none),
            ),
            (fl!(l, "show-channel"), name("channel", d.channel.code())),
            (
                fl!(l, "show-received"),
                d.received_at.format("%Y-%m-%d %H:%M").to_string(),
            ),
            (
                fl!(l, "show-first-complaint"),
                d.first_complaint().to_string(),
            ),
            (
                fl!(l, "show-outcome"),
                case.outcome
                    .map(|o| name("outcome", o.code()))
                    .unwrap_or_else(none),
            ),
            (fl!(l, "show-assignee"), officer),
        ],
    );
    let address = [
        c.address.street.as_str(),
        &format!("{} {}", c.address.postal_code, c.address.city),
        c.address.country.as_str(),
    ]
    .iter()
    .map(|s| s.trim())
    .filter(|s| !s.is_empty())
    .collect::<Vec<_>>()
    .join(", ");
    let id = c
        .id_number
        .as_ref()
        .map(|i| {
            if options.unmask {
                i.short()
            } else {
                i.masked()
            }
        })
        .unwrap_or_else(none);
    let mut parties = vec![
        (fl!(l, "show-complainant"), or_none(&c.name)),
        (fl!(l, "show-id-number"), id),
        (fl!(l, "show-address"), or_none(&address)),
        (fl!(l, "show-email"), or_none(&c.email)),
        (fl!(l, "show-phone"), or_none(&c.phone)),
    ];
    if let Some(r) = &d.representative {
        let poa = if r.power_of_attorney {
            fl!(l, "show-power-of-attorney")
        } else {
            fl!(l, "show-no-power-of-attorney")
        };
        parties.push((fl!(l, "show-representative"), format!("{} ({poa})", r.name)));
    }
    section(&mut out, fl!(l, "summary-section-parties"), parties);
    section(
        &mut out,
        fl!(l, "summary-section-claim"),
        vec![
            (
                fl!(l, "show-debt-cases"),
                or_none(&d.debt_case_numbers.join(", ")),
            ),
            (fl!(l, "show-creditor"), or_none(&d.creditor)),
            (
                fl!(l, "show-amount"),
                d.amount_in_dispute
                    .map(|m| m.to_string())
                    .unwrap_or_else(none),
            ),
            (fl!(l, "show-remedy"), or_none(&d.requested_remedy)),
        ],
    );
    out.push(fl!(l, "show-description"));
    out.push(crate::letters::pdf::verbatim(&or_none(&d.description)));
    let deadlines = case.deadlines(&record.settings.deadlines);
    let mut due = vec![
        (
            name("deadline", "acknowledgement"),
            deadlines.acknowledgement.to_string(),
        ),
        (
            name("deadline", "final_answer"),
            deadlines.final_answer.to_string(),
        ),
        (
            name("deadline", "arn_window"),
            deadlines.arn_window_ends.to_string(),
        ),
    ];
    if let Some(s) = case.statement_due {
        due.push((name("deadline", "statement"), s.to_string()));
    }
    section(&mut out, fl!(l, "show-deadlines"), due);
    for (_, e) in record.escalations {
        out.push(
            format!("{} {}", name("escalation-body", e.body.code()), e.reference)
                .trim()
                .to_owned(),
        );
        let mut lines = vec![fl!(
            l,
            "escalation-dates",
            received = e.received_on.to_string(),
            due = e.statement_due.map(|d| d.to_string()).unwrap_or_else(none)
        )];
        lines.extend(e.claims.iter().map(|c| format!("- {c}")));
        if let Some(m) = e.amount_claimed {
            lines.push(fl!(l, "escalation-amount", amount = m.to_string()));
        }
        if let (Some(dec), Some(on)) = (e.decision, e.decided_on) {
            lines.push(fl!(
                l,
                "escalation-decided",
                decision = name("escalation-decision", dec.code()),
                date = on.to_string()
            ));
        }
        out.push(lines.join("\n"));
    }
    out.push(fl!(l, "summary-section-timeline"));
    out.push(timeline(record, options, language).join("\n"));
    out.push(fl!(
        l,
        "summary-footnote",
        date = date.to_string(),
        ids = if options.unmask { "full" } else { "masked" },
        notes = if options.include_notes {
            "included"
        } else {
            "left-out"
        }
    ));
    out.join("\n\n")
}

/// A heading line, then "label: value" lines as one paragraph.
fn section(out: &mut Vec<String>, heading: String, rows: Vec<(String, String)>) {
    out.push(heading);
    out.push(
        rows.into_iter()
            .map(|(k, v)| format!("{k}: {v}"))
            .collect::<Vec<_>>()
            .join("\n"),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn personnummer_in_free_text_are_masked() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default();
        let text = "Mitt personnummer är 811218-9876, ärende 40077442, fel nummer 811218-9877.";
        assert_eq!(
            mask_id_numbers(text, today),
            "Mitt personnummer är 811218-XXXX, ärende 40077442, fel nummer 811218-9877."
        );
        assert_eq!(
            mask_id_numbers("19811218-9876 och 556016-0680", today),
            "811218-XXXX och 556016-0680"
        );
    }
}
