//! Adding a newer export of the same source to stored orders. An orders table keeps no order id
//! (the importer has merged line items and left non-purchases out), so an order is known by its
//! row identity: customer key, day, amount, segment and status. The newer export usually repeats the
//! older one's orders; each stored order matches at most one newer order, so two identical
//! orders the newer file holds where the stored table holds one add one (a multiset
//! difference), and nothing stored is dropped.

use std::collections::HashMap;

use super::{Day, Labels, Money, Orders, SegmentColumn, StatusColumn};

/// What `append_new` did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Appended {
    /// Orders of the newer table that were not stored yet, now added.
    pub added: usize,
    /// Orders of the newer table already stored, left out.
    pub duplicates: usize,
}

/// What tells two orders apart: customer key, day, amount, segment and status.
type Identity<'a> = (&'a str, Day, Money, Option<&'a str>, Option<&'a str>);

/// The identity of order `i` of `orders`.
fn identity(orders: &Orders, i: usize) -> Identity<'_> {
    let key = orders.customers.key(orders.customer[i]).unwrap_or_default();
    let segment = orders.segment.as_ref().and_then(|s| s.labels.get(i));
    let status = orders.status.as_ref().and_then(|s| s.labels.get(i));
    (key, orders.day[i], orders.amount[i], segment, status)
}

/// Labels for `n` rows without a text.
fn empty_labels(n: usize) -> Labels {
    let mut labels = Labels::default();
    for _ in 0..n {
        labels.push(None);
    }
    labels
}

/// `stored` followed by the orders of `newer` it does not hold yet, in file order. A segment or
/// status column of either side is kept (named after the stored one's); rows of the side without
/// one have no segment or status (an order without a status counts). A status counts as the
/// stored table decided, else as the newer one did.
pub fn append_new(stored: &Orders, newer: &Orders) -> (Orders, Appended) {
    let mut unmatched: HashMap<Identity<'_>, u32> = HashMap::new();
    for i in 0..stored.len() {
        *unmatched.entry(identity(stored, i)).or_default() += 1;
    }
    let mut merged = stored.clone();
    let name = stored
        .segment
        .as_ref()
        .or(newer.segment.as_ref())
        .map(|s| s.name.clone());
    let mut labels = merged
        .segment
        .take()
        .map_or_else(|| empty_labels(stored.len()), |s| s.labels);
    let status_name = stored
        .status
        .as_ref()
        .or(newer.status.as_ref())
        .map(|s| s.name.clone());
    let (mut statuses, mut counted) = merged.status.take().map_or_else(
        || (empty_labels(stored.len()), Vec::new()),
        |s| (s.labels, s.counted),
    );
    let mut duplicates = 0;
    for i in 0..newer.len() {
        let id = identity(newer, i);
        match unmatched.get_mut(&id) {
            Some(left) if *left > 0 => {
                *left -= 1;
                duplicates += 1;
            }
            _ => {
                merged.push(id.0, id.1, id.2);
                labels.push(id.3);
                statuses.push(id.4);
            }
        }
    }
    merged.segment = name.map(|name| SegmentColumn { name, labels });
    // Statuses first met in the newer table count as it decided.
    if let Some(newer_status) = &newer.status {
        for name in statuses.names.iter().skip(counted.len()) {
            let idx = newer_status.labels.names.iter().position(|n| n == name);
            counted.push(idx.is_none_or(|idx| newer_status.counts(idx as u32, None)));
        }
    }
    counted.resize(statuses.names.len(), true);
    merged.status = status_name.map(|name| StatusColumn {
        name,
        labels: statuses,
        counted,
    });
    let added = newer.len() - duplicates;
    (merged, Appended { added, duplicates })
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn orders(rows: &[(&str, i32, i64)]) -> Orders {
        let mut orders = Orders::default();
        for &(key, day, amount) in rows {
            orders.push(key, Day(day), Money(amount));
        }
        orders
    }

    #[test]
    fn a_newer_export_adds_only_its_new_orders() {
        // January's export, then February's: it repeats January and adds two orders, one of
        // them identical to a stored one (a second same-day order of the same amount).
        let january = orders(&[("a", 1, 100), ("b", 2, 50), ("a", 3, 100)]);
        let february = orders(&[
            ("a", 1, 100),
            ("b", 2, 50),
            ("a", 3, 100),
            ("a", 3, 100),
            ("c", 40, 70),
        ]);
        let (merged, appended) = append_new(&january, &february);
        assert_eq!(
            appended,
            Appended {
                added: 2,
                duplicates: 3
            }
        );
        assert_eq!(merged.len(), 5);
        assert_eq!(merged.day, [Day(1), Day(2), Day(3), Day(3), Day(40)]);
        assert_eq!(merged.customers.len(), 3);
        // Appending the same file again adds nothing.
        let (again, appended) = append_new(&merged, &february);
        assert_eq!((appended.added, appended.duplicates), (0, 5));
        assert_eq!(again, merged);
    }

    #[test]
    fn segments_take_part_in_the_identity_and_survive() {
        let mut stored = orders(&[("a", 1, 100)]);
        let mut labels = Labels::default();
        labels.push(Some("web"));
        stored.segment = Some(SegmentColumn {
            name: "Source".into(),
            labels,
        });
        // Same order from the point of sale is another order; a file without the column adds
        // its orders without a segment.
        let mut newer = orders(&[("a", 1, 100)]);
        let mut labels = Labels::default();
        labels.push(Some("pos"));
        newer.segment = Some(SegmentColumn {
            name: "Source".into(),
            labels,
        });
        let (merged, appended) = append_new(&stored, &newer);
        assert_eq!(appended.added, 1);
        let segment = merged.segment.as_ref().unwrap();
        assert_eq!(
            (segment.labels.get(0), segment.labels.get(1)),
            (Some("web"), Some("pos"))
        );
        let (merged, appended) = append_new(&merged, &orders(&[("b", 9, 1)]));
        assert_eq!(appended.added, 1);
        assert_eq!(merged.segment.unwrap().labels.get(2), None);
    }

    fn with_statuses(mut orders: Orders, statuses: &[&str], counted: &[bool]) -> Orders {
        let mut labels = Labels::default();
        for status in statuses {
            labels.push(Some(status));
        }
        orders.status = Some(StatusColumn {
            name: "Status".into(),
            labels,
            counted: counted.to_vec(),
        });
        orders
    }

    #[test]
    fn statuses_take_part_in_the_identity_and_keep_the_stored_decisions() {
        // Stored: a pending order (not counted). The newer export has it completed, and a
        // refunded order; it counts "refunded", the stored table never met it.
        let stored = with_statuses(orders(&[("a", 1, 100)]), &["pending"], &[false]);
        let newer = with_statuses(
            orders(&[("a", 1, 100), ("b", 2, 50)]),
            &["completed", "refunded"],
            &[true, true],
        );
        let (merged, appended) = append_new(&stored, &newer);
        assert_eq!(appended.added, 2, "a status change is another order");
        assert_eq!(
            merged.status_counts(None),
            [
                ("pending", 1, false),
                ("completed", 1, true),
                ("refunded", 1, true)
            ]
        );
        assert_eq!(merged.purchase_count(None), 2);
        // A file without a status column adds orders that count.
        let (merged, _) = append_new(&merged, &orders(&[("c", 3, 10)]));
        assert_eq!(merged.purchase_count(None), 3);
        assert_eq!(merged.status.as_ref().unwrap().labels.get(3), None);
    }

    proptest! {
        #[test]
        fn nothing_stored_is_lost_and_every_order_is_accounted_for(
            stored in proptest::collection::vec((0..4u8, 0..5i32, 0..3i64), 0..30),
            newer in proptest::collection::vec((0..4u8, 0..5i32, 0..3i64), 0..30),
        ) {
            let table = |rows: &[(u8, i32, i64)]| {
                let mut orders = Orders::default();
                for &(c, d, m) in rows {
                    orders.push(&format!("c{c}"), Day(d), Money(m));
                }
                orders
            };
            let (stored, newer) = (table(&stored), table(&newer));
            let (merged, appended) = append_new(&stored, &newer);
            prop_assert_eq!(appended.added + appended.duplicates, newer.len());
            prop_assert_eq!(merged.len(), stored.len() + appended.added);
            // The stored orders come first, unchanged.
            for i in 0..stored.len() {
                prop_assert_eq!(identity(&merged, i), identity(&stored, i));
            }
            // Appending is idempotent: the merged table already holds the newer one.
            let (_, again) = append_new(&merged, &newer);
            prop_assert_eq!(again.added, 0);
        }
    }
}
