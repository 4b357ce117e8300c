//! `klagomal review …`: the complaints manager's review. `submit` drafts a final answer like
//! `letter --kind final-answer` and submits it; `approve` makes the waiting draft final (the
//! letter is kept, signed by its author, with the approver and time); `return` sends it back
//! with a comment; `list` shows what waits.

use std::path::Path;

use crate::describe;
use klagomal_core::fl;
use klagomal_core::i18n::{LOADER, label};
use klagomal_core::letters::review;
use klagomal_core::store::{ApproveOptions, Store, StoreError};

use super::{Failure, case_number};

fn refused(e: &klagomal_core::letters::issuing::IssueError) -> Failure {
    Failure {
        message: describe::issue_error(&LOADER, e),
        exit_code: 1,
    }
}

/// `review approve CASE`: approves as the acting officer, with the store's self-approval
/// setting; `--override-independence` approves although the officer handled one of the
/// collection cases (recorded in the history).
pub fn approve(
    store: &mut Store,
    case: &str,
    override_independence: bool,
    out: Option<&Path>,
) -> Result<(), Failure> {
    let number = case_number(case)?;
    let id = store.case_by_number(number)?.id;
    let options = ApproveOptions {
        self_approval: store.settings()?.review.self_approval,
        override_independence,
    };
    let letter = review::approve(store, id, options).map_err(|e| refused(&e))?;
    if let Some(path) = out {
        let pdf = store.letter_pdf(letter.id)?;
        std::fs::write(path, pdf).map_err(|e| Failure::from(StoreError::from(e)))?;
    }
    let (kind, number, author) = (
        label("letter-kind", letter.kind.code()),
        number.to_string(),
        officer_name(store, letter.officer),
    );
    let said = if letter.self_approved {
        fl!("cli-review-approved-self", kind = kind, number = number)
    } else {
        fl!(
            "cli-review-approved",
            kind = kind,
            number = number,
            author = author
        )
    };
    println!("{said}");
    Ok(())
}

/// `review return CASE --comment …`.
pub fn send_back(store: &mut Store, case: &str, comment: &str) -> Result<(), Failure> {
    let number = case_number(case)?;
    let id = store.case_by_number(number)?.id;
    let draft = review::send_back(store, id, comment).map_err(|e| refused(&e))?;
    println!(
        "{}",
        fl!(
            "cli-review-returned",
            kind = label("letter-kind", draft.kind.code()),
            number = number.to_string(),
            author = officer_name(store, draft.author)
        )
    );
    Ok(())
}

/// `review list`: every draft waiting, oldest first.
pub fn list(store: &Store) -> Result<(), Failure> {
    let queue = store.review_queue()?;
    if queue.is_empty() {
        println!("{}", fl!("cli-review-none"));
    }
    for d in queue {
        let case = store.case(d.case_id)?;
        println!(
            "{}  {}  {}  {}  {}",
            case.number,
            d.submitted_at.format("%Y-%m-%d %H:%M"),
            label("letter-kind", d.kind.code()),
            officer_name(store, d.author),
            case.details.complainant.name
        );
    }
    Ok(())
}

fn officer_name(store: &Store, id: klagomal_core::domain::OfficerId) -> String {
    store.officer(id).map(|o| o.name).unwrap_or_default()
}
