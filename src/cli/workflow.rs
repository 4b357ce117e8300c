//! `klagomal status`, `assign` and `escalate`: moving a case along, by the domain's rules.

use crate::describe;
use chrono::NaiveDate;
use klagomal_core::domain::{
    Escalation, EscalationBody, Field, Money, Officer, OfficerId, Problem, ProblemKind, Status,
    TransitionError,
};
use klagomal_core::fl;
use klagomal_core::i18n::{LOADER, label};
use klagomal_core::store::{Store, StoreError};

use super::{Failure, case_number};

/// Moves a case to `to` when the rules allow it from where it stands; when they do not, the
/// message lists the steps that are allowed.
pub fn status(
    store: &mut Store,
    case: &str,
    to: Status,
    reason: Option<String>,
) -> Result<(), Failure> {
    let case = store.case_by_number(case_number(case)?)?;
    match store.change_status(case.id, to, reason.as_deref()) {
        Ok(changed) => {
            println!(
                "{}",
                fl!(
                    "cli-status-changed",
                    number = changed.number.to_string(),
                    status = label("status", changed.status.code())
                )
            );
            Ok(())
        }
        Err(e @ StoreError::Transition(t)) => {
            let hint = match t {
                TransitionError::NotAllowed { from, .. } | TransitionError::Already(from) => {
                    allowed_steps(from)
                }
                TransitionError::ReasonRequired { .. } => fl!("cli-status-reason-hint"),
            };
            Err(Failure {
                message: format!("{}\n{hint}", describe::store_error(&LOADER, &e)),
                exit_code: 1,
            })
        }
        Err(e) => Err(e.into()),
    }
}

/// "Tillåtna nästa steg från ”Ny”: under_investigation (Under utredning), …".
fn allowed_steps(from: Status) -> String {
    let steps: Vec<String> = from
        .next()
        .map(|t| {
            let (code, name) = (t.to.code(), label("status", t.to.code()));
            match t.needs_reason {
                true => fl!("cli-status-step-reason", code = code, label = name),
                false => fl!("cli-status-step", code = code, label = name),
            }
        })
        .collect();
    fl!(
        "cli-status-allowed",
        from = label("status", from.code()),
        steps = steps.join(", ")
    )
}

/// Assigns a case to the officer named (any case, the whole name) or numbered.
pub fn assign(store: &mut Store, case: &str, officer: &str) -> Result<(), Failure> {
    let case = store.case_by_number(case_number(case)?)?;
    // A removed officer keeps their name in the history but takes no new cases.
    let officers: Vec<Officer> = store.officers()?.into_iter().filter(|o| o.active).collect();
    let found = find_officer(&officers, officer)?;
    store.assign(case.id, Some(found.id))?;
    println!(
        "{}",
        fl!(
            "cli-assigned",
            number = case.number.to_string(),
            officer = found.name.as_str()
        )
    );
    Ok(())
}

fn find_officer<'a>(officers: &'a [Officer], wanted: &str) -> Result<&'a Officer, Failure> {
    let wanted = wanted.trim();
    let by_id = wanted.parse().ok().map(OfficerId);
    let matches: Vec<&Officer> = officers
        .iter()
        .filter(|o| Some(o.id) == by_id || o.name.trim().to_lowercase() == wanted.to_lowercase())
        .collect();
    let list: Vec<String> = officers
        .iter()
        .map(|o| fl!("cli-officer", id = o.id.0, name = o.name.as_str()))
        .collect();
    let failure = |message| Failure {
        message,
        exit_code: 1,
    };
    match matches.as_slice() {
        [one] => Ok(one),
        [] => Err(failure(fl!(
            "error-unknown-officer",
            officer = wanted,
            officers = list.join(", ")
        ))),
        _ => Err(failure(fl!(
            "error-ambiguous-officer",
            officer = wanted,
            officers = list.join(", ")
        ))),
    }
}

/// What `klagomal escalate` was asked for.
pub struct Request {
    pub case: String,
    pub body: EscalationBody,
    pub reference: String,
    /// The district court's name, for a court.
    pub court: String,
    pub statement_due: NaiveDate,
    pub claims: Vec<String>,
    pub amount: Option<String>,
    pub received: Option<NaiveDate>,
}

/// Registers an external review of a case (the case moves to escalated where the rules allow).
pub fn escalate(store: &mut Store, request: Request) -> Result<(), Failure> {
    let case = store.case_by_number(case_number(&request.case)?)?;
    let amount_claimed = match request.amount.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(text) => Some(Money::parse_kr(text).map_err(|p| {
            Failure::from(StoreError::Invalid(vec![Problem::new(
                Field::AmountClaimed,
                ProblemKind::Money(p),
            )]))
        })?),
    };
    let escalation = Escalation {
        reference: request.reference.trim().to_owned(),
        court: request.court.trim().to_owned(),
        statement_due: Some(request.statement_due),
        claims: request
            .claims
            .iter()
            .map(|c| c.trim().to_owned())
            .filter(|c| !c.is_empty())
            .collect(),
        amount_claimed,
        ..Escalation::new(
            request.body,
            request.received.unwrap_or_else(|| store.today()),
        )
    };
    store.escalate(case.id, escalation)?;
    println!(
        "{}",
        fl!(
            "cli-escalated",
            number = case.number.to_string(),
            body = label("escalation-body", request.body.code()),
            due = request.statement_due.to_string()
        )
    );
    Ok(())
}
