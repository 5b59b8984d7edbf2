//! The export buttons of the cards: "PNG" under every chart saves its canvas as drawn
//! (`vafa-crr.png`), "CSV" above every data table saves the table's header and rows as the page
//! shows them (`vafa-breakdown.csv`), written by `engine::export::table_csv` with its formula
//! guard. A file that cannot be made is a caption beside the button, never a panic.

use leptos::html::Canvas;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

use super::download::{click_download, download_text};
use super::state::AppState;
use crate::engine::export::table_csv;
use crate::i18n::{Msg, text};

/// A table as the page shows it: the header's cells, then each row's.
pub type TableText = (Vec<String>, Vec<Vec<String>>);

/// A small button with its visible `label`, its longer `title` (also its accessible name) and a
/// caption when `export` fails.
fn export_button(
    testid: String,
    label: Msg,
    title: Msg,
    export: impl Fn() -> Result<(), JsValue> + 'static,
) -> impl IntoView {
    let locale = expect_context::<AppState>().locale;
    let failed = RwSignal::new(false);
    let on_click = move |_| match export() {
        Ok(()) => failed.set(false),
        Err(err) => {
            leptos::logging::warn!("export: {err:?}");
            failed.set(true);
        }
    };
    view! {
        <span class="export">
            <button
                type="button"
                class="button secondary small"
                data-testid=testid
                title=move || text(locale.get(), title)
                aria-label=move || text(locale.get(), title)
                on:click=on_click
            >
                {move || text(locale.get(), label)}
            </button>
            <Show when=move || failed.get()>
                <span class="chart-error" role="alert">{move || text(locale.get(), Msg::ExportFailed)}</span>
            </Show>
        </span>
    }
}

/// "PNG": downloads `canvas` as drawn, as `vafa-{name}.png`.
#[component]
pub fn ExportPng(canvas: NodeRef<Canvas>, name: &'static str) -> impl IntoView {
    let export = move || {
        let canvas = canvas
            .get_untracked()
            .ok_or_else(|| JsValue::from_str("the chart has no canvas"))?;
        let url = canvas.to_data_url_with_type("image/png")?;
        click_download(&format!("vafa-{name}.png"), &url)
    };
    export_button(
        format!("png-{name}"),
        Msg::ChartPng,
        Msg::ChartPngLabel,
        export,
    )
}

/// "CSV": downloads what `table` gives when clicked as `vafa-{name}.csv` (UTF-8 with a byte-order
/// mark, so that spreadsheet programs read Persian and Arabic text).
#[component]
pub fn ExportCsv(
    name: &'static str,
    #[prop(into)] table: Callback<(), TableText>,
) -> impl IntoView {
    let export = move || {
        let (header, rows) = untrack(|| table.run(()));
        let csv = format!("\u{feff}{}", table_csv(&header, &rows));
        download_text(&format!("vafa-{name}.csv"), "text/csv;charset=utf-8", &csv)
    };
    export_button(
        format!("csv-{name}"),
        Msg::TableCsv,
        Msg::TableCsvLabel,
        export,
    )
}
