//! Amounts of money written in a cell → `Money` (hundredths), in exact integer arithmetic.
//!
//! Accepted: an optional sign or accounting parentheses `(12.00)` (negative); a currency symbol
//! (`$ € £ ﷼` …), a three-letter code (`USD`, `EUR`) or a written currency (`تومان`, `د.إ`) before
//! or after the number; digits ASCII, Persian or Arabic-Indic. Separators: `٫` is always the
//! decimal mark and `٬`, `'` and spaces always group thousands. With `.` and `,` both present the
//! last one is the decimal mark (`1,234.50`, `1.234,50`). With only one of them, a single
//! occurrence followed by one or two digits is the decimal mark (`12.5`, `18,90`); otherwise it
//! groups thousands (`1,234`, `1.234.567`). Groups after the first have exactly three digits, so
//! `12,34,56` and `12.5.0` are refused, as are exponents (`1e3`) and more than two decimals.

use super::digit_value;
use crate::engine::data::Money;

const SYMBOLS: &[char] = &[
    '$', '€', '£', '¥', '₹', '﷼', '₺', '₽', '₩', '₪', '₫', '₴', '₦', '₱', '¢',
];
const WORDS: &[&str] = &[
    "تومان",
    "تومن",
    "ریال",
    "ريال",
    "د.إ",
    "ر.س",
    "د.ك",
    "ر.ق",
    "ر.ع",
    "د.ب",
];
/// Digit groups an amount may have (enough for 10^30 with thousands separators).
const MAX_GROUPS: usize = 12;

/// The amount written in `text`, or `None` when it is not an amount.
#[inline]
pub(crate) fn parse_money(text: &str) -> Option<Money> {
    let text = super::trim(text);
    plain_amount(text).or_else(|| any_amount(text))
}

/// `parse_money` of trimmed `text` in every form the module doc lists. Never inlined: most
/// amounts are plain, and `parse_money` stays small enough to inline without it.
#[inline(never)]
fn any_amount(text: &str) -> Option<Money> {
    let mut rest = text;
    let mut negative = false;
    if let Some(inner) = rest.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
        negative = true;
        rest = inner.trim();
    }
    // A sign and a currency may come in either order before the number (`-$5`, `$-5`).
    for _ in 0..2 {
        if let Some(unsigned) = rest.strip_prefix(['-', '−', '+']) {
            if negative || rest.starts_with('+') && unsigned.starts_with(['-', '−']) {
                return None;
            }
            negative = rest.starts_with(['-', '−']);
            rest = unsigned.trim_start();
        }
        rest = strip_currency_prefix(rest).trim_start();
    }
    rest = strip_currency_suffix(rest).trim_end();
    let cents = parse_number(rest)?;
    Some(Money(if negative {
        cents.checked_neg()?
    } else {
        cents
    }))
}

/// `123`, `-123.4`, `123.45`: ASCII digits, at most 15 before an optional `.` and one or two
/// after it, read straight from the bytes. `None` for anything else, left to the general reading
/// (which agrees on these).
#[inline]
fn plain_amount(text: &str) -> Option<Money> {
    let (negative, unsigned) = match text.as_bytes() {
        [b'-', rest @ ..] => (true, rest),
        bytes => (false, bytes),
    };
    // The decimals are the end of the text: no search for the dot.
    let (whole, cents) = match unsigned {
        [whole @ .., b'.', tenths, hundredths] => (whole, digits(&[*tenths, *hundredths])?),
        [whole @ .., b'.', tenths] => (whole, digits(&[*tenths])? * 10),
        whole => (whole, 0),
    };
    if whole.is_empty() || whole.len() > 15 {
        return None;
    }
    let cents = digits(whole)? * 100 + cents;
    Some(Money(if negative { -cents } else { cents }))
}

/// The number written in ASCII digits `bytes` (at most 15 of them, so no overflow); `None` when
/// another byte is among them.
#[inline]
fn digits(bytes: &[u8]) -> Option<i64> {
    bytes.iter().try_fold(0i64, |number, &b| {
        b.is_ascii_digit()
            .then(|| number * 10 + i64::from(b - b'0'))
    })
}

fn strip_currency_prefix(text: &str) -> &str {
    if let Some(rest) = text.strip_prefix(SYMBOLS) {
        return rest;
    }
    if let Some(rest) = WORDS.iter().find_map(|word| text.strip_prefix(word)) {
        return rest;
    }
    let letters = text.bytes().take_while(u8::is_ascii_alphabetic).count();
    let after = text.get(letters..).unwrap_or_default();
    match letters {
        3 => after,
        // `US$`, `R$`, `C$`.
        1 | 2 => after.strip_prefix(SYMBOLS).unwrap_or(text),
        _ => text,
    }
}

fn strip_currency_suffix(text: &str) -> &str {
    if let Some(rest) = text.strip_suffix(SYMBOLS) {
        return rest;
    }
    if let Some(rest) = WORDS.iter().find_map(|word| text.strip_suffix(word)) {
        return rest;
    }
    let letters = text
        .bytes()
        .rev()
        .take_while(u8::is_ascii_alphabetic)
        .count();
    if letters == 3 {
        text.get(..text.len() - letters).unwrap_or(text)
    } else {
        text
    }
}

/// Digits and separators → hundredths. Groups are the digit runs between separators.
fn parse_number(text: &str) -> Option<i64> {
    let mut groups = [(0i64, 0usize); MAX_GROUPS];
    let mut separators = ['\0'; MAX_GROUPS];
    let mut n_groups = 1;
    for c in text.chars() {
        let idx = n_groups - 1;
        if let Some(value) = digit_value(c) {
            let group = groups.get_mut(idx)?;
            group.0 = group.0.checked_mul(10)?.checked_add(i64::from(value))?;
            group.1 += 1;
        } else if is_separator(c) {
            // Two separators in a row, or a leading one other than a decimal mark, are refused
            // below by the group-length checks.
            *separators.get_mut(idx)? = c;
            n_groups += 1;
            if n_groups > MAX_GROUPS {
                return None;
            }
        } else {
            return None;
        }
    }
    let groups = groups.get(..n_groups)?;
    let separators = separators.get(..n_groups - 1)?;
    let (integer, fraction) = match decimal_mark(separators, groups) {
        Some(_) => groups.split_at(n_groups - 1),
        None => (groups, &[][..]),
    };
    // `.50` has an empty whole part; a text without any digit is no number.
    let whole_digits: usize = integer.iter().map(|&(_, len)| len).sum();
    if whole_digits == 0 && fraction.is_empty() {
        return None;
    }
    let grouped = separators
        .get(..integer.len().saturating_sub(1))
        .unwrap_or_default();
    let units = whole_units(integer, grouped)?;
    let cents = match fraction {
        [] => 0,
        [(value, 1)] => value * 10,
        [(value, 2)] => *value,
        _ => return None,
    };
    units.checked_mul(100)?.checked_add(cents)
}

fn is_separator(c: char) -> bool {
    matches!(
        c,
        '.' | ',' | '٫' | '٬' | '\'' | '’' | ' ' | '\u{00A0}' | '\u{202F}' | '\u{2009}'
    )
}

/// The decimal mark among `separators`, if the last one is one (see the module doc).
fn decimal_mark(separators: &[char], groups: &[(i64, usize)]) -> Option<char> {
    let &last = separators.last()?;
    let (_, last_len) = *groups.last()?;
    let occurrences = separators.iter().filter(|&&c| c == last).count();
    let has = |c: char| separators.contains(&c);
    let is_mark = match last {
        '٫' => true,
        '.' if has(',') => occurrences == 1,
        ',' if has('.') => occurrences == 1,
        '.' | ',' => occurrences == 1 && (1..=2).contains(&last_len),
        _ => false,
    };
    is_mark.then_some(last)
}

/// The value of digit groups joined by thousands separators: one separator kind, the first group
/// 1-3 digits (or the only group, any length), every later group exactly 3 digits.
fn whole_units(groups: &[(i64, usize)], separators: &[char]) -> Option<i64> {
    let Some((&(first, first_len), later)) = groups.split_first() else {
        return Some(0);
    };
    if later.is_empty() {
        return Some(first);
    }
    let one_kind = separators
        .windows(2)
        .all(|pair| pair.first() == pair.get(1));
    if !one_kind || !(1..=3).contains(&first_len) || later.iter().any(|&(_, len)| len != 3) {
        return None;
    }
    later.iter().try_fold(first, |total, &(value, _)| {
        total.checked_mul(1000)?.checked_add(value)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn cents(text: &str) -> Option<i64> {
        parse_money(text).map(|money| money.0)
    }

    #[test]
    fn plain_and_grouped_amounts() {
        assert_eq!(cents("12.50"), Some(1250));
        assert_eq!(cents("12.5"), Some(1250));
        assert_eq!(cents("10"), Some(1000));
        assert_eq!(cents("1,234.50"), Some(123_450));
        assert_eq!(cents("1,234"), Some(123_400));
        assert_eq!(cents("1 234 567,89"), Some(123_456_789));
        assert_eq!(cents(".50"), Some(50));
        assert_eq!(cents("-0"), Some(0));
    }

    #[test]
    fn decimal_commas_are_read() {
        assert_eq!(cents("18,90"), Some(1890));
        assert_eq!(cents("1.234,50"), Some(123_450));
        assert_eq!(cents("1.234.567"), Some(123_456_700));
        // One separator before exactly three digits groups thousands.
        assert_eq!(cents("12.345"), Some(1_234_500));
    }

    #[test]
    fn currencies_and_accounting_negatives() {
        assert_eq!(cents("$1,234.50"), Some(123_450));
        assert_eq!(cents("€ 9,90"), Some(990));
        assert_eq!(cents("12.00 USD"), Some(1200));
        assert_eq!(cents("EUR 12"), Some(1200));
        assert_eq!(cents("US$5"), Some(500));
        assert_eq!(cents("(12.00)"), Some(-1200));
        assert_eq!(cents("-$5.25"), Some(-525));
        assert_eq!(cents("$-5.25"), Some(-525));
        assert_eq!(cents("۲۳۱٫۳۷ د.إ"), Some(23_137));
    }

    #[test]
    fn persian_digits_and_separators() {
        assert_eq!(cents("۱٬۲۵۰٬۰۰۰"), Some(125_000_000));
        assert_eq!(cents("٢٣١٫٣٧"), Some(23_137));
        assert_eq!(cents("۱٬۲۵۰٬۰۰۰ تومان"), Some(125_000_000));
    }

    #[test]
    fn malformed_amounts_are_refused() {
        for text in [
            "12,34,56",
            "1e3",
            "12.5.0",
            "",
            "ten",
            "N/A",
            "12.345,6.7",
            "1,,234",
            "1..5",
            "$",
            ".",
            "12.",
            "(-12)",
            "--5",
            "1,2345",
            "12e",
            "1 2",
            "9/10",
            "99999999999999999999",
        ] {
            assert_eq!(cents(text), None, "{text}");
        }
    }

    proptest! {
        #[test]
        fn written_cents_round_trip(value in -1_000_000_000i64..1_000_000_000) {
            let sign = if value < 0 { "-" } else { "" };
            let written = format!("{sign}{}.{:02}", value.abs() / 100, value.abs() % 100);
            prop_assert_eq!(cents(&written), Some(value));
        }

        #[test]
        fn no_text_panics(text in "\\PC{0,40}") {
            let _money = parse_money(&text);
        }

        #[test]
        fn the_plain_fast_path_agrees_with_the_general_reading(
            text in "-?[0-9]{0,17}([.][0-9]{0,3})?|[-0-9.,]{0,8}"
        ) {
            if let Some(money) = plain_amount(&text) {
                prop_assert_eq!(Some(money), any_amount(&text));
            }
        }
    }
}
