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
