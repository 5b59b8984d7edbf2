//! Order status → purchase or not. A payment status (Shopify's `Financial Status`) counts money
//! received: `paid`, `partially_refunded` and `refunded` are purchases (a refund returns money but
//! the customer did buy), `pending`, `voided` … are not. An order status (WooCommerce, Persian
//! stores) counts orders the shop fulfils: `Completed` and `Processing` are purchases, `Refunded`,
//! `Cancelled`, `Pending payment`, `On hold`, `Failed` are not. These rules reproduce the ground
//! truths of `shared/data/README.md`, including its Persian store, whose reports count only
//! `تکمیل شده` (completed): its `در حال انجام` (processing) is not yet a purchase; shipped and
//! delivered (`ارسال شده`, `تحویل شده`) are. Arabic stores follow the WooCommerce words: `مكتمل`
//! (completed) and `قيد المعالجة` (processing) are purchases; `ملغي`, `معلق`, `مسترد`, `فشل` are
//! not. An empty status says nothing and counts as a purchase; an unknown word is reported, never
//! guessed.

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
    "settled",
    "پرداخت شده",
    "پرداخت موفق",
    "موفق",
    "مدفوع",
    "تم الدفع",
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
    "refused",
    "پرداخت نشده",
    "ناموفق",
    "لغو شده",
    "غیر مدفوع",
    "فشل",
    "ملغی",
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
    "awaiting fulfillment",
    "awaiting shipment",
    "partially shipped",
    "تکمیل شده",
    "ارسال شده",
    "تحویل شده",
    "تحویل داده شده",
    "مکتمل",
    "تم التسلیم",
    "تم الشحن",
    "قید المعالجة",
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
    "returned",
    "rejected",
    "awaiting payment",
    "payment failed",
    "لغو شد",
    "کنسل شده",
    "مرجوع شده",
    "برگشت خورده",
    "پرداخت نشده",
    "در انتظار",
    "ملغی",
    "فشل",
    "قید الانتظار",
    "مسترد",
    "مسترجع",
    "معلق",
    "بانتظار الدفع",
    "مرفوض",
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
        assert_eq!(classify("ارسال شده", StatusKind::Order), Purchase::Yes);
        assert_eq!(
            classify("در انتظار پرداخت", StatusKind::Order),
            Purchase::No
        );
        assert_eq!(classify("پرداخت شده", StatusKind::Payment), Purchase::Yes);
        assert_eq!(classify("ناموفق", StatusKind::Payment), Purchase::No);
    }

    #[test]
    fn arabic_statuses_follow_woocommerce() {
        assert_eq!(classify("مكتمل", StatusKind::Order), Purchase::Yes);
        assert_eq!(classify("قيد المعالجة", StatusKind::Order), Purchase::Yes);
        assert_eq!(classify("ملغي", StatusKind::Order), Purchase::No);
        assert_eq!(classify("معلق", StatusKind::Order), Purchase::No);
        assert_eq!(classify("تم الدفع", StatusKind::Payment), Purchase::Yes);
        assert_eq!(classify("فشل", StatusKind::Payment), Purchase::No);
    }

    #[test]
    fn stripe_payment_statuses_count_succeeded_charges() {
        // README § stripe_payments.csv: Paid + Refunded succeeded; Failed did not.
        assert_eq!(classify("Paid", StatusKind::Payment), Purchase::Yes);
        assert_eq!(classify("Refunded", StatusKind::Payment), Purchase::Yes);
        assert_eq!(classify("Failed", StatusKind::Payment), Purchase::No);
    }

    #[test]
    fn empty_is_a_purchase_and_unknown_words_are_unknown() {
        assert_eq!(classify(" ", StatusKind::Order), Purchase::Yes);
        assert_eq!(classify("teleported", StatusKind::Order), Purchase::Unknown);
    }
}
