//! The survey, ticket, subscription and checkout samples against their ground truths
//! (shared/data/README.md and `ground_truth.json`), recomputed here from the typed tables the
//! importers return: counts, statuses, distinct customers, NPS groups, means and top-box shares,
//! durations (median = mean of the two middle values for even n; p90 = nearest rank). Values
//! printed to 4 decimals are checked to within half a unit of the last decimal.

mod accounts;
mod keys;
mod surveys;
mod tickets;

use vafa::engine::data::{Measure, Question, Responses, Tickets};
use vafa::engine::import::{ImportOptions, Imported, import_responses, import_tickets};

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
