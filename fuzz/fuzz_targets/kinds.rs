//! Arbitrary bytes → the importers of survey responses, tickets, subscriptions and checkouts,
//! first with the default options (roles detected for each kind) and then with roles chosen by
//! the first bytes (one per byte, any role of any kind, as a user may pick in the wizard) on the
//! remaining bytes. Nothing may panic or hang, every error and issue must say something, a table
//! never holds more entries than the file has rows, and every score lies in its question's scale.

#![no_main]

use libfuzzer_sys::fuzz_target;
use vafa::engine::import::{
    ImportError, ImportOptions, Imported, Role, import_checkouts, import_responses,
    import_subscriptions, import_tickets,
};

fuzz_target!(|bytes: &[u8]| {
    check(bytes, &ImportOptions::default());
    if let Some((&len, rest)) = bytes.split_first() {
        let len = usize::from(len & 0x0F).min(rest.len());
        let (given, file) = rest.split_at(len);
        let options = ImportOptions {
            roles: Some(given.iter().map(|&b| role_of(b)).collect()),
            ..ImportOptions::default()
        };
        check(file, &options);
    }
});

fn role_of(b: u8) -> Option<Role> {
    match usize::from(b) % (Role::ALL.len() + 1) {
        0 => None,
        n => Role::ALL.get(n - 1).copied(),
    }
}

fn check(file: &[u8], options: &ImportOptions) {
    if let Ok(imported) = says_something(import_responses(file, options), |t| t.len()) {
        for question in &imported.table.questions {
            let (min, max) = question.scale;
            assert_eq!(question.scores.len(), imported.table.len());
            assert!(question.answers().all(|s| (min..=max).contains(&s)), "{question:?}");
        }
    }
    let _tickets = says_something(import_tickets(file, options), |t| t.len());
    let _subscriptions = says_something(import_subscriptions(file, options), |t| t.len());
    let _checkouts = says_something(import_checkouts(file, options), |t| t.len());
}

/// The outcome, after checking that its error or issues say something and that the table holds
/// no more entries (`len`) than the file has rows.
fn says_something<T>(
    outcome: Result<Imported<T>, ImportError>,
    len: impl Fn(&T) -> usize,
) -> Result<Imported<T>, ImportError> {
    match &outcome {
        Ok(imported) => {
            assert!(len(&imported.table) <= imported.rows as usize);
            for issue in &imported.issues {
                assert!(issue.row >= 1, "{issue:?}");
                assert!(!issue.to_string().is_empty());
            }
        }
        Err(err) => assert!(!err.to_string().trim().is_empty(), "{err:?}"),
    }
    outcome
}
