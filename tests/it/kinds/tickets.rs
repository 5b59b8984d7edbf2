//! Support tickets: statuses, resolution, satisfaction labels, contacts and durations.

use vafa::engine::data::{TicketState, Tickets};
use vafa::engine::import::{FRESHDESK, ZENDESK};

use super::{assert_close, mean, mean_count, median, p90, tickets};

/// Status texts and their counts, sorted by text.
fn by_status(table: &Tickets) -> Vec<(String, u32)> {
    let mut counts: Vec<(String, u32)> = table
        .status
        .counts()
        .into_iter()
        .map(|(text, n)| (text.to_owned(), n))
        .collect();
    counts.sort();
    counts
}

fn counts(pairs: &[(&str, u32)]) -> Vec<(String, u32)> {
    let mut counts: Vec<(String, u32)> = pairs.iter().map(|&(t, n)| (t.to_owned(), n)).collect();
    counts.sort();
    counts
}

fn resolved(table: &Tickets) -> usize {
    (0..table.len()).filter(|&i| table.is_resolved(i)).count()
}

fn minutes(seconds: impl Iterator<Item = u32>) -> Vec<u32> {
    seconds.map(|s| s / 60).collect()
}

#[test]
fn zendesk_tickets_match_the_readme() {
    // 168 tickets; resolved (solved + closed) 139; first reply minutes median 174, p90 654; full
    // resolution minutes of resolved tickets median 1994, p90 6993; replies per ticket 2.4048;
    // 150 requesters.
    let imported = tickets("zendesk_tickets_2024.csv");
    let table = &imported.table;
    assert_eq!((imported.rows, table.len()), (168, 168));
    assert_eq!(imported.layout, Some(ZENDESK));
    let statuses = [
        ("closed", 138),
        ("hold", 9),
        ("new", 1),
        ("open", 11),
        ("pending", 8),
        ("solved", 1),
    ];
    assert_eq!(by_status(table), counts(&statuses));
    assert_eq!(resolved(table), 139);
    let satisfaction = [
        ("Bad", 19),
        ("Good", 43),
        ("Not Offered", 38),
        ("Offered", 68),
    ];
    let mut labels = table.satisfaction.counts();
    labels.sort();
    assert_eq!(labels, satisfaction);
    let first = minutes(table.first_response_seconds.iter().flatten().copied());
    assert_eq!(
        (first.len(), median(&first), p90(&first)),
        (167, 174.0, 654)
    );
    let full = minutes(
        (0..table.len())
            .filter(|&i| table.is_resolved(i))
            .filter_map(|i| table.resolution_seconds[i]),
    );
    assert_eq!((full.len(), median(&full), p90(&full)), (139, 1994.0, 6993));
    assert_close(mean_count(&table.replies), 2.4048, "replies per ticket");
    assert_eq!(table.customers.len(), 150);
}

#[test]
fn zendesk_service_levels_follow_from_typed_columns() {
    // README rule: unresolved = not solved/closed; high effort = Replies >= 3 or Reopens >= 1 or
    // full resolution > 4320 minutes; value-enhancing = otherwise with goodwill_credit; else low
    // effort. Expected {high 66, low 59, unresolved 29, value-enhancing 14}.
    let table = tickets("zendesk_tickets_2024.csv").table;
    let mut levels = [0u32; 4];
    for i in 0..table.len() {
        let is_high = table.replies[i].unwrap_or(0) >= 3
            || table.reopens[i].unwrap_or(0) >= 1
            || table.resolution_seconds[i].unwrap_or(0) > 4320 * 60;
        let level = if !table.is_resolved(i) {
            2
        } else if is_high {
            0
        } else if table.tags[i].iter().any(|t| t == "goodwill_credit") {
            3
        } else {
            1
        };
        levels[level] += 1;
    }
    assert_eq!(levels, [66, 59, 29, 14]);
}

#[test]
fn freshdesk_tickets_read_hours_as_clock_times() {
    // 119 tickets; Closed 99, Open 8, Pending 12; resolved 99; survey results 27 Awesome, 5
    // Just Okay, 12 Not Good, 75 empty; median first response 2.7167 h, median resolution
    // 32.7333 h; agent interactions per ticket 2.2353, customer interactions 2.7815.
    let imported = tickets("freshdesk_tickets_2023.csv");
    let table = &imported.table;
    assert_eq!((imported.rows, table.len()), (119, 119));
    assert_eq!(imported.layout, Some(FRESHDESK));
    assert_eq!(
        by_status(table),
        counts(&[("Closed", 99), ("Open", 8), ("Pending", 12)])
    );
    assert_eq!(resolved(table), 99);
    let mut labels = table.satisfaction.counts();
    labels.sort();
    assert_eq!(
        labels,
        [("Awesome", 27), ("Just Okay", 5), ("Not Good", 12)]
    );
    assert_eq!(
        table
            .satisfaction
            .index
            .iter()
            .filter(|i| i.is_none())
            .count(),
        75
    );
    let first: Vec<u32> = table
        .first_response_seconds
        .iter()
        .flatten()
        .copied()
        .collect();
    assert_close(
        median(&first) / 3600.0,
        2.7167,
        "median first response, hours",
    );
    let resolution: Vec<u32> = table.resolution_seconds.iter().flatten().copied().collect();
    assert_eq!(resolution.len(), 99);
    assert_close(
        median(&resolution) / 3600.0,
        32.7333,
        "median resolution, hours",
    );
    assert_close(mean_count(&table.replies), 2.2353, "agent interactions");
    assert_close(
        mean_count(&table.customer_replies),
        2.7815,
        "customer interactions",
    );
    assert!(
        table
            .tags
            .iter()
            .any(|tags| tags == &["damaged", "goodwill_credit"])
    );
}

#[test]
fn persian_windows_1256_tickets_match_the_readme() {
    // 49 tickets: بسته شده 42, در حال بررسي 4, پاسخ داده شده 3; resolved 42; messages per ticket
    // 3.0612; satisfaction mean 3.6 over 15 ratings.
    let imported = tickets("persian_tickets_cp1256.csv");
    let table = &imported.table;
    assert_eq!((imported.rows, table.len()), (49, 49));
    assert_eq!(
        by_status(table),
        counts(&[("بسته شده", 42), ("در حال بررسي", 4), ("پاسخ داده شده", 3)])
    );
    assert_eq!(resolved(table), 42);
    let states = |state| table.state.iter().filter(|s| **s == Some(state)).count();
    assert_eq!(
        (states(TicketState::Open), states(TicketState::Pending)),
        (4, 3)
    );
    assert_close(mean_count(&table.replies), 3.0612, "messages per ticket");
    let ratings: Vec<f64> = table
        .satisfaction_score
        .iter()
        .flatten()
        .map(|&s| f64::from(s))
        .collect();
    assert_eq!(ratings.len(), 15);
    assert_close(mean(ratings.into_iter()), 3.6, "satisfaction mean");
    assert!(table.customers.keys().iter().all(|k| k.starts_with("09")));
    assert_eq!(table.solved.iter().flatten().count(), 42);
}

#[test]
fn zendesk_good_share_of_rated_tickets() {
    // Good / (Good + Bad) = 43 / 62 = 69.35%; resolution rate 139 / 168 = 82.74%.
    let table = tickets("zendesk_tickets_2024.csv").table;
    let counts = table.satisfaction.counts();
    let count = |label| counts.iter().find(|(l, _)| *l == label).map_or(0, |c| c.1);
    let good_share = f64::from(count("Good")) / f64::from(count("Good") + count("Bad"));
    assert!((good_share - 0.6935).abs() < 5e-5, "{good_share}");
    let rate = resolved(&table) as f64 / table.len() as f64;
    assert!((rate - 0.8274).abs() < 5e-5, "{rate}");
}
