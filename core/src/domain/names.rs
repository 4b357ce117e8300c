//! What a letter may greet and quote: a person's name only when it is one (not an e-mail
//! address, not a firm), and a subject without the reply prefixes mail programs add.

/// A name that reads as a person's: first name(s) and surname, in the order they are spoken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonName {
    /// The first given name, for "Hej Anna".
    pub first: String,
    /// The whole name, "Anna Svensson" (also from "Svensson, Anna").
    pub full: String,
}

/// Parts of words that show a name belongs to a firm, an authority or an estate.
const NOT_A_PERSON: [&str; 21] = [
    "byrå",
    "firma",
    "advokat",
    "bolag",
    "kommun",
    "förening",
    "stiftelse",
    "dödsbo",
    "region",
    "myndighet",
    "kundtjänst",
    "kundservice",
    "ekonomi",
    "inkasso",
    "juridik",
    "konsult",
    "försäkring",
    "group",
    "service",
    "support",
    "info",
];

/// Whole words that mark a company form or a public body ("ek." with its dot: Ek is a surname).
const COMPANY_FORMS: [&str; 18] = [
    "ab", "hb", "kb", "ek.", "för", "publ", "brf", "co", "ltd", "inc", "llc", "gmbh", "oy", "as",
    "asa", "plc", "stad", "bank",
];

/// The name as a person's name, or `None` when it is empty, an e-mail address, a firm, or not
/// clearly a first name and a surname ("Svensson, Anna" is read as "Anna Svensson").
pub fn person_name(name: &str) -> Option<PersonName> {
    let name = name.trim().trim_matches(['"', '\'']).trim();
    let spoken = match name.split_once(',') {
        Some((surname, given)) if !given.contains(',') => format!("{} {}", given.trim(), surname),
        Some(_) => return None,
        None => name.to_owned(),
    };
    let words: Vec<&str> = spoken.split_whitespace().collect();
    if words.len() < 2 || !words.iter().all(|w| is_name_word(w)) {
        return None;
    }
    let first = words[0];
    if first.chars().filter(|c| c.is_alphabetic()).count() < 2 || first.ends_with('.') {
        return None;
    }
    Some(PersonName {
        first: first.to_owned(),
        full: words.join(" "),
    })
}

/// A word of a person's name: a capital, then letters, hyphens and apostrophes, and no mark of
/// a firm.
fn is_name_word(word: &str) -> bool {
    let lower = word.to_lowercase();
    let bare = lower.trim_end_matches('.');
    word.chars().next().is_some_and(char::is_uppercase)
        && word
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
        && !COMPANY_FORMS.contains(&lower.as_str())
        && !COMPANY_FORMS.contains(&bare)
        && !NOT_A_PERSON.iter().any(|m| lower.contains(m))
        && !lower.ends_with("banken")
}

/// The reply and forward prefixes of Swedish, English and German mail programs.
const REPLY_PREFIXES: [&str; 11] = [
    "re", "sv", "vb", "fw", "fwd", "aw", "wg", "vs", "tr", "antw", "vl",
];

/// The subject without its reply and forward prefixes ("SV: Re: Faktura" → "Faktura"),
/// however many there are and however they are capitalised.
pub fn clean_subject(subject: &str) -> &str {
    let mut rest = subject.trim();
    while let Some((head, tail)) = rest.split_once(':') {
        let head = head.trim().to_lowercase();
        // "Re[2]" and "RE (2)" count as "Re".
        let word = head.split(['[', '(']).next().unwrap_or_default().trim();
        if !REPLY_PREFIXES.contains(&word) || tail.trim().is_empty() {
            break;
        }
        rest = tail.trim_start();
    }
    rest
}

/// A name in the genitive, as a letter to a representative says "Lars Nilssons hemförsäkring":
/// Swedish adds "s" unless the name already ends in s, x or z ("Hans Ros" stays "Hans Ros");
/// English adds "'s", or only "'" after an s.
pub fn genitive(name: &str, language: super::Language) -> String {
    let name = name.trim();
    if name.is_empty() {
        return String::new();
    }
    let last = name
        .chars()
        .last()
        .map(|c| c.to_lowercase().next().unwrap_or(c));
    match (language, last) {
        (super::Language::Sv, Some('s' | 'x' | 'z')) => name.to_owned(),
        (super::Language::Sv, _) => format!("{name}s"),
        (super::Language::En, Some('s')) => format!("{name}\u{2019}"),
        (super::Language::En, _) => format!("{name}\u{2019}s"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_take_the_genitive_of_their_language() {
        use crate::domain::Language::{En, Sv};
        let table = [
            ("Lars Nilsson", Sv, "Lars Nilssons"),
            ("Hans Ros", Sv, "Hans Ros"),
            ("Byggservice i Norr AB", Sv, "Byggservice i Norr ABs"),
            ("Felix Fox", Sv, "Felix Fox"),
            ("Lars Nilsson", En, "Lars Nilsson\u{2019}s"),
            ("James Jones", En, "James Jones\u{2019}"),
            ("  ", Sv, ""),
        ];
        for (name, language, want) in table {
            assert_eq!(genitive(name, language), want, "{name}");
        }
    }

    #[test]
    fn only_a_persons_name_gives_a_first_name() {
        let table = [
            ("Anna Svensson", Some(("Anna", "Anna Svensson"))),
            (
                "  Anna-Karin  Öberg ",
                Some(("Anna-Karin", "Anna-Karin Öberg")),
            ),
            ("Svensson, Anna", Some(("Anna", "Anna Svensson"))),
            ("\"Åsa Öberg-Renée\"", Some(("Åsa", "Åsa Öberg-Renée"))),
            ("Sean O'Brien", Some(("Sean", "Sean O'Brien"))),
            ("", None),
            ("   ", None),
            ("Anna", None),
            ("anna.svensson@gmail.com", None),
            ("Anna Svensson <anna@example.com>", None),
            ("anna svensson", None),
            ("A. Svensson", None),
            ("Advokatfirman Lind & Co", None),
            ("Advokatbyrån Ek", None),
            ("Lind Bygg AB", None),
            ("Bygg & Måleri HB", None),
            ("Svensson KB", None),
            ("Göteborgs Kommun", None),
            ("Umeå kommun", None),
            ("Ekonomibyrån Norr", None),
            ("Dödsboet efter Karl Berg", None),
            ("Kundtjänst Norrsken", None),
            ("Svensson, Anna, Karl", None),
            ("Anna Ek", Some(("Anna", "Anna Ek"))),
            ("Bostadsrättsföreningen Eken", None),
            ("Stockholms stad", None),
            ("Handelsbanken Finans", None),
            ("Anna Svensson 2", None),
        ];
        for (input, expected) in table {
            let got = person_name(input);
            assert_eq!(
                got.as_ref().map(|p| (p.first.as_str(), p.full.as_str())),
                expected,
                "{input:?}"
            );
        }
    }

    #[test]
    fn reply_prefixes_are_stripped_again_and_again() {
        let table = [
            ("SV: Re: Faktura", "Faktura"),
            ("Sv: Faktura 1234", "Faktura 1234"),
            ("RE: RE: RE:Avgift", "Avgift"),
            ("VB: Fwd: FW: AW: Påminnelse", "Påminnelse"),
            ("Re[2]: Fel belopp", "Fel belopp"),
            ("  Faktura  ", "Faktura"),
            ("Ärende: 40077442", "Ärende: 40077442"),
            ("Svar: om avgiften", "Svar: om avgiften"),
            ("Re:", "Re:"),
            ("", ""),
        ];
        for (input, expected) in table {
            assert_eq!(clean_subject(input), expected, "{input:?}");
        }
    }
}
