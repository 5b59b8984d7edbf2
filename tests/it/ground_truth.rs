//! The Shopify sample against its ground truth (shared/data/README.md § shopify_orders_export.csv
//! and `ground_truth.json`): summary, CRR of 2024 with W = 365, and the monthly cohort table.
//! Values printed to 4 decimals are checked to within half a unit of the last decimal.

use serde_json::Value;
use vafa::engine::data::{Day, Orders, Period};
use vafa::engine::import::{ImportOptions, import_orders};
use vafa::engine::metrics::{CrrConfig, crr};
use vafa::engine::report::{OrdersConfig, OrdersReport, orders_report};

use crate::fixture;

const PRINTED_4: f64 = 5e-5 + 1e-12;
const CENT: f64 = 0.005;

fn shopify_orders() -> Orders {
    let bytes = std::fs::read(fixture("shopify_orders_export.csv")).unwrap();
    import_orders(&bytes, &ImportOptions::default())
        .unwrap()
        .table
}

fn report(period: Period) -> OrdersReport {
    orders_report(
        &shopify_orders(),
        &OrdersConfig {
            period,
            ..OrdersConfig::default()
        },
    )
}

/// The `valid` section of the Shopify file in `ground_truth.json`.
fn truth() -> Value {
    let text = std::fs::read_to_string(fixture("ground_truth.json")).unwrap();
    let json: Value = serde_json::from_str(&text).unwrap();
    json.pointer("/files/shopify_orders_export.csv/valid")
        .unwrap()
        .clone()
}

fn number(value: &Value) -> f64 {
    match value {
        Value::String(text) => text.parse().unwrap(),
        other => other.as_f64().unwrap(),
    }
}

fn assert_close(actual: Option<f64>, expected: f64, tolerance: f64, what: &str) {
    let actual = actual.unwrap_or_else(|| panic!("{what}: no value, expected {expected}"));
    assert!(
        (actual - expected).abs() < tolerance,
        "{what}: {actual} ≠ {expected}"
    );
}

fn day(text: &str) -> Day {
    let parts: Vec<u32> = text.split('-').map(|p| p.parse().unwrap()).collect();
    Day::from_ymd(parts[0] as i32, parts[1], parts[2]).unwrap()
}

#[test]
fn shopify_summary_matches_the_readme() {
    let report = report(Period::Month);
    assert_eq!(
        (report.orders, report.customers, report.repeat_customers),
        (1814, 981, 325)
    );
    assert_close(Some(report.revenue), 89641.94, CENT, "revenue");
    assert_close(
        report.repeat_purchase_rate,
        0.3313,
        PRINTED_4,
        "repeat purchase rate",
    );
    assert_close(
        report.purchase_frequency,
        1.8491,
        PRINTED_4,
        "purchase frequency",
    );
    assert_close(report.aov, 49.4167, PRINTED_4, "AOV");
    assert_close(report.aov_first, 47.6999, PRINTED_4, "AOV of first orders");
    assert_close(
        report.aov_repeat,
        51.4385,
        PRINTED_4,
        "AOV of repeat orders",
    );
    // 47.80 % is printed to two decimals of a percentage.
    assert_close(
        report.repeat_revenue_share,
        0.4780,
        PRINTED_4,
        "repeat revenue share",
    );
    assert_eq!(report.first_day.as_deref(), Some("2023-01-01"));
    assert_eq!(report.last_day.as_deref(), Some("2024-12-31"));
}

#[test]
fn shopify_summary_matches_ground_truth_json() {
    let truth = truth();
    let report = report(Period::Month);
    let int = |key: &str| truth.get(key).and_then(Value::as_u64).unwrap();
    assert_eq!(u64::from(report.customers), int("customers"));
    assert_eq!(u64::from(report.orders), int("orders"));
    assert_eq!(u64::from(report.repeat_customers), int("repeat_customers"));
    assert_close(
        Some(report.revenue),
        number(&truth["revenue"]),
        CENT,
        "revenue",
    );
    let ratios = [
        (report.repeat_purchase_rate, "repeat_purchase_rate"),
        (report.purchase_frequency, "purchase_frequency"),
        (report.aov, "aov"),
        (report.aov_first, "aov_first_orders"),
        (report.aov_repeat, "aov_repeat_orders"),
        (report.repeat_revenue_share, "repeat_revenue_share"),
    ];
    for (actual, key) in ratios {
        assert_close(actual, number(&truth[key]), PRINTED_4, key);
    }
    assert_eq!(
        report.first_day.as_deref(),
        truth["first_order_date"].as_str()
    );
    assert_eq!(
        report.last_day.as_deref(),
        truth["last_order_date"].as_str()
    );
}

#[test]
fn shopify_crr_of_2024_matches_the_readme() {
    // S = 436, E = 601, N = 543: (601 − 543)/436 × 100 = 13.3028 %.
    let report = report(Period::Year);
    let row = report.crr.iter().find(|row| row.period == "2024").unwrap();
    assert_eq!((row.s, row.e, row.n), (436, 601, 543));
    assert_close(row.crr_pct, 13.3028, PRINTED_4, "CRR 2024");
    assert!(!row.is_partial);
    assert!(
        row.retained_pct
            .is_some_and(|pct| (0.0..=100.0).contains(&pct))
    );
    assert_eq!(report.window_days, 365);
}

#[test]
fn shopify_crr_matches_ground_truth_json() {
    let truth = truth();
    let expected = &truth["crr"];
    let window_days = u32::try_from(expected["window_days"].as_u64().unwrap()).unwrap();
    let rows = crr(
        &shopify_orders(),
        Period::Year.into(),
        &CrrConfig {
            window_days,
            as_of: None,
        },
    );
    let t0 = day(expected["period"][0].as_str().unwrap());
    let t1 = day(expected["period"][1].as_str().unwrap());
    let row = rows.iter().find(|row| row.start == t0).unwrap();
    assert_eq!(row.end, t1);
    let count = |key: &str| u32::try_from(expected[key].as_u64().unwrap()).unwrap();
    assert_eq!((row.s, row.e, row.n), (count("S"), count("E"), count("N")));
    assert_close(
        row.crr_pct(),
        number(&expected["crr_percent"]),
        PRINTED_4,
        "crr_percent",
    );
}

#[test]
fn shopify_cohorts_of_the_readme() {
    let cohorts = report(Period::Month).cohorts;
    let row = |label: &str| cohorts.labels.iter().position(|l| l == label).unwrap();
    let (jan_2023, jan_2024) = (row("2023-01"), row("2024-01"));
    assert_eq!((cohorts.sizes[jan_2023], cohorts.sizes[jan_2024]), (35, 37));
    for (k, expected) in [1.0, 0.1143, 0.1143, 0.1143].into_iter().enumerate() {
        assert_close(
            cohorts.on[jan_2023][k],
            expected,
            PRINTED_4,
            "cohort 2023-01",
        );
    }
    for (k, expected) in [1.0, 0.1892, 0.1351, 0.0811].into_iter().enumerate() {
        assert_close(
            cohorts.on[jan_2024][k],
            expected,
            PRINTED_4,
            "cohort 2024-01",
        );
    }
}

#[test]
fn shopify_monthly_cohort_tables_match_ground_truth_json() {
    let truth = truth();
    let expected = truth["cohorts_monthly_on"].as_object().unwrap();
    let cohorts = report(Period::Month).cohorts;
    assert_eq!(cohorts.period, "month");
    let labels: Vec<&String> = expected.keys().collect();
    assert_eq!(cohorts.labels.iter().collect::<Vec<_>>(), labels);
    for (c, (label, cohort)) in expected.iter().enumerate() {
        let size = cohort["size"].as_u64().unwrap();
        assert_eq!(u64::from(cohorts.sizes[c]), size, "size of {label}");
        let on = cohort["on"].as_array().unwrap();
        // The ground truth stops where the data does; past it the report has empty cells.
        assert_eq!(on.len(), cohorts.labels.len() - c, "cells of {label}");
        for (k, cell) in cohorts.on[c].iter().enumerate() {
            match on.get(k) {
                Some(value) => assert_close(
                    *cell,
                    number(value),
                    PRINTED_4,
                    &format!("{label} month {k}"),
                ),
                None => assert_eq!(*cell, None, "{label} month {k} is past the data"),
            }
        }
    }
    // The data end on 2024-12-31, the last day of the last month: no cell is partial.
    assert!(cohorts.is_partial.iter().flatten().all(|partial| !partial));
}

#[test]
fn shopify_new_customers_and_revenue_per_month_match_ground_truth_json() {
    let truth = truth();
    let by_month = truth["by_month"].as_object().unwrap();
    let report = report(Period::Month);
    let cohorts = &report.cohorts;
    assert_eq!(cohorts.labels.len(), by_month.len());
    for (m, (label, month)) in by_month.iter().enumerate() {
        let new_customers = month["new_customers"].as_u64().unwrap();
        assert_eq!(cohorts.labels[m], *label);
        assert_eq!(
            u64::from(cohorts.sizes[m]),
            new_customers,
            "new customers {label}"
        );
        // CRR's N of a month is the same count.
        assert_eq!(report.crr[m].period, *label);
        assert_eq!(u64::from(report.crr[m].n), new_customers, "N of {label}");
        // The month's revenue is the sum over cohorts of their cell for that month.
        let revenue: f64 = (0..=m).filter_map(|c| cohorts.revenue[c][m - c]).sum();
        assert_close(
            Some(revenue),
            number(&month["revenue"]),
            CENT,
            &format!("revenue {label}"),
        );
    }
}

#[test]
fn shopify_periods_match_ground_truth_json_month_by_month() {
    let truth = truth();
    let by_month = truth["by_month"].as_object().unwrap();
    let report = report(Period::Month);
    assert_eq!(report.periods.len(), by_month.len());
    for (row, (label, month)) in report.periods.iter().zip(by_month) {
        assert_eq!(row.period, *label);
        assert_eq!(
            u64::from(row.orders),
            month["orders"].as_u64().unwrap(),
            "{label}"
        );
        assert_eq!(
            u64::from(row.new),
            month["new_customers"].as_u64().unwrap(),
            "{label}"
        );
        assert_close(Some(row.revenue), number(&month["revenue"]), CENT, label);
        assert_eq!(row.customers, row.new + row.returning + row.reactivated);
    }
    // The per-period repeat revenue adds up to the README's repeat share of revenue (47.80%).
    let repeat: f64 = report.periods.iter().map(|p| p.repeat_revenue).sum();
    let revenue: f64 = report.periods.iter().map(|p| p.revenue).sum();
    assert_close(Some(repeat / revenue), 0.478, 5e-4, "repeat revenue share");
}

#[test]
fn shopify_median_days_between_purchases_is_24() {
    let report = report(Period::Month);
    let between = &report.gaps.between_purchases;
    assert_eq!(between.median_days, Some(24.0));
    // Every repeat order is one gap: 1,814 orders − 981 first orders.
    assert_eq!(between.n, 1814 - 981);
    assert_eq!(between.counts.iter().sum::<u32>(), between.n);
    // One "to second purchase" gap per repeat customer (325).
    assert_eq!(report.gaps.to_second_purchase.n, 325);
}

#[test]
fn shopify_rfm_segments_cover_every_customer_and_all_revenue() {
    let report = report(Period::Month);
    let rfm = &report.rfm;
    assert_eq!(rfm.segments.len(), 11);
    assert_eq!(rfm.segments.iter().map(|s| s.customers).sum::<u32>(), 981);
    let revenue: f64 = rfm.segments.iter().map(|s| s.revenue).sum();
    assert_close(Some(revenue), 89641.94, CENT, "RFM revenue");
    assert_eq!(rfm.grid.iter().flatten().sum::<u32>(), 981);
}

/// Shopify's `Source` column is the segment: the README counts 1676 orders with Source = web among
/// all 1864 orders; counting every status and cancelled order as a purchase reproduces it, and the
/// segments of the 1814 valid orders add up to the whole report.
#[test]
fn shopify_source_is_the_segment() {
    let bytes = std::fs::read(fixture("shopify_orders_export.csv")).unwrap();
    let every_status = ImportOptions {
        purchase_statuses: [
            "paid",
            "partially_refunded",
            "pending",
            "refunded",
            "voided",
        ]
        .into_iter()
        .map(|status| (status.to_owned(), true))
        .collect(),
        ..ImportOptions::default()
    };
    let mut roles = vafa::engine::import::inspect(&bytes, &ImportOptions::default(), 1)
        .unwrap()
        .roles;
    // Without the cancelled-at role, cancelled orders are purchases too.
    for role in &mut roles {
        if *role == Some(vafa::engine::import::Role::CancelledAt) {
            *role = None;
        }
    }
    let all = import_orders(
        &bytes,
        &ImportOptions {
            roles: Some(roles),
            ..every_status
        },
    )
    .unwrap()
    .table;
    assert_eq!(all.len(), 1864);
    let counts = all.segment_counts(None);
    assert_eq!(
        counts.iter().find(|(name, _)| *name == "web"),
        Some(&("web", 1676))
    );
    // As imported, the segment list counts purchases: 1,628 web orders, as the breakdown; counting
    // pending too (the settings) adds web's pending ones.
    let imported = import_orders(&bytes, &ImportOptions::default())
        .unwrap()
        .table;
    let web = |statuses| {
        imported
            .segment_counts(statuses)
            .into_iter()
            .find(|(name, _)| *name == "web")
            .map(|(_, n)| n)
    };
    let everything = imported
        .status
        .as_ref()
        .map(|column| (1u64 << column.labels.names.len()) - 1);
    assert_eq!(web(None), Some(1628));
    assert!(web(everything) > Some(1628), "{:?}", web(everything));

    let report = report(Period::Month);
    let breakdown = report.breakdown.as_ref().unwrap();
    assert_eq!(breakdown.column, "Source");
    let orders: u32 = breakdown.rows.iter().map(|r| r.orders).sum();
    let revenue: f64 = breakdown.rows.iter().map(|r| r.revenue).sum();
    assert_eq!(orders, report.orders);
    assert!((revenue - report.revenue).abs() < CENT);
    assert_eq!(breakdown.rows[0].name.as_deref(), Some("web"));
    // The report of the web orders alone matches its row of the breakdown.
    let web = orders_report(
        &shopify_orders(),
        &OrdersConfig {
            filter: vafa::engine::data::OrdersFilter {
                segment: breakdown.rows[0].index,
                ..Default::default()
            },
            ..OrdersConfig::default()
        },
    );
    assert_eq!(
        (web.orders, web.customers, web.repeat_purchase_rate),
        (
            breakdown.rows[0].orders,
            breakdown.rows[0].customers,
            breakdown.rows[0].repeat_purchase_rate
        )
    );
}
