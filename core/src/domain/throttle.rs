//! Slowing down guessing: after five wrong passphrases in a row, each further attempt waits,
//! longer each time.

use chrono::{Duration, NaiveDateTime};

/// Wrong passphrases in a row that are free; from the next one on, a delay.
pub const FREE_ATTEMPTS: u32 = 5;

/// The longest wait.
pub const MAX_DELAY_SECONDS: i64 = 15 * 60;

/// How long the next attempt must wait after `failures` wrong passphrases in a row: nothing for
/// the first five, then 30 seconds, doubling with each further failure, at most 15 minutes.
pub fn sign_in_delay(failures: u32) -> Duration {
    if failures < FREE_ATTEMPTS {
        return Duration::zero();
    }
    let doublings = (failures - FREE_ATTEMPTS).min(10);
    Duration::seconds((30_i64 << doublings).min(MAX_DELAY_SECONDS))
}

/// When the next attempt may be made, after `failures` wrong passphrases, the last at `last`.
pub fn next_attempt_at(failures: u32, last: NaiveDateTime) -> NaiveDateTime {
    last + sign_in_delay(failures)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_delay_grows_after_five_failures_and_stops_at_fifteen_minutes() {
        let table = [
            (0, 0),
            (4, 0),
            (5, 30),
            (6, 60),
            (7, 120),
            (9, 480),
            (10, 900),
            (40, 900),
        ];
        for (failures, seconds) in table {
            assert_eq!(sign_in_delay(failures).num_seconds(), seconds, "{failures}");
        }
    }
}
