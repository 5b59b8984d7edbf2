//! Roles as the import wizard previews them, and customer keys that join files.

use vafa::engine::import::{ImportOptions, import_checkouts, import_orders, inspect};

use super::{bytes, responses, tickets};

/// `(role name, column name)` of every column `inspect` gives a role.
fn roles(name: &str) -> Vec<(&'static str, String)> {
    let inspection = inspect(&bytes(name), &ImportOptions::default(), 0).unwrap();
    let named = inspection.roles.iter().zip(inspection.header);
    named
        .filter_map(|(role, column)| Some(((*role)?.name(), column)))
        .collect()
}

fn pairs(expected: &[(&'static str, &str)]) -> Vec<(&'static str, String)> {
    expected.iter().map(|&(r, c)| (r, c.to_owned())).collect()
}

#[test]
fn the_detected_roles_are_the_readme_roles() {
    assert_eq!(
        roles("typeform_post_purchase_nps.csv"),
        pairs(&[
            (
                "score",
                "How likely are you to recommend Northwind Roasters to a friend or colleague?"
            ),
            ("comment", "What's the main reason for your score?"),
            (
                "score",
                "How would you rate the freshness of your last order?"
            ),
            ("customer", "email"),
            ("response type", "Response Type"),
            ("response date", "Submit Date (UTC)"),
        ])
    );
    assert_eq!(
        roles("persian_tickets_cp1256.csv"),
        pairs(&[
            ("created", "تاريخ ايجاد"),
            ("solved at", "تاريخ بسته شدن"),
            ("status", "وضعيت"),
            ("customer", "شماره موبايل"),
            ("replies", "تعداد پيام"),
            ("satisfaction", "امتياز رضايت"),
        ])
    );
    assert_eq!(
        roles("stripe_subscriptions.csv"),
        pairs(&[
            ("customer", "Customer Email"),
            ("plan", "Product"),
            ("quantity", "Quantity"),
            ("interval", "Interval"),
            ("amount", "Amount"),
            ("status", "Status"),
            ("start", "Start Date (UTC)"),
            ("cancelled at", "Canceled At (UTC)"),
            ("ended at", "Ended At (UTC)"),
        ])
    );
    assert_eq!(
        roles("shopify_abandoned_checkouts.csv"),
        pairs(&[
            ("checkout id", "Id"),
            ("customer", "Email"),
            ("created", "Created at"),
            ("completed at", "Completed at"),
            ("amount", "Total"),
            ("recovery status", "Recovery status"),
        ])
    );
    let zendesk = roles("zendesk_tickets_2024.csv");
    for expected in [
        ("customer", "Requester email"),
        ("created", "Created at"),
        ("solved at", "Solved at"),
        ("first response time", "First reply time in minutes"),
        ("resolution time", "Full resolution time in minutes"),
        ("satisfaction", "Satisfaction Score"),
        ("tags", "Tags"),
    ] {
        assert!(
            zendesk.contains(&(expected.0, expected.1.to_owned())),
            "{expected:?}"
        );
    }
}

// Joins on customer keys: the same person in two files has the same normalised key.

/// How many of `keys` are customers of the orders file `orders` (every order, whatever its status).
fn found_in_orders(keys: &[&str], orders: &str) -> usize {
    let bytes = bytes(orders);
    let inspection = inspect(&bytes, &ImportOptions::default(), 0).unwrap();
    // Without the status column every order counts, so every customer of the file is known.
    let roles = inspection
        .roles
        .iter()
        .map(|role| role.filter(|role| role.name() != "status" && role.name() != "cancelled at"))
        .collect();
    let options = ImportOptions {
        roles: Some(roles),
        ..ImportOptions::default()
    };
    let customers = import_orders(&bytes, &options).unwrap().table.customers;
    let known: std::collections::HashSet<&str> = customers.keys().into_iter().collect();
    keys.iter().filter(|key| known.contains(*key)).count()
}

#[test]
fn customer_keys_join_across_files() {
    // README: 44 Persian ticket customers, and all 162 Porsline respondents, are found in the
    // Persian orders file by normalised mobile; 53 Arabic survey respondents and 468 checkout
    // e-mails are customers in the Shopify file.
    let tickets = tickets("persian_tickets_cp1256.csv").table;
    assert_eq!(
        found_in_orders(&tickets.customers.keys(), "persian_orders_fa.csv"),
        44
    );
    let porsline = responses("porsline_survey_fa_utf16.txt").table;
    assert_eq!(
        found_in_orders(&porsline.customers.keys(), "persian_orders_fa.csv"),
        162
    );
    let arabic = responses("arabic_survey_responses_ar.csv").table;
    assert_eq!(
        found_in_orders(&arabic.customers.keys(), "shopify_orders_export.csv"),
        53
    );
    let checkouts = import_checkouts(
        &bytes("shopify_abandoned_checkouts.csv"),
        &ImportOptions::default(),
    )
    .unwrap()
    .table;
    assert_eq!(
        found_in_orders(&checkouts.customers.keys(), "shopify_orders_export.csv"),
        468
    );
}
