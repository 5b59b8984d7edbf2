//! The value parsers (dates, money, statuses, customer keys) are private to the importer, so this
//! target reaches them through `import_orders` with a structured input: the fuzzer writes cells,
//! not CSV. Its input is tab-separated text, one row per line, cells in the order customer, date,
//! amount, status; each cell is written quoted under the header `customer,order_date,amount,status`
//! (`mobile,…` when the input starts with `#`, so customer keys are read as phone numbers), without
//! control characters (which make a file binary, not a CSV). The CSV is therefore always well
//! formed and every execution exercises the cell parsers. A line `!+status` or `!-status` is no
//! row but the user's decision that `status` is (or is not) a purchase. Besides not panicking, an
//! import with a non-blank row must succeed, every day read must lie in the years the date parser
//! accepts (1900 to 2286, the last Unix-seconds year), and each status counted must follow the
//! user's decision for it.

#![no_main]

use libfuzzer_sys::fuzz_target;
use vafa::engine::data::Day;
use vafa::engine::import::{ImportError, ImportOptions, import_orders};

/// Columns the fuzzer fills, in order.
const COLUMNS: usize = 4;

fuzz_target!(|bytes: &[u8]| {
    let input = String::from_utf8_lossy(bytes);
    let (header, cells) = match input.strip_prefix('#') {
        Some(rest) => ("mobile,order_date,amount,status\n", rest),
        None => ("customer,order_date,amount,status\n", &*input),
    };
    let mut csv = String::from(header);
    let mut is_blank = true;
    let mut options = ImportOptions::default();
    for line in cells.split('\n') {
        if let Some(decision) = line.strip_prefix('!') {
            let (is_purchase, status) = match decision.strip_prefix('-') {
                Some(status) => (false, status),
                None => (true, decision.strip_prefix('+').unwrap_or(decision)),
            };
            options
                .purchase_statuses
                .push((status.to_owned(), is_purchase));
            continue;
        }
        let mut row: Vec<String> = line.splitn(COLUMNS, '\t').map(printable).collect();
        row.resize(COLUMNS, String::new());
        is_blank &= row.iter().all(|cell| cell.trim().is_empty());
        let quoted: Vec<String> = row
            .iter()
            .map(|cell| format!("\"{}\"", cell.replace('"', "\"\"")))
            .collect();
        csv.push_str(&quoted.join(","));
        csv.push('\n');
    }
    let imported = match import_orders(csv.as_bytes(), &options) {
        Ok(imported) => imported,
        // Rows whose cells are all blank are skipped like blank lines.
        Err(ImportError::NoRows { .. }) if is_blank => return,
        Err(err) => panic!("{err} ({err:?}) on {csv:?}"),
    };
    let earliest = Day::from_ymd(1900, 1, 1).expect("a valid date");
    let latest = Day::from_ymd(2286, 12, 31).expect("a valid date");
    for &day in &imported.table.day {
        assert!((earliest..=latest).contains(&day), "day {day} from {csv:?}");
    }
    assert!(imported.table.len() <= imported.rows as usize);
    for issue in &imported.issues {
        assert!(!issue.to_string().is_empty());
    }
    let status_rows: u64 = imported.statuses.iter().map(|s| u64::from(s.rows)).sum();
    assert!(
        status_rows <= u64::from(imported.rows),
        "{:?}",
        imported.statuses
    );
    for counted in &imported.statuses {
        let decided = options
            .purchase_statuses
            .iter()
            .find(|(status, _)| *status == counted.status);
        if let Some(&(_, is_purchase)) = decided {
            assert_eq!(
                counted.is_purchase,
                Some(is_purchase),
                "{counted:?} in {csv:?}"
            );
        }
    }
});

/// `cell` without control characters: a file with many of them is refused as binary before any
/// cell is read, which is the `import` target's business.
fn printable(cell: &str) -> String {
    cell.chars().filter(|c| !c.is_control()).collect()
}
