//! The dataset panel: the built-in sample and every stored dataset (click to show, delete), the
//! "Import CSV" button and a drop zone, and the notice about the last import. A file that cannot
//! be imported shows why and changes nothing stored.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DragEvent, HtmlInputElement};

use super::import::ImportProgress;
use super::state::{AppState, Notice};
use super::worker;
use crate::i18n::{Msg, group_int, text};
use crate::store::local;

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
            worker::open(state, file);
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
            worker::open(state, file);
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
                                    <span class="dataset-name" title=meta.name.clone()>
                                        {meta.name.clone()}
                                    </span>
                                    <span class="dataset-meta">
                                        {group_int(i64::from(meta.entries))}
                                        " "
                                        {
                                            let noun = if meta.kind == local::RESPONSES {
                                                Msg::ResponsesCount
                                            } else {
                                                Msg::OrdersCount
                                            };
                                            move || text(locale.get(), noun)
                                        }
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
            <ImportProgress />
            <NoticeView />
            <Show when=move || state.index.with(|index| !index.datasets.is_empty())>
                <button
                    class="forget"
                    data-testid="forget-everything"
                    on:click=move |_| {
                        let question = text(locale.get_untracked(), Msg::ForgetConfirm);
                        let is_sure = web_sys::window()
                            .and_then(|window| window.confirm_with_message(question).ok())
                            .unwrap_or(false);
                        if is_sure {
                            state.forget_everything();
                        }
                    }
                >
                    {move || text(locale.get(), Msg::ForgetEverything)}
                </button>
            </Show>
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
            Some(Notice::Failed { title, detail }) => view! {
                <div class="notice error" role="alert" data-testid="import-error">
                    <strong>{text(loc, title)}</strong>
                    <p>{detail}</p>
                </div>
            }
            .into_any(),
            Some(Notice::Imported { name, rows, kept, n_issues, is_responses }) => view! {
                <div class="notice success" role="status" data-testid="import-success">
                    <strong>{text(loc, Msg::Imported)} ": " {name}</strong>
                    <p>
                        {group_int(i64::from(rows))} " " {text(loc, Msg::RowsRead)} " · "
                        {group_int(i64::from(kept))} " " {text(loc, if is_responses { Msg::ResponsesKept } else { Msg::OrdersKept })}
                        {(n_issues > 0)
                            .then(|| {
                                format!(" · {} {}", group_int(n_issues as i64), text(loc, Msg::IssuesFound))
                            })}
                    </p>
                </div>
            }
            .into_any(),
            Some(Notice::Deleted(deleted)) => {
                let name = deleted.meta.name.clone();
                view! {
                    <div class="notice" role="status" data-testid="delete-notice">
                        <p>
                            {text(loc, Msg::DeletedDataset)} ": " <bdi>{name}</bdi> " "
                            <button
                                class="link"
                                data-testid="undo-delete"
                                on:click=move |_| state.undo_delete(&deleted)
                            >
                                {text(loc, Msg::Undo)}
                            </button>
                        </p>
                    </div>
                }
                .into_any()
            }
        }
    }
}
