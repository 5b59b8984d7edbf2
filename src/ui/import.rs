//! The import wizard: after a file is chosen or dropped and the worker has read it, a preview of
//! its first rows with the detected kind, layout, encoding and delimiter (each overridable), a
//! role picker per column, the counts of orders to import and rows to skip, and the issues (row,
//! column, value, reason). Nothing is stored before Confirm; Cancel forgets the file.

use std::sync::Arc;

use leptos::prelude::*;

use super::state::{AppState, Notice, Progress};
use super::worker;
use crate::engine::data::{Measure, Orders, Responses, append_new};
use crate::engine::import::{Encoding, Role};
use crate::i18n::{Locale, Msg, fill, group_int, measure_name, role_name, text};
use crate::store::compact::{self, Dataset};
use crate::store::format::DatasetMeta;
use crate::store::local;
use crate::worker::protocol::{InspectionView, OptionsDto, OutcomeView, Phase, Preview};

/// Delimiters offered, with how each is shown.
const DELIMITERS: [(u8, &str); 4] = [(b',', ","), (b';', ";"), (b'\t', "⇥"), (b'|', "|")];

/// A file read by the worker but not stored yet: the options it was read with and the preview.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub options: OptionsDto,
    pub preview: Preview,
    /// The options are those remembered for the file's layout from an earlier import.
    pub remembered: bool,
}

impl Draft {
    /// Whether the user (or a remembered layout) chose anything beyond the detected defaults
    /// that is worth remembering for the next file laid out the same way.
    fn has_choices(&self) -> bool {
        let o = &self.options;
        o.roles.is_some()
            || o.day_first.is_some()
            || !o.measures.is_empty()
            || !o.purchase_statuses.is_empty()
    }
}

/// Remembers the draft's choices for its file layout (its header).
fn remember_layout(draft: &Draft) {
    let Ok(inspection) = &draft.preview.inspection else {
        return;
    };
    if !draft.has_choices() {
        return;
    }
    let Ok(options) = serde_json::to_string(&draft.options) else {
        return;
    };
    let mut layouts = local::load_layouts();
    layouts.remember(&inspection.header, &options);
    if let Err(err) = local::save_layouts(&layouts) {
        leptos::logging::warn!("the layout's choices are not remembered: {err}");
    }
}

/// Where Confirm puts the imported table.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum StoreAs {
    /// A dataset of its own.
    #[default]
    New,
    /// In place of stored dataset `id` (a newer export of the same source).
    Replace(String),
    /// Its orders not stored yet added to stored orders dataset `id`.
    Append(String),
}

/// Stores orders that the worker imported for the open draft, and shows them once stored. When
/// the browser cannot store them, nothing stored before changes and a notice says why. `stored`
/// is their format-2 encoding when the worker made it (off the page's thread).
pub fn store_orders(state: AppState, rows: u32, orders: Orders, stored: Option<Vec<u8>>) {
    store(state, rows, Dataset::Orders(orders), stored);
}

/// Stores imported survey `responses` for the open draft and shows them, as `store_orders`.
pub fn store_responses(state: AppState, rows: u32, responses: Responses) {
    store(state, rows, Dataset::Responses(responses), None);
}

/// The stored entry and format-2 bytes of `dataset`, named `name`; `bytes` when already encoded.
fn encoded(
    name: &str,
    rows: u32,
    dataset: &Dataset,
    bytes: Option<Vec<u8>>,
) -> (DatasetMeta, Vec<u8>) {
    match dataset {
        Dataset::Orders(orders) => (
            DatasetMeta::new(name, "orders", rows, orders.purchase_count(None))
                .with_days(orders.day.iter().copied()),
            bytes.unwrap_or_else(|| compact::encode_orders(orders)),
        ),
        Dataset::Responses(responses) => (
            DatasetMeta::new(name, local::RESPONSES, rows, responses.len())
                .with_days(responses.submitted.iter().flatten().map(|at| at.day())),
            bytes.unwrap_or_else(|| compact::encode_responses(responses)),
        ),
    }
}

/// Saves the open draft's table as `AppState::store_as` says (a new dataset, in place of one,
/// or added to one without the orders it already holds), says how it went and shows the result
/// once stored; the wizard closes at once. Nothing happens when no draft is open (the import
/// was cancelled).
fn store(state: AppState, rows: u32, dataset: Dataset, bytes: Option<Vec<u8>>) {
    let Some(draft) = state.draft.get_untracked() else {
        return;
    };
    state.draft.set(None);
    let store_as = state.store_as.get_untracked();
    state.store_as.set(StoreAs::New);
    let name = draft.preview.name.clone();
    let n_issues = draft
        .preview
        .outcome
        .as_ref()
        .map_or(0, |o| o.n_issues as usize);
    remember_layout(&draft);
    leptos::task::spawn_local(async move {
        let index = state.index.get_untracked();
        let target = match &store_as {
            StoreAs::New => None,
            StoreAs::Replace(id) | StoreAs::Append(id) => {
                index.datasets.iter().find(|m| &m.id == id).cloned()
            }
        };
        let is_responses = matches!(dataset, Dataset::Responses(_));
        // Purchases: orders of a status that does not count are kept, not counted.
        let new_len = match &dataset {
            Dataset::Orders(orders) => orders.purchase_count(None),
            Dataset::Responses(responses) => responses.len(),
        };
        // What is stored: the table itself, or the stored orders with its new ones added.
        let (dataset, rows, appended, bytes) = match (&store_as, &target, dataset) {
            (StoreAs::Append(_), Some(target), Dataset::Orders(newer)) => {
                match local::load(target).await {
                    Ok(Dataset::Orders(stored)) => {
                        let (merged, appended) = append_new(&stored, &newer);
                        (
                            Dataset::Orders(merged),
                            target.rows.saturating_add(rows),
                            Some(appended),
                            None,
                        )
                    }
                    Ok(Dataset::Responses(_)) => {
                        state.fail(Msg::NotSaved, format!("{name}: {}", target.name));
                        return;
                    }
                    Err(err) => {
                        state.fail(Msg::NotSaved, format!("{}: {err}", target.name));
                        return;
                    }
                }
            }
            (_, _, dataset) => (dataset, rows, None, bytes),
        };
        // A replaced or extended dataset keeps its name (the user may have renamed it).
        let label = target.as_ref().map_or(name.clone(), |t| t.name.clone());
        let (meta, bytes) = encoded(&label, rows, &dataset, bytes);
        let replaces = target.as_ref().map(|t| t.id.as_str());
        match local::save(&index, meta, &bytes, true, replaces).await {
            Ok((index, _)) => {
                state.index.set(index);
                state.notice.set(Some(Notice::Imported {
                    name,
                    rows,
                    kept: u32::try_from(new_len).unwrap_or(u32::MAX),
                    n_issues,
                    is_responses,
                    appended: appended.map(|a| (label, a)),
                }));
                match dataset {
                    Dataset::Orders(orders) => state.set_orders(orders),
                    Dataset::Responses(responses) => state.set_responses(responses),
                }
            }
            Err(err) => state.fail(Msg::NotSaved, format!("{name}: {err}")),
        }
    });
}

/// "Store as": a new dataset, or in place of / added to a stored one of the same kind. Shown
/// only when such a dataset is stored.
fn store_as(state: AppState, loc: Locale, is_responses: bool) -> impl IntoView + use<> {
    let kind = if is_responses {
        local::RESPONSES
    } else {
        "orders"
    };
    let targets: Vec<(String, String)> = state.index.with_untracked(|index| {
        index
            .datasets
            .iter()
            .filter(|m| m.kind == kind && m.damaged.is_none())
            .map(|m| (m.id.clone(), m.name.clone()))
            .collect()
    });
    (!targets.is_empty()).then(|| {
        let chosen = state.store_as.get_untracked();
        let options = targets
            .into_iter()
            .flat_map(|(id, name)| {
                let replace = (
                    format!("replace:{id}"),
                    fill(text(loc, Msg::StoreReplace), &[("name", &name)]),
                    chosen == StoreAs::Replace(id.clone()),
                );
                let append = (!is_responses).then(|| {
                    (
                        format!("append:{id}"),
                        fill(text(loc, Msg::StoreAppend), &[("name", &name)]),
                        chosen == StoreAs::Append(id.clone()),
                    )
                });
                std::iter::once(replace).chain(append)
            })
            .map(|(value, label, selected)| view! { <option value=value selected=selected>{label}</option> })
            .collect_view();
        view! {
            <label class="store-as">
                <span>{text(loc, Msg::StoreAs)}</span>
                <select
                    data-testid="store-as"
                    on:change=move |ev| {
                        let value = event_target_value(&ev);
                        let choice = match value.split_once(':') {
                            Some(("replace", id)) => StoreAs::Replace(id.to_owned()),
                            Some(("append", id)) => StoreAs::Append(id.to_owned()),
                            _ => StoreAs::New,
                        };
                        state.store_as.set(choice);
                    }
                >
                    <option value="new" selected=chosen == StoreAs::New>{text(loc, Msg::StoreNew)}</option>
                    {options}
                </select>
            </label>
        }
    })
}

/// The progress bar while the worker reads or parses a file, with Cancel.
#[component]
pub fn ImportProgress() -> impl IntoView {
    let state = expect_context::<AppState>();
    // The bar stays in the page while the phase and the bytes change, so Cancel is one button
    // throughout an import.
    let label = move || {
        let loc = state.locale.get();
        match state.progress.get().map(|p| p.phase) {
            Some(Phase::Reading) => text(loc, Msg::Reading),
            _ => text(loc, Msg::Parsing),
        }
    };
    // While parsing there is no byte count to show: an indeterminate bar.
    let value = move || {
        let Progress { phase, done, total } = state.progress.get()?;
        (phase == Phase::Reading && total > 0.0).then_some(done / total)
    };
    view! {
        <Show when=move || state.progress.with(Option::is_some)>
            <div class="import-progress" role="status" data-testid="import-progress">
                <span>{label}</span>
                <progress max="1" value=value></progress>
                <button class="button secondary" data-testid="import-cancel" on:click=move |_| worker::cancel(state)>
                    {move || text(state.locale.get(), Msg::Cancel)}
                </button>
            </div>
        </Show>
    }
}

/// The wizard, shown while a draft exists.
#[component]
pub fn ImportWizard() -> impl IntoView {
    let state = expect_context::<AppState>();
    // The preview's sentences are in the language it was made in: make it again on a switch.
    Effect::new(move |previous: Option<Locale>| {
        let locale = state.locale.get();
        if previous.is_some_and(|p| p != locale)
            && let Some(draft) = state.draft.get_untracked()
        {
            worker::change_options(state, draft.options.clone());
        }
        locale
    });
    move || {
        let draft = state.draft.get()?;
        let loc = state.locale.get();
        let preview = &draft.preview;
        let Ok(inspection) = &preview.inspection else {
            return None;
        };
        let can_import = preview
            .outcome
            .as_ref()
            .is_ok_and(|outcome| outcome.is_storable);
        Some(view! {
            <section class="card wizard" data-testid="import-wizard" aria-live="polite">
                <h2>{text(loc, Msg::WizardTitle)} ": " <bdi>{preview.name.clone()}</bdi></h2>
                {settings(state, loc, &draft, inspection)}
                {outcome(loc, &preview.outcome)}
                {statuses(state, loc, &draft)}
                {questions(state, loc, &draft)}
                {date_order(state, loc, &draft)}
                {table(state, loc, &draft, inspection)}
                {draft.remembered.then(|| view! {
                    <p class="wizard-hint" data-testid="layout-remembered">{text(loc, Msg::LayoutRemembered)}</p>
                })}
                {store_as(state, loc, preview.outcome.as_ref().is_ok_and(|o| o.is_responses))}
                <p class="wizard-hint">{text(loc, Msg::NothingStoredYet)}</p>
                <div class="wizard-actions">
                    <button
                        class="button"
                        data-testid="wizard-confirm"
                        disabled=!can_import
                        on:click=move |_| worker::take(state)
                    >
                        {text(loc, Msg::Confirm)}
                    </button>
                    <button
                        class="button secondary"
                        data-testid="wizard-cancel"
                        on:click=move |_| {
                            state.store_as.set(StoreAs::New);
                            worker::cancel(state);
                        }
                    >
                        {text(loc, Msg::Cancel)}
                    </button>
                </div>
            </section>
        })
    }
}

/// Detected kind and layout, and the encoding and delimiter pickers.
fn settings(
    state: AppState,
    loc: Locale,
    draft: &Arc<Draft>,
    inspection: &InspectionView,
) -> impl IntoView + use<> {
    let detected = match (&inspection.layout, &inspection.kind) {
        (Some(layout), _) => format!("{} {layout}", text(loc, Msg::LooksLike)),
        (None, Some(kind)) => format!("{}: {kind}", text(loc, Msg::KindLabel)),
        (None, None) => String::new(),
    };
    let (encoding, delimiter) = (inspection.encoding.clone(), inspection.delimiter);
    let on_encoding = {
        let options = draft.options.clone();
        move |ev| {
            let encoding = Some(event_target_value(&ev));
            worker::change_options(
                state,
                OptionsDto {
                    encoding,
                    ..options.clone()
                },
            );
        }
    };
    let on_delimiter = {
        let options = draft.options.clone();
        move |ev| {
            let chosen = event_target_value(&ev);
            let delimiter = DELIMITERS
                .iter()
                .find(|(_, shown)| *shown == chosen)
                .map(|(d, _)| *d);
            worker::change_options(
                state,
                OptionsDto {
                    delimiter,
                    ..options.clone()
                },
            );
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
                        .map(|e| view! { <option value=e.name() selected=e.name() == encoding>{e.name()}</option> })
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
}

/// What Confirm would do: counts and issues, or why the file cannot be imported as it is.
fn outcome(loc: Locale, outcome: &Result<OutcomeView, String>) -> impl IntoView + use<> {
    let outcome = match outcome {
        Ok(outcome) => outcome,
        Err(err) => {
            return view! {
                <div class="notice error" role="alert" data-testid="wizard-error">
                    <strong>{text(loc, Msg::CannotImportYet)}</strong>
                    <p>{err.clone()}</p>
                </div>
            }
            .into_any();
        }
    };
    let kept = i64::from(outcome.kept);
    let skipped = i64::from(outcome.n_issues);
    let left_out = (i64::from(outcome.rows) - kept - skipped).max(0);
    let rows = outcome
        .issues
        .iter()
        .map(|issue| {
            view! {
                <tr>
                    <td>{issue.row}</td>
                    <td><bdi>{issue.column.clone()}</bdi></td>
                    <td><bdi>{issue.value.clone()}</bdi></td>
                    <td>{issue.reason.clone()}</td>
                </tr>
            }
        })
        .collect_view();
    let more = skipped - outcome.issues.len() as i64;
    let is_storable = outcome.is_storable;
    let is_responses = outcome.is_responses;
    view! {
        {(!is_storable).then(|| view! {
            <p class="notice" role="status" data-testid="wizard-not-storable">{text(loc, Msg::StoresOrdersOnly)}</p>
        })}
        <ul class="wizard-counts" data-testid="wizard-counts">
            <li><strong data-testid="wizard-kept">{group_int(kept)}</strong> " " {text(loc, if !is_storable { Msg::RecordsRead } else if is_responses { Msg::ResponsesWillImport } else { Msg::RowsWillImport })}</li>
            <li><strong data-testid="wizard-skipped">{group_int(skipped)}</strong> " " {text(loc, Msg::RowsSkipped)}</li>
            {(is_storable && !is_responses).then(|| view! {
                <li><strong>{group_int(left_out)}</strong> " " {text(loc, Msg::LeftOutByStatus)}</li>
            })}
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
            {(more > 0).then(|| view! { <p class="wizard-hint">{group_int(more)} " " {text(loc, Msg::MoreIssues)}</p> })}
        })}
    }
    .into_any()
}

/// A checkbox per status text of the status column: checked statuses count as purchases.
fn statuses(state: AppState, loc: Locale, draft: &Arc<Draft>) -> impl IntoView + use<> {
    let Ok(outcome) = &draft.preview.outcome else {
        return ().into_any();
    };
    if outcome.statuses.is_empty() {
        return ().into_any();
    }
    let items = outcome
        .statuses
        .iter()
        .enumerate()
        .map(|(i, status)| {
            let options = draft.options.clone();
            let text_of_status = status.status.clone();
            let on_change = move |ev: leptos::ev::Event| {
                let is_purchase = event_target_checked(&ev);
                let mut decided = options.purchase_statuses.clone();
                decided.retain(|(text, _)| *text != text_of_status);
                decided.push((text_of_status.clone(), is_purchase));
                worker::change_options(
                    state,
                    OptionsDto { purchase_statuses: decided, ..options.clone() },
                );
            };
            view! {
                <li>
                    <label>
                        <input
                            type="checkbox"
                            data-testid=format!("status-{i}")
                            checked=status.is_purchase == Some(true)
                            on:change=on_change
                        />
                        <bdi>{status.status.clone()}</bdi>
                        " · " {group_int(i64::from(status.rows))} " " {text(loc, Msg::RowsWord)}
                        {status
                            .is_purchase
                            .is_none()
                            .then(|| view! { <em class="unknown">" — " {text(loc, Msg::UnknownStatusMark)}</em> })}
                    </label>
                </li>
            }
        })
        .collect_view();
    view! {
        <fieldset class="wizard-statuses" data-testid="wizard-statuses">
            <legend>{text(loc, Msg::PurchaseStatuses)}</legend>
            <ul>{items}</ul>
            <p class="wizard-hint" data-testid="wizard-statuses-later">
                {text(loc, Msg::StatusesLater)}
            </p>
        </fieldset>
    }
    .into_any()
}

/// A survey's score questions: what each measures (from its wording), correctable, and the
/// scale read from its answers.
fn questions(state: AppState, loc: Locale, draft: &Arc<Draft>) -> impl IntoView + use<> {
    let Ok(outcome) = &draft.preview.outcome else {
        return ().into_any();
    };
    if outcome.questions.is_empty() {
        return ().into_any();
    }
    let items = outcome
        .questions
        .iter()
        .map(|question| {
            let options = draft.options.clone();
            let column = question.column;
            let on_change = move |ev: leptos::ev::Event| {
                let mut measures = options.measures.clone();
                measures.retain(|(col, _)| *col != column);
                measures.push((column, event_target_value(&ev)));
                worker::change_options(state, OptionsDto { measures, ..options.clone() });
            };
            let current = question.measure.clone();
            let choices = Measure::ALL
                .into_iter()
                .map(|measure| {
                    let name = measure.name();
                    view! {
                        <option value=name selected=current == name>
                            {measure_name(loc, measure)}
                        </option>
                    }
                })
                .collect_view();
            view! {
                <li>
                    <bdi class="question-text" id=format!("question-{column}")>{question.text.clone()}</bdi>
                    <select data-testid=format!("measure-{column}") aria-labelledby=format!("question-{column}") on:change=on_change>
                        {choices}
                    </select>
                    <span class="wizard-hint">{fill(text(loc, Msg::ScaleRead), &[("scale", &question.scale)])}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <fieldset class="wizard-questions" data-testid="wizard-questions">
            <legend>{text(loc, Msg::QuestionsLegend)}</legend>
            <ul>{items}</ul>
        </fieldset>
    }
    .into_any()
}

/// The question "day first or month first?" for order dates that read either way: each choice
/// shows what the file's first such date becomes.
fn date_order(state: AppState, loc: Locale, draft: &Arc<Draft>) -> impl IntoView + use<> {
    let Some(order) = draft
        .preview
        .outcome
        .as_ref()
        .ok()
        .and_then(|outcome| outcome.date_order.clone())
    else {
        return ().into_any();
    };
    let choice = |day_first: bool| {
        let options = draft.options.clone();
        let (label, reads_as) = if day_first {
            (Msg::DayFirst, order.as_day_first.clone())
        } else {
            (Msg::MonthFirst, order.as_month_first.clone())
        };
        let on_change = move |_| {
            worker::change_options(
                state,
                OptionsDto {
                    day_first: Some(day_first),
                    ..options.clone()
                },
            );
        };
        view! {
            <label>
                <input
                    type="radio"
                    name="date-order"
                    data-testid=if day_first { "date-order-day-first" } else { "date-order-month-first" }
                    checked=order.day_first == day_first
                    disabled=reads_as.is_none()
                    on:change=on_change
                />
                {text(loc, label)} " → " <bdi dir="ltr">{reads_as.unwrap_or_else(|| "—".to_owned())}</bdi>
            </label>
        }
    };
    view! {
        <fieldset class="wizard-date-order" data-testid="wizard-date-order">
            <legend>
                {text(loc, Msg::DateOrderLegend)} " " <bdi dir="ltr">{order.example.clone()}</bdi>
                " (" {group_int(i64::from(order.values))} " " {text(loc, Msg::RowsWord)} ")"
            </legend>
            {order.is_guess.then(|| view! { <p class="notice" role="status">{text(loc, Msg::DateOrderGuess)}</p> })}
            {choice(true)}
            {choice(false)}
        </fieldset>
    }
    .into_any()
}

/// The first rows, with a role picker above each column.
fn table(
    state: AppState,
    loc: Locale,
    draft: &Arc<Draft>,
    inspection: &InspectionView,
) -> impl IntoView + use<> {
    let pickers = inspection
        .header
        .iter()
        .enumerate()
        .map(|(col, name)| {
            let current = inspection.roles.get(col).cloned().flatten();
            let roles = inspection.roles.clone();
            let options = draft.options.clone();
            let on_change = move |ev| {
                let chosen = event_target_value(&ev);
                let mut roles = roles.clone();
                if roles.len() <= col {
                    roles.resize(col + 1, None);
                }
                if let Some(slot) = roles.get_mut(col) {
                    *slot = (!chosen.is_empty()).then_some(chosen);
                }
                worker::change_options(state, OptionsDto { roles: Some(roles), ..options.clone() });
            };
            let is_current = |r: Role| current.as_deref() == Some(r.name());
            // The roles of the detected kind in its order, plus the column's own role if the user
            // gave it one of another kind.
            let mut choices: Vec<Role> = inspection
                .role_choices
                .iter()
                .filter_map(|name| Role::ALL.into_iter().find(|r| r.name() == name))
                .collect();
            let own = Role::ALL.into_iter().find(|&r| is_current(r));
            if let Some(own) = own.filter(|own| !choices.contains(own)) {
                choices.push(own);
            }
            view! {
                <th>
                    <bdi class="column-name" id=format!("column-{col}")>{name.clone()}</bdi>
                    <select data-testid=format!("role-{col}") aria-labelledby=format!("column-{col}") on:change=on_change>
                        <option value="" selected=!choices.iter().any(|&r| is_current(r))>{text(loc, Msg::IgnoreColumn)}</option>
                        {choices
                            .into_iter()
                            .map(|r| view! { <option value=r.name() selected=is_current(r)>{role_name(loc, r)}</option> })
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
}
