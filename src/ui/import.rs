//! The import wizard: after a file is chosen or dropped, a preview of its first rows with the
//! detected kind, layout, encoding and delimiter (each overridable), a role picker per column,
//! the counts of orders to import and rows to skip, and the issues (row, column, value, reason).
//! Nothing is stored before Confirm; Cancel forgets the file.

use std::sync::Arc;

use leptos::prelude::*;

use super::state::{AppState, Notice};
use crate::engine::data::Orders;
use crate::engine::import::{
    Encoding, ImportError, ImportOptions, Imported, Inspection, Role, import_orders, inspect,
};
use crate::i18n::{Locale, Msg, group_int, kind_name, reason_text, role_name, text};
use crate::store::local;

/// Rows shown in the preview.
const PREVIEW_ROWS: usize = 8;
/// Issues listed; the rest are counted.
const ISSUES_SHOWN: usize = 20;
/// Delimiters offered, with how each is shown.
const DELIMITERS: [(u8, &str); 4] = [(b',', ","), (b';', ";"), (b'\t', "⇥"), (b'|', "|")];

/// A file read but not yet stored, with what the importer made of it under `options`.
#[derive(Debug, Clone)]
pub struct Draft {
    pub name: String,
    pub bytes: Arc<[u8]>,
    pub options: ImportOptions,
    pub inspection: Result<Inspection, ImportError>,
    pub imported: Result<Imported<Orders>, ImportError>,
}

impl Draft {
    /// Inspects and imports `bytes` under `options`.
    pub fn new(name: String, bytes: Arc<[u8]>, options: ImportOptions) -> Draft {
        let inspection = inspect(&bytes, &options, PREVIEW_ROWS);
        let imported = import_orders(&bytes, &options);
        Draft {
            name,
            bytes,
            options,
            inspection,
            imported,
        }
    }

    /// The same file under changed options.
    fn with(&self, change: impl FnOnce(&mut ImportOptions)) -> Draft {
        let mut options = self.options.clone();
        change(&mut options);
        Draft::new(self.name.clone(), Arc::clone(&self.bytes), options)
    }

    /// Roles per column as the user sees them now.
    fn roles(&self) -> Vec<Option<Role>> {
        match &self.inspection {
            Ok(inspection) => inspection.roles.clone(),
            Err(_) => Vec::new(),
        }
    }
}

/// Stores the draft's orders and shows them; on a failed write nothing stored changes.
fn confirm(state: AppState, draft: &Draft) {
    let Ok(imported) = &draft.imported else {
        return;
    };
    let name = draft.name.clone();
    let stored = state
        .index
        .with_untracked(|index| local::save_orders(index, &name, imported.rows, &imported.table));
    match stored {
        Ok(index) => state.index.set(index),
        Err(err) => return state.fail(Msg::StoreFailed, format!("{name}: {err}")),
    }
    state.notice.set(Some(Notice::Imported {
        name,
        rows: imported.rows,
        kept: u32::try_from(imported.table.len()).unwrap_or(u32::MAX),
        n_issues: imported.issues.len(),
    }));
    state.orders.set(Arc::new(imported.table.clone()));
    state.draft.set(None);
}

/// The wizard, shown while a draft exists.
#[component]
pub fn ImportWizard() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let draft = state.draft.get()?;
        let loc = state.locale.get();
        Some(view! {
            <section class="card wizard" data-testid="import-wizard" aria-live="polite">
                <h2>{text(loc, Msg::WizardTitle)} ": " <bdi>{draft.name.clone()}</bdi></h2>
                {settings(state, loc, &draft)}
                {outcome(loc, &draft)}
                {preview(state, loc, &draft)}
                <p class="wizard-hint">{text(loc, Msg::NothingStoredYet)}</p>
                <div class="wizard-actions">
                    <button
                        class="button"
                        data-testid="wizard-confirm"
                        disabled=draft.imported.is_err()
                        on:click={
                            let draft = Arc::clone(&draft);
                            move |_| confirm(state, &draft)
                        }
                    >
                        {text(loc, Msg::Confirm)}
                    </button>
                    <button
                        class="button secondary"
                        data-testid="wizard-cancel"
                        on:click=move |_| state.draft.set(None)
                    >
                        {text(loc, Msg::Cancel)}
                    </button>
                </div>
            </section>
        })
    }
}

/// Detected kind and layout, and the encoding and delimiter pickers.
fn settings(state: AppState, loc: Locale, draft: &Arc<Draft>) -> impl IntoView + use<> {
    let Ok(inspection) = &draft.inspection else {
        return ().into_any();
    };
    let detected = match (inspection.layout, inspection.kind) {
        (Some(layout), _) => format!("{} {layout}", text(loc, Msg::LooksLike)),
        (None, Some(kind)) => format!("{}: {}", text(loc, Msg::KindLabel), kind_name(loc, kind)),
        (None, None) => String::new(),
    };
    let (encoding, delimiter) = (inspection.encoding, inspection.delimiter);
    let on_encoding = {
        let draft = Arc::clone(draft);
        move |ev| {
            let chosen = event_target_value(&ev);
            let encoding = Encoding::ALL.into_iter().find(|e| e.name() == chosen);
            state
                .draft
                .set(Some(Arc::new(draft.with(|o| o.encoding = encoding))));
        }
    };
    let on_delimiter = {
        let draft = Arc::clone(draft);
        move |ev| {
            let chosen = event_target_value(&ev);
            let delimiter = DELIMITERS
                .iter()
                .find(|(_, shown)| *shown == chosen)
                .map(|(d, _)| *d);
            state
                .draft
                .set(Some(Arc::new(draft.with(|o| o.delimiter = delimiter))));
        }
    };
    view! {
        <p class="wizard-detected" data-testid="wizard-detected">{detected}</p>
        <div class="wizard-settings">
            <label>
                {text(loc, Msg::EncodingLabel)}
                <select data-testid="wizard-encoding" on:change=on_encoding>
                    {Encoding::ALL
                        .into_iter()
                        .map(|e| view! { <option value=e.name() selected=e == encoding>{e.name()}</option> })
                        .collect_view()}
                </select>
            </label>
            <label>
                {text(loc, Msg::DelimiterLabel)}
                <select data-testid="wizard-delimiter" on:change=on_delimiter>
                    {DELIMITERS
                        .iter()
                        .map(|(d, shown)| {
                            let label = if *d == b'\t' { text(loc, Msg::Tab) } else { shown };
                            view! { <option value=*shown selected=*d == delimiter>{label}</option> }
                        })
                        .collect_view()}
                </select>
            </label>
        </div>
    }
    .into_any()
}

/// What Confirm would do: counts and issues, or why the file cannot be imported as it is.
fn outcome(loc: Locale, draft: &Draft) -> impl IntoView + use<> {
    let imported = match &draft.imported {
        Ok(imported) => imported,
        Err(err) => {
            return view! {
                <div class="notice error" role="alert" data-testid="wizard-error">
                    <strong>{text(loc, Msg::CannotImportYet)}</strong>
                    <p>{err.to_string()}</p>
                </div>
            }
            .into_any();
        }
    };
    let kept = imported.table.len() as i64;
    let skipped = imported.issues.len() as i64;
    let left_out = (i64::from(imported.rows) - kept - skipped).max(0);
    let rows = imported
        .issues
        .iter()
        .take(ISSUES_SHOWN)
        .map(|issue| {
            view! {
                <tr>
                    <td>{issue.row}</td>
                    <td><bdi>{issue.column.clone()}</bdi></td>
                    <td><bdi>{issue.value.clone()}</bdi></td>
                    <td>{reason_text(loc, &issue.reason)}</td>
                </tr>
            }
        })
        .collect_view();
    let more = imported.issues.len().saturating_sub(ISSUES_SHOWN);
    view! {
        <ul class="wizard-counts" data-testid="wizard-counts">
            <li><strong data-testid="wizard-kept">{group_int(kept)}</strong> " " {text(loc, Msg::RowsWillImport)}</li>
            <li><strong data-testid="wizard-skipped">{group_int(skipped)}</strong> " " {text(loc, Msg::RowsSkipped)}</li>
            <li><strong>{group_int(left_out)}</strong> " " {text(loc, Msg::LeftOutByStatus)}</li>
        </ul>
        {(skipped > 0).then(|| view! {
            <table class="issues-table" data-testid="wizard-issues">
                <thead><tr>
                    <th>{text(loc, Msg::RowLabel)}</th>
                    <th>{text(loc, Msg::ColumnLabel)}</th>
                    <th>{text(loc, Msg::ValueLabel)}</th>
                    <th>{text(loc, Msg::ReasonLabel)}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
            {(more > 0).then(|| view! { <p class="wizard-hint">{group_int(more as i64)} " " {text(loc, Msg::MoreIssues)}</p> })}
        })}
    }
    .into_any()
}

/// The first rows, with a role picker above each column.
fn preview(state: AppState, loc: Locale, draft: &Arc<Draft>) -> impl IntoView + use<> {
    let Ok(inspection) = &draft.inspection else {
        return ().into_any();
    };
    let roles = draft.roles();
    let pickers = inspection
        .header
        .iter()
        .enumerate()
        .map(|(col, name)| {
            let current = roles.get(col).copied().flatten();
            let draft = Arc::clone(draft);
            let on_change = move |ev| {
                let chosen = event_target_value(&ev);
                let role = Role::ALL.into_iter().find(|r| r.name() == chosen);
                let mut roles = draft.roles();
                if roles.len() <= col {
                    roles.resize(col + 1, None);
                }
                if let Some(slot) = roles.get_mut(col) {
                    *slot = role;
                }
                state.draft.set(Some(Arc::new(draft.with(|o| o.roles = Some(roles)))));
            };
            view! {
                <th>
                    <bdi class="column-name">{name.clone()}</bdi>
                    <select data-testid=format!("role-{col}") on:change=on_change>
                        <option value="" selected=current.is_none()>{text(loc, Msg::IgnoreColumn)}</option>
                        {Role::ALL
                            .into_iter()
                            .map(|r| view! { <option value=r.name() selected=current == Some(r)>{role_name(loc, r)}</option> })
                            .collect_view()}
                    </select>
                </th>
            }
        })
        .collect_view();
    let body = inspection
        .rows
        .iter()
        .map(|row| {
            let cells = row
                .iter()
                .map(|cell| view! { <td><bdi>{cell.clone()}</bdi></td> })
                .collect_view();
            view! { <tr>{cells}</tr> }
        })
        .collect_view();
    view! {
        <div class="preview-scroll">
            <table class="preview" data-testid="wizard-preview">
                <caption>{text(loc, Msg::PreviewCaption)}</caption>
                <thead><tr>{pickers}</tr></thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
    .into_any()
}
