//! The survey, ticket, subscription and checkout samples against their ground truths
//! (shared/data/README.md and `ground_truth.json`), recomputed here from the typed tables the
//! importers return: counts, statuses, distinct customers, NPS groups, means and top-box shares,
//! durations (median = mean of the two middle values for even n; p90 = nearest rank). Values
//! printed to 4 decimals are checked to within half a unit of the last decimal.

use vafa::engine::data::{
    Measure, Money, Question, Responses, SubscriptionStatus, TicketState, Tickets,
};
use vafa::engine::import::{
    DELIGHTED, FRESHDESK, GOOGLE_FORMS, ImportOptions, Imported, PORSLINE, Reason,
    SHOPIFY_CHECKOUTS, STRIPE_SUBSCRIPTIONS, SURVEYMONKEY, TYPEFORM, ZENDESK, import_checkouts,
    import_orders, import_responses, import_subscriptions, import_tickets, inspect,
};

use crate::fixture;

const PRINTED_4: f64 = 5e-5 + 1e-12;

fn bytes(name: &str) -> Vec<u8> {
    std::fs::read(fixture(name)).unwrap()
}

fn responses(name: &str) -> Imported<Responses> {
    let imported = import_responses(&bytes(name), &ImportOptions::default()).unwrap();
    assert!(imported.issues.is_empty(), "{name}: {:?}", imported.issues);
    imported
}

fn tickets(name: &str) -> Imported<Tickets> {
    let imported = import_tickets(&bytes(name), &ImportOptions::default()).unwrap();
    assert!(imported.issues.is_empty(), "{name}: {:?}", imported.issues);
    imported
}

fn assert_close(actual: f64, expected: f64, what: &str) {
    assert!(
        (actual - expected).abs() < PRINTED_4,
        "{what}: {actual} ≠ {expected}"
    );
}

/// Promoters (9–10), passives (7–8), detractors (0–6) and n among `scores`.
fn nps_groups(scores: impl Iterator<Item = u8>) -> (u32, u32, u32, u32) {
    let mut groups = (0, 0, 0, 0);
    for score in scores {
        match score {
            9..=10 => groups.0 += 1,
            7..=8 => groups.1 += 1,
            _ => groups.2 += 1,
        }
        groups.3 += 1;
    }
    groups
}

fn question(table: &Responses, measure: Measure) -> &Question {
    table.question(measure).unwrap_or_else(|| {
        let found: Vec<_> = table
            .questions
            .iter()
            .map(|q| (&q.text, q.measure))
            .collect();
        panic!("no {measure:?} question among {found:?}")
    })
}

fn mean(values: impl Iterator<Item = f64>) -> f64 {
    let (sum, n) = values.fold((0.0, 0.0), |(sum, n), value| (sum + value, n + 1.0));
    sum / n
}

fn score_mean(question: &Question) -> f64 {
    mean(question.answers().map(f64::from))
}

/// Share of the answers that lie in `range`.
fn share(question: &Question, range: std::ops::RangeInclusive<u8>) -> f64 {
    mean(
        question
            .answers()
            .map(|s| f64::from(u8::from(range.contains(&s)))),
    )
}

/// Middle value, the mean of the two middle values for even n.
fn median(values: &[u32]) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_unstable();
    let n = sorted.len();
    if n % 2 == 1 {
        f64::from(sorted[n / 2])
    } else {
        (f64::from(sorted[n / 2 - 1]) + f64::from(sorted[n / 2])) / 2.0
    }
}

/// The value at position ceil(0.9 n) of the sorted list.
fn p90(values: &[u32]) -> u32 {
    let mut sorted = values.to_vec();
    sorted.sort_unstable();
    let rank = (sorted.len() * 9).div_ceil(10);
    sorted[rank - 1]
}

fn mean_count(values: &[Option<u32>]) -> f64 {
    mean(values.iter().map(|v| f64::from(v.unwrap_or(0))))
}

// Surveys.

#[test]
fn typeform_splits_completed_and_partial_responses() {
    // 270 rows: 253 completed, 17 partial; NPS of completed responses n = 253 (105/90/58), with
    // the 7 partials that carry a score n = 260 (106/93/61); freshness mean 4.0198.
    let imported = responses("typeform_post_purchase_nps.csv");
    let table = &imported.table;
    assert_eq!((imported.rows, table.len()), (270, 270));
    assert_eq!(imported.layout, Some(TYPEFORM));
    let completed = table.is_complete.iter().filter(|&&c| c).count();
    assert_eq!((completed, table.len() - completed), (253, 17));
    let nps = question(table, Measure::Nps);
    assert!(nps.text.starts_with("How likely are you to recommend"));
    assert_eq!(nps.scale, (0, 10));
    let of_completed = nps
        .scores
        .iter()
        .zip(&table.is_complete)
        .filter_map(|(score, &is_complete)| score.filter(|_| is_complete));
    assert_eq!(nps_groups(of_completed), (105, 90, 58, 253));
    assert_eq!(nps_groups(nps.answers()), (106, 93, 61, 260));
    let freshness = question(table, Measure::Rating);
    assert_eq!(freshness.scale, (1, 5));
    assert_close(score_mean(freshness), 4.0198, "freshness mean");
    assert_eq!(table.customers.len(), 229);
    // The comment column is kept as text, not read as a score.
    assert_eq!(table.questions.len(), 2);
    assert!(
        table
            .comment
            .iter()
            .flatten()
            .any(|c| c.contains("subscription"))
    );
}

#[test]
fn google_forms_csat_and_ces_match_the_readme() {
    // 84 responses; CSAT mean 3.7976, 4-5 share 66.67%; CES (1-7) mean 5.4524, 5-7 share
    // 79.76%; 78 respondents once e-mails are trimmed and lower-cased.
    let imported = responses("google_forms_order_csat.csv");
    let table = &imported.table;
    assert_eq!((imported.rows, table.len()), (84, 84));
    assert_eq!(imported.layout, Some(GOOGLE_FORMS));
    let csat = question(table, Measure::Csat);
    assert_eq!(csat.scale, (1, 5));
    assert_close(score_mean(csat), 3.7976, "CSAT mean");
    assert_close(share(csat, 4..=5), 0.6667, "CSAT top-two share");
    let ces = question(table, Measure::Ces);
    assert_eq!(ces.scale, (1, 7));
    assert_close(score_mean(ces), 5.4524, "CES mean");
    assert_close(share(ces, 5..=7), 0.7976, "CES 5-7 share");
    assert_eq!(table.customers.len(), 78);
    let days: Vec<String> = table.day.iter().flatten().map(|d| d.to_string()).collect();
    assert_eq!(days.iter().min().map(String::as_str), Some("2024-01-09"));
    assert_eq!(days.iter().max().map(String::as_str), Some("2025-01-05"));
}

#[test]
fn surveymonkey_labels_become_scores() {
    // 45 responses (the second header row is no response); CSAT mean 4.0444, satisfied
    // 68.89%; effort mean 2.4667, low effort (1-2) 55.56%; NPS n = 45: 23/19/3.
    let imported = responses("surveymonkey_support_csat.csv");
    let table = &imported.table;
    assert_eq!((imported.rows, table.len()), (45, 45));
    assert_eq!(imported.layout, Some(SURVEYMONKEY));
    let csat = question(table, Measure::Csat);
    assert_close(score_mean(csat), 4.0444, "CSAT mean");
    assert_close(share(csat, 4..=5), 0.6889, "satisfied share");
    let effort = question(table, Measure::Ces);
    assert_eq!(effort.scale, (1, 5));
    assert_close(score_mean(effort), 2.4667, "effort mean");
    assert_close(share(effort, 1..=2), 0.5556, "low effort share");
    assert_eq!(
        nps_groups(question(table, Measure::Nps).answers()),
        (23, 19, 3, 45)
    );
}

#[test]
fn delighted_nps_matches_the_readme() {
    // 500 responses from 401 people; n = 500: 190 promoters, 196 passives, 114 detractors;
    // 203 with a comment.
    let imported = responses("delighted_nps_responses.csv");
    let table = &imported.table;
    assert_eq!((imported.rows, table.len()), (500, 500));
    assert_eq!(imported.layout, Some(DELIGHTED));
    assert_eq!(table.questions.len(), 1);
    assert_eq!(
        nps_groups(question(table, Measure::Nps).answers()),
        (190, 196, 114, 500)
    );
    assert_eq!(table.customers.len(), 401);
    assert_eq!(table.comment.iter().flatten().count(), 203);
}

#[test]
fn the_arabic_survey_reads_arabic_indic_digits() {
    // 71 responses; NPS n = 71: 32/21/18; satisfaction mean 3.8451, 4-5 share 70.42%.
    let imported = responses("arabic_survey_responses_ar.csv");
    let table = &imported.table;
    assert_eq!((imported.rows, table.len()), (71, 71));
    assert_eq!(
        nps_groups(question(table, Measure::Nps).answers()),
        (32, 21, 18, 71)
    );
    let csat = question(table, Measure::Csat);
    assert_close(score_mean(csat), 3.8451, "satisfaction mean");
    assert_close(share(csat, 4..=5), 0.7042, "satisfied share");
    // Day-first dates: ٠٩/٠٢/٢٠٢٣ is 9 February 2023.
    assert_eq!(
        table.day.first().copied().flatten().map(|d| d.to_string()),
        Some("2023-02-09".into())
    );
    // The city is the segment: الرياض first, دبي most often.
    assert_eq!(table.segment.counts().first(), Some(&("الرياض", 20)));
    assert!(table.segment.counts().contains(&("دبي", 29)));
}

#[test]
fn porsline_reads_utf16_persian_labels_and_mobiles() {
    // 196 responses from 162 people (mobiles normalised); NPS n = 196: 81/68/47; packaging mean
    // 3.9898, 4-5 share 70.41%.
    let imported = responses("porsline_survey_fa_utf16.txt");
    let table = &imported.table;
    assert_eq!((imported.rows, table.len()), (196, 196));
    assert_eq!(imported.layout, Some(PORSLINE));
    assert_eq!(
        nps_groups(question(table, Measure::Nps).answers()),
        (81, 68, 47, 196)
    );
    let packaging = question(table, Measure::Csat);
    assert_eq!(packaging.scale, (1, 5));
    assert_close(score_mean(packaging), 3.9898, "packaging mean");
    assert_close(share(packaging, 4..=5), 0.7041, "packaging 4-5 share");
    assert_eq!(table.customers.len(), 162);
    assert!(
        table
            .customers
            .keys()
            .iter()
            .all(|k| k.len() == 11 && k.starts_with("09"))
    );
}

#[test]
fn bad_scores_are_rejected_with_their_row_and_reason() {
    // README § bad/: valid 10, ` 9 `, `١٠`, `۷`; 11 and -1 are out of range; ten, 8.5, N/A and
    // 9/10 are no scores. The empty answer (row 7) is unanswered, not an error.
    let imported =
        import_responses(&bytes("bad/bad_values.csv"), &ImportOptions::default()).unwrap();
    let found: Vec<(u32, &str, &str, Reason)> = imported
        .issues
        .iter()
        .map(|i| (i.row, i.column.as_str(), i.value.as_str(), i.reason.clone()))
        .collect();
    let out = Reason::OutOfScale { min: 0, max: 10 };
    assert_eq!(
        found,
        [
            (3, "nps_score", "11", out.clone()),
            (4, "nps_score", "-1", out),
            (5, "nps_score", "ten", Reason::NotAScore),
            (6, "nps_score", "8.5", Reason::NotAScore),
            (9, "nps_score", "N/A", Reason::NotAScore),
            (12, "nps_score", "9/10", Reason::NotAScore),
        ]
    );
    let nps = question(&imported.table, Measure::Nps);
    assert_eq!(nps.scores, [Some(10), None, Some(9), Some(10), Some(7)]);
}

// Tickets.

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

// Subscriptions and checkouts.

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

// Roles, as the import wizard previews them.

/// `(role name, column name)` of every column `inspect` gives a role.
fn roles(name: &str) -> Vec<(&'static str, String)> {
    let inspection = inspect(&bytes(name), &ImportOptions::default(), 0).unwrap();
    let named = inspection.roles.iter().zip(inspection.header);
    named
        .filter_map(|(role, column)| Some(((*role)?.name(), column)))
        .collect()
}

fn pairs(expected: &[(&'static str, &str)]) -> Vec<(&'static str, String)> {
    expected.iter().map(|&(r, c)| (r, c.to_owned())).collect()
}

#[test]
fn the_detected_roles_are_the_readme_roles() {
    assert_eq!(
        roles("typeform_post_purchase_nps.csv"),
        pairs(&[
            (
                "score",
                "How likely are you to recommend Northwind Roasters to a friend or colleague?"
            ),
            ("comment", "What's the main reason for your score?"),
            (
                "score",
                "How would you rate the freshness of your last order?"
            ),
            ("customer", "email"),
            ("response type", "Response Type"),
            ("response date", "Submit Date (UTC)"),
        ])
    );
    assert_eq!(
        roles("persian_tickets_cp1256.csv"),
        pairs(&[
            ("created", "تاريخ ايجاد"),
            ("solved at", "تاريخ بسته شدن"),
            ("status", "وضعيت"),
            ("customer", "شماره موبايل"),
            ("replies", "تعداد پيام"),
            ("satisfaction", "امتياز رضايت"),
        ])
    );
    assert_eq!(
        roles("stripe_subscriptions.csv"),
        pairs(&[
            ("customer", "Customer Email"),
            ("plan", "Product"),
            ("quantity", "Quantity"),
            ("interval", "Interval"),
            ("amount", "Amount"),
            ("status", "Status"),
            ("start", "Start Date (UTC)"),
            ("cancelled at", "Canceled At (UTC)"),
            ("ended at", "Ended At (UTC)"),
        ])
    );
    assert_eq!(
        roles("shopify_abandoned_checkouts.csv"),
        pairs(&[
            ("checkout id", "Id"),
            ("customer", "Email"),
            ("created", "Created at"),
            ("completed at", "Completed at"),
            ("amount", "Total"),
            ("recovery status", "Recovery status"),
        ])
    );
    let zendesk = roles("zendesk_tickets_2024.csv");
    for expected in [
        ("customer", "Requester email"),
        ("created", "Created at"),
        ("solved at", "Solved at"),
        ("first response time", "First reply time in minutes"),
        ("resolution time", "Full resolution time in minutes"),
        ("satisfaction", "Satisfaction Score"),
        ("tags", "Tags"),
    ] {
        assert!(
            zendesk.contains(&(expected.0, expected.1.to_owned())),
            "{expected:?}"
        );
    }
}

// Joins on customer keys: the same person in two files has the same normalised key.

/// How many of `keys` are customers of the orders file `orders` (every order, whatever its status).
fn found_in_orders(keys: &[String], orders: &str) -> usize {
    let bytes = bytes(orders);
    let inspection = inspect(&bytes, &ImportOptions::default(), 0).unwrap();
    // Without the status column every order counts, so every customer of the file is known.
    let roles = inspection
        .roles
        .iter()
        .map(|role| role.filter(|role| role.name() != "status" && role.name() != "cancelled at"))
        .collect();
    let options = ImportOptions {
        roles: Some(roles),
        ..ImportOptions::default()
    };
    let customers = import_orders(&bytes, &options).unwrap().table.customers;
    let known: std::collections::HashSet<&String> = customers.keys().iter().collect();
    keys.iter().filter(|key| known.contains(key)).count()
}

#[test]
fn customer_keys_join_across_files() {
    // README: 44 Persian ticket customers, and all 162 Porsline respondents, are found in the
    // Persian orders file by normalised mobile; 53 Arabic survey respondents and 468 checkout
    // e-mails are customers in the Shopify file.
    let tickets = tickets("persian_tickets_cp1256.csv").table;
    assert_eq!(
        found_in_orders(tickets.customers.keys(), "persian_orders_fa.csv"),
        44
    );
    let porsline = responses("porsline_survey_fa_utf16.txt").table;
    assert_eq!(
        found_in_orders(porsline.customers.keys(), "persian_orders_fa.csv"),
        162
    );
    let arabic = responses("arabic_survey_responses_ar.csv").table;
    assert_eq!(
        found_in_orders(arabic.customers.keys(), "shopify_orders_export.csv"),
        53
    );
    let checkouts = import_checkouts(
        &bytes("shopify_abandoned_checkouts.csv"),
        &ImportOptions::default(),
    )
    .unwrap()
    .table;
    assert_eq!(
        found_in_orders(checkouts.customers.keys(), "shopify_orders_export.csv"),
        468
    );
}

#[test]
fn nps_of_every_survey_follows_from_its_groups() {
    // NPS = 100·(P − D)/n (README § Conventions); the README prints it to 4 decimals. Every
    // answer counts, so Typeform's is the figure with partial responses (n = 260).
    for (file, expected) in [
        ("typeform_post_purchase_nps.csv", 17.3077),
        ("surveymonkey_support_csat.csv", 44.4444),
        ("delighted_nps_responses.csv", 15.2),
        ("arabic_survey_responses_ar.csv", 19.7183),
        ("porsline_survey_fa_utf16.txt", 17.3469),
    ] {
        let table = responses(file).table;
        let (promoters, _, detractors, n) = nps_groups(question(&table, Measure::Nps).answers());
        let nps = 100.0 * (f64::from(promoters) - f64::from(detractors)) / f64::from(n);
        assert_close(nps, expected, file);
    }
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
