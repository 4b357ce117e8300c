//! A letter that needs review, from draft to final: the handling officer [`submit`]s it (a
//! final answer moves the case to "Väntar på granskning"), a complaints manager [`approve`]s it
//! (the letter is kept, signed by its author with the approver and time, and takes effect: a
//! final answer moves the case to "Besvarat") or [`send_back`]s it with a comment (the case goes
//! back to "Under utredning"). Each step is one transaction.

use crate::domain::{CaseId, Draft, Letter, LetterKind, Outcome, Status};
use crate::letters::issuing::{Effect, IssueError, apply_effect, checked_pdf, walk};
use crate::letters::{self, Facts, LetterInput};
use crate::store::{ApproveOptions, NewDraft, Store, StoreError};

/// Keeps the letter as a draft for review, with its PDF, and moves a final answer's case to
/// "Väntar på granskning". The same checks as for any letter come first; nothing is kept when
/// one fails.
pub fn submit(
    store: &mut Store,
    facts: &Facts,
    input: &LetterInput,
    text: &str,
) -> Result<(Draft, Vec<u8>), IssueError> {
    if input.kind == LetterKind::FinalAnswer && facts.case.status == Status::Answered {
        // A second final answer needs the case reopened first, with a reason.
        let already = crate::domain::TransitionError::Already(Status::Answered);
        return Err(StoreError::Transition(already).into());
    }
    let bytes = checked_pdf(facts, input, text)?;
    let draft = NewDraft {
        kind: input.kind,
        language: input.language,
        date: input.date,
        text: letters::tidy(text),
        pdf: bytes.clone(),
        addressee: input.addressee(&facts.case),
        outcome: (input.kind == LetterKind::FinalAnswer).then_some(input.outcome),
    };
    let id = facts.case.id;
    let kept = store.batch(|b| {
        let kept = b.submit_draft(id, draft)?;
        if input.kind == LetterKind::FinalAnswer {
            let from = b.case(id)?.status;
            walk(b, id, from, Status::AwaitingReview)?;
        }
        Ok(kept)
    })?;
    Ok((kept, bytes))
}

/// Approves the case's waiting draft as the store's actor: the letter is kept and takes
/// effect, in one transaction.
pub fn approve(
    store: &mut Store,
    case: CaseId,
    options: ApproveOptions,
) -> Result<Letter, IssueError> {
    Ok(store.batch(|b| {
        let draft = b
            .pending_draft(case)?
            .ok_or(crate::domain::ReviewProblem::NothingPending)?;
        let letter = b.approve_draft(case, options)?;
        let effect = Effect {
            kind: draft.kind,
            date: draft.date,
            outcome: draft.outcome.unwrap_or(Outcome::Rejected),
            new_answer_date: None,
        };
        apply_effect(b, case, &effect)?;
        Ok(letter)
    })?)
}

/// Returns the case's waiting draft with a comment for its author; a final answer's case goes
/// back to "Under utredning".
pub fn send_back(store: &mut Store, case: CaseId, comment: &str) -> Result<Draft, IssueError> {
    Ok(store.batch(|b| {
        let draft = b.return_draft(case, comment)?;
        if draft.kind == LetterKind::FinalAnswer && b.case(case)?.status == Status::AwaitingReview {
            b.change_status(case, Status::UnderInvestigation, None)?;
        }
        Ok(draft)
    })?)
}

/// What became of a letter: kept on the case, or submitted for review.
#[derive(Debug, Clone)]
pub enum Created {
    /// Kept and in effect.
    Kept { letter: Letter, pdf: Vec<u8> },
    /// Waiting for a complaints manager's approval.
    Submitted { draft: Draft, pdf: Vec<u8> },
}

impl Created {
    /// The PDF, as it will be sent.
    pub fn pdf(&self) -> &[u8] {
        match self {
            Created::Kept { pdf, .. } | Created::Submitted { pdf, .. } => pdf,
        }
    }
}

/// Keeps the letter, or submits it for review when its kind needs review (see
/// [`crate::domain::ReviewSettings`]): what the composer's and the command line's "create" does.
pub fn create(
    store: &mut Store,
    facts: &Facts,
    input: &LetterInput,
    text: &str,
) -> Result<Created, IssueError> {
    if facts.settings.review.needs_review(input.kind) {
        let (draft, pdf) = submit(store, facts, input, text)?;
        Ok(Created::Submitted { draft, pdf })
    } else {
        let (letter, pdf) = crate::letters::issuing::issue(store, facts, input, text)?;
        Ok(Created::Kept { letter, pdf })
    }
}
