//! Criterion benchmark of the stored encoding (`store::compact`, format 2) on seeded synthetic
//! orders of 100k and 1M rows (e-mail keys, about n/3 customers, days over two years in file
//! order, a segment column): writing (columns → zlib → text) and reading back (text → columns,
//! checked). Before timing it prints the stored size per order, for the bytes-per-row figure.
//! Run: `cargo bench --bench store`.

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use criterion::{BenchmarkId, Criterion, Throughput};
    use std::hint::black_box;
    use vafa::engine::data::{Day, Labels, Money, Orders, SegmentColumn};
    use vafa::store::compact::{decode, decode_text, encode_orders, from_text, to_text};

    /// `n` orders by about n/3 customers over two years, in 4 channels, from a fixed-seed LCG.
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
        let mut labels = Labels::default();
        let channels = ["web", "pos", "app", "wholesale"];
        let n_customers = (n / 3).max(1) as u64;
        for _ in 0..n {
            let customer = format!("customer{}@example.com", next() % n_customers);
            let day = Day(start + (next() % 730) as i32);
            orders.push(&customer, day, Money(1_000 + (next() % 15_000) as i64));
            labels.push(Some(channels[(next() % 4) as usize]));
        }
        orders.segment = Some(SegmentColumn {
            name: "Source".into(),
            labels,
        });
        orders
    }

    pub fn store(c: &mut Criterion) {
        let mut group = c.benchmark_group("store");
        group.sample_size(10);
        for n in [100_000, 1_000_000] {
            let table = orders(n);
            let bytes = encode_orders(&table);
            let text = to_text(&bytes);
            let json =
                serde_json::to_string(&vafa::store::format::OrdersRecord::from_orders(&table))
                    .map_or(0, |json| json.len());
            eprintln!(
                "store {n}: {} bytes ({:.2} bytes/order); as text {} UTF-16 units ({:.2} bytes/order \
                 of localStorage at 2 bytes a unit); format-1 JSON was {json} units",
                bytes.len(),
                bytes.len() as f64 / n as f64,
                text.encode_utf16().count(),
                text.encode_utf16().count() as f64 * 2.0 / n as f64,
            );
            group.throughput(Throughput::Elements(n as u64));
            group.bench_with_input(BenchmarkId::new("write", n), &table, |b, table| {
                b.iter(|| to_text(&encode_orders(black_box(table))));
            });
            group.bench_with_input(BenchmarkId::new("read", n), &text, |b, text| {
                b.iter(|| decode_text(black_box(text), "orders"));
            });
            group.bench_with_input(BenchmarkId::new("read_bytes", n), &bytes, |b, bytes| {
                b.iter(|| decode(black_box(bytes)));
            });
            group.bench_with_input(BenchmarkId::new("unpack_text", n), &text, |b, text| {
                b.iter(|| from_text(black_box(text)));
            });
        }
        group.finish();
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let mut criterion = criterion::Criterion::default().configure_from_args();
    native::store(&mut criterion);
    criterion.final_summary();
}

#[cfg(target_arch = "wasm32")]
fn main() {}
