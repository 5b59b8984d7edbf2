//! Criterion benchmark of `import_orders` (bytes → `Orders`) on seeded synthetic orders CSVs of
//! 10k, 100k and 1M rows: the minimal `customer,order_date,amount` shape (≈33 bytes a row, the
//! issue's 1M-row ≈33 MB file), the same with an order id and a status column, and a wide
//! Shopify-like export of 100k rows tiled from the fixture. Throughput is in bytes, so criterion
//! reports MB/s. Run: `cargo bench --bench import`.

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use criterion::{BenchmarkId, Criterion, Throughput};
    use std::hint::black_box;
    use vafa::engine::data::Day;
    use vafa::engine::import::{ImportOptions, import_orders};

    /// A fixed-seed LCG: the same files on every run.
    fn lcg() -> impl FnMut() -> u64 {
        let mut state: u64 = 0x5eed;
        move || {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            state >> 33
        }
    }

    /// `YYYY-MM-DD` of every day of 2023 and 2024.
    fn days() -> Vec<String> {
        let start = Day::from_ymd(2023, 1, 1).map_or(0, |day| day.0);
        (0..731).map(|n| Day(start + n).to_string()).collect()
    }

    /// `n` orders by about n/3 customers over two years; with `has_id_and_status`, an order id
    /// (one row in 50 a further line item of the previous order) and a status (one in 20 not a
    /// purchase).
    pub fn orders_csv(n: usize, has_id_and_status: bool) -> String {
        let mut next = lcg();
        let days = days();
        let n_customers = (n / 3).max(1) as u64;
        let mut csv = String::with_capacity(n * 48);
        csv.push_str(if has_id_and_status {
            "order_id,customer,order_date,amount,status\n"
        } else {
            "customer,order_date,amount\n"
        });
        let mut order_id = 100_000;
        for _ in 0..n {
            let customer = next() % n_customers;
            let day = &days[(next() as usize) % days.len()];
            let cents = 500 + next() % 50_000;
            let (units, rest) = (cents / 100, cents % 100);
            if has_id_and_status {
                if !next().is_multiple_of(50) {
                    order_id += 1;
                }
                let status = match next() % 20 {
                    0 => "pending",
                    1 => "refunded",
                    _ => "paid",
                };
                csv += &format!("{order_id},");
                csv += &format!("c{customer}@shop.io,{day},{units}.{rest:02},{status}\n");
            } else {
                csv += &format!("c{customer}@shop.io,{day},{units}.{rest:02}\n");
            }
        }
        csv
    }

    /// The Shopify fixture's records repeated until there are `n`, each copy's order names
    /// (`#3184`) made its own (`#7-3184`) so line items still group by order.
    pub fn shopify_csv(n: usize) -> String {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/shopify_orders_export.csv"
        );
        let fixture = std::fs::read_to_string(path).unwrap_or_else(|err| panic!("{path}: {err}"));
        let (header, body) = fixture.split_once('\n').unwrap_or_default();
        let mut csv = format!("{header}\n");
        let mut rows = 0;
        for copy in 0.. {
            for line in body.lines() {
                if let Some(name) = line.strip_prefix('#') {
                    if rows == n {
                        return csv;
                    }
                    rows += 1;
                    csv += &format!("#{copy}-{name}\n");
                } else {
                    csv += &format!("{line}\n");
                }
            }
        }
        csv
    }

    pub fn import(c: &mut Criterion) {
        let mut group = c.benchmark_group("import_orders");
        group.sample_size(10);
        let mut inputs = Vec::new();
        for n in [10_000, 100_000, 1_000_000] {
            inputs.push((BenchmarkId::new("minimal", n), orders_csv(n, false)));
        }
        for n in [10_000, 100_000, 1_000_000] {
            inputs.push((BenchmarkId::new("id_status", n), orders_csv(n, true)));
        }
        inputs.push((
            BenchmarkId::new("shopify_wide", 100_000),
            shopify_csv(100_000),
        ));
        for (id, csv) in inputs {
            group.throughput(Throughput::Bytes(csv.len() as u64));
            group.bench_with_input(id, csv.as_bytes(), |b, bytes| {
                b.iter(|| import_orders(black_box(bytes), &ImportOptions::default()));
            });
        }
        group.finish();
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let mut criterion = criterion::Criterion::default().configure_from_args();
    native::import(&mut criterion);
    criterion.final_summary();
}

#[cfg(target_arch = "wasm32")]
fn main() {}
