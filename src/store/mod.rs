//! Browser persistence of datasets. `format` owns the versioned stored encoding (pure, tested
//! natively); `local` reads and writes it in localStorage through gloo-storage (browser only).
//! Invariant: a dataset record is written before the index that names it, so a failed write
//! leaves the previous index, and every dataset it lists, untouched.

pub mod format;
#[cfg(target_arch = "wasm32")]
pub mod local;
pub mod responses;
