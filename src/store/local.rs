//! Datasets in this browser. Keys: `vafa.index` (the `Index`, JSON) and `vafa.dataset.<id>` (one
//! record as text: format 2, `compact::to_text`, or a format-1 JSON record of older stores). A
//! dataset localStorage cannot hold goes to IndexedDB (`idb`) as bytes, and its index entry says
//! so. Invariants: a record is written, under a key no record uses, before the index that lists
//! it; when any write fails, what was stored before stays as it was; a record that cannot be read
//! is set aside (marked in the index), never deleted.

use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::{JsCast, JsValue};

use super::backup::{BACKUP_VERSION, BackedUp, Backup};
use super::compact::{self, Dataset};
use super::format::{
    DatasetMeta, FormatError, INDEX_VERSION, Index, LOCAL_STORAGE_CHARS, Layouts, Place,
    SettingsRecord, decode_index,
};
use super::idb;

/// `DatasetMeta::kind` of a survey responses dataset.
pub const RESPONSES: &str = "responses";

const INDEX_KEY: &str = "vafa.index";

/// Characters of localStorage a record leaves free, so that the index can still be written.
const INDEX_ROOM: usize = 64 * 1024;
const SETTINGS_KEY: &str = "vafa.settings";
const LAYOUTS_KEY: &str = "vafa.layouts";

fn record_key(id: &str) -> String {
    format!("vafa.dataset.{id}")
}

/// Why storing or loading failed, for the message the user sees.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(
        "this browser cannot hold the dataset: it needs about {:.1} MB; localStorage is full and \
         IndexedDB refused it ({idb}). Delete a dataset you no longer need and import again; \
         nothing stored was changed",
        *.needed_bytes as f64 / 1e6
    )]
    Full { needed_bytes: usize, idb: String },
    #[error("this browser does not let the page store data ({0}); nothing stored was changed")]
    Write(String),
    #[error("{0}")]
    Format(#[from] FormatError),
    #[error("the stored dataset {0} is missing")]
    Missing(String),
    #[error("IndexedDB could not be read: {0}")]
    Idb(String),
}

/// The error of a failed `setItem`.
fn write_error(err: &JsValue) -> StoreError {
    match err.dyn_ref::<web_sys::DomException>() {
        Some(exception) => StoreError::Write(exception.name()),
        None => StoreError::Write("unknown error".to_owned()),
    }
}

fn is_quota(err: &JsValue) -> bool {
    err.dyn_ref::<web_sys::DomException>()
        .is_some_and(|e| e.name() == "QuotaExceededError")
}

/// The index of stored datasets (version 1 migrated); an empty one when nothing is stored yet.
pub fn load_index() -> Result<Index, StoreError> {
    match LocalStorage::raw().get_item(INDEX_KEY) {
        Ok(Some(text)) => Ok(decode_index(&text)?),
        Ok(None) => Ok(Index {
            version: INDEX_VERSION,
            ..Index::default()
        }),
        Err(err) => Err(write_error(&err)),
    }
}

fn write_index(index: &Index) -> Result<(), StoreError> {
    let index = Index {
        version: INDEX_VERSION,
        ..index.clone()
    };
    LocalStorage::set(INDEX_KEY, &index).map_err(|err| StoreError::Write(err.to_string()))
}

/// The stored dashboard settings; `Ok(None)` when none are stored yet.
pub fn load_settings() -> Result<Option<SettingsRecord>, StoreError> {
    match LocalStorage::get::<SettingsRecord>(SETTINGS_KEY) {
        Ok(record) => Ok(Some(record)),
        Err(gloo_storage::errors::StorageError::KeyNotFound(_)) => Ok(None),
        Err(err) => Err(FormatError::Decode(err.to_string()).into()),
    }
}

/// Remembers the dashboard settings.
pub fn save_settings(record: &SettingsRecord) -> Result<(), StoreError> {
    LocalStorage::set(SETTINGS_KEY, record).map_err(|err| StoreError::Write(err.to_string()))
}

/// The wizard's choices remembered per file layout; none when unreadable (they are a
/// convenience: a damaged value is replaced on the next save).
pub fn load_layouts() -> Layouts {
    LocalStorage::get::<Layouts>(LAYOUTS_KEY).unwrap_or_default()
}

/// Remembers the wizard's choices per file layout.
pub fn save_layouts(layouts: &Layouts) -> Result<(), StoreError> {
    LocalStorage::set(LAYOUTS_KEY, layouts).map_err(|err| StoreError::Write(err.to_string()))
}

/// The record of dataset `meta` as kept: localStorage text, or IndexedDB bytes.
#[derive(Debug, Clone, PartialEq)]
pub enum Kept {
    Text(String),
    Bytes(Vec<u8>),
}

impl Kept {
    /// The dataset it holds, checked.
    pub fn decode(&self, kind: &str) -> Result<Dataset, FormatError> {
        match self {
            Kept::Text(text) => compact::decode_text(text, kind),
            Kept::Bytes(bytes) => compact::decode(bytes),
        }
    }

    /// As text (for a backup file).
    pub fn into_text(self) -> String {
        match self {
            Kept::Text(text) => text,
            Kept::Bytes(bytes) => compact::to_text(&bytes),
        }
    }
}

/// Reads dataset `meta`'s record as kept.
pub async fn read(meta: &DatasetMeta) -> Result<Kept, StoreError> {
    let missing = || StoreError::Missing(meta.name.clone());
    match meta.place {
        Place::Local => match LocalStorage::raw().get_item(&record_key(&meta.id)) {
            Ok(Some(text)) => Ok(Kept::Text(text)),
            Ok(None) => Err(missing()),
            Err(err) => Err(write_error(&err)),
        },
        Place::IndexedDb => match idb::get(&meta.id).await {
            Ok(Some(bytes)) => Ok(Kept::Bytes(bytes)),
            Ok(None) => Err(missing()),
            Err(err) => Err(StoreError::Idb(err)),
        },
    }
}

/// The dataset `meta` names, read and checked.
pub async fn load(meta: &DatasetMeta) -> Result<Dataset, StoreError> {
    Ok(read(meta).await?.decode(&meta.kind)?)
}

/// The dataset `meta` names when it is kept in localStorage (read at once, for the first paint);
/// `None` for a dataset in IndexedDB.
pub fn load_now(meta: &DatasetMeta) -> Option<Result<Dataset, StoreError>> {
    (meta.place == Place::Local).then(|| {
        match LocalStorage::raw().get_item(&record_key(&meta.id)) {
            Ok(Some(text)) => Ok(compact::decode_text(&text, &meta.kind)?),
            Ok(None) => Err(StoreError::Missing(meta.name.clone())),
            Err(err) => Err(write_error(&err)),
        }
    })
}

/// The index as stored now, which another tab may have changed since `index` was read; `index`
/// itself when the stored one cannot be read.
fn latest(index: &Index) -> Index {
    load_index().unwrap_or_else(|_| index.clone())
}

/// An id no dataset of `index` and no stored record uses.
fn free_id(index: &mut Index) -> String {
    let storage = LocalStorage::raw();
    loop {
        let id = format!("d{}", index.next_id);
        index.next_id += 1;
        let is_free = !matches!(storage.get_item(&record_key(&id)), Ok(Some(_)));
        if is_free && index.datasets.iter().all(|meta| meta.id != id) {
            return id;
        }
    }
}

/// Stores dataset `bytes` (format 2) as a new dataset described by `meta` and, when `show`,
/// makes it the active one; with `replaces`, it takes that dataset's place in the list and the
/// old record is removed once the index no longer names it. localStorage first; when it cannot
/// hold the record, IndexedDB. The record is complete before the index lists it, under a key no
/// record uses; on failure nothing stored before is changed. Returns the new index and the new
/// dataset's id.
pub async fn save(
    index: &Index,
    mut meta: DatasetMeta,
    bytes: &[u8],
    show: bool,
    replaces: Option<&str>,
) -> Result<(Index, String), StoreError> {
    let mut claimed = latest(index);
    let id = free_id(&mut claimed);
    let key = record_key(&id);
    let text = compact::to_text(bytes);
    let chars = text.encode_utf16().count();
    // Estimated before writing: a record that would leave localStorage without room for the
    // index to grow goes to IndexedDB at once.
    let mut in_local = false;
    if chars + local_chars() + INDEX_ROOM <= LOCAL_STORAGE_CHARS {
        match LocalStorage::raw().set_item(&key, &text) {
            Ok(()) => in_local = true,
            Err(err) if is_quota(&err) => {}
            Err(err) => return Err(write_error(&err)),
        }
    }
    if in_local {
        meta.place = Place::Local;
        meta.bytes = chars as u64 * 2;
    } else {
        idb::put(&id, bytes).await.map_err(|idb| StoreError::Full {
            needed_bytes: bytes.len(),
            idb,
        })?;
        meta.place = Place::IndexedDb;
        meta.bytes = bytes.len() as u64;
    }
    meta.id = id.clone();
    // Another tab may have written while IndexedDB was busy: list the record in the index as
    // stored now, keeping the id counter past ours.
    let mut next = latest(index);
    next.next_id = next.next_id.max(claimed.next_id);
    let old = replaces.and_then(|old| {
        let at = next.datasets.iter().position(|m| m.id == old)?;
        Some(std::mem::replace(&mut next.datasets[at], meta.clone()))
    });
    if old.is_none() {
        next.datasets.push(meta);
    }
    if show || (old.is_some() && next.active == replaces.map(str::to_owned)) {
        next.active = Some(id.clone());
    }
    if let Err(err) = write_index(&next) {
        remove_record(&id, in_local).await;
        return Err(err);
    }
    if let Some(old) = old {
        remove_record(&old.id, old.place == Place::Local).await;
    }
    Ok((next, id))
}

/// UTF-16 units localStorage holds for this page now (keys and values of every key).
fn local_chars() -> usize {
    let storage = LocalStorage::raw();
    let n = storage.length().unwrap_or(0);
    (0..n)
        .filter_map(|i| storage.key(i).ok().flatten())
        .map(|key| {
            let value = storage.get_item(&key).ok().flatten().unwrap_or_default();
            key.encode_utf16().count() + value.encode_utf16().count()
        })
        .sum()
}

async fn remove_record(id: &str, in_local: bool) {
    if in_local {
        LocalStorage::delete(record_key(id));
    } else if let Err(err) = idb::delete(id).await {
        leptos::logging::warn!("an unlisted record was left in IndexedDB: {err}");
    }
}

/// Records which dataset is shown (`None`: the sample).
pub fn set_active(index: &Index, active: Option<String>) -> Result<Index, StoreError> {
    let next = Index {
        active,
        ..latest(index)
    };
    write_index(&next)?;
    Ok(next)
}

/// Gives dataset `id` a new name (blank names are refused by the caller).
pub fn rename(index: &Index, id: &str, name: &str) -> Result<Index, StoreError> {
    let mut next = latest(index);
    if let Some(meta) = next.datasets.iter_mut().find(|meta| meta.id == id) {
        meta.name = name.to_owned();
    }
    write_index(&next)?;
    Ok(next)
}

/// Marks dataset `id` as unreadable for `reason`: it stays listed with the reason, is not shown,
/// and its record is kept as it is.
pub fn set_aside(index: &Index, id: &str, reason: &str) -> Result<Index, StoreError> {
    let mut next = latest(index);
    if let Some(meta) = next.datasets.iter_mut().find(|meta| meta.id == id) {
        meta.damaged = Some(reason.to_owned());
    }
    if next.active.as_deref() == Some(id) {
        next.active = None;
    }
    write_index(&next)?;
    Ok(next)
}

/// Removes dataset `id` from the index, then its record.
pub async fn delete(index: &Index, id: &str) -> Result<Index, StoreError> {
    let mut next = latest(index);
    let place = next
        .datasets
        .iter()
        .find(|meta| meta.id == id)
        .map(|meta| meta.place);
    next.datasets.retain(|meta| meta.id != id);
    if next.active.as_deref() == Some(id) {
        next.active = None;
    }
    write_index(&next)?;
    remove_record(id, place != Some(Place::IndexedDb)).await;
    Ok(next)
}

/// A deleted dataset, kept in memory so that Undo can put it back.
#[derive(Debug, Clone, PartialEq)]
pub struct Deleted {
    pub meta: DatasetMeta,
    /// The record as it was stored.
    pub kept: Kept,
}

/// Dataset `id`'s entry and stored record, read before deleting it; `None` when it is not stored.
pub async fn before_delete(index: &Index, id: &str) -> Option<Deleted> {
    let meta = index.datasets.iter().find(|meta| meta.id == id)?.clone();
    let kept = read(&meta).await.ok()?;
    Some(Deleted { meta, kept })
}

/// Puts a deleted dataset back under its id (its record first, then the index), not shown.
pub async fn restore(index: &Index, deleted: &Deleted) -> Result<Index, StoreError> {
    let current = latest(index);
    if current
        .datasets
        .iter()
        .any(|meta| meta.id == deleted.meta.id)
    {
        return Ok(current);
    }
    let id = &deleted.meta.id;
    match &deleted.kept {
        Kept::Text(text) => LocalStorage::raw()
            .set_item(&record_key(id), text)
            .map_err(|err| write_error(&err))?,
        Kept::Bytes(bytes) => idb::put(id, bytes).await.map_err(StoreError::Idb)?,
    }
    let mut next = latest(index);
    next.datasets.push(deleted.meta.clone());
    if let Err(err) = write_index(&next) {
        remove_record(id, matches!(deleted.kept, Kept::Text(_))).await;
        return Err(err);
    }
    Ok(next)
}

/// Removes every value Vafa keeps in this browser: `vafa.*` keys of localStorage (datasets, index
/// and settings) and its IndexedDB records. Values of other pages of this origin stay. A browser
/// without IndexedDB holds nothing there: only when `index` lists a dataset kept in IndexedDB
/// is failing to clear it an error.
pub async fn forget_everything(index: &Index) -> Result<(), StoreError> {
    let uses_idb = latest(index)
        .datasets
        .iter()
        .any(|meta| meta.place == Place::IndexedDb);
    let storage = LocalStorage::raw();
    let n = storage.length().map_err(|err| write_error(&err))?;
    let keys: Vec<String> = (0..n)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|key| key.starts_with("vafa."))
        .collect();
    for key in keys {
        storage.remove_item(&key).map_err(|err| write_error(&err))?;
    }
    match idb::clear().await {
        Err(err) if uses_idb => Err(StoreError::Idb(err)),
        _ => Ok(()),
    }
}

/// Whether a change to storage key `key` (from another tab's `storage` event; `None` when that
/// tab cleared storage) may change the datasets listed.
pub fn touches_index(key: Option<&str>) -> bool {
    key.is_none_or(|key| key == INDEX_KEY)
}

/// Every stored dataset with its record as stored, and the settings, as a backup document. A
/// record that cannot be read at all (missing) is left out; one set aside is kept as it is.
pub async fn backup(index: &Index) -> Result<Backup, StoreError> {
    let index = latest(index);
    let mut datasets = Vec::with_capacity(index.datasets.len());
    for meta in &index.datasets {
        match read(meta).await {
            Ok(kept) => datasets.push(BackedUp {
                meta: meta.clone(),
                record: kept.into_text(),
            }),
            Err(StoreError::Missing(_)) => {}
            Err(err) => return Err(err),
        }
    }
    Ok(Backup {
        vafa_backup: BACKUP_VERSION,
        settings: load_settings().ok().flatten(),
        datasets,
    })
}

/// What a restore did: the new index, how many datasets were stored, and each one skipped with
/// its reason (`name: reason`).
pub struct Restored {
    pub index: Index,
    pub stored: usize,
    pub skipped: Vec<String>,
}

/// Stores every dataset of `backup` that reads back as a new dataset (none shown) and its
/// settings; what was stored before is kept. Stops at the first write that fails, keeping the
/// datasets stored until then.
pub async fn restore_backup(index: &Index, backup: &Backup) -> Result<Restored, StoreError> {
    let mut index = latest(index);
    let mut stored = 0;
    let mut skipped = Vec::new();
    for item in backup.restorable() {
        match item.bytes {
            Ok(bytes) => {
                index = save(&index, item.meta, &bytes, false, None).await?.0;
                stored += 1;
            }
            Err(reason) => skipped.push(format!("{}: {reason}", item.meta.name)),
        }
    }
    if let Some(settings) = &backup.settings {
        save_settings(settings)?;
    }
    Ok(Restored {
        index,
        stored,
        skipped,
    })
}
