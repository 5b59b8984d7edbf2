//! The page's numerals: which digit set numbers are shown in (the language's own unless the user
//! chose one) and the symbols the browser's `Intl.NumberFormat` writes them with. The pure
//! formatters in `i18n` spell every number with the symbols set here.

use js_sys::{Array, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

use crate::engine::data::{Calendar, Day};
use crate::i18n::{Locale, NumberSymbols, Numerals, digits};

/// A day the report or the store writes as `2024-03-20`, in `calendar` and the page's digits
/// (`۱۴۰۳-۰۱-۰۱`); text that is not such a day is only given the page's digits.
pub fn show_day(iso: &str, calendar: Calendar) -> String {
    match Day::from_iso(iso) {
        Some(day) => digits(&calendar.format_day(day)),
        None => digits(iso),
    }
}

/// A string property of a JS object, if it is one.
fn string_at(object: &JsValue, key: &str) -> Option<String> {
    Reflect::get(object, &JsValue::from_str(key))
        .ok()?
        .as_string()
}

/// `Intl.NumberFormat(tag, options)`; options given as `(name, value)` pairs.
fn number_format(tag: &str, options: &[(&str, &str)]) -> Intl::NumberFormat {
    let object = Object::new();
    for (name, value) in options {
        // Setting a property on a fresh plain object cannot fail.
        let _ = Reflect::set(&object, &JsValue::from_str(name), &JsValue::from_str(value));
    }
    Intl::NumberFormat::new(&Array::of1(&JsValue::from_str(tag)), &object)
}

/// The parts `Intl` writes `value` with, as `(type, value)`.
fn parts(format: &Intl::NumberFormat, value: f64) -> Vec<(String, String)> {
    format
        .format_to_parts(value)
        .iter()
        .filter_map(|part| Some((string_at(&part, "type")?, string_at(&part, "value")?)))
        .collect()
}

/// The digit set the browser writes `locale` in by default (`ar` → Arabic-Indic), Latin when it
/// names one Vafa does not offer.
pub fn native_numerals(locale: Locale) -> Numerals {
    let options = number_format(locale.tag(), &[]).resolved_options();
    string_at(&options, "numberingSystem")
        .and_then(|system| Numerals::from_system(&system))
        .unwrap_or(match locale {
            Locale::En => Numerals::Latin,
            Locale::Fa => Numerals::Persian,
            Locale::Ar => Numerals::ArabicIndic,
        })
}

/// The symbols `Intl` writes numbers with in `locale` and `numerals`; CLDR's when a part is
/// missing.
pub fn intl_symbols(locale: Locale, numerals: Numerals) -> NumberSymbols {
    let tag = format!("{}-u-nu-{}", locale.tag(), numerals.system());
    let mut symbols = NumberSymbols::builtin(numerals);
    let plain = number_format(&tag, &[]);
    // 9,876,543,210 holds every digit once, nine first.
    let digits: Vec<char> = parts(&plain, 9_876_543_210.0)
        .into_iter()
        .filter(|(kind, _)| kind == "integer")
        .flat_map(|(_, value)| value.chars().collect::<Vec<_>>())
        .collect();
    if digits.len() == 10 {
        for (d, c) in digits.into_iter().rev().enumerate() {
            symbols.digits[d] = c;
        }
    }
    let negative = parts(&plain, -1234.5);
    // The sign is whatever comes before the digits: `−` with the marks that keep it on the
    // number's side in right-to-left text (`‎−` in Persian, `؜-` in Arabic).
    let sign: String = negative
        .iter()
        .take_while(|(kind, _)| kind != "integer")
        .map(|(_, value)| value.as_str())
        .collect();
    if !sign.is_empty() {
        symbols.minus = sign;
    }
    for (kind, value) in negative {
        match kind.as_str() {
            "group" => symbols.group = value,
            "decimal" => symbols.decimal = value,
            _ => {}
        }
    }
    // Likewise the percent sign is everything after the digits (`٪؜` in Arabic).
    let percent = parts(&number_format(&tag, &[("style", "percent")]), 0.5);
    let after: String = percent
        .iter()
        .skip_while(|(kind, _)| kind != "integer")
        .skip(1)
        .map(|(_, value)| value.as_str())
        .collect();
    if after.contains(['%', '٪']) {
        symbols.percent = after;
    }
    symbols
}
