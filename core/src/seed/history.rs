//! What happens to a synthetic case after it arrives: the status it reaches for its age, the
//! allowed way there, and the body's letter when the complainant takes it further.

use chrono::{Datelike, Days, NaiveDate};
use rand::Rng;
use rand_chacha::ChaCha8Rng;

use super::data;
use crate::domain::{
    CaseDetails, CaseKind, Escalation, EscalationBody, EscalationDecision, Status,
};

/// The status a case of `kind` has reached `age` days after it arrived.
pub(super) fn target_status(rng: &mut ChaCha8Rng, age: u64, kind: CaseKind) -> Status {
    let roll = rng.random_range(0..100);
    if kind == CaseKind::Objection && age >= 3 && roll < 60 {
        return if age > 20 {
            Status::Closed
        } else {
            Status::Referred
        };
    }
    match (age, roll) {
        (0..3, 0..70) => Status::New,
        (0..3, _) => Status::UnderInvestigation,
        (3..21, 0..15) => Status::New,
        (3..21, 15..60) => Status::UnderInvestigation,
        (3..21, 60..75) => Status::AwaitingInformation,
        (3..21, 75..90) => Status::AwaitingReview,
        (3..21, _) => Status::Answered,
        // A month or two old: mostly answered, a backlog of a few late ones.
        (21..60, 0..45) => Status::Closed,
        (21..60, 45..80) => Status::Answered,
        (21..60, 80..88) => Status::UnderInvestigation,
        (21..60, 88..93) => Status::AwaitingInformation,
        (21..60, _) => Status::Escalated,
        (_, 0..85) => Status::Closed,
        (_, 85..93) => Status::Answered,
        (_, 93..98) => Status::Escalated,
        (_, 98) => Status::UnderInvestigation,
        _ => Status::AwaitingInformation,
    }
}

/// The allowed way from New to `target`.
pub(super) fn status_path(target: Status) -> Vec<Status> {
    use Status::*;
    match target {
        New => vec![],
        UnderInvestigation => vec![UnderInvestigation],
        AwaitingInformation => vec![UnderInvestigation, AwaitingInformation],
        AwaitingReview => vec![UnderInvestigation, AwaitingReview],
        Answered => vec![UnderInvestigation, AwaitingReview, Answered],
        Closed => vec![UnderInvestigation, AwaitingReview, Answered, Closed],
        Referred => vec![Referred],
        Escalated => vec![UnderInvestigation, AwaitingReview, Answered, Escalated],
    }
}

/// The body's letter about a case: ARN mostly, IMY for personal data; a decision once the body
/// has had about four months.
pub(super) fn escalation(
    rng: &mut ChaCha8Rng,
    details: &CaseDetails,
    received_on: NaiveDate,
    today: NaiveDate,
) -> Escalation {
    let year = received_on.year();
    let (body, reference) = match (details.kind, rng.random_range(0..100)) {
        (CaseKind::PersonalData, _) => (
            EscalationBody::Imy,
            format!("IMY-{year}-{}", rng.random_range(1000..9999)),
        ),
        (_, 0..70) => (
            EscalationBody::Arn,
            format!("{year}-{:05}", rng.random_range(1000..20_000)),
        ),
        (_, 70..80) => (
            EscalationBody::Fi,
            format!("{}-{}", year % 100, rng.random_range(10_000..30_000)),
        ),
        (_, 80..90) => (
            EscalationBody::Inkassonamnden,
            format!("IN {year}/{}", rng.random_range(10..400)),
        ),
        _ => (
            EscalationBody::DistrictCourt,
            format!("FT {}-{}", rng.random_range(100..9999), year % 100),
        ),
    };
    let decision = [
        EscalationDecision::InFavour,
        EscalationDecision::Partly,
        EscalationDecision::Rejected,
        EscalationDecision::Rejected,
    ][rng.random_range(0..4)];
    let decided_on =
        Some(received_on + Days::new(rng.random_range(90..150))).filter(|d| *d <= today);
    // A court is named; chosen without the generator so that the rest of the data stays as it was.
    let courts = [
        "Stockholms tingsrätt",
        "Göteborgs tingsrätt",
        "Malmö tingsrätt",
    ];
    let court = match body {
        EscalationBody::DistrictCourt => courts[reference.len() % courts.len()].to_owned(),
        _ => String::new(),
    };
    Escalation {
        reference,
        court,
        statement_due: Some(received_on + Days::new(21)),
        claims: data::escalation_claims(rng),
        amount_claimed: details.amount_in_dispute,
        decision: decided_on.map(|_| decision),
        decided_on,
        ..Escalation::new(body, received_on)
    }
}
