//! The internal notes of a register extract: the candidates the officer reviews before the
//! export, and the choice of those that are the person's own personal data.

use std::collections::BTreeSet;

use chrono::NaiveDateTime;

use crate::domain::{CaseId, CaseNumber, NoteId, NoteKind, OfficerId};
use crate::store::{Store, StoreError};

/// What the officer chose before the extract is made.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExtractChoices {
    /// The internal notes the officer judged to be personal data about the person (and not
    /// about someone else): they go in; every other note of the person's cases is left out
    /// with [`super::LeftOutReason::NotTheirData`]. A note of a case outside the extract is
    /// never included, whatever this holds.
    pub include_notes: BTreeSet<NoteId>,
}

/// An internal note of one of the person's cases, as the officer reviews it before an extract.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteCandidate {
    /// The case it is on.
    pub case_id: CaseId,
    /// That case's number.
    pub number: CaseNumber,
    /// The note.
    pub note: NoteId,
    /// When it was written.
    pub at: NaiveDateTime,
    /// Who wrote it.
    pub author: OfficerId,
    /// Note, phone call, decision or review comment.
    pub kind: NoteKind,
    /// Its first non-empty line, trimmed.
    pub first_line: String,
}

/// The internal notes of `cases` (the person's confirmed cases), by case number and then oldest
/// first: the list the officer chooses from before [`super::register_extract`].
pub fn candidate_notes(store: &Store, cases: &[CaseId]) -> Result<Vec<NoteCandidate>, StoreError> {
    let mut out = Vec::new();
    for id in cases {
        let number = store.case(*id)?.number;
        for n in store.notes(*id)? {
            out.push(NoteCandidate {
                case_id: *id,
                number,
                note: n.id,
                at: n.at,
                author: n.author,
                kind: n.kind,
                first_line: first_line(&n.text),
            });
        }
    }
    out.sort_by_key(|c| (c.number, c.at, c.note));
    Ok(out)
}

/// The first line of a text that holds anything but spaces.
fn first_line(text: &str) -> String {
    text.lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or_default()
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::first_line;

    #[test]
    fn the_first_line_is_the_first_that_says_something() {
        let table = [
            ("Ringde kunden.\nHon bestrider.", "Ringde kunden."),
            ("\n\n   Åsa vill ha svar  \nsen", "Åsa vill ha svar"),
            ("", ""),
            ("  \n ", ""),
        ];
        for (text, line) in table {
            assert_eq!(first_line(text), line, "{text:?}");
        }
    }
}
