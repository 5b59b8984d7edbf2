//! Every stored format this page ever wrote still reads back: the fixtures under
//! `tests/fixtures/store/` were written by format 1 (JSON records, index version 1) and format 2
//! (`store::compact`), and are never regenerated — a new format adds fixtures beside them.

use vafa::engine::data::{Day, Money};
use vafa::engine::import::{ImportOptions, import_responses};
use vafa::store::compact::{Dataset, decode_text};
use vafa::store::format::{INDEX_VERSION, Place, decode_index};

use super::fixture;

fn read(name: &str) -> String {
    std::fs::read_to_string(fixture(&format!("store/{name}"))).unwrap()
}

/// The three orders both orders fixtures hold.
fn check_orders(dataset: Dataset) {
    let Dataset::Orders(orders) = dataset else {
        panic!("orders expected");
    };
    assert_eq!(orders.day, [Day(19_000), Day(19_031), Day(19_400)]);
    assert_eq!(orders.amount, [Money(1250), Money(99), Money(-500)]);
    assert_eq!(
        orders.customers.key(orders.customer[1]),
        Some("۰۹۱۲۳۴۵۶۷۸۹")
    );
    assert_eq!(orders.customer[0], orders.customer[2]);
    let segment = orders.segment.unwrap();
    assert_eq!(segment.name, "Source");
    let names: Vec<Option<&str>> = (0..3).map(|i| segment.labels.get(i)).collect();
    assert_eq!(names, [Some("web"), None, Some("شیراز")]);
}

#[test]
fn format_1_and_2_orders_records_read_back() {
    check_orders(decode_text(&read("v1_orders.json"), "orders").unwrap());
    check_orders(decode_text(&read("v2_orders.txt"), "orders").unwrap());
}

#[test]
fn format_1_and_2_survey_records_read_back() {
    let bytes = std::fs::read(fixture("typeform_post_purchase_nps.csv")).unwrap();
    let imported = import_responses(&bytes, &ImportOptions::default()).unwrap();
    for name in ["v1_responses.json", "v2_responses.txt"] {
        assert_eq!(
            decode_text(&read(name), "responses").unwrap(),
            Dataset::Responses(imported.table.clone()),
            "{name}"
        );
    }
}

#[test]
fn an_index_of_version_1_is_migrated_and_a_newer_one_refused() {
    let index = decode_index(&read("v1_index.json")).unwrap();
    assert_eq!(index.version, INDEX_VERSION);
    let meta = &index.datasets[0];
    assert_eq!(
        (meta.id.as_str(), meta.place, meta.bytes),
        ("d0", Place::Local, 0)
    );
    assert_eq!(meta.damaged, None);
    let newer = read("v1_index.json").replace("\"version\":1", "\"version\":3");
    assert!(
        decode_index(&newer)
            .unwrap_err()
            .to_string()
            .contains("newer")
    );
}

#[test]
fn a_damaged_stored_text_is_rejected_with_a_reason() {
    let text = read("v2_orders.txt");
    let mut chars: Vec<char> = text.chars().collect();
    let middle = chars.len() / 2;
    chars[middle] = char::from_u32(chars[middle] as u32 ^ 0x15).unwrap();
    let damaged: String = chars.into_iter().collect();
    let err = decode_text(&damaged, "orders").unwrap_err().to_string();
    assert!(err.contains("damaged"), "{err}");
    let cut: String = text.chars().take(text.chars().count() - 3).collect();
    assert!(decode_text(&cut, "orders").is_err());
    assert!(decode_text("{\"version\":1,\"customers\":[", "orders").is_err());
}
