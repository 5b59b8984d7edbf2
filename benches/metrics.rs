//! Criterion benchmark of the orders report (summary, CRR, cohorts, activity, gaps, CLV, RFM) on
//! seeded synthetic orders of 10k, 100k and 1M rows. Run: `cargo bench --bench metrics`;
//! `examples/metrics_hash.rs` checks that a faster report gives the same numbers.

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use criterion::{BenchmarkId, Criterion, Throughput};
    use std::hint::black_box;
    use vafa::engine::data::{Day, Money, Orders};
    use vafa::engine::report::{OrdersConfig, orders_report};

    /// `n` orders by about n/3 customers over two years, from a fixed-seed LCG.
    pub fn orders(n: usize) -> Orders {
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

    pub fn report(c: &mut Criterion) {
        let mut group = c.benchmark_group("orders_report");
        group.sample_size(10);
        for n in [10_000, 100_000, 1_000_000] {
            let table = orders(n);
            group.throughput(Throughput::Elements(n as u64));
            group.bench_with_input(BenchmarkId::from_parameter(n), &table, |b, table| {
                b.iter(|| orders_report(black_box(table), &OrdersConfig::default()));
            });
        }
        group.finish();
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let mut criterion = criterion::Criterion::default().configure_from_args();
    native::report(&mut criterion);
    criterion.final_summary();
}

#[cfg(target_arch = "wasm32")]
fn main() {}
