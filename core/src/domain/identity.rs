//! Swedish identity numbers: personnummer, samordningsnummer and organisationsnummer.

use std::fmt;

use chrono::{Datelike, NaiveDate};
use organisationsnummer::Organisationsnummer;
use personnummer::{Personnummer, PersonnummerError};
use serde::{Deserialize, Serialize};

/// A validated identity number, kept in its canonical long form.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "type", content = "number", rename_all = "snake_case")]
pub enum IdNumber {
    /// `YYYYMMDD-NNNC`.
    Personnummer(String),
    /// `YYYYMMDD-NNNC` with 60 added to the day.
    Samordningsnummer(String),
    /// `NNNNNN-NNNN`, third and fourth digits ≥ 20.
    Organisationsnummer(String),
}

/// Why a text is not a valid identity number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum IdNumberProblem {
    /// Not 10 or 12 digits with an optional `-` or `+`.
    #[error("not the form of an identity number")]
    Format,
    /// The date part is not a real date, or lies in the future.
    #[error("the date part is not a valid date")]
    Date,
    /// The birth number is 000.
    #[error("the birth number 000 is not used")]
    BirthNumber,
    /// The check digit does not match (Luhn).
    #[error("the check digit does not match")]
    Checksum,
}

impl IdNumber {
    /// Parses and validates what an officer or a complainant typed. `today` decides the century
    /// of a 10-digit personnummer: `-` means under 100 years old, `+` 100 or older.
    /// An en or em dash (as word processors and Outlook write it) counts as `-`.
    pub fn parse(input: &str, today: NaiveDate) -> Result<IdNumber, IdNumberProblem> {
        let compact: String = input
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| {
                if matches!(c, '\u{2013}' | '\u{2014}') {
                    '-'
                } else {
                    c
                }
            })
            .collect();
        let (digits, sep) = split_separator(&compact)?;
        match digits.len() {
            10 if digits[2..4] >= *"20" => parse_org(&digits),
            12 if digits.starts_with("16") && digits[4..6] >= *"20" => parse_org(&digits[2..]),
            10 => {
                let yy: i32 = digits[..2].parse().map_err(|_| IdNumberProblem::Format)?;
                let century = century_for(yy, sep == Some('+'), today.year());
                parse_person(&format!("{century:02}{digits}"), today)
            }
            12 => parse_person(&digits, today),
            _ => Err(IdNumberProblem::Format),
        }
    }

    /// The canonical form: `19800101-1234` or `556677-8899`.
    pub fn as_str(&self) -> &str {
        match self {
            IdNumber::Personnummer(s)
            | IdNumber::Samordningsnummer(s)
            | IdNumber::Organisationsnummer(s) => s,
        }
    }

    /// True for numbers that identify a natural person.
    pub fn is_personal(&self) -> bool {
        !matches!(self, IdNumber::Organisationsnummer(_))
    }

    /// The 10-digit form `800101-1234`, always with `-` (see [`IdNumber::short_on`] for the
    /// form written on a given day).
    pub fn short(&self) -> String {
        match self {
            IdNumber::Organisationsnummer(s) => s.clone(),
            IdNumber::Personnummer(s) | IdNumber::Samordningsnummer(s) => {
                s.get(2..).unwrap_or(s).to_owned()
            }
        }
    }

    /// The 10-digit form as written on `today`: `800101-1234`, or `121212+1212` from the year
    /// the person turns 100.
    pub fn short_on(&self, today: NaiveDate) -> String {
        let short = self.short();
        if !self.is_personal() || !self.centenarian_on(today) {
            return short;
        }
        short.replacen('-', "+", 1)
    }

    /// The short form on `today` with the last four digits hidden, `800101-XXXX` (`+` for
    /// people 100 or older); organisation numbers are not personal data and stay whole.
    pub fn masked_on(&self, today: NaiveDate) -> String {
        let short = self.short_on(today);
        if !self.is_personal() {
            return short;
        }
        format!("{}XXXX", short.get(..7).unwrap_or_default())
    }

    /// Whether the person turns 100 in `today`'s year or earlier.
    fn centenarian_on(&self, today: NaiveDate) -> bool {
        let born: Option<i32> = self.as_str().get(..4).and_then(|y| y.parse().ok());
        born.is_some_and(|year| today.year() - year >= 100)
    }
}

impl fmt::Display for IdNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

fn split_separator(compact: &str) -> Result<(String, Option<char>), IdNumberProblem> {
    let mut digits = String::with_capacity(12);
    let mut sep = None;
    for (i, c) in compact.chars().enumerate() {
        match c {
            '0'..='9' => digits.push(c),
            // A separator only stands before the last four digits.
            '-' | '+' if sep.is_none() && (i == 6 || i == 8) && compact.len() == i + 5 => {
                sep = Some(c);
            }
            _ => return Err(IdNumberProblem::Format),
        }
    }
    Ok((digits, sep))
}

/// The century of a two-digit birth year: the latest year ending in `yy` not after this year,
/// or at least 100 years back for a `+`.
fn century_for(yy: i32, centenarian: bool, this_year: i32) -> i32 {
    let latest = if centenarian {
        this_year - 100
    } else {
        this_year
    };
    let mut year = latest - (latest.rem_euclid(100)) + yy;
    if year > latest {
        year -= 100;
    }
    year / 100
}

fn parse_person(twelve: &str, today: NaiveDate) -> Result<IdNumber, IdNumberProblem> {
    let long = format!("{}-{}", &twelve[..8], &twelve[8..]);
    let pnr = Personnummer::new(&long).map_err(|e| match e {
        PersonnummerError::InvalidDate => IdNumberProblem::Date,
        PersonnummerError::InvalidInput => IdNumberProblem::Format,
    })?;
    let born =
        NaiveDate::from_ymd_opt(pnr.year(), pnr.month(), pnr.day()).ok_or(IdNumberProblem::Date)?;
    if born > today {
        return Err(IdNumberProblem::Date);
    }
    if pnr.serial() == 0 {
        return Err(IdNumberProblem::BirthNumber);
    }
    // personnummer 3.1 computes a samordningsnummer's check digit over the real birth day; the
    // Swedish Tax Agency computes it over the digits as written (day + 60), so check those.
    let checksum_ok = if pnr.is_coordination_number() {
        luhn_ok(&twelve[2..])
    } else {
        pnr.valid()
    };
    if !checksum_ok {
        return Err(IdNumberProblem::Checksum);
    }
    Ok(if pnr.is_coordination_number() {
        IdNumber::Samordningsnummer(long)
    } else {
        IdNumber::Personnummer(long)
    })
}

/// The Luhn check over ten digits, the last being the check digit.
fn luhn_ok(ten: &str) -> bool {
    let sum: u32 = ten
        .bytes()
        .map(|b| u32::from(b - b'0'))
        .enumerate()
        .map(|(i, d)| if i % 2 == 0 { d * 2 } else { d })
        .map(|v| if v > 9 { v - 9 } else { v })
        .sum();
    ten.len() == 10 && sum.is_multiple_of(10)
}

fn parse_org(ten: &str) -> Result<IdNumber, IdNumberProblem> {
    Organisationsnummer::try_from(ten).map_err(|_| IdNumberProblem::Checksum)?;
    Ok(IdNumber::Organisationsnummer(format!(
        "{}-{}",
        &ten[..6],
        &ten[6..]
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default()
    }

    #[test]
    fn valid_numbers_parse_to_their_canonical_form() {
        let cases = [
            (
                "19811218-9876",
                IdNumber::Personnummer("19811218-9876".into()),
            ),
            (
                "811218-9876",
                IdNumber::Personnummer("19811218-9876".into()),
            ),
            ("8112189876", IdNumber::Personnummer("19811218-9876".into())),
            (
                "198112189876",
                IdNumber::Personnummer("19811218-9876".into()),
            ),
            (
                " 811218 - 9876 ",
                IdNumber::Personnummer("19811218-9876".into()),
            ),
            (
                "640823-3234",
                IdNumber::Personnummer("19640823-3234".into()),
            ),
            // Born 1912: the '+' says over 100.
            (
                "121212+1212",
                IdNumber::Personnummer("19121212-1212".into()),
            ),
            // Without '+' the same digits mean 2012.
            (
                "121212-1212",
                IdNumber::Personnummer("20121212-1212".into()),
            ),
            (
                "701063-2391",
                IdNumber::Samordningsnummer("19701063-2391".into()),
            ),
            (
                "556016-0680",
                IdNumber::Organisationsnummer("556016-0680".into()),
            ),
            (
                "5560160680",
                IdNumber::Organisationsnummer("556016-0680".into()),
            ),
            (
                "165560160680",
                IdNumber::Organisationsnummer("556016-0680".into()),
            ),
            (
                "802002-0114",
                IdNumber::Organisationsnummer("802002-0114".into()),
            ),
        ];
        for (input, expected) in cases {
            assert_eq!(IdNumber::parse(input, today()), Ok(expected), "{input}");
        }
    }

    #[test]
    fn invalid_numbers_name_the_problem() {
        use IdNumberProblem::*;
        let cases = [
            ("", Format),
            ("abc", Format),
            ("81121-9876", Format),
            ("811218-98765", Format),
            ("8112-189876", Format),
            ("811218-9877", Checksum),
            ("19811218-9875", Checksum),
            ("811318-9876", Date),
            ("810230-1234", Date),
            ("20301218-1234", Date),
            ("811218-0000", BirthNumber),
            ("556016-0681", Checksum),
            // The check digit of a samordningsnummer is computed over day + 60.
            ("701063-2394", Checksum),
        ];
        for (input, expected) in cases {
            assert_eq!(IdNumber::parse(input, today()), Err(expected), "{input}");
        }
    }

    #[test]
    fn masking_hides_the_last_four_digits_of_people_only() {
        // (canonical, short form on today, masked on today)
        let table = [
            (
                IdNumber::Personnummer("19811218-9876".into()),
                "811218-9876",
                "811218-XXXX",
            ),
            (
                IdNumber::Samordningsnummer("19701063-2391".into()),
                "701063-2391",
                "701063-XXXX",
            ),
            // Turns 100 in 2026: '+' from that year on.
            (
                IdNumber::Personnummer("19261231-1239".into()),
                "261231+1239",
                "261231+XXXX",
            ),
            (
                IdNumber::Personnummer("19121212-1212".into()),
                "121212+1212",
                "121212+XXXX",
            ),
            (
                IdNumber::Personnummer("19270101-1237".into()),
                "270101-1237",
                "270101-XXXX",
            ),
            (
                IdNumber::Organisationsnummer("556016-0680".into()),
                "556016-0680",
                "556016-0680",
            ),
        ];
        for (id, short, masked) in table {
            assert_eq!(id.short_on(today()), short, "{id}");
            assert_eq!(id.masked_on(today()), masked, "{id}");
            // The short form reads back as the same number.
            assert_eq!(IdNumber::parse(short, today()).as_ref(), Ok(&id), "{id}");
        }
    }

    #[test]
    fn dashes_as_word_processors_write_them_count() {
        for input in ["811218–9876", "811218—9876", "19811218 – 9876"] {
            assert_eq!(
                IdNumber::parse(input, today()),
                Ok(IdNumber::Personnummer("19811218-9876".into())),
                "{input}"
            );
        }
    }

    #[test]
    fn century_rules() {
        let cases = [
            (81, false, 2026, 19),
            (26, false, 2026, 20),
            (27, false, 2026, 19),
            (12, true, 2026, 19),
            (26, true, 2026, 19),
            (27, true, 2026, 18),
        ];
        for (yy, plus, year, expected) in cases {
            assert_eq!(century_for(yy, plus, year), expected, "{yy} {plus} {year}");
        }
    }
}
