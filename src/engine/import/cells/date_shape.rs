//! The shape of a date cell: its digit runs and separators, before any calendar is chosen. Digits
//! may be ASCII, Persian or Arabic-Indic; after the date only a time may follow (`T` or spaces,
//! then a digit).

use super::digit_value;

/// The longest cell read as a date; longer text is not a date.
const MAX_LEN: usize = 64;

/// The shape of a date, before calendar checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Shape {
    /// Year first: `2024-05-01`, `2024/05/01`, `20240501`.
    YearFirst { year: u32, month: u32, day: u32 },
    /// `1.5.2024`: German and most European styles, always day first.
    DotDayFirst { day: u32, month: u32, year: u32 },
    /// `a/b/2024` or `a-b-2024`: the order of `a` and `b` depends on the writer.
    Slash { a: u32, b: u32, year: u32 },
    /// A bare whole number: a serial day or Unix seconds in a column of them.
    Number { value: u64, digits: usize },
}

/// Splits `text` into up to three digit runs and their separators, then matches the known shapes.
pub(super) fn shape(text: &str) -> Option<Shape> {
    let text = super::trim(text);
    if text.len() > MAX_LEN {
        return None;
    }
    iso_day(text).or_else(|| any_shape(text))
}

/// `shape` of trimmed `text` of at most `MAX_LEN` bytes, by the general rules.
fn any_shape(text: &str) -> Option<Shape> {
    let mut chars = text.char_indices().peekable();
    let mut numbers = [(0u64, 0usize); 3];
    let mut separators = ['\0'; 2];
    for (idx, slot) in numbers.iter_mut().enumerate() {
        while let Some(value) = chars.peek().and_then(|&(_, c)| digit_value(c)) {
            slot.0 = slot.0.checked_mul(10)?.checked_add(u64::from(value))?;
            slot.1 += 1;
            chars.next();
        }
        if slot.1 == 0 {
            return None;
        }
        if let Some(separator) = separators.get_mut(idx) {
            match chars.peek() {
                Some(&(_, c @ ('-' | '/' | '.'))) => {
                    *separator = c;
                    chars.next();
                }
                _ if idx == 0 => break,
                _ => return None,
            }
        }
    }
    let rest = chars
        .peek()
        .map_or("", |&(at, _)| text.get(at..).unwrap_or_default());
    if !is_time(rest) {
        return None;
    }
    let [(n1, len1), (n2, len2), (n3, len3)] = numbers;
    let [n1, n2, n3] = [n1, n2, n3].map(|n| u32::try_from(n).unwrap_or(u32::MAX));
    let short = |len: usize| (1..=2).contains(&len);
    match separators {
        ['\0', _] if len1 == 8 && rest.is_empty() => Some(Shape::YearFirst {
            year: n1 / 10_000,
            month: n1 / 100 % 100,
            day: n1 % 100,
        }),
        ['\0', _] if rest.is_empty() => Some(Shape::Number {
            value: numbers.first().map_or(0, |&(value, _)| value),
            digits: len1,
        }),
        [s1, s2] if s1 == s2 && len1 == 4 && short(len2) && short(len3) => Some(Shape::YearFirst {
            year: n1,
            month: n2,
            day: n3,
        }),
        ['.', '.'] if short(len1) && short(len2) && len3 == 4 => Some(Shape::DotDayFirst {
            day: n1,
            month: n2,
            year: n3,
        }),
        [s1, s2] if s1 == s2 && s1 != '.' && short(len1) && short(len2) && len3 == 4 => {
            Some(Shape::Slash {
                a: n1,
                b: n2,
                year: n3,
            })
        }
        _ => None,
    }
}

/// The shape of ASCII `YYYY-MM-DD`, alone or before a time: the common case, read straight from
/// the bytes. `None` for anything else, left to the general reading (which agrees on these).
fn iso_day(text: &str) -> Option<Shape> {
    let &[y1, y2, y3, y4, b'-', m1, m2, b'-', d1, d2] = text.as_bytes().get(..10)? else {
        return None;
    };
    // A digit of any script after the day would make it a longer number.
    let rest = text.get(10..)?;
    if !(rest.is_empty() || rest.starts_with([' ', 'T']) && is_time(rest)) {
        return None;
    }
    Some(Shape::YearFirst {
        year: ascii_number(&[y1, y2, y3, y4])?,
        month: ascii_number(&[m1, m2])?,
        day: ascii_number(&[d1, d2])?,
    })
}

/// The value of ASCII digits; `None` when one is not a digit.
#[inline]
fn ascii_number(digits: &[u8]) -> Option<u32> {
    digits.iter().try_fold(0, |number, &digit| {
        let value = digit.wrapping_sub(b'0');
        (value < 10).then(|| number * 10 + u32::from(value))
    })
}

/// Whether `rest`, the text after a date, may follow one: nothing, or a time (`T` or spaces,
/// then a digit).
fn is_time(rest: &str) -> bool {
    let time = rest.trim_start_matches(' ');
    let time = time.strip_prefix('T').unwrap_or(time);
    rest.is_empty() || time.starts_with(|c: char| digit_value(c).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn iso_days_with_or_without_a_time_take_the_fast_path() {
        let may_5 = Some(Shape::YearFirst {
            year: 2024,
            month: 5,
            day: 1,
        });
        assert_eq!(iso_day("2024-05-01"), may_5);
        assert_eq!(iso_day("2024-05-01 10:00:00 -0400"), may_5);
        assert_eq!(iso_day("2024-05-01T10:00:00Z"), may_5);
        assert_eq!(iso_day("2024-05-011"), None);
        assert_eq!(iso_day("2024-05-01۱"), None);
        assert_eq!(shape("2024-05-01x"), None);
    }

    proptest! {
        #[test]
        fn the_iso_fast_path_agrees_with_the_general_reading(
            text in "[0-9]{4}-[0-9]{2}-[0-9]{2}([ T][0-9:]{0,4}|[0-9۱x ]{0,2})|[0-9-]{10,12}"
        ) {
            if let Some(fast) = iso_day(&text) {
                prop_assert_eq!(Some(fast), any_shape(&text));
            }
        }
    }
}
