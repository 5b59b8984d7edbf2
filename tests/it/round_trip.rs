//! Round trips (issue 3): a random orders table written as CSV in any supported dialect
//! (delimiter `,` `;` TAB `|`, quoting every field or only where needed), encoding (UTF-8 with or
//! without BOM, UTF-16LE/BE with a BOM, UTF-16LE without one, Windows-1256), digit set (ASCII,
//! Persian, Arabic-Indic), date style (ISO, Jalali, German dotted) and header language (English
//! e-mails, Persian mobiles written as `0912…` or `+98912…`) imports back as the same table.

use proptest::prelude::*;
use vafa::engine::data::{Day, Money, Orders, jalali_of};
use vafa::engine::import::{ImportOptions, import_orders};

#[derive(Debug, Clone, Copy, PartialEq)]
enum Digits {
    Ascii,
    Persian,
    ArabicIndic,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Written {
    Utf8,
    Utf8Bom,
    Utf16LeBom,
    Utf16BeBom,
    Utf16LeBare,
    Windows1256,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum DateStyle {
    Iso,
    Jalali,
    Dotted,
}

/// How one table is written.
#[derive(Debug, Clone, Copy)]
struct Format {
    delimiter: u8,
    quote_all: bool,
    digits: Digits,
    written: Written,
    dates: DateStyle,
    is_persian: bool,
    grouped: bool,
}

fn format() -> impl Strategy<Value = Format> {
    let delimiter = prop::sample::select(vec![b',', b';', b'\t', b'|']);
    let digits = prop::sample::select(vec![Digits::Ascii, Digits::Persian, Digits::ArabicIndic]);
    let written = prop::sample::select(vec![
        Written::Utf8,
        Written::Utf8Bom,
        Written::Utf16LeBom,
        Written::Utf16BeBom,
        Written::Utf16LeBare,
        Written::Windows1256,
    ]);
    let dates = prop::sample::select(vec![DateStyle::Iso, DateStyle::Jalali, DateStyle::Dotted]);
    (
        delimiter,
        any::<bool>(),
        digits,
        written,
        dates,
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(
            |(delimiter, quote_all, digits, written, dates, is_persian, grouped)| Format {
                delimiter,
                quote_all,
                // Windows-1256 has no Persian or Arabic-Indic digits.
                digits: if written == Written::Windows1256 {
                    Digits::Ascii
                } else {
                    digits
                },
                written,
                dates,
                is_persian,
                grouped,
            },
        )
}

/// `text` with its ASCII digits in `digits`.
fn in_digits(text: &str, digits: Digits) -> String {
    let zero = match digits {
        Digits::Ascii => return text.to_owned(),
        Digits::Persian => '۰',
        Digits::ArabicIndic => '٠',
    };
    text.chars()
        .map(|c| match c.to_digit(10) {
            Some(value) => char::from_u32(u32::from(zero) + value).unwrap_or(c),
            None => c,
        })
        .collect()
}

fn date_text(day: Day, style: DateStyle) -> String {
    let civil = day.civil();
    match style {
        DateStyle::Iso => day.to_string(),
        DateStyle::Dotted => format!("{}.{}.{}", civil.day, civil.month, civil.year),
        DateStyle::Jalali => {
            let (year, month, day) = jalali_of(day).unwrap();
            format!("{year}/{month:02}/{day:02}")
        }
    }
}

/// Hundredths as text: `1234.50`, or grouped `1,234.50` (`۱٬۲۳۴٫۵۰` outside ASCII digits).
fn amount_text(cents: i64, format: &Format) -> String {
    let (units, rest) = (cents / 100, cents % 100);
    let (group, decimal) = match format.digits {
        Digits::Ascii => (',', '.'),
        _ => ('٬', '٫'),
    };
    let digits = units.to_string();
    let mut whole = String::new();
    for (idx, c) in digits.chars().enumerate() {
        if format.grouped && idx > 0 && (digits.len() - idx) % 3 == 0 {
            whole.push(group);
        }
        whole.push(c);
    }
    in_digits(&format!("{whole}{decimal}{rest:02}"), format.digits)
}

fn customer_text(customer: u32, row: usize, format: &Format) -> (String, String) {
    if format.is_persian {
        let key = format!("0912{customer:07}");
        let written = if row.is_multiple_of(2) {
            key.clone()
        } else {
            format!("+98912{customer:07}")
        };
        (in_digits(&written, format.digits), key)
    } else {
        let key = format!("c{customer}@example.com");
        (key.clone(), key)
    }
}

/// A field, quoted when asked or when it holds the delimiter.
fn field(text: &str, format: &Format) -> String {
    let delimiter = char::from(format.delimiter);
    if format.quote_all || text.contains([delimiter, '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

fn encoded(text: &str, written: Written) -> Vec<u8> {
    let utf16 = |bom: bool, be: bool| -> Vec<u8> {
        let bom = if bom { "\u{FEFF}" } else { "" };
        format!("{bom}{text}")
            .encode_utf16()
            .flat_map(|unit| {
                if be {
                    unit.to_be_bytes()
                } else {
                    unit.to_le_bytes()
                }
            })
            .collect()
    };
    match written {
        Written::Utf8 => text.as_bytes().to_vec(),
        Written::Utf8Bom => [b"\xEF\xBB\xBF", text.as_bytes()].concat(),
        Written::Utf16LeBom => utf16(true, false),
        Written::Utf16BeBom => utf16(true, true),
        Written::Utf16LeBare => utf16(false, false),
        // Windows-1256 writes the Arabic yeh for the Persian one, as Excel does.
        Written::Windows1256 => {
            let arabic_yeh = text.replace('ی', "ي");
            let (bytes, _, unmappable) = encoding_rs::WINDOWS_1256.encode(&arabic_yeh);
            assert!(!unmappable, "{arabic_yeh}");
            bytes.into_owned()
        }
    }
}

/// The CSV bytes of `rows` in `format`, and the table they must import as.
fn written(rows: &[(u32, i32, i64)], format: &Format) -> (Vec<u8>, Orders) {
    let names: [&str; 3] = if format.is_persian {
        ["تلفن همراه", "تاریخ سفارش", "مبلغ کل (تومان)"]
    } else {
        ["email", "order_date", "amount"]
    };
    let delimiter = char::from(format.delimiter).to_string();
    let line = |cells: [String; 3]| cells.map(|cell| field(&cell, format)).join(&delimiter);
    let mut text = line(names.map(str::to_owned)) + "\r\n";
    let mut expected = Orders::default();
    for (row, &(customer, day, cents)) in rows.iter().enumerate() {
        let (customer_text, key) = customer_text(customer, row, format);
        let date = in_digits(&date_text(Day(day), format.dates), format.digits);
        text += &line([customer_text, date, amount_text(cents, format)]);
        text += "\r\n";
        expected.push(&key, Day(day), Money(cents));
    }
    (encoded(&text, format.written), expected)
}

proptest! {
    #[test]
    fn any_written_table_imports_back_unchanged(
        rows in prop::collection::vec((0u32..40, 19_000i32..20_500, 0i64..10_000_000_000), 1..40),
        format in format(),
    ) {
        let (bytes, expected) = written(&rows, &format);
        let imported = import_orders(&bytes, &ImportOptions::default());
        let imported = imported.map_err(|err| TestCaseError::fail(format!("{err}")))?;
        prop_assert!(imported.issues.is_empty(), "{:?}", imported.issues.first());
        prop_assert_eq!(imported.table, expected);
    }
}

#[test]
fn a_persian_windows_1256_table_is_detected_and_read() {
    let format = Format {
        delimiter: b',',
        quote_all: false,
        digits: Digits::Ascii,
        written: Written::Windows1256,
        dates: DateStyle::Jalali,
        is_persian: true,
        grouped: true,
    };
    let (bytes, expected) = written(&[(1, 19_800, 125_000_000), (1, 19_900, 50)], &format);
    let imported = import_orders(&bytes, &ImportOptions::default()).unwrap();
    assert_eq!(imported.table, expected);
}

/// The sample's CSV, as a user would download it, imports back to the sample itself: the same
/// orders, customers and sales channels.
#[test]
fn the_sample_csv_imports_back_to_the_sample() {
    use vafa::engine::sample::{sample_orders, sample_orders_csv};
    let csv = sample_orders_csv();
    let imported = vafa::engine::import::import_orders(
        csv.as_bytes(),
        &vafa::engine::import::ImportOptions::default(),
    )
    .unwrap();
    assert!(imported.issues.is_empty());
    assert_eq!(imported.table, sample_orders());
}
