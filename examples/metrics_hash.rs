//! Fingerprints `orders_report` on the synthetic orders of `benches/metrics.rs`, so a change
//! meant to make the metrics faster can be checked to leave every number bit for bit the same:
//! `cargo run --release --example metrics_hash` prints one FNV-1a hash of the report's JSON per
//! size, period and window. `… -- profile [N]` computes one report of N orders (default 1M,
//! month, W = 365) inside `report_once`, for `valgrind --tool=callgrind
//! --toggle-collect=*report_once*`; `… -- time [N] [REPEATS]` prints the fastest and the median
//! of REPEATS reports, a quick look on a busy machine (criterion is the reference).

// A native tool: the clock and stdout are what it is for.
#![allow(clippy::disallowed_methods, clippy::print_stdout)]

use std::time::Instant;

use vafa::engine::data::{Day, Money, Orders, Period};
use vafa::engine::report::{OrdersConfig, OrdersReport, orders_report};

/// `n` orders by about n/3 customers over two years, from a fixed-seed LCG (as in the bench).
fn orders(n: usize) -> Orders {
    let mut state: u64 = 0x5eed;
    let mut next = move || {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        state >> 33
    };
    let start = Day::from_ymd(2023, 1, 1).map_or(0, |d| d.0);
    let mut orders = Orders::default();
    let n_customers = (n / 3).max(1) as u64;
    for _ in 0..n {
        let customer = format!("c{}", next() % n_customers);
        let day = Day(start + (next() % 730) as i32);
        orders.push(&customer, day, Money(1_000 + (next() % 15_000) as i64));
    }
    orders
}

/// FNV-1a, 64 bits: stable across Rust versions, unlike `DefaultHasher`.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

#[inline(never)]
fn report_once(orders: &Orders, config: &OrdersConfig) -> OrdersReport {
    orders_report(std::hint::black_box(orders), config)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let mode = args.next();
    if mode.as_deref() == Some("time") {
        let n: usize = args.next().map_or(Ok(1_000_000), |n| n.parse())?;
        let repeats: usize = args.next().map_or(Ok(20), |n| n.parse())?;
        let table = orders(n);
        let mut ms: Vec<f64> = (0..repeats.max(1))
            .map(|_| {
                let started = Instant::now();
                std::hint::black_box(report_once(&table, &OrdersConfig::default()));
                started.elapsed().as_secs_f64() * 1e3
            })
            .collect();
        ms.sort_by(f64::total_cmp);
        let at = |rank: usize| ms.get(rank).copied().unwrap_or(f64::NAN);
        println!(
            "{n} orders: fastest {:.1} ms, median {:.1} ms",
            at(0),
            at(ms.len() / 2)
        );
        return Ok(());
    }
    if mode.as_deref() == Some("profile") {
        let n: usize = args.next().map_or(Ok(1_000_000), |n| n.parse())?;
        let table = orders(n);
        let report = report_once(&table, &OrdersConfig::default());
        println!(
            "{} customers, {} periods",
            report.customers,
            report.periods.len()
        );
        return Ok(());
    }
    for n in [10_000, 1_000_000] {
        let table = orders(n);
        let as_of = Day::from_ymd(2024, 6, 15);
        for period in Period::ALL {
            for window_days in [90, 365] {
                for as_of in [None, as_of] {
                    let config = OrdersConfig {
                        period,
                        window_days,
                        as_of,
                        ..OrdersConfig::default()
                    };
                    let json = serde_json::to_string(&orders_report(&table, &config))?;
                    println!(
                        "{n:>8} {:<8} W={window_days:<3} as_of={:<10} {:016x} {} bytes",
                        period.name(),
                        as_of.map_or("-".to_owned(), |d| d.to_string()),
                        fnv1a(json.as_bytes()),
                        json.len()
                    );
                }
            }
        }
    }
    Ok(())
}
