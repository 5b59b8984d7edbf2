//! Time between purchases: the days between each customer's consecutive orders (two orders on one
//! day are 0 days apart), and the days from a customer's first order to their second. Each as its
//! median and a distribution over fixed bins. Source: DESIGN.md § Metric definitions ("time
//! between purchases (median, distribution)", "median days to second purchase");
//! data/README.md § Conventions (median = the middle value, the mean of the two middle values for
//! an even count).

use super::history::History;

/// Upper ends (inclusive, in days) of the distribution's bins; the last bin is open-ended.
pub const BIN_ENDS: [u32; 7] = [7, 14, 30, 60, 90, 180, 365];

/// One distribution of day counts.
#[derive(Debug, Clone, PartialEq)]
pub struct DayCounts {
    /// How many values there are.
    pub n: u32,
    /// `None` without values.
    pub median: Option<f64>,
    /// Values per bin: 0–7, 8–14, 15–30, 31–60, 61–90, 91–180, 181–365, over 365 days.
    pub bins: [u32; BIN_ENDS.len() + 1],
}

/// Day counts being tallied: each value below `DENSE` days is counted in `counts` at its own
/// index, so the distribution needs no sort; longer gaps (over 179 years: a mistyped date) are
/// kept in `long` and sorted at the end.
#[derive(Debug, Default)]
struct Tally {
    counts: Vec<u32>,
    long: Vec<u32>,
}

impl Tally {
    const DENSE: u32 = 1 << 16;

    #[inline(always)]
    fn add(&mut self, days: u32) {
        let at = days as usize;
        if days < Self::DENSE && at >= self.counts.len() {
            self.counts.resize(at + 1, 0);
        }
        match self.counts.get_mut(at) {
            Some(count) => *count += 1,
            None => self.long.push(days),
        }
    }

    /// The value at `rank` (from 0) in ascending order; every long value is above every counted
    /// one, and `long` is sorted.
    fn nth(&self, rank: usize) -> Option<u32> {
        let mut below = 0;
        for (days, &count) in (0u32..).zip(&self.counts) {
            below += count as usize;
            if rank < below {
                return Some(days);
            }
        }
        self.long.get(rank - below).copied()
    }

    fn finish(mut self) -> DayCounts {
        self.long.sort_unstable();
        let mut bins = [0; BIN_ENDS.len() + 1];
        for (days, &count) in (0u32..).zip(&self.counts) {
            let bin = BIN_ENDS.iter().position(|&end| days <= end);
            if let Some(total) = bins.get_mut(bin.unwrap_or(BIN_ENDS.len())) {
                *total += count;
            }
        }
        // Long values all lie past the last bin end.
        if let Some(total) = bins.last_mut() {
            *total += u32::try_from(self.long.len()).unwrap_or(u32::MAX);
        }
        let n = self
            .counts
            .iter()
            .map(|&count| count as usize)
            .sum::<usize>()
            + self.long.len();
        // As `median` of the sorted values: the middle one, or the mean of the two middle ones.
        let mid = n / 2;
        let median = self.nth(mid).and_then(|upper| {
            if n % 2 == 1 {
                return Some(f64::from(upper));
            }
            let lower = self.nth(mid.checked_sub(1)?)?;
            Some((f64::from(lower) + f64::from(upper)) / 2.0)
        });
        DayCounts {
            n: u32::try_from(n).unwrap_or(u32::MAX),
            median,
            bins,
        }
    }
}

/// The median of sorted `values`: the middle one, or the mean of the two middle ones.
pub fn median(sorted: &[u32]) -> Option<f64> {
    let mid = sorted.len() / 2;
    let upper = f64::from(*sorted.get(mid)?);
    if sorted.len() % 2 == 1 {
        return Some(upper);
    }
    let lower = f64::from(*sorted.get(mid.checked_sub(1)?)?);
    Some((lower + upper) / 2.0)
}

/// The bin labels, e.g. `0–7`, …, `>365` (days).
pub fn bin_labels() -> Vec<String> {
    let mut start = 0;
    let mut labels: Vec<String> = BIN_ENDS
        .iter()
        .map(|&end| {
            let label = format!("{start}–{end}");
            start = end + 1;
            label
        })
        .collect();
    labels.push(format!(">{}", BIN_ENDS[BIN_ENDS.len() - 1]));
    labels
}

/// Both distributions.
#[derive(Debug, Clone, PartialEq)]
pub struct Gaps {
    /// Days between consecutive orders of the same customer.
    pub between: DayCounts,
    /// Days from each repeat customer's first order to their second.
    pub to_second: DayCounts,
}

/// The gaps of every customer's orders.
pub fn gaps_of(history: &History) -> Gaps {
    let mut between = Tally::default();
    let mut to_second = Tally::default();
    for purchases in history.customers() {
        for (j, pair) in purchases.windows(2).enumerate() {
            if let [a, b] = pair {
                let days = u32::try_from(b.day.0 - a.day.0).unwrap_or(0);
                between.add(days);
                if j == 0 {
                    to_second.add(days);
                }
            }
        }
    }
    Gaps {
        between: between.finish(),
        to_second: to_second.finish(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::data::{Day, Money, Orders};

    #[test]
    fn gaps_by_hand() {
        let d = |n| Day(19_000 + n);
        let mut orders = Orders::default();
        // a: 0, 10, 10, 50 → gaps 10, 0, 40; b: 5, 405 → gap 400; c: one order, no gap.
        for (c, day) in [("a", 0), ("a", 10), ("b", 5), ("a", 10), ("c", 3)] {
            orders.push(c, d(day), Money(100));
        }
        orders.push("a", d(50), Money(100));
        orders.push("b", d(405), Money(100));
        let gaps = gaps_of(&History::new(&orders, None));
        assert_eq!(gaps.between.n, 4);
        // Sorted 0, 10, 40, 400: the mean of the middle two.
        assert_eq!(gaps.between.median, Some(25.0));
        assert_eq!(gaps.between.bins, [1, 1, 0, 1, 0, 0, 0, 1]);
        assert_eq!(gaps.to_second.n, 2);
        assert_eq!(gaps.to_second.median, Some(205.0));
    }

    #[test]
    fn a_gap_past_the_dense_range_is_binned_last_and_sorted_above_the_rest() {
        let mut tally = Tally::default();
        for days in [Tally::DENSE + 5, 3, Tally::DENSE, 3, 400] {
            tally.add(days);
        }
        let counts = tally.finish();
        assert_eq!((counts.n, counts.median), (5, Some(400.0)));
        assert_eq!(counts.bins, [2, 0, 0, 0, 0, 0, 0, 3]);
    }

    proptest::proptest! {
        #[test]
        fn a_tally_gives_the_median_and_bins_of_the_sorted_values(
            mut days in proptest::collection::vec(
                proptest::prop_oneof![0u32..400, 65_530u32..65_540, proptest::num::u32::ANY],
                0..60,
            ),
        ) {
            let mut tally = Tally::default();
            for &d in &days {
                tally.add(d);
            }
            let counts = tally.finish();
            days.sort_unstable();
            proptest::prop_assert_eq!(counts.n as usize, days.len());
            proptest::prop_assert_eq!(counts.median, median(&days));
            let mut bins = [0; BIN_ENDS.len() + 1];
            for &d in &days {
                bins[BIN_ENDS.iter().position(|&end| d <= end).unwrap_or(BIN_ENDS.len())] += 1;
            }
            proptest::prop_assert_eq!(counts.bins, bins);
        }
    }

    #[test]
    fn medians() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[7]), Some(7.0));
        assert_eq!(median(&[1, 2, 9]), Some(2.0));
        assert_eq!(median(&[1, 2]), Some(1.5));
    }

    #[test]
    fn labels_cover_every_bin() {
        let labels = bin_labels();
        assert_eq!(labels.len(), BIN_ENDS.len() + 1);
        assert_eq!(labels[0], "0–7");
        assert_eq!(labels[1], "8–14");
        assert_eq!(labels[7], ">365");
    }
}
