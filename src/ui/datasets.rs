//! The dataset panel: the built-in sample and every stored dataset (click to show, delete), the
//! "Import CSV" button and a drop zone, and the notice about the last import. A file that cannot
//! be imported shows why and changes nothing stored.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DragEvent, File, HtmlInputElement};

use super::import::ImportProgress;
use super::numbers::show_day;
use super::state::{AppState, Notice};
use super::worker;
use crate::i18n::{Msg, decimal, fill, group_int, text};
use crate::store::format::{DatasetMeta, Place};
use crate::store::local;

/// The file chosen in the `<input type=file>` that fired `ev`; the input is cleared so that the
/// same file can be chosen again (after a failure, say).
fn take_chosen_file(ev: &leptos::ev::Event) -> Option<File> {
    let input = ev
        .target()
        .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())?;
    let file = input.files().and_then(|files| files.get(0));
    input.set_value("");
    file
}

/// The list of datasets with import controls.
#[component]
pub fn DatasetPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let locale = state.locale;
    let is_dragging = RwSignal::new(false);

    let on_change = move |ev: leptos::ev::Event| {
        if let Some(file) = take_chosen_file(&ev) {
            worker::open(state, file);
        }
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
    let on_restore = move |ev: leptos::ev::Event| {
        if let Some(file) = take_chosen_file(&ev) {
            leptos::task::spawn_local(async move {
                match wasm_bindgen_futures::JsFuture::from(file.text()).await {
                    Ok(text) => state.restore(text.as_string().unwrap_or_default()),
                    Err(err) => state.fail(Msg::RestoreFailed, format!("{err:?}")),
                }
            });
        }
    };

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
                    key=|meta| (meta.id.clone(), meta.name.clone(), meta.damaged.clone())
                    let:meta
                >
                    <StoredDataset meta />
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
            <div class="backup-row">
                <Show when=move || state.index.with(|index| !index.datasets.is_empty())>
                    <button class="link" data-testid="backup" on:click=move |_| state.backup()>
                        {move || text(locale.get(), Msg::Backup)}
                    </button>
                </Show>
                <label class="link">
                    {move || text(locale.get(), Msg::Restore)}
                    <input
                        type="file"
                        class="visually-hidden"
                        accept=".json,application/json"
                        data-testid="restore-input"
                        on:change=on_restore
                    />
                </label>
            </div>
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

/// `bytes` as `38 KB` or `1.4 MB`.
fn size_text(bytes: u64) -> String {
    if bytes < 1_000_000 {
        format!("{} KB", group_int(bytes.div_ceil(1000) as i64))
    } else {
        format!("{} MB", decimal(Some(bytes as f64 / 1e6), 1))
    }
}

/// One stored dataset in the list: click to show; its size, date range and where it is kept;
/// rename and delete. A dataset set aside says why it cannot be read.
#[component]
fn StoredDataset(meta: DatasetMeta) -> impl IntoView {
    let state = expect_context::<AppState>();
    let locale = state.locale;
    let renaming = RwSignal::new(false);
    let id = meta.id.clone();
    let is_active = {
        let id = id.clone();
        move || {
            state
                .index
                .with(|index| index.active.as_deref() == Some(id.as_str()))
        }
    };
    let noun = if meta.kind == local::RESPONSES {
        Msg::ResponsesCount
    } else {
        Msg::OrdersCount
    };
    let calendar = state.calendar;
    let (first_day, last_day) = (meta.first_day.clone(), meta.last_day.clone());
    let range = move || match (&first_day, &last_day) {
        (Some(first), Some(last)) if first == last => {
            format!(" · {}", show_day(first, calendar.get()))
        }
        (Some(first), Some(last)) => format!(
            " · {} – {}",
            show_day(first, calendar.get()),
            show_day(last, calendar.get())
        ),
        _ => String::new(),
    };
    let size = (meta.bytes > 0).then(|| format!(" · {}", size_text(meta.bytes)));
    let place = match meta.place {
        Place::Local => Msg::InLocalStorage,
        Place::IndexedDb => Msg::InIndexedDb,
    };
    let damaged = meta.damaged.clone();
    let (show_id, delete_id, rename_id) = (id.clone(), id.clone(), id);
    let name = meta.name.clone();
    let commit = move |value: String| {
        renaming.set(false);
        state.rename(&rename_id, &value);
    };
    view! {
        <li class:active=is_active class:damaged=damaged.is_some()>
            <Show
                when=move || renaming.get()
                fallback={
                    let name = name.clone();
                    let damaged = damaged.clone();
                    let show_id = show_id.clone();
                    move || {
                        let show_id = show_id.clone();
                        view! {
                            <button
                                class="dataset"
                                data-testid="stored-dataset"
                                on:click=move |_| state.show(Some(show_id.clone()))
                            >
                                <span class="dataset-name" title=name.clone()>
                                    <bdi>{name.clone()}</bdi>
                                </span>
                                <span class="dataset-meta" data-testid="dataset-meta">
                                    {group_int(i64::from(meta.entries))}
                                    " "
                                    {move || text(locale.get(), noun)}
                                    {range.clone()}
                                    {size.clone()}
                                    " · "
                                    {move || text(locale.get(), place)}
                                </span>
                                {damaged.clone().map(|reason| view! {
                                    <span class="dataset-damaged" data-testid="dataset-damaged">
                                        {move || text(locale.get(), Msg::DamagedLabel)} ": " {reason.clone()}
                                    </span>
                                })}
                            </button>
                        }
                    }
                }
            >
                <input
                    class="rename-input"
                    data-testid="rename-input"
                    aria-label=move || text(locale.get(), Msg::RenameLabel)
                    prop:value=meta.name.clone()
                    on:keydown={
                        let commit = commit.clone();
                        move |ev: leptos::ev::KeyboardEvent| match ev.key().as_str() {
                            "Enter" => commit(event_target_value(&ev)),
                            "Escape" => renaming.set(false),
                            _ => {}
                        }
                    }
                    on:blur={
                        let commit = commit.clone();
                        move |ev| {
                            if renaming.get_untracked() {
                                commit(event_target_value(&ev));
                            }
                        }
                    }
                />
            </Show>
            <button
                class="rename"
                data-testid="rename"
                title=move || text(locale.get(), Msg::Rename)
                aria-label=move || text(locale.get(), Msg::Rename)
                on:click=move |_| renaming.set(true)
            >
                "✎"
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
            Some(Notice::Imported { name, rows, kept, n_issues, is_responses, appended }) => view! {
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
                    {appended.map(|(target, a)| view! {
                        <p data-testid="appended">
                            {fill(text(loc, Msg::AppendedDetail), &[
                                ("added", &group_int(a.added as i64)),
                                ("name", &target),
                                ("duplicates", &group_int(a.duplicates as i64)),
                            ])}
                        </p>
                    })}
                </div>
            }
            .into_any(),
            Some(Notice::Restored { stored, skipped }) => view! {
                <div class="notice success" role="status" data-testid="restore-notice">
                    <strong>{text(loc, Msg::Restored)}</strong>
                    <p>{fill(text(loc, Msg::RestoredDetail), &[("n", &group_int(stored as i64))])}</p>
                    {(!skipped.is_empty()).then(|| view! {
                        <p>{text(loc, Msg::Skipped)} ":"</p>
                        <ul>{skipped.into_iter().map(|s| view! { <li><bdi>{s}</bdi></li> }).collect_view()}</ul>
                    })}
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
                                on:click=move |_| state.undo_delete(deleted.clone())
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
