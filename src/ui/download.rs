//! Saving what the page made as a file: text as a Blob behind an object URL (revoked a little
//! later, after the browser has started the download), or a `data:` URL such as a canvas's PNG;
//! either is opened by a temporary `<a download>` clicked once.

use std::time::Duration;

use leptos::prelude::set_timeout;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// Offers `text` as a download named `file_name` with MIME type `mime`.
pub fn download_text(file_name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = Url::create_object_url_with_blob(&blob)?;
    let clicked = click_download(file_name, &url);
    set_timeout(
        move || {
            if let Err(err) = Url::revoke_object_url(&url) {
                leptos::logging::warn!("object URL not revoked: {err:?}");
            }
        },
        Duration::from_secs(10),
    );
    clicked
}

/// Offers the resource at `url` (an object or `data:` URL) as a download named `file_name`.
pub fn click_download(file_name: &str, url: &str) -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|window| window.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let body = document
        .body()
        .ok_or_else(|| JsValue::from_str("no body"))?;
    let anchor: HtmlAnchorElement = document
        .create_element("a")?
        .dyn_into()
        .map_err(|_| JsValue::from_str("<a> is not an anchor"))?;
    anchor.set_href(url);
    anchor.set_download(file_name);
    body.append_child(&anchor)?;
    anchor.click();
    body.remove_child(&anchor)?;
    Ok(())
}
