//! The stored shapes: the index of what is stored (version 2; version 1 is migrated on read) and
//! the format-1 JSON record of an orders table (customer keys once, then integer columns), which
//! the import worker still sends and older stores still hold; new datasets are written in the
//! compact format 2 (`compact`). The engine's types are never serialized directly: this module
//! converts, and rejects records that do not hold together (a damaged or foreign value) with a
//! reason instead of a panic.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::engine::data::{
    Calendar, CustomerId, CustomerIds, Day, Labels, Money, Orders, Period, SegmentColumn,
    StatusColumn,
};

/// The version of the JSON records (`OrdersRecord`, `ResponsesRecord`).
pub const VERSION: u32 = 1;

/// The version of the index this page writes. Version 1 had no place, size, date range or damage
/// mark: its entries read back as kept in localStorage, size and range unknown.
pub const INDEX_VERSION: u32 = 2;

/// What is stored: one entry per dataset, and which one the dashboard shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Index {
    pub version: u32,
    pub datasets: Vec<DatasetMeta>,
    /// Id of the dataset shown; `None` shows the built-in sample.
    pub active: Option<String>,
    /// Next number to use in a dataset id.
    pub next_id: u32,
}

/// A stored dataset as the dataset list shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DatasetMeta {
    pub id: String,
    /// The file name it was imported from.
    pub name: String,
    /// `orders` or `responses` (survey answers; `store::responses`).
    pub kind: String,
    /// Data records read from the file.
    pub rows: u32,
    /// Table entries kept (orders).
    pub entries: u32,
    /// Where the record is kept.
    #[serde(default)]
    pub place: Place,
    /// Bytes the record takes where it is kept (localStorage counts 2 a character); 0 unknown.
    #[serde(default)]
    pub bytes: u64,
    /// First and last order or response day, `YYYY-MM-DD`.
    #[serde(default)]
    pub first_day: Option<String>,
    #[serde(default)]
    pub last_day: Option<String>,
    /// Why the record could not be read, when it was set aside: it is listed, never loaded, and
    /// kept as it is until the user deletes it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub damaged: Option<String>,
}

/// Where a dataset's record is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Place {
    /// `localStorage["vafa.dataset.<id>"]`, as text.
    #[default]
    Local,
    /// IndexedDB `vafa` / `datasets` / `<id>`, as bytes: for datasets localStorage cannot hold.
    IndexedDb,
}

impl DatasetMeta {
    /// An entry for a new dataset of `kind` from file `name`, not yet placed.
    pub fn new(name: &str, kind: &str, rows: u32, entries: usize) -> DatasetMeta {
        DatasetMeta {
            id: String::new(),
            name: name.to_owned(),
            kind: kind.to_owned(),
            rows,
            entries: u32::try_from(entries).unwrap_or(u32::MAX),
            place: Place::Local,
            bytes: 0,
            first_day: None,
            last_day: None,
            damaged: None,
        }
    }

    /// With the first and last of `days` as its date range.
    pub fn with_days(mut self, days: impl Iterator<Item = Day>) -> DatasetMeta {
        let (first, last) = days.fold((None::<Day>, None::<Day>), |(lo, hi), day| {
            (
                Some(lo.map_or(day, |lo| lo.min(day))),
                Some(hi.map_or(day, |hi| hi.max(day))),
            )
        });
        self.first_day = first.map(|d| d.to_string());
        self.last_day = last.map(|d| d.to_string());
        self
    }
}

/// An orders table as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrdersRecord {
    pub version: u32,
    /// Customer keys, in id order.
    pub customers: Vec<String>,
    pub customer: Vec<u32>,
    pub day: Vec<i32>,
    /// Hundredths of the major unit.
    pub amount: Vec<i64>,
    /// The segment column's name, when the file has one (records written before segments were
    /// read have none, and read back without one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub segment_column: Option<String>,
    /// Its distinct texts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub segment_names: Vec<String>,
    /// Per order: 0 = no segment, k = `segment_names[k − 1]`; empty without a segment column.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub segment: Vec<u32>,
    /// The status column's name, when the file has one (records written before statuses were
    /// kept have none: their orders are all purchases).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_column: Option<String>,
    /// Its distinct texts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub status_names: Vec<String>,
    /// Per status text: whether it counts as a purchase.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub status_counted: Vec<bool>,
    /// Per order: 0 = no status, k = `status_names[k − 1]`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub status: Vec<u32>,
}

/// A segment column as stored and sent between threads: its name, its texts, and one code per
/// order (0 = no segment, k = `names[k − 1]`).
pub fn segment_codes(orders: &Orders) -> (Option<String>, Vec<String>, Vec<u32>) {
    match &orders.segment {
        None => (None, Vec::new(), Vec::new()),
        Some(column) => (
            Some(column.name.clone()),
            column.labels.names.clone(),
            codes_of(&column.labels),
        ),
    }
}

/// The status column as stored and sent between threads: its name, its texts, whether each
/// counts, and one code per order (0 = no status, k = `names[k − 1]`).
pub fn status_codes(orders: &Orders) -> (Option<String>, Vec<String>, Vec<bool>, Vec<u32>) {
    match &orders.status {
        None => (None, Vec::new(), Vec::new(), Vec::new()),
        Some(column) => (
            Some(column.name.clone()),
            column.labels.names.clone(),
            column.counted.clone(),
            codes_of(&column.labels),
        ),
    }
}

/// One code per row of `labels`: 0 = none, k = `names[k − 1]`.
fn codes_of(labels: &Labels) -> Vec<u32> {
    labels
        .index
        .iter()
        .map(|idx| idx.map_or(0, |idx| idx.saturating_add(1)))
        .collect()
}

/// The labels of `n` rows from their stored texts and codes, checked: every code names a text
/// and no text is listed twice. `what` names the column in the reasons (`segment`, `status`).
fn labels_of(
    names: Vec<String>,
    codes: &[u32],
    n: usize,
    what: Column,
) -> Result<Labels, FormatError> {
    if codes.len() != n {
        return Err(FormatError::Damaged("its columns differ in length"));
    }
    if codes.iter().any(|&code| code as usize > names.len()) {
        return Err(FormatError::Damaged(match what {
            Column::Segment => "an order names an unknown segment",
            Column::Status => "an order names an unknown status",
        }));
    }
    let mut labels = Labels::with_names(names);
    if labels.names.len() != {
        let mut distinct = labels.names.clone();
        distinct.sort_unstable();
        distinct.dedup();
        distinct.len()
    } {
        return Err(FormatError::Damaged(match what {
            Column::Segment => "a segment is listed twice",
            Column::Status => "a status is listed twice",
        }));
    }
    labels.index = codes.iter().map(|&code| code.checked_sub(1)).collect();
    Ok(labels)
}

/// The labelled columns an orders record may hold.
#[derive(Clone, Copy)]
enum Column {
    Segment,
    Status,
}

/// The segment column of `n` orders from its stored parts, checked: every code names a text.
pub fn segment_column(
    name: Option<String>,
    names: Vec<String>,
    codes: &[u32],
    n: usize,
) -> Result<Option<SegmentColumn>, FormatError> {
    let Some(name) = name else {
        return Ok(None);
    };
    let labels = labels_of(names, codes, n, Column::Segment)?;
    Ok(Some(SegmentColumn { name, labels }))
}

/// The status column of `n` orders from its stored parts, checked: every code names a text and
/// every text says whether it counts.
pub fn status_column(
    name: Option<String>,
    names: Vec<String>,
    counted: Vec<bool>,
    codes: &[u32],
    n: usize,
) -> Result<Option<StatusColumn>, FormatError> {
    let Some(name) = name else {
        return Ok(None);
    };
    if counted.len() != names.len() {
        return Err(FormatError::Damaged("its columns differ in length"));
    }
    let labels = labels_of(names, codes, n, Column::Status)?;
    Ok(Some(StatusColumn {
        name,
        labels,
        counted,
    }))
}

/// The periods the dashboard offers, shortest first.
pub const SETTING_PERIODS: [Period; 3] = [Period::Week, Period::Month, Period::Quarter];

/// The activity windows W the dashboard accepts, in days.
pub const WINDOW_DAYS: std::ops::RangeInclusive<u32> = 1..=3650;

/// The page's settings as stored (`vafa.settings`): period name, activity window W, and the
/// language the user chose (records written before languages were remembered have none).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SettingsRecord {
    pub period: String,
    pub window_days: u32,
    /// `en`, `fa` or `ar`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    /// The digits chosen, a numbering system of `DIGIT_SYSTEMS`; none: the language's own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub digits: Option<String>,
    /// `jalali`, or none for Gregorian.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calendar: Option<String>,
    /// The cohort heatmap's table: `on`, `on_or_after` or `revenue`; none: `on`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cohort: Option<String>,
    /// The choices made for each stored survey, by dataset id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub surveys: BTreeMap<String, SurveyChoice>,
    /// The order statuses that count as purchases, by dataset id, where the user changed them
    /// in the settings (a dataset without an entry counts them as imported).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub statuses: BTreeMap<String, Vec<String>>,
}

/// What was chosen for one survey: whether partial responses count, the lowest satisfied CSAT
/// score (none: the top two of the scale) and the CES direction (`high_is_good`, `low_is_good`;
/// none: from the question).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SurveyChoice {
    #[serde(default)]
    pub partial: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub satisfied_from: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ces: Option<String>,
}

/// The cohort tables the heatmap offers.
pub const COHORT_VIEWS: [&str; 3] = ["on", "on_or_after", "revenue"];

/// The digit sets the page offers, as Unicode numbering systems: Latin, Persian (extended
/// Arabic-Indic) and Arabic-Indic.
pub const DIGIT_SYSTEMS: [&str; 3] = ["latn", "arabext", "arab"];

impl SettingsRecord {
    /// The record of `period` and `window_days`, no language chosen.
    pub fn new(period: Period, window_days: u32) -> SettingsRecord {
        SettingsRecord {
            period: period.name().to_owned(),
            window_days,
            locale: None,
            digits: None,
            calendar: None,
            cohort: None,
            surveys: BTreeMap::new(),
            statuses: BTreeMap::new(),
        }
    }

    /// With language `tag` (`en`, `fa`, `ar`).
    pub fn with_locale(mut self, tag: &str) -> SettingsRecord {
        self.locale = Some(tag.to_owned());
        self
    }

    /// With the digits of numbering system `system`, or the language's own for `None`.
    pub fn with_digits(mut self, system: Option<&str>) -> SettingsRecord {
        self.digits = system.map(str::to_owned);
        self
    }

    /// With `calendar` (left out for Gregorian) and cohort table `cohort`.
    pub fn with_view(mut self, calendar: Calendar, cohort: &str) -> SettingsRecord {
        self.calendar = (calendar != Calendar::Gregorian).then(|| calendar.name().to_owned());
        self.cohort = Some(cohort.to_owned());
        self
    }

    /// With the statuses counted in each orders dataset where the user chose them.
    pub fn with_statuses(mut self, statuses: BTreeMap<String, Vec<String>>) -> SettingsRecord {
        self.statuses = statuses;
        self
    }

    /// With the choices made for each survey.
    pub fn with_surveys(mut self, surveys: BTreeMap<String, SurveyChoice>) -> SettingsRecord {
        self.surveys = surveys;
        self
    }

    /// The stored calendar; Gregorian when none or an unknown one is stored.
    pub fn calendar(&self) -> Calendar {
        self.calendar
            .as_deref()
            .and_then(Calendar::from_name)
            .unwrap_or_default()
    }

    /// The stored cohort table, if it is one the heatmap offers.
    pub fn cohort(&self) -> Option<&str> {
        self.cohort
            .as_deref()
            .filter(|view| COHORT_VIEWS.contains(view))
    }

    /// The stored digits, if they are ones the page offers.
    pub fn digits(&self) -> Option<&str> {
        self.digits
            .as_deref()
            .filter(|system| DIGIT_SYSTEMS.contains(system))
    }

    /// The stored period, if it is one the dashboard offers.
    pub fn period(&self) -> Option<Period> {
        Period::from_name(&self.period).filter(|p| SETTING_PERIODS.contains(p))
    }

    /// The stored window, if it is in `WINDOW_DAYS`.
    pub fn window_days(&self) -> Option<u32> {
        Some(self.window_days).filter(|w| WINDOW_DAYS.contains(w))
    }
}

/// The settings a view's address carries, so that it can be bookmarked or shared: settings only,
/// never data. `period=week&window=90&lang=fa&digits=latn&calendar=jalali&cohort=revenue`; each
/// part is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UrlSettings {
    pub period: Option<Period>,
    pub window_days: Option<u32>,
    /// `en`, `fa` or `ar`.
    pub locale: Option<String>,
    /// A numbering system of `DIGIT_SYSTEMS`.
    pub digits: Option<String>,
    pub calendar: Option<Calendar>,
    /// One of `COHORT_VIEWS`.
    pub cohort: Option<String>,
    /// The survey choices (`partial`, `satisfied`, `ces`), written while a survey is shown;
    /// `partial` is always written then, so a bookmark's defaults are not taken for "none".
    pub survey: Option<SurveyChoice>,
    /// The order statuses that count (`statuses=paid,completed`), written while orders with a
    /// status column are shown. Status texts come from the file, so each is percent-encoded.
    pub statuses: Option<Vec<String>>,
}

/// The CES directions a survey choice names.
pub const CES_DIRECTIONS: [&str; 2] = ["high_is_good", "low_is_good"];

impl UrlSettings {
    /// The settings in a query string (with or without its `?`); unknown keys and values outside
    /// the offered choices are ignored.
    pub fn parse(query: &str) -> UrlSettings {
        let mut settings = UrlSettings::default();
        for pair in query.trim_start_matches('?').split('&') {
            let Some((key, value)) = pair.split_once('=') else {
                continue;
            };
            match key {
                "period" => {
                    settings.period =
                        Period::from_name(value).filter(|p| SETTING_PERIODS.contains(p));
                }
                "window" => {
                    settings.window_days = value.parse().ok().filter(|w| WINDOW_DAYS.contains(w));
                }
                "lang" if ["en", "fa", "ar"].contains(&value) => {
                    settings.locale = Some(value.to_owned());
                }
                "digits" if DIGIT_SYSTEMS.contains(&value) => {
                    settings.digits = Some(value.to_owned());
                }
                "calendar" => settings.calendar = Calendar::from_name(value),
                "cohort" if COHORT_VIEWS.contains(&value) => {
                    settings.cohort = Some(value.to_owned());
                }
                "partial" if ["0", "1"].contains(&value) => {
                    settings.survey.get_or_insert_default().partial = value == "1";
                }
                // Survey scales run from 0 or 1 up to 10 at most.
                "satisfied" => {
                    if let Some(k) = value.parse::<u8>().ok().filter(|k| *k <= 10) {
                        settings.survey.get_or_insert_default().satisfied_from = Some(k);
                    }
                }
                "ces" if CES_DIRECTIONS.contains(&value) => {
                    settings.survey.get_or_insert_default().ces = Some(value.to_owned());
                }
                "statuses" => {
                    let names: Option<Vec<String>> = if value.is_empty() {
                        Some(Vec::new())
                    } else {
                        value.split(',').map(percent_decode).collect()
                    };
                    settings.statuses = names;
                }
                _ => {}
            }
        }
        settings
    }

    /// `period=…&window=…&lang=…&digits=…`, of the parts that are set.
    pub fn query(&self) -> String {
        let survey = self.survey.as_ref();
        let parts = [
            self.period.map(|p| format!("period={}", p.name())),
            self.window_days.map(|w| format!("window={w}")),
            self.locale.as_ref().map(|l| format!("lang={l}")),
            self.digits.as_ref().map(|d| format!("digits={d}")),
            self.calendar.map(|c| format!("calendar={}", c.name())),
            self.cohort.as_ref().map(|c| format!("cohort={c}")),
            survey.map(|s| format!("partial={}", u8::from(s.partial))),
            survey
                .and_then(|s| s.satisfied_from)
                .map(|k| format!("satisfied={k}")),
            survey
                .and_then(|s| s.ces.as_ref())
                .map(|d| format!("ces={d}")),
            self.statuses.as_ref().map(|names| {
                let names: Vec<String> = names.iter().map(|n| percent_encode(n)).collect();
                format!("statuses={}", names.join(","))
            }),
        ];
        parts.into_iter().flatten().collect::<Vec<_>>().join("&")
    }
}

/// `text` for a query value: every byte but ASCII letters, digits and `-._~` as `%XX`.
fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// The text of a query value written by `percent_encode` (or by hand); `None` when a `%` is not
/// followed by two hex digits or the bytes are not UTF-8.
fn percent_decode(value: &str) -> Option<String> {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        if byte == b'%' {
            let hex = std::str::from_utf8(bytes.get(at + 1..at + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            at += 3;
        } else {
            out.push(byte);
            at += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// The wizard's choices (column roles, measures, day order, purchase statuses) per file layout,
/// as stored (`vafa.layouts`): the next file with the same header gets them again. Most recent
/// first, at most `Layouts::KEPT`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Layouts {
    pub layouts: Vec<Layout>,
}

/// The choices made for files with this header.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Layout {
    pub header: Vec<String>,
    /// The wizard's options as JSON (`worker::protocol::OptionsDto`).
    pub options: String,
}

impl Layouts {
    /// Layouts remembered at most.
    pub const KEPT: usize = 20;

    /// The choices last made for a file with `header`.
    pub fn find(&self, header: &[String]) -> Option<&str> {
        self.layouts
            .iter()
            .find(|layout| layout.header == header)
            .map(|layout| layout.options.as_str())
    }

    /// Remembers `options` for `header`, first, forgetting the oldest beyond `KEPT`.
    pub fn remember(&mut self, header: &[String], options: &str) {
        self.layouts.retain(|layout| layout.header != header);
        self.layouts.insert(
            0,
            Layout {
                header: header.to_vec(),
                options: options.to_owned(),
            },
        );
        self.layouts.truncate(Self::KEPT);
    }
}

/// Why a stored value could not be read back.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FormatError {
    #[error("stored data could not be decoded: {0}")]
    Decode(String),
    #[error(
        "stored data has version {found}, newer than this page reads: open it with a newer Vafa"
    )]
    Version { found: u32 },
    #[error("stored dataset is damaged: {0}")]
    Damaged(&'static str),
}

impl OrdersRecord {
    /// The record of `orders`.
    pub fn from_orders(orders: &Orders) -> OrdersRecord {
        let (segment_column, segment_names, segment) = segment_codes(orders);
        let (status_column, status_names, status_counted, status) = status_codes(orders);
        OrdersRecord {
            version: VERSION,
            customers: orders
                .customers
                .keys()
                .into_iter()
                .map(str::to_owned)
                .collect(),
            customer: orders.customer.iter().map(|id| id.0).collect(),
            day: orders.day.iter().map(|day| day.0).collect(),
            amount: orders.amount.iter().map(|money| money.0).collect(),
            segment_column,
            segment_names,
            segment,
            status_column,
            status_names,
            status_counted,
            status,
        }
    }

    /// The orders table this record holds, checked for consistency.
    pub fn into_orders(self) -> Result<Orders, FormatError> {
        if self.version != VERSION {
            return Err(FormatError::Version {
                found: self.version,
            });
        }
        let n = self.day.len();
        if self.customer.len() != n || self.amount.len() != n {
            return Err(FormatError::Damaged("its columns differ in length"));
        }
        let mut customers = CustomerIds::default();
        for key in &self.customers {
            customers.intern(key);
        }
        if customers.len() != self.customers.len() {
            return Err(FormatError::Damaged("a customer is listed twice"));
        }
        let n_customers = self.customers.len();
        if self.customer.iter().any(|&id| id as usize >= n_customers) {
            return Err(FormatError::Damaged("an order names an unknown customer"));
        }
        let segment = segment_column(self.segment_column, self.segment_names, &self.segment, n)?;
        let status = status_column(
            self.status_column,
            self.status_names,
            self.status_counted,
            &self.status,
            n,
        )?;
        Ok(Orders {
            customer: self.customer.into_iter().map(CustomerId).collect(),
            day: self.day.into_iter().map(Day).collect(),
            amount: self.amount.into_iter().map(Money).collect(),
            customers,
            segment,
            status,
        })
    }
}

/// Encodes a stored value as JSON text.
pub fn encode<T: Serialize>(value: &T) -> Result<String, FormatError> {
    serde_json::to_string(value).map_err(|err| FormatError::Decode(err.to_string()))
}

/// The most characters one origin's localStorage holds in the browsers Vafa runs in (5 Mi UTF-16
/// code units); a record longer than this can never be stored there.
pub const LOCAL_STORAGE_CHARS: usize = 5 * 1024 * 1024;

/// Decodes an orders record from stored text.
pub fn decode_orders(text: &str) -> Result<Orders, FormatError> {
    let record: OrdersRecord =
        serde_json::from_str(text).map_err(|err| FormatError::Decode(err.to_string()))?;
    record.into_orders()
}

/// Decodes the index from stored text, migrating version 1 (its entries gain the defaults of the
/// fields version 2 added); a newer version is refused.
pub fn decode_index(text: &str) -> Result<Index, FormatError> {
    let index: Index =
        serde_json::from_str(text).map_err(|err| FormatError::Decode(err.to_string()))?;
    migrate_index(index)
}

/// The index as this page keeps it: version 1 is read as version 2; a newer one is refused.
pub fn migrate_index(mut index: Index) -> Result<Index, FormatError> {
    match index.version {
        1 | INDEX_VERSION => {
            index.version = INDEX_VERSION;
            Ok(index)
        }
        found => Err(FormatError::Version { found }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_view_address_round_trips_its_settings_and_ignores_the_rest() {
        let settings = UrlSettings {
            period: Some(Period::Week),
            window_days: Some(90),
            locale: Some("fa".into()),
            digits: Some("latn".into()),
            calendar: Some(Calendar::Jalali),
            cohort: Some("revenue".into()),
            survey: None,
            statuses: None,
        };
        let query = settings.query();
        assert_eq!(
            query,
            "period=week&window=90&lang=fa&digits=latn&calendar=jalali&cohort=revenue"
        );
        assert_eq!(UrlSettings::parse(&format!("?{query}")), settings);
        let no_digits = UrlSettings {
            digits: None,
            calendar: None,
            cohort: None,
            ..settings
        };
        assert_eq!(no_digits.query(), "period=week&window=90&lang=fa");
        assert_eq!(
            UrlSettings::parse("?digits=thai&calendar=hebrew&cohort=x"),
            UrlSettings::default()
        );
        assert_eq!(
            UrlSettings::parse("?period=year&window=0&lang=de&x=1&junk"),
            UrlSettings::default(),
            "a year, W = 0 and German are not offered"
        );
        assert_eq!(UrlSettings::parse(""), UrlSettings::default());
    }

    #[test]
    fn a_view_address_round_trips_the_counted_statuses_whatever_their_text() {
        let statuses = vec![
            "paid".to_owned(),
            "تکمیل شده".to_owned(),
            "a,b&c=d%#+ e".to_owned(),
        ];
        let settings = UrlSettings {
            statuses: Some(statuses),
            ..UrlSettings::default()
        };
        let query = settings.query();
        assert!(query.is_ascii(), "{query}");
        assert_eq!(query.matches(',').count(), 2, "{query}");
        assert_eq!(UrlSettings::parse(&query), settings);
        // Counting nothing is a choice too; a broken escape is none.
        assert_eq!(UrlSettings::parse("statuses=").statuses, Some(Vec::new()));
        assert_eq!(UrlSettings::parse("statuses=paid,%E2%28").statuses, None);
        assert_eq!(UrlSettings::parse("statuses=%4").statuses, None);
        assert_eq!(
            UrlSettings::parse("statuses=%70aid").statuses,
            Some(vec!["paid".to_owned()])
        );
    }

    #[test]
    fn a_survey_view_address_round_trips_its_choices() {
        let chosen = SurveyChoice {
            partial: true,
            satisfied_from: Some(4),
            ces: Some("low_is_good".into()),
        };
        let settings = UrlSettings {
            period: Some(Period::Month),
            survey: Some(chosen.clone()),
            ..UrlSettings::default()
        };
        let query = settings.query();
        assert_eq!(query, "period=month&partial=1&satisfied=4&ces=low_is_good");
        assert_eq!(UrlSettings::parse(&query), settings);
        // The defaults are written too, so a bookmark's "auto" is not read as "nothing chosen".
        let defaults = UrlSettings {
            survey: Some(SurveyChoice::default()),
            ..UrlSettings::default()
        };
        assert_eq!(defaults.query(), "partial=0");
        assert_eq!(UrlSettings::parse("partial=0"), defaults);
        assert_eq!(
            UrlSettings::parse("?satisfied=11&ces=sideways&partial=yes").survey,
            None,
            "scores above 10, unknown directions and words are not choices"
        );
        assert_eq!(
            UrlSettings::parse("?satisfied=0").survey,
            Some(SurveyChoice {
                satisfied_from: Some(0),
                ..SurveyChoice::default()
            })
        );
    }

    #[test]
    fn layouts_remember_the_latest_choice_per_header() {
        let header = |names: &[&str]| names.iter().map(|n| (*n).to_owned()).collect::<Vec<_>>();
        let mut layouts = Layouts::default();
        layouts.remember(&header(&["Email", "Date"]), "a");
        layouts.remember(&header(&["ایمیل", "تاریخ"]), "b");
        layouts.remember(&header(&["Email", "Date"]), "c");
        assert_eq!(layouts.find(&header(&["Email", "Date"])), Some("c"));
        assert_eq!(layouts.find(&header(&["ایمیل", "تاریخ"])), Some("b"));
        assert_eq!(layouts.find(&header(&["Email"])), None);
        assert_eq!(layouts.layouts.len(), 2);
        for i in 0..30 {
            layouts.remember(&header(&[&i.to_string()]), "x");
        }
        assert_eq!(layouts.layouts.len(), Layouts::KEPT);
        assert_eq!(layouts.find(&header(&["29"])), Some("x"));
        assert_eq!(
            layouts.find(&header(&["Email", "Date"])),
            None,
            "the oldest is forgotten"
        );
    }

    #[test]
    fn settings_outside_the_offered_choices_are_not_read() {
        let good = SettingsRecord::new(Period::Week, 90);
        assert_eq!(good.period(), Some(Period::Week));
        assert_eq!(good.window_days(), Some(90));
        let stored: SettingsRecord = serde_json::from_str(&encode(&good).unwrap()).unwrap();
        assert_eq!(stored, good);
        let chosen = good.clone().with_statuses(BTreeMap::from([(
            "d3".to_owned(),
            vec!["paid".to_owned(), "pending".to_owned()],
        )]));
        let text = encode(&chosen).unwrap();
        assert!(
            text.contains(r#""statuses":{"d3":["paid","pending"]}"#),
            "{text}"
        );
        assert_eq!(
            serde_json::from_str::<SettingsRecord>(&text).unwrap(),
            chosen
        );
        let bad = SettingsRecord {
            period: "fortnight".into(),
            window_days: 0,
            locale: None,
            digits: Some("thai".into()),
            calendar: Some("hebrew".into()),
            cohort: Some("sideways".into()),
            surveys: BTreeMap::new(),
            statuses: BTreeMap::new(),
        };
        assert_eq!((bad.calendar(), bad.cohort()), (Calendar::Gregorian, None));
        let jalali = SettingsRecord::new(Period::Week, 90).with_view(Calendar::Jalali, "revenue");
        assert_eq!(
            (jalali.calendar(), jalali.cohort()),
            (Calendar::Jalali, Some("revenue"))
        );
        let gregorian = SettingsRecord::new(Period::Week, 90).with_view(Calendar::Gregorian, "on");
        assert_eq!(gregorian.calendar, None, "Gregorian is not written");
        let choice = SurveyChoice {
            partial: true,
            satisfied_from: Some(4),
            ces: Some("low_is_good".into()),
        };
        let with_survey = gregorian.with_surveys(BTreeMap::from([("d3".to_owned(), choice)]));
        let stored: SettingsRecord = serde_json::from_str(&encode(&with_survey).unwrap()).unwrap();
        assert_eq!(stored, with_survey);
        assert_eq!(bad.digits(), None);
        let latin = SettingsRecord::new(Period::Week, 90).with_digits(Some("latn"));
        assert_eq!(latin.digits(), Some("latn"));
        // A record without a language (written before it was remembered) still reads.
        let old: SettingsRecord =
            serde_json::from_str(r#"{"period":"month","window_days":365}"#).unwrap();
        assert_eq!(old.locale, None);
        let fa = SettingsRecord::new(Period::Month, 365).with_locale("fa");
        assert_eq!(
            serde_json::from_str::<SettingsRecord>(&encode(&fa).unwrap()).unwrap(),
            fa
        );
        assert_eq!((bad.period(), bad.window_days()), (None, None));
        assert_eq!(SettingsRecord::new(Period::Year, 3651).period(), None);
        assert_eq!(SettingsRecord::new(Period::Year, 3651).window_days(), None);
        assert!(serde_json::from_str::<SettingsRecord>("{\"period\":7}").is_err());
    }
    use proptest::prelude::*;

    fn orders(rows: &[(&str, i32, i64)]) -> Orders {
        let mut orders = Orders::default();
        for (customer, day, amount) in rows {
            orders.push(customer, Day(*day), Money(*amount));
        }
        orders
    }

    fn with_segments(mut orders: Orders, segments: &[Option<&str>]) -> Orders {
        let mut labels = Labels::default();
        for segment in segments {
            labels.push(*segment);
        }
        orders.segment = Some(SegmentColumn {
            name: "Source".into(),
            labels,
        });
        orders
    }

    #[test]
    fn segments_round_trip_and_records_without_them_still_read() {
        let original = with_segments(
            orders(&[("a", 1, 1), ("b", 2, 2), ("a", 3, 3)]),
            &[Some("web"), None, Some("شیراز")],
        );
        let text = encode(&OrdersRecord::from_orders(&original)).unwrap();
        assert!(text.contains(r#""segment":[1,0,2]"#), "{text}");
        assert_eq!(decode_orders(&text).unwrap(), original);
        // A record of version 1 written before segments were read has none.
        let old = r#"{"version":1,"customers":["a"],"customer":[0],"day":[5],"amount":[7]}"#;
        assert_eq!(decode_orders(old).unwrap(), orders(&[("a", 5, 7)]));
        let unknown = r#"{"version":1,"customers":["a"],"customer":[0],"day":[5],"amount":[7],"segment_column":"S","segment_names":["x"],"segment":[2]}"#;
        assert_eq!(
            decode_orders(unknown),
            Err(FormatError::Damaged("an order names an unknown segment"))
        );
        let short = r#"{"version":1,"customers":["a"],"customer":[0],"day":[5],"amount":[7],"segment_column":"S","segment_names":["x"]}"#;
        assert_eq!(
            decode_orders(short),
            Err(FormatError::Damaged("its columns differ in length"))
        );
    }

    #[test]
    fn statuses_round_trip_and_a_record_that_does_not_hold_together_is_refused() {
        let mut original = orders(&[("a", 1, 1), ("b", 2, 2), ("a", 3, 3)]);
        let mut labels = Labels::default();
        for status in [Some("completed"), Some("لغو شده"), None] {
            labels.push(status);
        }
        original.status = Some(StatusColumn {
            name: "Status".into(),
            labels,
            counted: vec![true, false],
        });
        let text = encode(&OrdersRecord::from_orders(&original)).unwrap();
        assert!(
            text.contains(r#""status_counted":[true,false],"status":[1,2,0]"#),
            "{text}"
        );
        assert_eq!(decode_orders(&text).unwrap(), original);
        let mut record = OrdersRecord::from_orders(&original);
        record.status_counted.pop();
        assert_eq!(
            record.into_orders(),
            Err(FormatError::Damaged("its columns differ in length"))
        );
        let mut record = OrdersRecord::from_orders(&original);
        record.status[0] = 3;
        assert_eq!(
            record.into_orders(),
            Err(FormatError::Damaged("an order names an unknown status"))
        );
    }

    #[test]
    fn orders_round_trip() {
        let original = orders(&[
            ("a@x.com", 19_000, 1250),
            ("b@x.com", 19_010, 99),
            ("a@x.com", 19_020, 0),
        ]);
        let text = encode(&OrdersRecord::from_orders(&original)).unwrap();
        assert_eq!(decode_orders(&text).unwrap(), original);
    }

    #[test]
    fn damaged_records_are_rejected_with_a_reason() {
        let mut record = OrdersRecord::from_orders(&orders(&[("a", 1, 1)]));
        record.customer[0] = 7;
        assert_eq!(
            record.clone().into_orders(),
            Err(FormatError::Damaged("an order names an unknown customer"))
        );
        record.customer = vec![];
        assert_eq!(
            record.into_orders(),
            Err(FormatError::Damaged("its columns differ in length"))
        );
        assert!(matches!(
            decode_orders("{not json"),
            Err(FormatError::Decode(_))
        ));
        let newer = r#"{"version":9,"customers":[],"customer":[],"day":[],"amount":[]}"#;
        assert_eq!(decode_orders(newer), Err(FormatError::Version { found: 9 }));
    }

    proptest! {
        #[test]
        fn any_table_round_trips(rows in proptest::collection::vec((0u8..20, -1000i32..40_000, -10_000i64..10_000_000, 0u8..4), 0..60), has_segment: bool) {
            let mut original = Orders::default();
            let mut segments = Vec::new();
            for (customer, day, amount, segment) in rows {
                original.push(&format!("c{customer}"), Day(day), Money(amount));
                segments.push(["web", "pos", "تهران"].get(usize::from(segment)).copied());
            }
            if has_segment {
                original = with_segments(original, &segments);
            }
            let text = encode(&OrdersRecord::from_orders(&original)).unwrap();
            prop_assert_eq!(decode_orders(&text).unwrap(), original);
        }
    }
}
