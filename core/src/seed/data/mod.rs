//! Deterministic, fully synthetic Swedish demo data: people, creditors, case numbers and texts.

mod compose;
mod scenarios;
mod tables;

use rand::Rng;

use compose::*;
use tables::*;

/// A synthetic private person as registered on a debt collection case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    /// Given name, e.g. "Åsa".
    pub first_name: String,
    /// Family name, e.g. "Lindqvist".
    pub last_name: String,
    /// Twelve-digit personnummer with dash, e.g. "19800101-1234", with a valid check digit.
    pub personnummer: String,
    /// Street address, e.g. "Storgatan 12 B" or "Björkvägen 3 lgh 1102".
    pub street: String,
    /// Postal code "123 45" in the range used by `city`.
    pub postal_code: String,
    /// Postal town, e.g. "Umeå".
    pub city: String,
    /// Lower-case ascii e-mail address derived from the name.
    pub email: String,
    /// Phone number from the ranges PTS reserves for fiction, e.g. "070-174 06 42".
    pub phone: String,
}

/// Generates a synthetic person born in a year within `born_between` (inclusive, either order).
pub fn person<R: Rng + ?Sized>(rng: &mut R, born_between: (i32, i32)) -> Person {
    let male = rng.random_bool(0.5);
    let first_name = pick(rng, if male { MALE_NAMES } else { FEMALE_NAMES }).to_owned();
    let last_name = pick(rng, LAST_NAMES).to_owned();
    let (year, personnummer) = birth_personnummer(rng, born_between, male);
    let street = street(rng);
    let (postal_code, city) = postal_address(rng);
    let email = email(rng, &first_name, &last_name, year);
    let phone = phone(rng);
    Person {
        first_name,
        last_name,
        personnummer,
        street,
        postal_code,
        city,
        email,
        phone,
    }
}

/// Luhn check digit over the ten-digit form without its last digit (YYMMDDNNN);
/// `None` unless the input is exactly nine ascii digits.
pub fn luhn_check_digit(nine_digits: &str) -> Option<u8> {
    if nine_digits.len() != 9 || !nine_digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let digits: Vec<u8> = nine_digits.bytes().map(|b| b - b'0').collect();
    Some(luhn_digit(&digits))
}

/// A fictional Swedish-sounding creditor (uppdragsgivare).
pub fn creditor<R: Rng + ?Sized>(rng: &mut R) -> &'static str {
    pick(rng, CREDITORS)
}

/// An 8–10 digit collection case number whose last digit is an OCR (Luhn) check digit.
pub fn debt_case_number<R: Rng + ?Sized>(rng: &mut R) -> String {
    let len = rng.random_range(8..=10);
    let mut digits = vec![rng.random_range(1..=9u8)];
    while digits.len() < len - 1 {
        digits.push(rng.random_range(0..=9u8));
    }
    digits.push(luhn_digit(&digits));
    digits.iter().map(|&d| char::from(b'0' + d)).collect()
}

/// Subject and description of a complaint in `category`, one of "treatment",
/// "handling_error", "fees", "disputed_claim", "payment_plan", "communication",
/// "personal_data", "other" (anything else is treated as "other").
pub fn complaint_text<R: Rng + ?Sized>(
    rng: &mut R,
    category: &str,
    creditor: &str,
    amount_kr: i64,
) -> (String, String) {
    let category = category_templates(category);
    let scenario = pick(rng, category.scenarios);
    let vars = Vars::new(rng, creditor, amount_kr);
    let subject = vars.fill(pick(rng, scenario.subjects));
    let description = description(rng, category, scenario, &vars);
    (subject, description)
}

/// A case officer's entry of `kind` "note", "phone_call" or "decision" (anything else: "note").
pub fn note_text<R: Rng + ?Sized>(rng: &mut R, kind: &str) -> String {
    let table = match kind {
        "phone_call" => PHONE_CALLS,
        "decision" => DECISIONS,
        _ => NOTES,
    };
    let amount = round_to(rng.random_range(150..=30_000), 10);
    let vars = Vars::new(rng, "uppdragsgivaren", amount);
    vars.fill(pick(rng, table))
}

/// What the complainant asks for in `category`, e.g. "Att avgiften på 180 kr tas bort".
pub fn remedy_text<R: Rng + ?Sized>(rng: &mut R, category: &str) -> String {
    let amount = round_to(rng.random_range(200..=20_000), 10);
    let vars = Vars::new(rng, "uppdragsgivaren", amount);
    vars.fill(pick(rng, category_templates(category).remedies))
}

/// One to three different points a complainant makes when escalating the case.
pub fn escalation_claims<R: Rng + ?Sized>(rng: &mut R) -> Vec<String> {
    let amount = round_to(rng.random_range(200..=20_000), 10);
    let vars = Vars::new(rng, "uppdragsgivaren", amount);
    let first = rng.random_range(0..ESCALATION_CLAIMS.len());
    (0..rng.random_range(1..=3))
        .map(|i| vars.fill(ESCALATION_CLAIMS[(first + i * 2) % ESCALATION_CLAIMS.len()]))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::scenarios::*;
    use super::*;
    use rand::SeedableRng;
    use rand_chacha::ChaCha8Rng;
    use std::collections::HashSet;

    const CATEGORIES: &[&str] = &[
        "treatment",
        "handling_error",
        "fees",
        "disputed_claim",
        "payment_plan",
        "communication",
        "personal_data",
        "other",
    ];

    fn rng(seed: u64) -> ChaCha8Rng {
        ChaCha8Rng::seed_from_u64(seed)
    }

    fn sample(seed: u64) -> Vec<String> {
        let mut rng = rng(seed);
        let mut out = Vec::new();
        for i in 0..200 {
            out.push(format!("{:?}", person(&mut rng, (1940, 2005))));
            let category = CATEGORIES[i % CATEGORIES.len()];
            let creditor = creditor(&mut rng);
            let (subject, description) = complaint_text(&mut rng, category, creditor, 1_250);
            out.extend([subject, description, debt_case_number(&mut rng)]);
            out.push(note_text(
                &mut rng,
                ["note", "phone_call", "decision"][i % 3],
            ));
            out.push(remedy_text(&mut rng, category));
        }
        out
    }

    fn sentences(text: &str) -> usize {
        let chars: Vec<char> = text.chars().collect();
        chars
            .iter()
            .enumerate()
            .filter(|&(i, c)| {
                matches!(c, '.' | '!' | '?') && chars.get(i + 1).is_none_or(|n| n.is_whitespace())
            })
            .count()
    }

    #[test]
    fn same_seed_gives_identical_output() {
        assert_eq!(sample(7), sample(7));
        assert_ne!(sample(7), sample(8));
    }

    #[test]
    fn personnummer_are_valid_and_match_name_gender() {
        let mut rng = rng(1);
        for _ in 0..1_000 {
            let p = person(&mut rng, (1930, 2007));
            let parsed = ::personnummer::Personnummer::new(&p.personnummer);
            assert!(parsed.is_ok(), "{}", p.personnummer);
            let Ok(pnr) = parsed else { continue };
            assert!(pnr.valid(), "{}", p.personnummer);
            assert!((1930..=2007).contains(&pnr.year()));
            assert_ne!(pnr.serial(), 0);
            assert_eq!(pnr.is_male(), MALE_NAMES.contains(&p.first_name.as_str()));
            assert_eq!(p.personnummer.len(), 13);
            assert_eq!(p.personnummer.as_bytes()[8], b'-');
        }
    }

    #[test]
    fn birth_years_accept_reversed_and_single_year_ranges() {
        let mut rng = rng(2);
        for _ in 0..50 {
            assert!(
                person(&mut rng, (1990, 1980)).personnummer[..4]
                    .parse::<i32>()
                    .is_ok_and(|y| (1980..=1990).contains(&y))
            );
            assert!(
                person(&mut rng, (2000, 2000))
                    .personnummer
                    .starts_with("2000")
            );
        }
    }

    #[test]
    fn luhn_matches_known_examples() {
        assert_eq!(luhn_check_digit("811218987"), Some(6));
        assert_eq!(luhn_check_digit("640823323"), Some(4));
        assert_eq!(luhn_check_digit("121212121"), Some(2));
        assert_eq!(luhn_check_digit("81121898"), None);
        assert_eq!(luhn_check_digit("8112189876"), None);
        assert_eq!(luhn_check_digit("81121898a"), None);
        assert_eq!(luhn_check_digit("8112189８"), None);
    }

    #[test]
    fn postal_codes_have_swedish_format_and_city_range() {
        let mut rng = rng(3);
        for _ in 0..1_000 {
            let p = person(&mut rng, (1950, 2000));
            let b = p.postal_code.as_bytes();
            assert_eq!(b.len(), 6, "{}", p.postal_code);
            assert!(b[..3].iter().chain(&b[4..]).all(u8::is_ascii_digit));
            assert_eq!(b[3], b' ');
            let prefix: u16 = p.postal_code[..3].parse().unwrap_or_default();
            let range = CITIES.iter().find(|c| c.0 == p.city).map(|c| c.1..=c.2);
            assert!(
                range.is_some_and(|r| r.contains(&prefix)),
                "{} {}",
                p.postal_code,
                p.city
            );
        }
    }

    #[test]
    fn emails_are_lower_case_ascii_with_one_at() {
        let mut rng = rng(4);
        for _ in 0..1_000 {
            let email = person(&mut rng, (1950, 2000)).email;
            assert_eq!(email.matches('@').count(), 1, "{email}");
            assert!(
                email.chars().all(|c| c.is_ascii_lowercase()
                    || c.is_ascii_digit()
                    || matches!(c, '.' | '_' | '@')),
                "{email}"
            );
            assert!(!email.starts_with(['.', '@']), "{email}");
        }
        assert_eq!(ascii_slug("Renée"), "renee");
        assert_eq!(ascii_slug("Öberg"), "oberg");
        assert_eq!(ascii_slug("Petrović"), "petrovic");
    }

    #[test]
    fn phones_and_streets_look_swedish() {
        let prefixes = [
            "070-174 06 ",
            "08-465 004 ",
            "031-390 06 ",
            "040-628 04 ",
            "0980-31 92 ",
        ];
        let mut rng = rng(5);
        for _ in 0..500 {
            let p = person(&mut rng, (1950, 2000));
            assert!(
                prefixes.iter().any(|x| p.phone.starts_with(x)),
                "{}",
                p.phone
            );
            assert!(p.street.chars().any(|c| c.is_ascii_digit()), "{}", p.street);
            assert!(
                p.street.starts_with(|c: char| c.is_uppercase()),
                "{}",
                p.street
            );
        }
    }

    #[test]
    fn case_numbers_have_8_to_10_digits_and_valid_check_digit() {
        let mut rng = rng(6);
        for _ in 0..500 {
            let n = debt_case_number(&mut rng);
            assert!((8..=10).contains(&n.len()) && !n.starts_with('0'), "{n}");
            let digits: Vec<u8> = n.bytes().map(|b| b - b'0').collect();
            assert!(digits.iter().all(|&d| d <= 9));
            let (body, check) = digits.split_at(digits.len() - 1);
            assert_eq!(luhn_digit(body), check[0], "{n}");
        }
    }

    #[test]
    fn complaints_are_varied_filled_and_sized() {
        let mut rng = rng(9);
        for &category in CATEGORIES {
            let mut subjects = HashSet::new();
            let mut mentions_creditor = false;
            for _ in 0..100 {
                let (subject, description) =
                    complaint_text(&mut rng, category, "Norrsken Energi AB", 12_500);
                assert!(!subject.is_empty() && !description.is_empty());
                for text in [&subject, &description] {
                    assert!(!text.contains(['{', '}']), "{text}");
                }
                let n = sentences(&description);
                assert!((2..=6).contains(&n), "{n}: {description}");
                mentions_creditor |= description.contains("Norrsken Energi AB");
                subjects.insert(subject);
            }
            assert!(subjects.len() >= 3, "{category}: {subjects:?}");
            assert!(mentions_creditor, "{category}");
        }
    }

    #[test]
    fn notes_and_remedies_are_filled() {
        let mut rng = rng(10);
        for kind in ["note", "phone_call", "decision", "unknown"] {
            let texts: HashSet<String> = (0..200).map(|_| note_text(&mut rng, kind)).collect();
            assert!(texts.len() >= 8, "{kind}");
            assert!(
                texts
                    .iter()
                    .all(|t| !t.is_empty() && !t.contains(['{', '}']))
            );
        }
        assert!(note_text(&mut rng, "decision").starts_with("Beslut: "));
        for &category in CATEGORIES {
            for _ in 0..50 {
                let remedy = remedy_text(&mut rng, category);
                assert!(
                    !remedy.is_empty() && !remedy.contains(['{', '}']),
                    "{remedy}"
                );
            }
        }
    }

    #[test]
    fn tables_are_large_enough() {
        assert!(FEMALE_NAMES.len() + MALE_NAMES.len() >= 60);
        assert!(LAST_NAMES.len() >= 60);
        assert!(STREET_STEMS.len() >= 40);
        assert!(CITIES.len() >= 40);
        assert!((18..=25).contains(&CREDITORS.len()));
        assert!(NOTES.len() >= 8 && PHONE_CALLS.len() >= 8 && DECISIONS.len() >= 8);
        for &category in CATEGORIES {
            let c = category_templates(category);
            let count = |f: fn(&Scenario) -> usize| c.scenarios.iter().map(f).sum::<usize>();
            assert!(count(|s| s.subjects.len()) >= 8, "{category}");
            assert!(count(|s| s.openings.len()) >= 4, "{category}");
            assert!(c.remedies.len() >= 4, "{category}");
            for s in c.scenarios {
                assert!(
                    !s.subjects.is_empty() && !s.openings.is_empty(),
                    "{category}"
                );
                assert!(!s.demands.is_empty() && !s.details.is_empty(), "{category}");
            }
        }
        let names: HashSet<_> = FEMALE_NAMES.iter().chain(MALE_NAMES).collect();
        assert_eq!(names.len(), FEMALE_NAMES.len() + MALE_NAMES.len());
    }

    #[test]
    fn kronor_use_space_as_thousands_separator() {
        assert_eq!(format_kr(0), "0 kr");
        assert_eq!(format_kr(999), "999 kr");
        assert_eq!(format_kr(1_250), "1 250 kr");
        assert_eq!(format_kr(12_500), "12 500 kr");
        assert_eq!(format_kr(1_234_567), "1 234 567 kr");
        assert_eq!(format_kr(-1_250), "-1 250 kr");
    }
}
