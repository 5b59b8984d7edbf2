//! Subscriptions files → `Subscriptions`: one entry per subscription (Stripe's subscriptions
//! export, or any sheet with a customer and a start). The end is `Ended At`, never `Canceled At`:
//! a subscription cancelled "at period end" keeps running until then (README § stripe quirk). A
//! row with an empty customer or start, or any unreadable cell, becomes issues and is left out.

use super::cells;
use super::issue::{ImportError, Reason, Vocabulary};
use super::roles::{self, Kind};
use super::sheet::Sheet;
use super::{ImportOptions, Imported, text_of};
use crate::engine::data::{Money, Subscriptions};

/// Imports a subscriptions export: its subscriptions, plus an `Issue` for every row left out.
/// Fails with an `ImportError` when the file as a whole is not usable (not text, no header, no
/// rows, no customer or start column, broken CSV structure).
pub fn import_subscriptions(
    bytes: &[u8],
    options: &ImportOptions,
) -> Result<Imported<Subscriptions>, ImportError> {
    let (decoded, dialect) = text_of(bytes, options)?;
    let mut sheet = Sheet::open(&decoded.text, dialect, options, Kind::Subscriptions)?;
    let columns = roles::subscription_columns(sheet.header(), &sheet.roles)?;
    let mut start_dates = sheet.dates(columns.start);
    let mut end_dates = columns.end.map(|idx| (idx, sheet.dates(idx)));
    let mut cancel_dates = columns.cancelled_at.map(|idx| (idx, sheet.dates(idx)));
    let mut table = Subscriptions::default();
    let mut key = String::new();
    while sheet.next_record()? {
        let issues_before = sheet.issues.len();
        let (customer, key_style) = columns.customer;
        sheet.is_missing(customer);
        let start = if sheet.is_missing(columns.start) {
            None
        } else {
            sheet.moment(&mut start_dates, columns.start)
        };
        let end = match &mut end_dates {
            Some((idx, dates)) => sheet.moment(dates, *idx),
            None => None,
        };
        let cancelled_at = match &mut cancel_dates {
            Some((idx, dates)) => sheet.moment(dates, *idx),
            None => None,
        };
        let status = sheet.read(
            columns.status,
            cells::subscription_status,
            Reason::UnknownWord {
                what: Vocabulary::SubscriptionStatus,
            },
        );
        let amount = sheet.read(columns.amount, cells::parse_money, Reason::NotAnAmount);
        let quantity = sheet.read(columns.quantity, cells::parse_count, Reason::NotACount);
        let interval = sheet.read(
            columns.interval,
            cells::interval,
            Reason::UnknownWord {
                what: Vocabulary::Interval,
            },
        );
        let Some(start) = start else { continue };
        if sheet.issues.len() > issues_before {
            continue;
        }
        table.plan.push(sheet.optional(columns.plan));
        let customer_key = cells::customer_key(sheet.cell(customer), key_style, &mut key);
        let id = table.customers.intern(customer_key);
        table.customer.push(id);
        table.start.push(start);
        table.end.push(end);
        table.cancelled_at.push(cancelled_at);
        table.status.push(status);
        table.amount.push(amount.unwrap_or(Money(0)));
        table.quantity.push(quantity.unwrap_or(1));
        table.interval.push(interval);
    }
    sheet.mixed_formats(columns.start, &start_dates);
    Ok(sheet.finish(table))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::data::{Day, Interval, SubscriptionStatus, Timestamp};

    #[test]
    fn a_cancellation_at_period_end_has_no_end_yet() {
        let csv = "Customer Email,Start Date (UTC),Status,Amount,Quantity,Interval,Product,\
                   Canceled At (UTC),Ended At (UTC)\n\
                   a@x.com,2024-01-05 10:00,active,24.00,2,month,Club,2024-12-30 10:00,\n\
                   b@x.com,2023-02-01 09:00,canceled,240.00,1,year,Club Annual,2024-01-10 08:00,2024-02-01 09:00\n";
        let imported = import_subscriptions(csv.as_bytes(), &ImportOptions::default()).unwrap();
        let table = &imported.table;
        let at = |y, m, d, hours: u32| {
            Some(Timestamp::at(Day::from_ymd(y, m, d).unwrap(), hours * 3600))
        };
        assert_eq!(table.end, [None, at(2024, 2, 1, 9)]);
        assert_eq!(
            table.cancelled_at.first().copied().flatten(),
            at(2024, 12, 30, 10)
        );
        // 2024-01-05 10:00 to 2025-01-05 09:00: 366 calendar days (2024 is a leap year) less an
        // hour, so 365 whole days.
        let start = table.start.first().copied().unwrap();
        assert_eq!(start.whole_days_until(at(2025, 1, 5, 9).unwrap()), 365);
        assert_eq!(
            table.status,
            [
                Some(SubscriptionStatus::Active),
                Some(SubscriptionStatus::Canceled)
            ]
        );
        assert_eq!(table.billed(0), Some(Money(4800)));
        assert_eq!(
            table.interval,
            [Some(Interval::Month), Some(Interval::Year)]
        );
        assert_eq!(table.plan.names, ["Club", "Club Annual"]);
        assert!(imported.issues.is_empty(), "{:?}", imported.issues);
    }

    #[test]
    fn an_unknown_interval_and_a_bad_amount_are_issues() {
        let csv = "Customer Email,Start Date,Amount,Interval\n\
                   a@x.com,2024-01-05,24.00,month\n\
                   b@x.com,2024-01-06,lots,fortnight\n\
                   c@x.com,,24.00,month\n";
        let imported = import_subscriptions(csv.as_bytes(), &ImportOptions::default()).unwrap();
        let found: Vec<(u32, &str, Reason)> = imported
            .issues
            .iter()
            .map(|i| (i.row, i.column.as_str(), i.reason.clone()))
            .collect();
        let interval = Reason::UnknownWord {
            what: Vocabulary::Interval,
        };
        assert_eq!(
            found,
            [
                (3, "Amount", Reason::NotAnAmount),
                (3, "Interval", interval),
                (4, "Start Date", Reason::Required),
            ]
        );
        assert_eq!(imported.table.len(), 1);
    }
}
