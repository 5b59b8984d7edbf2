//! Dataset records in IndexedDB (database `vafa`, object store `datasets`, key = dataset id,
//! value = the format-2 bytes as a `Uint8Array`): where a dataset goes when localStorage cannot
//! hold it. Each call opens the database, runs one transaction and waits for it to complete, so a
//! put has reached the disk when it returns `Ok`.

use js_sys::{Promise, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbOpenDbRequest, IdbRequest, IdbTransaction, IdbTransactionMode};

const DB: &str = "vafa";
const STORE: &str = "datasets";

/// A failure of IndexedDB, in words.
fn describe(err: &JsValue) -> String {
    err.dyn_ref::<web_sys::DomException>()
        .map(|e| format!("{}: {}", e.name(), e.message()))
        .or_else(|| err.as_string())
        .unwrap_or_else(|| "IndexedDB is not available".to_owned())
}

/// Waits for `request` to succeed (its result) or fail.
async fn settle(request: &IdbRequest) -> Result<JsValue, String> {
    let promise = Promise::new(&mut |resolve, reject| {
        request.set_onsuccess(Some(&resolve));
        request.set_onerror(Some(&reject));
    });
    JsFuture::from(promise).await.map_err(|_| {
        request
            .error()
            .ok()
            .flatten()
            .map_or_else(|| "IndexedDB failed".to_owned(), |e| describe(&e))
    })?;
    request.result().map_err(|e| describe(&e))
}

/// Waits for `tx` to complete (its writes are durable) or abort.
async fn completed(tx: &IdbTransaction) -> Result<(), String> {
    let promise = Promise::new(&mut |resolve, reject| {
        tx.set_oncomplete(Some(&resolve));
        tx.set_onerror(Some(&reject));
        tx.set_onabort(Some(&reject));
    });
    JsFuture::from(promise).await.map(|_| ()).map_err(|_| {
        tx.error()
            .map_or_else(|| "IndexedDB failed".to_owned(), |e| describe(&e))
    })
}

async fn open() -> Result<IdbDatabase, String> {
    let factory = web_sys::window()
        .ok_or("no window")?
        .indexed_db()
        .map_err(|e| describe(&e))?
        .ok_or("IndexedDB is not available in this browser")?;
    let request: IdbOpenDbRequest = factory.open_with_u32(DB, 1).map_err(|e| describe(&e))?;
    let on_upgrade = Closure::<dyn FnMut(web_sys::Event)>::new(move |ev: web_sys::Event| {
        let db = ev
            .target()
            .and_then(|t| t.dyn_into::<IdbOpenDbRequest>().ok())
            .and_then(|r| r.result().ok())
            .and_then(|db| db.dyn_into::<IdbDatabase>().ok());
        if let Some(db) = db
            && !db.object_store_names().contains(STORE)
        {
            // A failure here aborts the open, which `settle` then reports.
            let _ = db.create_object_store(STORE);
        }
    });
    request.set_onupgradeneeded(Some(on_upgrade.as_ref().unchecked_ref()));
    let db = settle(&request).await;
    request.set_onupgradeneeded(None);
    drop(on_upgrade);
    db?.dyn_into::<IdbDatabase>()
        .map_err(|_| "IndexedDB gave no database".to_owned())
}

fn transaction(
    db: &IdbDatabase,
    mode: IdbTransactionMode,
) -> Result<(IdbTransaction, web_sys::IdbObjectStore), String> {
    let tx = db
        .transaction_with_str_and_mode(STORE, mode)
        .map_err(|e| describe(&e))?;
    let store = tx.object_store(STORE).map_err(|e| describe(&e))?;
    Ok((tx, store))
}

/// Stores `bytes` under `id`, replacing what was there.
pub async fn put(id: &str, bytes: &[u8]) -> Result<(), String> {
    let db = open().await?;
    let (tx, store) = transaction(&db, IdbTransactionMode::Readwrite)?;
    let value = Uint8Array::from(bytes);
    store
        .put_with_key(&value, &JsValue::from_str(id))
        .map_err(|e| describe(&e))?;
    let done = completed(&tx).await;
    db.close();
    done
}

/// The bytes stored under `id`; `Ok(None)` when there are none.
pub async fn get(id: &str) -> Result<Option<Vec<u8>>, String> {
    let db = open().await?;
    let (_tx, store) = transaction(&db, IdbTransactionMode::Readonly)?;
    let request = store
        .get(&JsValue::from_str(id))
        .map_err(|e| describe(&e))?;
    let value = settle(&request).await;
    db.close();
    let value = value?;
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    let bytes = value
        .dyn_into::<Uint8Array>()
        .map_err(|_| "the stored value is not bytes".to_owned())?;
    Ok(Some(bytes.to_vec()))
}

/// Removes what is stored under `id` (nothing when there is nothing).
pub async fn delete(id: &str) -> Result<(), String> {
    let db = open().await?;
    let (tx, store) = transaction(&db, IdbTransactionMode::Readwrite)?;
    store
        .delete(&JsValue::from_str(id))
        .map_err(|e| describe(&e))?;
    let done = completed(&tx).await;
    db.close();
    done
}

/// Removes every record Vafa keeps in IndexedDB.
pub async fn clear() -> Result<(), String> {
    let db = open().await?;
    let (tx, store) = transaction(&db, IdbTransactionMode::Readwrite)?;
    store.clear().map_err(|e| describe(&e))?;
    let done = completed(&tx).await;
    db.close();
    done
}
