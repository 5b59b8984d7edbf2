//! Metrics over typed tables, one file per family (DESIGN.md § Metric definitions). Each is a
//! pure function of its table plus a config; "as of" is a `Day` argument, never a clock read.
//! Survey metrics (`nps`, `csat`, `ces`, `sentiment`; `compare` tests differences, `stats` holds
//! the intervals and the normal distribution, `satisfaction` summarises a form per period and
//! segment) work on `Responses`.
//! The order metrics share one per-customer view of the orders, [`history::History`], so a report
//! sorts the orders once however many metrics it computes.

pub mod activity;
pub mod ces;
pub mod clv;
pub mod cohorts;
pub mod compare;
pub mod crr;
pub mod csat;
pub mod gaps;
pub mod history;
pub mod nps;
pub mod rfm;
pub mod satisfaction;
pub mod sentiment;
pub mod stats;
pub mod summary;

pub use activity::{PeriodActivity, activity_of};
pub use clv::{Clv, ClvAt, CohortClv, clv_of};
pub use cohorts::{Cohort, CohortCell, Cohorts, cohorts};
pub use crr::{Crr, CrrConfig, crr, crr_pct};
pub use gaps::{DayCounts, Gaps, gaps_of};
pub use history::{History, Purchase};
pub use rfm::{Rfm, RfmCustomer, RfmTotals, Segment, SegmentTotal, rfm_of, rfm_totals_of};
pub use summary::{Summary, summary};
