//! App-wide state: one `Copy` struct of signals, provided by `App` and read with
//! `expect_context::<AppState>()`. The reports are derived from the active orders or survey
//! responses, never synced.

use std::collections::BTreeMap;
use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::StorageEvent;

use super::download::download_text;
use super::import::{Draft, StoreAs};
use super::numbers::{intl_symbols, native_numerals};
use super::reporter;
use crate::charts::heatmap::Retention;
use crate::engine::data::{
    Appended, CHOOSABLE_STATUSES, Calendar, Measure, Orders, OrdersFilter, Period, Responses,
};
use crate::engine::metrics::ces::{CesConfig, Direction};
use crate::engine::metrics::csat::CsatConfig;
use crate::engine::metrics::satisfaction::SurveyConfig;
use crate::engine::report::{
    OrdersConfig, OrdersReport, ResponsesConfig, ResponsesReport, orders_report, responses_report,
};
use crate::engine::sample::sample_orders;
use crate::i18n::{Locale, Msg, NumberSymbols, Numerals, set_symbols};
use crate::store::backup::Backup;
use crate::store::compact::Dataset;
use crate::store::format::{INDEX_VERSION, Index, SettingsRecord, SurveyChoice, UrlSettings};
use crate::store::local;
use crate::worker::protocol::Phase;

/// A message about the last action, shown in the dataset panel.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    /// Something failed; `title` says what, `detail` why (file name, row, column, value…).
    Failed { title: Msg, detail: String },
    /// A file was imported and stored.
    Imported {
        name: String,
        rows: u32,
        kept: u32,
        n_issues: usize,
        /// The file held survey responses (else orders).
        is_responses: bool,
        /// Set when its orders were added to a stored dataset: that dataset's name, and how many
        /// were new.
        appended: Option<(String, Appended)>,
    },
    /// A dataset was deleted; Undo puts it back.
    Deleted(local::Deleted),
    /// A backup was restored: how many datasets were stored, and those skipped (`name: why`).
    Restored { stored: usize, skipped: Vec<String> },
}

/// The state every component shares.
#[derive(Clone, Copy)]
pub struct AppState {
    pub locale: RwSignal<Locale>,
    /// The digits the user chose; `None`: the language's own (Latin, Persian, Arabic-Indic).
    pub numerals: RwSignal<Option<Numerals>>,
    /// The symbols numbers are shown with, from `Intl` for the language and digits; reading it
    /// makes them the formatters' (`i18n::set_symbols`).
    pub numbers: Memo<NumberSymbols>,
    /// What is stored in this browser.
    pub index: RwSignal<Index>,
    /// Orders of the dataset on the dashboard.
    pub orders: RwSignal<Arc<Orders>>,
    /// Bucket of CRR, cohorts and the per-period charts (week, month or quarter).
    pub period: RwSignal<Period>,
    /// The calendar periods are counted in and days are shown in.
    pub calendar: RwSignal<Calendar>,
    /// The table the cohort heatmap shows.
    pub cohort_view: RwSignal<Retention>,
    /// The first and last period the time charts show (`ui::zoom`); `None`: all of them.
    pub zoom: RwSignal<Option<(String, String)>>,
    /// Activity window W, days.
    pub window_days: RwSignal<u32>,
    /// Which orders the report counts (date range, segment); reset when another dataset is shown.
    pub filter: RwSignal<OrdersFilter>,
    /// The order statuses that count as purchases in the orders shown, a bit per status
    /// (`OrdersFilter::statuses`); `None`: as imported.
    pub statuses: RwSignal<Option<u64>>,
    /// Those choices by dataset id, as the names of the statuses that count (remembered).
    pub status_memory: RwSignal<BTreeMap<String, Vec<String>>>,
    /// The statuses of the page's address until the first orders with statuses are shown.
    url_statuses: StoredValue<Option<Vec<String>>>,
    /// The id of the stored orders shown, if they are stored (their status choice is remembered
    /// under it); set with the orders, so a dataset still loading never takes another's choice.
    orders_id: RwSignal<Option<String>>,
    /// Set by "forget everything": the address it cleared stays clear until the next change.
    url_cleared: StoredValue<bool>,
    /// The report of `orders` with `period`, `window_days` and `filter`: computed on the page for small
    /// datasets, in the report worker for large ones (then it lags until the worker answers).
    pub report: RwSignal<Arc<OrdersReport>>,
    /// Survey responses of the dataset on the dashboard, when it is a survey: the satisfaction
    /// dashboard is shown instead of the orders one.
    pub responses: RwSignal<Option<Arc<Responses>>>,
    /// Which responses count, the CSAT threshold and the CES direction of the survey shown.
    pub survey: RwSignal<SurveyConfig>,
    /// Those choices as last made for each stored survey, by dataset id (remembered).
    pub survey_memory: RwSignal<BTreeMap<String, SurveyChoice>>,
    /// The survey choices of the page's address until the first survey is shown.
    url_survey: StoredValue<Option<SurveyChoice>>,
    /// The id of the stored survey shown, if one is.
    pub survey_id: RwSignal<Option<String>>,
    /// Whether the settings panel is open; `None` until it is first shown (then: open unless the
    /// window is a phone's). Kept here so that rebuilding the page keeps it as the user left it.
    pub settings_open: RwSignal<Option<bool>>,
    /// Scales the user chose for questions (by index) instead of the detected ones.
    pub scales: RwSignal<ScaleChoice>,
    /// The report of `responses` under `survey` and `scales`, its trend per `period`.
    pub responses_report: Memo<Option<Arc<ResponsesReport>>>,
    /// Whether the report shown is being recomputed in the worker.
    pub computing: RwSignal<bool>,
    pub notice: RwSignal<Option<Notice>>,
    /// A file being previewed in the import wizard, not stored yet.
    pub draft: RwSignal<Option<Arc<Draft>>>,
    /// How far the worker is with reading or parsing a file.
    pub progress: RwSignal<Option<Progress>>,
    /// Where Confirm stores the draft: a new dataset, or in place of or added to a stored one.
    pub store_as: RwSignal<StoreAs>,
}

/// Scales chosen for a survey's questions, by question index; a question not in it keeps its
/// detected scale.
pub type ScaleChoice = BTreeMap<usize, (u8, u8)>;

/// Datasets up to this many orders are reported on the page (a few milliseconds); larger ones in
/// the report worker, so the page never freezes.
const ON_PAGE_ORDERS: usize = 50_000;

fn config_untracked(
    period: RwSignal<Period>,
    window_days: RwSignal<u32>,
    calendar: RwSignal<Calendar>,
) -> OrdersConfig {
    OrdersConfig {
        period: period.get_untracked(),
        window_days: window_days.get_untracked(),
        calendar: calendar.get_untracked(),
        ..OrdersConfig::default()
    }
}

/// The language the user last chose, if one is remembered; the page's address (`?lang=`)
/// comes first.
pub fn stored_locale() -> Option<Locale> {
    if let Some(tag) = url_settings().locale {
        return Some(Locale::from_tag(&tag));
    }
    let record = local::load_settings().ok().flatten()?;
    record.locale.as_deref().map(Locale::from_tag)
}

/// Takes the settings out of the page's address (after "forget everything": a reload then opens
/// with the defaults).
fn clear_url() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let path = window.location().pathname().unwrap_or_default();
    if let Ok(history) = window.history()
        && let Err(err) = history.replace_state_with_url(&JsValue::NULL, "", Some(&path))
    {
        leptos::logging::warn!("the address still shows the settings: {err:?}");
    }
}

/// The settings in the page's address (`?period=week&window=90&lang=fa`).
fn url_settings() -> UrlSettings {
    let query = web_sys::window().and_then(|w| w.location().search().ok());
    UrlSettings::parse(&query.unwrap_or_default())
}

/// Writes the settings into the page's address (replacing it, so Back is not flooded), so the
/// view can be bookmarked; the path and anything after `#` stay.
fn show_in_url(settings: &UrlSettings) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let query = settings.query();
    let hash = window.location().hash().unwrap_or_default();
    if let Ok(history) = window.history() {
        let url = format!("?{query}{hash}");
        if let Err(err) = history.replace_state_with_url(&JsValue::NULL, "", Some(&url)) {
            leptos::logging::warn!("the address does not show the settings: {err:?}");
        }
    }
}

/// The digits of the page's address, else the remembered ones; `None` (the language's own) when
/// neither names one.
fn stored_numerals() -> Option<Numerals> {
    let system = url_settings().digits.or_else(|| {
        let record = local::load_settings().ok().flatten()?;
        record.digits().map(str::to_owned)
    })?;
    Numerals::from_system(&system)
}

/// The choices remembered for survey `id`; none for one without any.
fn remembered(memory: &BTreeMap<String, SurveyChoice>, id: Option<&str>) -> Option<SurveyChoice> {
    id.and_then(|id| memory.get(id)).cloned()
}

/// `choice` as the report takes it, for `responses`: a CSAT threshold off its scale (from an
/// address written for another survey) is left to the default.
fn config_of(choice: Option<SurveyChoice>, responses: &Responses) -> SurveyConfig {
    let Some(choice) = choice else {
        return SurveyConfig::default();
    };
    let on_scale = |k: &u8| {
        responses
            .question(Measure::Csat)
            .is_some_and(|q| (q.scale.0..=q.scale.1).contains(k))
    };
    SurveyConfig {
        include_partial: choice.partial,
        csat: CsatConfig {
            satisfied_from: choice.satisfied_from.filter(on_scale),
        },
        ces: CesConfig {
            direction: match choice.ces.as_deref() {
                Some("high_is_good") => Some(Direction::HighIsGood),
                Some("low_is_good") => Some(Direction::LowIsGood),
                _ => None,
            },
        },
    }
}

/// The statuses `names` count among those of `orders`, a bit per status; `None` (as imported)
/// when the table has no status column or `names` (when not empty) names none of its statuses: a
/// choice made for another file.
fn status_choice(orders: &Orders, names: Option<&[String]>) -> Option<u64> {
    let column = orders.status.as_ref()?;
    let names = names?;
    let mut bits = 0u64;
    let mut matched = names.is_empty();
    let choosable = column.labels.names.iter().take(CHOOSABLE_STATUSES);
    for (idx, name) in choosable.enumerate() {
        if names.contains(name) {
            bits |= 1 << idx;
            matched = true;
        }
    }
    matched.then_some(bits)
}

/// The names of the statuses of `orders` that count under `choice`; `None` without a status
/// column.
fn counted_names(orders: &Orders, choice: Option<u64>) -> Option<Vec<String>> {
    Some(
        orders
            .status_counts(choice)
            .into_iter()
            .filter(|&(_, _, counts)| counts)
            .map(|(name, ..)| name.to_owned())
            .collect(),
    )
    .filter(|_| orders.status.is_some())
}

/// `config` as it is remembered.
fn choice_of(config: &SurveyConfig) -> SurveyChoice {
    SurveyChoice {
        partial: config.include_partial,
        satisfied_from: config.csat.satisfied_from,
        ces: config.ces.direction.map(|d| d.name().to_owned()),
    }
}

/// The status choice `orders` open with: the page address's (taken, for the first orders with
/// statuses), else the one remembered for dataset `id`, else as imported.
fn opening_statuses(
    orders: &Orders,
    url: StoredValue<Option<Vec<String>>>,
    memory: &BTreeMap<String, Vec<String>>,
    id: Option<&str>,
) -> Option<u64> {
    orders.status.as_ref()?;
    let from_url = url.try_update_value(Option::take).flatten();
    let names = from_url.or_else(|| id.and_then(|id| memory.get(id)).cloned());
    status_choice(orders, names.as_deref())
}

/// The settings the metrics depend on, as the page opens.
struct Opening {
    period: Period,
    window_days: u32,
    calendar: Calendar,
    cohort: Retention,
    surveys: BTreeMap<String, SurveyChoice>,
    /// The survey choices of the page's address, for the first survey shown.
    url_survey: Option<SurveyChoice>,
    statuses: BTreeMap<String, Vec<String>>,
    /// The counted statuses of the page's address, for the first orders with statuses shown.
    url_statuses: Option<Vec<String>>,
}

/// The settings of the page's address, else the remembered ones, each falling back to the
/// default when missing or unreadable.
fn stored_settings() -> Opening {
    let defaults = OrdersConfig::default();
    let record = match local::load_settings() {
        Ok(record) => record,
        Err(err) => {
            leptos::logging::warn!("stored settings ignored: {err}");
            None
        }
    };
    let url = url_settings();
    let period = url
        .period
        .or_else(|| record.as_ref().and_then(SettingsRecord::period));
    let window_days = url
        .window_days
        .or_else(|| record.as_ref().and_then(SettingsRecord::window_days));
    let calendar = url
        .calendar
        .or_else(|| record.as_ref().map(SettingsRecord::calendar));
    let cohort = url
        .cohort
        .as_deref()
        .or_else(|| record.as_ref().and_then(SettingsRecord::cohort))
        .and_then(Retention::from_name);
    Opening {
        period: period.unwrap_or(defaults.period),
        window_days: window_days.unwrap_or(defaults.window_days),
        calendar: calendar.unwrap_or_default(),
        cohort: cohort.unwrap_or_default(),
        statuses: record
            .as_ref()
            .map(|r| r.statuses.clone())
            .unwrap_or_default(),
        surveys: record.map(|r| r.surveys).unwrap_or_default(),
        url_survey: url.survey,
        url_statuses: url.statuses,
    }
}

/// The import worker's progress.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Progress {
    pub phase: Phase,
    /// Bytes read so far (while reading).
    pub done: f64,
    /// The file's size in bytes.
    pub total: f64,
}

impl AppState {
    /// Reads what is stored and shows the active dataset, or the built-in sample when nothing is
    /// stored. A stored value that cannot be read is reported, never deleted.
    pub fn new(locale: Locale) -> AppState {
        let notice = RwSignal::new(None);
        let index = match local::load_index() {
            Ok(index) => index,
            Err(err) => {
                notice.set(Some(Notice::Failed {
                    title: Msg::StoreFailed,
                    detail: err.to_string(),
                }));
                Index::default()
            }
        };
        // A dataset in localStorage is read at once, so the page opens with it; one in IndexedDB
        // (or one that cannot be read) is handled by `show` once the state exists.
        let active = index
            .active
            .as_ref()
            .and_then(|id| index.datasets.iter().find(|meta| &meta.id == id))
            .cloned();
        let now = active.as_ref().and_then(local::load_now);
        let (orders, responses, later) = match now {
            Some(Ok(Dataset::Orders(orders))) => (orders, None, None),
            Some(Ok(Dataset::Responses(responses))) => {
                (sample_orders(), Some(Arc::new(responses)), None)
            }
            _ => (sample_orders(), None, active.map(|meta| meta.id)),
        };
        let orders = RwSignal::new(Arc::new(orders));
        let responses = RwSignal::new(responses);
        let opening = stored_settings();
        let index_signal = RwSignal::new(index.clone());
        let survey_memory = RwSignal::new(opening.surveys.clone());
        let (period, window_days) = (
            RwSignal::new(opening.period),
            RwSignal::new(opening.window_days),
        );
        let (calendar, cohort_view) = (
            RwSignal::new(opening.calendar),
            RwSignal::new(opening.cohort),
        );
        let filter = RwSignal::new(OrdersFilter::default());
        let status_memory = RwSignal::new(opening.statuses.clone());
        let url_statuses = StoredValue::new(opening.url_statuses.clone());
        // The orders read at once are the active dataset's; the sample has no id.
        let active_at_open = if later.is_none() && responses.with_untracked(Option::is_none) {
            index.active.clone()
        } else {
            None
        };
        let orders_id = RwSignal::new(active_at_open.clone());
        let statuses = RwSignal::new(orders.with_untracked(|orders| {
            opening_statuses(
                orders,
                url_statuses,
                &opening.statuses,
                active_at_open.as_deref(),
            )
        }));
        // Other periods (another length, calendar, filter or dataset) end the zoom.
        let zoom = RwSignal::new(None::<(String, String)>);
        Effect::new(move || {
            period.track();
            calendar.track();
            filter.track();
            statuses.track();
            orders.track();
            responses.track();
            zoom.set(None);
        });
        let config = move || OrdersConfig {
            period: period.get(),
            window_days: window_days.get(),
            calendar: calendar.get(),
            filter: OrdersFilter {
                statuses: statuses.get(),
                ..filter.get()
            },
            ..OrdersConfig::default()
        };
        // The first report is computed here, so the page opens with numbers; later ones of a
        // large dataset come from the worker.
        let report = RwSignal::new(Arc::new(orders.with_untracked(|orders| {
            let mut config = config_untracked(period, window_days, calendar);
            config.filter.statuses = statuses.get_untracked();
            orders_report(orders, &config)
        })));
        let computing = RwSignal::new(false);
        let first = std::cell::Cell::new(true);
        Effect::new(move || {
            let config = config();
            let orders = orders.get();
            if first.replace(false) {
                return;
            }
            if orders.len() <= ON_PAGE_ORDERS {
                report.set(Arc::new(orders_report(&orders, &config)));
                computing.set(false);
                return;
            }
            computing.set(true);
            reporter::request(
                &orders,
                &config,
                Box::new(move |result| {
                    computing.set(false);
                    match result {
                        Ok(computed) => report.set(Arc::new(computed)),
                        Err(detail) => notice.set(Some(Notice::Failed {
                            title: Msg::ReportFailed,
                            detail,
                        })),
                    }
                }),
            );
        });
        let locale = RwSignal::new(locale);
        let numerals = RwSignal::new(stored_numerals());
        let numbers = Memo::new(move |_| {
            let locale = locale.get();
            let chosen = numerals.get().unwrap_or_else(|| native_numerals(locale));
            let symbols = intl_symbols(locale, chosen);
            set_symbols(symbols.clone());
            symbols
        });
        let active_id = move || index_signal.with(|index: &Index| index.active.clone());
        // The survey choices of the page's address go to the first survey shown; a stored survey
        // otherwise opens with the choices last made for it.
        let url_survey = StoredValue::new(opening.url_survey);
        let opening_survey = responses.with_untracked(|shown| {
            let shown = shown.as_ref()?;
            let choice = url_survey
                .try_update_value(Option::take)
                .flatten()
                .or_else(|| {
                    survey_memory.with_untracked(|m| remembered(m, active_id().as_deref()))
                });
            Some(config_of(choice, shown))
        });
        let survey = RwSignal::new(opening_survey.unwrap_or_default());
        // The stored dataset whose survey is shown (its choices are remembered under its id).
        let survey_id = RwSignal::new(if responses.with_untracked(Option::is_some) {
            active_id()
        } else {
            None
        });
        // Each survey's choices are remembered under its dataset's id.
        Effect::new(move || {
            let config = survey.get();
            if !responses.with(Option::is_some) {
                return;
            }
            let Some(id) = survey_id.get() else {
                return;
            };
            let choice = choice_of(&config);
            if survey_memory.with_untracked(|m| m.get(&id) != Some(&choice)) {
                survey_memory.update(|m| {
                    m.insert(id, choice);
                });
            }
        });
        // Push the settings out of the graph: into storage…
        Effect::new(move || {
            let record = SettingsRecord::new(period.get(), window_days.get())
                .with_surveys(survey_memory.get())
                .with_statuses(status_memory.get())
                .with_locale(locale.get().tag())
                .with_digits(numerals.get().map(Numerals::system))
                .with_view(calendar.get(), cohort_view.get().name());
            if let Err(err) = local::save_settings(&record) {
                leptos::logging::warn!("settings not remembered: {err}");
            }
        });
        // …and into the page's address, with the choices of the dataset shown; not right after
        // "forget everything" (`url_cleared`), whose sample would write them back.
        let url_cleared = StoredValue::new(false);
        Effect::new(move || {
            let shows_survey = responses.with(Option::is_some);
            let settings = UrlSettings {
                period: Some(period.get()),
                window_days: Some(window_days.get()),
                locale: Some(locale.get().tag().to_owned()),
                digits: numerals.get().map(|n| n.system().to_owned()),
                calendar: Some(calendar.get()).filter(|c| *c != Calendar::Gregorian),
                cohort: Some(cohort_view.get())
                    .filter(|c| *c != Retention::On)
                    .map(|c| c.name().to_owned()),
                survey: shows_survey.then(|| choice_of(&survey.get())),
                statuses: if shows_survey {
                    None
                } else {
                    orders.with(|orders| counted_names(orders, statuses.get()))
                },
            };
            if url_cleared.try_update_value(std::mem::take) != Some(true) {
                show_in_url(&settings);
            }
        });
        // Each orders dataset's statuses are remembered under its id when the user chose them.
        Effect::new(move || {
            let choice = statuses.get();
            let Some(id) = orders_id.get() else {
                return;
            };
            if responses.with(Option::is_some) {
                return;
            }
            let names = orders.with(|orders| counted_names(orders, choice));
            let wanted = choice.and(names);
            if status_memory.with_untracked(|m| m.get(&id) != wanted.as_ref()) {
                status_memory.update(|m| match wanted {
                    Some(names) => {
                        m.insert(id, names);
                    }
                    None => {
                        m.remove(&id);
                    }
                });
            }
        });
        let scales = RwSignal::new(ScaleChoice::default());
        let responses_report = Memo::new(move |_| {
            let config = ResponsesConfig {
                period: period.get(),
                calendar: calendar.get(),
                survey: survey.get(),
            };
            let scales = scales.get();
            responses.with(|shown| {
                let shown = shown.as_ref()?;
                if scales.is_empty() {
                    return Some(Arc::new(responses_report(shown, &config)));
                }
                let mut rescaled = Responses::clone(shown);
                for (&question, &scale) in &scales {
                    // The picker offers only scales every answer fits; a refusal keeps the
                    // detected scale, which the picker then shows.
                    let _ = rescaled.set_scale(question, scale);
                }
                Some(Arc::new(responses_report(&rescaled, &config)))
            })
        });
        let state = AppState {
            locale,
            numerals,
            numbers,
            index: index_signal,
            survey_memory,
            url_survey,
            survey_id,
            settings_open: RwSignal::new(None),
            orders,
            period,
            calendar,
            cohort_view,
            zoom,
            window_days,
            filter,
            statuses,
            status_memory,
            url_statuses,
            orders_id,
            url_cleared,
            report,
            responses,
            survey,
            scales,
            responses_report,
            computing,
            notice,
            draft: RwSignal::new(None),
            progress: RwSignal::new(None),
            store_as: RwSignal::new(StoreAs::New),
        };
        state.follow_other_tabs();
        if later.is_some() {
            state.show(later);
        }
        state
    }

    /// Shows stored dataset `id`, or the sample for `None`, and remembers the choice. A dataset
    /// kept in IndexedDB arrives a moment later. A record that cannot be read is set aside with a
    /// message; the dashboard keeps what it shows.
    pub fn show(&self, id: Option<String>) {
        let state = *self;
        let Some(id) = id else {
            state.remember_active(None);
            state.set_orders(sample_orders());
            return;
        };
        let Some(meta) = state
            .index
            .with_untracked(|index| index.datasets.iter().find(|m| m.id == id).cloned())
        else {
            return;
        };
        if let Some(reason) = &meta.damaged {
            state.fail(Msg::StoredDamaged, format!("{}: {reason}", meta.name));
            return;
        }
        leptos::task::spawn_local(async move {
            match local::load(&meta).await {
                Ok(dataset) => {
                    state.remember_active(Some(meta.id.clone()));
                    match dataset {
                        Dataset::Orders(orders) => state.set_orders(orders),
                        Dataset::Responses(responses) => state.set_responses(responses),
                    }
                }
                Err(local::StoreError::Format(err)) => {
                    let reason = err.to_string();
                    match state
                        .index
                        .with_untracked(|index| local::set_aside(index, &meta.id, &reason))
                    {
                        Ok(index) => state.index.set(index),
                        Err(err) => leptos::logging::warn!("not set aside: {err}"),
                    }
                    state.fail(Msg::StoredDamaged, format!("{}: {reason}", meta.name));
                }
                Err(err) => state.fail(Msg::StoreFailed, err.to_string()),
            }
        });
    }

    /// Writes which dataset is shown.
    fn remember_active(&self, id: Option<String>) {
        match self
            .index
            .with_untracked(|index| local::set_active(index, id))
        {
            Ok(index) => self.index.set(index),
            Err(err) => self.fail(Msg::StoreFailed, err.to_string()),
        }
    }

    /// Gives dataset `id` a new name; a blank one is ignored.
    pub fn rename(&self, id: &str, name: &str) {
        let name = name.trim();
        if name.is_empty() {
            return;
        }
        match self
            .index
            .with_untracked(|index| local::rename(index, id, name))
        {
            Ok(index) => self.index.set(index),
            Err(err) => self.fail(Msg::StoreFailed, err.to_string()),
        }
    }

    /// Puts `orders` on the dashboard, counting all of them (a filter belongs to one dataset).
    /// Its statuses count as last chosen for it (or as the page's address says, for the first
    /// orders with statuses shown), else as imported.
    pub fn set_orders(&self, orders: Orders) {
        let id = self.index.with_untracked(|index| index.active.clone());
        let choice = self.status_memory.with_untracked(|memory| {
            opening_statuses(&orders, self.url_statuses, memory, id.as_deref())
        });
        self.responses.set(None);
        self.filter.set(OrdersFilter::default());
        self.statuses.set(choice);
        self.orders_id.set(id);
        self.orders.set(Arc::new(orders));
    }

    /// Puts survey `responses` on the dashboard.
    pub fn set_responses(&self, responses: Responses) {
        let id = self.index.with_untracked(|index| index.active.clone());
        let choice = self
            .url_survey
            .try_update_value(Option::take)
            .flatten()
            .or_else(|| {
                self.survey_memory
                    .with_untracked(|m| remembered(m, id.as_deref()))
            });
        let config = config_of(choice, &responses);
        self.survey_id.set(id);
        self.survey.set(config);
        self.scales.set(ScaleChoice::default());
        self.responses.set(Some(Arc::new(responses)));
    }

    /// Deletes stored dataset `id`, offering Undo; the sample is shown if it was on the dashboard.
    pub fn delete(&self, id: &str) {
        let state = *self;
        let id = id.to_owned();
        leptos::task::spawn_local(async move {
            let index = state.index.get_untracked();
            let was_active = index.active.as_deref() == Some(id.as_str());
            let deleted = local::before_delete(&index, &id).await;
            match local::delete(&index, &id).await {
                Ok(index) => state.index.set(index),
                Err(err) => {
                    state.fail(Msg::StoreFailed, err.to_string());
                    return;
                }
            }
            if let Some(deleted) = deleted {
                state.notice.set(Some(Notice::Deleted(deleted)));
            }
            if was_active {
                state.set_orders(sample_orders());
            }
        });
    }

    /// Puts a deleted dataset back in the list.
    pub fn undo_delete(&self, deleted: local::Deleted) {
        let state = *self;
        leptos::task::spawn_local(async move {
            let index = state.index.get_untracked();
            match local::restore(&index, &deleted).await {
                Ok(index) => {
                    state.index.set(index);
                    state.notice.set(None);
                }
                Err(err) => state.fail(Msg::StoreFailed, err.to_string()),
            }
        });
    }

    /// Offers every stored dataset and the settings as one backup file to download.
    pub fn backup(&self) {
        let state = *self;
        leptos::task::spawn_local(async move {
            let index = state.index.get_untracked();
            let made = local::backup(&index).await.and_then(|backup| {
                let day = js_sys::Date::new_0()
                    .to_iso_string()
                    .as_string()
                    .unwrap_or_default();
                let name = format!("vafa-backup-{}.json", day.get(..10).unwrap_or("today"));
                download_text(&name, "application/json", &backup.to_json())
                    .map_err(|err| local::StoreError::Write(format!("{err:?}")))
            });
            if let Err(err) = made {
                state.fail(Msg::BackupFailed, err.to_string());
            }
        });
    }

    /// Restores backup file `text`: its datasets are added (none replaces a stored one) and its
    /// settings applied. A dataset that does not read back is skipped and named.
    pub fn restore(&self, text: String) {
        let state = *self;
        let backup = match Backup::parse(&text) {
            Ok(backup) => backup,
            Err(err) => {
                state.fail(Msg::RestoreFailed, err.to_string());
                return;
            }
        };
        leptos::task::spawn_local(async move {
            let index = state.index.get_untracked();
            match local::restore_backup(&index, &backup).await {
                Ok(restored) => {
                    state.index.set(restored.index);
                    // The backup's settings win over those in the address.
                    if let Some(settings) = &backup.settings {
                        if let Some(period) = settings.period() {
                            state.period.set(period);
                        }
                        if let Some(window_days) = settings.window_days() {
                            state.window_days.set(window_days);
                        }
                        if let Some(tag) = &settings.locale {
                            state.locale.set(Locale::from_tag(tag));
                        }
                        state
                            .numerals
                            .set(settings.digits().and_then(Numerals::from_system));
                        state.calendar.set(settings.calendar());
                        if let Some(cohort) = settings.cohort().and_then(Retention::from_name) {
                            state.cohort_view.set(cohort);
                        }
                    }
                    state.notice.set(Some(Notice::Restored {
                        stored: restored.stored,
                        skipped: restored.skipped,
                    }));
                }
                Err(err) => {
                    // Datasets stored before the failure stay listed.
                    if let Ok(index) = local::load_index() {
                        state.index.set(index);
                    }
                    state.fail(Msg::RestoreFailed, err.to_string());
                }
            }
        });
    }

    /// Removes every dataset and setting Vafa keeps in this browser and shows the sample.
    pub fn forget_everything(&self) {
        let state = *self;
        leptos::task::spawn_local(async move {
            let index = state.index.get_untracked();
            match local::forget_everything(&index).await {
                Ok(()) => {
                    clear_url();
                    state.url_cleared.set_value(true);
                    // The memories go too, unseen: nothing is written back.
                    state.survey_memory.update_untracked(BTreeMap::clear);
                    state.status_memory.update_untracked(BTreeMap::clear);
                    state.index.set(Index {
                        version: INDEX_VERSION,
                        ..Index::default()
                    });
                    state.notice.set(None);
                    state.set_orders(sample_orders());
                }
                Err(err) => state.fail(Msg::StoreFailed, err.to_string()),
            }
        });
    }

    /// Follows what another tab of this page stores (the `storage` event): the dataset list is
    /// read again; the dataset shown stays, unless the other tab deleted it.
    fn follow_other_tabs(&self) {
        let state = *self;
        let on_storage = Closure::<dyn FnMut(StorageEvent)>::new(move |ev: StorageEvent| {
            if !local::touches_index(ev.key().as_deref()) {
                return;
            }
            let fresh = match local::load_index() {
                Ok(fresh) => fresh,
                Err(err) => {
                    state.fail(Msg::StoreFailed, err.to_string());
                    return;
                }
            };
            let shown = state.index.with_untracked(|index| index.active.clone());
            let still_listed = shown
                .as_ref()
                .is_some_and(|id| fresh.datasets.iter().any(|meta| &meta.id == id));
            let was_shown = shown.is_some();
            state.index.set(Index {
                active: shown.filter(|_| still_listed),
                ..fresh
            });
            if was_shown && !still_listed {
                state.set_orders(sample_orders());
            }
        });
        if let Some(window) = web_sys::window() {
            let added = window
                .add_event_listener_with_callback("storage", on_storage.as_ref().unchecked_ref());
            if let Err(err) = added {
                leptos::logging::warn!("changes in other tabs are not followed: {err:?}");
            }
        }
        on_storage.forget();
    }

    /// Shows a failure notice.
    pub fn fail(&self, title: Msg, detail: String) {
        self.notice.set(Some(Notice::Failed { title, detail }));
    }
}
