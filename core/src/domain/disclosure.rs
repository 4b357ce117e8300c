//! The disclosure log: each time data about a person left the company — to whom, what, when and
//! on what legal basis (GDPR Art. 15(1)(c) names the recipients in every register extract).

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use super::codes::coded_enum;
use super::{CaseId, EscalationBody, Field, OfficerId, Problem, ProblemKind};

/// The store's row id of a disclosure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct DisclosureId(pub i64);

coded_enum! {
    /// Who received the data.
    pub enum Recipient as "disclosure recipient" {
        /// The creditor (*uppdragsgivaren*) of the collection case.
        Creditor = "creditor",
        /// Kronofogdemyndigheten.
        Kronofogden = "kronofogden",
        /// The police.
        Police = "police",
        /// Finansinspektionen, the supervisor.
        Fi = "fi",
        /// Integritetsskyddsmyndigheten.
        Imy = "imy",
        /// A court.
        Court = "court",
        /// Allmänna reklamationsnämnden.
        Arn = "arn",
        /// The person the data is about (a register extract, say).
        DataSubject = "data_subject",
        /// Anyone else; the log names them.
        Other = "other",
    }
}

coded_enum! {
    /// The legal basis of a disclosure (GDPR Art. 6(1), and Art. 15 for the person's own access).
    pub enum LegalBasis as "legal basis" {
        /// A legal obligation, such as an authority's request under law (Art. 6(1)(c)).
        LegalObligation = "legal_obligation",
        /// The performance of the contract with the creditor (Art. 6(1)(b)).
        Contract = "contract",
        /// Legitimate interests, such as defending a legal claim (Art. 6(1)(f)).
        LegitimateInterests = "legitimate_interests",
        /// The person's consent (Art. 6(1)(a)).
        Consent = "consent",
        /// The person's own right of access (Art. 15).
        AccessRequest = "access_request",
    }
}

coded_enum! {
    /// What recorded the disclosure: an officer by hand, or the program as it made a file.
    pub enum DisclosureSource as "disclosure source" {
        /// Entered by an officer.
        Manual = "manual",
        /// A dossier export for an escalation body.
        Dossier = "dossier",
        /// A register extract for the person.
        RegisterExtract = "register_extract",
    }
}

/// A disclosure to be recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewDisclosure {
    /// Who received the data.
    pub to: Recipient,
    /// The recipient's name where the kind is not enough ("Tingsrätten i Malmö", a lawyer).
    pub recipient_name: String,
    /// What was disclosed, in the officer's words or the file's name.
    pub what: String,
    /// The day it was disclosed.
    pub on: NaiveDate,
    /// Why the company could disclose it.
    pub basis: LegalBasis,
    /// Who recorded it.
    pub source: DisclosureSource,
}

/// A recorded disclosure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Disclosure {
    /// Row id.
    pub id: DisclosureId,
    /// The case whose data was disclosed.
    pub case_id: CaseId,
    /// What was recorded.
    #[serde(flatten)]
    pub disclosure: NewDisclosure,
    /// The officer who recorded it.
    pub recorded_by: OfficerId,
    /// When it was recorded.
    pub recorded_at: NaiveDateTime,
}

impl NewDisclosure {
    /// Everything that keeps this disclosure from being recorded on `today`.
    pub fn validate(&self, today: NaiveDate) -> Vec<Problem> {
        let mut problems = Vec::new();
        if self.what.trim().is_empty() {
            problems.push(Problem::new(Field::DisclosedWhat, ProblemKind::Required));
        }
        if self.to == Recipient::Other && self.recipient_name.trim().is_empty() {
            problems.push(Problem::new(Field::DisclosedTo, ProblemKind::Required));
        }
        if self.on > today {
            problems.push(Problem::new(Field::DisclosedOn, ProblemKind::InFuture));
        }
        problems
    }

    /// The disclosure a dossier for `body` makes, on `on`, of the file named `file`.
    pub fn dossier(body: EscalationBody, file: &str, on: NaiveDate) -> NewDisclosure {
        let (to, name, basis) = match body {
            EscalationBody::Arn => (Recipient::Arn, "", LegalBasis::LegitimateInterests),
            EscalationBody::DistrictCourt => {
                (Recipient::Court, "", LegalBasis::LegitimateInterests)
            }
            EscalationBody::Fi => (Recipient::Fi, "", LegalBasis::LegalObligation),
            EscalationBody::Imy => (Recipient::Imy, "", LegalBasis::LegalObligation),
            EscalationBody::Inkassonamnden => (
                Recipient::Other,
                "Svensk Inkasso, Inkassonämnden",
                LegalBasis::LegitimateInterests,
            ),
            EscalationBody::Other => (Recipient::Other, "", LegalBasis::LegitimateInterests),
        };
        NewDisclosure {
            to,
            recipient_name: name.to_owned(),
            what: file.to_owned(),
            on,
            basis,
            source: DisclosureSource::Dossier,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap_or_default()
    }

    #[test]
    fn a_disclosure_needs_what_a_name_for_others_and_no_future_date() {
        let ok = NewDisclosure {
            to: Recipient::Creditor,
            recipient_name: String::new(),
            what: "Namn och adress".into(),
            on: day("2026-11-24"),
            basis: LegalBasis::Contract,
            source: DisclosureSource::Manual,
        };
        let today = day("2026-11-24");
        let table: [(NewDisclosure, Vec<Field>); 4] = [
            (ok.clone(), vec![]),
            (
                NewDisclosure {
                    what: " ".into(),
                    ..ok.clone()
                },
                vec![Field::DisclosedWhat],
            ),
            (
                NewDisclosure {
                    to: Recipient::Other,
                    ..ok.clone()
                },
                vec![Field::DisclosedTo],
            ),
            (
                NewDisclosure {
                    on: day("2026-11-25"),
                    ..ok.clone()
                },
                vec![Field::DisclosedOn],
            ),
        ];
        for (d, fields) in table {
            let found: Vec<Field> = d.validate(today).iter().map(|p| p.field).collect();
            assert_eq!(found, fields, "{d:?}");
        }
    }

    #[test]
    fn a_dossier_is_a_disclosure_to_its_body() {
        let on = day("2026-11-24");
        let table = [
            (EscalationBody::Arn, Recipient::Arn),
            (EscalationBody::DistrictCourt, Recipient::Court),
            (EscalationBody::Fi, Recipient::Fi),
            (EscalationBody::Imy, Recipient::Imy),
            (EscalationBody::Inkassonamnden, Recipient::Other),
            (EscalationBody::Other, Recipient::Other),
        ];
        for (body, to) in table {
            let d = NewDisclosure::dossier(body, "K-2026-00001_ARN.zip", on);
            assert_eq!(d.to, to, "{body}");
            assert_eq!(d.source, DisclosureSource::Dossier);
            assert_eq!(d.what, "K-2026-00001_ARN.zip");
        }
    }
}
