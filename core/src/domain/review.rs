//! The complaints manager's review of a letter before it goes out: the draft the handling
//! officer submits, and what the reviewer decided. Which kinds need review, and whether one
//! person may approve their own draft (a one-person company), are settings.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use super::codes::coded_enum;
use super::{Addressee, CaseId, Language, LetterId, LetterKind, OfficerId, Outcome};

coded_enum! {
    /// Where a submitted draft stands.
    pub enum ReviewState as "review state" {
        /// Waiting for a complaints manager.
        Pending = "pending",
        /// Approved: the letter is final and kept on the case.
        Approved = "approved",
        /// Sent back to the handling officer with a comment.
        Returned = "returned",
    }
}

/// Row id of a draft under review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DraftId(pub i64);

/// A letter submitted for review: what the handling officer wrote, and the reviewer's decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub id: DraftId,
    pub case_id: CaseId,
    pub kind: LetterKind,
    pub language: Language,
    /// The date the letter will carry.
    pub date: NaiveDate,
    /// The text as submitted.
    pub text: String,
    /// Whom it is written to; `None` for a statement to a body.
    pub addressee: Option<Addressee>,
    /// The outcome a final answer states.
    pub outcome: Option<Outcome>,
    /// The handling officer who wrote and submitted it.
    pub author: OfficerId,
    pub submitted_at: NaiveDateTime,
    pub state: ReviewState,
    /// Who approved or returned it, and when.
    pub decided_by: Option<OfficerId>,
    pub decided_at: Option<NaiveDateTime>,
    /// The reviewer's comment when returned.
    pub comment: String,
    /// Approved by its own author (allowed only when the settings say so).
    pub self_approved: bool,
    /// The kept letter, once approved.
    pub letter: Option<LetterId>,
}

/// What the review requires.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReviewSettings {
    /// The letter kinds that go out only after a complaints manager has approved them.
    pub kinds: Vec<LetterKind>,
    /// A one-person company: the author may approve their own draft; each such approval is
    /// marked on the letter, in the history and in the dossier.
    pub self_approval: bool,
}

impl Default for ReviewSettings {
    fn default() -> Self {
        ReviewSettings {
            kinds: vec![LetterKind::FinalAnswer, LetterKind::ArnStatement],
            self_approval: false,
        }
    }
}

impl ReviewSettings {
    /// True when a letter of `kind` needs a complaints manager's approval.
    pub fn needs_review(&self, kind: LetterKind) -> bool {
        self.kinds.contains(&kind)
    }
}

/// Why a draft cannot be approved as asked.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReviewProblem {
    /// The case has no draft waiting for review.
    #[error("the case has no draft waiting for review")]
    NothingPending,
    /// The case already has a draft waiting; it must be approved or returned first.
    #[error("the case already has a draft waiting for review")]
    AlreadyPending,
    /// The reviewer wrote the draft, and the settings do not allow self-approval.
    #[error("the author of a draft may not approve it")]
    OwnDraft,
    /// The reviewer handled one of the collection cases the complaint is about; approving needs
    /// an explicit override, which is recorded.
    #[error("the reviewer handled collection case {0}")]
    NotIndependent(String),
    /// A draft waits for review: the case is answered by approving it, not by a status change.
    #[error("a draft waits for review")]
    DraftWaiting,
    /// A returned draft needs a comment saying what to change.
    #[error("a returned draft needs a comment")]
    CommentRequired,
}

/// A collection case an officer has handled: deciding or approving a complaint about it is not
/// independent (FI expects someone else to decide).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HandledCase {
    pub officer: OfficerId,
    /// The collection case number, as the company writes it.
    pub debt_case_number: String,
}

/// The first of `debt_cases` the officer has handled, if any (numbers compared without spaces
/// and dashes, as officers type them differently).
pub fn conflict<'a>(handled: &[String], debt_cases: &'a [String]) -> Option<&'a str> {
    let plain = |s: &str| -> String { s.chars().filter(|c| c.is_alphanumeric()).collect() };
    debt_cases
        .iter()
        .find(|n| {
            handled
                .iter()
                .any(|h| plain(h) == plain(n) && !plain(n).is_empty())
        })
        .map(String::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn final_answers_and_statements_need_review_by_default() {
        let s = ReviewSettings::default();
        assert!(s.needs_review(LetterKind::FinalAnswer));
        assert!(s.needs_review(LetterKind::ArnStatement));
        assert!(!s.needs_review(LetterKind::Acknowledgement));
        assert!(!s.self_approval);
    }

    #[test]
    fn a_handled_collection_case_is_found_however_it_is_written() {
        let handled = vec!["4455-2231".to_owned()];
        let table: [(&[&str], Option<&str>); 4] = [
            (&["44552231"], Some("44552231")),
            (&["1111", "4455 2231"], Some("4455 2231")),
            (&["4455-2232"], None),
            (&[], None),
        ];
        for (cases, want) in table {
            let cases: Vec<String> = cases.iter().map(|s| (*s).to_owned()).collect();
            assert_eq!(conflict(&handled, &cases), want, "{cases:?}");
        }
        assert_eq!(conflict(&["".to_owned()], &["".to_owned()]), None);
    }
}
