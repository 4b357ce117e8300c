//! Numbers in a mail: phone numbers by the Swedish number plan and their cue words, the
//! personnummer that is not one of them, and collection case or reference numbers next to
//! their cue words whatever their check digit.

use std::ops::Range;
use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use crate::domain::{IdNumber, contains_personal_number};

/// A run of digits as people write numbers: groups joined by a space, a dash (with a space
/// either side or none) or a slash; `+46` or `(0)` may stand in it.
static RUN: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"(?:\+\s?)?\(?\d[\d()]*(?:(?:[ \u{a0}]?[-\u{2013}\u{2010}/][ \u{a0}]?|[ \u{a0}])\(?\d[\d()]*)*").ok()
});

/// Ten or twelve digits shaped as an identity number, with `-`, `+` or a dash (en, em) before
/// the last four.
static ID: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"\b(?:\d{6}|\d{8})(?:[ \u{a0}]?[-+\u{2013}\u{2014}][ \u{a0}]?|[ \u{a0}])?\d{4}\b")
        .ok()
});

/// Words that say a number is a phone number (the words before it on its line).
static PHONE_CUE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:tel|telefon\w*|tfn|tlf|mob|mobil\w*|ring\w*|nås|nå|sms\w*|fax|växel|phone|mobile|cell|call)\b").ok()
});

/// Words that say a number is an identity number.
static ID_CUE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:personnummer|personnr|pers\.?\s?nr|\bpnr|\bp-nr|födelsenummer|samordningsnummer|personal identity number|\bfödd\b)").ok()
});

/// How far before a number its cue word may stand, in bytes on the same line.
const CUE_REACH: usize = 40;

/// A number found, where it stands and what it is.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Run {
    text: String,
    at: Range<usize>,
    phone: bool,
}

/// Swedish phone numbers as written, in order, each once.
pub fn phones(text: &str) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    for run in runs(text).into_iter().filter(|r| r.phone) {
        if !found.contains(&run.text) {
            found.push(run.text);
        }
    }
    found
}

/// The first valid personnummer or samordningsnummer in `text` that is neither a phone number
/// nor a reference number written without the personnummer's dash.
pub fn id_number(text: &str, today: NaiveDate, references: &[Range<usize>]) -> Option<IdNumber> {
    let phones: Vec<Range<usize>> = runs(text)
        .into_iter()
        .filter(|r| r.phone)
        .map(|r| r.at)
        .collect();
    let overlaps = |a: &Range<usize>, b: &Range<usize>| a.start < b.end && b.start < a.end;
    ID.as_ref()?.find_iter(text).find_map(|m| {
        let at = m.range();
        let dashed = has_dash(m.as_str());
        if phones.iter().any(|p| overlaps(p, &at))
            || (!dashed && references.iter().any(|r| overlaps(r, &at)))
        {
            return None;
        }
        IdNumber::parse(m.as_str(), today)
            .ok()
            .filter(IdNumber::is_personal)
    })
}

/// Collection case and reference numbers next to their cue words (`pattern`'s first group),
/// whatever their check digit, kept as their digits alone ("4455-2231" and "4455 2231" are
/// both 44552231), each once, with where they stand. Not a personnummer written with its dash
/// next to "referens", nor a date.
pub fn reference_numbers(
    text: &str,
    pattern: &Regex,
    today: NaiveDate,
) -> Vec<(String, Range<usize>)> {
    let mut found: Vec<(String, Range<usize>)> = Vec::new();
    for caps in pattern.captures_iter(text) {
        let Some(m) = caps.get(1) else { continue };
        let end = m.end() + dashed_tail(&text[m.end()..]);
        let written = text[m.start()..end].trim_end();
        let number: String = written.chars().filter(char::is_ascii_digit).collect();
        let personal = has_dash(written) && contains_personal_number(written, today);
        let date = DATE.as_ref().is_some_and(|d| d.is_match(written));
        if number.len() >= 6 && !personal && !date && !found.iter().any(|(n, _)| *n == number) {
            found.push((number, m.start()..end));
        }
    }
    found
}

static DATE: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r"^(?:19|20)\d\d-[01]\d-[0-3]\d$").ok());

/// The length of "-2231" (a dash and digits) right after a number, if any: a pattern that
/// stops at the dash still reads "4455-2231" whole.
fn dashed_tail(after: &str) -> usize {
    let mut chars = after.char_indices();
    match chars.next() {
        Some((_, '-' | '\u{2013}')) => {}
        _ => return 0,
    }
    let digits = chars.take_while(|(_, c)| c.is_ascii_digit()).count();
    if digits == 0 {
        return 0;
    }
    after.chars().next().map_or(0, char::len_utf8) + digits
}

/// A dash or plus before the last four digits, as a personnummer is written.
fn has_dash(s: &str) -> bool {
    let compact: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    let chars: Vec<char> = compact.chars().collect();
    chars.len() >= 5 && matches!(chars[chars.len() - 5], '-' | '+' | '\u{2013}' | '\u{2014}')
}

/// Every run of digits, and whether it is a phone number.
fn runs(text: &str) -> Vec<Run> {
    let Some(pattern) = RUN.as_ref() else {
        return Vec::new();
    };
    pattern
        .find_iter(text)
        .filter(|m| {
            // A whole number: not the end of a word or of a longer number.
            text[..m.start()]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
        })
        .map(|m| {
            let written = m.as_str().trim_end_matches([' ', '-', '/', '(']).trim();
            let before = line_before(text, m.start());
            Run {
                text: written.to_owned(),
                at: m.start()..m.start() + written.len(),
                phone: is_phone(written, before),
            }
        })
        .collect()
}

/// The text before `at` on its line, at most [`CUE_REACH`] bytes.
fn line_before(text: &str, at: usize) -> &str {
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let mut from = at.saturating_sub(CUE_REACH).max(line_start);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    &text[from..at]
}

/// The Swedish number plan: `+46`/`0046` and 7–10 more digits, or `0` and 8–10 digits in all
/// (07x mobile numbers have ten, `08`, `031`, `0910` an area code). A ten-digit number that
/// starts with 0 and is written as a personnummer (six digits, a dash, four) with a plausible
/// birth date is one, unless a phone cue stands before it; an identity cue ("personnummer")
/// makes any such number an identity number.
fn is_phone(written: &str, before: &str) -> bool {
    let digits: String = written.chars().filter(char::is_ascii_digit).collect();
    let cue = |r: &LazyLock<Option<Regex>>| r.as_ref().is_some_and(|r| r.is_match(before));
    if written.starts_with('+') {
        return digits.starts_with("46") && (9..=12).contains(&digits.len());
    }
    if let Some(rest) = digits.strip_prefix("0046") {
        return (7..=10).contains(&rest.len());
    }
    if !digits.starts_with('0') || digits.starts_with("00") || !(8..=10).contains(&digits.len()) {
        return false;
    }
    if cue(&PHONE_CUE) {
        return true;
    }
    if cue(&ID_CUE) {
        return false;
    }
    !(digits.len() == 10 && has_dash(written) && dash_after_date(written) && birth_date(&digits))
}

/// The dash stands after six digits, as in `070123-4569`, not `070-123 45 69`.
fn dash_after_date(written: &str) -> bool {
    let compact: String = written.chars().filter(|c| !c.is_whitespace()).collect();
    compact.chars().take(6).all(|c| c.is_ascii_digit())
        && compact
            .chars()
            .nth(6)
            .is_some_and(|c| matches!(c, '-' | '+' | '\u{2013}' | '\u{2014}'))
}

/// YYMMDD is a date (day + 60 for a samordningsnummer).
fn birth_date(digits: &str) -> bool {
    let n = |r: Range<usize>| digits.get(r).and_then(|s| s.parse::<u32>().ok());
    let (Some(month), Some(day)) = (n(2..4), n(4..6)) else {
        return false;
    };
    (1..=12).contains(&month) && ((1..=31).contains(&day) || (61..=91).contains(&day))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::DEFAULT_REFERENCE_PATTERN;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default()
    }

    fn refs(text: &str) -> Vec<String> {
        let pattern = Regex::new(DEFAULT_REFERENCE_PATTERN).expect("pattern");
        reference_numbers(text, &pattern, today())
            .into_iter()
            .map(|(n, _)| n)
            .collect()
    }

    #[test]
    fn phone_numbers_are_never_personnummer() {
        // (text, phones, personnummer)
        let table: &[(&str, &[&str], Option<&str>)] = &[
            ("Ring mig på 0701234569.", &["0701234569"], None),
            ("Mitt nummer: 0701234569", &["0701234569"], None),
            ("Tel 070-123 45 69", &["070-123 45 69"], None),
            ("mobil 070 123 45 69", &["070 123 45 69"], None),
            ("+46 70 123 45 69", &["+46 70 123 45 69"], None),
            ("+46701234569", &["+46701234569"], None),
            ("0046 70 123 45 69", &["0046 70 123 45 69"], None),
            ("Kontor 08-123 456 78", &["08-123 456 78"], None),
            ("Ring 031-12 34 56", &["031-12 34 56"], None),
            ("Tel: 070123-4569", &["070123-4569"], None),
            ("Jag heter Anna, 070123-4569.", &[], Some("20070123-4569")),
            ("Personnummer 0701234569", &[], Some("20070123-4569")),
            (
                "Pnr 811218-9876, tel 0701234567",
                &["0701234567"],
                Some("19811218-9876"),
            ),
            ("Pnr 811218–9876", &[], Some("19811218-9876")),
            ("Pnr 811218 – 9876", &[], Some("19811218-9876")),
            ("19811218-9876", &[], Some("19811218-9876")),
        ];
        for (text, phones_wanted, id) in table {
            assert_eq!(phones(text), *phones_wanted, "{text}");
            let found = id_number(text, today(), &[]);
            assert_eq!(found.as_ref().map(IdNumber::as_str), *id, "{text}");
        }
    }

    #[test]
    fn reference_numbers_are_kept_whatever_their_checksum() {
        // 8112189876 passes Luhn; next to "OCR" it is a reference.
        let table: &[(&str, &[&str])] = &[
            ("OCR: 8112189876", &["8112189876"]),
            ("OCR-nummer 4007 7442 01", &["4007744201"]),
            ("ert ärendenummer är 4455-2231", &["44552231"]),
            ("Ärende: 55 123 456", &["55123456"]),
            ("Referens 811218-9876", &[]),
            ("Referens 19811218-9876", &[]),
            ("faktura 2026-03-15", &[]),
            (
                "ärendenummer 40077442 och OCR 4007744201",
                &["40077442", "4007744201"],
            ),
            ("Fakturanummer: 123", &[]),
        ];
        for (text, wanted) in table {
            assert_eq!(refs(text), *wanted, "{text}");
        }
        let text = "OCR: 8112189876";
        let pattern = Regex::new(DEFAULT_REFERENCE_PATTERN).expect("pattern");
        let spans: Vec<Range<usize>> = reference_numbers(text, &pattern, today())
            .into_iter()
            .map(|(_, r)| r)
            .collect();
        assert_eq!(
            id_number(text, today(), &spans),
            None,
            "a reference is no personnummer"
        );
    }
}
