//! What a complaint mail says about itself: identity number, collection case numbers, phone
//! numbers, postal address, language, and which kind and category of case it probably is (with
//! the words that say so). The mail is read as an officer reads it first ([`super::reading`]):
//! quotes, footers and (for the kind) the signature count for nothing.

use chrono::NaiveDate;
use regex::Regex;

use super::ParsedMail;
use super::reading;
use super::{address, classify, numbers};
use crate::domain::{Address, IdNumber, Language, PREVIOUS_REFERENCE_PATTERNS, Suggestion};

pub use crate::domain::DEFAULT_REFERENCE_PATTERN;

const SWEDISH_WORDS: &[&str] = &[
    "och", "att", "jag", "det", "inte", "för", "har", "är", "som", "med", "på", "ni", "vi",
];
const ENGLISH_WORDS: &[&str] = &[
    "the", "and", "to", "is", "not", "have", "for", "my", "you", "with", "that", "was", "i",
];

/// What a mail's text suggests, for the officer to confirm.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prefill {
    /// The first valid personnummer or samordningsnummer in the writer's own text and
    /// signature that is not a phone or reference number.
    pub id_number: Option<IdNumber>,
    /// Collection case or reference numbers found next to their cue words, as digits alone
    /// ("4455-2231" and "55 123 456" are kept as 44552231 and 55123456), whatever their check
    /// digit: first those in the writer's text, then those in quoted letters.
    pub debt_case_numbers: Vec<String>,
    /// Swedish phone numbers in the writer's text and signature, as written.
    pub phones: Vec<String>,
    /// The postal address in the signature, the letter head or a labelled line.
    pub address: Option<Address>,
    /// English when the text is English, otherwise Swedish.
    pub language: Language,
    /// The suggested kind and category, with the words that suggested them.
    pub suggestion: Suggestion,
}

/// Reads a mail's subject and text for what can be filled in.
pub fn prefill(subject: &str, text: &str, today: NaiveDate, references: Option<&Regex>) -> Prefill {
    let reading = reading::read(subject, text);
    let own = format!("{subject}\n{}\n{}", reading.new_text, reading.signature);
    let mut found = references
        .map(|r| numbers::reference_numbers(&own, r, today))
        .unwrap_or_default();
    if let Some(r) = references {
        for (number, _) in numbers::reference_numbers(&reading.quoted, r, today) {
            if !found.iter().any(|(n, _)| *n == number) {
                found.push((number, 0..0));
            }
        }
    }
    let spans: Vec<_> = found.iter().map(|(_, at)| at.clone()).collect();
    Prefill {
        id_number: numbers::id_number(&own, today, &spans),
        debt_case_numbers: found.into_iter().map(|(n, _)| n).collect(),
        phones: numbers::phones(&own),
        address: address::address(&reading),
        language: language(&format!("{subject}\n{}", reading.new_text)),
        suggestion: classify::suggest(subject, &reading.new_text),
    }
}

/// What a parsed mail suggests: the import's reading of its subject and text.
pub fn prefill_mail(mail: &ParsedMail, today: NaiveDate, references: Option<&Regex>) -> Prefill {
    prefill(&mail.subject, &mail.text, today, references)
}

/// The kind and category a mail suggests, from its subject and the writer's own new text.
pub fn suggest(subject: &str, text: &str) -> Suggestion {
    classify::suggest(subject, &reading::read(subject, text).new_text)
}

/// The reference pattern, or the default when the setting does not compile (or is an earlier
/// default, which the current one replaces).
pub fn reference_regex(pattern: &str) -> Option<Regex> {
    let pattern = match PREVIOUS_REFERENCE_PATTERNS.contains(&pattern) {
        true => DEFAULT_REFERENCE_PATTERN,
        false => pattern,
    };
    Regex::new(pattern)
        .or_else(|_| Regex::new(DEFAULT_REFERENCE_PATTERN))
        .ok()
}

fn language(text: &str) -> Language {
    let lower = reading::within(text, 64 * 1024).to_lowercase();
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
    use crate::domain::{CaseKind, Category};

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default()
    }

    fn read(subject: &str, text: &str) -> Prefill {
        prefill(
            subject,
            text,
            today(),
            reference_regex(DEFAULT_REFERENCE_PATTERN).as_ref(),
        )
    }

    #[test]
    fn finds_what_a_complainant_writes() {
        let text = "Hej! Mitt personnummer är 811218-9876 och ärendenummer 40077442. OCR: 4007 7442 01. \
                    Ring mig på 070-123 45 67. Referens 19811218-9876.";
        let p = read("Klagomål", text);
        assert_eq!(
            p.id_number,
            Some(IdNumber::Personnummer("19811218-9876".into()))
        );
        assert_eq!(p.debt_case_numbers, ["40077442", "4007744201"]);
        assert_eq!(p.phones, ["070-123 45 67"]);
        assert_eq!(p.language, Language::Sv);
        assert_eq!(p.suggestion.kind, CaseKind::Complaint);
    }

    #[test]
    fn what_the_issue_found_wrong_is_read_right() {
        let p = read(
            "Klagomål",
            "Hej!\n\nRing mig på 0701234569. OCR: 8112189876, ert ärendenummer är 4455-2231.\n\nMvh\nAnna Svensson\nStorgatan 12\n123 45 Västerås",
        );
        assert_eq!(p.id_number, None, "a mobile number is no personnummer");
        assert_eq!(p.phones, ["0701234569"]);
        assert_eq!(p.debt_case_numbers, ["8112189876", "44552231"]);
        let a = p.address.expect("the signature's address");
        assert_eq!(
            (a.street.as_str(), a.postal_code.as_str(), a.city.as_str()),
            ("Storgatan 12", "123 45", "Västerås")
        );
    }

    #[test]
    fn quoted_letters_give_their_numbers_but_not_their_phones_or_kind() {
        let p = read(
            "Sv: Inkassokrav",
            "Er handläggare var otrevlig.\n\nDen 10 mars 2026 skrev Inkasso AB <info@inkasso.example.com>:\n> Ärendenummer 55501234. Om du bestrider kravet, ring 08-123 456 78.",
        );
        assert_eq!(p.debt_case_numbers, ["55501234"]);
        assert!(p.phones.is_empty(), "{:?}", p.phones);
        assert_eq!(
            (p.suggestion.kind, p.suggestion.category),
            (CaseKind::Complaint, Some(Category::Treatment))
        );
        assert_eq!(p.suggestion.phrase.as_deref(), Some("otrevlig"));
    }

    #[test]
    fn an_invalid_personnummer_is_not_taken() {
        assert_eq!(read("", "Personnummer 811218-9877").id_number, None);
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
        let found: Vec<String> = numbers::reference_numbers("ärende 1234567", &r, today())
            .into_iter()
            .map(|(n, _)| n)
            .collect();
        assert_eq!(found, ["1234567"]);
    }

    #[test]
    fn bad_input_does_not_panic() {
        let huge = format!(
            "{}\nMvh Anna",
            "Avgiften är orimlig 0701234569 ".repeat(50_000)
        );
        for text in ["", " ", "> bara citat", "\u{0}\u{1}", "å", &huge] {
            let p = read("", text);
            assert!(p.debt_case_numbers.len() < 100);
        }
    }
}
