//! Checkouts files → `Checkouts`: one entry per checkout. Shopify's abandoned-checkouts export
//! writes one row per line item with the checkout-level columns on the first row only, as its
//! orders export does; a row whose checkout id was already seen belongs to that checkout and is
//! not counted again. A checkout is completed when its recovery status says recovered or it has a
//! completed time. A row with an empty created time, or any unreadable cell, becomes issues and is
//! left out.

use super::cells;
use super::issue::{ImportError, Reason, Vocabulary};
use super::keys::KeyTable;
use super::roles::{self, Kind};
use super::sheet::Sheet;
use super::{ImportOptions, Imported, text_of};
use crate::engine::data::{Checkouts, Money};

/// Imports a checkouts export: its checkouts, plus an `Issue` for every row left out. Fails with
/// an `ImportError` when the file as a whole is not usable (not text, no header, no rows, no
/// created column, neither a checkout id nor a customer column, broken CSV structure).
pub fn import_checkouts(
    bytes: &[u8],
    options: &ImportOptions,
) -> Result<Imported<Checkouts>, ImportError> {
    let (decoded, dialect) = text_of(bytes, options)?;
    let mut sheet = Sheet::open(&decoded.text, dialect, options, Kind::Checkouts)?;
    let columns = roles::checkout_columns(sheet.header(), &sheet.roles)?;
    let mut created_dates = sheet.dates(columns.created);
    let mut completed_dates = columns.completed.map(|idx| (idx, sheet.dates(idx)));
    let mut table = Checkouts::default();
    let mut seen_ids = KeyTable::default();
    let mut key = String::new();
    while sheet.next_record()? {
        if let Some(id) = sheet.optional(columns.id) {
            // Further line items of a checkout already met.
            if !seen_ids.get_or_insert(id.as_bytes(), || 0).1 {
                continue;
            }
        }
        let issues_before = sheet.issues.len();
        let created = if sheet.is_missing(columns.created) {
            None
        } else {
            sheet.moment(&mut created_dates, columns.created)
        };
        let completed = match &mut completed_dates {
            Some((idx, dates)) => sheet.moment(dates, *idx),
            None => None,
        };
        let is_recovered = sheet.read(
            columns.recovery_status,
            cells::is_recovered,
            Reason::UnknownWord {
                what: Vocabulary::RecoveryStatus,
            },
        );
        let amount = sheet.read(columns.amount, cells::parse_money, Reason::NotAnAmount);
        let Some(created) = created else { continue };
        if sheet.issues.len() > issues_before {
            continue;
        }
        let customer = columns.customer.and_then(|(idx, key_style)| {
            let cell = sheet.optional(Some(idx))?;
            let customer_key = cells::customer_key(cell, key_style, &mut key);
            Some(table.customers.intern(customer_key))
        });
        table.customer.push(customer);
        table.created.push(created);
        table
            .is_completed
            .push(is_recovered == Some(true) || completed.is_some());
        table.completed.push(completed);
        table.amount.push(amount.unwrap_or(Money(0)));
    }
    sheet.mixed_formats(columns.created, &created_dates);
    Ok(sheet.finish(table))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::import::roles::SHOPIFY_CHECKOUTS;

    #[test]
    fn line_items_of_one_checkout_count_once() {
        let csv = "Id,Email,Created at,Completed at,Total,Lineitem name,Recovery status,\
                   Abandoned checkout URL\n\
                   7,M@x.com,2025-01-03 11:13:44 -0500,,70.23,Espresso,not_recovered,https://x/7\n\
                   7,m@x.com,,,,House Blend,,\n\
                   8,n@x.com,2025-01-04 10:00:00 -0500,2025-01-05 09:00:00 -0500,12.00,Beans,recovered,https://x/8\n";
        let imported = import_checkouts(csv.as_bytes(), &ImportOptions::default()).unwrap();
        assert_eq!(imported.layout, Some(SHOPIFY_CHECKOUTS));
        assert_eq!(imported.rows, 3);
        assert_eq!(imported.table.len(), 2);
        assert_eq!(imported.table.is_completed, [false, true]);
        assert_eq!(imported.table.amount, [Money(7023), Money(1200)]);
        assert_eq!(imported.table.customers.keys(), ["m@x.com", "n@x.com"]);
        assert!(imported.issues.is_empty(), "{:?}", imported.issues);
    }

    #[test]
    fn a_bad_total_or_recovery_status_is_an_issue() {
        let csv = "checkout_id,email,created_at,total,recovery status\n\
                   1,a@x.com,2024-05-01,10.00,recovered\n\
                   2,b@x.com,2024-05-02,1e3,maybe\n";
        let imported = import_checkouts(csv.as_bytes(), &ImportOptions::default()).unwrap();
        let found: Vec<(u32, &str, Reason)> = imported
            .issues
            .iter()
            .map(|i| (i.row, i.column.as_str(), i.reason.clone()))
            .collect();
        let status = Reason::UnknownWord {
            what: Vocabulary::RecoveryStatus,
        };
        assert_eq!(
            found,
            [
                (3, "recovery status", status),
                (3, "total", Reason::NotAnAmount)
            ]
        );
        assert_eq!(imported.table.len(), 1);
    }
}
