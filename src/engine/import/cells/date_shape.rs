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
    let text = text.trim();
    if text.len() > MAX_LEN {
        return None;
    }
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
    // After the date only a time may follow: `T` or spaces, then a digit.
    let rest = chars
        .peek()
        .map_or("", |&(at, _)| text.get(at..).unwrap_or_default());
    let time = rest.trim_start_matches(' ');
    let time = time.strip_prefix('T').unwrap_or(time);
    if !rest.is_empty() && !time.starts_with(|c: char| digit_value(c).is_some()) {
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
