//! Amounts of money in whole öre, shown the Swedish way: `1 234,50 kr`.

use std::fmt;

use serde::{Deserialize, Serialize};

/// An amount in öre (1 kr = 100 öre). Never a float.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Money(pub i64);

/// Why a typed amount was not understood.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum MoneyProblem {
    /// Not a number of kronor such as `1 234,50`.
    #[error("not an amount in kronor")]
    Format,
    /// More than two decimals.
    #[error("more than two decimals")]
    Decimals,
    /// Too large to be a real amount.
    #[error("too large")]
    TooLarge,
}

impl Money {
    /// Whole kronor.
    pub const fn kr(kr: i64) -> Money {
        Money(kr * 100)
    }

    /// Parses an amount as a Swede types it: `1234`, `1 234,50`, `1234.5`, `1 234 kr`, `-50`.
    pub fn parse_kr(input: &str) -> Result<Money, MoneyProblem> {
        let t = input.trim();
        let t = t
            .strip_suffix("kr")
            .or_else(|| t.strip_suffix(":-"))
            .unwrap_or(t);
        let cleaned: String = t
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '\u{a0}')
            .collect();
        let (negative, digits) = match cleaned.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, cleaned.as_str()),
        };
        let (whole, frac) = match digits.split_once([',', '.']) {
            Some((w, f)) => (w, f),
            None => (digits, ""),
        };
        let is_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if whole.is_empty() || !is_digits(whole) || !is_digits(frac) {
            return Err(MoneyProblem::Format);
        }
        if frac.len() > 2 {
            return Err(MoneyProblem::Decimals);
        }
        let kr: i64 = whole.parse().map_err(|_| MoneyProblem::TooLarge)?;
        let ore: i64 = format!("{frac:0<2}")
            .parse()
            .map_err(|_| MoneyProblem::Format)?;
        let total = kr
            .checked_mul(100)
            .and_then(|v| v.checked_add(ore))
            .filter(|v| *v <= 1_000_000_000_000)
            .ok_or(MoneyProblem::TooLarge)?;
        Ok(Money(if negative { -total } else { total }))
    }

    /// The amount without the currency: `1 234,50`, or `29 600` when there are no öre.
    pub fn format_number(self) -> String {
        let abs = self.0.unsigned_abs();
        let kr = group_thousands(abs / 100);
        let sign = if self.0 < 0 { "-" } else { "" };
        match abs % 100 {
            0 => format!("{sign}{kr}"),
            ore => format!("{sign}{kr},{ore:02}"),
        }
    }
}

impl fmt::Display for Money {
    /// `1 234,50 kr`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} kr", self.format_number())
    }
}

fn group_thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(' ');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_the_swedish_way() {
        let cases = [
            (0, "0 kr"),
            (5, "0,05 kr"),
            (100, "1 kr"),
            (123_450, "1 234,50 kr"),
            (2_960_000, "29 600 kr"),
            (100_000_000, "1 000 000 kr"),
            (-18_000, "-180 kr"),
            (99_999, "999,99 kr"),
        ];
        for (ore, text) in cases {
            assert_eq!(Money(ore).to_string(), text);
        }
    }

    #[test]
    fn parses_what_people_type() {
        let ok = [
            ("1234", 123_400),
            ("1 234,50", 123_450),
            ("1\u{a0}234,5", 123_450),
            ("1234.05", 123_405),
            ("29 600 kr", 2_960_000),
            ("180:-", 18_000),
            ("-50", -5_000),
            ("0,5", 50),
        ];
        for (text, ore) in ok {
            assert_eq!(Money::parse_kr(text), Ok(Money(ore)), "{text}");
        }
        let bad = [
            ("", MoneyProblem::Format),
            ("abc", MoneyProblem::Format),
            ("12,3,4", MoneyProblem::Format),
            (",50", MoneyProblem::Format),
            ("1,234", MoneyProblem::Decimals),
            ("99999999999999999999", MoneyProblem::TooLarge),
        ];
        for (text, problem) in bad {
            assert_eq!(Money::parse_kr(text), Err(problem), "{text}");
        }
    }
}
