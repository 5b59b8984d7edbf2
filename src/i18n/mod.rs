//! Words and number formats for the page and the CLI. Pure: no browser calls, so formatting is
//! tested natively (the page hands in the browser's number symbols). Components never hold literal sentences; they ask `text(locale, Msg)`.

mod format;
mod import;
mod messages;
mod orders;
mod survey;

pub use format::{
    NumberSymbols, Numerals, decimal, digits, group_int, ltr, money, p_value, percent_of_rate,
    percent_value, plain, set_symbols, signed_decimal,
};
pub use import::{kind_name, measure_name, reason_text, role_name};
pub use messages::{Locale, Msg, text};
pub use orders::{
    fill, filter_description, parse_whole, period_choice, period_name, period_plural,
    periods_counted, segment_name,
};
pub use survey::{SurveyMsg, ces_direction, text as survey_text};
