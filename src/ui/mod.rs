//! The page, in Leptos (client-side rendering). `App` provides one `AppState`; each screen area
//! is a module. Numbers come from the engine's `Report`, words from `i18n`.

mod app;
mod chart;
mod cohorts;
mod crr;
mod dashboard;
mod datasets;
mod import;
mod state;
mod worker;

pub use app::App;

/// Mounts the app on `<body>`.
pub fn mount() {
    leptos::mount::mount_to_body(App);
}
