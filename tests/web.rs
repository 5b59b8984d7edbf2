//! Browser tests (wasm-bindgen-test in headless Chromium): the app mounts, shows the generated
//! sample dataset's numbers and draws its charts. Wiring only; numbers are tested natively.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

/// Waits `ms` milliseconds so Leptos can flush its DOM updates.
async fn tick(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let window = web_sys::window().expect("a browser window");
        window
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .expect("setTimeout");
    });
    JsFuture::from(promise).await.expect("timer");
}

fn by_testid(id: &str) -> Option<web_sys::Element> {
    let document = web_sys::window()?.document()?;
    document
        .query_selector(&format!("[data-testid=\"{id}\"]"))
        .ok()?
}

#[wasm_bindgen_test]
async fn app_mounts_and_shows_the_sample() {
    let storage = web_sys::window().and_then(|w| w.local_storage().ok().flatten());
    if let Some(storage) = storage {
        storage.clear().expect("clear localStorage");
    }
    leptos::mount::mount_to_body(vafa::ui::App);
    tick(50).await;

    let customers = by_testid("kpi-customers")
        .and_then(|e| e.text_content())
        .unwrap_or_default();
    let n: u32 = customers
        .replace(',', "")
        .parse()
        .expect("a customer count");
    assert!(
        (2_500..=3_500).contains(&n),
        "sample customers: {customers}"
    );
    assert_eq!(
        by_testid("stored-dataset").map(|e| e.text_content()),
        None,
        "nothing is stored on first open"
    );
    let heatmap = by_testid("cohort-heatmap")
        .and_then(|e| e.dyn_into::<web_sys::HtmlCanvasElement>().ok())
        .expect("the heatmap canvas");
    assert!(
        heatmap.height() > 200,
        "the heatmap is sized to its cohorts"
    );
}

fn clear_storage() {
    let storage = web_sys::window().and_then(|w| w.local_storage().ok().flatten());
    storage
        .expect("localStorage")
        .clear()
        .expect("clear localStorage");
}

#[wasm_bindgen_test]
fn a_dataset_round_trips_through_local_storage() {
    use vafa::engine::data::{Day, Money, Orders};
    use vafa::store::local;
    clear_storage();
    let mut orders = Orders::default();
    orders.push("a@example.com", Day(19_000), Money(1_250));
    orders.push("b@example.com", Day(19_031), Money(99));

    let empty = local::load_index().expect("an empty index");
    assert!(empty.datasets.is_empty());
    let index = local::save_orders(&empty, "orders.csv", 2, &orders).expect("saved");
    assert_eq!(local::load_index().expect("index"), index);
    let id = index
        .datasets
        .first()
        .map(|meta| meta.id.clone())
        .expect("one dataset");
    assert_eq!(index.active.as_deref(), Some(id.as_str()));
    assert_eq!(local::load_orders(&id).expect("orders back"), orders);

    let index = local::delete(&index, &id).expect("deleted");
    assert!(index.datasets.is_empty() && index.active.is_none());
    assert!(matches!(
        local::load_orders(&id),
        Err(local::StoreError::Missing(_))
    ));
}

#[wasm_bindgen_test]
fn damaged_storage_is_reported_not_fatal() {
    use vafa::store::local;
    clear_storage();
    let storage = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("storage");
    storage
        .set_item("vafa.dataset.d0", "{not json")
        .expect("set");
    assert!(matches!(
        local::load_orders("d0"),
        Err(local::StoreError::Format(_))
    ));
    storage.set_item("vafa.index", "[1,2,3]").expect("set");
    assert!(local::load_index().is_err());
    // The damaged values are reported, never deleted.
    assert_eq!(
        storage.get_item("vafa.index").ok().flatten().as_deref(),
        Some("[1,2,3]")
    );
    clear_storage();
}

#[wasm_bindgen_test]
fn two_tabs_never_write_over_each_others_datasets() {
    use vafa::engine::data::{Day, Money, Orders};
    use vafa::store::local;
    clear_storage();
    let mut first = Orders::default();
    first.push("a@example.com", Day(19_000), Money(100));
    let mut second = Orders::default();
    second.push("b@example.com", Day(19_001), Money(200));
    // Both tabs read the empty index; each then imports a file.
    let stale = local::load_index().expect("an empty index");
    let after_first = local::save_orders(&stale, "first.csv", 1, &first).expect("first");
    let after_second = local::save_orders(&stale, "second.csv", 1, &second).expect("second");
    assert_eq!(after_second.datasets.len(), 2, "{after_second:?}");
    let ids: Vec<&str> = after_second
        .datasets
        .iter()
        .map(|m| m.id.as_str())
        .collect();
    assert_ne!(ids[0], ids[1]);
    assert_eq!(local::load_orders(ids[0]).expect("first back"), first);
    assert_eq!(local::load_orders(ids[1]).expect("second back"), second);
    // Deleting with the first tab's stale index keeps the second tab's dataset.
    let after_delete = local::delete(&after_first, ids[0]).expect("deleted");
    assert_eq!(after_delete.datasets.len(), 1);
    assert_eq!(after_delete.datasets[0].name, "second.csv");
    clear_storage();
}

#[wasm_bindgen_test]
fn a_deleted_dataset_comes_back_on_undo_and_forget_clears_only_vafa() {
    use vafa::engine::data::{Day, Money, Orders};
    use vafa::store::local;
    clear_storage();
    let storage = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("storage");
    storage.set_item("another.app", "kept").expect("set");
    let mut orders = Orders::default();
    orders.push("a@example.com", Day(19_000), Money(100));
    let index = local::load_index().expect("index");
    let index = local::save_orders(&index, "o.csv", 1, &orders).expect("saved");
    let id = index.datasets[0].id.clone();
    let deleted = local::before_delete(&index, &id).expect("stored");
    let index = local::delete(&index, &id).expect("deleted");
    assert!(index.datasets.is_empty());
    let index = local::restore(&index, &deleted).expect("restored");
    assert_eq!(index.datasets.len(), 1);
    assert_eq!(local::load_orders(&id).expect("back"), orders);
    local::forget_everything().expect("forgotten");
    assert!(local::load_index().expect("empty").datasets.is_empty());
    assert!(
        storage
            .get_item(&format!("vafa.dataset.{id}"))
            .expect("get")
            .is_none()
    );
    assert_eq!(
        storage.get_item("another.app").expect("get").as_deref(),
        Some("kept")
    );
    clear_storage();
}

#[wasm_bindgen_test]
fn a_survey_round_trips_through_local_storage() {
    use vafa::engine::import::{ImportOptions, import_responses};
    use vafa::store::local;
    clear_storage();
    let bytes = include_bytes!("fixtures/typeform_post_purchase_nps.csv");
    let imported = import_responses(bytes, &ImportOptions::default()).expect("typeform");
    let index = local::load_index().expect("index");
    let index = local::save_responses(&index, "typeform.csv", imported.rows, &imported.table)
        .expect("saved");
    assert_eq!(index.datasets[0].kind, local::RESPONSES);
    assert_eq!(index.datasets[0].entries, 270);
    let back = local::load_responses(&index.datasets[0].id).expect("back");
    assert_eq!(back, imported.table);
    clear_storage();
}
