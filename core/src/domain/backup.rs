//! Backups: how they are named, which to keep (daily, weekly and monthly copies, as a
//! grandfather–father–son rotation) and when one is due or overdue.

use std::collections::BTreeSet;

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

/// Where backups go and how they are kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct BackupSettings {
    /// The folder backups are written to (a second disk, a network share, a USB stick); empty
    /// until the administrator chooses one.
    pub folder: String,
    /// How many copies are kept.
    pub rotation: Rotation,
    /// The inbox warns after this many days without a good backup.
    pub warn_after_days: u32,
}

impl Default for BackupSettings {
    fn default() -> Self {
        BackupSettings {
            folder: String::new(),
            rotation: Rotation::default(),
            warn_after_days: 3,
        }
    }
}

/// How many copies a rotation keeps: the newest of each of the last `daily` days, `weekly` ISO
/// weeks and `monthly` months that have a backup.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Rotation {
    /// Days.
    pub daily: u32,
    /// ISO weeks.
    pub weekly: u32,
    /// Calendar months.
    pub monthly: u32,
}

impl Default for Rotation {
    fn default() -> Self {
        Rotation {
            daily: 7,
            weekly: 4,
            monthly: 12,
        }
    }
}

/// A day, week or month as a key: the year and the day, week or month in it.
type Period = fn(NaiveDate) -> (i32, u32);

/// The backups to keep of those made at `made` (any order): the newest of each period that
/// has one, for the last periods the rotation names; the newest backup is always kept. Returns
/// indexes into `made`.
pub fn to_keep(made: &[NaiveDateTime], rotation: Rotation) -> BTreeSet<usize> {
    let mut order: Vec<usize> = (0..made.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(made[i]));
    let mut keep = BTreeSet::new();
    if let Some(&newest) = order.first() {
        keep.insert(newest);
    }
    let periods: [(u32, Period); 3] = [
        (rotation.daily, |d| (d.year(), d.ordinal())),
        (rotation.weekly, |d| {
            (d.iso_week().year(), d.iso_week().week())
        }),
        (rotation.monthly, |d| (d.year(), d.month())),
    ];
    for (count, period) in periods {
        let mut seen = BTreeSet::new();
        for &i in &order {
            if seen.len() >= count as usize {
                break;
            }
            // Newest first: the first backup met in a period is that period's newest.
            if seen.insert(period(made[i].date())) {
                keep.insert(i);
            }
        }
    }
    keep
}

/// Whether a new automatic backup is due: none has been made, or the last good one is a day
/// old or more.
pub fn backup_due(last_good: Option<NaiveDateTime>, now: NaiveDateTime) -> bool {
    last_good.is_none_or(|at| now - at >= Duration::days(1))
}

/// Whether the inbox warns: no good backup for `warn_days` days (or none at all).
pub fn backup_overdue(
    last_good: Option<NaiveDateTime>,
    now: NaiveDateTime,
    warn_days: u32,
) -> bool {
    last_good.is_none_or(|at| now - at >= Duration::days(i64::from(warn_days)))
}

/// The file name of a backup made at `at`: `klagomal-backup-20261204-181500.db`, which sorts by
/// time.
pub fn backup_file_name(at: NaiveDateTime) -> String {
    format!("klagomal-backup-{}.db", at.format("%Y%m%d-%H%M%S"))
}

/// When the backup named `name` was made, if it is one of ours.
pub fn backup_made_at(name: &str) -> Option<NaiveDateTime> {
    let stamp = name.strip_prefix("klagomal-backup-")?.strip_suffix(".db")?;
    NaiveDateTime::parse_from_str(stamp, "%Y%m%d-%H%M%S").ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(day: NaiveDate, hour: u32) -> NaiveDateTime {
        day.and_hms_opt(hour, 0, 0).expect("time")
    }

    #[test]
    fn a_year_of_daily_backups_keeps_seven_days_four_weeks_and_twelve_months() {
        // One backup at 17:00 every day of 2026, two on each Monday.
        let start = NaiveDate::from_ymd_opt(2026, 1, 1).expect("date");
        let mut made = Vec::new();
        for n in 0..365 {
            let day = start + Duration::days(n);
            made.push(at(day, 17));
            if day.weekday() == chrono::Weekday::Mon {
                made.push(at(day, 9));
            }
        }
        let keep = to_keep(&made, Rotation::default());
        let mut kept: Vec<NaiveDateTime> = keep.iter().map(|&i| made[i]).collect();
        kept.sort();
        let last = NaiveDate::from_ymd_opt(2026, 12, 31).expect("date");
        // The last seven days, at 17:00 (Monday's newest is the evening one).
        for n in 0..7 {
            assert!(kept.contains(&at(last - Duration::days(n), 17)), "day {n}");
        }
        assert!(!kept.contains(&at(NaiveDate::from_ymd_opt(2026, 12, 28).expect("d"), 9)));
        // The newest of each of the last four ISO weeks: this week's Thursday and Sunday 27 Dec
        // (both already kept as days), Sundays 20 Dec and 13 Dec.
        for d in [27, 20, 13] {
            let day = NaiveDate::from_ymd_opt(2026, 12, d).expect("date");
            assert!(kept.contains(&at(day, 17)), "week ending {day}");
        }
        // The newest of each of the last twelve months: the last day of each month.
        for m in 1..=11 {
            let next = NaiveDate::from_ymd_opt(2026, m + 1, 1).expect("date");
            assert!(
                kept.contains(&at(next - Duration::days(1), 17)),
                "month {m}"
            );
        }
        // 7 days + 2 more weeks + 11 more months; nothing else.
        assert_eq!(kept.len(), 7 + 2 + 11, "{kept:?}");
        assert!(!kept.contains(&at(NaiveDate::from_ymd_opt(2026, 6, 15).expect("d"), 17)));
    }

    #[test]
    fn the_newest_is_kept_and_nothing_is_lost_below_the_counts() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 4).expect("date");
        let made = [at(day, 9), at(day, 12), at(day, 8)];
        assert_eq!(to_keep(&made, Rotation::default()), BTreeSet::from([1]));
        let none = Rotation {
            daily: 0,
            weekly: 0,
            monthly: 0,
        };
        assert_eq!(to_keep(&made, none), BTreeSet::from([1]));
        assert!(to_keep(&[], Rotation::default()).is_empty());
    }

    #[test]
    fn due_and_overdue_follow_the_clock() {
        let now = at(NaiveDate::from_ymd_opt(2026, 12, 4).expect("date"), 17);
        assert!(backup_due(None, now));
        assert!(!backup_due(Some(now - Duration::hours(23)), now));
        assert!(backup_due(Some(now - Duration::hours(24)), now));
        assert!(!backup_overdue(Some(now - Duration::days(2)), now, 3));
        assert!(backup_overdue(Some(now - Duration::days(3)), now, 3));
        assert!(backup_overdue(None, now, 3));
    }

    #[test]
    fn names_sort_by_time_and_read_back() {
        let made = at(NaiveDate::from_ymd_opt(2026, 12, 4).expect("date"), 18);
        let name = backup_file_name(made);
        assert_eq!(name, "klagomal-backup-20261204-180000.db");
        assert_eq!(backup_made_at(&name), Some(made));
        assert_eq!(backup_made_at("klagomal.db"), None);
    }
}
