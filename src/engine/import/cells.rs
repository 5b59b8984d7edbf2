//! One cell's text → a typed value: dates (`cells/date.rs`, Jalali by `data/jalali.rs`), money
//! (`cells/money.rs`), order statuses (`cells/status.rs`) and customer keys. Persian (۰-۹) and
//! Arabic-Indic (٠-٩) digits read as ASCII digits everywhere. Parsers return `None` for text they
//! cannot read; the caller turns that into an `Issue` naming row, column and value.
//!
//! Customer keys: e-mails and ids are trimmed and lower-cased. Iranian mobile numbers are written
//! many ways (`۰۹۱۲ ۳۴۵ ۶۷۸۹`, `+98912…`, `0098912…`, and `912…` once Excel dropped the leading
//! zero); in a mobile column they are normalised as README § Joining the files says: digits to
//! ASCII, spaces and dashes dropped, `+98`/`0098` to `0`, and a 10-digit number starting with `9`
//! gets its leading `0` back. Text that is no phone number keeps the e-mail rule.

mod clock;
mod date;
mod date_shape;
mod date_words;
mod money;
mod number;
mod score;
mod status;
mod words;

use super::keys::{hash_words, low_bytes};

pub(crate) use clock::{Clock, time_of_day};
pub(crate) use date::{DateColumn, DateStyle, DateTally, SlashOrder, is_date_number, parse_date};
pub(crate) use money::parse_money;
pub(crate) use number::{DurationUnit, parse_count, parse_duration};
pub(crate) use score::{Answer, SCALE, parse_score};
pub(crate) use status::{Purchase, StatusKind, classify};
pub(crate) use words::{
    interval, is_complete_response, is_recovered, subscription_status, ticket_state,
};

/// The value 0-9 of an ASCII, Persian or Arabic-Indic digit.
pub(crate) fn digit_value(c: char) -> Option<u8> {
    let value = match c {
        '0'..='9' => u32::from(c) - u32::from('0'),
        '۰'..='۹' => u32::from(c) - u32::from('۰'),
        '٠'..='٩' => u32::from(c) - u32::from('٠'),
        _ => return None,
    };
    u8::try_from(value).ok()
}

/// `text` in the form word lists are written in: trimmed, lower case, `_` and `-` read as spaces,
/// spaces collapsed, Arabic ي/ى/ك as Persian ی/ک, Arabic vowel marks dropped (`راضٍ` → `راض`).
pub(crate) fn normal_words(text: &str) -> String {
    let mapped: String = text
        .chars()
        .filter(|c| !('\u{064B}'..='\u{0652}').contains(c))
        .map(|c| match c {
            '_' | '-' | '\u{200C}' | '\u{00A0}' => ' ',
            'ي' | 'ى' => 'ی',
            'ك' => 'ک',
            other => other,
        })
        .flat_map(char::to_lowercase)
        .collect();
    mapped.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `text.trim()`, at once when `text` starts and ends with a visible ASCII character, as most
/// cells do.
#[inline]
pub(crate) fn trim(text: &str) -> &str {
    match (text.as_bytes().first(), text.as_bytes().last()) {
        (Some(first), Some(last)) if first.is_ascii_graphic() && last.is_ascii_graphic() => text,
        _ => text.trim(),
    }
}

/// How a customer column's cells become keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum KeyStyle {
    /// E-mails, ids, names: trimmed and lower-cased.
    #[default]
    Text,
    /// Mobile numbers, normalised (see the module doc); other text as `Text`.
    Mobile,
}

/// The customer key of `cell`: trimmed and lower-cased, so `Alice@x.com ` and `alice@x.com` are
/// one customer; a mobile normalised in a mobile column. The trimmed cell itself when it is
/// already a key (as most are), else written into `buffer`, whose allocation is reused.
pub(crate) fn customer_key<'a>(cell: &'a str, style: KeyStyle, buffer: &'a mut String) -> &'a str {
    let cell = trim(cell);
    if is_key_as_written(cell, style) {
        return cell;
    }
    buffer.clear();
    if style == KeyStyle::Mobile && mobile_key(cell, buffer) {
        return buffer;
    }
    buffer.clear();
    if cell.is_ascii() {
        buffer.push_str(cell);
        buffer.make_ascii_lowercase();
    } else {
        buffer.extend(cell.chars().flat_map(char::to_lowercase));
    }
    buffer
}

/// Whether trimmed `cell` is its own customer key (`customer_key` returns it as it is).
#[inline]
pub(crate) fn is_key_as_written(cell: &str, style: KeyStyle) -> bool {
    style == KeyStyle::Text && is_lower_ascii(cell.as_bytes())
}

/// `KeyTable::hash` of trimmed `cell` when it is its own customer key (`is_key_as_written`),
/// read in one pass: the words hashed are the words tested.
#[inline]
pub(crate) fn key_as_written_hash(cell: &str, style: KeyStyle) -> Option<u64> {
    if style != KeyStyle::Text {
        return None;
    }
    let mut any_refused = 0u64;
    let hash = hash_words(cell.as_bytes(), |word| any_refused |= refused_in_key(word));
    (any_refused & !LOW_SEVEN == 0).then_some(hash)
}

const ONES: u64 = 0x0101_0101_0101_0101;
const LOW_SEVEN: u64 = 0x7F7F_7F7F_7F7F_7F7F;

/// Whether every byte of `bytes` is ASCII and not an upper-case letter, so the text is a key as
/// written. Eight bytes at a time: a word's bytes are tested together, without a branch each.
#[inline]
fn is_lower_ascii(bytes: &[u8]) -> bool {
    let mut words = bytes.chunks_exact(8);
    let mut any_refused = 0u64;
    for word in &mut words {
        any_refused |= refused_in_key(u64::from_le_bytes(
            <[u8; 8]>::try_from(word).unwrap_or_default(),
        ));
    }
    // The last bytes padded with zero bytes, which are keys.
    any_refused |= refused_in_key(low_bytes(words.remainder()));
    any_refused & !LOW_SEVEN == 0
}

/// The high bit of each byte of `word` that is not ASCII or is an upper-case letter: the bytes
/// that keep a text from being a key as written. Zero bytes (padding) are not refused.
#[inline]
fn refused_in_key(word: u64) -> u64 {
    // The high bit of a byte of `from_a` (`past_z`) is set when its low seven bits are at least
    // `A` (past `Z`); no sum carries into the next byte. Non-ASCII keeps its high bit.
    let low = word & LOW_SEVEN;
    let from_a = low + ONES * u64::from(0x80 - b'A');
    let past_z = low + ONES * u64::from(0x80 - b'Z' - 1);
    ((from_a & !past_z) | word) & !LOW_SEVEN
}

/// Writes the normalised mobile number of `cell` into `key`; `false` when `cell` is not a phone
/// number (anything but digits, spaces, dashes, parentheses and one leading `+`).
fn mobile_key(cell: &str, key: &mut String) -> bool {
    let unsigned = cell.strip_prefix('+');
    for c in unsigned.unwrap_or(cell).chars() {
        match digit_value(c) {
            Some(value) => key.push(char::from(b'0' + value)),
            None if matches!(c, ' ' | '-' | '(' | ')' | '\u{00A0}' | '\u{200C}') => {}
            None => return false,
        }
    }
    if key.is_empty() {
        return false;
    }
    let international = if unsigned.is_some() {
        key.strip_prefix("98")
    } else {
        key.strip_prefix("0098")
    };
    if let Some(national) = international {
        *key = format!("0{national}");
    } else if key.len() == 10 && key.starts_with('9') {
        key.insert(0, '0');
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::import::keys::KeyTable;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn a_key_as_written_is_hashed_as_the_key_table_hashes_it(cell in "[a-zA-Z0-9@. é]{0,40}", mobile in any::<bool>()) {
            let style = if mobile { KeyStyle::Mobile } else { KeyStyle::Text };
            let expected = is_key_as_written(&cell, style).then(|| KeyTable::hash(cell.as_bytes()));
            prop_assert_eq!(key_as_written_hash(&cell, style), expected);
        }
    }

    #[test]
    fn persian_and_arabic_digits_have_their_values() {
        assert_eq!(digit_value('7'), Some(7));
        assert_eq!(digit_value('۷'), Some(7));
        assert_eq!(digit_value('٧'), Some(7));
        assert_eq!(digit_value('x'), None);
    }

    #[test]
    fn trim_is_str_trim() {
        for text in [
            "",
            " ",
            "a",
            " a",
            "a ",
            "\u{00A0}a\u{2003}",
            "a\u{00A0}",
            "\ta\n",
            "é ",
        ] {
            assert_eq!(trim(text), text.trim(), "{text:?}");
        }
    }

    #[test]
    fn lower_ascii_is_told_word_by_word() {
        for text in [
            "",
            "a@x.com",
            "abcdefgh",
            "@[`{AZ",
            "0123456789abcdefXyz",
            "café@x.com",
        ] {
            let is_key = text
                .bytes()
                .all(|b| b.is_ascii() && !b.is_ascii_uppercase());
            assert_eq!(is_lower_ascii(text.as_bytes()), is_key, "{text:?}");
        }
        for byte in 0..=255u8 {
            let word = [b'a', b'b', byte, b'c', b'd', b'e', b'f', b'g', byte];
            let is_key = byte.is_ascii() && !byte.is_ascii_uppercase();
            assert_eq!(is_lower_ascii(&word), is_key, "{byte}");
            assert_eq!(is_lower_ascii(&word[..8]), is_key, "{byte}");
        }
    }

    #[test]
    fn customer_keys_ignore_case_and_surrounding_spaces() {
        let mut buffer = String::from("left over");
        let key = |cell| customer_key(cell, KeyStyle::Text, &mut String::new()).to_owned();
        assert_eq!(key("  Alice@Example.COM "), "alice@example.com");
        assert_eq!(key("ÀLICE@X.COM"), "àlice@x.com");
        assert_eq!(key(" bob@x.com\t"), "bob@x.com");
        assert_eq!(key("Ünïcödé"), "ünïcödé");
        assert_eq!(customer_key("A", KeyStyle::Text, &mut buffer), "a");
    }

    fn mobile(cell: &str) -> String {
        customer_key(cell, KeyStyle::Mobile, &mut String::new()).to_owned()
    }

    #[test]
    fn every_spelling_of_an_iranian_mobile_is_one_key() {
        for cell in [
            "09123456789",
            "۰۹۱۲۳۴۵۶۷۸۹",
            "۰۹۱۲ ۳۴۵ ۶۷۸۹",
            "+989123456789",
            "00989123456789",
            "9123456789",
            "٠٩١٢٣٤٥٦٧٨٩",
            " 0912-345-6789 ",
        ] {
            assert_eq!(mobile(cell), "09123456789", "{cell}");
        }
    }

    #[test]
    fn text_in_a_mobile_column_keeps_the_email_rule() {
        assert_eq!(mobile(" A@X.com"), "a@x.com");
        assert_eq!(mobile("+"), "+");
        // In an e-mail column a number is left as written.
        let key = customer_key("9123456789", KeyStyle::Text, &mut String::new()).to_owned();
        assert_eq!(key, "9123456789");
    }
}
