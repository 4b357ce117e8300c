//! The complainant's representative (*ombud*), the power of attorney (*fullmakt*) they hold,
//! and the rule for when letters go to them rather than to the complainant.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::address::Address;
use super::codes::coded_enum;

coded_enum! {
    /// What a power of attorney covers, as the officer reads it from the document.
    pub enum MandateScope as "power of attorney scope" {
        /// Every matter the complainant has with the company.
        AllMatters = "all_matters",
        /// This complaint only.
        ThisComplaint = "this_complaint",
        /// The collection cases this complaint concerns.
        DebtCases = "debt_cases",
    }
}

coded_enum! {
    /// Whom a letter about a case is written to.
    pub enum Addressee as "recipient" {
        /// The complainant.
        Complainant = "complainant",
        /// The complainant's representative, who holds a power of attorney.
        Representative = "representative",
    }
}

/// Row id of a file kept on a case (not on a message), such as a power of attorney.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CaseFileId(pub i64);

/// A file kept on a case, as the case's details refer to it: the bytes stay in the store.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseFile {
    /// Row id in the store.
    pub id: CaseFileId,
    /// The file's name as it was attached.
    pub file_name: String,
    /// Bytes.
    pub size: u64,
}

/// Someone who writes for the complainant (*ombud*). Every field has a default, so a case
/// stored before a field existed still reads.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Representative {
    /// Name of the representative (a person, or the firm's name when no person is named).
    pub name: String,
    /// The firm they write from (a law firm, the municipal debt counselling), if any.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub firm: String,
    /// Postal address.
    pub address: Address,
    /// E-mail address.
    pub email: String,
    /// Phone number.
    pub phone: String,
    /// Whether a power of attorney (*fullmakt*) has been received.
    pub power_of_attorney: bool,
    /// What the power of attorney covers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scope: Option<MandateScope>,
    /// The last day the power of attorney is valid; `None` when it states no end.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<NaiveDate>,
    /// The power of attorney itself, kept on the case.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document: Option<CaseFile>,
}

/// Where a representative's power of attorney stands on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mandate {
    /// No power of attorney has been received.
    Missing,
    /// It ended on this day, before the day asked about.
    Expired(NaiveDate),
    /// It is on file and in force.
    Valid,
}

impl Representative {
    /// Where the power of attorney stands on `date`: valid when one has been received and its
    /// last day (if any) is not before `date`.
    pub fn mandate_on(&self, date: NaiveDate) -> Mandate {
        match self.valid_until {
            _ if !self.power_of_attorney => Mandate::Missing,
            Some(until) if until < date => Mandate::Expired(until),
            _ => Mandate::Valid,
        }
    }

    /// The name and firm as the first lines of an address: the firm on its own line unless it
    /// is the name itself.
    pub fn name_lines(&self) -> Vec<String> {
        let (name, firm) = (self.name.trim(), self.firm.trim());
        let mut lines = vec![name.to_owned()];
        if !firm.is_empty() && !firm.eq_ignore_ascii_case(name) {
            lines.push(firm.to_owned());
        }
        lines.retain(|l| !l.is_empty());
        lines
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, d).unwrap_or_default()
    }

    #[test]
    fn a_power_of_attorney_is_valid_when_received_and_not_past_its_last_day() {
        let table = [
            (false, None, day(10), Mandate::Missing),
            (false, Some(day(20)), day(10), Mandate::Missing),
            (true, None, day(10), Mandate::Valid),
            (true, Some(day(20)), day(10), Mandate::Valid),
            (true, Some(day(10)), day(10), Mandate::Valid),
            (true, Some(day(9)), day(10), Mandate::Expired(day(9))),
        ];
        for (received, valid_until, on, expected) in table {
            let r = Representative {
                power_of_attorney: received,
                valid_until,
                ..Representative::default()
            };
            assert_eq!(
                r.mandate_on(on),
                expected,
                "{received} {valid_until:?} {on}"
            );
        }
    }

    #[test]
    fn the_firm_gets_its_own_line_unless_it_is_the_name() {
        let table = [
            (
                "Karin Lund",
                "Advokatfirman Lund AB",
                vec!["Karin Lund", "Advokatfirman Lund AB"],
            ),
            (
                "Advokatfirman Lund AB",
                "Advokatfirman Lund AB",
                vec!["Advokatfirman Lund AB"],
            ),
            ("Karin Lund", " ", vec!["Karin Lund"]),
        ];
        for (name, firm, expected) in table {
            let r = Representative {
                name: name.into(),
                firm: firm.into(),
                ..Representative::default()
            };
            assert_eq!(r.name_lines(), expected);
        }
    }

    #[test]
    fn a_representative_stored_before_the_power_of_attorney_details_still_reads() {
        let json = r#"{"name":"Karin Lund","address":{"street":"","postal_code":"","city":"","country":""},"email":"karin@example.se","phone":"","power_of_attorney":true}"#;
        let r: Representative = serde_json::from_str(json).unwrap_or_default();
        assert_eq!(r.name, "Karin Lund");
        assert!(r.power_of_attorney);
        assert_eq!((r.firm.as_str(), r.scope, r.valid_until), ("", None, None));
        assert_eq!(r.document, None);
    }
}
