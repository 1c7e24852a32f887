//! The checkout summary as the shopper reads it: every amount and sentence already formatted in
//! the page's language on the server, so the checkout form's island shows it without carrying the
//! translations or the money formatting into the browser.

use serde::{Deserialize, Serialize};

/// One line: "Honey · 500 g × 2" and its total.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SummaryLine {
    pub text: String,
    pub total: String,
}

/// One cooperative's part.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SummaryGroup {
    pub cooperative: String,
    pub lines: Vec<SummaryLine>,
    pub subtotal_label: String,
    pub subtotal: String,
    /// "Shipping", then the fee ("Free" included).
    pub shipping_label: String,
    pub shipping: String,
    /// The cooperative does not ship to the chosen country (`shipping` says so).
    pub no_shipping: bool,
}

/// A way to pay that the cart and the address allow.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaymentChoice {
    /// "cod" or "card".
    pub value: String,
    pub label: String,
}

/// The whole summary, with the words around it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    pub title: String,
    pub groups: Vec<SummaryGroup>,
    pub total_label: String,
    pub total: String,
    /// The total in VND, sent back with the order: if prices changed meanwhile, nothing is placed.
    pub total_vnd: i64,
    /// "About US$15.00" for readers abroad.
    pub indicative: Option<String>,
    /// Notes above the groups: lines left out, a line short of stock, an empty cart.
    pub left_out: Option<String>,
    pub blocked: Option<String>,
    pub empty: Option<String>,
    /// Links to the cart from those notes.
    pub cart_href: String,
    pub cart_link: String,
    pub payment_legend: String,
    pub payments: Vec<PaymentChoice>,
    /// Neither cash on delivery nor card is possible.
    pub no_payment: Option<String>,
    pub place_label: String,
    pub can_place: bool,
}

#[cfg(feature = "ssr")]
impl Summary {
    /// The summary of `q` in `i18n`'s language.
    pub fn of(q: &super::shop::Quote, i18n: crate::i18n::I18n) -> Summary {
        let empty = q.groups.is_empty();
        let mut payments = vec![];
        if q.cod_available {
            payments.push(PaymentChoice {
                value: "cod".into(),
                label: i18n.t("payment-cod"),
            });
        }
        if q.card_available {
            payments.push(PaymentChoice {
                value: "card".into(),
                label: i18n.t("payment-card"),
            });
        }
        Summary {
            title: i18n.t("checkout-summary"),
            groups: q
                .groups
                .iter()
                .map(|g| SummaryGroup {
                    cooperative: g.cooperative_name.clone(),
                    lines: g
                        .lines
                        .iter()
                        .map(|l| SummaryLine {
                            text: format!("{} · {} × {}", l.product_name, l.variant_label, l.quantity),
                            total: i18n.vnd(l.line_total_vnd),
                        })
                        .collect(),
                    subtotal_label: i18n.t("cart-subtotal"),
                    subtotal: i18n.vnd(g.subtotal_vnd),
                    shipping_label: i18n.t("checkout-shipping"),
                    shipping: match g.shipping_vnd {
                        Some(0) => i18n.t("checkout-free"),
                        Some(fee) => i18n.vnd(fee),
                        None => i18n.t("checkout-no-ship-abroad"),
                    },
                    no_shipping: g.shipping_vnd.is_none(),
                })
                .collect(),
            total_label: i18n.t("checkout-total"),
            total: i18n.vnd(q.total_vnd),
            total_vnd: q.total_vnd,
            indicative: q
                .indicative
                .as_ref()
                .map(|ind| i18n.t_with("checkout-indicative", &[("amount", ind.display().into())])),
            left_out: q.left_out.then(|| i18n.t("checkout-some-left-out")),
            blocked: q.blocked.then(|| i18n.t("checkout-short")),
            empty: empty.then(|| i18n.t("cart-empty")),
            cart_href: i18n.href("/cart"),
            cart_link: i18n.t("cart-view"),
            payment_legend: i18n.t("checkout-payment"),
            no_payment: payments.is_empty().then(|| i18n.t("checkout-no-payment")),
            payments,
            place_label: i18n.t("checkout-place"),
            can_place: !empty && !q.blocked && q.deliverable && (q.cod_available || q.card_available),
        }
    }
}

/// Why the order was not placed, in the shopper's language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Refusal {
    /// The form's message ("Please correct the fields marked", "Prices changed", …).
    pub message: String,
    /// (field, message) for each field at fault.
    pub fields: Vec<(String, String)>,
}

#[cfg(feature = "ssr")]
impl Refusal {
    pub fn of(e: &crate::error::AppError, i18n: crate::i18n::I18n) -> Refusal {
        let fields = match e {
            crate::error::AppError::Invalid(errors) => errors
                .iter()
                .map(|f| (f.field.clone(), i18n.t(f.key.as_str())))
                .collect(),
            _ => vec![],
        };
        Refusal {
            message: i18n.t(e.message_key()),
            fields,
        }
    }
}

/// What placing the order came to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum PlaceOutcome {
    /// Go here next: the order page, or the card payment page.
    Placed { redirect: String },
    /// Nothing was placed; the summary as it is now (prices or stock may have changed).
    Refused { refusal: Refusal, summary: Box<Summary> },
}
