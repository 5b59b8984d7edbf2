//! How many distinct customers an orders file will hold, guessed from the orders read so far, so
//! the customer key table can be given its final size before it fills instead of doubling into
//! it: at a million orders each doubling makes a table twice the last, in memory the worker has
//! not touched yet, and moves every key again. The guess takes the orders as drawn at random,
//! each from `d` customers equally likely: after `r` orders the expected number of distinct
//! customers is `d·(1 − e^(−r/d))` (the occupancy problem; Feller, "An Introduction to
//! Probability Theory and Its Applications", vol. 1, § II.11). `d` is solved from the customers
//! seen, and the same formula gives those expected after all the orders. Real customers differ
//! in how often they buy, which makes repeats come sooner than the model says: the guess then
//! falls short, and the table doubles as before; a guess too large only leaves slots empty.

/// Repeat orders (orders minus distinct customers) needed before guessing: with fewer, their
/// count, on which the guess rests, is too uncertain (about ±3% at 1024).
const MIN_REPEATS: usize = 1024;

/// The distinct customers expected among `total` orders when `orders` orders have brought
/// `customers` distinct ones, or `None` when too few orders repeated a customer yet to tell.
/// Never fewer than `customers`, never more than `customers` plus the orders still to come.
pub(super) fn expected_customers(customers: usize, orders: usize, total: usize) -> Option<usize> {
    let repeats = orders.checked_sub(customers)?;
    if repeats < MIN_REPEATS || customers == 0 {
        return None;
    }
    let (seen, drawn) = (customers as f64, orders as f64);
    // x = r/d solves (1 − e^(−x))/x = seen/drawn, whose left side falls from 1 (x → 0) to 0;
    // it is at most 1/x, so x ≤ drawn/seen. Bisection: 64 halvings are exact to f64.
    let share = seen / drawn;
    let (mut low, mut high) = (0.0f64, drawn / seen);
    for _ in 0..64 {
        let mid = 0.5 * (low + high);
        if -(-mid).exp_m1() / mid > share {
            low = mid;
        } else {
            high = mid;
        }
    }
    let x = 0.5 * (low + high);
    if x <= 0.0 {
        return None;
    }
    let pool = drawn / x;
    let total = total.max(orders);
    let expected = -pool * (-(total as f64) / pool).exp_m1();
    // An f64 beyond usize saturates; the bounds keep the guess within what the file can hold.
    let most = customers.saturating_add(total - orders);
    Some((expected.round() as usize).clamp(customers, most))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn too_few_repeats_say_nothing() {
        assert_eq!(expected_customers(1000, 1000, 1_000_000), None);
        assert_eq!(expected_customers(1000, 2023, 1_000_000), None);
        assert_eq!(expected_customers(0, 5000, 1_000_000), None);
        assert_eq!(expected_customers(5000, 4000, 1_000_000), None);
    }

    #[test]
    fn the_expected_count_of_a_uniform_draw_gives_its_pool_back() {
        // 317,000 customers drawn 60,000 times leave 317,000·(1 − e^(−60/317)) = 54,663.7
        // distinct on average; all 1,000,000 draws leave 317,000·(1 − e^(−1000/317)) = 303,478.
        let guess = expected_customers(54_664, 60_000, 1_000_000).unwrap();
        assert!((303_000..304_000).contains(&guess), "{guess}");
    }

    #[test]
    fn a_file_read_to_the_end_expects_the_customers_seen() {
        assert_eq!(expected_customers(50_000, 80_000, 80_000), Some(50_000));
    }

    #[test]
    fn a_seeded_uniform_draw_is_guessed_within_five_percent() {
        // The generator of benches/browser.mjs: a 32-bit LCG drawn five times a row (month,
        // day, cents, customer, year), customers from 333,333.
        let (pool, total) = (333_333u32, 1_000_000usize);
        let mut state = 42u32;
        let mut next = || {
            state = state.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            state >> 8
        };
        let draws: Vec<u32> = (0..total)
            .map(|_| {
                let _month_day_cents = [next(), next(), next()];
                let customer = next() % pool;
                next();
                customer
            })
            .collect();
        let mut seen = vec![false; pool as usize];
        let mut distinct = Vec::with_capacity(total);
        let mut n = 0;
        for &draw in &draws {
            if !std::mem::replace(&mut seen[draw as usize], true) {
                n += 1;
            }
            distinct.push(n);
        }
        let last = *distinct.last().unwrap();
        assert_eq!(last, 316_792, "the bench file's customers");
        for orders in [30_000usize, 60_000, 200_000] {
            let guess = expected_customers(distinct[orders - 1], orders, total).unwrap();
            let error = guess.abs_diff(last) as f64 / last as f64;
            assert!(error < 0.05, "{orders} orders: {guess} for {last}");
        }
    }

    proptest! {
        #[test]
        fn the_guess_stays_within_what_the_file_can_hold(
            customers in 0usize..2_000_000,
            orders in 0usize..4_000_000,
            more in 0usize..4_000_000,
        ) {
            let total = orders + more;
            if let Some(guess) = expected_customers(customers, orders, total) {
                prop_assert!(guess >= customers);
                prop_assert!(guess <= customers + more);
            }
        }
    }
}
