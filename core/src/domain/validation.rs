//! Validation of a case's details: a list of typed problems, which the interface translates.

use chrono::NaiveDate;
use serde::Serialize;

use super::codes::coded_enum;
use super::{CaseDetails, IdNumber, IdNumberProblem, MoneyProblem};

coded_enum! {
    /// A field of the case form.
    pub enum Field as "field" {
        ReceivedAt = "received_at",
        Subject = "subject",
        Description = "description",
        ComplainantName = "complainant_name",
        IdNumber = "id_number",
        Email = "email",
        RepresentativeName = "representative_name",
        RepresentativeEmail = "representative_email",
        PowerOfAttorneyUntil = "power_of_attorney_until",
        Amount = "amount",
        FirstComplaint = "first_complaint",
        EscalationReceived = "escalation_received",
        StatementDue = "statement_due",
        AmountClaimed = "amount_claimed",
        Decision = "decision",
        Court = "court",
        DisclosedTo = "disclosed_to",
        DisclosedWhat = "disclosed_what",
        DisclosedOn = "disclosed_on",
    }
}

/// What is wrong with a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "problem", content = "detail", rename_all = "snake_case")]
pub enum ProblemKind {
    /// Must be filled in.
    Required,
    /// Not a date (or date and time) of the form `ÅÅÅÅ-MM-DD`.
    Date,
    /// Not an e-mail address.
    InvalidEmail,
    /// A date after today.
    InFuture,
    /// The first complaint cannot come after this complaint was received.
    AfterReceipt,
    /// A date before the date of receipt.
    BeforeReceipt,
    /// An amount below zero.
    Negative,
    /// An identity number that does not validate.
    IdNumber(#[serde(skip)] IdNumberProblem),
    /// An amount that could not be read.
    Money(#[serde(skip)] MoneyProblem),
}

/// One problem with one field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// Which field.
    pub field: Field,
    /// What is wrong.
    pub kind: ProblemKind,
}

impl Problem {
    /// A problem with a field.
    pub const fn new(field: Field, kind: ProblemKind) -> Problem {
        Problem { field, kind }
    }
}

impl CaseDetails {
    /// Everything that keeps these details from being saved, given today's date.
    pub fn validate(&self, today: NaiveDate) -> Vec<Problem> {
        let mut problems = Vec::new();
        let mut check = |ok: bool, field, kind| {
            if !ok {
                problems.push(Problem::new(field, kind));
            }
        };
        let filled = |s: &str| !s.trim().is_empty();
        check(
            self.received_on() <= today,
            Field::ReceivedAt,
            ProblemKind::InFuture,
        );
        check(
            filled(&self.subject) || filled(&self.description),
            Field::Subject,
            ProblemKind::Required,
        );
        check(
            filled(&self.complainant.name),
            Field::ComplainantName,
            ProblemKind::Required,
        );
        check(
            email_ok(&self.complainant.email),
            Field::Email,
            ProblemKind::InvalidEmail,
        );
        if let Some(rep) = &self.representative {
            check(
                filled(&rep.name),
                Field::RepresentativeName,
                ProblemKind::Required,
            );
            check(
                email_ok(&rep.email),
                Field::RepresentativeEmail,
                ProblemKind::InvalidEmail,
            );
        }
        check(
            self.amount_in_dispute.is_none_or(|m| m.0 >= 0),
            Field::Amount,
            ProblemKind::Negative,
        );
        check(
            self.first_complaint_on
                .is_none_or(|d| d <= self.received_on()),
            Field::FirstComplaint,
            ProblemKind::AfterReceipt,
        );
        problems
    }
}

impl CaseDetails {
    /// Details that come whole from outside the form (a JSON file), checked as the form checks
    /// them: the identity number is read again as if typed (and kept in its canonical form),
    /// then the rules apply.
    pub fn checked(mut self, today: NaiveDate) -> Result<CaseDetails, Vec<Problem>> {
        let mut problems = Vec::new();
        if let Some(id) = &self.complainant.id_number {
            match IdNumber::parse(id.as_str(), today) {
                Ok(parsed) => self.complainant.id_number = Some(parsed),
                Err(p) => problems.push(Problem::new(Field::IdNumber, ProblemKind::IdNumber(p))),
            }
        }
        problems.extend(self.validate(today));
        if problems.is_empty() {
            Ok(self)
        } else {
            Err(problems)
        }
    }
}

/// A plausibility check of an e-mail address (empty is allowed: not every complainant has one).
pub fn email_ok(email: &str) -> bool {
    let email = email.trim();
    if email.is_empty() {
        return true;
    }
    let Some((local, domain)) = email.rsplit_once('@') else {
        return false;
    };
    let no_space = !email.chars().any(char::is_whitespace);
    let domain_ok = domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.');
    no_space && !local.is_empty() && !local.contains('@') && domain_ok && !domain.contains("..")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{CaseKind, Channel, Money, Representative};

    fn valid() -> CaseDetails {
        let at = NaiveDate::from_ymd_opt(2026, 3, 10)
            .and_then(|d| d.and_hms_opt(10, 0, 0))
            .unwrap_or_default();
        let mut c = CaseDetails::new(at, Channel::Letter, CaseKind::Complaint);
        c.subject = "Felaktig påminnelseavgift".into();
        c.complainant.name = "Åsa Öberg".into();
        c.complainant.email = "asa.oberg@example.se".into();
        c
    }

    #[test]
    fn a_complete_case_has_no_problems() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default();
        assert_eq!(valid().validate(today), vec![]);
    }

    #[test]
    fn each_problem_is_named() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default();
        type Mutation = (fn(&mut CaseDetails), Problem);
        let mutations: Vec<Mutation> = vec![
            (
                |c| c.subject.clear(),
                Problem::new(Field::Subject, ProblemKind::Required),
            ),
            (
                |c| c.complainant.name = "  ".into(),
                Problem::new(Field::ComplainantName, ProblemKind::Required),
            ),
            (
                |c| c.complainant.email = "asa.oberg@".into(),
                Problem::new(Field::Email, ProblemKind::InvalidEmail),
            ),
            (
                |c| c.complainant.email = "a b@x.se".into(),
                Problem::new(Field::Email, ProblemKind::InvalidEmail),
            ),
            (
                |c| c.amount_in_dispute = Some(Money(-1)),
                Problem::new(Field::Amount, ProblemKind::Negative),
            ),
            (
                |c| c.first_complaint_on = NaiveDate::from_ymd_opt(2026, 3, 11),
                Problem::new(Field::FirstComplaint, ProblemKind::AfterReceipt),
            ),
            (
                |c| {
                    c.received_at = NaiveDate::from_ymd_opt(2027, 1, 1)
                        .and_then(|d| d.and_hms_opt(0, 0, 0))
                        .unwrap_or_default();
                },
                Problem::new(Field::ReceivedAt, ProblemKind::InFuture),
            ),
            (
                |c| c.representative = Some(Representative::default()),
                Problem::new(Field::RepresentativeName, ProblemKind::Required),
            ),
        ];
        for (mutate, expected) in mutations {
            let mut c = valid();
            mutate(&mut c);
            assert_eq!(c.validate(today), vec![expected]);
        }
    }

    #[test]
    fn details_from_outside_have_their_identity_number_checked() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default();
        let with = |id: IdNumber| {
            let mut c = valid();
            c.complainant.id_number = Some(id);
            c.checked(today)
        };
        let table = [
            (
                IdNumber::Personnummer("19811218-9876".into()),
                Ok(Some(IdNumber::Personnummer("19811218-9876".into()))),
            ),
            (
                IdNumber::Organisationsnummer("556677-8899".into()),
                Ok(Some(IdNumber::Organisationsnummer("556677-8899".into()))),
            ),
            (
                IdNumber::Personnummer("19811218-9877".into()),
                Err(vec![Problem::new(
                    Field::IdNumber,
                    ProblemKind::IdNumber(IdNumberProblem::Checksum),
                )]),
            ),
            (
                IdNumber::Organisationsnummer("tolv".into()),
                Err(vec![Problem::new(
                    Field::IdNumber,
                    ProblemKind::IdNumber(IdNumberProblem::Format),
                )]),
            ),
        ];
        for (id, expected) in table {
            let got = with(id.clone()).map(|d| d.complainant.id_number);
            assert_eq!(got, expected, "{id:?}");
        }
        let mut no_name = valid();
        no_name.complainant.name.clear();
        assert_eq!(
            no_name.checked(today),
            Err(vec![Problem::new(
                Field::ComplainantName,
                ProblemKind::Required
            )])
        );
    }

    #[test]
    fn email_plausibility() {
        for ok in [
            "",
            "a@b.se",
            "förnamn.efternamn@företag.se",
            "x+y@sub.example.com",
        ] {
            assert!(email_ok(ok), "{ok}");
        }
        for bad in [
            "a", "a@b", "@b.se", "a@.se", "a@b.se.", "a@@b.se", "a@b..se",
        ] {
            assert!(!email_ok(bad), "{bad}");
        }
    }
}
