//! Subscriptions (ended vs censored, MRR) and abandoned checkouts (line items merged, recovery).

use vafa::engine::data::{Money, SubscriptionStatus};
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
