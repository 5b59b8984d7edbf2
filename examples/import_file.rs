//! Times `import_orders` on a file, for profiling natively (with `perf` or `valgrind
//! --tool=callgrind`): `cargo run --profile release-worker --example import_file -- FILE [REPEATS]`.
//! The criterion benchmark `benches/import.rs` is the reference measurement; this is the quick look.

// A native tool: the clock and stdout are what it is for.
#![allow(clippy::disallowed_methods, clippy::print_stdout)]

use std::time::Instant;
use vafa::engine::import::{ImportOptions, import_orders};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or("usage: import_file FILE [REPEATS]")?;
    let repeats: usize = args.next().map_or(Ok(3), |n| n.parse())?;
    let bytes = std::fs::read(&path)?;
    for _ in 0..repeats {
        let started = Instant::now();
        let imported = import_orders(&bytes, &ImportOptions::default())?;
        let took = started.elapsed();
        println!(
            "{} orders, {} customers, {} issues: {:.1} ms, {:.1} MB/s",
            imported.table.len(),
            imported.table.customers.len(),
            imported.issues.len(),
            took.as_secs_f64() * 1e3,
            bytes.len() as f64 / took.as_secs_f64() / 1e6
        );
    }
    Ok(())
}
