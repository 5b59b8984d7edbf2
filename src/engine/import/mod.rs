//! Bytes of a CSV export → typed tables plus the issues found on the way. The stages, one file
//! each: `decode` (bytes → text), `dialect` (delimiter, `sep=` line, header or not), `records`
//! (CSV records with line numbers, malformed rows), `roles` (which column is the customer, the
//! date …, which vendor layout and kind of dataset; the only place header names are matched),
//! `cells` (dates, money, statuses, customer keys), `keys` (the hash table of customer keys and
//! order ids), `inspect` (what the import wizard previews) and one importer per kind of table
//! (`orders`, `responses`, `tickets`, `subscriptions`, `checkouts`; the last four share
//! `sheet`). An unreadable file is an `ImportError`; an unreadable cell is an `Issue` and its
//! row is left out, so import keeps every row it can read.

mod cells;
mod checkouts;
mod decode;
mod dialect;
mod inspect;
mod issue;
mod keys;
mod orders;
mod records;
mod responses;
mod roles;
mod sheet;
mod subscriptions;
mod tickets;

pub use checkouts::import_checkouts;
pub use decode::{Decoded, Encoding, Utf8Break, decode, decode_as};
pub use dialect::{DELIMITERS, Dialect, sniff};
pub use inspect::{Inspection, inspect, inspect_text};
pub use issue::{FIELD_LIMIT, ImportError, Issue, Malformed, Reason, Vocabulary};
pub use orders::{import_orders, import_orders_text};
pub use responses::import_responses;
pub use roles::{
    DELIGHTED, FRESHDESK, GOOGLE_FORMS, HUBSPOT_TICKETS, Kind, PORSLINE, Role, SHOPIFY_CHECKOUTS,
    SHOPIFY_ORDERS, STRIPE_PAYMENTS, STRIPE_SUBSCRIPTIONS, SURVEYMONKEY, TYPEFORM,
    WOOCOMMERCE_ORDERS, ZENDESK,
};
pub use subscriptions::import_subscriptions;
pub use tickets::import_tickets;

/// What the user chose in the import wizard; `Default` detects everything, following the
/// conventions of `shared/data/README.md`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ImportOptions {
    /// None = detect.
    pub encoding: Option<Encoding>,
    /// None = sniff.
    pub delimiter: Option<u8>,
    /// None = detect from the header; Some(v): v[i] is the role of column i (None = ignored).
    /// A Some vector shorter than the header leaves the remaining columns ignored.
    pub roles: Option<Vec<Option<Role>>>,
    /// The user's answer to "does this status count as a purchase?", by status text as written
    /// (trimmed); statuses not listed follow the defaults of `cells::status`.
    pub purchase_statuses: Vec<(String, bool)>,
    /// The user's answer to "is 05/03/2024 the 5th of March (day first)?" for the order dates
    /// that read either way; None = decide from the column's other values.
    pub day_first: Option<bool>,
    /// What a survey's score columns measure, by column index, where the user corrected what the
    /// question's wording suggested; columns not listed keep the detected measure.
    pub measures: Vec<(usize, crate::engine::data::Measure)>,
}

/// How an orders file's dates that read either way (`05/03/2024`) were read, so the wizard can
/// ask when the values alone cannot tell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateOrder {
    pub day_first: bool,
    pub source: DateOrderSource,
    /// How many values read either way.
    pub values: u32,
    /// The first of them, `05/03/2024`, and what it is read as each way (`YYYY-MM-DD`).
    pub example: String,
    pub as_day_first: Option<String>,
    pub as_month_first: Option<String>,
}

/// What decided a `DateOrder`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateOrderSource {
    /// Values of the column that read one way only (`13/03/2024`) were mostly in this order.
    FromValues,
    /// Nothing in the column tells: Vafa guessed, and the user should say.
    Guessed,
    /// The user said.
    Chosen,
}

/// One status text of the file, how many rows carry it, and whether it counts as a purchase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusCount {
    /// As written, trimmed.
    pub status: String,
    pub rows: u32,
    /// `None` for a status Vafa does not know (its rows are issues until the user decides).
    pub is_purchase: Option<bool>,
}

/// A file's text and dialect, as `ImportOptions` ask: what `inspect` and every importer read
/// first, decoding and checking every byte. The import worker reads it once (`file_text`) for
/// both the preview (`inspect_text`) and the import (`import_orders_text`).
#[derive(Debug, Clone)]
pub struct FileText<'b> {
    decoded: Decoded<'b>,
    dialect: Dialect,
}

/// The text of `bytes` and its dialect, as `options` ask; fails as `inspect` and the importers
/// do on bytes that are not text. Give the `FileText` only with the same `options`.
pub fn file_text<'b>(
    bytes: &'b [u8],
    options: &ImportOptions,
) -> Result<FileText<'b>, ImportError> {
    let (decoded, dialect) = text_of(bytes, options)?;
    Ok(FileText { decoded, dialect })
}

/// The text of `bytes` and its dialect, as `options` ask.
fn text_of<'b>(
    bytes: &'b [u8],
    options: &ImportOptions,
) -> Result<(Decoded<'b>, Dialect), ImportError> {
    let decoded = decode_as(bytes, options.encoding)?;
    let mut dialect = sniff(&decoded.text);
    if let Some(delimiter) = options.delimiter {
        dialect.delimiter = delimiter;
    }
    Ok((decoded, dialect))
}

/// The role of each column of `header`: the user's choice when given (cut or padded to the
/// header's width), else detected from the names.
fn roles_of(
    options: &ImportOptions,
    header: &[String],
    layout: Option<&'static str>,
) -> Vec<Option<Role>> {
    match &options.roles {
        Some(given) => {
            let mut roles = given.clone();
            roles.resize(header.len(), None);
            roles
        }
        None => roles::detect(header, layout),
    }
}

/// Result of a successful import: the table plus every rejected cell.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported<T> {
    /// What was read, e.g. `Orders`.
    pub table: T,
    /// Every row left out because a cell could not be read, in file order.
    pub issues: Vec<Issue>,
    /// Data records read (after the header, blank lines not counted).
    pub rows: u32,
    /// Known export layout recognised from the headers, e.g. Some("Shopify orders export").
    pub layout: Option<&'static str>,
    /// The statuses met in the status column of an orders file (the first 64 distinct ones), in
    /// order of first appearance; empty when there is no status column, and for the other kinds,
    /// whose tables keep their statuses as `Labels`.
    pub statuses: Vec<StatusCount>,
    /// How the order dates that read either way were read; `None` when there are none (and for
    /// the other kinds, whose dates are read as the column's other values say).
    pub date_order: Option<DateOrder>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::data::{Day, Money, Orders};
    use proptest::collection::vec;
    use proptest::prelude::*;

    fn fixture(name: &str) -> Vec<u8> {
        let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
        std::fs::read(&path).unwrap_or_else(|err| panic!("{path}: {err}"))
    }

    fn import(name: &str) -> Result<Imported<Orders>, ImportError> {
        import_orders(&fixture(name), &ImportOptions::default())
    }

    fn ok(name: &str) -> Imported<Orders> {
        import(name).unwrap_or_else(|err| panic!("{name}: {err}"))
    }

    /// The purchases of an import: its orders of the statuses that count.
    fn purchases(imported: &Imported<Orders>) -> Orders {
        imported.table.purchases(None).into_owned()
    }

    fn revenue(orders: &Orders) -> Money {
        orders.amount.iter().copied().sum()
    }

    fn day(text: &str) -> Day {
        let parts: Vec<u32> = text.split('-').map(|part| part.parse().unwrap()).collect();
        Day::from_ymd(parts[0] as i32, parts[1], parts[2]).unwrap()
    }

    /// Each issue as `(row, column, reason)`.
    fn issues(imported: &Imported<Orders>) -> Vec<(u32, &str, Reason)> {
        imported
            .issues
            .iter()
            .map(|i| (i.row, i.column.as_str(), i.reason.clone()))
            .collect()
    }

    #[test]
    fn shopify_export_matches_its_ground_truth() {
        // README: 3110 rows; 1814 valid orders by 981 customers; revenue 89641.94 USD.
        let imported = ok("shopify_orders_export.csv");
        assert_eq!(imported.rows, 3110);
        let table = purchases(&imported);
        assert_eq!(table.len(), 1814);
        assert_eq!(table.customer_count(), 981);
        assert_eq!(revenue(&table), Money(8_964_194));
        assert_eq!(
            table.day_range(),
            Some((day("2023-01-01"), day("2024-12-31")))
        );
        assert_eq!(imported.layout, Some(SHOPIFY_ORDERS));
        assert!(imported.issues.is_empty(), "{:?}", imported.issues.first());
    }

    #[test]
    fn woocommerce_export_matches_its_ground_truth() {
        // README: Completed + Processing = 301 orders by 142 customers, 13426.64 EUR.
        let imported = ok("woocommerce_orders_eu_semicolon.csv");
        assert_eq!(imported.rows, 320);
        let table = purchases(&imported);
        assert_eq!(table.len(), 301);
        assert_eq!(table.customer_count(), 142);
        assert_eq!(revenue(&table), Money(1_342_664));
        // The other statuses' orders are kept, not counted: the settings may count them.
        assert_eq!(imported.table.len(), 320);
        let statuses = imported.table.status_counts(None);
        assert!(
            statuses
                .iter()
                .any(|&(name, _, counts)| name == "Completed" && counts),
            "{statuses:?}"
        );
        assert!(
            statuses
                .iter()
                .any(|&(name, _, counts)| name == "Refunded" && !counts),
            "{statuses:?}"
        );
        assert_eq!(imported.layout, Some(WOOCOMMERCE_ORDERS));
        assert!(imported.issues.is_empty(), "{:?}", imported.issues.first());
    }

    #[test]
    fn persian_orders_read_jalali_dates_and_mobiles() {
        // README: 1016 completed orders by 533 customers (mobiles normalised), 1,202,813,000 Toman.
        let imported = ok("persian_orders_fa.csv");
        let table = purchases(&imported);
        assert_eq!((imported.rows, table.len()), (1110, 1016));
        assert_eq!(table.customer_count(), 533);
        assert_eq!(revenue(&table), Money(120_281_300_000));
        assert!(imported.issues.is_empty(), "{:?}", imported.issues.first());
    }

    #[test]
    fn empty_files_and_a_lone_bom_are_empty() {
        assert_eq!(import("bad/empty.csv").err(), Some(ImportError::Empty));
        assert_eq!(import("bad/only_bom.csv").err(), Some(ImportError::Empty));
    }

    #[test]
    fn binary_and_workbooks_are_not_csv() {
        assert_eq!(
            import("bad/binary_garbage.csv").err(),
            Some(ImportError::NotText)
        );
        assert_eq!(
            import("bad/xlsx_renamed.csv").err(),
            Some(ImportError::ExcelWorkbook)
        );
    }

    #[test]
    fn a_header_only_shopify_file_says_it_has_no_rows() {
        let err = import("bad/header_only.csv").err();
        assert_eq!(
            err,
            Some(ImportError::NoRows {
                layout: Some(SHOPIFY_ORDERS)
            })
        );
    }

    #[test]
    fn a_two_megabyte_cell_is_refused_without_hanging() {
        let err = import("bad/huge_single_field.csv").err();
        let expected = ImportError::FieldTooLong {
            row: 2,
            column: "Notes".into(),
            len: 1_999_900,
        };
        assert_eq!(err, Some(expected));
    }

    #[test]
    fn an_unclosed_quote_is_reported_where_it_opens_and_the_other_rows_kept() {
        let imported = ok("bad/unbalanced_quote.csv");
        assert_eq!(
            issues(&imported),
            [(8, "Lineitem name", Reason::UnclosedQuote { lines: 2 })]
        );
        // 12 orders on lines 2-13; lines 8 and 9 became the one rejected record.
        assert_eq!((imported.rows, imported.table.len()), (11, 10));
        let first_six: Vec<String> = (0..6).map(|n| format!("buyer{n}@example.com")).collect();
        assert_eq!(
            imported.table.customers.keys().get(..6),
            Some(&first_six.iter().map(String::as_str).collect::<Vec<_>>()[..])
        );
    }

    #[test]
    fn ragged_rows_are_named_with_their_field_counts() {
        let imported = ok("bad/ragged_rows.csv");
        let count = |found| Reason::WrongFieldCount { expected: 5, found };
        assert_eq!(
            issues(&imported),
            [
                (4, "amount", count(3)),
                (8, "", count(7)),
                (12, "status", count(4)),
                (16, "", count(6))
            ]
        );
        assert_eq!((imported.rows, imported.table.len()), (18, 14));
    }

    #[test]
    fn invalid_utf8_falls_back_to_windows_1252_unless_utf8_is_forced() {
        let imported = ok("bad/invalid_utf8.csv");
        assert!(
            imported
                .table
                .customers
                .keys()
                .contains(&"café@example.com")
        );
        let bytes = fixture("bad/invalid_utf8.csv");
        let offset = bytes.iter().position(|&b| b == 0xE9).unwrap();
        let utf8 = ImportOptions {
            encoding: Some(Encoding::Utf8),
            ..ImportOptions::default()
        };
        assert_eq!(
            import_orders(&bytes, &utf8).err(),
            Some(ImportError::NotUtf8 { line: 3, offset })
        );
    }

    #[test]
    fn blank_lines_and_mixed_line_endings_are_not_rows() {
        let blank = ok("bad/blank_lines.csv");
        assert_eq!(
            (blank.rows, blank.table.len(), blank.issues.len()),
            (10, 10, 0)
        );
        let mixed = ok("bad/mixed_line_endings.csv");
        assert_eq!(
            (mixed.rows, mixed.table.len(), mixed.issues.len()),
            (4, 4, 0)
        );
    }

    #[test]
    fn duplicate_headers_are_reported_and_the_first_column_used() {
        let imported = ok("bad/duplicate_headers.csv");
        assert_eq!(
            issues(&imported),
            [
                (1, "Email", Reason::DuplicateColumn { used: 1 }),
                (1, "Total", Reason::DuplicateColumn { used: 3 })
            ]
        );
        assert_eq!(
            imported.table.customers.keys().first().copied(),
            Some("d0@example.com")
        );
        assert_eq!(revenue(&imported.table), Money(26_800));
    }

    #[test]
    fn formula_cells_are_plain_text() {
        // A survey sheet read as orders: e-mails and timestamps, no amount column.
        let imported = ok("bad/formula_cells.csv");
        assert_eq!(
            (imported.rows, imported.table.len(), imported.issues.len()),
            (10, 10, 0)
        );
    }

    #[test]
    fn bad_values_has_no_order_date() {
        let err = import("bad/bad_values.csv").err();
        assert!(
            matches!(
                err,
                Some(ImportError::MissingRole {
                    role: Role::OrderDate,
                    ..
                })
            ),
            "{err:?}"
        );
    }

    #[test]
    fn mixed_date_formats_are_flagged_and_unreadable_values_reported_by_row() {
        let imported = ok("bad/mixed_date_formats.csv");
        // ISO, ISO Z, Shopify, both slash dates, German, day-first, Google Forms, a month name
        // and both Jalali dates: 11 rows read. The lone serial number and Unix seconds are not
        // read in a column of other dates; the invalid, empty and word values are reported.
        assert_eq!((imported.rows, imported.table.len()), (18, 11));
        let rows: Vec<u32> = imported.issues.iter().map(|issue| issue.row).collect();
        assert_eq!(rows, [1, 11, 14, 15, 16, 17, 18, 19]);
        let reasons: Vec<&Reason> = imported.issues.iter().map(|issue| &issue.reason).collect();
        assert_eq!(
            reasons.first(),
            Some(&&Reason::MixedDateFormats { formats: 5 })
        );
        assert_eq!(reasons.get(1), Some(&&Reason::LoneDateNumber));
        assert_eq!(reasons.get(6), Some(&&Reason::LoneDateNumber));
        // `13/03/2024` makes the column day-first, so `05/03/2024` is 5 March.
        assert_eq!(imported.table.day.get(4), Some(&day("2024-03-05")));
        // Both Jalali dates are 2024-03-05.
        assert_eq!(imported.table.day.get(9), Some(&day("2024-03-05")));
        assert_eq!(imported.table.day.get(10), Some(&day("2024-03-05")));
        assert!(
            imported
                .issues
                .iter()
                .all(|issue| issue.column == "order_date")
        );
    }

    proptest! {
        #[test]
        fn arbitrary_bytes_give_a_result_not_a_panic(bytes in vec(any::<u8>(), 0..400)) {
            let outcome = import_orders(&bytes, &ImportOptions::default());
            prop_assert!(outcome.map_or_else(|err| !err.to_string().is_empty(), |_| true));
        }

        #[test]
        fn arbitrary_csv_text_gives_a_result_not_a_panic(text in "[a-c0-9,;|\t\"\n\r ./-]{0,300}") {
            let header = format!("email,date,amount,status\n{text}");
            let outcome = import_orders(header.as_bytes(), &ImportOptions::default());
            prop_assert!(outcome.map_or_else(|err| !err.to_string().is_empty(), |_| true));
        }

        #[test]
        fn written_orders_import_back_unchanged(
            rows in vec((0u32..40, 19_000i32..21_000, -100_000i64..10_000_000), 1..60)
        ) {
            let mut expected = Orders::default();
            let mut csv = String::from("customer,order_date,amount\n");
            for &(customer, day, cents) in &rows {
                let key = format!("c{customer}@example.com");
                let sign = if cents < 0 { "-" } else { "" };
                let (units, rest) = (cents.abs() / 100, cents.abs() % 100);
                csv += &format!("{key},{},{sign}{units}.{rest:02}\n", Day(day));
                expected.push(&key, Day(day), Money(cents));
            }
            let imported = import_orders(csv.as_bytes(), &ImportOptions::default()).unwrap();
            prop_assert_eq!(imported.table, expected);
            prop_assert!(imported.issues.is_empty());
        }
    }

    #[test]
    fn no_fixture_panics() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        let bad = std::fs::read_dir(format!("{dir}/bad")).unwrap();
        for entry in std::fs::read_dir(dir).unwrap().chain(bad) {
            let path = entry.unwrap().path();
            if path.is_file() {
                // Ok or Err are both fine, as long as each message says something.
                match import_orders(&std::fs::read(&path).unwrap(), &ImportOptions::default()) {
                    Ok(imported) => {
                        assert!(imported.issues.iter().all(|i| !i.to_string().is_empty()))
                    }
                    Err(err) => assert!(!err.to_string().is_empty(), "{path:?}"),
                }
            }
        }
    }
}
