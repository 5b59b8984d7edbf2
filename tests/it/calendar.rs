//! Reports in the Jalali calendar against hand-computed tables: five orders around Nowruz 1403
//! (1 Farvardin 1403 = 2024-03-20) that Gregorian months and Jalali months bucket differently,
//! the report's `calendar` key, Saturday weeks, a survey's trend, days no calendar conversion
//! reaches, and `vafa report --calendar jalali` on a file written here and on the Persian sample.

use std::process::Command;

use serde_json::Value;
use vafa::engine::data::{Calendar, Day, Money, Orders, Period};
use vafa::engine::import::{ImportOptions, import_responses};
use vafa::engine::report::{
    OrdersConfig, OrdersReport, ResponsesConfig, orders_report, responses_report,
};

fn day(y: i32, m: u32, d: u32) -> Day {
    Day::from_ymd(y, m, d).unwrap()
}

/// c: 2024-02-25 (6 Esfand 1402) 10, 2024-04-25 (6 Ordibehesht 1403) 40;
/// a: 2024-03-19 (29 Esfand 1402) 20, 2024-03-21 (2 Farvardin 1403) 30;
/// b: 2024-03-21 (2 Farvardin 1403) 50.
fn nowruz_orders() -> Orders {
    let mut orders = Orders::default();
    for (customer, date, units) in [
        ("c", day(2024, 2, 25), 10),
        ("a", day(2024, 3, 19), 20),
        ("a", day(2024, 3, 21), 30),
        ("b", day(2024, 3, 21), 50),
        ("c", day(2024, 4, 25), 40),
    ] {
        orders.push(customer, date, Money(units * 100));
    }
    orders
}

fn report(period: Period, calendar: Calendar) -> OrdersReport {
    let config = OrdersConfig {
        period,
        calendar,
        ..OrdersConfig::default()
    };
    orders_report(&nowruz_orders(), &config)
}

/// (period, [S, E, N, reactivated], retained %, partial) of each CRR row.
fn crr_rows(report: &OrdersReport) -> Vec<(&str, [u32; 4], Option<f64>, bool)> {
    report
        .crr
        .iter()
        .map(|r| {
            let counts = [r.s, r.e, r.n, r.reactivated];
            (r.period.as_str(), counts, r.retained_pct, r.is_partial)
        })
        .collect()
}

/// (period, orders, revenue, repeat revenue, customers, new, returning) of each period row.
fn period_rows(report: &OrdersReport) -> Vec<(&str, u32, f64, f64, u32, u32, u32)> {
    report
        .periods
        .iter()
        .map(|p| {
            let row = (p.orders, p.revenue, p.repeat_revenue, p.customers);
            (
                p.period.as_str(),
                row.0,
                row.1,
                row.2,
                row.3,
                p.new,
                p.returning,
            )
        })
        .collect()
}

#[test]
fn jalali_months_split_what_gregorian_march_holds() {
    // W = 365 days, so everyone who ordered stays active. Jalali months: 1402-12 = [02-20,
    // 03-20), 1403-01 = [03-20, 04-20), 1403-02 = [04-20, 05-20), partial (data end 04-25).
    //   1402-12: S = 0 (no order before 02-20); E at 03-20: c (02-25), a (03-19) = 2; N = c, a.
    //   1403-01: S = a, c = 2; E at 04-20 = a, b, c = 3; N = b; CRR = (3 − 1)/2 = 100 %.
    //   1403-02: S = 3, E = 3, N = 0; CRR 100 %.
    let jalali = report(Period::Month, Calendar::Jalali);
    assert_eq!(jalali.calendar, "jalali");
    assert_eq!(
        crr_rows(&jalali),
        [
            ("1402-12", [0, 2, 2, 0], None, false),
            ("1403-01", [2, 3, 1, 0], Some(100.0), false),
            ("1403-02", [3, 3, 0, 0], Some(100.0), true),
        ]
    );
    let crr: Vec<_> = jalali.crr.iter().map(|r| r.crr_pct).collect();
    assert_eq!(crr, [None, Some(100.0), Some(100.0)]);
    // Gregorian: 2024-02 holds c alone, 2024-03 holds a's two orders and b's.
    //   2024-02: S = 0, E at 03-01 = c, N = c.  2024-03: S = c, E at 04-01 = 3, N = a, b:
    //   CRR = (3 − 2)/1 = 100 %.  2024-04: S = E = 3, N = 0, partial (ends 05-01).
    let gregorian = report(Period::Month, Calendar::Gregorian);
    assert_eq!(gregorian.calendar, "gregorian");
    assert_eq!(
        crr_rows(&gregorian),
        [
            ("2024-02", [0, 1, 1, 0], None, false),
            ("2024-03", [1, 3, 2, 0], Some(100.0), false),
            ("2024-04", [3, 3, 0, 0], Some(100.0), true),
        ]
    );
}

#[test]
fn jalali_cohorts_follow_jalali_months() {
    // Cohort 1402-12 = {c, a}: in 1403-01 a orders (1/2), in 1403-02 c orders (1/2).
    // Cohort 1403-01 = {b}: no order in 1403-02 (0), 1403-03 is past the data (empty).
    // Cohort 1403-02 has no first orders.
    let cohorts = report(Period::Month, Calendar::Jalali).cohorts;
    assert_eq!(cohorts.period, "month");
    assert_eq!(cohorts.labels, ["1402-12", "1403-01", "1403-02"]);
    assert_eq!(cohorts.sizes, [2, 1, 0]);
    assert_eq!(cohorts.on[0], [Some(1.0), Some(0.5), Some(0.5)]);
    assert_eq!(cohorts.on[1], [Some(1.0), Some(0.0), None]);
    // Revenue of cohort 1402-12: c 10 + a 20, then a 30, then c 40.
    assert_eq!(cohorts.revenue[0], [Some(30.0), Some(30.0), Some(40.0)]);
    // Gregorian: cohort 2024-02 = {c} (back in April), 2024-03 = {a, b} (not back in April).
    let cohorts = report(Period::Month, Calendar::Gregorian).cohorts;
    assert_eq!(cohorts.labels, ["2024-02", "2024-03", "2024-04"]);
    assert_eq!(cohorts.sizes, [1, 2, 0]);
    assert_eq!(cohorts.on[0], [Some(1.0), Some(0.0), Some(1.0)]);
    assert_eq!(cohorts.on[1], [Some(1.0), Some(0.0), None]);
}

#[test]
fn jalali_activity_counts_orders_by_jalali_month() {
    // 1402-12: c 10 + a 20, both new.  1403-01: a 30 (returning, repeat) + b 50 (new).
    // 1403-02: c 40, returning, repeat.
    assert_eq!(
        period_rows(&report(Period::Month, Calendar::Jalali)),
        [
            ("1402-12", 2, 30.0, 0.0, 2, 2, 0),
            ("1403-01", 2, 80.0, 30.0, 2, 1, 1),
            ("1403-02", 1, 40.0, 40.0, 1, 0, 1),
        ]
    );
    // Gregorian March holds 3 orders: a 20 (new), a 30 (repeat), b 50 (new).
    assert_eq!(
        period_rows(&report(Period::Month, Calendar::Gregorian)),
        [
            ("2024-02", 1, 10.0, 0.0, 1, 1, 0),
            ("2024-03", 3, 100.0, 30.0, 2, 2, 0),
            ("2024-04", 1, 40.0, 40.0, 1, 0, 1),
        ]
    );
}

#[test]
fn jalali_quarters_years_and_weeks() {
    // Every order is in the Gregorian year 2024 and Q1/Q2, but Jalali 1402 (Q4, winter) and
    // 1403 (Q1, spring).
    let labels = |period, calendar| -> Vec<String> {
        let report = report(period, calendar);
        report.periods.iter().map(|p| p.period.clone()).collect()
    };
    assert_eq!(
        labels(Period::Quarter, Calendar::Jalali),
        ["1402-Q4", "1403-Q1"]
    );
    assert_eq!(labels(Period::Year, Calendar::Jalali), ["1402", "1403"]);
    assert_eq!(
        labels(Period::Quarter, Calendar::Gregorian),
        ["2024-Q1", "2024-Q2"]
    );
    // Jalali weeks start on Saturday: 2024-03-19 (Tuesday) and 2024-03-21 (Thursday) share the
    // week of Saturday 2024-03-16 = 26 Esfand 1402. The Gregorian ISO week of both is 2024-W12.
    let weeks = report(Period::Week, Calendar::Jalali);
    let first_weeks: Vec<_> = weeks.periods.iter().map(|p| p.period.as_str()).collect();
    assert_eq!(first_weeks.first(), Some(&"1402-12-05")); // Saturday 2024-02-24
    let nowruz_week = weeks
        .periods
        .iter()
        .find(|p| p.period == "1402-12-26")
        .unwrap();
    assert_eq!(nowruz_week.orders, 3);
    assert_eq!(first_weeks.last(), Some(&"1403-02-01")); // Saturday 2024-04-20
}

#[test]
fn clv_horizons_do_not_depend_on_the_calendar() {
    let (jalali, gregorian) = (
        report(Period::Month, Calendar::Jalali),
        report(Period::Month, Calendar::Gregorian),
    );
    assert_eq!(jalali.clv.horizons, gregorian.clv.horizons);
    // Cohorts with customers only: nobody first ordered in 1403-02.
    assert_eq!(jalali.clv.cohort_labels, ["1402-12", "1403-01"]);
}

#[test]
fn only_a_jalali_report_names_its_calendar_in_json() {
    let json = |calendar| serde_json::to_value(report(Period::Month, calendar)).unwrap();
    assert_eq!(json(Calendar::Jalali)["calendar"], "jalali");
    assert!(json(Calendar::Gregorian).get("calendar").is_none());
    // A report without the key reads back as Gregorian.
    let back: OrdersReport = serde_json::from_value(json(Calendar::Gregorian)).unwrap();
    assert_eq!(back.calendar, "gregorian");
}

#[test]
fn days_no_calendar_conversion_reaches_give_a_report_not_a_panic() {
    // Jalali months, quarters and years count days before 560 or after 3797 in the conversion's
    // first or last period; weeks need no conversion. (Few periods each, since the cohort
    // tables are square.)
    for (first, second) in [
        (day(100, 1, 1), day(101, 6, 1)),
        (day(9998, 1, 1), day(9999, 12, 31)),
    ] {
        let mut orders = Orders::default();
        orders.push("x", first, Money(100));
        orders.push("y", first, Money(100));
        orders.push("x", second, Money(100));
        for period in Period::ALL {
            let config = OrdersConfig {
                period,
                calendar: Calendar::Jalali,
                ..OrdersConfig::default()
            };
            let report = orders_report(&orders, &config);
            assert_eq!(report.orders, 3, "{period:?} {first}");
            let new: u32 = report.crr.iter().map(|r| r.n).sum();
            assert_eq!(new, 2, "{period:?} {first}");
            assert_eq!(
                report.cohorts.sizes.iter().sum::<u32>(),
                2,
                "{period:?} {first}"
            );
            let counted: u32 = report.periods.iter().map(|p| p.orders).sum();
            assert_eq!(counted, 3, "{period:?} {first}");
        }
    }
}

#[test]
fn a_survey_trend_in_jalali_months() {
    // NPS answers on 29 Esfand 1402 (10, 9) and 1 Farvardin 1403 (3): Gregorian March holds all
    // three; Jalali splits them 2 + 1.
    let csv = "How likely are you to recommend us?,Submitted at\n\
               10,2024-03-19\n9,2024-03-19\n3,2024-03-20\n";
    let imported = import_responses(csv.as_bytes(), &ImportOptions::default()).unwrap();
    assert!(imported.issues.is_empty(), "{:?}", imported.issues);
    let trend = |calendar| {
        let config = ResponsesConfig {
            calendar,
            ..ResponsesConfig::default()
        };
        let report = responses_report(&imported.table, &config);
        let json = serde_json::to_value(&report).unwrap();
        let rows: Vec<(String, u32)> = report
            .trend
            .iter()
            .map(|row| (row.period.clone(), row.metrics.n))
            .collect();
        (rows, json.get("calendar").cloned())
    };
    assert_eq!(
        trend(Calendar::Jalali),
        (
            vec![("1402-12".to_owned(), 2), ("1403-01".to_owned(), 1)],
            Some(Value::from("jalali"))
        )
    );
    assert_eq!(
        trend(Calendar::Gregorian),
        (vec![("2024-03".to_owned(), 3)], None)
    );
}

/// `vafa report --orders FILE --json` with `args` after, as JSON; it must succeed.
fn cli_report(file: &std::path::Path, args: &[&str]) -> Value {
    let output = Command::new(env!("CARGO_BIN_EXE_vafa"))
        .args(["report", "--orders"])
        .arg(file)
        .args(args)
        .arg("--json")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    serde_json::from_slice(&output.stdout).unwrap()
}

/// (period, S, E, N) of a CRR row.
type CrrCounts = (String, u64, u64, u64);

/// (period, orders) of each row of `orders.periods`, and of `orders.crr` (period, S, E, N).
fn cli_rows(json: &Value) -> (Vec<(String, u64)>, Vec<CrrCounts>) {
    let text = |v: &Value| v.as_str().unwrap().to_owned();
    let number = |v: &Value| v.as_u64().unwrap();
    let orders = &json["orders"];
    let periods = orders["periods"].as_array().unwrap();
    let crr = orders["crr"].as_array().unwrap();
    (
        periods
            .iter()
            .map(|p| (text(&p["period"]), number(&p["orders"])))
            .collect(),
        crr.iter()
            .map(|r| {
                (
                    text(&r["period"]),
                    number(&r["s"]),
                    number(&r["e"]),
                    number(&r["n"]),
                )
            })
            .collect(),
    )
}

#[test]
fn cli_reports_a_file_around_nowruz_in_jalali_months() {
    // The five orders of `nowruz_orders`, their dates written in Jalali as a Persian shop
    // exports them; the report's days stay Gregorian, its periods follow --calendar.
    let file = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("nowruz_orders.csv");
    let csv = "email,order date,total\n\
               c@example.ir,1402/12/06,10\n\
               a@example.ir,1402/12/29,20\n\
               a@example.ir,1403/01/02,30\n\
               b@example.ir,1403/01/02,50\n\
               c@example.ir,1403/02/06,40\n";
    std::fs::write(&file, csv).unwrap();
    let owned = |rows: &[(&str, u64)]| -> Vec<(String, u64)> {
        rows.iter().map(|&(p, n)| (p.to_owned(), n)).collect()
    };

    let jalali = cli_report(&file, &["--calendar", "jalali"]);
    assert_eq!(jalali["orders"]["calendar"], "jalali");
    assert_eq!(jalali["orders"]["first_day"], "2024-02-25");
    assert_eq!(jalali["orders"]["revenue"], 150.0);
    let (periods, crr) = cli_rows(&jalali);
    assert_eq!(
        periods,
        owned(&[("1402-12", 2), ("1403-01", 2), ("1403-02", 1)])
    );
    let expected = [
        ("1402-12", 0, 2, 2),
        ("1403-01", 2, 3, 1),
        ("1403-02", 3, 3, 0),
    ];
    let expected: Vec<_> = expected
        .iter()
        .map(|&(p, s, e, n)| (p.to_owned(), s, e, n))
        .collect();
    assert_eq!(crr, expected);
    let cohorts = &jalali["orders"]["cohorts"];
    assert_eq!(
        cohorts["labels"],
        serde_json::json!(["1402-12", "1403-01", "1403-02"])
    );
    assert_eq!(cohorts["sizes"], serde_json::json!([2, 1, 0]));

    let weeks = cli_report(&file, &["--calendar=jalali", "--period", "week"]);
    let (periods, _) = cli_rows(&weeks);
    assert_eq!(periods.first(), Some(&("1402-12-05".to_owned(), 1)));
    assert!(
        periods.contains(&("1402-12-26".to_owned(), 3)),
        "{periods:?}"
    );

    let gregorian = cli_report(&file, &["--calendar", "gregorian"]);
    assert!(gregorian["orders"].get("calendar").is_none());
    let (periods, _) = cli_rows(&gregorian);
    assert_eq!(
        periods,
        owned(&[("2024-02", 1), ("2024-03", 3), ("2024-04", 1)])
    );
    assert_eq!(gregorian, cli_report(&file, &[]));
}

#[test]
fn cli_reports_the_persian_sample_in_jalali_months() {
    // Orders 1402/01/01 .. 1403/09/30 (shared/data/README.md): 21 Jalali months, the last one
    // complete (Azar has 30 days), while Gregorian December 2024 is cut on the 20th.
    let file = crate::fixture("persian_orders_fa.csv");
    let jalali = cli_report(&file, &["--calendar", "jalali"]);
    let (periods, _) = cli_rows(&jalali);
    let labels: Vec<&str> = periods.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(labels.len(), 21);
    assert_eq!(
        (labels.first(), labels.last()),
        (Some(&"1402-01"), Some(&"1403-09"))
    );
    let total: u64 = periods.iter().map(|(_, n)| n).sum();
    assert_eq!(Some(total), jalali["orders"]["orders"].as_u64());
    let last = |json: &Value| {
        json["orders"]["crr"]
            .as_array()
            .unwrap()
            .last()
            .cloned()
            .unwrap()
    };
    assert_eq!(last(&jalali)["is_partial"], false);
    let gregorian = cli_report(&file, &[]);
    assert_eq!(last(&gregorian)["period"], "2024-12");
    assert_eq!(last(&gregorian)["is_partial"], true);
}
