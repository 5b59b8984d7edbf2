//! Typed, columnar tables: what every metric reads. Nothing past the importer is a string row,
//! except free text kept for display (comments, tags) and categorical texts stored once each
//! (`Labels`).

mod calendar;
mod checkouts;
mod day;
mod ids;
mod jalali;
mod labels;
mod merge;
mod money;
mod orders;
mod period;
mod period_table;
mod responses;
mod subscriptions;
mod tickets;
mod timestamp;

pub use calendar::Calendar;
pub use checkouts::Checkouts;
pub use day::{Civil, Day, days_in_month, is_leap_year};
pub use ids::{CustomerId, CustomerIds};
pub use jalali::{jalali_day, jalali_of};
pub use labels::Labels;
pub use merge::{Appended, append_new};
pub use money::Money;
pub use orders::{CHOOSABLE_STATUSES, Orders, OrdersFilter, SegmentColumn, StatusColumn};
pub use period::{CalendarPeriod, Period};
pub use period_table::PeriodTable;
pub use responses::{Measure, Question, Responses, ScaleRefused};
pub use subscriptions::{Interval, SubscriptionStatus, Subscriptions};
pub use tickets::{TicketState, Tickets};
pub use timestamp::Timestamp;
