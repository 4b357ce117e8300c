//! The complainant's postal address, where people write it: in the signature, in the letter
//! head above the greeting, or on a line of its own ("Adress: …"). Not from the body's
//! sentences, quotes or footers, and not when someone writes for the complainant (the address
//! in a representative's signature is theirs).

use std::sync::LazyLock;

use regex::Regex;

use super::reading::Reading;
use crate::domain::Address;

/// `123 45 Västerås`, `12345 VÄSTERÅS`, `SE-123 45 Västerås`.
static POSTCODE_TOWN: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"^(?:SE|S)?-?\s?(\d{3})\s?(\d{2})\s+(\p{Lu}[\p{L}\-]*(?:\s[\p{L}\-]+){0,2})\s*$")
        .ok()
});

/// `Storgatan 12`, `Sankt Eriksgatan 5A 3 tr`, `Gamla vägen 3 lgh 1102`, `Box 123`.
static STREET: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:c/o\s[^,]+,\s*)?(?:\p{L}[\p{L}\.\-]*\s){1,3}\d{1,4}\s?[a-z]?(?:\s*,?\s*(?:lgh|lägenhet|tr|trappor|nb|bv|vån|\d)\.?\s*\d*)*|(?:box|postbox|pl|postfack)\s?\d{1,6})$").ok()
});

/// "Adress: …", "Min nya adress är …", "Address: …".
static LABEL: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:min\s+|mina\s+|ny\s+|nya\s+|min nya\s+)?(?:post)?(?:adress|address)(?:en)?\s*(?:är|is)?\s*[:\-]?\s*(.+)$").ok()
});

/// Words that say someone writes for the complainant.
static REPRESENTATIVE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:ombud|fullmakt|min klient|vår klient|min huvudman|vår huvudman|god man|förvaltare|on behalf of|my client|our client|power of attorney)\b").ok()
});

/// Street words written in lower case inside a street name ("Gamla vägen").
const STREET_WORDS: &[&str] = &[
    "vägen", "väg", "gatan", "gata", "gränd", "gränden", "torg", "torget", "stig", "stigen",
    "backe", "backen", "allé", "allén", "plan", "gård", "gården", "väg.", "g.",
];

/// The address in the signature, the letter head or a labelled line of the new text.
pub fn address(reading: &Reading) -> Option<Address> {
    if REPRESENTATIVE
        .as_ref()
        .is_some_and(|r| r.is_match(&reading.new_text))
    {
        return None;
    }
    let head = reading.new_text.split("\n\n").next().unwrap_or_default();
    let labelled: Vec<&str> = reading
        .new_text
        .lines()
        .filter_map(|l| LABEL.as_ref()?.captures(l)?.get(1).map(|m| m.as_str()))
        .collect();
    find(&reading.signature)
        .or_else(|| labelled.iter().find_map(|l| find(l)))
        .or_else(|| letter_head(head).then(|| find(head)).flatten())
}

/// A first paragraph of a few short lines, as a letter's head is written.
fn letter_head(paragraph: &str) -> bool {
    paragraph.lines().count() <= 6 && paragraph.lines().all(|l| l.trim().chars().count() <= 50)
}

/// A street line followed by a postcode-and-town line (or both on one line, split by a comma
/// or a slash).
fn find(block: &str) -> Option<Address> {
    let segments: Vec<&str> = block
        .lines()
        .flat_map(|l| l.split([',', '/', '|']))
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    for (i, segment) in segments.iter().enumerate() {
        let Some(caps) = POSTCODE_TOWN.as_ref().and_then(|r| r.captures(segment)) else {
            continue;
        };
        let Some(street) = i
            .checked_sub(1)
            .map(|j| segments[j])
            .filter(|s| is_street(s))
        else {
            continue;
        };
        return Some(Address {
            street: street.to_owned(),
            postal_code: format!("{} {}", &caps[1], &caps[2]),
            city: caps[3].trim().to_owned(),
            country: String::new(),
        });
    }
    None
}

/// A street and number, or a box: each word before the number capitalised or a street word.
fn is_street(segment: &str) -> bool {
    if !STREET.as_ref().is_some_and(|r| r.is_match(segment)) {
        return false;
    }
    let lower = segment.to_lowercase();
    if ["box", "postbox", "pl", "postfack", "c/o"]
        .iter()
        .any(|b| lower.starts_with(b))
    {
        return true;
    }
    segment
        .split_whitespace()
        .take_while(|w| !w.starts_with(|c: char| c.is_ascii_digit()))
        .all(|w| w.starts_with(char::is_uppercase) || STREET_WORDS.contains(&w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::intake::reading::read;

    /// Street, postcode and town.
    type Found = Option<(String, String, String)>;

    fn found(text: &str) -> Found {
        address(&read("", text)).map(|a| (a.street, a.postal_code, a.city))
    }

    fn addr(street: &str, code: &str, city: &str) -> Found {
        Some((street.into(), code.into(), city.into()))
    }

    #[test]
    fn the_signature_address_is_found() {
        let table: &[(&str, Found)] = &[
            (
                "Avgiften är fel.\n\nMvh\nAnna Svensson\nStorgatan 12\n123 45 Västerås",
                addr("Storgatan 12", "123 45", "Västerås"),
            ),
            (
                "Avgiften är fel.\n\nMvh\nAnna Svensson\nStorgatan 12 / 123 45 Västerås",
                addr("Storgatan 12", "123 45", "Västerås"),
            ),
            (
                "Avgiften är fel.\n\nMed vänlig hälsning\nPer\nGamla vägen 3 lgh 1102, 12345 VÄSTERÅS\n070-123 45 69",
                addr("Gamla vägen 3 lgh 1102", "123 45", "VÄSTERÅS"),
            ),
            (
                "Avgiften är fel.\n\nHälsningar\nFöretaget AB\nBox 123\nSE-111 22 Stockholm",
                addr("Box 123", "111 22", "Stockholm"),
            ),
            (
                "Anna Svensson\nSankt Eriksgatan 5A\n113 43 Stockholm\n\nHej! Avgiften är fel.",
                addr("Sankt Eriksgatan 5A", "113 43", "Stockholm"),
            ),
            (
                "Hej!\n\nAvgiften är fel.\nAdress: Storgatan 12, 123 45 Västerås\n\nTack",
                addr("Storgatan 12", "123 45", "Västerås"),
            ),
            (
                "Hej! Ert brev gick till Storgatan 12, 123 45 Västerås fast jag har flyttat.\n\nMvh Anna",
                None,
            ),
            (
                "Jag skriver som ombud för min klient.\n\nMvh\nAdvokat Berg\nStorgatan 12\n123 45 Västerås",
                None,
            ),
            ("Mvh\nAnna\nTel 070-123 45 67", None),
        ];
        for (text, wanted) in table {
            assert_eq!(found(text), *wanted, "{text}");
        }
    }

    #[test]
    fn a_quoted_address_is_not_the_complainants() {
        let text = "Jag klagar.\n\nDen 10 mars 2026 skrev Inkasso AB <a@b.se>:\n> Inkasso AB\n> Box 123\n> 111 22 Stockholm";
        assert_eq!(found(text), None);
    }
}
