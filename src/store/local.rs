//! Datasets in the browser's localStorage, through gloo-storage. Keys: `vafa.index` (the
//! `Index`) and `vafa.dataset.<id>` (one `OrdersRecord` or `ResponsesRecord` each, as the index's `kind` says). A record is written before the
//! index that lists it; when any write fails, what was stored before stays as it was.

use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::{JsCast, JsValue};

use super::format::{
    DatasetMeta, FormatError, Index, LOCAL_STORAGE_CHARS, OrdersRecord, SettingsRecord, VERSION,
    encode, encoded_chars,
};
use super::responses::ResponsesRecord;
use crate::engine::data::{Orders, Responses};

/// `DatasetMeta::kind` of a survey responses dataset.
pub const RESPONSES: &str = "responses";

const INDEX_KEY: &str = "vafa.index";
const SETTINGS_KEY: &str = "vafa.settings";

fn record_key(id: &str) -> String {
    format!("vafa.dataset.{id}")
}

/// Why storing or loading failed, for the message the user sees.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(
        "this browser's storage is full: the dataset needs about {:.1} MB and localStorage holds \
         about 5 MB for this page; nothing stored was changed",
        *.needed_bytes as f64 / 1e6
    )]
    Full { needed_bytes: usize },
    #[error("this browser does not let the page store data ({0}); nothing stored was changed")]
    Write(String),
    #[error("{0}")]
    Format(#[from] FormatError),
    #[error("the stored dataset {0} is missing")]
    Missing(String),
}

fn read_error(err: StorageError) -> FormatError {
    match err {
        StorageError::SerdeError(err) => FormatError::Decode(err.to_string()),
        other => FormatError::Decode(other.to_string()),
    }
}

/// The error of a failed `setItem` of `len` UTF-16 code units: full, or not allowed at all.
fn write_error(err: &JsValue, len: usize) -> StoreError {
    match err.dyn_ref::<web_sys::DomException>() {
        // localStorage counts UTF-16 code units; our JSON is ASCII apart from customer keys.
        Some(exception) if exception.name() == "QuotaExceededError" => StoreError::Full {
            needed_bytes: len * 2,
        },
        Some(exception) => StoreError::Write(exception.name()),
        None => StoreError::Write("unknown error".to_owned()),
    }
}

/// The index of stored datasets; an empty one when nothing is stored yet.
pub fn load_index() -> Result<Index, StoreError> {
    match LocalStorage::get::<Index>(INDEX_KEY) {
        Ok(index) if index.version == VERSION => Ok(index),
        Ok(index) => Err(FormatError::Version {
            found: index.version,
        }
        .into()),
        Err(StorageError::KeyNotFound(_)) => Ok(Index {
            version: VERSION,
            ..Index::default()
        }),
        Err(err) => Err(read_error(err).into()),
    }
}

/// The stored dashboard settings; `Ok(None)` when none are stored yet.
pub fn load_settings() -> Result<Option<SettingsRecord>, StoreError> {
    match LocalStorage::get::<SettingsRecord>(SETTINGS_KEY) {
        Ok(record) => Ok(Some(record)),
        Err(StorageError::KeyNotFound(_)) => Ok(None),
        Err(err) => Err(read_error(err).into()),
    }
}

/// Remembers the dashboard settings.
pub fn save_settings(record: &SettingsRecord) -> Result<(), StoreError> {
    LocalStorage::set(SETTINGS_KEY, record).map_err(|err| StoreError::Write(err.to_string()))
}

/// The orders of stored dataset `id`.
pub fn load_orders(id: &str) -> Result<Orders, StoreError> {
    match LocalStorage::get::<OrdersRecord>(record_key(id)) {
        Ok(record) => Ok(record.into_orders()?),
        Err(StorageError::KeyNotFound(_)) => Err(StoreError::Missing(id.to_owned())),
        Err(err) => Err(read_error(err).into()),
    }
}

/// The survey responses of stored dataset `id`.
pub fn load_responses(id: &str) -> Result<Responses, StoreError> {
    match LocalStorage::get::<ResponsesRecord>(record_key(id)) {
        Ok(record) => Ok(record.into_responses()?),
        Err(StorageError::KeyNotFound(_)) => Err(StoreError::Missing(id.to_owned())),
        Err(err) => Err(read_error(err).into()),
    }
}

/// Stores `orders` as a new dataset and makes it the active one. Returns the new index.
/// On failure nothing stored before is changed (a half-written record is removed).
pub fn save_orders(
    index: &Index,
    name: &str,
    rows: u32,
    orders: &Orders,
) -> Result<Index, StoreError> {
    // A record longer than the whole of localStorage is refused before megabytes are encoded.
    let needed = encoded_chars(orders);
    if needed > LOCAL_STORAGE_CHARS {
        return Err(StoreError::Full {
            needed_bytes: needed.saturating_mul(2),
        });
    }
    let text = encode(&OrdersRecord::from_orders(orders))?;
    save_record(index, name, rows, "orders", orders.len(), &text)
}

/// Stores survey `responses` as a new dataset and makes it the active one, as `save_orders`.
pub fn save_responses(
    index: &Index,
    name: &str,
    rows: u32,
    responses: &Responses,
) -> Result<Index, StoreError> {
    let text = encode(&ResponsesRecord::from_responses(responses))?;
    let needed = text.encode_utf16().count();
    if needed > LOCAL_STORAGE_CHARS {
        return Err(StoreError::Full {
            needed_bytes: needed.saturating_mul(2),
        });
    }
    save_record(index, name, rows, RESPONSES, responses.len(), &text)
}

/// The index as stored now, which another tab may have changed since `index` was read; `index`
/// itself when the stored one cannot be read.
fn latest(index: &Index) -> Index {
    load_index().unwrap_or_else(|_| index.clone())
}

/// Writes record `text` of a new dataset, then the index that lists it as active. The id is
/// taken from the index as stored now and is one no record uses, so two tabs importing at once
/// never write over each other's datasets.
fn save_record(
    index: &Index,
    name: &str,
    rows: u32,
    kind: &str,
    entries: usize,
    text: &str,
) -> Result<Index, StoreError> {
    let mut next = latest(index);
    let storage = LocalStorage::raw();
    let (id, key) = loop {
        let id = format!("d{}", next.next_id);
        let key = record_key(&id);
        next.next_id += 1;
        let is_free = !matches!(storage.get_item(&key), Ok(Some(_)));
        if is_free && next.datasets.iter().all(|meta| meta.id != id) {
            break (id, key);
        }
    };
    storage
        .set_item(&key, text)
        .map_err(|err| write_error(&err, text.len()))?;
    next.version = VERSION;
    next.datasets.push(DatasetMeta {
        id: id.clone(),
        name: name.to_owned(),
        kind: kind.to_owned(),
        rows,
        entries: u32::try_from(entries).unwrap_or(u32::MAX),
    });
    next.active = Some(id);
    if let Err(err) = LocalStorage::set(INDEX_KEY, &next) {
        LocalStorage::delete(&key);
        return Err(StoreError::Write(err.to_string()));
    }
    Ok(next)
}

/// Records which dataset is shown (`None`: the sample).
pub fn set_active(index: &Index, active: Option<String>) -> Result<Index, StoreError> {
    let next = Index {
        active,
        ..latest(index)
    };
    LocalStorage::set(INDEX_KEY, &next).map_err(|err| StoreError::Write(err.to_string()))?;
    Ok(next)
}

/// Removes dataset `id` from the index, then its record.
pub fn delete(index: &Index, id: &str) -> Result<Index, StoreError> {
    let mut next = latest(index);
    next.datasets.retain(|meta| meta.id != id);
    if next.active.as_deref() == Some(id) {
        next.active = None;
    }
    LocalStorage::set(INDEX_KEY, &next).map_err(|err| StoreError::Write(err.to_string()))?;
    LocalStorage::delete(record_key(id));
    Ok(next)
}

/// A deleted dataset, kept in memory so that Undo can put it back.
#[derive(Debug, Clone, PartialEq)]
pub struct Deleted {
    pub meta: DatasetMeta,
    /// The record as it was stored.
    pub text: String,
}

/// Dataset `id`'s entry and stored record, read before deleting it; `None` when it is not stored.
pub fn before_delete(index: &Index, id: &str) -> Option<Deleted> {
    let meta = index.datasets.iter().find(|meta| meta.id == id)?.clone();
    let text = LocalStorage::raw().get_item(&record_key(id)).ok()??;
    Some(Deleted { meta, text })
}

/// Puts a deleted dataset back under its id (its record first, then the index), not shown.
pub fn restore(index: &Index, deleted: &Deleted) -> Result<Index, StoreError> {
    let mut next = latest(index);
    if next.datasets.iter().any(|meta| meta.id == deleted.meta.id) {
        return Ok(next);
    }
    let key = record_key(&deleted.meta.id);
    LocalStorage::raw()
        .set_item(&key, &deleted.text)
        .map_err(|err| write_error(&err, deleted.text.len()))?;
    next.datasets.push(deleted.meta.clone());
    if let Err(err) = LocalStorage::set(INDEX_KEY, &next) {
        LocalStorage::delete(&key);
        return Err(StoreError::Write(err.to_string()));
    }
    Ok(next)
}

/// Removes every value Vafa keeps in this browser (`vafa.*`): datasets, index and settings.
/// Values of other pages of this origin stay.
pub fn forget_everything() -> Result<(), StoreError> {
    let storage = LocalStorage::raw();
    let n = storage.length().map_err(|err| write_error(&err, 0))?;
    let keys: Vec<String> = (0..n)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|key| key.starts_with("vafa."))
        .collect();
    for key in keys {
        storage
            .remove_item(&key)
            .map_err(|err| write_error(&err, 0))?;
    }
    Ok(())
}

/// Whether a change to storage key `key` (from another tab's `storage` event; `None` when that
/// tab cleared storage) may change the datasets listed.
pub fn touches_index(key: Option<&str>) -> bool {
    key.is_none_or(|key| key == INDEX_KEY)
}
