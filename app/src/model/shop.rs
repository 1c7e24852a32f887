//! What the cart and checkout pages and their server functions exchange.

use serde::{Deserialize, Serialize};

/// One line of the cart as it is now: price, stock and availability read again at every view.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CartLine {
    pub variant_id: i64,
    pub product_slug: String,
    pub product_name: String,
    pub variant_label: String,
    pub unit_price_vnd: i64,
    /// The price when the shopper added the line or last saw the cart.
    pub price_seen_vnd: i64,
    pub quantity: i32,
    pub line_total_vnd: i64,
    pub stock: i32,
    /// Fluent id of what keeps this line out of checkout, if anything.
    pub problem: Option<String>,
}

impl CartLine {
    pub fn price_changed(&self) -> bool {
        self.unit_price_vnd != self.price_seen_vnd
    }
}

/// The cart's lines of one cooperative.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CartGroup {
    pub cooperative_id: i64,
    pub cooperative_name: String,
    pub lines: Vec<CartLine>,
    pub subtotal_vnd: i64,
}

/// The whole cart.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CartView {
    pub groups: Vec<CartGroup>,
    /// Of the lines that can be checked out.
    pub total_vnd: i64,
    /// Units in the cart (the header's badge).
    pub count: i64,
    /// Some line cannot be checked out as it is.
    pub blocked: bool,
    /// Some price changed since the shopper last saw it.
    pub price_changed: bool,
}

/// The checkout form as typed (every field a string; checked on the server).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CheckoutFields {
    pub email: String,
    pub phone: String,
    pub recipient: String,
    /// "VN" or another country code.
    pub country: String,
    pub region_code: String,
    pub ward: String,
    pub street: String,
    pub lines: String,
    pub note: String,
    /// "cod" or "card".
    pub payment_method: String,
    /// A random key made when the form was shown; a second submission returns the first checkout.
    pub idempotency_key: String,
    /// The total the shopper saw, in VND; if the prices changed since, nothing is placed.
    pub expected_total: String,
}

/// A line of the checkout summary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteLine {
    pub product_name: String,
    pub variant_label: String,
    pub quantity: i32,
    pub unit_price_vnd: i64,
    pub line_total_vnd: i64,
}

/// One cooperative's part of the checkout summary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteGroup {
    pub cooperative_id: i64,
    pub cooperative_name: String,
    pub lines: Vec<QuoteLine>,
    pub subtotal_vnd: i64,
    /// None when the cooperative does not deliver to the chosen country.
    pub shipping_vnd: Option<i64>,
    pub cod_enabled: bool,
}

/// An amount in the shopper's currency, for information only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Indicative {
    /// ISO 4217 code.
    pub currency: String,
    /// In the currency's minor units (cents; yen and won have none).
    pub amount_minor: i64,
    pub minor_units: u32,
}

impl Indicative {
    /// "$15.00", "¥587", "₩1,234", "¥12.30" (CNY).
    pub fn display(&self) -> String {
        let symbol = match self.currency.as_str() {
            "USD" => "US$",
            "CNY" => "CN¥",
            "JPY" => "¥",
            "KRW" => "₩",
            other => other,
        };
        let scale = 10i64.pow(self.minor_units);
        let whole = group_thousands(self.amount_minor / scale);
        if self.minor_units == 0 {
            format!("{symbol}{whole}")
        } else {
            let frac = self.amount_minor % scale;
            format!(
                "{symbol}{whole}.{frac:0width$}",
                width = self.minor_units as usize
            )
        }
    }
}

fn group_thousands(n: i64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The checkout summary for the cart and an address (by default that of an empty cart).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    pub groups: Vec<QuoteGroup>,
    pub subtotal_vnd: i64,
    pub shipping_vnd: i64,
    pub total_vnd: i64,
    /// Every cooperative can deliver to the address.
    pub deliverable: bool,
    pub cod_available: bool,
    pub card_available: bool,
    pub indicative: Option<Indicative>,
    /// Some line has not enough stock: the shopper changes the cart first (the cart page says which).
    pub blocked: bool,
    /// Lines no longer sold were left out (they stay in the cart, flagged).
    pub left_out: bool,
}

/// A province for the address form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegionOption {
    pub code: String,
    pub name: String,
}

/// What to do after placing an order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Placed {
    /// The checkout's secret token (its page is /{locale}/orders/t/{token}).
    pub token: String,
    /// Where to send the browser: the order page, or Stripe's payment page.
    pub redirect: String,
}

/// A cooperative's shipping rules for its settings page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShippingRulesView {
    pub cooperative_id: i64,
    pub cooperative_name: String,
    pub flat_fee_vnd: i64,
    pub free_above_vnd: Option<i64>,
    pub international_fee_vnd: Option<i64>,
    pub cod_enabled: bool,
    /// Every province: (code, name, its own fee if set).
    pub provinces: Vec<(String, String, Option<i64>)>,
}

/// The shipping rules form as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ShippingFields {
    pub flat_fee: String,
    pub free_above: String,
    /// Blank: the cooperative does not ship abroad.
    pub international_fee: String,
    /// "on" when ticked.
    pub cod_enabled: Option<String>,
    /// Fee by province code; blank uses the flat fee.
    pub province_fees: std::collections::BTreeMap<String, String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indicative_amounts_read_naturally() {
        let usd = Indicative {
            currency: "USD".into(),
            amount_minor: 123_456,
            minor_units: 2,
        };
        assert_eq!(usd.display(), "US$1,234.56");
        let yen = Indicative {
            currency: "JPY".into(),
            amount_minor: 587,
            minor_units: 0,
        };
        assert_eq!(yen.display(), "¥587");
        let cents = Indicative {
            currency: "CNY".into(),
            amount_minor: 5,
            minor_units: 2,
        };
        assert_eq!(cents.display(), "CN¥0.05");
    }
}
