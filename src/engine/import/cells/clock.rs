//! The time of day written after a date: `20:05` (Stripe), `15:34:19` (Zendesk), `10:00:00 -0400`
//! (Shopify; the offset is not applied), `2024-01-05T10:00:00Z`, `3:45:12 PM GMT-4` (Google
//! Forms), `07:51:36 PM` (SurveyMonkey), `٣:٤٥:١٢ م` (Arabic, ص = AM and م = PM), `ق.ظ`/`ب.ظ`
//! (Persian). Digits may be ASCII, Persian or Arabic-Indic. Read as seconds since midnight.

use super::digit_value;

/// What the cell says about its time of day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Clock {
    /// No time is written (a date only).
    Absent,
    /// Seconds since midnight.
    At(u32),
    /// Something like a time is written but cannot be read (`25:00`, `7:61`).
    Unreadable,
}

/// The time of day in `cell`, a date followed by a time.
pub(crate) fn time_of_day(cell: &str) -> Clock {
    let mut tokens = cell
        .split(|c: char| c.is_whitespace() || c == 'T')
        .filter(|token| !token.is_empty());
    let Some(time) = tokens.find(|token| token.contains(':')) else {
        return Clock::Absent;
    };
    let time = time
        .split(['Z', '+', 'z'])
        .next()
        .unwrap_or(time)
        .split('.')
        .next()
        .unwrap_or(time);
    let mut parts = time.split(':').map(number);
    let (Some(Some(hours)), Some(Some(minutes))) = (parts.next(), parts.next()) else {
        return Clock::Unreadable;
    };
    let seconds = match parts.next() {
        None => 0,
        Some(Some(seconds)) => seconds,
        Some(None) => return Clock::Unreadable,
    };
    let marker = tokens.next().map(|token| token.to_lowercase());
    let is_pm = match marker.as_deref() {
        Some("pm" | "p.m." | "م" | "ب.ظ" | "بعدازظهر") => Some(true),
        Some("am" | "a.m." | "ص" | "ق.ظ" | "قبل‌ازظهر") => Some(false),
        _ => None,
    };
    let hours = match is_pm {
        Some(_) if !(1..=12).contains(&hours) => return Clock::Unreadable,
        Some(true) => hours % 12 + 12,
        Some(false) => hours % 12,
        None => hours,
    };
    if parts.next().is_some() || hours > 23 || minutes > 59 || seconds > 59 {
        return Clock::Unreadable;
    }
    Clock::At(hours * 3600 + minutes * 60 + seconds)
}

/// A number of one or two digits.
fn number(text: &str) -> Option<u32> {
    let digits: Option<Vec<u8>> = text.chars().map(digit_value).collect();
    match digits?.as_slice() {
        [a] => Some(u32::from(*a)),
        [a, b] => Some(u32::from(*a) * 10 + u32::from(*b)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(h: u32, m: u32, s: u32) -> Clock {
        Clock::At(h * 3600 + m * 60 + s)
    }

    #[test]
    fn the_samples_times_of_day() {
        assert_eq!(time_of_day("2025-01-04 20:05"), at(20, 5, 0));
        assert_eq!(time_of_day("2024-01-02 15:34:19"), at(15, 34, 19));
        assert_eq!(time_of_day("2024-05-01 10:00:00 -0400"), at(10, 0, 0));
        assert_eq!(time_of_day("2024-01-05T10:00:00Z"), at(10, 0, 0));
        assert_eq!(time_of_day("2024/03/15 3:45:12 PM GMT-4"), at(15, 45, 12));
        assert_eq!(time_of_day("01/23/2024 12:51:36 AM"), at(0, 51, 36));
        assert_eq!(time_of_day("٠٩/٠٢/٢٠٢٣ ٧:٤٩:٣١ م"), at(19, 49, 31));
        assert_eq!(time_of_day("1403/02/15 10:22"), at(10, 22, 0));
        assert_eq!(time_of_day("2024-01-05"), Clock::Absent);
    }

    #[test]
    fn impossible_times_are_unreadable() {
        for cell in [
            "2024-01-05 25:00",
            "2024-01-05 7:61",
            "2024-01-05 13:00 PM",
            "2024-01-05 1:2:3:4",
        ] {
            assert_eq!(time_of_day(cell), Clock::Unreadable, "{cell}");
        }
    }
}
