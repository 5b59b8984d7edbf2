//! Typed, columnar tables: what every metric reads. Nothing past the importer is a string row.

mod day;
mod ids;
mod money;
mod orders;
mod period;

pub use day::{Civil, Day, days_in_month, is_leap_year};
pub use ids::{CustomerId, CustomerIds};
pub use money::Money;
pub use orders::Orders;
pub use period::{Period, PeriodTable};
