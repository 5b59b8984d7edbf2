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
