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

/// Writes record `text` of a new dataset, then the index that lists it as active.
fn save_record(
    index: &Index,
    name: &str,
    rows: u32,
    kind: &str,
    entries: usize,
    text: &str,
) -> Result<Index, StoreError> {
    let id = format!("d{}", index.next_id);
    let key = record_key(&id);
    LocalStorage::raw()
        .set_item(&key, text)
        .map_err(|err| write_error(&err, text.len()))?;
    let mut next = index.clone();
    next.version = VERSION;
    next.next_id += 1;
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
        ..index.clone()
    };
    LocalStorage::set(INDEX_KEY, &next).map_err(|err| StoreError::Write(err.to_string()))?;
    Ok(next)
}

/// Removes dataset `id` from the index, then its record.
pub fn delete(index: &Index, id: &str) -> Result<Index, StoreError> {
    let mut next = index.clone();
    next.datasets.retain(|meta| meta.id != id);
    if next.active.as_deref() == Some(id) {
        next.active = None;
    }
    LocalStorage::set(INDEX_KEY, &next).map_err(|err| StoreError::Write(err.to_string()))?;
    LocalStorage::delete(record_key(id));
    Ok(next)
}
