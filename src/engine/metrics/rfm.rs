//! RFM: each customer's recency (days from their last order to the end of the data), frequency
//! (orders) and monetary value (revenue), each scored 1–5 by quintile, and a named segment from a
//! fixed rule table. Source: DESIGN.md § Metric definitions (RFM).
//!
//! **Scores.** Among n customers, a customer's score on a dimension is 1 + ⌊5·w / n⌋, where w is
//! the number of customers strictly worse on it (higher recency; fewer orders; less revenue). So
//! customers with equal values always get equal scores (the tie rule): when two thirds of the
//! customers ordered once, they all score F = 1, and the next frequency starts at F = 4.
//!
//! **Segments** are tried in the order of [`Segment::ALL`]; the first whose rule holds names the
//! customer. The rules use R and F (and M for Champions) and together cover every score, with
//! Lost taking what is left (R = 1, F ≤ 2).

use super::history::{History, bits, radix_sort};
use crate::engine::data::{CustomerId, Money};

/// A named RFM segment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Segment {
    Champions,
    Loyal,
    PotentialLoyalist,
    New,
    Promising,
    NeedAttention,
    AboutToSleep,
    AtRisk,
    CantLoseThem,
    Hibernating,
    Lost,
}

impl Segment {
    /// Every segment in the order the rules are tried.
    pub const ALL: [Segment; 11] = [
        Segment::Champions,
        Segment::Loyal,
        Segment::PotentialLoyalist,
        Segment::New,
        Segment::Promising,
        Segment::NeedAttention,
        Segment::AboutToSleep,
        Segment::AtRisk,
        Segment::CantLoseThem,
        Segment::Hibernating,
        Segment::Lost,
    ];

    /// The segment's English name, also its key in the CLI's JSON.
    pub fn name(self) -> &'static str {
        match self {
            Segment::Champions => "Champions",
            Segment::Loyal => "Loyal",
            Segment::PotentialLoyalist => "Potential loyalist",
            Segment::New => "New",
            Segment::Promising => "Promising",
            Segment::NeedAttention => "Need attention",
            Segment::AboutToSleep => "About to sleep",
            Segment::AtRisk => "At risk",
            Segment::CantLoseThem => "Can't lose them",
            Segment::Hibernating => "Hibernating",
            Segment::Lost => "Lost",
        }
    }

    /// The rule, as shown beside the segment (scores 1–5; tried in the order of `ALL`).
    pub fn rule(self) -> &'static str {
        match self {
            Segment::Champions => "R ≥ 4, F ≥ 4, M ≥ 4",
            Segment::Loyal => "R ≥ 3, F ≥ 4",
            Segment::PotentialLoyalist => "R ≥ 4, F ≥ 2",
            Segment::New => "R = 5, F = 1",
            Segment::Promising => "R = 4, F = 1",
            Segment::NeedAttention => "R = 3, F ≥ 2",
            Segment::AboutToSleep => "R = 3, F = 1",
            Segment::AtRisk => "R ≤ 2, F = 3–4",
            Segment::CantLoseThem => "R ≤ 2, F = 5",
            Segment::Hibernating => "R = 2, F ≤ 2",
            Segment::Lost => "R = 1, F ≤ 2",
        }
    }

    /// Whether scores (r, f, m) satisfy this segment's rule on its own.
    pub fn holds(self, r: u8, f: u8, m: u8) -> bool {
        match self {
            Segment::Champions => r >= 4 && f >= 4 && m >= 4,
            Segment::Loyal => r >= 3 && f >= 4,
            Segment::PotentialLoyalist => r >= 4 && f >= 2,
            Segment::New => r == 5 && f == 1,
            Segment::Promising => r == 4 && f == 1,
            Segment::NeedAttention => r == 3 && f >= 2,
            Segment::AboutToSleep => r == 3 && f == 1,
            Segment::AtRisk => r <= 2 && (3..=4).contains(&f),
            Segment::CantLoseThem => r <= 2 && f == 5,
            Segment::Hibernating => r == 2 && f <= 2,
            Segment::Lost => true,
        }
    }

    /// The first segment of `ALL` whose rule holds.
    pub fn of(r: u8, f: u8, m: u8) -> Segment {
        Segment::ALL
            .into_iter()
            .find(|segment| segment.holds(r, f, m))
            .unwrap_or(Segment::Lost)
    }
}

/// One customer's RFM values, scores and segment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RfmCustomer {
    pub customer: CustomerId,
    /// Days from the last order to the end of the data.
    pub recency: u32,
    pub frequency: u32,
    pub monetary: Money,
    pub r: u8,
    pub f: u8,
    pub m: u8,
    pub segment: Segment,
}

/// Counts and revenue of one segment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SegmentTotal {
    pub segment: Segment,
    pub customers: u32,
    pub revenue: Money,
}

/// The RFM table: every customer, each segment's totals (in `Segment::ALL` order) and the R × F
/// grid (`grid[r − 1][f − 1]` customers).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rfm {
    pub customers: Vec<RfmCustomer>,
    pub segments: Vec<SegmentTotal>,
    pub grid: [[u32; 5]; 5],
}

/// Each segment's totals (in `Segment::ALL` order) and the R × F grid (`grid[r − 1][f − 1]`
/// customers): what `Rfm` shows without its table of customers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RfmTotals {
    pub segments: Vec<SegmentTotal>,
    pub grid: [[u32; 5]; 5],
}

impl RfmTotals {
    fn new() -> RfmTotals {
        RfmTotals {
            segments: Segment::ALL
                .into_iter()
                .map(|segment| SegmentTotal {
                    segment,
                    customers: 0,
                    revenue: Money(0),
                })
                .collect(),
            grid: [[0; 5]; 5],
        }
    }

    fn add(&mut self, customer: &RfmCustomer) {
        if let Some(cell) = self
            .grid
            .get_mut(usize::from(customer.r) - 1)
            .and_then(|row| row.get_mut(usize::from(customer.f) - 1))
        {
            *cell += 1;
        }
        // `Segment::ALL` lists the segments in declaration order.
        if let Some(total) = self.segments.get_mut(customer.segment as usize) {
            total.customers += 1;
            total.revenue += customer.monetary;
        }
    }
}

/// RFM of every customer of `history` as of its end, in customer-id order.
pub fn rfm_of(history: &History) -> Rfm {
    let mut customers = Vec::with_capacity(history.n_customers());
    let mut totals = RfmTotals::new();
    each_customer(history, |customer| {
        totals.add(&customer);
        customers.push(customer);
    });
    Rfm {
        customers,
        segments: totals.segments,
        grid: totals.grid,
    }
}

/// The segment totals and grid of `rfm_of`, without collecting the customers.
pub fn rfm_totals_of(history: &History) -> RfmTotals {
    let mut totals = RfmTotals::new();
    each_customer(history, |customer| totals.add(&customer));
    totals
}

/// Scores every customer of `history` as of its end and hands each to `visit`, in customer-id
/// order.
fn each_customer(history: &History, mut visit: impl FnMut(RfmCustomer)) {
    let Some(end) = history.end() else {
        return;
    };
    let mut values: Vec<(CustomerId, u32, u32, Money)> = Vec::with_capacity(history.n_customers());
    for (purchases, id) in history.customers().zip(history.customer_ids()) {
        let Some(last) = purchases.last() else {
            continue;
        };
        let recency = u32::try_from(end.0 - last.day.0).unwrap_or(0);
        let frequency = u32::try_from(purchases.len()).unwrap_or(u32::MAX);
        let monetary = purchases.iter().map(|p| p.amount).sum();
        values.push((id, recency, frequency, monetary));
    }
    // Recency: fewer days is better, so "worse" = more days; score by the negated value.
    let r = scores(values.iter().map(|v| -i64::from(v.1)));
    let f = scores(values.iter().map(|v| i64::from(v.2)));
    let m = scores(values.iter().map(|v| v.3.0));
    let segments = segment_table();
    for (&(customer, recency, frequency, monetary), (&r, (&f, &m))) in
        values.iter().zip(r.iter().zip(f.iter().zip(&m)))
    {
        let at = 25 * usize::from(r) + 5 * usize::from(f) + usize::from(m) - 31;
        visit(RfmCustomer {
            customer,
            recency,
            frequency,
            monetary,
            r,
            f,
            m,
            segment: segments.get(at).copied().unwrap_or(Segment::Lost),
        });
    }
}

/// `Segment::of` every score triple, (r, f, m) at 25(r − 1) + 5(f − 1) + (m − 1): looked up once
/// per customer instead of trying the rules.
fn segment_table() -> [Segment; 125] {
    let score = |at: usize| u8::try_from(at % 5 + 1).unwrap_or(1);
    std::array::from_fn(|at| Segment::of(score(at / 25), score(at / 5), score(at)))
}

/// Quintile scores 1–5 of `values` (higher is better): 1 + ⌊5·w / n⌋ with w the number of values
/// strictly lower. Values spanning a range not much wider than their count (recency in days,
/// frequency, most revenues) are counted per value; others (revenues in cents of many sizes)
/// are radix sorted; both in linear time.
fn scores(values: impl Iterator<Item = i64>) -> Vec<u8> {
    let values: Vec<i64> = values.collect();
    let (Some(&min), Some(&max)) = (values.iter().min(), values.iter().max()) else {
        return Vec::new();
    };
    let n = values.len();
    match usize::try_from(max.abs_diff(min)) {
        Ok(range) if range <= 4 * n + 4096 => counted_scores(&values, min, range),
        _ => radix_scores(&values, min, max),
    }
}

/// `scores` of `values`, all in `min..=min + range`, from a count of each value: w of a value is
/// the count of the values below it.
fn counted_scores(values: &[i64], min: i64, range: usize) -> Vec<u8> {
    let slot = |value: i64| usize::try_from(value.abs_diff(min)).unwrap_or(usize::MAX);
    let mut counts = vec![0usize; range + 1];
    for &value in values {
        if let Some(count) = counts.get_mut(slot(value)) {
            *count += 1;
        }
    }
    // Each value's score, replacing its count.
    let n = values.len().max(1);
    let mut worse = 0;
    let mut score_of = vec![1u8; range + 1];
    for (count, score) in counts.iter().zip(&mut score_of) {
        *score = u8::try_from(1 + 5 * worse / n).unwrap_or(5);
        worse += count;
    }
    values
        .iter()
        .map(|&value| score_of.get(slot(value)).copied().unwrap_or(1))
        .collect()
}

/// `scores` of `values`, all in `min..=max`, from a radix sort of their offsets from `min`, then
/// one pass over each run of equal values.
fn radix_scores(values: &[i64], min: i64, max: i64) -> Vec<u8> {
    let mut order: Vec<(u64, u32)> = values
        .iter()
        .map(|&value| value.abs_diff(min))
        .zip(0u32..)
        .collect();
    radix_sort(&mut order, bits(max.abs_diff(min)));
    scores_of_sorted(&order)
}

/// `scores` of `values` from one comparison sort (what the others must equal).
#[cfg(test)]
fn sorted_scores(values: &[i64]) -> Vec<u8> {
    let mut order: Vec<(i64, u32)> = values.iter().copied().zip(0u32..).collect();
    order.sort_unstable();
    scores_of_sorted(&order)
}

/// Scores of the values behind `order`, (value, index) sorted by value: one pass over each run
/// of equal values.
fn scores_of_sorted<K: PartialEq>(order: &[(K, u32)]) -> Vec<u8> {
    let n = order.len().max(1);
    let mut scores = vec![1u8; order.len()];
    let mut worse = 0;
    for run in order.chunk_by(|a, b| a.0 == b.0) {
        let score = u8::try_from(1 + 5 * worse / n).unwrap_or(5);
        for &(_, idx) in run {
            if let Some(slot) = scores.get_mut(idx as usize) {
                *slot = score;
            }
        }
        worse += run.len();
    }
    scores
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::data::{Day, Orders};
    use proptest::collection::vec;
    use proptest::prelude::*;

    #[test]
    fn quintile_scores_share_ties() {
        // Ten values: w = 0, 1, …; 1 + ⌊5w/10⌋ = 1, 1, 2, 2, 3, 3, 4, 4, 5, 5.
        assert_eq!(
            scores((1..=10).map(i64::from)),
            [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]
        );
        // Six of nine ordered once: they share F = 1; w = 6 for the twos → 1 + ⌊30/9⌋ = 4.
        assert_eq!(
            scores([1, 1, 1, 1, 1, 1, 2, 2, 3].into_iter()),
            [1, 1, 1, 1, 1, 1, 4, 4, 5]
        );
        assert_eq!(scores([7].into_iter()), [1]);
        // A range too wide to count: radix sorted, the extremes included. w = 0 (MIN), 1 (−1),
        // 2 (the zeros), 4 (MAX): 1 + ⌊5w/6⌋ = 1, 1, 2, 4.
        let wide = [i64::MAX, 0, i64::MIN, 0, -1, i64::MAX];
        assert_eq!(scores(wide.into_iter()), sorted_scores(&wide));
        assert_eq!(scores(wide.into_iter()), [4, 2, 1, 2, 1, 4]);
    }

    #[test]
    fn every_score_has_exactly_the_segment_of_the_first_rule_that_holds() {
        for r in 1..=5 {
            for f in 1..=5 {
                for m in 1..=5 {
                    let segment = Segment::of(r, f, m);
                    let first = Segment::ALL.into_iter().find(|s| s.holds(r, f, m));
                    assert_eq!(Some(segment), first);
                    if segment == Segment::Lost {
                        assert!(r == 1 && f <= 2, "({r},{f},{m}) fell through to Lost");
                    }
                }
            }
        }
        for (at, segment) in Segment::ALL.into_iter().enumerate() {
            assert_eq!(segment as usize, at, "{segment:?}");
        }
        let table = segment_table();
        for (r, f, m) in
            (1..=5).flat_map(|r| (1..=5).flat_map(move |f| (1..=5).map(move |m| (r, f, m))))
        {
            let at = 25 * usize::from(r) + 5 * usize::from(f) + usize::from(m) - 31;
            assert_eq!(table[at], Segment::of(r, f, m), "({r},{f},{m})");
        }
        assert_eq!(Segment::of(5, 5, 5), Segment::Champions);
        assert_eq!(Segment::of(5, 5, 1), Segment::Loyal);
        assert_eq!(Segment::of(5, 1, 1), Segment::New);
        assert_eq!(Segment::of(2, 5, 5), Segment::CantLoseThem);
        assert_eq!(Segment::of(1, 3, 1), Segment::AtRisk);
    }

    #[test]
    fn rfm_by_hand() {
        let d = |n| Day(19_000 + n);
        let mut orders = Orders::default();
        // Five customers; the data ends on day 100.
        // a: days 90, 100 ($50 + $50): recency 0, F 2, M 100.
        // b: day 95 ($10): recency 5, F 1, M 10.   c: day 10 ($20): recency 90, F 1, M 20.
        // d: days 0, 50, 60 ($5 each): recency 40, F 3, M 15.   e: day 80 ($30): recency 20.
        for (c, day, cents) in [
            ("a", 90, 5000),
            ("a", 100, 5000),
            ("b", 95, 1000),
            ("c", 10, 2000),
            ("d", 0, 500),
            ("d", 50, 500),
            ("d", 60, 500),
            ("e", 80, 3000),
        ] {
            orders.push(c, d(day), Money(cents));
        }
        let rfm = rfm_of(&History::new(&orders, None));
        type Row<'a> = (&'a str, u32, u32, i64, u8, u8, u8, Segment);
        let got: Vec<Row> = rfm
            .customers
            .iter()
            .map(|c| {
                let key = orders.customers.key(c.customer).unwrap();
                (
                    key,
                    c.recency,
                    c.frequency,
                    c.monetary.0,
                    c.r,
                    c.f,
                    c.m,
                    c.segment,
                )
            })
            .collect();
        // Recency ranks (worse = more days): a 0 → w 4 → R 5; b 5 → w 3 → R 4; e 20 → R 3;
        // d 40 → R 2; c 90 → R 1. Frequency: b, c, e = 1 (w 0 → F 1), a = 2 (w 3 → F 4),
        // d = 3 (w 4 → F 5). Money: b 10 (M 1), d 15 (M 2), c 20 (M 3), e 30 (M 4), a 100 (M 5).
        assert_eq!(
            got,
            [
                ("a", 0, 2, 10000, 5, 4, 5, Segment::Champions),
                ("b", 5, 1, 1000, 4, 1, 1, Segment::Promising),
                ("c", 90, 1, 2000, 1, 1, 3, Segment::Lost),
                ("d", 40, 3, 1500, 2, 5, 2, Segment::CantLoseThem),
                ("e", 20, 1, 3000, 3, 1, 4, Segment::AboutToSleep),
            ]
        );
        let champions = rfm.segments[0];
        assert_eq!(
            (champions.segment, champions.customers, champions.revenue),
            (Segment::Champions, 1, Money(10000))
        );
        assert_eq!(rfm.grid[4][3], 1);
        assert_eq!(rfm.grid.iter().flatten().sum::<u32>(), 5);
    }

    proptest! {
        #[test]
        fn scores_are_in_range_and_monotone(values in vec(-50i64..50, 1..80)) {
            let s = scores(values.iter().copied());
            for (a, sa) in values.iter().zip(&s) {
                prop_assert!((1..=5).contains(sa));
                for (b, sb) in values.iter().zip(&s) {
                    if a < b { prop_assert!(sa <= sb); }
                    if a == b { prop_assert_eq!(sa, sb); }
                }
            }
        }

        #[test]
        fn counted_and_radix_scores_equal_sorted_scores(
            values in vec(-50i64..50, 0..200),
            scale in prop_oneof![Just(1i64), Just(1_000_000_007)],
        ) {
            let values: Vec<i64> = values.iter().map(|v| v * scale).collect();
            prop_assert_eq!(scores(values.iter().copied()), sorted_scores(&values));
        }

        #[test]
        fn segments_count_every_customer(orders in vec((0u8..20, 0i32..300, 1i64..9000), 1..80)) {
            let mut table = Orders::default();
            for &(c, day, cents) in &orders {
                table.push(&format!("c{c}"), Day(19_000 + day), Money(cents));
            }
            let rfm = rfm_of(&History::new(&table, None));
            let totals = rfm_totals_of(&History::new(&table, None));
            prop_assert_eq!((&totals.segments, totals.grid), (&rfm.segments, rfm.grid));
            let counted: u32 = rfm.segments.iter().map(|s| s.customers).sum();
            prop_assert_eq!(counted as usize, table.customers.len());
            let revenue: Money = rfm.segments.iter().map(|s| s.revenue).sum();
            prop_assert_eq!(revenue, table.amount.iter().copied().sum::<Money>());
        }
    }
}
