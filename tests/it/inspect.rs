//! `inspect` and the import options on every sample export: each file's kind as README's table
//! says, its encoding and delimiter, and roles given by the user instead of the detected ones.

use vafa::engine::import::{
    Encoding, ImportError, ImportOptions, Inspection, Kind, Role, import_orders, inspect,
};

use crate::fixture;

fn inspected(name: &str) -> Inspection {
    let bytes = std::fs::read(fixture(name)).unwrap();
    inspect(&bytes, &ImportOptions::default(), 20).unwrap_or_else(|err| panic!("{name}: {err}"))
}

#[test]
fn every_sample_export_has_the_kind_readme_gives_it() {
    // README § Files; stripe_payments.csv is "orders/payments".
    let expected = [
        ("shopify_orders_export.csv", Kind::Orders),
        ("shopify_abandoned_checkouts.csv", Kind::Checkouts),
        ("stripe_subscriptions.csv", Kind::Subscriptions),
        ("stripe_payments.csv", Kind::Orders),
        ("typeform_post_purchase_nps.csv", Kind::Responses),
        ("google_forms_order_csat.csv", Kind::Responses),
        ("surveymonkey_support_csat.csv", Kind::Responses),
        ("delighted_nps_responses.csv", Kind::Responses),
        ("zendesk_tickets_2024.csv", Kind::Tickets),
        ("freshdesk_tickets_2023.csv", Kind::Tickets),
        ("woocommerce_orders_eu_semicolon.csv", Kind::Orders),
        ("arabic_survey_responses_ar.csv", Kind::Responses),
        ("persian_orders_fa.csv", Kind::Orders),
        ("persian_tickets_cp1256.csv", Kind::Tickets),
        ("porsline_survey_fa_utf16.txt", Kind::Responses),
    ];
    for (name, kind) in expected {
        assert_eq!(inspected(name).kind, Some(kind), "{name}");
    }
}

#[test]
fn vendor_layouts_are_named() {
    let layouts = [
        ("shopify_orders_export.csv", "Shopify orders export"),
        (
            "shopify_abandoned_checkouts.csv",
            "Shopify abandoned checkouts export",
        ),
        ("stripe_subscriptions.csv", "Stripe subscriptions export"),
        ("stripe_payments.csv", "Stripe payments export"),
        ("typeform_post_purchase_nps.csv", "Typeform responses"),
        ("google_forms_order_csat.csv", "Google Forms responses"),
        ("arabic_survey_responses_ar.csv", "Google Forms responses"),
        ("surveymonkey_support_csat.csv", "SurveyMonkey responses"),
        ("delighted_nps_responses.csv", "Delighted responses export"),
        ("zendesk_tickets_2024.csv", "Zendesk tickets export"),
        ("freshdesk_tickets_2023.csv", "Freshdesk tickets export"),
        (
            "woocommerce_orders_eu_semicolon.csv",
            "WooCommerce orders export",
        ),
        ("porsline_survey_fa_utf16.txt", "Porsline results"),
    ];
    for (name, layout) in layouts {
        assert_eq!(inspected(name).layout, Some(layout), "{name}");
    }
    assert_eq!(inspected("persian_orders_fa.csv").layout, None);
}

#[test]
fn bad_files_have_the_kind_their_header_says() {
    let expected = [
        ("bad/ragged_rows.csv", Some(Kind::Orders)),
        ("bad/duplicate_headers.csv", Some(Kind::Orders)),
        ("bad/header_only.csv", Some(Kind::Orders)),
        ("bad/bad_values.csv", Some(Kind::Responses)),
        ("bad/formula_cells.csv", Some(Kind::Responses)),
        ("bad/utf16le_no_bom.txt", Some(Kind::Orders)),
    ];
    for (name, kind) in expected {
        assert_eq!(inspected(name).kind, kind, "{name}");
    }
}

#[test]
fn encodings_and_delimiters_are_detected() {
    let expected = [
        ("shopify_orders_export.csv", Encoding::Utf8, b','),
        (
            "woocommerce_orders_eu_semicolon.csv",
            Encoding::Utf8Bom,
            b';',
        ),
        ("persian_orders_fa.csv", Encoding::Utf8Bom, b','),
        ("persian_tickets_cp1256.csv", Encoding::Windows1256, b','),
        ("porsline_survey_fa_utf16.txt", Encoding::Utf16Le, b'\t'),
        ("bad/utf16le_no_bom.txt", Encoding::Utf16Le, b'\t'),
        ("bad/invalid_utf8.csv", Encoding::Windows1252, b','),
    ];
    for (name, encoding, delimiter) in expected {
        let inspection = inspected(name);
        assert_eq!(
            (inspection.encoding, inspection.delimiter),
            (encoding, delimiter),
            "{name}"
        );
    }
}

#[test]
fn the_windows_1256_tickets_read_as_persian() {
    // Windows-1256 has no Persian yeh, so the file writes the Arabic ي (README).
    let inspection = inspected("persian_tickets_cp1256.csv");
    assert_eq!(
        inspection.header.first().map(String::as_str),
        Some("شماره تيکت")
    );
    assert_eq!(inspection.rows.len(), 20);
    assert!(inspection.utf8_break.is_some());
}

#[test]
fn roles_given_by_the_user_replace_the_detected_ones() {
    let csv = b"buyer,when,paid\na@x.com,2024-05-01,12.00\nb@x.com,2024-05-02,3.00\n";
    let detected = import_orders(csv, &ImportOptions::default()).err();
    assert!(
        matches!(
            detected,
            Some(ImportError::MissingRole {
                role: Role::Customer,
                ..
            })
        ),
        "{detected:?}"
    );
    let options = ImportOptions {
        roles: Some(vec![
            Some(Role::Customer),
            Some(Role::OrderDate),
            Some(Role::Amount),
        ]),
        ..ImportOptions::default()
    };
    let imported = import_orders(csv, &options).unwrap();
    assert_eq!(imported.table.len(), 2);
    assert_eq!(imported.table.amount.iter().map(|m| m.0).sum::<i64>(), 1500);
    let inspection = inspect(csv, &options, 5).unwrap();
    assert_eq!(
        inspection.roles,
        [
            Some(Role::Customer),
            Some(Role::OrderDate),
            Some(Role::Amount)
        ]
    );
}

#[test]
fn a_short_roles_vector_ignores_the_other_columns_and_still_needs_a_date() {
    let csv = b"email,date,total\na@x.com,2024-05-01,12.00\n";
    let options = ImportOptions {
        roles: Some(vec![Some(Role::Customer)]),
        ..ImportOptions::default()
    };
    let err = import_orders(csv, &options).err();
    assert!(
        matches!(
            err,
            Some(ImportError::MissingRole {
                role: Role::OrderDate,
                ..
            })
        ),
        "{err:?}"
    );
    let options = ImportOptions {
        roles: Some(vec![Some(Role::Customer), Some(Role::OrderDate)]),
        ..ImportOptions::default()
    };
    // Without an amount column every order is worth 0.
    let imported = import_orders(csv, &options).unwrap();
    assert_eq!(imported.table.amount.first().map(|m| m.0), Some(0));
}

#[test]
fn a_forced_delimiter_and_encoding_are_used() {
    let csv = "email;date\ncafé@x.com;2024-05-01\n".as_bytes();
    let options = ImportOptions {
        encoding: Some(Encoding::Windows1252),
        delimiter: Some(b';'),
        roles: None,
        ..ImportOptions::default()
    };
    let imported = import_orders(csv, &options).unwrap();
    assert_eq!(imported.table.customers.keys(), ["cafã©@x.com"]);
    let comma = ImportOptions {
        delimiter: Some(b','),
        ..ImportOptions::default()
    };
    assert!(matches!(
        import_orders(csv, &comma).err(),
        Some(ImportError::MissingRole { .. })
    ));
}

#[test]
fn stripe_payments_count_succeeded_charges() {
    // README: Paid + Refunded = 1412 succeeded charges by 199 customers, gross 52482.00 USD.
    let bytes = std::fs::read(fixture("stripe_payments.csv")).unwrap();
    let imported = import_orders(&bytes, &ImportOptions::default()).unwrap();
    assert_eq!(imported.rows, 1529);
    let table = imported.table.purchases(None);
    assert_eq!(table.len(), 1412);
    assert_eq!(table.customer_count(), 199);
    assert_eq!(table.amount.iter().map(|m| m.0).sum::<i64>(), 5_248_200);
    assert!(imported.issues.is_empty(), "{:?}", imported.issues.first());
}
