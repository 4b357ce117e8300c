//! Retention (*gallring*): how long a finished case keeps its personal data, which cases a
//! sweep anonymises on a given day, its report (counts per year, nothing personal), and when
//! the window reminds that a sweep is due.

use std::collections::BTreeMap;

use chrono::{Days, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use super::Status;

/// The shortest retention period a store accepts, in months.
pub const MIN_RETENTION_MONTHS: u32 = 1;

/// The longest retention period a store accepts, in months (ten years: longer than any
/// duty to keep complaint records, the accounting vouchers' seven years included).
pub const MAX_RETENTION_MONTHS: u32 = 120;

/// A sweep that ran fewer days ago than this keeps the reminder quiet.
pub const SWEEP_REMINDER_DAYS: u64 = 30;

/// How long a finished case is kept before a sweep anonymises it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RetentionSettings {
    /// Months after closure (the industry's code: 36).
    pub months: u32,
}

impl Default for RetentionSettings {
    fn default() -> Self {
        RetentionSettings { months: 36 }
    }
}

/// A retention period as typed: whole months, [`MIN_RETENTION_MONTHS`] to
/// [`MAX_RETENTION_MONTHS`].
pub fn parse_retention_months(input: &str) -> Option<u32> {
    input
        .trim()
        .parse()
        .ok()
        .filter(|m| (MIN_RETENTION_MONTHS..=MAX_RETENTION_MONTHS).contains(m))
}

/// A case's closure date after it moved to `to` on `today`: entering a finished status
/// (again, too: answered, then closed) dates the closure that day, and reopening clears it.
pub fn closed_on_after(to: Status, today: NaiveDate) -> Option<NaiveDate> {
    to.is_finished().then_some(today)
}

/// The last day a case closed on `closed_on` is kept: the same day `months` later, or that
/// month's last day when it is shorter (closed 2023-08-31, 6 months: 2024-02-29).
pub fn retention_ends(closed_on: NaiveDate, months: u32) -> NaiveDate {
    closed_on
        .checked_add_months(Months::new(months))
        .unwrap_or(NaiveDate::MAX)
}

/// Whether a case closed on `closed_on` is due for a sweep on `today`: it was closed more
/// than `months` months ago.
pub fn sweep_due(closed_on: NaiveDate, today: NaiveDate, months: u32) -> bool {
    today > retention_ends(closed_on, months)
}

/// Whether the window reminds that a sweep is due: some case is past its period (and not
/// held by a marked legal claim), and no sweep ran in the last [`SWEEP_REMINDER_DAYS`] days.
/// A sweep that left held cases behind so reminds again a month later, not every day.
pub fn sweep_reminder(due: u64, last_sweep: Option<NaiveDate>, today: NaiveDate) -> bool {
    let quiet_until = last_sweep.and_then(|d| d.checked_add_days(Days::new(SWEEP_REMINDER_DAYS)));
    due > 0 && quiet_until.is_none_or(|until| today >= until)
}

/// A sweep's counts for the cases closed in one year.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct YearCounts {
    /// Cases anonymised (or, in a dry run, to be anonymised).
    pub anonymised: u64,
    /// Cases past the period but kept under a legal hold.
    pub held: u64,
}

/// What a sweep did, or would do: counts only, per year of closure and in all.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SweepReport {
    /// Per year of closure.
    pub per_year: BTreeMap<i32, YearCounts>,
    /// Cases anonymised in all.
    pub anonymised: u64,
    /// Cases held in all.
    pub held: u64,
}

impl SweepReport {
    /// Counts one case past its period, closed in `year`, anonymised or `held`.
    pub fn count(&mut self, year: i32, held: bool) {
        let row = self.per_year.entry(year).or_default();
        if held {
            row.held += 1;
            self.held += 1;
        } else {
            row.anonymised += 1;
            self.anonymised += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().expect("date")
    }

    #[test]
    fn a_case_is_due_the_day_after_its_period_ends() {
        let table = [
            // (closed, months, today, due)
            ("2023-08-31", 36, "2026-08-31", false),
            ("2023-08-31", 36, "2026-09-01", true),
            ("2023-08-31", 6, "2024-02-29", false),
            ("2023-08-31", 6, "2024-03-01", true),
            ("2023-08-31", 18, "2025-02-28", false),
            ("2023-08-31", 18, "2025-03-01", true),
            ("2024-02-29", 36, "2027-02-28", false),
            ("2024-02-29", 36, "2027-03-01", true),
            ("2024-02-29", 48, "2028-02-29", false),
            ("2024-02-29", 48, "2028-03-01", true),
            ("2023-01-31", 1, "2023-02-28", false),
            ("2023-01-31", 1, "2023-03-01", true),
            ("2023-11-24", 36, "2026-11-24", false),
            ("2023-11-23", 36, "2026-11-24", true),
            ("2026-11-24", 1, "2026-11-24", false),
            ("2026-12-31", 120, "2036-12-31", false),
            ("2026-12-31", 120, "2037-01-01", true),
        ];
        for (closed, months, today, due) in table {
            assert_eq!(
                sweep_due(d(closed), d(today), months),
                due,
                "{closed} + {months} on {today}"
            );
        }
        assert_eq!(retention_ends(d("2023-08-31"), 36), d("2026-08-31"));
        assert_eq!(retention_ends(d("2023-08-31"), 6), d("2024-02-29"));
        assert_eq!(retention_ends(NaiveDate::MAX, 1), NaiveDate::MAX);
    }

    #[test]
    fn entering_a_finished_status_dates_the_closure() {
        use Status::*;
        let today = d("2026-11-24");
        for (to, closed) in [
            (Answered, true),
            (Closed, true),
            (Referred, true),
            (Escalated, false),
            (New, false),
            (UnderInvestigation, false),
            (AwaitingInformation, false),
            (AwaitingReview, false),
        ] {
            assert_eq!(closed_on_after(to, today), closed.then_some(today), "{to}");
        }
    }

    #[test]
    fn the_period_is_typed_in_whole_months_within_bounds() {
        let table = [
            ("36", Some(36)),
            (" 1 ", Some(1)),
            ("120", Some(120)),
            ("0", None),
            ("121", None),
            ("-3", None),
            ("3,5", None),
            ("tre", None),
            ("", None),
        ];
        for (input, expected) in table {
            assert_eq!(parse_retention_months(input), expected, "{input:?}");
        }
        assert_eq!(RetentionSettings::default().months, 36);
    }

    #[test]
    fn the_reminder_waits_a_month_after_a_sweep() {
        let today = d("2026-11-24");
        let table = [
            (0, None, false),
            (3, None, true),
            (3, Some("2026-11-24"), false),
            (3, Some("2026-10-26"), false),
            (3, Some("2026-10-25"), true),
            (3, Some("2025-01-01"), true),
            (0, Some("2025-01-01"), false),
        ];
        for (due, last, reminds) in table {
            assert_eq!(
                sweep_reminder(due, last.map(d), today),
                reminds,
                "{due} {last:?}"
            );
        }
    }

    #[test]
    fn the_report_counts_per_year_and_in_all() {
        let mut r = SweepReport::default();
        for (year, held) in [(2022, false), (2022, false), (2022, true), (2023, false)] {
            r.count(year, held);
        }
        assert_eq!(
            r.per_year.get(&2022),
            Some(&YearCounts {
                anonymised: 2,
                held: 1
            })
        );
        assert_eq!(
            r.per_year.get(&2023),
            Some(&YearCounts {
                anonymised: 1,
                held: 0
            })
        );
        assert_eq!((r.anonymised, r.held), (3, 1));
        let json = serde_json::to_string(&r).expect("json");
        assert_eq!(
            json,
            r#"{"per_year":{"2022":{"anonymised":2,"held":1},"2023":{"anonymised":1,"held":0}},"anonymised":3,"held":1}"#
        );
    }
}
