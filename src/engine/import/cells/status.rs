//! Order status → purchase or not. A payment status (Shopify's `Financial Status`) counts money
//! received: `paid`, `partially_refunded` and `refunded` are purchases (a refund returns money but
//! the customer did buy), `pending`, `voided` … are not. An order status (WooCommerce, Persian
//! stores) counts orders the shop fulfils: `Completed` and `Processing` are purchases, `Refunded`,
//! `Cancelled`, `Pending payment`, `On hold`, `Failed` are not. These rules reproduce the ground
//! truths of `shared/data/README.md`, including its Persian store, whose reports count only
//! `تکمیل شده` (completed): its `در حال انجام` (processing) is not yet a purchase. An empty status
//! says nothing and counts as a purchase; an unknown word is reported, never guessed.

/// What a status column describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum StatusKind {
    /// Whether the order was paid (Shopify `Financial Status`, `Payment Status`).
    Payment,
    /// Where the order is in the shop's workflow (`Order Status`, `Status`, `وضعیت سفارش`).
    Order,
}

/// Whether a row with some status is a purchase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Purchase {
    Yes,
    No,
    /// A status Vafa does not know.
    Unknown,
}

const PAID: &[&str] = &[
    "paid",
    "partially refunded",
    "refunded",
    "completed",
    "complete",
    "succeeded",
    "success",
    "captured",
];
const UNPAID: &[&str] = &[
    "pending",
    "voided",
    "void",
    "authorized",
    "partially paid",
    "unpaid",
    "expired",
    "failed",
    "cancelled",
    "canceled",
    "declined",
];
const FULFILLED: &[&str] = &[
    "completed",
    "complete",
    "processing",
    "paid",
    "partially refunded",
    "fulfilled",
    "shipped",
    "delivered",
    "succeeded",
    "success",
    "تکمیل شده",
    "مکتمل",
    "تم التسلیم",
];
const NOT_FULFILLED: &[&str] = &[
    "cancelled",
    "canceled",
    "voided",
    "void",
    "pending",
    "pending payment",
    "failed",
    "on hold",
    "refunded",
    "draft",
    "checkout draft",
    "trash",
    "expired",
    "abandoned",
    "declined",
    "لغو شده",
    "ناموفق",
    "مسترد شده",
    "در انتظار پرداخت",
    "در انتظار بررسی",
    "در حال انجام",
    "ملغی",
    "فشل",
    "قید الانتظار",
    "مسترد",
    "مسترجع",
];

/// Whether an order whose status cell reads `status` is a purchase.
pub(crate) fn classify(status: &str, kind: StatusKind) -> Purchase {
    let status = status.trim();
    let status = status.strip_prefix("wc-").unwrap_or(status);
    if status.is_empty() {
        return Purchase::Yes;
    }
    let (yes, no) = match kind {
        StatusKind::Payment => (PAID, UNPAID),
        StatusKind::Order => (FULFILLED, NOT_FULFILLED),
    };
    if yes.iter().any(|word| same(status, word)) {
        Purchase::Yes
    } else if no.iter().any(|word| same(status, word)) {
        Purchase::No
    } else {
        Purchase::Unknown
    }
}

/// `text` equals `word` ignoring ASCII case, with `_` and `-` read as spaces and Arabic ي/ك as
/// Persian ی/ک; `word` is written in that normal form (lower case, Persian letters). Compares
/// without allocating.
fn same(text: &str, word: &str) -> bool {
    let normal = |c: char| match c {
        '_' | '-' | '\u{200C}' => ' ',
        'ي' | 'ى' => 'ی',
        'ك' => 'ک',
        other => other.to_ascii_lowercase(),
    };
    text.chars().map(normal).eq(word.chars())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shopify_refunds_are_purchases_but_pending_and_voided_are_not() {
        assert_eq!(classify("paid", StatusKind::Payment), Purchase::Yes);
        assert_eq!(
            classify("partially_refunded", StatusKind::Payment),
            Purchase::Yes
        );
        assert_eq!(classify("refunded", StatusKind::Payment), Purchase::Yes);
        assert_eq!(classify("pending", StatusKind::Payment), Purchase::No);
        assert_eq!(classify("voided", StatusKind::Payment), Purchase::No);
    }

    #[test]
    fn woocommerce_counts_completed_and_processing_only() {
        assert_eq!(classify("Completed", StatusKind::Order), Purchase::Yes);
        assert_eq!(classify("Processing", StatusKind::Order), Purchase::Yes);
        assert_eq!(classify("wc-processing", StatusKind::Order), Purchase::Yes);
        for status in [
            "Refunded",
            "Cancelled",
            "Pending payment",
            "On hold",
            "on-hold",
            "Failed",
        ] {
            assert_eq!(
                classify(status, StatusKind::Order),
                Purchase::No,
                "{status}"
            );
        }
    }

    #[test]
    fn persian_statuses_count_completed_only() {
        assert_eq!(classify("تکمیل شده", StatusKind::Order), Purchase::Yes);
        // Windows-1256 writes the Arabic yeh and kaf.
        assert_eq!(classify("تكميل شده", StatusKind::Order), Purchase::Yes);
        assert_eq!(classify("در حال انجام", StatusKind::Order), Purchase::No);
        assert_eq!(classify("لغو شده", StatusKind::Order), Purchase::No);
    }

    #[test]
    fn empty_is_a_purchase_and_unknown_words_are_unknown() {
        assert_eq!(classify(" ", StatusKind::Order), Purchase::Yes);
        assert_eq!(classify("teleported", StatusKind::Order), Purchase::Unknown);
    }
}
