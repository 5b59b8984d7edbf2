//! Arbitrary bytes → `inspect` and `import_orders`, first with the default options and then with
//! options chosen by the first byte (a forced encoding, a forced delimiter, roles given by the
//! user, statuses decided by the user) on the remaining bytes. Nothing may panic or hang
//! (libFuzzer's `-timeout` catches a hang), every error and issue must say something, the status
//! counts must add up, and the preview must agree with the import: a file that imports can be
//! previewed, with a header.

#![no_main]

use libfuzzer_sys::fuzz_target;
use vafa::engine::import::{
    DELIMITERS, Encoding, ImportError, ImportOptions, Role, import_orders, inspect,
};

/// Rows the import wizard previews.
const PREVIEW_ROWS: usize = 8;

fuzz_target!(|bytes: &[u8]| {
    check(bytes, &ImportOptions::default());
    if let Some((options, file)) = options_of(bytes) {
        check(file, &options);
    }
});

/// Options chosen by the first byte (bits 0-2 encoding, 3-5 delimiter or purchase statuses, 6-7
/// roles); role lists take their length from the second byte and one role per byte after it. The
/// rest is the file.
fn options_of(bytes: &[u8]) -> Option<(ImportOptions, &[u8])> {
    let (&choice, mut file) = bytes.split_first()?;
    let encoding = match choice & 0b111 {
        0 | 7 => None,
        n => Encoding::ALL.get(usize::from(n - 1)).copied(),
    };
    let delimiter_choice = (choice >> 3) & 0b111;
    let delimiter = DELIMITERS.get(usize::from(delimiter_choice)).copied();
    let purchase_statuses = if delimiter_choice >= 6 {
        decided_statuses()
    } else {
        Vec::new()
    };
    let roles = match choice >> 6 {
        0 => None,
        1 => {
            let (&len, rest) = file.split_first()?;
            let len = usize::from(len & 0x0F).min(rest.len());
            let (given, rest) = rest.split_at(len);
            file = rest;
            Some(given.iter().map(|&b| role_of(b)).collect())
        }
        // Every column ignored: a required role is missing.
        2 => Some(Vec::new()),
        // More roles than columns, each role several times.
        _ => Some((0..40u8).map(role_of).collect()),
    };
    let options = ImportOptions {
        encoding,
        delimiter,
        roles,
        purchase_statuses,
    };
    Some((options, file))
}

/// The user's answers for a few statuses, most of them against the defaults, one blank.
fn decided_statuses() -> Vec<(String, bool)> {
    [
        ("paid", false),
        ("Cancelled", true),
        ("pending", true),
        ("refunded", true),
        ("", true),
        ("لغو شده", true),
        ("ملغي", true),
        ("x", false),
    ]
    .into_iter()
    .map(|(status, is_purchase)| (status.to_owned(), is_purchase))
    .collect()
}

fn role_of(b: u8) -> Option<Role> {
    match usize::from(b) % (Role::ALL.len() + 1) {
        0 => None,
        n => Role::ALL.get(n - 1).copied(),
    }
}

fn check(file: &[u8], options: &ImportOptions) {
    let inspection = inspect(file, options, PREVIEW_ROWS);
    match &inspection {
        Ok(seen) => {
            assert!(seen.rows.len() <= PREVIEW_ROWS);
            assert_eq!(seen.roles.len(), seen.header.len(), "{seen:?}");
        }
        Err(err) => says_something(err),
    }
    match import_orders(file, options) {
        Ok(imported) => {
            assert!(
                imported.table.len() <= imported.rows as usize,
                "{} orders from {} rows",
                imported.table.len(),
                imported.rows
            );
            for issue in &imported.issues {
                assert!(issue.row >= 1, "{issue:?}");
                assert!(!issue.to_string().is_empty());
            }
            assert!(imported.statuses.len() <= 64, "{:?}", imported.statuses);
            let status_rows: u64 = imported.statuses.iter().map(|s| u64::from(s.rows)).sum();
            assert!(
                status_rows <= u64::from(imported.rows),
                "{:?}",
                imported.statuses
            );
            let seen = inspection
                .as_ref()
                .expect("a file that imports can be previewed");
            assert!(seen.has_header, "imported without a header: {seen:?}");
        }
        Err(err) => {
            says_something(&err);
            if let (ImportError::NoHeader { .. }, Ok(seen)) = (&err, &inspection) {
                assert!(!seen.has_header, "{seen:?}");
            }
        }
    }
}

fn says_something(err: &ImportError) {
    assert!(!err.to_string().trim().is_empty(), "{err:?}");
}
