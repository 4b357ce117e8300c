//! Case numbers such as `K-2026-00042`: shown, parsed and stored as that text.

use std::fmt;
use std::str::FromStr;
use std::sync::LazyLock;

use regex::Regex;
use serde::{Deserialize, Serialize};

/// A case number such as `K-2026-00042`: the year of receipt and a sequence within that year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CaseNumber {
    /// The year the complaint was received.
    pub year: i32,
    /// The running number within the year, from 1.
    pub seq: u32,
}

/// Text that is not a case number of the form `K-2026-00042`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a case number: `{0}`")]
pub struct CaseNumberError(pub String);

impl fmt::Display for CaseNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "K-{:04}-{:05}", self.year, self.seq)
    }
}

impl FromStr for CaseNumber {
    type Err = CaseNumberError;

    /// Accepts `K-2026-00042`, case-insensitively and with surrounding space; the sequence may
    /// have fewer or more than five digits.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || CaseNumberError(s.to_owned());
        let trimmed = s.trim();
        let rest = trimmed
            .strip_prefix('K')
            .or_else(|| trimmed.strip_prefix('k'))
            .and_then(|r| r.strip_prefix('-'))
            .ok_or_else(err)?;
        let (year, seq) = rest.split_once('-').ok_or_else(err)?;
        let all_digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
        if year.len() != 4 || !all_digits(year) || !all_digits(seq) {
            return Err(err());
        }
        let year = year.parse().map_err(|_| err())?;
        let seq: u32 = seq.parse().map_err(|_| err())?;
        if seq == 0 {
            return Err(err());
        }
        Ok(CaseNumber { year, seq })
    }
}

impl CaseNumber {
    /// The first case number written in `text` ("Sv: Ert ärende k-2026-00042"), as a whole
    /// word, in any case.
    pub fn find_in(text: &str) -> Option<CaseNumber> {
        static PATTERN: LazyLock<Option<Regex>> =
            LazyLock::new(|| Regex::new(r"(?i)\bK-\d{4}-\d{1,9}\b").ok());
        PATTERN
            .as_ref()?
            .find_iter(text)
            .find_map(|m| m.as_str().parse().ok())
    }
}

impl Serialize for CaseNumber {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for CaseNumber {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_case_number_is_found_in_running_text() {
        let k42 = Some(CaseNumber {
            year: 2026,
            seq: 42,
        });
        let cases = [
            ("Sv: Ert ärende K-2026-00042", k42),
            ("sv: k-2026-42 igen", k42),
            ("K-2026-00042 och K-2026-00043", k42),
            ("Ärende XK-2026-00042", None),
            ("K-2026-0004212345678", None),
            ("Faktura 2026-00042", None),
            ("", None),
        ];
        for (text, want) in cases {
            assert_eq!(CaseNumber::find_in(text), want, "{text}");
        }
    }

    #[test]
    fn case_numbers_format_and_parse() {
        let n = CaseNumber {
            year: 2026,
            seq: 42,
        };
        assert_eq!(n.to_string(), "K-2026-00042");
        let ok = [
            ("K-2026-00042", (2026, 42)),
            (" k-2026-00042 ", (2026, 42)),
            ("K-2026-123456", (2026, 123_456)),
            ("K-1999-7", (1999, 7)),
        ];
        for (text, (year, seq)) in ok {
            assert_eq!(
                text.parse::<CaseNumber>(),
                Ok(CaseNumber { year, seq }),
                "{text}"
            );
        }
        for bad in [
            "",
            "K-2026",
            "K-26-00042",
            "X-2026-00042",
            "K-2026-",
            "K-2026-00000",
            "K-2026-0004a",
            "K2026-00042",
        ] {
            assert!(bad.parse::<CaseNumber>().is_err(), "{bad}");
        }
    }
}
