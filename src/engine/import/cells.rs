//! One cell's text → a typed value: dates (`cells/date.rs`, Jalali in `cells/jalali.rs`), money
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
mod jalali;
mod money;
mod number;
mod score;
mod status;
mod words;

pub(crate) use clock::{Clock, time_of_day};
pub(crate) use date::{DateColumn, DateStyle, DateTally, SlashOrder, is_date_number, parse_date};
pub use jalali::{jalali_day, jalali_of};
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
    let is_key = |b: u8| b.is_ascii() && !b.is_ascii_uppercase();
    if style == KeyStyle::Text && cell.bytes().all(is_key) {
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
