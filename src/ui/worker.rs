//! The page's side of the import worker: starts it on first use, sends it files and option
//! changes, and turns its replies into state (progress, the wizard's preview, a stored dataset).
//! Cancel terminates the worker; the next file starts a fresh one.

use std::cell::RefCell;
use std::sync::Arc;

use js_sys::{Float64Array, Int32Array, Object, Reflect, Uint8Array, Uint32Array};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{ErrorEvent, File, MessageEvent, Worker};

use super::import::{Draft, store_orders, store_responses};
use super::state::{AppState, Progress};
use crate::i18n::Msg;
use crate::store::format::{OrdersRecord, VERSION};
use crate::store::local;
use crate::store::responses::ResponsesRecord;
use crate::worker::protocol::{OptionsDto, Phase, Preview};

/// The worker's script, beside index.html (Trunk's loader shim for `vafa-worker`).
const SCRIPT: &str = "./vafa-worker_loader.js";

/// The worker and whether it has said it is ready.
struct Running {
    worker: Worker,
    is_ready: bool,
    /// Messages sent before it was ready, in order.
    queue: Vec<Object>,
}

thread_local! {
    static WORKER: RefCell<Option<Running>> = const { RefCell::new(None) };
}

fn field(data: &JsValue, key: &str) -> JsValue {
    Reflect::get(data, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// Starts the worker (with its handlers) when none is running.
fn ensure_started(state: AppState) -> Result<(), String> {
    if WORKER.with_borrow(Option::is_some) {
        return Ok(());
    }
    let worker =
        Worker::new(SCRIPT).map_err(|err| format!("the import worker could not start: {err:?}"))?;
    let on_message =
        Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| reply(state, &ev.data()));
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let on_error = Closure::<dyn FnMut(ErrorEvent)>::new(move |ev: ErrorEvent| {
        state.progress.set(None);
        state.fail(
            Msg::ImportFailed,
            format!("the import worker failed: {}", ev.message()),
        );
    });
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    on_error.forget();
    WORKER.with_borrow_mut(|slot| {
        *slot = Some(Running {
            worker,
            is_ready: false,
            queue: Vec::new(),
        })
    });
    Ok(())
}

/// Posts `message` now, or queues it until the worker is ready.
fn post(message: Object) -> Result<(), String> {
    WORKER.with_borrow_mut(|slot| {
        let Some(running) = slot else {
            return Err("the import worker is not running".to_owned());
        };
        if !running.is_ready {
            running.queue.push(message);
            return Ok(());
        }
        running
            .worker
            .post_message(&message)
            .map_err(|err| format!("the import worker did not answer: {err:?}"))
    })
}

/// Marks the worker ready and sends what was queued.
fn flush() -> Result<(), String> {
    let queued = WORKER.with_borrow_mut(|slot| match slot {
        Some(running) => {
            running.is_ready = true;
            std::mem::take(&mut running.queue)
        }
        None => Vec::new(),
    });
    queued.into_iter().try_for_each(post)
}

fn send(state: AppState, fields: &[(&str, JsValue)]) {
    let message = Object::new();
    for (key, value) in fields {
        // Setting a field on a fresh plain object cannot fail.
        let _set = Reflect::set(&message, &JsValue::from_str(key), value);
    }
    let sent = ensure_started(state).and_then(|()| post(message));
    if let Err(detail) = sent {
        state.progress.set(None);
        state.fail(Msg::ImportFailed, detail);
    }
}

fn options_json(options: &OptionsDto) -> JsValue {
    // A struct of strings and numbers always serializes.
    serde_json::to_string(options).unwrap_or_default().into()
}

/// Reads and previews `file` in the worker.
pub fn open(state: AppState, file: File) {
    state.notice.set(None);
    state.draft.set(None);
    state.progress.set(Some(Progress {
        phase: Phase::Reading,
        done: 0.0,
        total: file.size(),
    }));
    let locale = state.locale.get_untracked().tag();
    send(
        state,
        &[
            ("type", "open".into()),
            ("file", file.into()),
            ("options", options_json(&OptionsDto::default())),
            ("locale", locale.into()),
        ],
    );
}

/// Previews the open file again under `options` (and the current language).
pub fn change_options(state: AppState, options: OptionsDto) {
    if let Some(draft) = state.draft.get_untracked() {
        state.draft.set(Some(Arc::new(Draft {
            options: options.clone(),
            ..(*draft).clone()
        })));
    }
    let locale = state.locale.get_untracked().tag();
    send(
        state,
        &[
            ("type", "options".into()),
            ("options", options_json(&options)),
            ("locale", locale.into()),
        ],
    );
}

/// Asks for the imported table; it is stored when it arrives.
pub fn take(state: AppState) {
    send(state, &[("type", "take".into())]);
}

/// Stops whatever the worker is doing and forgets the open file.
pub fn cancel(state: AppState) {
    if let Some(running) = WORKER.with_borrow_mut(Option::take) {
        running.worker.terminate();
    }
    state.progress.set(None);
    state.draft.set(None);
}

fn reply(state: AppState, data: &JsValue) {
    match field(data, "type").as_string().as_deref() {
        Some("ready") => {
            if let Err(detail) = flush() {
                state.progress.set(None);
                state.fail(Msg::ImportFailed, detail);
            }
        }
        Some("progress") => {
            let phase = match field(data, "phase").as_string().as_deref() {
                Some("reading") => Phase::Reading,
                _ => Phase::Parsing,
            };
            let done = field(data, "done").as_f64().unwrap_or(0.0);
            let total = field(data, "total").as_f64().unwrap_or(0.0);
            state.progress.set(Some(Progress { phase, done, total }));
        }
        Some("preview") => {
            state.progress.set(None);
            let json = field(data, "json").as_string().unwrap_or_default();
            match serde_json::from_str::<Preview>(&json) {
                Ok(preview) => show_preview(state, preview),
                Err(err) => state.fail(
                    Msg::ImportFailed,
                    format!("the preview could not be read: {err}"),
                ),
            }
        }
        Some("table") => {
            let keys = field(data, "keys").as_string().unwrap_or_default();
            let texts = |key: &str| {
                field(data, key).as_string().map_or(Ok(Vec::new()), |json| {
                    serde_json::from_str::<Vec<String>>(&json)
                })
            };
            let codes = |key: &str| {
                field(data, key)
                    .dyn_into::<Uint32Array>()
                    .map(|codes| codes.to_vec())
                    .unwrap_or_default()
            };
            let status_counted = field(data, "status_counted")
                .as_string()
                .map_or(Ok(Vec::new()), |json| {
                    serde_json::from_str::<Vec<bool>>(&json)
                });
            let record = serde_json::from_str::<Vec<String>>(&keys).and_then(|customers| {
                Ok(OrdersRecord {
                    version: VERSION,
                    customers,
                    customer: field(data, "customer")
                        .unchecked_into::<Uint32Array>()
                        .to_vec(),
                    day: field(data, "day").unchecked_into::<Int32Array>().to_vec(),
                    amount: field(data, "amount")
                        .unchecked_into::<Float64Array>()
                        .to_vec()
                        .into_iter()
                        .map(|cents| cents as i64)
                        .collect(),
                    segment_column: field(data, "segment_column").as_string(),
                    segment_names: texts("segment_names")?,
                    segment: codes("segment"),
                    status_column: field(data, "status_column").as_string(),
                    status_names: texts("status_names")?,
                    status_counted: status_counted?,
                    status: codes("status"),
                })
            });
            let rows = field(data, "rows").as_f64().unwrap_or(0.0) as u32;
            match record
                .map_err(|err| err.to_string())
                .and_then(|r| r.into_orders().map_err(|err| err.to_string()))
            {
                Ok(orders) => {
                    let stored = field(data, "stored")
                        .dyn_into::<Uint8Array>()
                        .ok()
                        .map(|bytes| bytes.to_vec());
                    store_orders(state, rows, orders, stored);
                }
                Err(detail) => state.fail(Msg::ImportFailed, detail),
            }
        }
        Some("responses") => {
            let json = field(data, "json").as_string().unwrap_or_default();
            let rows = field(data, "rows").as_f64().unwrap_or(0.0) as u32;
            match serde_json::from_str::<ResponsesRecord>(&json)
                .map_err(|err| err.to_string())
                .and_then(|r| r.into_responses().map_err(|err| err.to_string()))
            {
                Ok(responses) => store_responses(state, rows, responses),
                Err(detail) => state.fail(Msg::ImportFailed, detail),
            }
        }
        Some("failed") => {
            state.progress.set(None);
            state.fail(
                Msg::ImportFailed,
                field(data, "message").as_string().unwrap_or_default(),
            );
        }
        _ => state.fail(
            Msg::ImportFailed,
            "the import worker sent an unknown reply".to_owned(),
        ),
    }
}

/// Opens the wizard on a preview, or says why the file cannot be read at all.
fn show_preview(state: AppState, preview: Preview) {
    if let Err(detail) = &preview.inspection {
        state.draft.set(None);
        state.fail(Msg::ImportFailed, format!("{}: {detail}", preview.name));
        return;
    }
    let Some(draft) = state.draft.get_untracked() else {
        // The first preview of a file: the choices made for its layout before, if any, are
        // applied (the worker previews it again with them).
        let remembered = preview.inspection.as_ref().ok().and_then(|inspection| {
            let json = local::load_layouts().find(&inspection.header)?.to_owned();
            serde_json::from_str::<OptionsDto>(&json).ok()
        });
        let remembered = remembered.filter(|options| *options != OptionsDto::default());
        let is_remembered = remembered.is_some();
        state.draft.set(Some(Arc::new(Draft {
            options: remembered.clone().unwrap_or_default(),
            preview,
            remembered: is_remembered,
        })));
        if let Some(options) = remembered {
            change_options(state, options);
        }
        return;
    };
    state.draft.set(Some(Arc::new(Draft {
        options: draft.options.clone(),
        preview,
        remembered: draft.remembered,
    })));
}
