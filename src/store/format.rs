//! The stored shapes of datasets, version 1: a small index of what is stored plus one record per
//! dataset holding the typed columns (customer keys once, then integer columns). The engine's
//! types are never serialized directly: this module converts, and rejects records that do not
//! hold together (a damaged or foreign value) with a reason instead of a panic.

use serde::{Deserialize, Serialize};

use crate::engine::data::{CustomerId, CustomerIds, Day, Money, Orders, Period};

/// The current format version of both the index and the records.
pub const VERSION: u32 = 1;

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
    /// `orders` (more kinds come with later versions).
    pub kind: String,
    /// Data records read from the file.
    pub rows: u32,
    /// Table entries kept (orders).
    pub entries: u32,
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
}

/// The periods the dashboard offers, shortest first.
pub const SETTING_PERIODS: [Period; 3] = [Period::Week, Period::Month, Period::Quarter];

/// The activity windows W the dashboard accepts, in days.
pub const WINDOW_DAYS: std::ops::RangeInclusive<u32> = 1..=3650;

/// The dashboard's settings as stored (`vafa.settings`): period name and activity window W.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SettingsRecord {
    pub period: String,
    pub window_days: u32,
}

impl SettingsRecord {
    /// The record of `period` and `window_days`.
    pub fn new(period: Period, window_days: u32) -> SettingsRecord {
        SettingsRecord {
            period: period.name().to_owned(),
            window_days,
        }
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

/// Why a stored value could not be read back.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FormatError {
    #[error("stored data could not be decoded: {0}")]
    Decode(String),
    #[error("stored data has version {found}, this page reads version {VERSION}")]
    Version { found: u32 },
    #[error("stored dataset is damaged: {0}")]
    Damaged(&'static str),
}

impl OrdersRecord {
    /// The record of `orders`.
    pub fn from_orders(orders: &Orders) -> OrdersRecord {
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
        Ok(Orders {
            customer: self.customer.into_iter().map(CustomerId).collect(),
            day: self.day.into_iter().map(Day).collect(),
            amount: self.amount.into_iter().map(Money).collect(),
            customers,
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

/// How many characters (UTF-16 code units) `encode(&OrdersRecord::from_orders(orders))` writes,
/// counted without writing it: a dataset too large for localStorage is refused at once instead
/// of after encoding megabytes. Exact for keys without characters JSON escapes (quotes,
/// backslashes, control characters); a lower bound otherwise.
pub fn encoded_chars(orders: &Orders) -> usize {
    fn digits(n: u64) -> usize {
        n.checked_ilog10().map_or(1, |d| d as usize + 1)
    }
    let signed = |n: i64| digits(n.unsigned_abs()) + usize::from(n < 0);
    // `"key",` per key (code units), and `n,` per number; each array loses one comma and the
    // object adds its field names and punctuation.
    let keys: usize = orders
        .customers
        .keys()
        .iter()
        .map(|key| key.encode_utf16().count() + 3)
        .sum();
    let customer: usize = orders
        .customer
        .iter()
        .map(|id| digits(u64::from(id.0)) + 1)
        .sum();
    let day: usize = orders.day.iter().map(|d| signed(i64::from(d.0)) + 1).sum();
    let amount: usize = orders.amount.iter().map(|m| signed(m.0) + 1).sum();
    let frame = r#"{"version":,"customers":[],"customer":[],"day":[],"amount":[]}"#.len()
        + digits(u64::from(VERSION));
    let commas = [
        orders.customers.len(),
        orders.len(),
        orders.len(),
        orders.len(),
    ]
    .iter()
    .filter(|&&n| n > 0)
    .count();
    frame + keys + customer + day + amount - commas
}

/// Decodes an orders record from stored text.
pub fn decode_orders(text: &str) -> Result<Orders, FormatError> {
    let record: OrdersRecord =
        serde_json::from_str(text).map_err(|err| FormatError::Decode(err.to_string()))?;
    record.into_orders()
}

/// Decodes the index from stored text.
pub fn decode_index(text: &str) -> Result<Index, FormatError> {
    let index: Index =
        serde_json::from_str(text).map_err(|err| FormatError::Decode(err.to_string()))?;
    if index.version != VERSION {
        return Err(FormatError::Version {
            found: index.version,
        });
    }
    Ok(index)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_encoded_length_is_known_before_encoding() {
        let mut orders = Orders::default();
        assert_eq!(
            encoded_chars(&orders),
            encode(&OrdersRecord::from_orders(&orders)).unwrap().len()
        );
        for (key, day, cents) in [
            ("a@x.com", 19_000, 1250),
            ("b@x.com", -3, -99),
            ("a@x.com", 0, 0),
            ("c@x.com", 20_100, 123_456_789),
        ] {
            orders.push(
                key,
                crate::engine::data::Day(day),
                crate::engine::data::Money(cents),
            );
        }
        let text = encode(&OrdersRecord::from_orders(&orders)).unwrap();
        assert_eq!(encoded_chars(&orders), text.len());
        // Non-ASCII keys count UTF-16 code units, as localStorage does.
        let mut fa = Orders::default();
        fa.push(
            "۰۹۱۲",
            crate::engine::data::Day(1),
            crate::engine::data::Money(1),
        );
        let text = encode(&OrdersRecord::from_orders(&fa)).unwrap();
        assert_eq!(encoded_chars(&fa), text.encode_utf16().count());
    }

    #[test]
    fn settings_outside_the_offered_choices_are_not_read() {
        let good = SettingsRecord::new(Period::Week, 90);
        assert_eq!(good.period(), Some(Period::Week));
        assert_eq!(good.window_days(), Some(90));
        let stored: SettingsRecord = serde_json::from_str(&encode(&good).unwrap()).unwrap();
        assert_eq!(stored, good);
        let bad = SettingsRecord {
            period: "fortnight".into(),
            window_days: 0,
        };
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
        fn any_table_round_trips(rows in proptest::collection::vec((0u8..20, -1000i32..40_000, -10_000i64..10_000_000), 0..60)) {
            let mut original = Orders::default();
            for (customer, day, amount) in rows {
                original.push(&format!("c{customer}"), Day(day), Money(amount));
            }
            let text = encode(&OrdersRecord::from_orders(&original)).unwrap();
            prop_assert_eq!(decode_orders(&text).unwrap(), original);
        }
    }
}
