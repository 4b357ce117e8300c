//! The generators behind the public functions: sentences, placeholders, numbers and addresses.

use std::ops::RangeInclusive;

use rand::Rng;
use rand::seq::IndexedRandom;

use super::debt_case_number;
use super::scenarios::*;
use super::tables::*;

pub(super) fn category_templates(category: &str) -> &'static Category {
    match category {
        "treatment" => &TREATMENT,
        "handling_error" => &HANDLING_ERROR,
        "fees" => &FEES,
        "disputed_claim" => &DISPUTED_CLAIM,
        "payment_plan" => &PAYMENT_PLAN,
        "communication" => &COMMUNICATION,
        "personal_data" => &PERSONAL_DATA,
        _ => &OTHER,
    }
}

/// Opening, up to three distinct details, usually a demand, sometimes a remark on tone:
/// always 2–6 sentences since every fragment is exactly one sentence.
pub(super) fn description<R: Rng + ?Sized>(
    rng: &mut R,
    category: &Category,
    scenario: Scenario,
    vars: &Vars,
) -> String {
    let mut parts = vec![pick(rng, scenario.openings)];
    let pool: Vec<&str> = scenario
        .details
        .iter()
        .chain(category.details)
        .copied()
        .collect();
    let count = rng.random_range(0..=3);
    parts.extend(pool.choose_multiple(rng, count).copied());
    if parts.len() == 1 || rng.random_bool(0.8) {
        parts.push(pick(rng, scenario.demands));
    }
    if rng.random_bool(0.45) {
        let tone = if rng.random_bool(0.5) {
            UPSET_LINES
        } else {
            FORMAL_LINES
        };
        parts.push(pick(rng, tone));
    }
    vars.fill(&parts.join(" "))
}

/// Values for the `{name}` placeholders of every template table.
pub(super) struct Vars {
    pairs: Vec<(&'static str, String)>,
}

impl Vars {
    pub(super) fn new<R: Rng + ?Sized>(rng: &mut R, creditor: &str, amount_kr: i64) -> Self {
        let mut pairs = vec![("{creditor}", creditor.to_owned())];
        pairs.extend(Self::money(rng, amount_kr));
        pairs.extend(Self::dates(rng));
        pairs.extend(Self::references(rng));
        Self { pairs }
    }

    fn money<R: Rng + ?Sized>(rng: &mut R, amount_kr: i64) -> Vec<(&'static str, String)> {
        let (fee_def, fee_indef, fee) = pick(rng, FEE_LEVELS);
        let base = share(rng, amount_kr, 55..=85);
        let paid = if rng.random_bool(0.5) {
            amount_kr
        } else {
            share(rng, amount_kr, 30..=70)
        };
        // A plan of 4–18 months, within what collectors usually accept from consumers.
        let monthly = round_to((amount_kr / rng.random_range(4..=18)).clamp(200, 2_500), 50);
        let income = round_to(rng.random_range(9_000..=24_000), 500);
        vec![
            ("{amount}", format_kr(amount_kr)),
            ("{base}", format_kr(base)),
            ("{paid}", format_kr(paid)),
            ("{fee_def}", fee_def.to_owned()),
            ("{fee_indef}", fee_indef.to_owned()),
            ("{fee}", format_kr(fee)),
            ("{monthly}", format_kr(monthly)),
            (
                "{monthly_low}",
                format_kr(round_to(monthly / 2, 50).max(200)),
            ),
            ("{income}", format_kr(income)),
        ]
    }

    fn dates<R: Rng + ?Sized>(rng: &mut R) -> Vec<(&'static str, String)> {
        let ((day1, month1), (day2, month2)) = two_dates(rng);
        let hour = rng.random_range(8..=17);
        let minute = rng.random_range(0..12) * 5;
        vec![
            ("{d1}", format!("{day1} {}", month_name(month1))),
            ("{d2}", format!("{day2} {}", month_name(month2))),
            ("{s1}", format!("{day1}/{month1}")),
            ("{s2}", format!("{day2}/{month2}")),
            ("{time}", format!("kl. {hour}.{minute:02}")),
        ]
    }

    fn references<R: Rng + ?Sized>(rng: &mut R) -> Vec<(&'static str, String)> {
        let officer = if rng.random_bool(0.5) {
            pick(rng, FEMALE_NAMES)
        } else {
            pick(rng, MALE_NAMES)
        };
        let police = format!(
            "{}-K{}-{}",
            rng.random_range(5000..=5999),
            rng.random_range(100_000..=999_999),
            rng.random_range(20..=26)
        );
        vec![
            ("{case}", debt_case_number(rng)),
            ("{officer}", officer.to_owned()),
            ("{police}", police),
            ("{minutes}", rng.random_range(4..=55).to_string()),
            ("{months}", rng.random_range(2..=6).to_string()),
            ("{days}", pick(rng, &["10", "14", "20", "30"]).to_owned()),
            ("{pages}", rng.random_range(2..=14).to_string()),
        ]
    }

    pub(super) fn fill(&self, template: &str) -> String {
        self.pairs
            .iter()
            .fold(template.to_owned(), |text, (key, value)| {
                text.replace(key, value)
            })
    }
}

/// Uniform pick that never panics: an empty slice gives the default value.
pub(super) fn pick<T: Copy + Default, R: Rng + ?Sized>(rng: &mut R, items: &[T]) -> T {
    if items.is_empty() {
        return T::default();
    }
    items
        .get(rng.random_range(0..items.len()))
        .copied()
        .unwrap_or_default()
}

/// Whole kronor with a space as thousands separator: 12500 → "12 500 kr".
pub(super) fn format_kr(amount: i64) -> String {
    let digits = amount.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + 6);
    if amount < 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(' ');
        }
        out.push(c);
    }
    out.push_str(" kr");
    out
}

/// `percent` per cent of `amount`, rounded to whole tens.
pub(super) fn share<R: Rng + ?Sized>(
    rng: &mut R,
    amount: i64,
    percent: RangeInclusive<i64>,
) -> i64 {
    round_to(amount.saturating_mul(rng.random_range(percent)) / 100, 10)
}

pub(super) fn round_to(value: i64, step: i64) -> i64 {
    value.saturating_add(step / 2) / step * step
}

/// Two (day, month) dates in one year, the second in a later month.
pub(super) fn two_dates<R: Rng + ?Sized>(rng: &mut R) -> ((u32, u32), (u32, u32)) {
    let month1 = rng.random_range(1..=11);
    let month2 = rng.random_range(month1 + 1..=(month1 + 3).min(12));
    let first = (rng.random_range(1..=28), month1);
    (first, (rng.random_range(1..=28), month2))
}

pub(super) fn month_name(month: u32) -> &'static str {
    let index = usize::try_from(month.saturating_sub(1)).unwrap_or_default();
    MONTHS.get(index).copied().unwrap_or("januari")
}

/// Luhn digit for `digits` when appended: weights 2, 1, 2, … from the right.
pub(super) fn luhn_digit(digits: &[u8]) -> u8 {
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| {
            let v = u32::from(d) * if i % 2 == 0 { 2 } else { 1 };
            if v > 9 { v - 9 } else { v }
        })
        .sum();
    ((10 - sum % 10) % 10) as u8
}

/// Birth year and personnummer "YYYYMMDD-NNNC"; the third birth-number digit is odd for men.
pub(super) fn birth_personnummer<R: Rng + ?Sized>(
    rng: &mut R,
    born: (i32, i32),
    male: bool,
) -> (i32, String) {
    // Clamped so the 12-digit form always has a four-digit year and a valid date.
    let lo = born.0.min(born.1).clamp(1900, 2099);
    let hi = born.0.max(born.1).clamp(1900, 2099);
    let year = rng.random_range(lo..=hi);
    let month = rng.random_range(1..=12u32);
    let day = rng.random_range(1..=days_in_month(year, month));
    let mut serial = rng.random_range(0..500u32) * 2 + u32::from(male);
    if serial == 0 {
        serial = 2;
    }
    let yy = year % 100;
    let short = format!("{yy:02}{month:02}{day:02}{serial:03}");
    let digits: Vec<u8> = short.bytes().map(|b| b - b'0').collect();
    let check = luhn_digit(&digits);
    (year, format!("{year}{month:02}{day:02}-{serial:03}{check}"))
}

pub(super) fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

pub(super) fn street<R: Rng + ?Sized>(rng: &mut R) -> String {
    let stem = pick(rng, STREET_STEMS);
    let suffix = pick(rng, STREET_SUFFIXES);
    let mut street = format!("{stem}{suffix} {}", rng.random_range(1..=80));
    if rng.random_bool(0.15) {
        street.push(' ');
        street.push_str(pick(rng, &["A", "B", "C", "D"]));
    }
    if rng.random_bool(0.35) {
        // Lantmäteriet apartment numbers: two digits floor (10 = entrance level), two digits door.
        let floor = rng.random_range(10..=16);
        let door = rng.random_range(1..=9);
        street.push_str(&format!(" lgh {floor}{door:02}"));
    }
    street
}

pub(super) fn postal_address<R: Rng + ?Sized>(rng: &mut R) -> (String, String) {
    let (city, lo, hi) = pick(rng, CITIES);
    let prefix = rng.random_range(lo..=hi);
    let suffix = rng.random_range(0..=99);
    (format!("{prefix} {suffix:02}"), city.to_owned())
}

pub(super) fn email<R: Rng + ?Sized>(rng: &mut R, first: &str, last: &str, year: i32) -> String {
    let first = ascii_slug(first);
    let last = ascii_slug(last);
    let initial: String = first.chars().take(1).collect();
    let yy = year.rem_euclid(100);
    let local = match rng.random_range(0..5) {
        0 => format!("{first}.{last}"),
        1 => format!("{first}{last}"),
        2 => format!("{first}.{last}{yy:02}"),
        3 => format!("{initial}.{last}"),
        _ => format!("{first}_{last}{}", rng.random_range(1..100)),
    };
    format!("{local}@{}", pick(rng, MAIL_DOMAINS))
}

/// Lower-case ascii letters and digits only; diacritics folded, everything else dropped.
pub(super) fn ascii_slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.to_lowercase().chars() {
        match c {
            'å' | 'ä' | 'á' | 'à' => out.push('a'),
            'ö' | 'ø' | 'ó' => out.push('o'),
            'é' | 'è' | 'ë' => out.push('e'),
            'ü' => out.push('u'),
            'ć' | 'č' | 'ç' => out.push('c'),
            'š' | 'ş' => out.push('s'),
            'ž' => out.push('z'),
            'ğ' => out.push('g'),
            'æ' => out.push_str("ae"),
            c if c.is_ascii_alphanumeric() => out.push(c),
            _ => {}
        }
    }
    out
}

pub(super) fn phone<R: Rng + ?Sized>(rng: &mut R) -> String {
    // Only the series PTS reserves for fiction, so no real subscriber is ever shown.
    let n = rng.random_range(0..=99);
    match rng.random_range(0..10) {
        0 => format!("08-465 004 {n:02}"),
        1 => format!("031-390 06 {n:02}"),
        2 => format!("040-628 04 {n:02}"),
        3 => format!("0980-31 92 {n:02}"),
        _ => format!("070-174 06 {:02}", rng.random_range(5..=99)),
    }
}
