//! The company's profile and the rules it works by.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{Address, DeadlineSettings, Language, Money, OfficerId};

/// The company as it appears on letterhead and in the footer of letters.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Company {
    /// Legal name.
    pub name: String,
    /// Organisationsnummer, as written.
    pub org_number: String,
    /// Postal address.
    pub address: Address,
    /// Phone number.
    pub phone: String,
    /// E-mail address of the complaints function.
    pub email: String,
    /// Web site.
    pub web: String,
    /// Whether the company is a member of Svensk Inkasso (so Inkassonämnden may be named).
    pub inkassonamnden_member: bool,
    /// Customer service, which handles objections to a debt (not the complaints function).
    pub customer_service: CustomerService,
}

/// How customer service is reached: the referral letter gives these, not the complaints address.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CustomerService {
    /// Phone number.
    pub phone: String,
    /// E-mail address.
    pub email: String,
    /// Opening hours as the letter should state them, e.g. "vardagar 8–17".
    pub hours: String,
}

/// Where the address window of the company's envelopes sits, from the sheet's top-left corner.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct EnvelopeWindow {
    /// From the left edge, in millimetres (C5/DL window envelopes: 20).
    pub left_mm: u32,
    /// From the top edge, in millimetres (45).
    pub top_mm: u32,
}

impl Default for EnvelopeWindow {
    fn default() -> Self {
        EnvelopeWindow {
            left_mm: 20,
            top_mm: 45,
        }
    }
}

/// Numbers written next to "ärende", "ärendenummer", "OCR", "referens" and the like, also
/// after "nr" or "är" ("ert ärendenummer är 4455-2231"), with spaces or dashes between their
/// digits: the first group is the number.
pub const DEFAULT_REFERENCE_PATTERN: &str = r"(?i)\b(?:ärende(?:nummer|nr|-nr|t)?|inkassoärende(?:t|nummer|nr)?|ocr(?:-?nummer|-?nr)?|referens(?:nummer|nr)?|ref\.?|fakturanummer|fakturanr|faktura|case number|reference|invoice)\b[\s:.#-]*(?:(?:nr|nummer|no|är|is)\b\.?[\s:.#-]*)?(\d[\d \-\x{2013}]{4,24}\d)";

/// Earlier defaults of [`DEFAULT_REFERENCE_PATTERN`]: a store that still holds one reads mail
/// with the current default.
pub const PREVIOUS_REFERENCE_PATTERNS: &[&str] = &[
    r"(?i)\b(?:ärende(?:nummer|nr|-nr)?|inkassoärende|ocr(?:-?nummer)?|referens(?:nummer)?|ref\.?|fakturanummer|faktura|case number|reference|invoice)\b[\s:.#-]*(?:nr\.?\s*)?(\d[\d ]{4,24}\d)",
];

/// How e-mail is taken in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct IntakeSettings {
    /// The pattern that finds collection case numbers in a mail's text (a regular expression
    /// whose first group is the number).
    pub reference_pattern: String,
    /// Attachments larger than this many megabytes are left out (and listed as left out).
    pub max_attachment_mb: u32,
}

impl Default for IntakeSettings {
    fn default() -> Self {
        IntakeSettings {
            reference_pattern: DEFAULT_REFERENCE_PATTERN.to_owned(),
            max_attachment_mb: 25,
        }
    }
}

/// Settings kept in the store, shared by everyone who opens it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The company profile.
    pub company: Company,
    /// The officer of a store from before key slots: the one who gets the first slot (and every
    /// role) when it is upgraded. Who acts now is whoever signed in (`Store::signed_in`).
    pub current_officer: OfficerId,
    /// Interface language.
    pub language: Language,
    /// Deadline rules.
    pub deadlines: DeadlineSettings,
    /// Prisbasbelopp per year, in whole kronor; extend it each year.
    pub prisbasbelopp: BTreeMap<i32, i64>,
    /// Lock the app after this many minutes without input.
    pub auto_lock_minutes: u32,
    /// The envelope window the recipient's address is printed into.
    pub envelope_window: EnvelopeWindow,
    /// E-mail intake.
    pub intake: IntakeSettings,
    /// Which letters a complaints manager approves before they go out.
    pub review: super::ReviewSettings,
    /// Where backups go, how many are kept, and when the inbox warns.
    pub backup: super::BackupSettings,
    /// How long a finished case keeps its personal data before a sweep anonymises it.
    pub retention: super::RetentionSettings,
}

/// Prisbasbelopp 2018–2026 (SCB), in kronor.
const PRISBASBELOPP: [(i32, i64); 9] = [
    (2018, 45_500),
    (2019, 46_500),
    (2020, 47_300),
    (2021, 47_600),
    (2022, 48_300),
    (2023, 52_500),
    (2024, 57_300),
    (2025, 58_800),
    (2026, 59_200),
];

impl Default for Settings {
    fn default() -> Self {
        Settings {
            company: Company::default(),
            current_officer: OfficerId(1),
            language: Language::Sv,
            deadlines: DeadlineSettings::default(),
            prisbasbelopp: PRISBASBELOPP.into_iter().collect(),
            auto_lock_minutes: 10,
            envelope_window: EnvelopeWindow::default(),
            intake: IntakeSettings::default(),
            review: super::ReviewSettings::default(),
            backup: super::BackupSettings::default(),
            retention: super::RetentionSettings::default(),
        }
    }
}

impl Settings {
    /// The limit of a simplified court case (*småmål*): half the prisbasbelopp of `year`, or
    /// `None` when the table has no figure for that year. Never last year's figure in its place:
    /// the government sets a new one each autumn, and a stale limit would be wrong in a letter.
    pub fn small_claims_limit(&self, year: i32) -> Option<Money> {
        self.prisbasbelopp
            .get(&year)
            .filter(|kr| **kr > 0)
            .map(|kr| Money(kr * 100 / 2))
    }

    /// True when the prisbasbelopp table has no figure for `year`: the settings need the new
    /// year's figure, and letters meanwhile leave the amount out.
    pub fn prisbasbelopp_missing(&self, year: i32) -> bool {
        self.small_claims_limit(year).is_none()
    }
}

/// A prisbasbelopp year as typed: 2000–2100.
pub fn parse_prisbasbelopp_year(input: &str) -> Option<i32> {
    input
        .trim()
        .parse()
        .ok()
        .filter(|y| (2000..=2100).contains(y))
}

/// A prisbasbelopp as people write it: whole kronor, with or without spaces between the
/// thousands (a non-breaking one too) and a trailing "kr"; 1 kr to 10 million.
pub fn parse_prisbasbelopp_amount(input: &str) -> Option<i64> {
    let digits: String = input
        .trim()
        .trim_end_matches("kr")
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    digits
        .parse::<i64>()
        .ok()
        .filter(|kr| (1..=10_000_000).contains(kr))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prisbasbelopp_figures_are_read_as_people_write_them() {
        let amounts = [
            ("59200", Some(59_200)),
            ("59 200", Some(59_200)),
            ("59\u{a0}200 kr", Some(59_200)),
            ("59 200 kr", Some(59_200)),
            ("0", None),
            ("-5", None),
            ("59,2", None),
            ("", None),
        ];
        for (input, expected) in amounts {
            assert_eq!(parse_prisbasbelopp_amount(input), expected, "{input:?}");
        }
        let years = [(" 2027 ", Some(2027)), ("27", None), ("år", None)];
        for (input, expected) in years {
            assert_eq!(parse_prisbasbelopp_year(input), expected, "{input:?}");
        }
    }

    #[test]
    fn small_claims_limit_is_half_the_prisbasbelopp() {
        let s = Settings::default();
        let table = [
            (2026, Some("29 600 kr")),
            (2025, Some("29 400 kr")),
            (2023, Some("26 250 kr")),
            (2018, Some("22 750 kr")),
            (2027, None),
            (2030, None),
            (2017, None),
        ];
        for (year, limit) in table {
            assert_eq!(
                s.small_claims_limit(year).map(|m| m.to_string()).as_deref(),
                limit,
                "{year}"
            );
            assert_eq!(s.prisbasbelopp_missing(year), limit.is_none(), "{year}");
        }
        let mut extended = s.clone();
        extended.prisbasbelopp.insert(2027, 60_000);
        assert_eq!(
            extended.small_claims_limit(2027).map(|m| m.to_string()),
            Some("30 000 kr".to_owned())
        );
        extended.prisbasbelopp.insert(2028, 0);
        assert!(extended.prisbasbelopp_missing(2028), "zero is no figure");
    }

    #[test]
    fn settings_from_older_json_get_defaults() {
        let s: Settings = serde_json::from_str(r#"{"auto_lock_minutes": 5}"#).unwrap_or_default();
        assert_eq!(s.auto_lock_minutes, 5);
        assert_eq!(s.deadlines.final_answer_days, 14);
        assert_eq!(s.prisbasbelopp.get(&2024), Some(&57_300));
        assert_eq!(s.company.customer_service, CustomerService::default());
        assert_eq!(s.retention.months, 36);
    }
}
