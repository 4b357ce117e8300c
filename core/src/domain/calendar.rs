//! Swedish public holidays, working days and calendar-month arithmetic.

use chrono::{Datelike, Duration, Months, NaiveDate, Weekday};

/// A Swedish public holiday or de facto non-working day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Holiday {
    /// Nyårsdagen, 1 January.
    NewYearsDay,
    /// Trettondedag jul, 6 January.
    Epiphany,
    /// Långfredagen, the Friday before Easter Sunday.
    GoodFriday,
    /// Påskdagen.
    EasterSunday,
    /// Annandag påsk, the Monday after Easter Sunday.
    EasterMonday,
    /// Första maj, 1 May.
    MayDay,
    /// Kristi himmelsfärdsdag, the Thursday 39 days after Easter Sunday.
    AscensionDay,
    /// Sveriges nationaldag, 6 June.
    NationalDay,
    /// Midsommarafton, the Friday between 19 and 25 June.
    MidsummerEve,
    /// Midsommardagen, the Saturday between 20 and 26 June.
    MidsummerDay,
    /// Julafton, 24 December.
    ChristmasEve,
    /// Juldagen, 25 December.
    ChristmasDay,
    /// Annandag jul, 26 December.
    BoxingDay,
    /// Nyårsafton, 31 December.
    NewYearsEve,
    /// Pingstdagen, the Sunday 49 days after Easter Sunday.
    WhitSunday,
    /// Alla helgons dag, the Saturday between 31 October and 6 November.
    AllSaintsDay,
}

/// Returns Easter Sunday of `year` in the Gregorian calendar.
///
/// Uses the anonymous Gregorian algorithm (Meeus/Jones/Butcher). Returns
/// `None` only if the resulting date is outside the range `NaiveDate` supports.
pub fn easter_sunday(year: i32) -> Option<NaiveDate> {
    // Euclidean division keeps the algorithm valid for proleptic negative years.
    let a = year.rem_euclid(19);
    let (b, c) = (year.div_euclid(100), year.rem_euclid(100));
    let (d, e) = (b.div_euclid(4), b.rem_euclid(4));
    let f = (b + 8).div_euclid(25);
    let g = (b - f + 1).div_euclid(3);
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let n = h + l - 7 * m + 114;
    let month = u32::try_from(n / 31).ok()?;
    let day = u32::try_from(n % 31 + 1).ok()?;
    NaiveDate::from_ymd_opt(year, month, day)
}

/// Returns all Swedish holidays of `year`, sorted by date.
///
/// There are always 16 entries for years `NaiveDate` can represent in full.
/// Two holidays may share a date (Ascension Day on 1 May, as in 2008, or
/// Whit Sunday on 6 June); both are then listed, the fixed-date one first.
pub fn holidays(year: i32) -> Vec<(NaiveDate, Holiday)> {
    let mut list: Vec<_> = holiday_table(year)
        .into_iter()
        .filter_map(|(date, holiday)| date.map(|date| (date, holiday)))
        .collect();
    list.sort_by_key(|&(date, _)| date);
    list
}

/// Returns the holiday falling on `date`, if any.
///
/// When two holidays share the date, the fixed-date one is returned
/// (e.g. [`Holiday::MayDay`] rather than [`Holiday::AscensionDay`]).
pub fn holiday(date: NaiveDate) -> Option<Holiday> {
    holiday_table(date.year())
        .into_iter()
        .find(|&(candidate, _)| candidate == Some(date))
        .map(|(_, holiday)| holiday)
}

/// Returns `true` unless `date` is a Saturday, a Sunday or a [`Holiday`].
pub fn is_working_day(date: NaiveDate) -> bool {
    !matches!(date.weekday(), Weekday::Sat | Weekday::Sun) && holiday(date).is_none()
}

/// Returns the date `days` working days after `start`.
///
/// `start` itself never counts: counting begins on the first working day
/// after it, so `0` returns `start` unchanged even if it is not a working
/// day. Saturates at the last date `NaiveDate` can represent.
pub fn add_working_days(start: NaiveDate, days: u32) -> NaiveDate {
    let mut date = start;
    let mut remaining = days;
    while remaining > 0 {
        let Some(next) = date.succ_opt() else {
            return date;
        };
        date = next;
        if is_working_day(date) {
            remaining -= 1;
        }
    }
    date
}

/// Returns `date` when it is a working day, else the last working day before it: the day a
/// promise that would fall on a weekend or a holiday is kept by. Returns `date` unchanged if no
/// earlier date can be represented.
pub fn working_day_on_or_before(date: NaiveDate) -> NaiveDate {
    let mut day = date;
    while !is_working_day(day) {
        let Some(previous) = day.pred_opt() else {
            return date;
        };
        day = previous;
    }
    day
}

/// Adds `months` calendar months to `date`, clamping the day to the end of
/// the target month (2026-01-31 + 1 month is 2026-02-28).
///
/// Returns `date` unchanged if the result is outside the range `NaiveDate`
/// supports.
pub fn add_months_clamped(date: NaiveDate, months: u32) -> NaiveDate {
    date.checked_add_months(Months::new(months)).unwrap_or(date)
}

/// Every holiday of `year` in declaration order; `None` where the date
/// cannot be represented.
// May Day precedes Ascension Day and National Day precedes Whit Sunday here,
// so the fixed-date holiday wins when they share a date.
fn holiday_table(year: i32) -> [(Option<NaiveDate>, Holiday); 16] {
    let fixed = |month, day| NaiveDate::from_ymd_opt(year, month, day);
    let easter = easter_sunday(year);
    let from_easter = |offset| easter.and_then(|e| e.checked_add_signed(Duration::days(offset)));
    let weekday_from = |month, day, weekday| first_on_or_after(fixed(month, day), weekday);
    [
        (fixed(1, 1), Holiday::NewYearsDay),
        (fixed(1, 6), Holiday::Epiphany),
        (from_easter(-2), Holiday::GoodFriday),
        (easter, Holiday::EasterSunday),
        (from_easter(1), Holiday::EasterMonday),
        (fixed(5, 1), Holiday::MayDay),
        (from_easter(39), Holiday::AscensionDay),
        (fixed(6, 6), Holiday::NationalDay),
        (weekday_from(6, 19, Weekday::Fri), Holiday::MidsummerEve),
        (weekday_from(6, 20, Weekday::Sat), Holiday::MidsummerDay),
        (fixed(12, 24), Holiday::ChristmasEve),
        (fixed(12, 25), Holiday::ChristmasDay),
        (fixed(12, 26), Holiday::BoxingDay),
        (fixed(12, 31), Holiday::NewYearsEve),
        (from_easter(49), Holiday::WhitSunday),
        (weekday_from(10, 31, Weekday::Sat), Holiday::AllSaintsDay),
    ]
}

/// The first date on or after `from` that falls on `weekday`.
fn first_on_or_after(from: Option<NaiveDate>, weekday: Weekday) -> Option<NaiveDate> {
    let from = from?;
    let ahead = (7 + weekday.num_days_from_monday() - from.weekday().num_days_from_monday()) % 7;
    from.checked_add_signed(Duration::days(i64::from(ahead)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(year: i32, month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, month, day).expect("valid test date")
    }

    #[test]
    fn easter_sunday_matches_known_dates() {
        let cases = [
            (1818, date(1818, 3, 22)),
            (1943, date(1943, 4, 25)),
            (2008, date(2008, 3, 23)),
            (2019, date(2019, 4, 21)),
            (2020, date(2020, 4, 12)),
            (2021, date(2021, 4, 4)),
            (2022, date(2022, 4, 17)),
            (2023, date(2023, 4, 9)),
            (2024, date(2024, 3, 31)),
            (2025, date(2025, 4, 20)),
            (2026, date(2026, 4, 5)),
            (2027, date(2027, 3, 28)),
            (2028, date(2028, 4, 16)),
            (2029, date(2029, 4, 1)),
            (2030, date(2030, 4, 21)),
            (2038, date(2038, 4, 25)),
            (2285, date(2285, 3, 22)),
        ];
        for (year, expected) in cases {
            assert_eq!(easter_sunday(year), Some(expected), "Easter {year}");
        }
    }

    #[test]
    fn easter_sunday_is_always_a_sunday_in_range() {
        for year in 1583..=4100 {
            let easter = easter_sunday(year).expect("representable year");
            assert_eq!(easter.weekday(), Weekday::Sun, "Easter {year}");
            assert!(easter >= date(year, 3, 22) && easter <= date(year, 4, 25));
        }
    }

    #[test]
    fn easter_sunday_is_none_outside_chrono_range() {
        for year in [300_000, -300_000, i32::MAX, i32::MIN] {
            assert_eq!(easter_sunday(year), None, "Easter {year}");
        }
    }

    #[test]
    fn midsummer_eve_and_day() {
        let cases = [
            (2024, date(2024, 6, 21)),
            (2025, date(2025, 6, 20)),
            (2026, date(2026, 6, 19)),
            (2027, date(2027, 6, 25)),
            (2028, date(2028, 6, 23)),
        ];
        for (year, eve) in cases {
            assert_eq!(holiday(eve), Some(Holiday::MidsummerEve), "{year}");
            let day = eve.succ_opt().expect("next day");
            assert_eq!(holiday(day), Some(Holiday::MidsummerDay), "{year}");
        }
    }

    #[test]
    fn moveable_holidays() {
        let cases = [
            (date(2026, 4, 3), Holiday::GoodFriday),
            (date(2026, 4, 5), Holiday::EasterSunday),
            (date(2026, 4, 6), Holiday::EasterMonday),
            (date(2026, 5, 14), Holiday::AscensionDay),
            (date(2027, 5, 6), Holiday::AscensionDay),
            (date(2026, 5, 24), Holiday::WhitSunday),
            (date(2027, 5, 16), Holiday::WhitSunday),
            (date(2025, 11, 1), Holiday::AllSaintsDay),
            (date(2026, 10, 31), Holiday::AllSaintsDay),
            (date(2027, 11, 6), Holiday::AllSaintsDay),
        ];
        for (day, expected) in cases {
            assert_eq!(holiday(day), Some(expected), "{day}");
        }
    }

    #[test]
    fn fixed_holidays_and_ordinary_days() {
        let cases = [
            (date(2026, 1, 1), Some(Holiday::NewYearsDay)),
            (date(2026, 1, 6), Some(Holiday::Epiphany)),
            (date(2026, 5, 1), Some(Holiday::MayDay)),
            (date(2026, 6, 6), Some(Holiday::NationalDay)),
            (date(2026, 12, 24), Some(Holiday::ChristmasEve)),
            (date(2026, 12, 25), Some(Holiday::ChristmasDay)),
            (date(2026, 12, 26), Some(Holiday::BoxingDay)),
            (date(2026, 12, 31), Some(Holiday::NewYearsEve)),
            (date(2026, 1, 2), None),
            (date(2026, 4, 2), None),
            (date(2026, 4, 4), None),
            (date(2026, 6, 20), Some(Holiday::MidsummerDay)),
            (date(2026, 6, 26), None),
            (date(2026, 11, 1), None),
        ];
        for (day, expected) in cases {
            assert_eq!(holiday(day), expected, "{day}");
        }
    }

    #[test]
    fn holidays_has_sixteen_sorted_entries_per_year() {
        for year in 1900..=2100 {
            let list = holidays(year);
            assert_eq!(list.len(), 16, "{year}");
            assert!(list.windows(2).all(|w| w[0].0 <= w[1].0), "{year}");
            assert!(list.iter().all(|(day, _)| day.year() == year), "{year}");
        }
    }

    #[test]
    fn shared_dates_list_both_and_prefer_fixed_holiday() {
        // Easter 2008 was 23 March, so Ascension Day fell on 1 May.
        let list = holidays(2008);
        assert!(list.contains(&(date(2008, 5, 1), Holiday::MayDay)));
        assert!(list.contains(&(date(2008, 5, 1), Holiday::AscensionDay)));
        assert_eq!(holiday(date(2008, 5, 1)), Some(Holiday::MayDay));
    }

    #[test]
    fn working_days() {
        let cases = [
            (date(2026, 4, 2), true),   // Thursday
            (date(2026, 4, 3), false),  // Good Friday
            (date(2026, 4, 4), false),  // Saturday
            (date(2026, 4, 5), false),  // Easter Sunday
            (date(2026, 4, 6), false),  // Easter Monday
            (date(2026, 4, 7), true),   // Tuesday
            (date(2026, 6, 19), false), // Midsummer Eve
            (date(2026, 12, 24), false),
            (date(2026, 12, 31), false),
            (date(2027, 1, 6), false), // Epiphany, a Wednesday
            (date(2027, 1, 7), true),
        ];
        for (day, expected) in cases {
            assert_eq!(is_working_day(day), expected, "{day}");
        }
    }

    #[test]
    fn add_working_days_skips_weekends_and_holidays() {
        let cases = [
            // Easter 2026: Fri 3 Apr to Mon 6 Apr are off.
            (date(2026, 4, 2), 3, date(2026, 4, 9)),
            (date(2026, 4, 2), 1, date(2026, 4, 7)),
            // Easter 2025: Fri 18 Apr to Mon 21 Apr are off.
            (date(2025, 4, 17), 1, date(2025, 4, 22)),
            // Easter 2024: Fri 29 Mar to Mon 1 Apr are off.
            (date(2024, 3, 28), 2, date(2024, 4, 3)),
            // Easter 2027: Fri 26 Mar to Mon 29 Mar are off.
            (date(2027, 3, 25), 1, date(2027, 3, 30)),
            // Midsummer 2026: Thu 18 = 1, Fri 19 to Sun 21 off, Mon 22 = 2.
            (date(2026, 6, 17), 3, date(2026, 6, 23)),
            // Christmas 2026: Wed 23 = 1, Thu 24 to Sun 27 off, Mon 28 = 2.
            (date(2026, 12, 22), 3, date(2026, 12, 29)),
            // New Year: Wed 30 = 1, Thu 31 to Sun 3 off, Mon 4, Tue 5, Epiphany Wed 6.
            (date(2026, 12, 29), 3, date(2027, 1, 5)),
            (date(2026, 12, 29), 4, date(2027, 1, 7)),
            // Plain weekend.
            (date(2026, 4, 10), 1, date(2026, 4, 13)),
            (date(2026, 4, 9), 5, date(2026, 4, 16)),
            // Saturday start: Monday is the first working day.
            (date(2026, 4, 11), 1, date(2026, 4, 13)),
            (date(2026, 4, 11), 2, date(2026, 4, 14)),
            // Zero days returns the start, even on a non-working day.
            (date(2026, 4, 8), 0, date(2026, 4, 8)),
            (date(2026, 4, 11), 0, date(2026, 4, 11)),
            (date(2026, 4, 3), 0, date(2026, 4, 3)),
        ];
        for (start, days, expected) in cases {
            assert_eq!(add_working_days(start, days), expected, "{start} + {days}");
        }
    }

    #[test]
    fn working_day_on_or_before_moves_back_over_weekends_and_holidays() {
        // (date, the working day on or before it)
        let table = [
            ((2026, 3, 18), (2026, 3, 18)),   // an ordinary Wednesday stays
            ((2026, 3, 14), (2026, 3, 13)),   // Saturday
            ((2026, 3, 15), (2026, 3, 13)),   // Sunday
            ((2025, 5, 1), (2025, 4, 30)),    // första maj
            ((2026, 4, 6), (2026, 4, 2)),     // annandag påsk, Easter and Good Friday
            ((2026, 6, 19), (2026, 6, 18)),   // midsommarafton
            ((2026, 12, 26), (2026, 12, 23)), // annandag jul back over julafton
            ((2027, 1, 1), (2026, 12, 30)),   // nyårsdagen back over nyårsafton
        ];
        for ((y, m, d), (ey, em, ed)) in table {
            assert_eq!(
                working_day_on_or_before(date(y, m, d)),
                date(ey, em, ed),
                "{y}-{m}-{d}"
            );
        }
    }

    #[test]
    fn add_working_days_saturates_at_max_date() {
        assert_eq!(add_working_days(NaiveDate::MAX, 5), NaiveDate::MAX);
    }

    #[test]
    fn add_months_clamped_edge_cases() {
        let cases = [
            (date(2026, 1, 31), 1, date(2026, 2, 28)),
            (date(2028, 1, 31), 1, date(2028, 2, 29)),
            (date(2028, 2, 29), 12, date(2029, 2, 28)),
            (date(2028, 2, 29), 48, date(2032, 2, 29)),
            (date(2026, 3, 31), 1, date(2026, 4, 30)),
            (date(2026, 12, 15), 1, date(2027, 1, 15)),
            (date(2026, 11, 30), 3, date(2027, 2, 28)),
            (date(2026, 12, 31), 14, date(2028, 2, 29)),
            (date(2026, 5, 17), 0, date(2026, 5, 17)),
            (NaiveDate::MAX, 1, NaiveDate::MAX),
        ];
        for (start, months, expected) in cases {
            assert_eq!(
                add_months_clamped(start, months),
                expected,
                "{start} + {months}"
            );
        }
    }
}
