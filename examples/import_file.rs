//! Times `import_orders` on a file, for profiling natively (with `perf` or `valgrind
//! --tool=callgrind`): `cargo run --profile release-worker --example import_file -- FILE [REPEATS]
//! [--inspect]`. The criterion benchmark `benches/import.rs` is the reference measurement; this is
//! the quick look. With `--inspect`, each import is preceded, untimed, by the `inspect` the import
//! worker runs first (8 preview rows), as `parse_and_type_ms` on `bench.html` is measured.
//!
//! Built for `wasm32-wasip1` it times the import in a JavaScript engine as the worker runs it,
//! e.g. V8 through Node's WASI: a fresh process's first import is what a fresh worker sees (code
//! not optimised yet, memory not grown yet), the later ones the steady state.

// A native tool: the clock and stdout are what it is for.
#![allow(clippy::disallowed_methods, clippy::print_stdout)]

use std::time::Instant;
use vafa::engine::import::{ImportOptions, import_orders, inspect};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let is_inspected = args.iter().any(|arg| arg == "--inspect");
    args.retain(|arg| arg != "--inspect");
    let mut args = args.into_iter();
    let path = args
        .next()
        .ok_or("usage: import_file FILE [REPEATS] [--inspect]")?;
    let repeats: usize = args.next().map_or(Ok(3), |n| n.parse())?;
    let bytes = std::fs::read(&path)?;
    let options = ImportOptions::default();
    for _ in 0..repeats {
        if is_inspected {
            inspect(&bytes, &options, 8)?;
        }
        let started = Instant::now();
        let imported = import_orders(&bytes, &options)?;
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
