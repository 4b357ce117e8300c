//! Erasing a person: what keeps a case from being erased (a legal hold), and what of a case is
//! left once it is anonymised (the statistics: kind, category, outcome, dates, amounts).

use super::{CaseDetails, CaseId, CaseNumber, Escalation, EscalationBody, Status};

/// What an erased name, subject or text reads afterwards.
pub const ERASED: &str = "[raderad]";

/// Why a case may not be erased now (GDPR Art. 17(3)(b) and (e)).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LegalHold {
    /// The officer marked a legal claim on the case; their reason.
    Marked(String),
    /// ARN, a court or a supervisor has the matter and has not decided it.
    OpenEscalation(EscalationBody),
    /// The case is still being handled: the company owes an answer, or it is escalated.
    OpenCase(Status),
}

/// A case of the person that may not be erased now, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeldCase {
    /// The case.
    pub case_id: CaseId,
    /// Its number.
    pub number: CaseNumber,
    /// Why.
    pub hold: LegalHold,
}

/// The hold on a case, if any, most specific first: a marked legal claim, an escalation without
/// a decision, then a case that is not finished. A case is finished when it is answered, closed
/// or referred to customer service; an escalated case stays held while it is escalated even when
/// every escalation has its decision (an appeal may follow: the officer closes the case first).
pub fn legal_hold(
    status: Status,
    marked: Option<&str>,
    escalations: &[Escalation],
) -> Option<LegalHold> {
    if let Some(reason) = marked {
        return Some(LegalHold::Marked(reason.to_owned()));
    }
    if let Some(open) = escalations.iter().find(|e| e.decision.is_none()) {
        return Some(LegalHold::OpenEscalation(open.body));
    }
    (!status.is_finished()).then_some(LegalHold::OpenCase(status))
}

impl CaseDetails {
    /// The case as it stays once its complainant is erased: kind, category, channel, dates,
    /// amount, creditor and the complainant's type and language survive; every name, number,
    /// address, contact, free text and the representative go.
    pub fn anonymised(&self) -> CaseDetails {
        let mut d = self.clone();
        let c = &mut d.complainant;
        // Kept as chosen, so that the statistics still tell consumers from companies.
        c.chosen_type = Some(self.complainant.complainant_type());
        c.name = ERASED.to_owned();
        c.id_number = None;
        c.address = Default::default();
        c.email.clear();
        c.phone.clear();
        d.subject = ERASED.to_owned();
        d.description = ERASED.to_owned();
        d.requested_remedy.clear();
        d.representative = None;
        d.debt_case_numbers.clear();
        d.suggestion = None;
        d
    }
}

impl Escalation {
    /// The record as it stays once the complainant is erased: the body, dates, amount and
    /// decision survive; their reference, the court's name and the claims go.
    pub fn anonymised(&self) -> Escalation {
        Escalation {
            reference: String::new(),
            court: String::new(),
            claims: Vec::new(),
            ..self.clone()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{CaseKind, Channel, EscalationDecision, IdNumber, Representative};
    use chrono::NaiveDate;

    fn escalation(decided: bool) -> Escalation {
        let mut e = Escalation::new(
            EscalationBody::Arn,
            NaiveDate::from_ymd_opt(2026, 3, 1).expect("date"),
        );
        if decided {
            e.decision = Some(EscalationDecision::Rejected);
        }
        e
    }

    #[test]
    fn holds_most_specific_first() {
        use Status::*;
        let open = [escalation(false)];
        let decided = [escalation(true)];
        type Row<'a> = (Status, Option<&'a str>, &'a [Escalation], Option<LegalHold>);
        let table: [Row<'_>; 9] = [
            (Closed, None, &[], None),
            (Answered, None, &[], None),
            (Referred, None, &[], None),
            (Closed, None, &decided, None),
            (
                Closed,
                Some("tvist"),
                &[],
                Some(LegalHold::Marked("tvist".into())),
            ),
            (
                Escalated,
                Some("tvist"),
                &open,
                Some(LegalHold::Marked("tvist".into())),
            ),
            (
                Escalated,
                None,
                &open,
                Some(LegalHold::OpenEscalation(EscalationBody::Arn)),
            ),
            (
                Escalated,
                None,
                &decided,
                Some(LegalHold::OpenCase(Escalated)),
            ),
            (
                UnderInvestigation,
                None,
                &[],
                Some(LegalHold::OpenCase(UnderInvestigation)),
            ),
        ];
        for (status, marked, escalations, expected) in table {
            assert_eq!(
                legal_hold(status, marked, escalations),
                expected,
                "{status:?} {marked:?}"
            );
        }
        for status in [New, AwaitingInformation, AwaitingReview] {
            assert_eq!(
                legal_hold(status, None, &[]),
                Some(LegalHold::OpenCase(status))
            );
        }
    }

    #[test]
    fn anonymised_keeps_the_statistics_only() {
        let mut d = CaseDetails::new(
            NaiveDate::from_ymd_opt(2026, 1, 2)
                .expect("date")
                .and_hms_opt(9, 0, 0)
                .expect("date"),
            Channel::Email,
            CaseKind::Complaint,
        );
        d.subject = "Avgift".into();
        d.description = "Åsa Öberg skriver".into();
        d.requested_remedy = "Återbetala".into();
        d.complainant.name = "Åsa Öberg".into();
        d.complainant.email = "asa@example.com".into();
        d.complainant.phone = "070-123 45 67".into();
        d.complainant.address.street = "Storgatan 1".into();
        d.complainant.id_number = IdNumber::parse(
            "811218-9876",
            NaiveDate::from_ymd_opt(2026, 1, 2).expect("date"),
        )
        .ok();
        d.representative = Some(Representative {
            name: "Karin Lund".into(),
            ..Default::default()
        });
        d.debt_case_numbers = vec!["40077442".into()];
        d.creditor = "Norrsken Energi AB".into();
        let a = d.anonymised();
        assert_eq!(a.complainant.name, ERASED);
        assert_eq!(a.complainant.id_number, None);
        assert_eq!(a.complainant.address, Default::default());
        assert!(a.complainant.email.is_empty() && a.complainant.phone.is_empty());
        assert_eq!(
            (a.subject.as_str(), a.description.as_str()),
            (ERASED, ERASED)
        );
        assert!(a.requested_remedy.is_empty() && a.debt_case_numbers.is_empty());
        assert_eq!(a.representative, None);
        assert_eq!(
            a.complainant.complainant_type(),
            d.complainant.complainant_type()
        );
        assert_eq!(
            (a.kind, a.category, a.channel, a.received_at),
            (d.kind, d.category, d.channel, d.received_at)
        );
        assert_eq!(
            (a.creditor.as_str(), a.amount_in_dispute),
            ("Norrsken Energi AB", d.amount_in_dispute)
        );
        let json = serde_json::to_string(&a).expect("json");
        for gone in [
            "Öberg",
            "asa@",
            "070",
            "Storgatan",
            "9876",
            "Karin",
            "40077442",
            "Återbetala",
        ] {
            assert!(!json.contains(gone), "{gone} in {json}");
        }
    }
}
