//! What a complaint mail says about itself: identity number, collection case numbers, phone
//! numbers, language, and which kind of case it probably is (with the phrase that says so).

use chrono::NaiveDate;
use regex::Regex;

use crate::domain::{CaseKind, IdNumber, Language};

pub use crate::domain::DEFAULT_REFERENCE_PATTERN;

/// Phrases that point at an objection to the debt itself.
const OBJECTION: &[&str] = &[
    "inte beställt",
    "aldrig beställt",
    "har inte beställt",
    "bestrider",
    "bestrida",
    "redan betalat",
    "redan betald",
    "är betald",
    "inte min skuld",
    "inte min faktura",
    "felaktigt krav",
    "identitetsstöld",
    "aldrig fått någon faktura",
    "never ordered",
    "already paid",
    "not my debt",
    "dispute the debt",
    "i dispute",
];

/// Phrases that point at a request about personal data (GDPR).
const PERSONAL_DATA: &[&str] = &[
    "registerutdrag",
    "radera mina",
    "radera alla",
    "raderas",
    "radering",
    "gdpr",
    "dataskydd",
    "personuppgifter",
    "bli glömd",
    "rätt till tillgång",
    "access request",
    "erase my",
    "delete my data",
    "right to be forgotten",
];

const SWEDISH_WORDS: &[&str] = &[
    "och", "att", "jag", "det", "inte", "för", "har", "är", "som", "med", "på", "ni", "vi",
];
const ENGLISH_WORDS: &[&str] = &[
    "the", "and", "to", "is", "not", "have", "for", "my", "you", "with", "that", "was", "i",
];

/// What a mail's text suggests, for the officer to confirm.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prefill {
    /// The first personnummer, samordningsnummer or organisationsnummer in the text that validates.
    pub id_number: Option<IdNumber>,
    /// Collection case or reference numbers found next to their keyword.
    pub debt_case_numbers: Vec<String>,
    /// Swedish phone numbers.
    pub phones: Vec<String>,
    /// English when the text is English, otherwise Swedish.
    pub language: Language,
    /// The suggested kind of case.
    pub kind: CaseKind,
    /// The phrase that suggested it (none for an ordinary complaint).
    pub phrase: Option<String>,
}

/// Reads a mail's subject and text for what can be filled in.
pub fn prefill(subject: &str, text: &str, today: NaiveDate, references: Option<&Regex>) -> Prefill {
    let all = format!("{subject}\n{text}");
    let (kind, phrase) = suggest_kind(&all);
    Prefill {
        id_number: id_number(&all, today),
        debt_case_numbers: references
            .map(|r| reference_numbers(&all, r))
            .unwrap_or_default(),
        phones: phones(&all),
        language: language(&all),
        kind,
        phrase,
    }
}

/// The reference pattern, or the default when the setting does not compile.
pub fn reference_regex(pattern: &str) -> Option<Regex> {
    Regex::new(pattern)
        .or_else(|_| Regex::new(DEFAULT_REFERENCE_PATTERN))
        .ok()
}

/// The kind suggested by the phrases found, with the first phrase that decided it.
pub fn suggest_kind(text: &str) -> (CaseKind, Option<String>) {
    let lower = text.to_lowercase();
    let first = |phrases: &[&'static str]| -> Option<(usize, &'static str)> {
        phrases
            .iter()
            .filter_map(|p| lower.find(p).map(|i| (i, *p)))
            .min()
    };
    let count = |phrases: &[&'static str]| phrases.iter().filter(|p| lower.contains(*p)).count();
    match (first(PERSONAL_DATA), first(OBJECTION)) {
        (Some((_, p)), Some(_)) if count(PERSONAL_DATA) >= count(OBJECTION) => {
            (CaseKind::PersonalData, Some(p.to_owned()))
        }
        (Some((_, p)), None) => (CaseKind::PersonalData, Some(p.to_owned())),
        (_, Some((_, p))) => (CaseKind::Objection, Some(p.to_owned())),
        (None, None) => (CaseKind::Complaint, None),
    }
}

fn id_number(text: &str, today: NaiveDate) -> Option<IdNumber> {
    let candidates = Regex::new(r"\b(\d{6}|\d{8})\s?[-+]?\s?\d{4}\b").ok()?;
    candidates.find_iter(text).find_map(|m| {
        IdNumber::parse(m.as_str(), today)
            .ok()
            .filter(IdNumber::is_personal)
    })
}

fn reference_numbers(text: &str, pattern: &Regex) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    for caps in pattern.captures_iter(text) {
        let Some(m) = caps.get(1) else { continue };
        let number: String = m.as_str().chars().filter(char::is_ascii_digit).collect();
        // Not a personnummer written next to "referens": its birth date is followed by -NNNN.
        let after = &text[m.end()..];
        let tail = after.as_bytes();
        let birth_date = tail.len() >= 5
            && matches!(tail[0], b'-' | b'+')
            && tail[1..5].iter().all(u8::is_ascii_digit);
        let looks_personal =
            birth_date || (number.len() >= 10 && IdNumber::parse(&number, NaiveDate::MAX).is_ok());
        if number.len() >= 6 && !looks_personal && !found.contains(&number) {
            found.push(number);
        }
    }
    found
}

fn phones(text: &str) -> Vec<String> {
    let Ok(pattern) = Regex::new(r"(?:\+46|\b0)(?:[\s-]?\d){7,11}\b") else {
        return Vec::new();
    };
    let mut found: Vec<String> = Vec::new();
    for m in pattern.find_iter(text) {
        let phone = m.as_str().trim().to_owned();
        let digits = phone.chars().filter(char::is_ascii_digit).count();
        if (8..=12).contains(&digits) && !found.contains(&phone) {
            found.push(phone);
        }
    }
    found
}

fn language(text: &str) -> Language {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    let hits = |list: &[&str]| words.iter().filter(|w| list.contains(w)).count();
    if hits(ENGLISH_WORDS) > hits(SWEDISH_WORDS) * 2 {
        Language::En
    } else {
        Language::Sv
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default()
    }

    #[test]
    fn finds_what_a_complainant_writes() {
        let text = "Hej! Mitt personnummer är 811218-9876 och ärendenummer 40077442. OCR: 4007 7442 01. \
                    Ring mig på 070-123 45 67. Referens 19811218-9876.";
        let p = prefill(
            "Klagomål",
            text,
            today(),
            reference_regex(DEFAULT_REFERENCE_PATTERN).as_ref(),
        );
        assert_eq!(
            p.id_number,
            Some(IdNumber::Personnummer("19811218-9876".into()))
        );
        assert_eq!(p.debt_case_numbers, ["40077442", "4007744201"]);
        assert_eq!(p.phones, ["070-123 45 67"]);
        assert_eq!(p.language, Language::Sv);
        assert_eq!((p.kind, p.phrase), (CaseKind::Complaint, None));
    }

    #[test]
    fn an_invalid_personnummer_is_not_taken() {
        let p = prefill(
            "",
            "Personnummer 811218-9877",
            today(),
            reference_regex(DEFAULT_REFERENCE_PATTERN).as_ref(),
        );
        assert_eq!(p.id_number, None);
    }

    #[test]
    fn kinds_are_suggested_with_their_phrase() {
        let table = [
            (
                "Jag har aldrig beställt något från er.",
                CaseKind::Objection,
                Some("aldrig beställt"),
            ),
            (
                "Jag BESTRIDER kravet.",
                CaseKind::Objection,
                Some("bestrider"),
            ),
            (
                "Skulden är redan betald sedan mars.",
                CaseKind::Objection,
                Some("redan betald"),
            ),
            (
                "Jag vill ha ett registerutdrag enligt GDPR.",
                CaseKind::PersonalData,
                Some("registerutdrag"),
            ),
            (
                "Please delete my data.",
                CaseKind::PersonalData,
                Some("delete my data"),
            ),
            (
                "Er handläggare var otrevlig i telefon.",
                CaseKind::Complaint,
                None,
            ),
        ];
        for (text, kind, phrase) in table {
            assert_eq!(
                suggest_kind(text),
                (kind, phrase.map(str::to_owned)),
                "{text}"
            );
        }
    }

    #[test]
    fn english_is_recognised() {
        let en = "I have received a letter that I do not understand and I want my money back. The fee is not fair.";
        assert_eq!(language(en), Language::En);
        assert_eq!(
            language("Jag har fått ett brev som jag inte förstår."),
            Language::Sv
        );
    }

    #[test]
    fn a_bad_pattern_falls_back_to_the_default() {
        let r = reference_regex("(unclosed").expect("the default");
        assert_eq!(reference_numbers("ärende 1234567", &r), ["1234567"]);
    }
}
