//! The report request the page sends a worker that holds orders: which period, calendar, window
//! and "as of" day to compute with. JSON, so the page and the benchmark page write it the same way;
//! anything missing takes `OrdersConfig::default()`'s value.

use serde::{Deserialize, Serialize};

use crate::engine::data::{Calendar, Day, OrdersFilter, Period};
use crate::engine::report::OrdersConfig;

/// `{"period": "week" | "month" | "quarter" | "year", "calendar": "gregorian" | "jalali",
/// "window_days": 365, "as_of": "YYYY-MM-DD", "from": "YYYY-MM-DD", "to": "YYYY-MM-DD",
/// "segment": 3, "cohort": ["YYYY-MM-DD", "YYYY-MM-DD"], "statuses": 5}` (the segment's index in
/// the column; the first and last day of the cohort's period; the statuses that count, a bit per
/// status; days are Gregorian, as `Day` writes them).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportRequest {
    #[serde(default)]
    pub period: Option<String>,
    #[serde(default)]
    pub calendar: Option<String>,
    #[serde(default)]
    pub window_days: Option<u32>,
    #[serde(default)]
    pub as_of: Option<String>,
    #[serde(default)]
    pub from: Option<String>,
    #[serde(default)]
    pub to: Option<String>,
    #[serde(default)]
    pub segment: Option<u32>,
    #[serde(default)]
    pub cohort: Option<[String; 2]>,
    #[serde(default)]
    pub statuses: Option<u64>,
}

impl ReportRequest {
    /// The request for `config`.
    pub fn of(config: &OrdersConfig) -> ReportRequest {
        ReportRequest {
            period: Some(config.period.name().to_owned()),
            calendar: Some(config.calendar.name().to_owned()),
            window_days: Some(config.window_days),
            as_of: config.as_of.map(|day| day.to_string()),
            from: config.filter.from.map(|day| day.to_string()),
            to: config.filter.to.map(|day| day.to_string()),
            segment: config.filter.segment,
            cohort: config
                .filter
                .cohort
                .map(|(first, last)| [first.to_string(), last.to_string()]),
            statuses: config.filter.statuses,
        }
    }

    /// The config asked for; an error names the field that cannot be read.
    pub fn config(&self) -> Result<OrdersConfig, String> {
        let mut config = OrdersConfig::default();
        if let Some(name) = &self.period {
            config.period =
                Period::from_name(name).ok_or_else(|| format!("unknown period {name:?}"))?;
        }
        if let Some(name) = &self.calendar {
            config.calendar =
                Calendar::from_name(name).ok_or_else(|| format!("unknown calendar {name:?}"))?;
        }
        if let Some(days) = self.window_days {
            if days == 0 {
                return Err("the activity window must be at least one day".to_owned());
            }
            config.window_days = days;
        }
        let day = |text: Option<&str>| -> Result<Option<Day>, String> {
            text.map(|text| Day::from_iso(text).ok_or_else(|| format!("{text:?} is no date")))
                .transpose()
        };
        config.as_of = day(self.as_of.as_deref())?;
        config.filter = OrdersFilter {
            from: day(self.from.as_deref())?,
            to: day(self.to.as_deref())?,
            segment: self.segment,
            cohort: match &self.cohort {
                Some([first, last]) => day(Some(first))?.zip(day(Some(last))?),
                None => None,
            },
            statuses: self.statuses,
        };
        Ok(config)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_request_round_trips_through_json() {
        let config = OrdersConfig {
            period: Period::Week,
            calendar: Calendar::Jalali,
            window_days: 90,
            as_of: Day::from_ymd(2024, 6, 30),
            filter: OrdersFilter {
                from: Day::from_ymd(2024, 1, 1),
                to: Day::from_ymd(2024, 3, 31),
                segment: Some(2),
                cohort: Day::from_ymd(2024, 2, 1).zip(Day::from_ymd(2024, 2, 29)),
                statuses: Some(0b101),
            },
        };
        let json = serde_json::to_string(&ReportRequest::of(&config)).unwrap();
        let back: ReportRequest = serde_json::from_str(&json).unwrap();
        assert_eq!(back.config(), Ok(config));
        let empty: ReportRequest = serde_json::from_str("{}").unwrap();
        assert_eq!(empty.config(), Ok(OrdersConfig::default()));
    }

    #[test]
    fn bad_fields_are_named() {
        let bad = |json: &str| {
            serde_json::from_str::<ReportRequest>(json)
                .unwrap()
                .config()
        };
        assert!(
            bad(r#"{"period":"decade"}"#)
                .unwrap_err()
                .contains("decade")
        );
        assert!(
            bad(r#"{"calendar":"lunar"}"#)
                .unwrap_err()
                .contains("lunar")
        );
        assert!(bad(r#"{"window_days":0}"#).is_err());
        assert!(bad(r#"{"from":"soon"}"#).unwrap_err().contains("soon"));
        assert!(
            bad(r#"{"as_of":"2024-02-30"}"#)
                .unwrap_err()
                .contains("2024-02-30")
        );
    }
}
