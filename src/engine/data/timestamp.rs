//! A moment as written in a file: seconds since 1970-01-01 00:00:00 on the file's clock. No time
//! zone is applied: Stripe and Typeform write UTC, so theirs are instants; a help desk's local
//! time stays local until a metric that compares instants converts it (shared/data/README.md
//! § Conventions). Durations between two moments of one file are exact either way, except across
//! a daylight-saving change.

use super::Day;

const SECONDS_PER_DAY: i64 = 86_400;

/// Seconds since 1970-01-01 00:00:00 on the file's clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Timestamp(pub i64);

impl Timestamp {
    /// The moment `seconds` after the start of `day`.
    pub fn at(day: Day, seconds: u32) -> Timestamp {
        Timestamp(i64::from(day.0) * SECONDS_PER_DAY + i64::from(seconds))
    }

    /// The calendar day it falls on.
    pub fn day(self) -> Day {
        Day(i32::try_from(self.0.div_euclid(SECONDS_PER_DAY)).unwrap_or(i32::MAX))
    }

    /// Whole days from `self` to `later` (24-hour periods, rounded down; negative when `later` is
    /// earlier).
    pub fn whole_days_until(self, later: Timestamp) -> i64 {
        (later.0 - self.0).div_euclid(SECONDS_PER_DAY)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_days_count_24_hour_periods() {
        let day = Day::from_ymd(2024, 1, 1).unwrap();
        let start = Timestamp::at(day, 20 * 3600);
        // 2024-01-31 19:00 is 29 days and 23 hours later.
        assert_eq!(
            start.whole_days_until(Timestamp::at(day.plus(30), 19 * 3600)),
            29
        );
        assert_eq!(
            start.whole_days_until(Timestamp::at(day.plus(30), 20 * 3600)),
            30
        );
        assert_eq!(start.day(), day);
    }
}
