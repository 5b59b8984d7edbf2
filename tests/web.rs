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

fn storage() -> web_sys::Storage {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("storage")
}

/// Clears localStorage and Vafa's IndexedDB records.
async fn clear_all() {
    clear_storage();
    vafa::store::idb::clear().await.expect("clear IndexedDB");
}

fn two_orders() -> vafa::engine::data::Orders {
    use vafa::engine::data::{Day, Money, Orders};
    let mut orders = Orders::default();
    orders.push("a@example.com", Day(19_000), Money(1_250));
    orders.push("b@example.com", Day(19_031), Money(99));
    orders
}

async fn save(
    index: &vafa::store::format::Index,
    name: &str,
    orders: &vafa::engine::data::Orders,
) -> vafa::store::format::Index {
    use vafa::store::{compact, format::DatasetMeta, local};
    let meta = DatasetMeta::new(name, "orders", orders.len() as u32, orders.len())
        .with_days(orders.day.iter().copied());
    let (index, _) = local::save(index, meta, &compact::encode_orders(orders), true, None)
        .await
        .expect("saved");
    index
}

async fn load_orders(
    index: &vafa::store::format::Index,
    id: &str,
) -> Result<vafa::engine::data::Orders, vafa::store::local::StoreError> {
    use vafa::store::{compact::Dataset, local};
    let meta = index
        .datasets
        .iter()
        .find(|m| m.id == id)
        .expect("listed")
        .clone();
    match local::load(&meta).await? {
        Dataset::Orders(orders) => Ok(orders),
        Dataset::Responses(_) => panic!("orders expected"),
    }
}

#[wasm_bindgen_test]
async fn a_dataset_round_trips_through_local_storage() {
    use vafa::store::format::Place;
    use vafa::store::local;
    clear_all().await;
    let orders = two_orders();
    let empty = local::load_index().expect("an empty index");
    assert!(empty.datasets.is_empty());
    let index = save(&empty, "orders.csv", &orders).await;
    assert_eq!(local::load_index().expect("index"), index);
    let meta = index.datasets.first().expect("one dataset").clone();
    assert_eq!(index.active.as_deref(), Some(meta.id.as_str()));
    assert_eq!(meta.place, Place::Local);
    assert!(meta.bytes > 0);
    assert_eq!(
        (meta.first_day.as_deref(), meta.last_day.as_deref()),
        (Some("2022-01-08"), Some("2022-02-08"))
    );
    assert_eq!(
        load_orders(&index, &meta.id).await.expect("orders back"),
        orders
    );
    let renamed = local::rename(&index, &meta.id, "January").expect("renamed");
    assert_eq!(renamed.datasets[0].name, "January");

    let index = local::delete(&renamed, &meta.id).await.expect("deleted");
    assert!(index.datasets.is_empty() && index.active.is_none());
    assert!(matches!(
        local::load(&meta).await,
        Err(local::StoreError::Missing(_))
    ));
}

#[wasm_bindgen_test]
async fn a_dataset_localstorage_cannot_hold_goes_to_indexeddb() {
    use vafa::store::format::Place;
    use vafa::store::local;
    clear_all().await;
    let before = save(
        &local::load_index().expect("index"),
        "kept.csv",
        &two_orders(),
    )
    .await;
    // Fill localStorage up to the quota, in ever smaller blocks: the next record cannot go there.
    let mut i = 0;
    for size in [256 * 1024, 16 * 1024, 1024, 64, 1] {
        let block = "x".repeat(size);
        while i < 5000 && storage().set_item(&format!("filler.{i}"), &block).is_ok() {
            i += 1;
        }
    }
    // Other pages left a little room, enough for the index but not for a record's margin.
    for j in (0..i).rev().take(20) {
        storage()
            .remove_item(&format!("filler.{j}"))
            .expect("remove");
    }
    let mut big = two_orders();
    big.push(
        "c@example.com",
        vafa::engine::data::Day(19_100),
        vafa::engine::data::Money(5),
    );
    let index = save(&before, "big.csv", &big).await;
    let meta = index.datasets.last().expect("listed").clone();
    assert_eq!(meta.place, Place::IndexedDb, "stored in IndexedDB");
    assert_eq!(load_orders(&index, &meta.id).await.expect("back"), big);
    // The dataset stored before is untouched.
    let first = &index.datasets[0];
    assert_eq!(
        load_orders(&index, &first.id).await.expect("first"),
        two_orders()
    );
    let index = local::delete(&index, &meta.id).await.expect("deleted");
    assert_eq!(index.datasets.len(), 1);
    assert_eq!(vafa::store::idb::get(&meta.id).await, Ok(None));
    clear_all().await;
}

#[wasm_bindgen_test]
async fn damaged_storage_is_reported_not_fatal() {
    use vafa::store::format::{DatasetMeta, Index};
    use vafa::store::local;
    clear_all().await;
    storage()
        .set_item("vafa.dataset.d0", "{not json")
        .expect("set");
    let mut meta = DatasetMeta::new("bad.csv", "orders", 1, 1);
    meta.id = "d0".into();
    assert!(matches!(
        local::load(&meta).await,
        Err(local::StoreError::Format(_))
    ));
    // Set aside: listed with its reason, the record kept as it is.
    let index = Index {
        version: vafa::store::format::INDEX_VERSION,
        datasets: vec![meta],
        active: Some("d0".into()),
        next_id: 1,
    };
    storage()
        .set_item("vafa.index", &serde_json::to_string(&index).expect("json"))
        .expect("set");
    let index = local::set_aside(&index, "d0", "cut short").expect("set aside");
    assert_eq!(index.datasets[0].damaged.as_deref(), Some("cut short"));
    assert_eq!(index.active, None);
    assert_eq!(
        storage()
            .get_item("vafa.dataset.d0")
            .ok()
            .flatten()
            .as_deref(),
        Some("{not json")
    );
    storage().set_item("vafa.index", "[1,2,3]").expect("set");
    assert!(local::load_index().is_err());
    // The damaged values are reported, never deleted.
    assert_eq!(
        storage().get_item("vafa.index").ok().flatten().as_deref(),
        Some("[1,2,3]")
    );
    clear_storage();
}

#[wasm_bindgen_test]
async fn a_version_1_store_is_still_read() {
    use vafa::store::format::{INDEX_VERSION, Place};
    use vafa::store::local;
    clear_all().await;
    storage()
        .set_item("vafa.index", include_str!("fixtures/store/v1_index.json"))
        .expect("set");
    storage()
        .set_item(
            "vafa.dataset.d0",
            include_str!("fixtures/store/v1_orders.json"),
        )
        .expect("set");
    let index = local::load_index().expect("migrated");
    assert_eq!(index.version, INDEX_VERSION);
    assert_eq!(index.datasets[0].place, Place::Local);
    let orders = load_orders(&index, "d0").await.expect("version-1 record");
    assert_eq!(orders.len(), 3);
    clear_storage();
}

#[wasm_bindgen_test]
async fn two_tabs_never_write_over_each_others_datasets() {
    use vafa::engine::data::{Day, Money, Orders};
    use vafa::store::local;
    clear_all().await;
    let mut first = Orders::default();
    first.push("a@example.com", Day(19_000), Money(100));
    let mut second = Orders::default();
    second.push("b@example.com", Day(19_001), Money(200));
    // Both tabs read the same (empty) index, then each imports a file.
    let stale = local::load_index().expect("an empty index");
    let after_first = save(&stale, "first.csv", &first).await;
    let after_second = save(&stale, "second.csv", &second).await;
    let ids: Vec<&str> = after_second
        .datasets
        .iter()
        .map(|meta| meta.id.as_str())
        .collect();
    assert_eq!(ids.len(), 2, "both datasets are listed: {ids:?}");
    assert_ne!(ids[0], ids[1]);
    assert_eq!(
        load_orders(&after_second, ids[0])
            .await
            .expect("first back"),
        first
    );
    assert_eq!(
        load_orders(&after_second, ids[1])
            .await
            .expect("second back"),
        second
    );
    // A delete in the first tab keeps the second tab's dataset.
    let after_delete = local::delete(&after_first, ids[0]).await.expect("deleted");
    assert_eq!(after_delete.datasets.len(), 1);
    assert_eq!(after_delete.datasets[0].id, ids[1]);
    clear_storage();
}

#[wasm_bindgen_test]
async fn a_deleted_dataset_comes_back_on_undo_and_forget_clears_only_vafa() {
    use vafa::store::local;
    clear_all().await;
    storage().set_item("another.app", "kept").expect("set");
    let orders = two_orders();
    let index = save(&local::load_index().expect("index"), "o.csv", &orders).await;
    let id = index.datasets[0].id.clone();
    let deleted = local::before_delete(&index, &id).await.expect("stored");
    let index = local::delete(&index, &id).await.expect("deleted");
    assert!(index.datasets.is_empty());
    let index = local::restore(&index, &deleted).await.expect("restored");
    assert_eq!(index.datasets.len(), 1);
    assert_eq!(load_orders(&index, &id).await.expect("back"), orders);
    local::forget_everything(&index).await.expect("forgotten");
    assert!(local::load_index().expect("empty").datasets.is_empty());
    assert!(
        storage()
            .get_item(&format!("vafa.dataset.{id}"))
            .expect("get")
            .is_none()
    );
    assert_eq!(
        storage().get_item("another.app").expect("get").as_deref(),
        Some("kept")
    );
    clear_storage();
}

#[wasm_bindgen_test]
async fn a_survey_round_trips_through_local_storage() {
    use vafa::engine::import::{ImportOptions, import_responses};
    use vafa::store::{compact, compact::Dataset, format::DatasetMeta, local};
    clear_all().await;
    let bytes = include_bytes!("fixtures/typeform_post_purchase_nps.csv");
    let imported = import_responses(bytes, &ImportOptions::default()).expect("typeform");
    let index = local::load_index().expect("index");
    let meta = DatasetMeta::new(
        "typeform.csv",
        local::RESPONSES,
        imported.rows,
        imported.table.len(),
    );
    let (index, _) = local::save(
        &index,
        meta,
        &compact::encode_responses(&imported.table),
        true,
        None,
    )
    .await
    .expect("saved");
    assert_eq!(index.datasets[0].kind, local::RESPONSES);
    assert_eq!(index.datasets[0].entries, 270);
    let back = local::load(&index.datasets[0]).await.expect("back");
    assert_eq!(back, Dataset::Responses(imported.table));
    clear_storage();
}
