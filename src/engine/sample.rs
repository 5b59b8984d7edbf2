//! The built-in sample dataset: a generated coffee shop, so the page shows real charts before a
//! user has a file of their own. Deterministic (SplitMix64 with a fixed seed, no `rand`): every
//! call returns the same orders. 3,000 customers make a first order between 2023-01-01 and
//! 2024-12-31, more of them later and in the gift season; 38% never come back and the others
//! come back after exponential gaps around their own mean (20-120 days) until they churn (a
//! per-customer chance after each order) or the data end. Baskets are skewed, 15-150 USD to the
//! cent. About two customers in three end up buying once, like the shops of `shared/data`. Each
//! order has a sales channel (web, app or store): a customer mostly buys through their own
//! channel (web 60%, app 25%, store 15%), one order in five through another.

use crate::engine::data::{Day, Labels, Money, Orders, SegmentColumn};

/// What the UI calls the sample.
pub const SAMPLE_NAME: &str = "Sample: Northwind Coffee (generated)";

const SEED: u64 = 0x5AFA_C0FF_EE20_2324;
const N_CUSTOMERS: u32 = 3_000;
/// Share of customers who never order again.
const ONE_TIME_SHARE: f64 = 0.38;

/// The sample's orders, sorted by day, customers keyed `customer0001@example.com` in the order of
/// their first purchase.
pub fn sample_orders() -> Orders {
    let (first, last) = range();
    let mut rng = SplitMix64(SEED);
    let mut first_days: Vec<i32> = (0..N_CUSTOMERS)
        .map(|_| acquisition_day(&mut rng, first, last))
        .collect();
    first_days.sort_unstable();
    let mut purchases: Vec<(i32, u32, i64)> = Vec::new();
    for (customer, &first_day) in (1..).zip(&first_days) {
        let returns = rng.unit() >= ONE_TIME_SHARE;
        let mean_gap = 20.0 + 100.0 * rng.unit();
        let churn = 0.2 + 0.4 * rng.unit();
        // A customer's usual basket, skewed towards small ones.
        let basket = 18.0 + 70.0 * rng.unit().powf(2.0);
        let mut day = first_day;
        loop {
            let cents = (basket * (0.75 + 0.6 * rng.unit()) * 100.0)
                .round()
                .clamp(1_500.0, 15_000.0);
            purchases.push((day, customer, cents as i64));
            if !returns || rng.unit() < churn {
                break;
            }
            // Exponential gap with the customer's mean, at least one day.
            let gap = (-mean_gap * (1.0 - rng.unit()).ln()).ceil().max(1.0);
            day = day.saturating_add(gap as i32);
            if day > last.0 {
                break;
            }
        }
    }
    purchases.sort_unstable();
    let mut orders = Orders::default();
    let mut channels = Labels::default();
    for (day, customer, cents) in purchases {
        orders.push(&customer_key(customer), Day(day), Money(cents));
        channels.push(Some(channel(customer, day)));
    }
    orders.segment = Some(SegmentColumn {
        name: CHANNEL_COLUMN.to_owned(),
        labels: channels,
    });
    orders
}

/// The sample's segment column.
const CHANNEL_COLUMN: &str = "channel";

/// The channel of `customer`'s order on `day`: drawn from a generator of their own (so the
/// orders above stay as they were), their home channel four times in five.
fn channel(customer: u32, day: i32) -> &'static str {
    const CHANNELS: [&str; 3] = ["web", "app", "store"];
    let pick = |u: f64| match u {
        u if u < 0.60 => 0,
        u if u < 0.85 => 1,
        _ => 2,
    };
    let home = pick(SplitMix64(SEED ^ u64::from(customer)).unit());
    let mut order = SplitMix64(SEED ^ (u64::from(customer) << 32) ^ day as u64);
    let idx = if order.unit() < 0.8 {
        home
    } else {
        pick(order.unit())
    };
    CHANNELS.get(idx).copied().unwrap_or("web")
}

/// The sample as a `customer,order_date,amount` CSV, e.g. to download; importing it gives back
/// `sample_orders()`.
pub fn sample_orders_csv() -> String {
    let orders = sample_orders();
    let mut csv = format!("customer,order_date,amount,{CHANNEL_COLUMN}\n");
    let rows = orders.customer.iter().zip(&orders.day).zip(&orders.amount);
    for (i, ((&id, day), amount)) in rows.enumerate() {
        let key = orders.customers.key(id).unwrap_or_default();
        let sign = if amount.0 < 0 { "-" } else { "" };
        let (units, cents) = (amount.0.unsigned_abs() / 100, amount.0.unsigned_abs() % 100);
        let channel = orders
            .segment
            .as_ref()
            .and_then(|column| column.labels.get(i))
            .unwrap_or_default();
        csv += &format!("{key},{day},{sign}{units}.{cents:02},{channel}\n");
    }
    csv
}

fn customer_key(number: u32) -> String {
    format!("customer{number:04}@example.com")
}

/// First and last day of the sample.
fn range() -> (Day, Day) {
    let first = Day::from_ymd(2023, 1, 1).expect("2023-01-01 is a date");
    let last = Day::from_ymd(2024, 12, 31).expect("2024-12-31 is a date");
    (first, last)
}

/// A first-order day: more customers as the shop grows (+40% over the two years), more in
/// November and December, fewer in summer. Rejection sampling against the busiest day's weight.
fn acquisition_day(rng: &mut SplitMix64, first: Day, last: Day) -> i32 {
    let span = last.0 - first.0;
    let max_weight = 1.4 * 1.7;
    loop {
        let day = first.0 + (rng.unit() * f64::from(span + 1)).floor() as i32;
        let growth = 1.0 + 0.4 * f64::from(day - first.0) / f64::from(span);
        let season = match Day(day).civil().month {
            12 => 1.7,
            11 => 1.25,
            6..=8 => 0.85,
            _ => 1.0,
        };
        if rng.unit() * max_weight < growth * season {
            return day.min(last.0);
        }
    }
}

/// SplitMix64 (Steele, Lea & Flood, "Fast splittable pseudorandom number generators", OOPSLA
/// 2014): tiny, fast and good enough for sample data.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::import::{ImportOptions, import_orders};

    fn orders_per_customer(orders: &Orders) -> Vec<u32> {
        let mut counts = vec![0u32; orders.customers.len()];
        for id in &orders.customer {
            counts[id.0 as usize] += 1;
        }
        counts
    }

    #[test]
    fn the_sample_is_the_same_every_time() {
        assert_eq!(sample_orders(), sample_orders());
        assert_eq!(sample_orders_csv(), sample_orders_csv());
    }

    #[test]
    fn the_sample_has_about_3000_customers_and_two_in_three_buy_once() {
        let orders = sample_orders();
        let counts = orders_per_customer(&orders);
        assert!(
            (2_500..=3_500).contains(&counts.len()),
            "{} customers",
            counts.len()
        );
        let once = counts.iter().filter(|&&n| n == 1).count() as f64 / counts.len() as f64;
        assert!((0.55..=0.75).contains(&once), "one-time share {once}");
    }

    #[test]
    fn every_order_lies_in_2023_2024_with_a_realistic_amount() {
        let orders = sample_orders();
        let (first, last) = range();
        assert!(orders.day.iter().all(|day| (first..=last).contains(day)));
        assert!(
            orders
                .amount
                .iter()
                .all(|amount| (1_500..=15_000).contains(&amount.0))
        );
        let (earliest, latest) = orders.day_range().unwrap();
        assert!(earliest.0 - first.0 < 7 && last.0 - latest.0 < 7);
    }

    #[test]
    fn most_orders_are_on_the_web_and_every_order_has_a_channel() {
        let orders = sample_orders();
        let counts = orders.segment_counts(None);
        let total: u32 = counts.iter().map(|(_, n)| n).sum();
        assert_eq!(total as usize, orders.len());
        let share = |name: &str| {
            let n = counts
                .iter()
                .find(|(c, _)| *c == name)
                .map_or(0, |(_, n)| *n);
            f64::from(n) / f64::from(total)
        };
        // Home channels 60/25/15, one order in five redrawn from the same shares.
        assert!((0.5..0.7).contains(&share("web")), "{counts:?}");
        assert!((0.15..0.35).contains(&share("app")), "{counts:?}");
        assert!((0.08..0.22).contains(&share("store")), "{counts:?}");
    }

    #[test]
    fn december_brings_more_new_customers_than_october() {
        let orders = sample_orders();
        let mut first_month = vec![None; orders.customers.len()];
        for (id, day) in orders.customer.iter().zip(&orders.day) {
            first_month[id.0 as usize].get_or_insert(day.civil().month);
        }
        let count = |month| first_month.iter().filter(|&&m| m == Some(month)).count();
        assert!(
            count(12) > count(10),
            "Dec {} vs Oct {}",
            count(12),
            count(10)
        );
    }

    #[test]
    fn the_csv_imports_back_to_the_same_orders() {
        let csv = sample_orders_csv();
        let imported = import_orders(csv.as_bytes(), &ImportOptions::default()).unwrap();
        assert!(imported.issues.is_empty(), "{:?}", imported.issues.first());
        assert_eq!(imported.rows as usize, imported.table.len());
        assert_eq!(imported.table, sample_orders());
    }
}
