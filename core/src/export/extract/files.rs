//! A case's files in the register extract: its messages as text with a representative's
//! details hidden, their attachments, its letters and the internal notes the officer chose;
//! what holds another person's data is left out and listed.

use std::path::Path;

use serde_json::{Value, json};

use super::{CasePart, ExtractChoices, LeftOut, LeftOutReason, Names, Zip, names, zip_io};
use crate::domain::{Addressee, Case, Language, Letter, Message, Note, Representative};
use crate::export::dossier::ExportError;
use crate::store::{Store, StoreError};

/// A failure while adding a case's files: the store's, or writing the ZIP.
pub(super) enum PartError {
    Store(StoreError),
    Io(std::io::Error),
}

impl PartError {
    pub(super) fn at(self, out: &Path) -> ExportError {
        match self {
            PartError::Store(e) => e.into(),
            PartError::Io(e) => zip_io(out, e),
        }
    }
}

impl From<StoreError> for PartError {
    fn from(e: StoreError) -> Self {
        PartError::Store(e)
    }
}

impl From<std::io::Error> for PartError {
    fn from(e: std::io::Error) -> Self {
        PartError::Io(e)
    }
}

/// Adds a case's messages (text, with a representative's details hidden), their attachments
/// and its letters to the ZIP; what holds a representative's data is left out.
pub(super) fn case_files(
    store: &Store,
    case: &Case,
    language: Language,
    zip: &mut Zip,
    left_out: &mut Vec<LeftOut>,
) -> Result<CasePart, PartError> {
    let Names {
        message: message_name,
        kept_letter: letter_name,
        ..
    } = names(language);
    let number = case.number.to_string();
    let rep = case.details.representative.as_ref();
    let hide = |text: &str| hide_representative(text, rep, language);
    let mut leave = |what, reason| {
        left_out.push(LeftOut {
            case: number.clone(),
            what,
            reason,
        });
    };
    if rep.is_some_and(|r| r.document.is_some()) {
        leave("power_of_attorney", LeftOutReason::Representative);
    }
    let mut messages = Vec::new();
    for (i, m) in store.messages(case.id)?.iter().enumerate() {
        let path = format!("{number}/{message_name}_{:03}.txt", i + 1);
        let text = message_text(m, &hide);
        zip.add(&path, text.as_bytes(), true)?;
        let mut attachments = Vec::new();
        for a in &m.attachments {
            if from_representative(m, rep) {
                leave("attachment", LeftOutReason::Representative);
                continue;
            }
            let file = format!(
                "{number}/{message_name}_{:03}/{}",
                i + 1,
                safe_name(&a.file_name)
            );
            zip.add(&file, &store.attachment_bytes(a.id)?, true)?;
            attachments.push(file);
        }
        messages.push(json!({
            "at": m.at,
            "direction": m.direction,
            "channel": m.channel,
            "from": hide(&m.from),
            "to": hide(&m.to),
            "subject": hide(&m.subject),
            "text": hide(&m.body),
            "file": path,
            "attachments": attachments,
        }));
    }
    let mut letters = Vec::new();
    for l in store.letters(case.id)? {
        if l.addressee == Some(Addressee::Representative) {
            leave("letter", LeftOutReason::Representative);
            continue;
        }
        let path = format!("{number}/{letter_name}_{:03}_{}.pdf", l.id.0, l.kind.code());
        zip.add(&path, &store.letter_pdf(l.id)?, false)?;
        letters.push(letter_entry(&l, &path));
    }
    Ok(CasePart {
        messages,
        letters,
        notes: Vec::new(),
    })
}

/// Adds the case's internal notes that `choices` includes, as text with a representative's
/// details hidden; every other note is left out as not the person's data.
pub(super) fn case_notes(
    store: &Store,
    case: &Case,
    language: Language,
    choices: &ExtractChoices,
    zip: &mut Zip,
    left_out: &mut Vec<LeftOut>,
) -> Result<Vec<Value>, PartError> {
    let number = case.number.to_string();
    let rep = case.details.representative.as_ref();
    let mut notes = Vec::new();
    for n in store.notes(case.id)? {
        if !choices.include_notes.contains(&n.id) {
            left_out.push(LeftOut {
                case: number.clone(),
                what: "note",
                reason: LeftOutReason::NotTheirData,
            });
            continue;
        }
        let path = format!("{number}/{}_{:03}.txt", names(language).note, n.id.0);
        let text = hide_representative(&n.text, rep, language);
        zip.add(&path, note_text(&n, &text).as_bytes(), true)?;
        notes.push(json!({ "at": n.at, "kind": n.kind, "text": text, "file": path }));
    }
    Ok(notes)
}

fn note_text(n: &Note, text: &str) -> String {
    format!("{}\n\n{text}\n", n.at.format("%Y-%m-%d %H:%M"))
}

fn letter_entry(l: &Letter, path: &str) -> Value {
    json!({ "kind": l.kind, "date": l.date, "language": l.language, "file": path })
}

fn message_text(m: &Message, hide: &dyn Fn(&str) -> String) -> String {
    format!(
        "{}\n{}\n{}\n{}\n\n{}\n",
        m.at.format("%Y-%m-%d %H:%M"),
        hide(&m.from),
        hide(&m.to),
        hide(&m.subject),
        hide(&m.body)
    )
}

/// Whether a message came from or went to the representative.
fn from_representative(m: &Message, rep: Option<&Representative>) -> bool {
    let Some(email) = rep.map(|r| r.email.trim().to_lowercase()) else {
        return false;
    };
    !email.is_empty()
        && (m.from.to_lowercase().contains(&email) || m.to.to_lowercase().contains(&email))
}

/// `text` with the representative's name, firm, e-mail and phone replaced by "[ombudet]".
fn hide_representative(text: &str, rep: Option<&Representative>, language: Language) -> String {
    let Some(rep) = rep else {
        return text.to_owned();
    };
    let mask = match language {
        Language::Sv => "[ombudet]",
        Language::En => "[the representative]",
    };
    let mut out = text.to_owned();
    let mut parts = [&rep.email, &rep.phone, &rep.firm, &rep.name]
        .into_iter()
        .map(|s| s.trim())
        .filter(|s| s.chars().count() > 2)
        .collect::<Vec<_>>();
    parts.sort_by_key(|s| std::cmp::Reverse(s.len()));
    for part in parts {
        out = replace_ignoring_case(&out, part, mask);
    }
    out
}

fn replace_ignoring_case(text: &str, needle: &str, with: &str) -> String {
    let (lower, needle) = (text.to_lowercase(), needle.to_lowercase());
    if lower.len() != text.len() {
        // Lower-casing changed byte lengths: offsets would not line up, so match exactly.
        return text.replace(&needle, with);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = 0;
    for (at, _) in lower.match_indices(&needle) {
        out.push_str(&text[rest..at]);
        out.push_str(with);
        rest = at + needle.len();
    }
    out.push_str(&text[rest..]);
    out
}

/// A file name safe in any ZIP tool: letters, digits, `.`, `-` and `_`.
fn safe_name(name: &str) -> String {
    let safe: String = name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || ".-_".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    if safe.trim_matches(['.', '_']).is_empty() {
        "bilaga".to_owned()
    } else {
        safe
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_representatives_details_are_hidden_in_any_case_and_the_rest_kept() {
        let rep = Representative {
            name: "Karin Lund".into(),
            firm: "Advokatbyrån Lund".into(),
            email: "karin.lund@example.se".into(),
            phone: "070-999 88 77".into(),
            ..Representative::default()
        };
        let table = [
            ("Från KARIN.LUND@example.se", "Från [ombudet]"),
            (
                "Jag, Karin Lund på Advokatbyrån Lund, ring 070-999 88 77.",
                "Jag, [ombudet] på [ombudet], ring [ombudet].",
            ),
            ("Åsa Öberg betalade i tid.", "Åsa Öberg betalade i tid."),
            ("", ""),
        ];
        for (text, hidden) in table {
            assert_eq!(
                hide_representative(text, Some(&rep), Language::Sv),
                hidden,
                "{text}"
            );
        }
        assert_eq!(
            hide_representative("Karin Lund", None, Language::Sv),
            "Karin Lund"
        );
        assert_eq!(
            hide_representative("karin lund", Some(&rep), Language::En),
            "[the representative]"
        );
    }

    #[test]
    fn file_names_in_the_zip_are_safe() {
        let table = [
            ("faktura.pdf", "faktura.pdf"),
            ("../../etc/passwd", ".._.._etc_passwd"),
            ("kvitto maj.pdf", "kvitto_maj.pdf"),
            ("räkning.pdf", "räkning.pdf"),
            ("..", "bilaga"),
            ("", "bilaga"),
        ];
        for (name, safe) in table {
            assert_eq!(safe_name(name), safe, "{name}");
        }
    }
}
