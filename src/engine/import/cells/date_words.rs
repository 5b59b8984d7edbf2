//! Dates with an English month name: `Mar 5, 2024`, `March 5 2024`, `5 Mar 2024`, `5-Mar-2024`,
//! optionally followed by a time. Names may be abbreviated to three letters or more (`Sept`).

use super::digit_value;

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// `(year, month, day)` of a month-name date, before calendar checks.
pub(super) fn month_name_date(text: &str) -> Option<(u32, u32, u32)> {
    let mut tokens = text
        .split(|c: char| c.is_whitespace() || c == ',' || c == '-')
        .filter(|token| !token.is_empty());
    let first = tokens.next()?;
    let second = tokens.next()?;
    let year = number(tokens.next()?, 4)?;
    let (month, day) = match month(first) {
        Some(month) => (month, number(second, 2)?),
        None => (month(second)?, number(first, 2)?),
    };
    // Only a time may follow.
    match tokens.next() {
        Some(token) if !token.starts_with(|c: char| digit_value(c).is_some()) => None,
        _ => Some((year, month, day)),
    }
}

/// The month 1..=12 named by `token` (`Mar`, `march`, `Sept.`).
fn month(token: &str) -> Option<u32> {
    let name = token.trim_end_matches('.').to_ascii_lowercase();
    if name.len() < 3 {
        return None;
    }
    let idx = MONTHS
        .iter()
        .position(|full| full.starts_with(&name) || name == "sept" && *full == "september")?;
    u32::try_from(idx + 1).ok()
}

/// A run of 1..=`max_len` digits (ASCII, Persian or Arabic-Indic).
fn number(token: &str, max_len: usize) -> Option<u32> {
    let mut value = 0u32;
    let mut len = 0usize;
    for c in token.chars() {
        value = value * 10 + u32::from(digit_value(c)?);
        len += 1;
        if len > max_len {
            return None;
        }
    }
    (len > 0).then_some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_first_and_day_first_names_are_read() {
        assert_eq!(month_name_date("Mar 5, 2024"), Some((2024, 3, 5)));
        assert_eq!(month_name_date("March 5 2024 10:00"), Some((2024, 3, 5)));
        assert_eq!(month_name_date("5 Mar 2024"), Some((2024, 3, 5)));
        assert_eq!(month_name_date("05-Sept-2024"), Some((2024, 9, 5)));
        assert_eq!(month_name_date("Dec. 31, 1999"), Some((1999, 12, 31)));
    }

    #[test]
    fn other_words_are_not_months() {
        for text in [
            "Ma 5, 2024",
            "Mars 5, 2024",
            "5 5 2024",
            "Mar 5",
            "Mar 5, 2024 garbage",
            "yesterday",
        ] {
            assert_eq!(month_name_date(text), None, "{text}");
        }
    }
}
