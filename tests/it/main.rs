//! The native integration tests: one binary (STYLE.md § 1). `ground_truth` checks the engine
//! against the numbers of `shared/data/README.md` and `ground_truth.json` for orders, `kinds` for
//! surveys, tickets, subscriptions and checkouts; `satisfaction` the survey report (NPS, CSAT,
//! CES); `calendar` Jalali reports; `cli` runs `vafa`.

// Tests may unwrap (STYLE.md § 4); clippy's allow-unwrap-in-tests does not reach the helpers of
// an integration-test crate.
#![allow(clippy::unwrap_used)]

mod calendar;
mod cli;
mod ground_truth;
mod inspect;
mod kinds;
mod persian;
mod round_trip;
mod satisfaction;
mod store;

/// A file under `tests/fixtures/`.
pub fn fixture(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}
