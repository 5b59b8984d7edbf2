//! The Web Worker that reads, decodes, parses and types imported files off the main thread, so
//! the page never freezes on a large file. `protocol` holds the messages (pure, tested natively);
//! `scope` is the worker's event loop (browser only). The page talks to it from `ui::worker`.

pub mod protocol;
pub mod report;
#[cfg(target_arch = "wasm32")]
pub mod scope;
