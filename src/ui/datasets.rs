//! The dataset panel: the built-in sample and every stored dataset (click to show, delete), the
//! "Import CSV" button and a drop zone, and the notice about the last import. A file that cannot
//! be imported shows why and changes nothing stored.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use web_sys::{DragEvent, File, HtmlInputElement};

use super::state::{AppState, Notice};
use crate::engine::import::{ImportOptions, import_orders};
use crate::i18n::{Msg, group_int, text};
use crate::store::local;

/// How many issues the notice lists; the rest are counted.
const ISSUES_SHOWN: usize = 5;

/// Reads the whole file into memory.
async fn read_bytes(file: &File) -> Result<Vec<u8>, String> {
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|err| format!("the browser could not read {}: {err:?}", file.name()))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Imports `file` as orders, stores it and shows it; on any failure only the notice changes.
async fn import_file(state: AppState, file: File) {
    state.notice.set(Some(Notice::Busy));
    let name = file.name();
    let bytes = match read_bytes(&file).await {
        Ok(bytes) => bytes,
        Err(detail) => return state.fail(Msg::ImportFailed, detail),
    };
    let imported = match import_orders(&bytes, &ImportOptions::default()) {
        Ok(imported) => imported,
        Err(err) => return state.fail(Msg::ImportFailed, format!("{name}: {err}")),
    };
    let kept = u32::try_from(imported.table.len()).unwrap_or(u32::MAX);
    let stored = state
        .index
        .with_untracked(|index| local::save_orders(index, &name, imported.rows, &imported.table));
    match stored {
        Ok(index) => state.index.set(index),
        Err(err) => return state.fail(Msg::StoreFailed, format!("{name}: {err}")),
    }
    let issues = imported
        .issues
        .iter()
        .take(ISSUES_SHOWN)
        .map(ToString::to_string)
        .collect();
    state.notice.set(Some(Notice::Imported {
        name,
        rows: imported.rows,
        kept,
        issues,
        n_issues: imported.issues.len(),
    }));
    state.orders.set(Arc::new(imported.table));
}

/// The list of datasets with import controls.
#[component]
pub fn DatasetPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let locale = state.locale;
    let is_dragging = RwSignal::new(false);

    let on_change = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
        else {
            return;
        };
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            spawn_local(import_file(state, file));
        }
        // Let the same file be chosen again after a failure.
        input.set_value("");
    };
    let on_drop = move |ev: DragEvent| {
        ev.prevent_default();
        is_dragging.set(false);
        if let Some(file) = ev
            .data_transfer()
            .and_then(|dt| dt.files())
            .and_then(|f| f.get(0))
        {
            spawn_local(import_file(state, file));
        }
    };
    let is_active = move |id: Option<&str>| state.index.with(|index| index.active.as_deref() == id);

    view! {
        <aside
            class="dataset-panel"
            class:dragging=move || is_dragging.get()
            on:dragover=move |ev: DragEvent| {
                ev.prevent_default();
                is_dragging.set(true);
            }
            on:dragleave=move |_| is_dragging.set(false)
            on:drop=on_drop
        >
            <h2>{move || text(locale.get(), Msg::Datasets)}</h2>
            <ul class="dataset-list" data-testid="dataset-list">
                <li class:active=move || is_active(None)>
                    <button class="dataset" on:click=move |_| state.show(None)>
                        {move || text(locale.get(), Msg::SampleDataset)}
                    </button>
                </li>
                <For
                    each=move || state.index.with(|index| index.datasets.clone())
                    key=|meta| meta.id.clone()
                    let:meta
                >
                    {
                        let id = meta.id.clone();
                        let show_id = meta.id.clone();
                        let delete_id = meta.id.clone();
                        view! {
                            <li class:active=move || is_active(Some(&id))>
                                <button
                                    class="dataset"
                                    data-testid="stored-dataset"
                                    on:click=move |_| state.show(Some(show_id.clone()))
                                >
                                    <span class="dataset-name">{meta.name.clone()}</span>
                                    <span class="dataset-meta">
                                        {group_int(i64::from(meta.entries))}
                                        " "
                                        {move || text(locale.get(), Msg::Orders)}
                                    </span>
                                </button>
                                <button
                                    class="delete"
                                    title=move || text(locale.get(), Msg::Delete)
                                    aria-label=move || text(locale.get(), Msg::Delete)
                                    on:click=move |_| state.delete(&delete_id)
                                >
                                    "×"
                                </button>
                            </li>
                        }
                    }
                </For>
            </ul>
            <label class="button import-button">
                {move || text(locale.get(), Msg::ImportCsv)}
                <input
                    type="file"
                    class="visually-hidden"
                    accept=".csv,.tsv,.txt,text/csv,text/plain"
                    data-testid="file-input"
                    on:change=on_change
                />
            </label>
            <p class="drop-hint">{move || text(locale.get(), Msg::DropHint)}</p>
            <NoticeView />
        </aside>
    }
}

/// The notice about the last action; file text is shown as text, never as HTML.
#[component]
fn NoticeView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let locale = state.locale;
    move || {
        let loc = locale.get();
        match state.notice.get() {
            None => ().into_any(),
            Some(Notice::Busy) => {
                view! { <p class="notice busy" role="status">{text(loc, Msg::Reading)}</p> }
                    .into_any()
            }
            Some(Notice::Failed { title, detail }) => view! {
                <div class="notice error" role="alert" data-testid="import-error">
                    <strong>{text(loc, title)}</strong>
                    <p>{detail}</p>
                </div>
            }
            .into_any(),
            Some(Notice::Imported { name, rows, kept, issues, n_issues }) => view! {
                <div class="notice success" role="status" data-testid="import-success">
                    <strong>{text(loc, Msg::Imported)} ": " {name}</strong>
                    <p>
                        {group_int(i64::from(rows))} " " {text(loc, Msg::RowsRead)} " · "
                        {group_int(i64::from(kept))} " " {text(loc, Msg::OrdersKept)}
                        {(n_issues > 0)
                            .then(|| {
                                format!(" · {} {}", group_int(n_issues as i64), text(loc, Msg::IssuesFound))
                            })}
                    </p>
                    <ul class="issues">
                        {issues.into_iter().map(|issue| view! { <li>{issue}</li> }).collect_view()}
                    </ul>
                </div>
            }
            .into_any(),
        }
    }
}
