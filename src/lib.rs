//! Vafa: customer retention and satisfaction metrics from CSV exports, computed in the browser.
//!
//! `engine`, `charts` and `store::format` are pure and build natively; `store::local` and `ui`
//! are browser-only.

pub mod charts;
pub mod engine;
pub mod i18n;
pub mod store;
pub mod worker;

#[cfg(target_arch = "wasm32")]
pub mod ui;
