//! Subscriptions (ended vs censored, MRR) and abandoned checkouts (line items merged, recovery).

use vafa::engine::data::{Day, Money, SubscriptionStatus, Timestamp};
use vafa::engine::import::{
    ImportOptions, SHOPIFY_CHECKOUTS, STRIPE_SUBSCRIPTIONS, import_checkouts, import_subscriptions,
};

use super::bytes;

#[test]
fn stripe_subscriptions_end_at_ended_at_not_canceled_at() {
    // 214 subscriptions: active 112, canceled 100, past_due 1, trialing 1; ended 100, censored
    // 114 (4 of them cancelled at period end); MRR at export (active + past_due, yearly / 12)
    // 3184.00 USD.
    let imported = import_subscriptions(
        &bytes("stripe_subscriptions.csv"),
        &ImportOptions::default(),
    )
    .unwrap();
    assert!(imported.issues.is_empty(), "{:?}", imported.issues);
    let table = &imported.table;
    assert_eq!((imported.rows, table.len()), (214, 214));
    assert_eq!(imported.layout, Some(STRIPE_SUBSCRIPTIONS));
    let with = |status| table.status.iter().filter(|s| **s == Some(status)).count();
    assert_eq!(
        [
            with(SubscriptionStatus::Active),
            with(SubscriptionStatus::Canceled),
            with(SubscriptionStatus::PastDue),
            with(SubscriptionStatus::Trialing)
        ],
        [112, 100, 1, 1]
    );
    let ended = table.end.iter().flatten().count();
    assert_eq!((ended, table.len() - ended), (100, 114));
    let cancelled_not_ended = (0..table.len())
        .filter(|&i| table.cancelled_at[i].is_some() && table.end[i].is_none())
        .count();
    assert_eq!(cancelled_not_ended, 4);
    let mrr: f64 = (0..table.len())
        .filter(|&i| {
            matches!(
                table.status[i],
                Some(SubscriptionStatus::Active | SubscriptionStatus::PastDue)
            )
        })
        .map(|i| table.billed(i).unwrap().major() * table.interval[i].unwrap().per_month())
        .sum();
    assert!((mrr - 3184.00).abs() < 0.005, "MRR {mrr}");
}

/// Kaplan–Meier survival S(t) at each of `days`, and the first day S falls to 0.5 or below, from
/// (whole days observed, ended) pairs: S(t) = Π over event days u ≤ t of (1 − d_u / n_u).
fn kaplan_meier(lives: &[(i64, bool)], days: &[i64]) -> (Vec<f64>, Option<i64>) {
    let mut event_days: Vec<i64> = lives.iter().filter(|l| l.1).map(|l| l.0).collect();
    event_days.sort_unstable();
    event_days.dedup();
    let (mut survival, mut curve, mut median) = (1.0, Vec::new(), None);
    for &u in &event_days {
        let at_risk = lives.iter().filter(|l| l.0 >= u).count() as f64;
        let ended = lives.iter().filter(|l| l.1 && l.0 == u).count() as f64;
        survival *= 1.0 - ended / at_risk;
        curve.push((u, survival));
        if median.is_none() && survival <= 0.5 {
            median = Some(u);
        }
    }
    let at = |t: i64| curve.iter().rev().find(|c| c.0 <= t).map_or(1.0, |c| c.1);
    (days.iter().map(|&t| at(t)).collect(), median)
}

#[test]
fn stripe_survival_counts_whole_24_hour_days_to_the_export() {
    // README: Kaplan–Meier on whole days from Start Date to Ended At, or to the export instant
    // 2025-01-06 20:20 UTC (censored): S(30) 0.9057, S(90) 0.8363, S(180) 0.699, S(365) 0.4951,
    // median 335 days. Calendar-day differences would give S(90) = 0.8415: the time of day counts.
    let table = import_subscriptions(
        &bytes("stripe_subscriptions.csv"),
        &ImportOptions::default(),
    )
    .unwrap()
    .table;
    let export = Timestamp::at(Day::from_ymd(2025, 1, 6).unwrap(), 20 * 3600 + 20 * 60);
    let lives: Vec<(i64, bool)> = (0..table.len())
        .map(|i| {
            let end = table.end[i];
            (
                table.start[i].whole_days_until(end.unwrap_or(export)),
                end.is_some(),
            )
        })
        .collect();
    let (survival, median) = kaplan_meier(&lives, &[30, 90, 180, 365]);
    for (s, expected) in survival.iter().zip([0.9057, 0.8363, 0.699, 0.4951]) {
        assert!((s - expected).abs() < 5e-5 + 1e-12, "{survival:?}");
    }
    assert_eq!(median, Some(335));
}

#[test]
fn stripe_logo_churn_of_june_2024() {
    // README: 2 ended in June 2024 (UTC) / 88 active on 2024-06-01 = 2.27%.
    let table = import_subscriptions(
        &bytes("stripe_subscriptions.csv"),
        &ImportOptions::default(),
    )
    .unwrap()
    .table;
    let june = Timestamp::at(Day::from_ymd(2024, 6, 1).unwrap(), 0);
    let july = Timestamp::at(Day::from_ymd(2024, 7, 1).unwrap(), 0);
    let active = (0..table.len())
        .filter(|&i| table.start[i] < june && table.end[i].is_none_or(|end| end >= june))
        .count();
    let ended = table
        .end
        .iter()
        .flatten()
        .filter(|&&end| june <= end && end < july)
        .count();
    assert_eq!((ended, active), (2, 88));
}

#[test]
fn shopify_checkouts_merge_line_items() {
    // 2946 rows, 1798 checkouts, 114 recovered; the 1684 not recovered are worth 70775.93 USD;
    // 1568 distinct e-mails.
    let imported = import_checkouts(
        &bytes("shopify_abandoned_checkouts.csv"),
        &ImportOptions::default(),
    )
    .unwrap();
    assert!(imported.issues.is_empty(), "{:?}", imported.issues);
    let table = &imported.table;
    assert_eq!((imported.rows, table.len()), (2946, 1798));
    assert_eq!(imported.layout, Some(SHOPIFY_CHECKOUTS));
    let recovered = table.is_completed.iter().filter(|&&c| c).count();
    assert_eq!(recovered, 114);
    assert_eq!(table.completed.iter().flatten().count(), 114);
    let lost: Money = (0..table.len())
        .filter(|&i| !table.is_completed[i])
        .map(|i| table.amount[i])
        .sum();
    assert_eq!(lost, Money(7_077_593));
    assert_eq!(table.customers.len(), 1568);
}
