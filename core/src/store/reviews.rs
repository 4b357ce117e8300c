//! Drafts under review and the officers' handled collection cases. A draft is kept with its
//! author; approving it keeps the letter (signed by the author, with the approver and time) in
//! the same transaction; returning it leaves a review note for the author.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row, params};

use super::letters::Approval;
use super::{Batch, Result, Store, StoreError, cases, code_error};
use crate::domain::{
    Addressee, AuditAction, CaseId, Draft, DraftId, Language, Letter, LetterId, LetterKind,
    NewLetter, NewNote, NoteKind, OfficerId, Outcome, ReviewProblem, ReviewState, Role, conflict,
};

/// A letter to submit for review: what [`NewLetter`] holds, and the outcome it states.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewDraft {
    pub kind: LetterKind,
    pub language: Language,
    pub date: NaiveDate,
    pub text: String,
    pub pdf: Vec<u8>,
    pub addressee: Option<Addressee>,
    pub outcome: Option<Outcome>,
}

/// How the reviewer approves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ApproveOptions {
    /// The settings allow the author to approve their own draft.
    pub self_approval: bool,
    /// The reviewer has seen that they handled one of the collection cases and approves anyway;
    /// recorded in the history.
    pub override_independence: bool,
}

const COLUMNS: &str = "id, case_id, kind, language, date, text, addressee, outcome, author_id, \
                       submitted_at, state, decided_by, decided_at, comment, self_approved, letter_id";

fn draft(r: &Row<'_>) -> rusqlite::Result<Draft> {
    let code = |i: usize| -> rusqlite::Result<String> { r.get(i) };
    Ok(Draft {
        id: DraftId(r.get(0)?),
        case_id: CaseId(r.get(1)?),
        kind: code(2)?.parse().map_err(|e| code_error(2, e))?,
        language: code(3)?.parse().map_err(|e| code_error(3, e))?,
        date: r.get(4)?,
        text: r.get(5)?,
        addressee: r
            .get::<_, Option<String>>(6)?
            .map(|c| c.parse())
            .transpose()
            .map_err(|e| code_error(6, e))?,
        outcome: r
            .get::<_, Option<String>>(7)?
            .map(|c| c.parse())
            .transpose()
            .map_err(|e| code_error(7, e))?,
        author: OfficerId(r.get(8)?),
        submitted_at: r.get(9)?,
        state: code(10)?.parse().map_err(|e| code_error(10, e))?,
        decided_by: r.get::<_, Option<i64>>(11)?.map(OfficerId),
        decided_at: r.get(12)?,
        comment: r.get(13)?,
        self_approved: r.get(14)?,
        letter: r.get::<_, Option<i64>>(15)?.map(LetterId),
    })
}

fn pending(tx: &rusqlite::Connection, case: CaseId) -> Result<Option<Draft>> {
    Ok(tx
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM letter_drafts WHERE case_id = ?1 AND state = 'pending'"
        ))?
        .query_row([case.0], draft)
        .optional()?)
}

fn handled(tx: &rusqlite::Connection, officer: OfficerId) -> Result<Vec<String>> {
    let mut stmt = tx.prepare_cached(
        "SELECT debt_case_number FROM officer_handled_cases WHERE officer_id = ?1 ORDER BY 1",
    )?;
    let rows = stmt.query_map([officer.0], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

impl Batch<'_> {
    /// Keeps a draft for review, by this batch's actor. Refused while another draft of the case
    /// is waiting.
    pub fn submit_draft(&mut self, case: CaseId, d: NewDraft) -> Result<Draft> {
        cases::load(self.tx, case)?;
        if pending(self.tx, case)?.is_some() {
            return Err(ReviewProblem::AlreadyPending.into());
        }
        self.tx
            .prepare_cached(
                "INSERT INTO letter_drafts (case_id, kind, language, date, text, pdf, addressee, outcome, author_id, submitted_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            )?
            .execute(params![
                case.0,
                d.kind.code(),
                d.language.code(),
                d.date,
                d.text,
                d.pdf,
                d.addressee.map(Addressee::code),
                d.outcome.map(Outcome::code),
                self.actor.0,
                self.now,
            ])?;
        let id = self.tx.last_insert_rowid();
        let detail = serde_json::json!({ "kind": d.kind }).to_string();
        self.audit(AuditAction::ReviewSubmitted, Some(case), Some(id), &detail)?;
        pending(self.tx, case)?.ok_or(StoreError::NotFoundRow("draft"))
    }

    /// Approves the case's waiting draft as this batch's actor and keeps the letter, signed by
    /// the draft's author with the approver and time. Refused for the author (unless
    /// `self_approval`) and for a reviewer who handled one of the case's collection cases
    /// (unless overridden, which the history records).
    pub fn approve_draft(&mut self, case: CaseId, options: ApproveOptions) -> Result<Letter> {
        self.require(Role::Manager)?;
        let d = pending(self.tx, case)?.ok_or(ReviewProblem::NothingPending)?;
        let self_approved = d.author == self.actor;
        if self_approved && !options.self_approval {
            return Err(ReviewProblem::OwnDraft.into());
        }
        let debt_cases = cases::load(self.tx, case)?.details.debt_case_numbers;
        let own = handled(self.tx, self.actor)?;
        let overridden = conflict(&own, &debt_cases).map(str::to_owned);
        if let Some(number) = &overridden
            && !options.override_independence
        {
            return Err(ReviewProblem::NotIndependent(number.clone()).into());
        }
        let pdf: Vec<u8> = self
            .tx
            .prepare_cached("SELECT pdf FROM letter_drafts WHERE id = ?1")?
            .query_row([d.id.0], |r| r.get(0))?;
        let letter = NewLetter {
            kind: d.kind,
            language: d.language,
            date: d.date,
            text: d.text.clone(),
            pdf,
            addressee: d.addressee,
        };
        let approval = Approval {
            by: self.actor,
            self_approved,
        };
        let kept = self.keep_letter(case, letter, d.author, Some(approval))?;
        self.tx
            .prepare_cached(
                "UPDATE letter_drafts SET state = 'approved', decided_by = ?2, decided_at = ?3,
                        self_approved = ?4, letter_id = ?5 WHERE id = ?1",
            )?
            .execute(params![
                d.id.0,
                self.actor.0,
                self.now,
                self_approved,
                kept.id.0
            ])?;
        let detail = serde_json::json!({
            "letter": kept.id.0,
            "author": d.author.0,
            "self_approved": self_approved,
            "independence_overridden": overridden,
        })
        .to_string();
        self.audit(
            AuditAction::ReviewApproved,
            Some(case),
            Some(d.id.0),
            &detail,
        )?;
        Ok(kept)
    }

    /// Returns the case's waiting draft to its author with a comment, kept as a review note.
    pub fn return_draft(&mut self, case: CaseId, comment: &str) -> Result<Draft> {
        self.require(Role::Manager)?;
        let comment = comment.trim();
        if comment.is_empty() {
            return Err(ReviewProblem::CommentRequired.into());
        }
        let d = pending(self.tx, case)?.ok_or(ReviewProblem::NothingPending)?;
        self.tx
            .prepare_cached(
                "UPDATE letter_drafts SET state = 'returned', decided_by = ?2, decided_at = ?3,
                        comment = ?4 WHERE id = ?1",
            )?
            .execute(params![d.id.0, self.actor.0, self.now, comment])?;
        self.add_note(
            case,
            NewNote {
                kind: NoteKind::Review,
                text: comment.to_owned(),
            },
        )?;
        let detail = serde_json::json!({ "kind": d.kind }).to_string();
        self.audit(
            AuditAction::ReviewReturned,
            Some(case),
            Some(d.id.0),
            &detail,
        )?;
        Ok(Draft {
            state: ReviewState::Returned,
            decided_by: Some(self.actor),
            decided_at: Some(self.now),
            comment: comment.to_owned(),
            ..d
        })
    }

    /// The case's draft waiting for review, if any (read inside the transaction).
    pub fn pending_draft(&self, case: CaseId) -> Result<Option<Draft>> {
        pending(self.tx, case)
    }
}

impl Store {
    /// The case's draft waiting for review, if any.
    pub fn pending_draft(&self, case: CaseId) -> Result<Option<Draft>> {
        pending(&self.conn, case)
    }

    /// Every draft of a case, submitted, approved or returned, oldest first.
    pub fn drafts(&self, case: CaseId) -> Result<Vec<Draft>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM letter_drafts WHERE case_id = ?1 ORDER BY id"
        ))?;
        let rows = stmt.query_map([case.0], draft)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every draft waiting for review, oldest first: the review queue.
    pub fn review_queue(&self) -> Result<Vec<Draft>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM letter_drafts WHERE state = 'pending' ORDER BY submitted_at, id"
        ))?;
        let rows = stmt.query_map([], draft)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The PDF of a draft, as the reviewer sees it.
    pub fn draft_pdf(&self, id: DraftId) -> Result<Vec<u8>> {
        self.conn
            .prepare_cached("SELECT pdf FROM letter_drafts WHERE id = ?1")?
            .query_row([id.0], |r| r.get(0))
            .optional()?
            .ok_or(StoreError::NotFoundRow("draft"))
    }

    /// The collection case numbers an officer has handled.
    pub fn handled_cases(&self, officer: OfficerId) -> Result<Vec<String>> {
        handled(&self.conn, officer)
    }

    /// Sets the collection case numbers an officer has handled (blank ones left out).
    pub fn set_handled_cases(&mut self, officer: OfficerId, numbers: &[String]) -> Result<()> {
        self.write(|b| {
            b.tx.prepare_cached("DELETE FROM officer_handled_cases WHERE officer_id = ?1")?
                .execute([officer.0])?;
            for n in numbers.iter().map(|n| n.trim()).filter(|n| !n.is_empty()) {
                b.tx.prepare_cached(
                    "INSERT OR IGNORE INTO officer_handled_cases (officer_id, debt_case_number) VALUES (?1, ?2)",
                )?
                .execute(params![officer.0, n])?;
            }
            b.audit(AuditAction::OfficerUpdated, None, Some(officer.0), "{}")
        })
    }
}
