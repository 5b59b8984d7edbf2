//! The worker's event loop. It keeps the last file's bytes and import so the wizard can change
//! options without reading the file again, and answers each request with JS objects:
//! `{type: "ready"}` once, then `{type: "progress", phase, done, total}`, `{type: "preview", json,
//! timings}`, `{type: "table", keys,
//! customer, day, amount, rows}` (typed arrays, transferred) or `{type: "failed", message}`.
//! Requests: `{type: "open", file, options, locale}`, `{type: "options", options, locale}`,
//! `{type: "take"}`. The page cancels a running import by terminating the worker.
//!
//! The same worker computes reports, so a million orders never block the page: `{type: "orders",
//! customer, day, amount}` (typed arrays as `take` sends them) sets the orders to report on, and
//! `{type: "report", request, id}` (a `report::ReportRequest` as JSON) answers `{type: "report",
//! id, json, report_ms}` with the `OrdersReport` as JSON — of the orders set last, else of the
//! file imported last.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Array, Float64Array, Int32Array, Object, Reflect, Uint8Array, Uint32Array};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{DedicatedWorkerGlobalScope, File, FileReaderSync, MessageEvent};

use super::protocol::{OptionsDto, PREVIEW_ROWS, Phase, Preview};
use super::report::ReportRequest;
use crate::engine::data::{
    CustomerId, CustomerIds, Day, Money, Orders, Responses, SegmentColumn, StatusColumn,
};
use crate::engine::import::{
    ImportOptions, Imported, Kind, file_text, import_orders_text, import_responses, inspect_text,
};
use crate::engine::report::orders_report;
use crate::i18n::Locale;
use crate::store::compact;
use crate::store::format;
use crate::store::responses::ResponsesRecord;

/// Bytes read per step; one progress message each.
const CHUNK_BYTES: f64 = 16.0 * 1024.0 * 1024.0;

/// The file the wizard is looking at.
struct Loaded {
    name: String,
    bytes: Vec<u8>,
    /// The table Confirm would store; `None` when the file cannot be imported or is of a kind
    /// not stored yet.
    imported: Option<Table>,
}

/// An imported table the page can take.
enum Table {
    Orders(Imported<Orders>),
    Responses(Imported<Responses>),
}

/// What the worker holds between messages.
#[derive(Default)]
struct Held {
    /// The file the wizard is looking at.
    loaded: Option<Loaded>,
    /// Orders given to report on.
    orders: Option<Orders>,
}

/// Starts answering the page's messages.
pub fn run() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let held: Rc<RefCell<Held>> = Rc::default();
    let reply = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
        if let Err(message) = handle(&reply, &held, &ev.data()) {
            let failed = object(&[("type", "failed".into()), ("message", message.into())]);
            post(&reply, &failed, None);
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The worker lives as long as the page keeps it; so does its handler.
    on_message.forget();
    let warmup_ms = warm_up(&scope);
    // Messages that arrive while the wasm is still loading find no handler and are lost, so the
    // page waits for this before sending any.
    post(
        &scope,
        &object(&[("type", "ready".into()), ("warmup_ms", warmup_ms.into())]),
        None,
    );
}

/// Runs the importer once on a small generated orders file, so that the browser compiles its hot
/// functions to optimised code (in the background) while the user's file is still being read: a
/// fresh worker otherwise parses a whole large file in baseline code, which V8 only replaces at
/// a function's next call. Takes a few milliseconds; returns them.
fn warm_up(scope: &DedicatedWorkerGlobalScope) -> f64 {
    const ROWS: u32 = 20_000;
    let started_ms = now_ms(scope);
    let mut csv = String::with_capacity(ROWS as usize * 32 + 32);
    csv.push_str("customer,order_date,amount\n");
    for i in 0..ROWS {
        let (month, day, cents) = (1 + i % 12, 1 + i % 28, 500 + (i * 7919) % 20_000);
        csv.push_str(&format!(
            "c{}@example.com,2024-{month:02}-{day:02},{}.{:02}\n",
            i % 7_000,
            cents / 100,
            cents % 100
        ));
    }
    let options = ImportOptions::default();
    // The same calls as `import`'s, so the same functions are optimised.
    if let Ok(text) = file_text(csv.as_bytes(), &options) {
        let _ = inspect_text(&text, &options, PREVIEW_ROWS);
        let _ = import_orders_text(&text, &options);
    }
    now_ms(scope) - started_ms
}

fn object(fields: &[(&str, JsValue)]) -> JsValue {
    let object = Object::new();
    for (key, value) in fields {
        // Setting a field on a fresh plain object cannot fail.
        let _set = Reflect::set(&object, &JsValue::from_str(key), value);
    }
    object.into()
}

fn post(scope: &DedicatedWorkerGlobalScope, message: &JsValue, transfer: Option<&Array>) {
    let posted = match transfer {
        Some(transfer) => scope.post_message_with_transfer(message, transfer),
        None => scope.post_message(message),
    };
    if let Err(err) = posted {
        web_sys::console::error_2(&"vafa worker: cannot reply".into(), &err);
    }
}

fn field(data: &JsValue, key: &str) -> Result<JsValue, String> {
    Reflect::get(data, &JsValue::from_str(key)).map_err(|_| format!("the request has no {key}"))
}

fn text_field(data: &JsValue, key: &str) -> Result<String, String> {
    field(data, key)?
        .as_string()
        .ok_or_else(|| format!("the request's {key} is not text"))
}

fn options_of(data: &JsValue) -> Result<(OptionsDto, Locale), String> {
    let options = serde_json::from_str(&text_field(data, "options")?)
        .map_err(|err| format!("the import options could not be read: {err}"))?;
    Ok((options, Locale::from_tag(&text_field(data, "locale")?)))
}

fn handle(
    scope: &DedicatedWorkerGlobalScope,
    held: &Rc<RefCell<Held>>,
    data: &JsValue,
) -> Result<(), String> {
    match text_field(data, "type")?.as_str() {
        "open" => {
            let file: File = field(data, "file")?
                .dyn_into()
                .map_err(|_| "the request carries no file".to_owned())?;
            let (options, locale) = options_of(data)?;
            let started_ms = now_ms(scope);
            // The last file's bytes are dropped before the next is read.
            held.borrow_mut().loaded = None;
            let bytes = read(scope, &file)?;
            let read_ms = now_ms(scope) - started_ms;
            let next = import(scope, file.name(), bytes, &options, locale, read_ms);
            held.borrow_mut().loaded = Some(next);
            Ok(())
        }
        "options" => {
            let (options, locale) = options_of(data)?;
            let previous = held.borrow_mut().loaded.take().ok_or("no file is open")?;
            let next = import(scope, previous.name, previous.bytes, &options, locale, 0.0);
            held.borrow_mut().loaded = Some(next);
            Ok(())
        }
        "take" => {
            let current = held.borrow();
            match current.loaded.as_ref().and_then(|l| l.imported.as_ref()) {
                Some(Table::Orders(imported)) => post_table(scope, imported),
                Some(Table::Responses(imported)) => post_responses(scope, imported),
                None => Err("there is no imported table to take".to_owned()),
            }
        }
        "orders" => {
            held.borrow_mut().orders = Some(orders_of(data)?);
            Ok(())
        }
        "report" => {
            let request: ReportRequest = serde_json::from_str(&text_field(data, "request")?)
                .map_err(|err| format!("the report request could not be read: {err}"))?;
            let config = request.config()?;
            let held = held.borrow();
            let orders = match (&held.orders, &held.loaded) {
                (Some(orders), _) => orders,
                (
                    None,
                    Some(Loaded {
                        imported: Some(Table::Orders(imported)),
                        ..
                    }),
                ) => &imported.table,
                _ => return Err("there are no orders to report on".to_owned()),
            };
            let started_ms = now_ms(scope);
            let report = orders_report(orders, &config);
            let report_ms = now_ms(scope) - started_ms;
            let json = serde_json::to_string(&report)
                .map_err(|err| format!("the report could not be sent: {err}"))?;
            let message = object(&[
                ("type", "report".into()),
                ("id", field(data, "id")?),
                ("json", json.into()),
                ("report_ms", report_ms.into()),
            ]);
            post(scope, &message, None);
            Ok(())
        }
        other => Err(format!("unknown request {other:?}")),
    }
}

/// Reads the whole file in chunks, reporting progress after each.
fn read(scope: &DedicatedWorkerGlobalScope, file: &File) -> Result<Vec<u8>, String> {
    let unreadable = |err: JsValue| format!("the browser could not read {}: {err:?}", file.name());
    let reader = FileReaderSync::new().map_err(unreadable)?;
    let total = file.size();
    let mut bytes = Vec::with_capacity(total as usize);
    let mut at = 0.0;
    while at < total {
        let end = (at + CHUNK_BYTES).min(total);
        let blob = file.slice_with_f64_and_f64(at, end).map_err(unreadable)?;
        let buffer = reader.read_as_array_buffer(&blob).map_err(unreadable)?;
        let chunk = Uint8Array::new(&buffer);
        let start = bytes.len();
        bytes.resize(start + chunk.length() as usize, 0);
        chunk.copy_to(&mut bytes[start..]);
        at = end;
        progress(scope, Phase::Reading, at, total);
    }
    Ok(bytes)
}

fn progress(scope: &DedicatedWorkerGlobalScope, phase: Phase, done: f64, total: f64) {
    let phase = match phase {
        Phase::Reading => "reading",
        Phase::Parsing => "parsing",
    };
    let message = object(&[
        ("type", "progress".into()),
        ("phase", phase.into()),
        ("done", done.into()),
        ("total", total.into()),
    ]);
    post(scope, &message, None);
}

/// Milliseconds on the worker's clock; 0 where the browser gives none.
fn now_ms(scope: &DedicatedWorkerGlobalScope) -> f64 {
    scope
        .performance()
        .map_or(0.0, |performance| performance.now())
}

/// The size of the worker's wasm memory in bytes. Wasm memory only grows, so this is the peak.
fn wasm_memory_bytes() -> f64 {
    let memory: js_sys::WebAssembly::Memory = wasm_bindgen::memory().unchecked_into();
    let buffer: js_sys::ArrayBuffer = memory.buffer().unchecked_into();
    buffer.byte_length().into()
}

/// Inspects and imports the bytes, posts the preview with the time each stage took (for the
/// benchmark page, `bench.html`), and keeps the result for `take`. An orders file is decoded
/// once, for both (`file_text`): inspecting then, not importing, takes the time of decoding.
fn import(
    scope: &DedicatedWorkerGlobalScope,
    name: String,
    bytes: Vec<u8>,
    options: &OptionsDto,
    locale: Locale,
    read_ms: f64,
) -> Loaded {
    let total = bytes.len() as f64;
    progress(scope, Phase::Parsing, 0.0, total);
    let options = options.to_options();
    let started_ms = now_ms(scope);
    let text = file_text(&bytes, &options);
    let inspection = match &text {
        Ok(text) => inspect_text(text, &options, PREVIEW_ROWS),
        Err(err) => Err(err.clone()),
    };
    let inspected_ms = now_ms(scope);
    // A file of another kind is previewed with its own importer; orders and survey responses
    // can be taken.
    let kind = inspection
        .as_ref()
        .ok()
        .and_then(|seen| seen.kind)
        .unwrap_or(Kind::Orders);
    let (preview, imported) = match kind {
        Kind::Orders => {
            let imported = match &text {
                Ok(text) => import_orders_text(text, &options),
                Err(err) => Err(err.clone()),
            };
            let preview = Preview::new(&name, locale, &inspection, &imported);
            (preview, imported.ok().map(Table::Orders))
        }
        Kind::Responses => {
            let imported = import_responses(&bytes, &options);
            let preview = Preview::of_responses(&name, locale, &inspection, &imported);
            (preview, imported.ok().map(Table::Responses))
        }
        kind => {
            let preview = Preview::of_kind(&name, locale, &inspection, kind, &bytes, &options);
            (preview, None)
        }
    };
    let imported_ms = now_ms(scope);
    let timings = object(&[
        ("bytes", total.into()),
        ("read_ms", read_ms.into()),
        ("inspect_ms", (inspected_ms - started_ms).into()),
        ("parse_and_type_ms", (imported_ms - inspected_ms).into()),
        ("total_ms", (read_ms + imported_ms - started_ms).into()),
        ("wasm_memory_bytes", wasm_memory_bytes().into()),
    ]);
    let message = match serde_json::to_string(&preview) {
        Ok(json) => object(&[
            ("type", "preview".into()),
            ("json", json.into()),
            ("timings", timings),
        ]),
        Err(err) => {
            let message = format!("the preview could not be sent: {err}");
            object(&[("type", "failed".into()), ("message", message.into())])
        }
    };
    post(scope, &message, None);
    Loaded {
        name,
        bytes,
        imported,
    }
}

/// The orders of an `orders` request: typed arrays of equal length (keys are not needed to
/// report).
fn orders_of(data: &JsValue) -> Result<Orders, String> {
    let array = |key: &str| field(data, key);
    let customer: Uint32Array = array("customer")?
        .dyn_into()
        .map_err(|_| "the orders have no customer column".to_owned())?;
    let day: Int32Array = array("day")?
        .dyn_into()
        .map_err(|_| "the orders have no day column".to_owned())?;
    let amount: Float64Array = array("amount")?
        .dyn_into()
        .map_err(|_| "the orders have no amount column".to_owned())?;
    if customer.length() != day.length() || day.length() != amount.length() {
        return Err("the orders' columns differ in length".to_owned());
    }
    let segment = segment_of(data, day.length() as usize)?;
    let status = status_of(data, day.length() as usize)?;
    Ok(Orders {
        customer: customer.to_vec().into_iter().map(CustomerId).collect(),
        day: day.to_vec().into_iter().map(Day).collect(),
        amount: amount
            .to_vec()
            .into_iter()
            .map(|cents| Money(cents as i64))
            .collect(),
        customers: CustomerIds::default(),
        segment,
        status,
    })
}

/// The segment column of a message (`segment_column`, `segment_names` as JSON, `segment` codes;
/// see `store::format::segment_codes`), `None` when it has none.
fn segment_of(data: &JsValue, n: usize) -> Result<Option<SegmentColumn>, String> {
    let Some(name) = field(data, "segment_column")?.as_string() else {
        return Ok(None);
    };
    let names = field(data, "segment_names")?
        .as_string()
        .unwrap_or_default();
    let names: Vec<String> = serde_json::from_str(&names)
        .map_err(|err| format!("the segments could not be read: {err}"))?;
    let codes: Uint32Array = field(data, "segment")?
        .dyn_into()
        .map_err(|_| "the orders have no segment codes".to_owned())?;
    format::segment_column(Some(name), names, &codes.to_vec(), n).map_err(|err| err.to_string())
}

/// The segment fields of a message carrying `orders` (none without a segment column), and the
/// codes' array to transfer.
pub fn segment_fields(orders: &Orders) -> Vec<(&'static str, JsValue)> {
    let (name, names, codes) = format::segment_codes(orders);
    let Some(name) = name else {
        return Vec::new();
    };
    // A list of strings always serializes.
    let names = serde_json::to_string(&names).unwrap_or_default();
    vec![
        ("segment_column", name.into()),
        ("segment_names", names.into()),
        ("segment", Uint32Array::from(codes.as_slice()).into()),
    ]
}

/// The status column of a message (`status_column`, `status_names` and `status_counted` as
/// JSON, `status` codes; see `store::format::status_codes`), `None` when it has none.
pub fn status_of(data: &JsValue, n: usize) -> Result<Option<StatusColumn>, String> {
    let Some(name) = field(data, "status_column")?.as_string() else {
        return Ok(None);
    };
    let json = |key: &str| field(data, key).map(|v| v.as_string().unwrap_or_default());
    let names: Vec<String> = serde_json::from_str(&json("status_names")?)
        .map_err(|err| format!("the statuses could not be read: {err}"))?;
    let counted: Vec<bool> = serde_json::from_str(&json("status_counted")?)
        .map_err(|err| format!("the statuses could not be read: {err}"))?;
    let codes: Uint32Array = field(data, "status")?
        .dyn_into()
        .map_err(|_| "the orders have no status codes".to_owned())?;
    format::status_column(Some(name), names, counted, &codes.to_vec(), n)
        .map_err(|err| err.to_string())
}

/// The status fields of a message carrying `orders` (none without a status column).
pub fn status_fields(orders: &Orders) -> Vec<(&'static str, JsValue)> {
    let (name, names, counted, codes) = format::status_codes(orders);
    let Some(name) = name else {
        return Vec::new();
    };
    // Lists of strings and booleans always serialize.
    let names = serde_json::to_string(&names).unwrap_or_default();
    let counted = serde_json::to_string(&counted).unwrap_or_default();
    vec![
        ("status_column", name.into()),
        ("status_names", names.into()),
        ("status_counted", counted.into()),
        ("status", Uint32Array::from(codes.as_slice()).into()),
    ]
}

/// Sends imported survey responses as a `ResponsesRecord` in JSON (surveys are small).
fn post_responses(
    scope: &DedicatedWorkerGlobalScope,
    imported: &Imported<Responses>,
) -> Result<(), String> {
    let record = ResponsesRecord::from_responses(&imported.table);
    let json = serde_json::to_string(&record)
        .map_err(|err| format!("the responses could not be sent: {err}"))?;
    let message = object(&[
        ("type", "responses".into()),
        ("json", json.into()),
        ("rows", imported.rows.into()),
    ]);
    post(scope, &message, None);
    Ok(())
}

/// Sends the imported orders as typed arrays, transferring their buffers.
fn post_table(
    scope: &DedicatedWorkerGlobalScope,
    imported: &Imported<Orders>,
) -> Result<(), String> {
    let table = &imported.table;
    let keys = serde_json::to_string(&table.customers.keys())
        .map_err(|err| format!("the customers could not be sent: {err}"))?;
    let customer: Vec<u32> = table.customer.iter().map(|id| id.0).collect();
    let day: Vec<i32> = table.day.iter().map(|day| day.0).collect();
    // Hundredths as f64 are exact below 2^53, far beyond any real order.
    let amount: Vec<f64> = table.amount.iter().map(|money| money.0 as f64).collect();
    let customer = Uint32Array::from(customer.as_slice());
    let day = Int32Array::from(day.as_slice());
    let amount = Float64Array::from(amount.as_slice());
    // The stored form is encoded here too, so the page does not spend its own thread on it.
    let stored = Uint8Array::from(compact::encode_orders(table).as_slice());
    let transfer = Array::of4(
        &customer.buffer(),
        &day.buffer(),
        &amount.buffer(),
        &stored.buffer(),
    );
    let mut fields = vec![
        ("type", "table".into()),
        ("stored", stored.into()),
        ("keys", keys.into()),
        ("customer", customer.into()),
        ("day", day.into()),
        ("amount", amount.into()),
        ("rows", imported.rows.into()),
    ];
    fields.extend(segment_fields(table));
    fields.extend(status_fields(table));
    let message = object(&fields);
    post(scope, &message, Some(&transfer));
    Ok(())
}
