//! Escalation: the complainant took the matter to ARN, a court or a supervisor, and the company
//! must answer by the date in that body's letter.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::codes::coded_enum;
use super::{Money, Problem};

/// The store's row id of an escalation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EscalationId(pub i64);

coded_enum! {
    /// Who the complainant turned to.
    pub enum EscalationBody as "escalation body" {
        /// Allmänna reklamationsnämnden.
        Arn = "arn",
        /// A district court (tingsrätt).
        DistrictCourt = "district_court",
        /// Finansinspektionen, the supervisor.
        Fi = "fi",
        /// Svensk Inkasso's Inkassonämnden.
        Inkassonamnden = "inkassonamnden",
        /// Integritetsskyddsmyndigheten, for personal data.
        Imy = "imy",
        Other = "other",
    }
}

coded_enum! {
    /// What the body decided.
    pub enum EscalationDecision as "escalation decision" {
        InFavour = "in_favour",
        Partly = "partly",
        Rejected = "rejected",
        Dismissed = "dismissed",
        Withdrawn = "withdrawn",
    }
}

/// Where a statement stands on what the complainant claims (*inställning*).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "position", content = "admitted", rename_all = "snake_case")]
pub enum Position {
    /// The company admits the claim (*medger*).
    Admits,
    /// The company admits part of it, this amount, and disputes the rest (*medger delvis*).
    AdmitsPartly(Money),
    /// The company disputes the claim (*bestrider*).
    Disputes,
}

impl Position {
    /// The code a template reads: `admits`, `admits_partly` or `disputes`.
    pub fn code(self) -> &'static str {
        match self {
            Position::Admits => "admits",
            Position::AdmitsPartly(_) => "admits_partly",
            Position::Disputes => "disputes",
        }
    }

    /// The amount admitted in part.
    pub fn admitted(self) -> Option<Money> {
        match self {
            Position::AdmitsPartly(m) => Some(m),
            _ => None,
        }
    }

    /// Whether the amount admitted in part is a part: above zero and, when an amount is
    /// claimed, below it. Always true for the other positions.
    pub fn is_consistent(self, claimed: Option<Money>) -> bool {
        match self {
            Position::AdmitsPartly(m) => m.0 > 0 && claimed.is_none_or(|c| m.0 < c.0),
            _ => true,
        }
    }
}

/// One escalation of a case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Escalation {
    /// Who.
    pub body: EscalationBody,
    /// Their reference, e.g. ARN's case number, or a court's case number (*mål nr*).
    pub reference: String,
    /// The court's name ("Stockholms tingsrätt") when the body is a district court.
    #[serde(default)]
    pub court: String,
    /// When their letter reached us.
    pub received_on: NaiveDate,
    /// The last day for our statement (*yttrande*), from their letter.
    pub statement_due: Option<NaiveDate>,
    /// The points the complainant makes there, one each.
    pub claims: Vec<String>,
    /// The amount the complainant claims there.
    pub amount_claimed: Option<Money>,
    /// The body's decision, once it comes.
    pub decision: Option<EscalationDecision>,
    /// The date of the decision.
    pub decided_on: Option<NaiveDate>,
}

impl Escalation {
    /// A new escalation received on `received_on`.
    pub fn new(body: EscalationBody, received_on: NaiveDate) -> Escalation {
        Escalation {
            body,
            reference: String::new(),
            court: String::new(),
            received_on,
            statement_due: None,
            claims: Vec::new(),
            amount_claimed: None,
            decision: None,
            decided_on: None,
        }
    }

    /// The statement deadline while no decision has come.
    pub fn open_deadline(&self) -> Option<NaiveDate> {
        self.decision
            .is_none()
            .then_some(self.statement_due)
            .flatten()
    }

    /// What keeps this record from being saved, given today's date.
    pub fn validate(&self, today: NaiveDate) -> Vec<Problem> {
        use super::{Field, ProblemKind};
        let mut problems = Vec::new();
        if self.received_on > today {
            problems.push(Problem::new(
                Field::EscalationReceived,
                ProblemKind::InFuture,
            ));
        }
        if self.statement_due.is_some_and(|d| d < self.received_on) {
            problems.push(Problem::new(
                Field::StatementDue,
                ProblemKind::BeforeReceipt,
            ));
        }
        if self.amount_claimed.is_some_and(|m| m.0 < 0) {
            problems.push(Problem::new(Field::AmountClaimed, ProblemKind::Negative));
        }
        if self.body == EscalationBody::DistrictCourt && self.court.trim().is_empty() {
            problems.push(Problem::new(Field::Court, ProblemKind::Required));
        }
        if self.decided_on.is_some() != self.decision.is_some() {
            problems.push(Problem::new(Field::Decision, ProblemKind::Required));
        }
        problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Field, ProblemKind};

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap_or_default()
    }

    #[test]
    fn the_deadline_is_open_until_the_decision() {
        let mut e = Escalation::new(EscalationBody::Arn, d("2026-11-02"));
        assert_eq!(e.open_deadline(), None);
        e.statement_due = Some(d("2026-11-30"));
        assert_eq!(e.open_deadline(), Some(d("2026-11-30")));
        e.decision = Some(EscalationDecision::Rejected);
        e.decided_on = Some(d("2027-02-01"));
        assert_eq!(e.open_deadline(), None);
    }

    #[test]
    fn each_problem_is_named() {
        let today = d("2026-11-24");
        let ok = Escalation {
            statement_due: Some(d("2026-12-01")),
            ..Escalation::new(EscalationBody::Arn, d("2026-11-20"))
        };
        assert_eq!(ok.validate(today), vec![]);
        type Case = (fn(&mut Escalation), Problem);
        let table: Vec<Case> = vec![
            (
                |e| e.received_on = "2026-11-25".parse().unwrap_or_default(),
                Problem::new(Field::EscalationReceived, ProblemKind::InFuture),
            ),
            (
                |e| e.statement_due = "2026-11-01".parse().ok(),
                Problem::new(Field::StatementDue, ProblemKind::BeforeReceipt),
            ),
            (
                |e| e.amount_claimed = Some(Money(-5)),
                Problem::new(Field::AmountClaimed, ProblemKind::Negative),
            ),
            (
                |e| e.decision = Some(EscalationDecision::InFavour),
                Problem::new(Field::Decision, ProblemKind::Required),
            ),
            (
                |e| e.body = EscalationBody::DistrictCourt,
                Problem::new(Field::Court, ProblemKind::Required),
            ),
        ];
        for (mutate, expected) in table {
            let mut e = ok.clone();
            mutate(&mut e);
            assert_eq!(e.validate(today), vec![expected]);
        }
    }

    #[test]
    fn a_part_admitted_is_more_than_nothing_and_less_than_the_claim() {
        let kr = |n| Some(Money::kr(n));
        let table = [
            (Position::Admits, kr(500), true),
            (Position::Disputes, None, true),
            (Position::AdmitsPartly(Money::kr(150)), kr(492), true),
            (Position::AdmitsPartly(Money::kr(150)), None, true),
            (Position::AdmitsPartly(Money::kr(0)), kr(492), false),
            (Position::AdmitsPartly(Money::kr(492)), kr(492), false),
            (Position::AdmitsPartly(Money::kr(600)), kr(492), false),
        ];
        for (position, claimed, expected) in table {
            assert_eq!(position.is_consistent(claimed), expected, "{position:?}");
        }
        assert_eq!(
            Position::AdmitsPartly(Money::kr(1)).admitted(),
            Some(Money::kr(1))
        );
        assert_eq!(Position::Admits.code(), "admits");
    }

    #[test]
    fn a_court_is_named_and_an_old_record_still_reads() {
        let mut e = Escalation::new(EscalationBody::DistrictCourt, d("2026-11-20"));
        e.court = "Stockholms tingsrätt".to_owned();
        assert_eq!(e.validate(d("2026-11-24")), vec![]);
        let json = r#"{"body":"arn","reference":"","received_on":"2026-11-20","statement_due":null,
            "claims":[],"amount_claimed":null,"decision":null,"decided_on":null}"#;
        let old: Result<Escalation, _> = serde_json::from_str(json);
        assert_eq!(old.map(|e| e.court).ok().as_deref(), Some(""));
    }
}
