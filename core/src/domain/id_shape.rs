//! Numbers in free text shaped like a personnummer, valid or not, and masking them.

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use regex::{Captures, Regex};

/// Ten or twelve digits: a date part of six or eight digits, an optional separator (`-`, `+`,
/// an en or em dash, each with a space either side, or a space alone), then four digits. A
/// longer run of digits is not matched: the word boundaries keep OCR numbers whole.
static PATTERN: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"\b([0-9]{8}|[0-9]{6})(?:\s?([-+\x{2013}\x{2014}])\s?|[ \x{a0}])?[0-9]{4}\b").ok()
});

/// Replaces every number shaped like a personnummer or samordningsnummer with its masked short
/// form, `811218-XXXX`, whether its check digit is right or not: a mistyped number is personal
/// data all the same. The shape is a plausible date (month 01–12, day 01–31, or 61–91 for a
/// samordningsnummer; a 12-digit year from 1800 to `today`'s year) before the last four
/// digits; organisation numbers (month ≥ 20) and digits without a date shape stay. The
/// separator is `+` for a person 100 or older (written `+`, or a 12-digit year 100 years back),
/// otherwise `-`.
pub fn mask_personal_numbers(text: &str, today: NaiveDate) -> String {
    let Some(pattern) = PATTERN.as_ref() else {
        return text.to_owned();
    };
    pattern
        .replace_all(text, |caps: &Captures<'_>| {
            let date = &caps[1];
            let written_plus = caps.get(2).is_some_and(|s| s.as_str() == "+");
            masked(date, written_plus, today).unwrap_or_else(|| caps[0].to_owned())
        })
        .into_owned()
}

/// Whether a text holds a number shaped like a personnummer (see [`mask_personal_numbers`]).
pub fn contains_personal_number(text: &str, today: NaiveDate) -> bool {
    mask_personal_numbers(text, today) != text
}

/// The masked short form of a date part, or `None` when it has no date shape.
fn masked(date: &str, written_plus: bool, today: NaiveDate) -> Option<String> {
    let (year, short) = match date.len() {
        8 => (Some(number(&date[..4])?), &date[2..]),
        _ => (None, date),
    };
    let month = number(&short[2..4])?;
    let day = number(&short[4..6])?;
    let day_ok = (1..=31).contains(&day) || (61..=91).contains(&day);
    if !(1..=12).contains(&month) || !day_ok {
        return None;
    }
    let centenarian = match year {
        Some(y) if !(1800..=today.year()).contains(&y) => return None,
        Some(y) => today.year() - y >= 100,
        None => written_plus,
    };
    let sep = if centenarian { '+' } else { '-' };
    Some(format!("{short}{sep}XXXX"))
}

fn number(digits: &str) -> Option<i32> {
    digits.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default()
    }

    #[test]
    fn numbers_shaped_like_a_personnummer_are_masked() {
        // (text, masked)
        let table = [
            ("pnr 811218-9876.", "pnr 811218-XXXX."),
            ("811218–9876 (en dash)", "811218-XXXX (en dash)"),
            ("811218—9876 (em dash)", "811218-XXXX (em dash)"),
            ("811218 – 9876", "811218-XXXX"),
            ("811218 9876", "811218-XXXX"),
            ("811218\u{a0}9876", "811218-XXXX"),
            ("8112189876", "811218-XXXX"),
            (
                "811218-9877 invalid check digit",
                "811218-XXXX invalid check digit",
            ),
            (
                "811218-0000 birth number 000",
                "811218-XXXX birth number 000",
            ),
            ("19811218-9876", "811218-XXXX"),
            ("198112189876", "811218-XXXX"),
            ("19811218–9875", "811218-XXXX"),
            (
                "701063-2391 samordningsnummer",
                "701063-XXXX samordningsnummer",
            ),
            (
                "701063-2394 with a wrong check",
                "701063-XXXX with a wrong check",
            ),
            ("810230-1234 (no such day)", "810230-XXXX (no such day)"),
            // Over 100: written with '+', or a 12-digit year a hundred years back.
            ("121212+1212", "121212+XXXX"),
            ("19121212-1212", "121212+XXXX"),
            ("192612241234", "261224+XXXX"),
            ("19271224-1234", "271224-XXXX"),
            // A mobile number written without spaces can have the shape too: masking it is the
            // safe side (written as people write them, below, they stay).
            ("0701234567", "070123-XXXX"),
            ("(811218-9876)", "(811218-XXXX)"),
            ("a,811218-9876,b", "a,811218-XXXX,b"),
            (
                "two: 811218-9876 and 19640823-3234",
                "two: 811218-XXXX and 640823-XXXX",
            ),
        ];
        for (text, expected) in table {
            assert_eq!(mask_personal_numbers(text, today()), expected, "{text}");
            assert!(contains_personal_number(text, today()), "{text}");
        }
    }

    #[test]
    fn numbers_without_the_shape_stay() {
        let table = [
            "Beloppet är 1 234,50 kr, totalt 12 345 678 kr.",
            "Ring 070-123 45 67 eller 08-123 456 78.",
            "+46 70 123 45 67",
            "070-1234567",
            // OCR and reference numbers: longer runs, or no date shape.
            "OCR 4711234567890",
            "OCR 12345678901234",
            "OCR 5512345678",
            "Faktura 1234567890",
            "Datum 2026-11-30 och 20261130",
            "Ärende K-2026-00042, inkassoärende 40077442",
            // Organisation numbers are not personal data.
            "Org.nr 556016-0680 och 5560160680 och 165560160680",
            // Month 13, day 00, day 32 and day 92 have no date shape.
            "811318-9876 810100-1234 810132-1234 810192-1234",
            // A 12-digit year outside 1800..=this year.
            "17811218-9876 20301218-1234",
            "Already masked: 811218-XXXX",
            "Glued to letters: AB8112189876",
        ];
        for text in table {
            assert_eq!(mask_personal_numbers(text, today()), text, "{text}");
            assert!(!contains_personal_number(text, today()), "{text}");
        }
    }
}
