//! The Persian store's order export against its ground truth (shared/data/README.md
//! § persian_orders_fa.csv and `ground_truth.json`): Jalali dates with Persian digits, Persian
//! statuses (only تکمیل شده counts), amounts with `٬`, and mobiles written four ways that the
//! importer normalises into one customer key.

use vafa::engine::data::{Day, Money, Orders};
use vafa::engine::import::{ImportOptions, Imported, Role, import_orders, inspect};
use vafa::engine::report::{OrdersConfig, orders_report};

use crate::fixture;

fn bytes() -> Vec<u8> {
    std::fs::read(fixture("persian_orders_fa.csv")).unwrap()
}

fn imported(options: &ImportOptions) -> Imported<Orders> {
    import_orders(&bytes(), options).unwrap()
}

fn day(year: i32, month: u32, day: u32) -> Day {
    Day::from_ymd(year, month, day).unwrap()
}

#[test]
fn completed_orders_match_the_readme() {
    // 1110 rows; 1016 completed orders by 533 customers; revenue 1,202,813,000 Toman.
    let imported = imported(&ImportOptions::default());
    assert_eq!(imported.rows, 1110);
    let table = imported.table.purchases(None);
    assert_eq!(table.len(), 1016);
    assert_eq!(table.customer_count(), 533);
    let revenue: Money = table.amount.iter().copied().sum();
    assert_eq!(revenue, Money(120_281_300_000));
    assert_eq!(
        table.day_range(),
        Some((day(2023, 3, 25), day(2024, 12, 20)))
    );
    assert!(imported.issues.is_empty(), "{:?}", imported.issues.first());
}

#[test]
fn repeat_purchase_rate_matches_the_readme() {
    // 33.21% of the 533 customers ordered twice or more: 177 / 533 = 0.33208.
    let report = orders_report(
        &imported(&ImportOptions::default()).table,
        &OrdersConfig::default(),
    );
    assert_eq!((report.customers, report.repeat_customers), (533, 177));
    let rate = report.repeat_purchase_rate.unwrap();
    assert!((rate - 0.3321).abs() < 5e-5, "{rate}");
}

#[test]
fn all_orders_by_normalised_mobile_are_560_customers() {
    // Without the status column every row is an order: 748 mobile spellings, 560 people.
    let inspection = inspect(&bytes(), &ImportOptions::default(), 0).unwrap();
    let roles: Vec<Option<Role>> = inspection
        .roles
        .iter()
        .map(|role| role.filter(|&role| role != Role::Status))
        .collect();
    let options = ImportOptions {
        roles: Some(roles),
        ..ImportOptions::default()
    };
    let imported = imported(&options);
    assert_eq!(imported.table.len(), 1110);
    assert_eq!(imported.table.customers.len(), 560);
    assert!(
        imported
            .table
            .customers
            .keys()
            .iter()
            .all(|key| key.len() == 11 && key.starts_with("09")),
        "{:?}",
        imported.table.customers.keys().first()
    );
}

#[test]
fn the_detected_roles_are_the_readme_roles() {
    let inspection = inspect(&bytes(), &ImportOptions::default(), 3).unwrap();
    let column = |role| {
        let idx = inspection.roles.iter().position(|r| *r == Some(role))?;
        inspection.header.get(idx).map(String::as_str)
    };
    assert_eq!(column(Role::Customer), Some("تلفن همراه"));
    assert_eq!(column(Role::OrderDate), Some("تاریخ سفارش"));
    assert_eq!(column(Role::Amount), Some("مبلغ کل (تومان)"));
    assert_eq!(column(Role::OrderId), Some("شماره سفارش"));
    assert_eq!(column(Role::Status), Some("وضعیت سفارش"));
}
