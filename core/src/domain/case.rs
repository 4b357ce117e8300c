//! The complaint case (*ärende*): its classification, parties and facts.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use super::address::Address;
use super::codes::coded_enum;
use super::{CaseNumber, IdNumber, Money, Representative, Status};

/// The store's row id of a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CaseId(pub i64);

/// The store's row id of an officer (*handläggare*). The audit log names people only by this id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct OfficerId(pub i64);

coded_enum! {
    /// How the complaint reached the company.
    pub enum Channel as "channel" {
        Email = "email",
        Letter = "letter",
        Phone = "phone",
        Other = "other",
    }
}

coded_enum! {
    /// What the complainant's message is, in substance.
    pub enum CaseKind as "kind" {
        /// Dissatisfaction with how the company handled a matter (FFFS 2002:23 2 §).
        Complaint = "complaint",
        /// The debt itself is disputed (*invändning/bestridande*).
        Objection = "objection",
        /// A GDPR request: access, rectification or erasure.
        PersonalData = "personal_data",
    }
}

coded_enum! {
    /// The root cause, for the management report.
    pub enum Category as "category" {
        Treatment = "treatment",
        HandlingError = "handling_error",
        Fees = "fees",
        DisputedClaim = "disputed_claim",
        PaymentPlan = "payment_plan",
        Communication = "communication",
        PersonalData = "personal_data",
        Other = "other",
    }
}

coded_enum! {
    /// How the case ended.
    pub enum Outcome as "outcome" {
        Upheld = "upheld",
        PartlyUpheld = "partly_upheld",
        Rejected = "rejected",
        Referred = "referred",
        Withdrawn = "withdrawn",
    }
}

coded_enum! {
    /// A language of the interface and of letters.
    pub enum Language as "language" {
        Sv = "sv",
        En = "en",
    }
}

// coded_enum! derives no Default, so it is written out here.
#[allow(clippy::derivable_impls)]
impl Default for Language {
    fn default() -> Self {
        Language::Sv
    }
}

coded_enum! {
    /// Whether the complainant is a consumer or a company: ARN, konsumentvägledningen and
    /// Konsumenternas Bank- och finansbyrå serve consumers only.
    pub enum ComplainantType as "complainant type" {
        Consumer = "consumer",
        Company = "company",
    }
}

/// The person or company who complains.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Complainant {
    /// Full name, or the company's name.
    pub name: String,
    /// Personnummer, samordningsnummer or organisationsnummer.
    pub id_number: Option<IdNumber>,
    /// Consumer or company as the officer set it; `None` while it follows the identity number
    /// (see [`Complainant::complainant_type`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chosen_type: Option<ComplainantType>,
    /// Postal address.
    pub address: Address,
    /// E-mail address.
    pub email: String,
    /// Phone number as given.
    pub phone: String,
    /// The language letters are written in.
    pub language: Language,
}

impl Complainant {
    /// Consumer or company: the officer's choice, else a company when the identity number is an
    /// organisationsnummer, else a consumer. (A sole trader has a personnummer: the officer sets
    /// "company" by hand when the matter concerns the business.)
    pub fn complainant_type(&self) -> ComplainantType {
        self.chosen_type
            .unwrap_or_else(|| ComplainantType::inferred(self.id_number.as_ref()))
    }
}

impl ComplainantType {
    /// What an identity number says: an organisationsnummer is a company, anything else (a
    /// personnummer, a samordningsnummer or no number) a consumer.
    pub fn inferred(id_number: Option<&IdNumber>) -> ComplainantType {
        match id_number {
            Some(IdNumber::Organisationsnummer(_)) => ComplainantType::Company,
            _ => ComplainantType::Consumer,
        }
    }
}

/// Everything about a case that an officer enters or edits; the store adds id, number and status.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseDetails {
    /// When the complaint was received, in the company's local time.
    pub received_at: NaiveDateTime,
    /// How it was received.
    pub channel: Channel,
    /// Complaint, objection or personal-data request.
    pub kind: CaseKind,
    /// Root cause, once known.
    pub category: Option<Category>,
    /// A short subject line.
    pub subject: String,
    /// What the complainant is dissatisfied with, in their words or summarised.
    pub description: String,
    /// Who complains.
    pub complainant: Complainant,
    /// Who writes for them, if anyone.
    pub representative: Option<Representative>,
    /// The collection cases (*inkassoärenden*) the complaint concerns.
    pub debt_case_numbers: Vec<String>,
    /// The creditor (*uppdragsgivare*) of those cases.
    pub creditor: String,
    /// The amount in dispute.
    pub amount_in_dispute: Option<Money>,
    /// What the complainant asks for.
    pub requested_remedy: String,
    /// When the complainant first complained to the company; the ARN year counts from here.
    pub first_complaint_on: Option<NaiveDate>,
    /// A personal-data request: the requester's identity has been checked (GDPR Art. 12(6)).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub identity_verified: bool,
    /// What an imported e-mail suggested about the kind and category, for the officer to confirm.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suggestion: Option<Suggestion>,
}

/// What an imported e-mail's text suggests about the case, for the officer to confirm: the
/// kind and the category, each with the words in the mail that pointed to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Suggestion {
    /// The suggested kind.
    pub kind: CaseKind,
    /// The words in the mail that pointed to the kind, if any.
    pub phrase: Option<String>,
    /// The suggested category, if the mail pointed to one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<Category>,
    /// The words in the mail that pointed to the category.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category_phrase: Option<String>,
}

impl CaseDetails {
    /// A minimal case received at `received_at`, to be filled in.
    pub fn new(received_at: NaiveDateTime, channel: Channel, kind: CaseKind) -> Self {
        CaseDetails {
            received_at,
            channel,
            kind,
            category: None,
            subject: String::new(),
            description: String::new(),
            complainant: Complainant::default(),
            representative: None,
            debt_case_numbers: Vec::new(),
            creditor: String::new(),
            amount_in_dispute: None,
            requested_remedy: String::new(),
            first_complaint_on: None,
            identity_verified: false,
            suggestion: None,
        }
    }

    /// The date the complaint was received.
    pub fn received_on(&self) -> NaiveDate {
        self.received_at.date()
    }

    /// The date of the first complaint, which is the date of receipt unless entered otherwise.
    pub fn first_complaint(&self) -> NaiveDate {
        self.first_complaint_on
            .unwrap_or_else(|| self.received_on())
    }
}

/// A case as it stands in the store.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Case {
    /// Row id.
    pub id: CaseId,
    /// `K-2026-00042`.
    pub number: CaseNumber,
    /// Where the case stands.
    pub status: Status,
    /// How it ended, once decided.
    pub outcome: Option<Outcome>,
    /// The officer handling it.
    pub assignee: Option<OfficerId>,
    /// The day receipt was acknowledged, if it has been.
    pub acknowledged_on: Option<NaiveDate>,
    /// A new date for the final answer, given in a delay notice.
    pub answer_due_override: Option<NaiveDate>,
    /// The earliest open deadline for a statement to ARN, a court or a supervisor.
    #[serde(default)]
    pub statement_due: Option<NaiveDate>,
    /// The facts of the case.
    pub details: CaseDetails,
    /// When the case was registered.
    pub created_at: NaiveDateTime,
    /// When it last changed.
    pub updated_at: NaiveDateTime,
}

impl Case {
    /// A case just registered at `at` as `number`: new, nothing decided, not yet stored (its id
    /// is given by the store).
    pub fn new(number: CaseNumber, details: CaseDetails, at: NaiveDateTime) -> Case {
        Case {
            id: CaseId(0),
            number,
            status: Status::New,
            outcome: None,
            assignee: None,
            acknowledged_on: None,
            answer_due_override: None,
            statement_due: None,
            details,
            created_at: at,
            updated_at: at,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for c in Category::ALL {
            assert_eq!(c.code().parse::<Category>(), Ok(*c));
        }
        for k in CaseKind::ALL {
            assert_eq!(k.to_string().parse::<CaseKind>(), Ok(*k));
        }
        assert!("complain".parse::<CaseKind>().is_err());
        let json = serde_json::to_string(&Outcome::PartlyUpheld).unwrap_or_default();
        assert_eq!(json, "\"partly_upheld\"");
    }

    #[test]
    fn the_complainant_type_follows_the_identity_number_unless_chosen() {
        use ComplainantType::{Company, Consumer};
        let person = IdNumber::Personnummer("19811218-9876".into());
        let coordination = IdNumber::Samordningsnummer("19811278-9873".into());
        let org = IdNumber::Organisationsnummer("556016-0680".into());
        let table = [
            (None, None, Consumer),
            (Some(person.clone()), None, Consumer),
            (Some(coordination), None, Consumer),
            (Some(org.clone()), None, Company),
            (Some(org), Some(Consumer), Consumer),
            (Some(person), Some(Company), Company),
            (None, Some(Company), Company),
        ];
        for (id_number, chosen_type, expected) in table {
            let c = Complainant {
                id_number: id_number.clone(),
                chosen_type,
                ..Complainant::default()
            };
            assert_eq!(
                c.complainant_type(),
                expected,
                "{id_number:?} {chosen_type:?}"
            );
        }
    }

    #[test]
    fn a_complainant_stored_before_the_type_existed_still_reads() {
        let json = r#"{"name":"Bygg AB","id_number":{"type":"organisationsnummer","number":"556016-0680"}}"#;
        let c: Complainant = serde_json::from_str(json).unwrap_or_default();
        assert_eq!(c.name, "Bygg AB");
        assert_eq!(c.chosen_type, None);
        assert_eq!(c.complainant_type(), ComplainantType::Company);
    }
}
