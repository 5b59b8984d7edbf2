//! Calendar days as plain integers: `Day(n)` is n days after 1970-01-01 (proleptic Gregorian).
//! Conversions use Howard Hinnant's `days_from_civil` / `civil_from_days`
//! (<https://howardhinnant.github.io/date_algorithms.html>), exact for every `i32` year range we
//! accept. No time zones: an order's day is the local calendar date written in the file.

/// A calendar date, counted in days since 1970-01-01.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Day(pub i32);

/// A Gregorian calendar date split into its parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Civil {
    pub year: i32,
    /// 1..=12
    pub month: u32,
    /// 1..=31
    pub day: u32,
}

impl Day {
    /// The day of a Gregorian date, or `None` when the date does not exist (2024-02-30) or lies
    /// outside years 1..=9999.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Day> {
        if !(1..=9999).contains(&year) || !(1..=12).contains(&month) {
            return None;
        }
        if day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Day(days_from_civil(year, month, day)))
    }

    /// The Gregorian date of this day.
    pub fn civil(self) -> Civil {
        civil_from_days(self.0)
    }

    /// ISO 8601 weekday: Monday = 1 … Sunday = 7.
    pub fn iso_weekday(self) -> u32 {
        // 1970-01-01 was a Thursday (4).
        (self.0 + 3).rem_euclid(7) as u32 + 1
    }

    /// The day `n` days later (earlier for negative `n`).
    pub fn plus(self, n: i32) -> Day {
        Day(self.0 + n)
    }

    /// The day written `YYYY-MM-DD` (as `Display` writes it), if that date exists.
    pub fn from_iso(text: &str) -> Option<Day> {
        let mut parts = text.splitn(3, '-');
        let year = parts.next()?.parse().ok()?;
        let month = parts.next()?.parse().ok()?;
        let day = parts.next()?.parse().ok()?;
        Day::from_ymd(year, month, day)
    }
}

impl std::fmt::Display for Day {
    /// `YYYY-MM-DD`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let c = self.civil();
        write!(f, "{:04}-{:02}-{:02}", c.year, c.month, c.day)
    }
}

/// Whether `year` is a Gregorian leap year.
pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Number of days in `month` (1..=12) of `year`.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

fn days_from_civil(year: i32, month: u32, day: u32) -> i32 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400; // [0, 399]
    let m = month as i32;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i32 - 1; // [0, 365]
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy; // [0, 146096]
    era * 146_097 + doe - 719_468
}

fn civil_from_days(days: i32) -> Civil {
    // In i64: the days at the ends of i32 (open-ended periods start and end there) overflow the
    // shift to 0000-03-01 in i32. Their years (about ±5.9 million) fit an i32 again.
    let z = i64::from(days) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097; // [0, 146096]
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365; // [0, 399]
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100); // [0, 365]
    let mp = (5 * doy + 2) / 153; // [0, 11]
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    Civil {
        year: i32::try_from(year).unwrap_or(if year < 0 { i32::MIN } else { i32::MAX }),
        month,
        day,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_ends_of_the_day_range_have_a_date() {
        assert!(Day(i32::MAX).to_string().starts_with("5881"));
        assert!(Day(i32::MIN).to_string().starts_with("-58"));
    }

    #[test]
    fn iso_text_round_trips() {
        let day = Day::from_ymd(2024, 2, 29).unwrap();
        assert_eq!(Day::from_iso(&day.to_string()), Some(day));
        assert_eq!(Day::from_iso("2023-02-29"), None);
        assert_eq!(Day::from_iso("2024-02"), None);
        assert_eq!(Day::from_iso("soon"), None);
    }

    #[test]
    fn epoch_and_known_dates() {
        assert_eq!(Day::from_ymd(1970, 1, 1), Some(Day(0)));
        // 2024-03-05 is Excel serial 45356; Excel's day 25569 is 1970-01-01.
        assert_eq!(Day::from_ymd(2024, 3, 5), Some(Day(45356 - 25569)));
        assert_eq!(
            Day::from_ymd(2000, 3, 1).map(|d| d.to_string()).as_deref(),
            Some("2000-03-01")
        );
    }

    #[test]
    fn impossible_dates_are_rejected() {
        assert_eq!(Day::from_ymd(2024, 2, 30), None);
        assert_eq!(Day::from_ymd(2023, 2, 29), None);
        assert_eq!(Day::from_ymd(2024, 13, 1), None);
        assert!(Day::from_ymd(2024, 2, 29).is_some());
    }

    #[test]
    fn weekdays() {
        assert_eq!(Day(0).iso_weekday(), 4); // Thursday
        assert_eq!(Day::from_ymd(2024, 1, 1).map(Day::iso_weekday), Some(1)); // Monday
    }

    proptest! {
        #[test]
        fn civil_round_trips(n in -700_000i32..2_900_000) {
            let c = Day(n).civil();
            prop_assert_eq!(Day::from_ymd(c.year, c.month, c.day), Some(Day(n)));
        }
    }
}
