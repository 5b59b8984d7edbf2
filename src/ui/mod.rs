//! The page, in Leptos (client-side rendering). `App` provides one `AppState`; each screen area
//! is a module. Numbers come from the engine's `Report`, words from `i18n`.

mod aov;
mod app;
mod benchmarks;
mod breakdown;
mod chart;
mod choice;
mod clv;
mod cohorts;
mod crr;
mod curves;
mod dashboard;
mod datasets;
mod download;
mod export;
mod filter;
mod gaps;
mod import;
mod lifecycle;
pub(crate) mod numbers;
mod reporter;
mod rfm;
mod sentiment;
mod settings;
mod state;
mod survey;
mod survey_settings;
pub(crate) mod table;
mod theme;
mod toggles;
mod worker;
mod zoom;

pub use app::App;

/// Mounts the app on `<body>`.
pub fn mount() {
    leptos::mount::mount_to_body(App);
}
