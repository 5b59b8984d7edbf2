//! One cell's text → a typed value: dates (`cells/date.rs`), money (`cells/money.rs`), order
//! statuses (`cells/status.rs`) and customer keys. Persian (۰-۹) and Arabic-Indic (٠-٩) digits
//! read as ASCII digits everywhere. Parsers return `None` for text they cannot read; the caller
//! turns that into an `Issue` naming row, column and value.

mod date;
mod money;
mod status;

pub(crate) use date::{SlashOrder, parse_date, slash_order_of};
pub(crate) use money::parse_money;
pub(crate) use status::{Purchase, StatusKind, classify};

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

/// Writes the customer key of `cell` into `key`: trimmed and lower-cased, so `Alice@x.com ` and
/// `alice@x.com` are one customer. Reuses `key`'s buffer.
pub(crate) fn customer_key(cell: &str, key: &mut String) {
    key.clear();
    let cell = cell.trim();
    if cell.is_ascii() {
        key.push_str(cell);
        key.make_ascii_lowercase();
    } else {
        key.extend(cell.chars().flat_map(char::to_lowercase));
    }
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
    fn customer_keys_ignore_case_and_surrounding_spaces() {
        let mut key = String::from("left over");
        customer_key("  Alice@Example.COM ", &mut key);
        assert_eq!(key, "alice@example.com");
        customer_key("ÀLICE@X.COM", &mut key);
        assert_eq!(key, "àlice@x.com");
    }
}
