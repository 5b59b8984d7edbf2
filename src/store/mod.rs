//! Browser persistence of datasets. `compact` (format 2) and `format` (the index, format-1
//! records, settings) own the versioned stored encodings, `responses` a survey's record, `backup`
//! the backup file — all pure, tested natively; `local` keeps them in localStorage through
//! gloo-storage and `idb` in IndexedDB when localStorage is full (browser only).
//! Invariant: a dataset record is written before the index that names it, so a failed write
//! leaves the previous index, and every dataset it lists, untouched.

pub mod backup;
pub mod compact;
pub mod format;
#[cfg(target_arch = "wasm32")]
pub mod idb;
#[cfg(target_arch = "wasm32")]
pub mod local;
pub mod responses;
