//! The pure engine: bytes in, `Report` out. No browser crate, no clock, no IO, no logging, so it
//! builds and tests natively in seconds and the CLI computes exactly what the page shows.

pub mod data;
pub mod export;
pub mod import;
pub mod metrics;
pub mod report;
pub mod sample;
