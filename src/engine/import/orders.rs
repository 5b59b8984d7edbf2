//! Orders files → `Orders`: one entry per purchase. Line-item exports (Shopify writes one row per
//! line item, order-level columns only on an order's first row) are grouped by order id: a row
//! whose id was already seen belongs to that order and is not counted again. Orders whose status
//! says they are not purchases (cancelled, pending, voided …, see `cells/status.rs`) are left out
//! silently; a row with an empty or unreadable customer, date or amount becomes an `Issue`.

mod customers;
mod dates;
mod rows;

pub(super) use dates::DateReader;

use super::cells::Purchase;
use super::dialect;
use super::issue::{ImportError, shorten};
use super::records::{Next, Table};
use super::roles;
use super::{FileText, ImportOptions, Imported, StatusCount, file_text, roles_of};
use crate::engine::data::Orders;
use rows::{Builder, LabelReader};

/// Imports an orders export: the purchases it holds, plus an `Issue` for every row left out
/// because a cell could not be read. Fails with an `ImportError` when the file as a whole is not
/// usable: not text, no header, no rows, no customer or date column, or broken CSV structure.
/// `options` may force the encoding, the delimiter and the role of every column; a required role
/// (customer, order date) that no column plays is still `ImportError::MissingRole`.
pub fn import_orders(
    bytes: &[u8],
    options: &ImportOptions,
) -> Result<Imported<Orders>, ImportError> {
    Ok(import(bytes, options)?.imported)
}

/// `import_orders` of a file's text, read (`file_text`) with the same `options`.
pub fn import_orders_text(
    text: &FileText<'_>,
    options: &ImportOptions,
) -> Result<Imported<Orders>, ImportError> {
    Ok(import_text(text, options)?.imported)
}

/// An import and how many orders their status left out (not issues: nothing is wrong with them).
/// TODO(#3): move the count into `Imported` once its users stop building it field by field.
struct Counted {
    imported: Imported<Orders>,
    #[cfg_attr(
        not(test),
        expect(dead_code, reason = "read by tests until `Imported` has it")
    )]
    excluded_by_status: u32,
}

fn import(bytes: &[u8], options: &ImportOptions) -> Result<Counted, ImportError> {
    import_text(&file_text(bytes, options)?, options)
}

fn import_text(file: &FileText<'_>, options: &ImportOptions) -> Result<Counted, ImportError> {
    let dialect = file.dialect;
    let text: &str = &file.decoded.text;
    let mut table = Table::open(text, &dialect)?;
    if dialect::is_data_row(table.header()) {
        // Without a header, the user's roles (from the wizard) say what each column is.
        if options.roles.is_none() {
            let cells = table.header().join(&dialect.delimiter_char().to_string());
            return Err(ImportError::NoHeader {
                line: table.header_line(),
                cells: shorten(&cells, 100),
            });
        }
        table.without_header();
    }
    let layout = roles::layout(table.header());
    // The first record is read before roles are matched: a file without rows says so, and a
    // broken first record (a 2 MB cell) is named, even when the header also lacks a role.
    let mut next = table.advance()?;
    if next == Next::End {
        return Err(ImportError::NoRows { layout });
    }
    let roles = roles_of(options, table.header(), layout);
    let columns = roles::order_columns(table.header(), layout, &roles)?;
    let mut builder = Builder::new(columns, text, dialect, &options.purchase_statuses);
    builder.dates.set_day_first(options.day_first);
    let reader = |idx: usize| LabelReader::new(table.header().get(idx).map_or("", String::as_str));
    builder.segments = columns.segment.map(reader);
    builder.status_labels = columns.status.map(|(idx, _)| reader(idx));
    builder.report_duplicate_columns(&table);
    builder.reserve(table.records_left_guess());
    let header_issues = builder.issues.len();
    while next != Next::End {
        next = read_rows(&mut builder, &mut table, next)?;
    }
    // A column that mixes date formats is a header issue, listed with the others.
    let date_name = table.header().get(columns.date).map_or("", String::as_str);
    if let Some(issue) = builder.dates.mixed_formats(table.header_line(), date_name) {
        builder.issues.insert(header_issues, issue);
    }
    let date_order = builder.dates.date_order();
    let table_of_orders = builder.finish();
    Ok(Counted {
        imported: Imported {
            date_order,
            statuses: builder
                .statuses
                .iter()
                .map(|(status, purchase, rows)| StatusCount {
                    status: status.clone(),
                    rows: *rows,
                    is_purchase: match purchase {
                        Purchase::Yes => Some(true),
                        Purchase::No => Some(false),
                        Purchase::Unknown => None,
                    },
                })
                .collect(),
            table: table_of_orders,
            issues: builder.issues,
            rows: table.rows(),
            layout,
        },
        excluded_by_status: builder.excluded_by_status,
    })
}

/// Records read by one call of `read_rows`.
const ROWS_PER_CALL: usize = 1024;

/// Adds `next` and the records after it to `builder`, up to `ROWS_PER_CALL` of them, and returns
/// the record that follows. Never inlined, and called once per `ROWS_PER_CALL` records rather
/// than once for the file: a browser runs wasm first as compiled by a quick baseline compiler
/// and switches a function to its optimised code only from its next call on (V8 has no on-stack
/// replacement for wasm), so a loop over every record in one call would run unoptimised to the
/// end. The functions it calls per record are kept small for the same reason: the optimising
/// compiler takes longer over a bigger function, and the import waits for it unoptimised.
#[inline(never)]
fn read_rows<'t>(
    builder: &mut Builder<'t>,
    table: &mut Table<'t>,
    mut next: Next,
) -> Result<Next, ImportError> {
    for _ in 0..ROWS_PER_CALL {
        match next {
            Next::End => break,
            Next::Rejected(issue) => builder.issues.push(issue),
            Next::Record => builder.row(table),
        }
        next = table.advance()?;
    }
    Ok(next)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::data::Day;
    use crate::engine::import::DateOrderSource;
    use crate::engine::import::issue::Reason;

    fn counted(csv: &str) -> Counted {
        import(csv.as_bytes(), &ImportOptions::default()).unwrap()
    }

    fn orders(csv: &str) -> Imported<Orders> {
        counted(csv).imported
    }

    /// Each purchase (an order of a status that counts) as `(customer key, YYYY-MM-DD, cents)`.
    fn entries(imported: &Imported<Orders>) -> Vec<(String, String, i64)> {
        let table = imported.table.purchases(None);
        let rows = table.customer.iter().zip(&table.day).zip(&table.amount);
        rows.map(|((&id, day), amount)| {
            (
                table.customers.key(id).unwrap().to_owned(),
                day.to_string(),
                amount.0,
            )
        })
        .collect()
    }

    fn entry(customer: &str, day: &str, cents: i64) -> (String, String, i64) {
        (customer.to_owned(), day.to_owned(), cents)
    }

    /// Every issue as `(row, column, reason)`.
    fn issues(imported: &Imported<Orders>) -> Vec<(u32, &str, Reason)> {
        imported
            .issues
            .iter()
            .map(|i| (i.row, i.column.as_str(), i.reason.clone()))
            .collect()
    }

    #[test]
    fn dates_that_read_either_way_are_guessed_day_first_then_read_as_the_user_says() {
        let csv = "customer,date,amount\na@x.com,05/03/2024,1\nb@x.com,07/08/2024,2\n";
        let guessed = orders(csv);
        let days: Vec<String> = entries(&guessed).into_iter().map(|e| e.1).collect();
        assert_eq!(days, ["2024-03-05", "2024-08-07"]);
        let order = guessed.date_order.unwrap();
        assert_eq!(
            (order.day_first, order.source, order.values),
            (true, DateOrderSource::Guessed, 2)
        );
        assert_eq!(order.example, "05/03/2024");
        assert_eq!(order.as_day_first.as_deref(), Some("2024-03-05"));
        assert_eq!(order.as_month_first.as_deref(), Some("2024-05-03"));

        let options = ImportOptions {
            day_first: Some(false),
            ..ImportOptions::default()
        };
        let chosen = import(csv.as_bytes(), &options).unwrap().imported;
        let days: Vec<String> = entries(&chosen).into_iter().map(|e| e.1).collect();
        assert_eq!(days, ["2024-05-03", "2024-07-08"]);
        let order = chosen.date_order.unwrap();
        assert_eq!(
            (order.day_first, order.source),
            (false, DateOrderSource::Chosen)
        );

        // One value that reads one way only decides the column; a file without slash dates
        // asks nothing.
        let told = orders("customer,date,amount\na@x.com,05/03/2024,1\nb@x.com,03/13/2024,2\n");
        let order = told.date_order.unwrap();
        assert_eq!(
            (order.day_first, order.source),
            (false, DateOrderSource::FromValues)
        );
        assert_eq!(
            orders("customer,date,amount\na@x.com,2024-03-05,1\n").date_order,
            None
        );
    }

    #[test]
    fn a_file_without_header_imports_with_the_users_roles() {
        let csv = "a@x.com,2024-05-01,12.00\nb@x.com,2024-05-02,13.00\n";
        let options = ImportOptions {
            roles: Some(vec![
                Some(roles::Role::Customer),
                Some(roles::Role::OrderDate),
                Some(roles::Role::Amount),
            ]),
            ..ImportOptions::default()
        };
        let imported = import(csv.as_bytes(), &options).unwrap().imported;
        assert_eq!(
            entries(&imported),
            [
                entry("a@x.com", "2024-05-01", 1200),
                entry("b@x.com", "2024-05-02", 1300)
            ]
        );
        assert_eq!(imported.rows, 2);
        // A bad cell is named by its column's number and its physical line.
        let bad = import(b"a@x.com,2024-05-01,12.00\nb@x.com,soon,13.00\n", &options)
            .unwrap()
            .imported;
        assert_eq!(issues(&bad), [(2, "column 2", Reason::NotADate)]);
    }

    #[test]
    fn a_generic_csv_becomes_orders() {
        let imported =
            orders("customer,date,amount\na@x.com,2024-05-01,12.50\nb@x.com,2024-05-02,8\n");
        assert_eq!(
            entries(&imported),
            [
                entry("a@x.com", "2024-05-01", 1250),
                entry("b@x.com", "2024-05-02", 800)
            ]
        );
        assert_eq!(
            (imported.rows, imported.layout, imported.issues.len()),
            (2, None, 0)
        );
    }

    #[test]
    fn customer_keys_ignore_case_and_trailing_spaces() {
        let imported =
            orders("email,date,total\nAlice@X.com ,2024-05-01,1\nalice@x.com,2024-05-02,2\n");
        assert_eq!(imported.table.customers.len(), 1);
        assert_eq!(imported.table.customers.keys(), ["alice@x.com"]);
    }

    #[test]
    fn line_items_of_one_order_count_once_with_the_first_rows_fields() {
        let csv = "Name,Email,Financial Status,Created at,Total,Lineitem name,Cancelled at\n\
                   #1002,b@x.com,paid,2024-05-02 09:00:00 -0400,30.00,Beans,\n\
                   #1002,b@x.com,,,,Filter,\n\
                   #1001,a@x.com,paid,2024-05-01 10:00:00 -0400,12.00,Beans,\n";
        let imported = orders(csv);
        assert_eq!(imported.layout, Some(roles::SHOPIFY_ORDERS));
        assert_eq!(
            entries(&imported),
            [
                entry("b@x.com", "2024-05-02", 3000),
                entry("a@x.com", "2024-05-01", 1200)
            ]
        );
        assert_eq!((imported.rows, imported.issues.len()), (3, 0));
    }

    #[test]
    fn non_purchases_are_left_out_silently_and_counted() {
        let csv = "Name,Email,Financial Status,Created at,Total,Lineitem name,Cancelled at\n\
                   #1,a@x.com,paid,2024-05-01,1.00,Beans,\n\
                   #2,a@x.com,refunded,2024-05-02,2.00,Beans,\n\
                   #3,a@x.com,voided,2024-05-03,3.00,Beans,\n\
                   #3,a@x.com,,,,Filter,\n\
                   #4,a@x.com,paid,2024-05-04,4.00,Beans,2024-05-05 10:00:00 -0400\n\
                   #5,a@x.com,pending,2024-05-05,5.00,Beans,\n";
        let result = counted(csv);
        let days: Vec<String> = entries(&result.imported).into_iter().map(|e| e.1).collect();
        assert_eq!(days, ["2024-05-01", "2024-05-02"]);
        assert_eq!(
            (result.excluded_by_status, result.imported.issues.len()),
            (3, 0)
        );
        // The voided and pending orders are kept with their status, for the settings to count;
        // the cancelled one (a cancellation date) is not.
        let table = &result.imported.table;
        assert_eq!(table.len(), 4);
        assert_eq!(
            table.status_counts(None),
            [
                ("paid", 1, true),
                ("refunded", 1, true),
                ("voided", 1, false),
                ("pending", 1, false)
            ]
        );
        // Counting pending too (bits: paid, refunded, pending) adds its order.
        let with_pending = table.purchases(Some(0b1011));
        assert_eq!(with_pending.day.len(), 3);
        assert_eq!(with_pending.amount.iter().map(|m| m.0).sum::<i64>(), 800);
    }

    #[test]
    fn an_unreadable_order_that_would_not_count_is_left_out_without_an_issue() {
        let csv = "email,date,total,status\n\
                   a@x.com,2024-05-01,10.00,completed\n\
                   b@x.com,,oops,cancelled\n\
                   c@x.com,2024-05-03,,completed\n";
        let imported = orders(csv);
        assert_eq!(issues(&imported), [(4, "total", Reason::Empty)]);
        assert_eq!(imported.table.len(), 1);
    }

    #[test]
    fn an_unknown_status_is_an_issue_not_a_guess() {
        let imported = orders("email,date,status\na@x.com,2024-05-01,teleported\n");
        assert_eq!(issues(&imported), [(2, "status", Reason::UnknownStatus)]);
        assert!(imported.table.is_empty());
    }

    #[test]
    fn every_bad_cell_of_a_row_is_reported_and_the_row_left_out() {
        let csv = "customer,order_date,amount\n\
                   a@x.com,2024-05-01,12.50\n\
                   ,31/02/2024,1e3\n\
                   c@x.com,,\n\
                   d@x.com,2024-05-04,12.5.0\n";
        let imported = orders(csv);
        assert_eq!(entries(&imported), [entry("a@x.com", "2024-05-01", 1250)]);
        assert_eq!(
            issues(&imported),
            [
                (3, "customer", Reason::Empty),
                (3, "order_date", Reason::NotADate),
                (3, "amount", Reason::NotAnAmount),
                (4, "order_date", Reason::Empty),
                (4, "amount", Reason::Empty),
                (5, "amount", Reason::NotAnAmount),
            ]
        );
        assert_eq!(
            imported.issues.get(1).map(|i| i.value.as_str()),
            Some("31/02/2024")
        );
        assert_eq!(imported.rows, 4);
    }

    #[test]
    fn without_an_amount_column_orders_are_worth_zero() {
        let imported = orders("email,date\na@x.com,2024-05-01\n");
        assert_eq!(entries(&imported), [entry("a@x.com", "2024-05-01", 0)]);
    }

    #[test]
    fn ambiguous_slash_dates_follow_the_rest_of_their_column() {
        let day_first = orders("email,date\na@x.com,05/03/2024\nb@x.com,13/03/2024\n");
        assert_eq!(
            day_first.table.day.first(),
            Day::from_ymd(2024, 3, 5).as_ref()
        );
        let month_first = orders("email,date\na@x.com,05/03/2024\nb@x.com,03/13/2024\n");
        assert_eq!(
            month_first.table.day.first(),
            Day::from_ymd(2024, 5, 3).as_ref()
        );
        assert_eq!(
            month_first.table.day.get(1),
            Day::from_ymd(2024, 3, 13).as_ref()
        );
    }

    #[test]
    fn an_excel_german_export_reads_sep_line_semicolons_and_decimal_commas() {
        let csv = "\u{FEFF}sep=;\r\n\
                   Order Number;Order Status;Order Date;Email (Billing);Order Total Amount;;\r\n\
                   7;Completed;28.12.2024 16:18;f@x.de;1.018,90;;\r\n";
        let imported = orders(csv);
        assert_eq!(imported.layout, Some(roles::WOOCOMMERCE_ORDERS));
        assert_eq!(entries(&imported), [entry("f@x.de", "2024-12-28", 101_890)]);
        assert!(imported.issues.is_empty(), "{:?}", imported.issues);
    }

    #[test]
    fn a_file_without_rows_or_header_or_roles_is_an_error() {
        assert_eq!(
            import_orders(b"email,date\n\n", &ImportOptions::default()).err(),
            Some(ImportError::NoRows { layout: None })
        );
        assert!(matches!(
            import_orders(
                b"1,2024-05-01,12.00\n2,2024-05-02,13.00\n",
                &ImportOptions::default()
            )
            .err(),
            Some(ImportError::NoHeader { line: 1, .. })
        ));
        assert!(matches!(
            import_orders(b"email,total\na@x.com,1\n", &ImportOptions::default()).err(),
            Some(ImportError::MissingRole {
                role: roles::Role::OrderDate,
                ..
            })
        ));
    }

    proptest::proptest! {
        /// Customer ids are assigned in order of first appearance, as a `HashMap` interner would,
        /// across the blocks in which keys are looked up (`rows::KEY_BLOCK`).
        #[test]
        fn customer_ids_follow_first_appearance(customers in proptest::collection::vec(0u32..300, 0..700), upper in proptest::prelude::any::<bool>()) {
            let mut csv = String::from("customer,date,amount\n");
            for (row, n) in customers.iter().enumerate() {
                let name = if upper && row % 3 == 0 { format!("C{n}@X.com") } else { format!("c{n}@x.com") };
                csv.push_str(&format!("{name},2024-05-01,{row}\n"));
            }
            let (mut ids, mut keys) = (std::collections::HashMap::new(), Vec::new());
            let expected: Vec<u32> = customers
                .iter()
                .map(|n| {
                    let key = format!("c{n}@x.com");
                    *ids.entry(key.clone()).or_insert_with(|| {
                        keys.push(key);
                        keys.len() as u32 - 1
                    })
                })
                .collect();
            if customers.is_empty() {
                return Ok(());
            }
            let imported = orders(&csv);
            let found: Vec<u32> = imported.table.customer.iter().map(|id| id.0).collect();
            proptest::prop_assert_eq!(found, expected);
            proptest::prop_assert_eq!(imported.table.customers.keys(), keys);
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(6))]
        /// Files large enough that the customer table is given room ahead
        /// (`customers::expected_customers`): the ids are still those of first appearance.
        #[test]
        fn customer_ids_follow_first_appearance_when_room_is_made_ahead(
            pool in 1_000u32..40_000,
            rows in 5_000usize..60_000,
            seed in proptest::prelude::any::<u32>(),
        ) {
            let mut state = seed;
            let mut csv = String::from("customer,date,amount\n");
            let (mut ids, mut keys, mut expected) = (std::collections::HashMap::new(), Vec::new(), Vec::new());
            for row in 0..rows {
                state = state.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
                let key = format!("c{}@x.com", (state >> 8) % pool);
                csv.push_str(&format!("{key},2024-05-01,{row}\n"));
                expected.push(*ids.entry(key.clone()).or_insert_with(|| {
                    keys.push(key);
                    keys.len() as u32 - 1
                }));
            }
            let imported = orders(&csv);
            let found: Vec<u32> = imported.table.customer.iter().map(|id| id.0).collect();
            proptest::prop_assert_eq!(found, expected);
            proptest::prop_assert_eq!(imported.table.customers.keys(), keys);
        }
    }

    #[test]
    fn statuses_are_counted_and_the_user_decides_which_are_purchases() {
        let csv = "customer,order_date,amount,status\n\
                   a@x.com,2024-01-05,10.00,completed\n\
                   b@x.com,2024-01-06,20.00,on hold\n\
                   c@x.com,2024-01-07,30.00,completed\n\
                   d@x.com,2024-01-08,40.00,backordered\n";
        let by_default = orders(csv);
        let summary: Vec<_> = by_default
            .statuses
            .iter()
            .map(|s| (s.status.as_str(), s.rows, s.is_purchase))
            .collect();
        assert_eq!(
            summary,
            [
                ("completed", 2, Some(true)),
                ("on hold", 1, Some(false)),
                ("backordered", 1, None)
            ]
        );
        // Two completed orders and one on hold, kept but not counted; "backordered" is
        // unknown, so its row is an issue.
        assert_eq!(by_default.table.len(), 3);
        assert_eq!(by_default.table.purchases(None).len(), 2);
        assert_eq!(by_default.issues.len(), 1);

        let options = ImportOptions {
            purchase_statuses: vec![
                ("on hold".to_owned(), true),
                ("backordered".to_owned(), true),
            ],
            ..ImportOptions::default()
        };
        let decided = import_orders(csv.as_bytes(), &options).unwrap();
        assert_eq!(decided.table.len(), 4);
        assert!(decided.issues.is_empty());
        assert!(decided.statuses.iter().all(|s| s.is_purchase == Some(true)));
    }
}
