//! Reports of large datasets, computed in a worker of their own so the page never freezes: a
//! second instance of `vafa-worker` (the import worker is terminated on Cancel; this one lives
//! as long as the page). The orders are sent once per dataset (copied: the page keeps its own),
//! then each report request carries only the settings. Only the latest request is answered to
//! its caller; a reply to an older one is dropped.

use std::cell::RefCell;
use std::sync::Arc;

use js_sys::{Float64Array, Int32Array, Object, Reflect, Uint32Array};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{ErrorEvent, MessageEvent, Worker};

use crate::engine::data::Orders;
use crate::engine::report::{OrdersConfig, OrdersReport};
use crate::worker::report::ReportRequest;
use crate::worker::scope::{segment_fields, status_fields};

/// The worker's script, beside index.html (Trunk's loader shim for `vafa-worker`).
const SCRIPT: &str = "./vafa-worker_loader.js";

/// What is called with the report, or with why there is none.
type Done = Box<dyn FnOnce(Result<OrdersReport, String>)>;

struct Reporter {
    worker: Worker,
    is_ready: bool,
    /// Messages waiting for `ready`, in order.
    queue: Vec<Object>,
    /// The orders the worker holds (by address: a dataset is replaced, never changed in place).
    sent: Option<usize>,
    /// The id of the latest request and its caller.
    latest: u32,
    done: Option<Done>,
}

thread_local! {
    static REPORTER: RefCell<Option<Reporter>> = const { RefCell::new(None) };
}

fn message(fields: &[(&str, JsValue)]) -> Object {
    let object = Object::new();
    for (key, value) in fields {
        // Setting a field on a fresh plain object cannot fail.
        let _set = Reflect::set(&object, &JsValue::from_str(key), value);
    }
    object
}

fn field(data: &JsValue, key: &str) -> JsValue {
    Reflect::get(data, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn start() -> Result<Reporter, String> {
    let worker =
        Worker::new(SCRIPT).map_err(|err| format!("the report worker could not start: {err:?}"))?;
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(|ev: MessageEvent| reply(&ev.data()));
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let on_error = Closure::<dyn FnMut(ErrorEvent)>::new(|ev: ErrorEvent| {
        finish(
            None,
            Err(format!("the report worker failed: {}", ev.message())),
        );
    });
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    on_error.forget();
    Ok(Reporter {
        worker,
        is_ready: false,
        queue: Vec::new(),
        sent: None,
        latest: 0,
        done: None,
    })
}

impl Reporter {
    fn post(&mut self, message: Object) -> Result<(), String> {
        if !self.is_ready {
            self.queue.push(message);
            return Ok(());
        }
        self.worker
            .post_message(&message)
            .map_err(|err| format!("the report worker did not answer: {err:?}"))
    }
}

/// Computes the report of `orders` under `config` in the worker; `done` gets it, unless a later
/// request comes first.
pub fn request(orders: &Arc<Orders>, config: &OrdersConfig, done: Done) {
    let sent = REPORTER.with_borrow_mut(|slot| -> Result<(), String> {
        if slot.is_none() {
            *slot = Some(start()?);
        }
        let Some(reporter) = slot.as_mut() else {
            return Err("the report worker is not running".to_owned());
        };
        let address = Arc::as_ptr(orders) as usize;
        if reporter.sent != Some(address) {
            let customer: Vec<u32> = orders.customer.iter().map(|id| id.0).collect();
            let day: Vec<i32> = orders.day.iter().map(|day| day.0).collect();
            // Hundredths as f64 are exact below 2^53, far beyond any real order.
            let amount: Vec<f64> = orders.amount.iter().map(|m| m.0 as f64).collect();
            let mut fields = vec![
                ("type", "orders".into()),
                ("customer", Uint32Array::from(customer.as_slice()).into()),
                ("day", Int32Array::from(day.as_slice()).into()),
                ("amount", Float64Array::from(amount.as_slice()).into()),
            ];
            fields.extend(segment_fields(orders));
            fields.extend(status_fields(orders));
            reporter.post(message(&fields))?;
            reporter.sent = Some(address);
        }
        reporter.latest = reporter.latest.wrapping_add(1);
        // A struct of strings and numbers always serializes.
        let request = serde_json::to_string(&ReportRequest::of(config)).unwrap_or_default();
        let id = reporter.latest;
        reporter.done = Some(done);
        reporter.post(message(&[
            ("type", "report".into()),
            ("request", request.into()),
            ("id", id.into()),
        ]))
    });
    if let Err(detail) = sent {
        finish(None, Err(detail));
    }
}

/// Hands `result` to the caller of request `id` if it is still the latest (`None`: whatever
/// is waiting).
fn finish(id: Option<u32>, result: Result<OrdersReport, String>) {
    let done = REPORTER.with_borrow_mut(|slot| {
        let reporter = slot.as_mut()?;
        if id.is_some_and(|id| id != reporter.latest) {
            return None;
        }
        reporter.done.take()
    });
    if let Some(done) = done {
        done(result);
    }
}

fn reply(data: &JsValue) {
    match field(data, "type").as_string().as_deref() {
        Some("ready") => {
            let flushed = REPORTER.with_borrow_mut(|slot| -> Result<(), String> {
                let Some(reporter) = slot.as_mut() else {
                    return Ok(());
                };
                reporter.is_ready = true;
                std::mem::take(&mut reporter.queue)
                    .into_iter()
                    .try_for_each(|message| reporter.post(message))
            });
            if let Err(detail) = flushed {
                finish(None, Err(detail));
            }
        }
        Some("report") => {
            let id = field(data, "id").as_f64().map(|id| id as u32);
            let json = field(data, "json").as_string().unwrap_or_default();
            let report = serde_json::from_str::<OrdersReport>(&json)
                .map_err(|err| format!("the report could not be read: {err}"));
            finish(Some(id.unwrap_or(u32::MAX)), report);
        }
        Some("failed") => {
            let detail = field(data, "message").as_string().unwrap_or_default();
            finish(None, Err(detail));
        }
        _ => {}
    }
}
