//! Money as integer hundredths of the file's currency unit (cents, or 1/100 Toman), so sums are
//! exact; converted to a floating major-unit number only for display and the Report.

/// An amount in hundredths of the major unit (whatever the currency).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Money(pub i64);

impl Money {
    /// The amount in major units (`Money(8964194)` → 89641.94).
    pub fn major(self) -> f64 {
        self.0 as f64 / 100.0
    }
}

impl std::ops::Add for Money {
    type Output = Money;
    fn add(self, other: Money) -> Money {
        Money(self.0.saturating_add(other.0))
    }
}

impl std::ops::AddAssign for Money {
    fn add_assign(&mut self, other: Money) {
        *self = *self + other;
    }
}

impl std::iter::Sum for Money {
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money {
        iter.fold(Money(0), |a, b| a + b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums_are_exact() {
        let total: Money = [Money(10), Money(20), Money(8_964_164)].into_iter().sum();
        assert_eq!(total, Money(8_964_194));
        assert_eq!(total.major(), 89641.94);
    }
}
