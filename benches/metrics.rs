//! Criterion benchmark of the orders report (summary, CRR, cohorts, activity, gaps, CLV, RFM) on
//! seeded synthetic orders of 10k, 100k and 1M rows (1M also in Jalali months, and with a status
//! column whose "pending" orders are kept but not counted, or counted), and of the survey report (NPS, CSAT, CES,
//! weekly trend, segments) on as many responses. Run: `cargo bench --bench metrics`;
//! `examples/metrics_hash.rs` checks that a faster report gives the same numbers.

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use criterion::{BenchmarkId, Criterion, Throughput};
    use std::hint::black_box;
    use vafa::engine::data::{
        Calendar, Day, Labels, Measure, Money, Orders, OrdersFilter, Period, Question, Responses,
        StatusColumn, Timestamp,
    };
    use vafa::engine::report::{OrdersConfig, ResponsesConfig, orders_report, responses_report};

    /// A fixed-seed LCG.
    fn lcg() -> impl FnMut() -> u64 {
        let mut state: u64 = 0x5eed;
        move || {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            state >> 33
        }
    }

    /// `n` responses to an NPS, a 1–5 CSAT and a 1–7 CES question over two years, in 8 segments.
    pub fn responses(n: usize) -> Responses {
        let mut next = lcg();
        let start = Day::from_ymd(2023, 1, 1).map_or(0, |d| d.0);
        let mut table = Responses::default();
        let mut scores = [Vec::new(), Vec::new(), Vec::new()];
        let segments = [
            "web", "pos", "app", "email", "sms", "chat", "phone", "store",
        ];
        for _ in 0..n {
            let day = Day(start + (next() % 730) as i32);
            table
                .submitted
                .push(Some(Timestamp::at(day, (next() % 86_400) as u32)));
            table.is_complete.push(!next().is_multiple_of(20));
            table.customer.push(None);
            table
                .comment
                .push(next().is_multiple_of(3).then(|| "late again".to_owned()));
            table.segment.push(Some(segments[(next() % 8) as usize]));
            scores[0].push(Some((next() % 11) as u8));
            scores[1].push(Some(1 + (next() % 5) as u8));
            scores[2].push(Some(1 + (next() % 7) as u8));
        }
        let [nps, csat, ces] = scores;
        table.questions = vec![
            Question {
                text: "Recommend?".into(),
                measure: Measure::Nps,
                scale: (0, 10),
                scores: nps,
            },
            Question {
                text: "Satisfied?".into(),
                measure: Measure::Csat,
                scale: (1, 5),
                scores: csat,
            },
            Question {
                text: "How easy?".into(),
                measure: Measure::Ces,
                scale: (1, 7),
                scores: ces,
            },
        ];
        table
    }

    pub fn survey(c: &mut Criterion) {
        let mut group = c.benchmark_group("responses_report");
        group.sample_size(10);
        let config = ResponsesConfig {
            period: Period::Week,
            ..ResponsesConfig::default()
        };
        for n in [10_000, 100_000, 1_000_000] {
            let table = responses(n);
            group.throughput(Throughput::Elements(n as u64));
            group.bench_with_input(BenchmarkId::from_parameter(n), &table, |b, table| {
                b.iter(|| responses_report(black_box(table), &config));
            });
        }
        group.finish();
    }

    /// `n` orders by about n/3 customers over two years.
    pub fn orders(n: usize) -> Orders {
        let mut next = lcg();
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

    /// `orders` with a status column: "paid" (counts), and one order in 20 "pending" (does not).
    fn with_status_column(mut orders: Orders) -> Orders {
        let mut labels = Labels::default();
        for i in 0..orders.len() {
            labels.push(Some(if i % 20 == 7 { "pending" } else { "paid" }));
        }
        let counted = labels.names.iter().map(|name| name == "paid").collect();
        orders.status = Some(StatusColumn {
            name: "status".into(),
            labels,
            counted,
        });
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
        // The same million orders in Jalali months: the calendar is consulted once per period.
        let table = orders(1_000_000);
        let jalali = OrdersConfig {
            calendar: Calendar::Jalali,
            ..OrdersConfig::default()
        };
        group.bench_with_input(BenchmarkId::new("jalali", 1_000_000), &table, |b, table| {
            b.iter(|| orders_report(black_box(table), &jalali));
        });
        // The same million orders with a status column, one in 20 "pending" (kept, not counted):
        // the report first copies the purchases. Then counting "pending" too (the settings).
        let with_statuses = with_status_column(table);
        group.bench_with_input(
            BenchmarkId::new("statuses", 1_000_000),
            &with_statuses,
            |b, table| b.iter(|| orders_report(black_box(table), &OrdersConfig::default())),
        );
        let all_count = OrdersConfig {
            filter: OrdersFilter {
                statuses: Some(0b11),
                ..OrdersFilter::default()
            },
            ..OrdersConfig::default()
        };
        group.bench_with_input(
            BenchmarkId::new("statuses_all_count", 1_000_000),
            &with_statuses,
            |b, table| b.iter(|| orders_report(black_box(table), &all_count)),
        );
        group.finish();
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let mut criterion = criterion::Criterion::default().configure_from_args();
    native::report(&mut criterion);
    native::survey(&mut criterion);
    criterion.final_summary();
}

#[cfg(target_arch = "wasm32")]
fn main() {}
