//! One person across cases: what a search text is (an identity number, an e-mail address, a
//! phone number or a name), the forms in which they are compared, and how a case matched.

use super::codes::coded_enum;
use super::{CaseId, CaseNumber, Complainant, IdNumber};
use chrono::NaiveDate;

coded_enum! {
    /// How a case was found to be about the person.
    pub enum MatchedBy as "person match" {
        /// The same personnummer, samordningsnummer or organisationsnummer.
        IdNumber = "id_number",
        /// The same e-mail address.
        Email = "email",
        /// The same phone number.
        Phone = "phone",
        /// The same name only: for the officer to confirm.
        Name = "name",
    }
}

impl MatchedBy {
    /// A name alone does not identify a person: the officer confirms such a match.
    pub fn to_confirm(self) -> bool {
        self == MatchedBy::Name
    }
}

/// A case about the person: found by the complainant's details, never by another party's
/// (a representative's e-mail matches nothing).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonMatch {
    /// The case.
    pub case_id: CaseId,
    /// Its number.
    pub number: CaseNumber,
    /// The complainant's name in that case.
    pub name: String,
    /// How it matched.
    pub matched_by: MatchedBy,
}

/// One way a search text can identify a person, in its compared form.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Criterion {
    IdNumber(IdNumber),
    Email(String),
    Phone(String),
    Name(String),
}

/// What an officer typed to find a person, read as every kind of identifier it can be (ten
/// digits may be both a personnummer and a phone number).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonQuery {
    criteria: Vec<Criterion>,
}

impl PersonQuery {
    /// Reads a search text; `today` decides the century of a 10-digit personnummer. `None` for
    /// an empty text.
    pub fn parse(text: &str, today: NaiveDate) -> Option<PersonQuery> {
        let text = text.trim();
        if text.is_empty() {
            return None;
        }
        let mut criteria = Vec::new();
        if let Ok(id) = IdNumber::parse(text, today) {
            criteria.push(Criterion::IdNumber(id));
        }
        if text.contains('@') {
            criteria.push(Criterion::Email(email_key(text)));
        }
        if let Some(phone) = phone_key(text) {
            criteria.push(Criterion::Phone(phone));
        }
        if criteria.is_empty() {
            criteria.push(Criterion::Name(name_key(text)));
        }
        Some(PersonQuery { criteria })
    }

    /// Whether the text is an identifier (identity number, e-mail address or phone number) and
    /// not only a name: what an erasure needs, as a name alone does not identify a person.
    pub fn identifies(&self) -> bool {
        !self
            .criteria
            .iter()
            .any(|c| matches!(c, Criterion::Name(_)))
    }

    /// How a complainant matches this query, the surest way first; `None` if not at all.
    pub fn matches(&self, c: &Complainant) -> Option<MatchedBy> {
        self.criteria.iter().find_map(|criterion| {
            let (hit, by) = match criterion {
                Criterion::IdNumber(id) => (c.id_number.as_ref() == Some(id), MatchedBy::IdNumber),
                Criterion::Email(e) => (email_key(&c.email) == *e, MatchedBy::Email),
                Criterion::Phone(p) => (phone_key(&c.phone).as_ref() == Some(p), MatchedBy::Phone),
                Criterion::Name(n) => (name_key(&c.name) == *n, MatchedBy::Name),
            };
            hit.then_some(by)
        })
    }
}

/// The text that finds the complainant of a case across cases, the surest identifier first: the
/// identity number, else the e-mail address, else the phone number, else (for the officer to
/// confirm) the name. `None` when the complainant has none of these.
pub fn person_search_text(c: &Complainant) -> Option<String> {
    let id = c.id_number.as_ref().map(|i| i.as_str().to_owned());
    let phone = phone_key(&c.phone).map(|_| c.phone.trim().to_owned());
    let given = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_owned());
    id.or_else(|| given(&c.email).filter(|e| e.contains('@')))
        .or(phone)
        .or_else(|| given(&c.name))
}

/// An e-mail address as compared: trimmed, lower case.
fn email_key(text: &str) -> String {
    text.trim().to_lowercase()
}

/// A name as compared: lower case, one space between words.
fn name_key(text: &str) -> String {
    text.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// A Swedish phone number as compared: digits only, national form (`+46 70-123 45 67`,
/// `0046701234567` and `070-123 45 67` are all `0701234567`). `None` for a text that is not
/// a phone number (other characters, or fewer than seven digits).
pub fn phone_key(text: &str) -> Option<String> {
    let text = text.trim().replace("(0)", "");
    if !text
        .chars()
        .all(|c| c.is_ascii_digit() || " -+()/.".contains(c))
    {
        return None;
    }
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    let international = text.starts_with('+') || digits.starts_with("00");
    let national = match digits.strip_prefix("0046").or(digits.strip_prefix("46")) {
        Some(rest) if international => format!("0{rest}"),
        _ if international => format!("+{}", digits.trim_start_matches('0')),
        _ => digits,
    };
    (national.chars().filter(char::is_ascii_digit).count() >= 7).then_some(national)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        "2026-11-24".parse().unwrap_or_default()
    }

    #[test]
    fn phone_numbers_compare_in_their_national_form() {
        let table = [
            ("070-123 45 67", Some("0701234567")),
            ("+46 70 123 45 67", Some("0701234567")),
            ("+46 (0)70-123 45 67", Some("0701234567")),
            ("0046701234567", Some("0701234567")),
            ("08/123 456 00", Some("0812345600")),
            ("+47 22 12 34 56", Some("+4722123456")),
            ("12 34", None),
            ("asa@example.com", None),
            ("Åsa Öberg", None),
            ("", None),
        ];
        for (text, key) in table {
            assert_eq!(phone_key(text).as_deref(), key, "{text}");
        }
    }

    #[test]
    fn a_search_text_matches_the_complainant_by_the_surest_identifier() {
        let asa = Complainant {
            name: "Åsa  Öberg".into(),
            id_number: IdNumber::parse("19811218-9876", today()).ok(),
            email: "Asa.Oberg@Example.com".into(),
            phone: "070-123 45 67".into(),
            ..Complainant::default()
        };
        let table = [
            ("811218-9876", Some(MatchedBy::IdNumber)),
            ("198112189876", Some(MatchedBy::IdNumber)),
            ("19811218 - 9876", Some(MatchedBy::IdNumber)),
            (" asa.oberg@example.com ", Some(MatchedBy::Email)),
            ("+46701234567", Some(MatchedBy::Phone)),
            ("åsa öberg", Some(MatchedBy::Name)),
            ("Åsa", None),
            ("811218-9868", None),
            ("karin@example.com", None),
            ("0701234568", None),
        ];
        for (text, expected) in table {
            let query = PersonQuery::parse(text, today());
            assert_eq!(
                query.as_ref().and_then(|q| q.matches(&asa)),
                expected,
                "{text}"
            );
        }
        assert_eq!(PersonQuery::parse("  ", today()), None);
    }

    #[test]
    fn a_case_searches_for_its_complainant_by_the_surest_identifier_given() {
        let id = IdNumber::parse("19811218-9876", today()).ok();
        let with = |id: Option<IdNumber>, email: &str, phone: &str, name: &str| Complainant {
            id_number: id,
            email: email.into(),
            phone: phone.into(),
            name: name.into(),
            ..Complainant::default()
        };
        let table = [
            (
                with(id.clone(), "a@b.se", "070-1234567", "Åsa"),
                Some("19811218-9876"),
            ),
            (with(None, " a@b.se ", "070-1234567", "Åsa"), Some("a@b.se")),
            (
                with(None, "inte en adress", "070-1234567", "Åsa"),
                Some("070-1234567"),
            ),
            (with(None, "", "12", "Åsa Öberg "), Some("Åsa Öberg")),
            (with(None, "", "", " "), None),
        ];
        for (c, text) in table {
            let found = person_search_text(&c);
            assert_eq!(found.as_deref(), text, "{c:?}");
            // What it gives finds the complainant again.
            if let Some(found) = found {
                let query = PersonQuery::parse(&found, today());
                assert!(query.and_then(|q| q.matches(&c)).is_some(), "{found}");
            }
        }
    }

    #[test]
    fn only_a_name_match_is_for_the_officer_to_confirm() {
        for by in MatchedBy::ALL {
            assert_eq!(by.to_confirm(), *by == MatchedBy::Name, "{by}");
        }
    }
}
