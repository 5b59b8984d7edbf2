//! Counts and durations written in a cell. A count is a whole number in any digits (`3`, `۳`). A
//! duration is `H:MM` or `H:MM:SS` (Freshdesk writes `29:21:00` for 29 h 21 min), or a number of
//! the column's unit (Zendesk `First reply time in minutes`: `77`; `Resolution time`: hours), read
//! as whole seconds.

use super::digit_value;

/// The unit of a duration column's plain numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DurationUnit {
    Minutes,
    Hours,
}

/// The whole number in `cell`, ASCII, Persian or Arabic-Indic digits.
pub(crate) fn parse_count(cell: &str) -> Option<u32> {
    let text = cell.trim();
    if text.is_empty() {
        return None;
    }
    text.chars().try_fold(0u32, |acc, c| {
        acc.checked_mul(10)?.checked_add(u32::from(digit_value(c)?))
    })
}

/// The duration in `cell` in seconds, its plain numbers in `unit`.
pub(crate) fn parse_duration(cell: &str, unit: DurationUnit) -> Option<u32> {
    let text = cell.trim();
    if text.contains(':') {
        let mut parts = text.split(':').map(parse_count);
        let hours = parts.next()??;
        let minutes = parts.next()??;
        let seconds = parts.next().unwrap_or(Some(0))?;
        if parts.next().is_some() || minutes >= 60 || seconds >= 60 {
            return None;
        }
        return hours.checked_mul(3600)?.checked_add(minutes * 60 + seconds);
    }
    let (whole, fraction) = match text.split_once(['.', '٫']) {
        Some((whole, fraction)) => (whole, fraction),
        None => (text, ""),
    };
    let whole = parse_count(whole)?;
    let scale = match unit {
        DurationUnit::Minutes => 60.0,
        DurationUnit::Hours => 3600.0,
    };
    let fraction = if fraction.is_empty() {
        0.0
    } else {
        let digits = u32::try_from(fraction.chars().count()).ok()?;
        f64::from(parse_count(fraction)?) / 10f64.powi(i32::try_from(digits).ok()?)
    };
    let seconds = ((f64::from(whole) + fraction) * scale).round();
    (seconds <= f64::from(u32::MAX)).then_some(seconds as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_whole_numbers_in_any_digits() {
        assert_eq!(parse_count(" 3 "), Some(3));
        assert_eq!(parse_count("۱۲"), Some(12));
        for cell in ["", "2.5", "-1", "two", "99999999999"] {
            assert_eq!(parse_count(cell), None, "{cell}");
        }
    }

    #[test]
    fn durations_read_clock_times_and_numbers_of_the_unit() {
        assert_eq!(
            parse_duration("29:21:00", DurationUnit::Hours),
            Some(105_660)
        );
        assert_eq!(parse_duration("02:43", DurationUnit::Minutes), Some(9_780));
        assert_eq!(parse_duration("77", DurationUnit::Minutes), Some(4_620));
        assert_eq!(parse_duration("18", DurationUnit::Hours), Some(64_800));
        assert_eq!(parse_duration("1.5", DurationUnit::Hours), Some(5_400));
        for cell in ["", "1:60", "a:00", "1:2:3:4", "-5", "soon"] {
            assert_eq!(parse_duration(cell, DurationUnit::Minutes), None, "{cell}");
        }
    }
}
