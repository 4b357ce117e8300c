//! Rectifying a person's data (GDPR Art. 16): which of the complainant's details can be
//! corrected, how a corrected value is read from what the officer typed, and what it replaces.

use chrono::NaiveDate;

use super::codes::coded_enum;
use super::{Address, Complainant, IdNumber, IdNumberProblem, email_ok};

coded_enum! {
    /// A detail of the complainant that can be rectified.
    pub enum RectifiedField as "rectified field" {
        /// Full name, or the company's name.
        Name = "name",
        /// Personnummer, samordningsnummer or organisationsnummer.
        IdNumber = "id_number",
        /// Postal address.
        Address = "address",
        /// E-mail address.
        Email = "email",
        /// Phone number.
        Phone = "phone",
    }
}

/// Why a corrected value cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum CorrectionProblem {
    /// Nothing was typed (only a phone number or e-mail address may be removed).
    #[error("the new value is empty")]
    Empty,
    /// Not an identity number.
    #[error("not a valid identity number")]
    IdNumber(IdNumberProblem),
    /// Not an e-mail address.
    #[error("not an e-mail address")]
    Email,
    /// An address without a street or without a postcode and town.
    #[error("an address needs a street and a postcode with the town")]
    Address,
    /// The value is the one already held.
    #[error("the value is already the one held")]
    Unchanged,
}

/// A corrected value, read and checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Correction {
    /// A new name.
    Name(String),
    /// A new identity number.
    IdNumber(IdNumber),
    /// A new postal address.
    Address(Address),
    /// A new e-mail address; empty to remove a wrong one.
    Email(String),
    /// A new phone number; empty to remove a wrong one.
    Phone(String),
}

impl Correction {
    /// Reads what the officer typed as the new value of `field`; `today` decides the century
    /// of a ten-digit personnummer. An address is written as on an envelope, its lines
    /// separated by commas or line breaks: "Storgatan 1, 413 19 Göteborg".
    pub fn parse(
        field: RectifiedField,
        text: &str,
        today: NaiveDate,
    ) -> Result<Correction, CorrectionProblem> {
        let text = text.trim();
        let removable = matches!(field, RectifiedField::Email | RectifiedField::Phone);
        if text.is_empty() && !removable {
            return Err(CorrectionProblem::Empty);
        }
        Ok(match field {
            RectifiedField::Name => {
                Correction::Name(text.split_whitespace().collect::<Vec<_>>().join(" "))
            }
            RectifiedField::IdNumber => Correction::IdNumber(
                IdNumber::parse(text, today).map_err(CorrectionProblem::IdNumber)?,
            ),
            RectifiedField::Address => Correction::Address(parse_address(text)?),
            RectifiedField::Email => {
                if !text.is_empty() && !email_ok(text) {
                    return Err(CorrectionProblem::Email);
                }
                Correction::Email(text.to_owned())
            }
            RectifiedField::Phone => Correction::Phone(text.to_owned()),
        })
    }

    /// The field this corrects.
    pub fn field(&self) -> RectifiedField {
        match self {
            Correction::Name(_) => RectifiedField::Name,
            Correction::IdNumber(_) => RectifiedField::IdNumber,
            Correction::Address(_) => RectifiedField::Address,
            Correction::Email(_) => RectifiedField::Email,
            Correction::Phone(_) => RectifiedField::Phone,
        }
    }

    /// The new value as it is written in a letter or a history: an address on one line.
    pub fn text(&self) -> String {
        match self {
            Correction::Name(s) | Correction::Email(s) | Correction::Phone(s) => s.clone(),
            Correction::IdNumber(id) => id.as_str().to_owned(),
            Correction::Address(a) => a.lines().join(", "),
        }
    }

    /// The value `complainant` holds for this field now, written as [`Correction::text`].
    pub fn current(&self, complainant: &Complainant) -> String {
        match self.field() {
            RectifiedField::Name => complainant.name.clone(),
            RectifiedField::IdNumber => complainant
                .id_number
                .as_ref()
                .map(|id| id.as_str().to_owned())
                .unwrap_or_default(),
            RectifiedField::Address => complainant.address.lines().join(", "),
            RectifiedField::Email => complainant.email.clone(),
            RectifiedField::Phone => complainant.phone.clone(),
        }
    }

    /// Puts the corrected value into `complainant`; returns the value it replaced, or `None`
    /// when the complainant already held this value (nothing changes).
    pub fn apply(&self, complainant: &mut Complainant) -> Option<String> {
        let old = self.current(complainant);
        let unchanged = match self {
            Correction::Address(a) => *a == complainant.address,
            Correction::Email(e) => e.eq_ignore_ascii_case(complainant.email.trim()),
            _ => self.text() == old,
        };
        if unchanged {
            return None;
        }
        match self {
            Correction::Name(s) => complainant.name = s.clone(),
            Correction::IdNumber(id) => complainant.id_number = Some(id.clone()),
            Correction::Address(a) => complainant.address = a.clone(),
            Correction::Email(s) => complainant.email = s.clone(),
            Correction::Phone(s) => complainant.phone = s.clone(),
        }
        Some(old)
    }
}

/// Reads an address written as on an envelope: the street first, then "123 45 Town", then
/// the country if it is not Sweden. Without a Swedish postcode, three or more lines are read
/// as street, postcode and town as written, country.
fn parse_address(text: &str) -> Result<Address, CorrectionProblem> {
    let parts: Vec<&str> = text
        .split([',', '\n'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    if let Some(at) = parts.iter().position(|p| swedish_postcode(p).is_some()) {
        let (code, city) = swedish_postcode(parts[at]).unwrap_or_default();
        if at == 0 {
            return Err(CorrectionProblem::Address);
        }
        let mut address = Address {
            street: parts[..at].join(", "),
            postal_code: code,
            city,
            country: parts[at + 1..].join(", "),
        };
        address.postal_code = address.postcode();
        return Ok(address);
    }
    match parts.as_slice() {
        [street, town, country @ ..] if !country.is_empty() => Ok(Address {
            street: (*street).to_owned(),
            postal_code: String::new(),
            city: (*town).to_owned(),
            country: country.join(", "),
        }),
        _ => Err(CorrectionProblem::Address),
    }
}

/// "41319 Göteborg" or "413 19 Göteborg" → ("41319", "Göteborg"): five digits, then the town.
fn swedish_postcode(line: &str) -> Option<(String, String)> {
    let digits: String = line
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == ' ')
        .collect();
    let code: String = digits.chars().filter(char::is_ascii_digit).collect();
    let city = line[digits.len()..].trim();
    (code.len() == 5 && !city.is_empty() && !city.starts_with(|c: char| c.is_ascii_digit()))
        .then(|| (code, city.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 4).expect("date")
    }

    fn address(street: &str, code: &str, city: &str, country: &str) -> Address {
        Address {
            street: street.into(),
            postal_code: code.into(),
            city: city.into(),
            country: country.into(),
        }
    }

    #[test]
    fn an_address_is_read_as_written_on_an_envelope() {
        let table = [
            (
                "Storgatan 1, 41319 Göteborg",
                address("Storgatan 1", "413 19", "Göteborg", ""),
            ),
            (
                "c/o Lind, Vasagatan 3 lgh 1102\n722 15 Västerås",
                address("c/o Lind, Vasagatan 3 lgh 1102", "722 15", "Västerås", ""),
            ),
            (
                "Storgatan 1, 413 19 Göteborg, Sverige",
                address("Storgatan 1", "413 19", "Göteborg", "Sverige"),
            ),
            (
                "Hauptstraße 5, 10115 Berlin, Tyskland",
                address("Hauptstraße 5", "10115", "Berlin", "Tyskland"),
            ),
        ];
        for (text, want) in table {
            assert_eq!(parse_address(text), Ok(want), "{text}");
        }
        for wrong in ["Storgatan 1", "413 19 Göteborg", "Storgatan 1, Göteborg"] {
            assert_eq!(
                parse_address(wrong),
                Err(CorrectionProblem::Address),
                "{wrong}"
            );
        }
    }

    #[test]
    fn values_are_checked_as_the_case_form_checks_them() {
        use RectifiedField::*;
        assert!(matches!(
            Correction::parse(IdNumber, "19811218-9876", today()),
            Ok(Correction::IdNumber(_))
        ));
        assert!(matches!(
            Correction::parse(IdNumber, "19811218-9875", today()),
            Err(CorrectionProblem::IdNumber(_))
        ));
        assert_eq!(
            Correction::parse(Email, "anna.at.example", today()),
            Err(CorrectionProblem::Email)
        );
        assert_eq!(
            Correction::parse(Email, " ", today()),
            Ok(Correction::Email(String::new()))
        );
        assert_eq!(
            Correction::parse(Name, "  ", today()),
            Err(CorrectionProblem::Empty)
        );
        assert_eq!(
            Correction::parse(Name, "Anna-Karin   Öberg", today()),
            Ok(Correction::Name("Anna-Karin Öberg".into()))
        );
    }

    #[test]
    fn applying_returns_the_old_value_and_leaves_an_equal_one_alone() {
        let mut c = Complainant {
            name: "Ana Öberg".into(),
            email: "ANNA@example.se".into(),
            ..Complainant::default()
        };
        let name = Correction::Name("Anna Öberg".into());
        assert_eq!(name.apply(&mut c), Some("Ana Öberg".into()));
        assert_eq!(c.name, "Anna Öberg");
        assert_eq!(name.apply(&mut c), None);
        assert_eq!(
            Correction::Email("anna@example.se".into()).apply(&mut c),
            None
        );
        let moved = Correction::parse(
            RectifiedField::Address,
            "Storgatan 1, 41319 Göteborg",
            today(),
        )
        .expect("address");
        assert_eq!(moved.apply(&mut c), Some(String::new()));
        assert_eq!(c.address.lines(), ["Storgatan 1", "413 19 Göteborg"]);
        assert_eq!(moved.text(), "Storgatan 1, 413 19 Göteborg");
    }
}
