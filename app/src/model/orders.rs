//! What the order pages (the shopper's and the cooperative's) and their server functions exchange.

use crate::domain::orders::{CheckoutStatus, OrderStatus, PaymentMethod};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// A line of an order as it was ordered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrderItemView {
    pub product_name: String,
    pub variant_label: String,
    pub sku: String,
    pub unit_price_vnd: i64,
    pub quantity: i32,
    pub line_total_vnd: i64,
}

/// One step of an order's history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrderEventView {
    pub to_status: OrderStatus,
    /// "shopper", "cooperative" or "system".
    pub actor: String,
    pub note: Option<String>,
    pub at: DateTime<Utc>,
}

/// Where the parcel goes, as lines ready to print.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddressView {
    pub recipient: String,
    pub lines: Vec<String>,
}

/// One cooperative's order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrderView {
    pub number: String,
    pub status: OrderStatus,
    pub payment_method: PaymentMethod,
    pub cooperative_name: String,
    pub cooperative_slug: String,
    pub items: Vec<OrderItemView>,
    pub subtotal_vnd: i64,
    pub shipping_vnd: i64,
    pub total_vnd: i64,
    pub carrier: Option<String>,
    pub tracking_code: Option<String>,
    pub cancel_reason: Option<String>,
    pub refunded: bool,
    pub events: Vec<OrderEventView>,
    pub created_at: DateTime<Utc>,
    /// What the viewer may do now ("confirm", "ship", "deliver", "complete", "cancel").
    pub actions: Vec<String>,
}

/// A checkout as its shopper sees it: contact, address and every order in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckoutView {
    pub token: String,
    pub email: String,
    pub phone: String,
    pub address: AddressView,
    pub note: Option<String>,
    pub payment_method: PaymentMethod,
    pub status: CheckoutStatus,
    pub total_vnd: i64,
    pub orders: Vec<OrderView>,
    pub created_at: DateTime<Utc>,
    pub pay_by: Option<DateTime<Utc>>,
}

/// A row of an order list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrderRow {
    pub number: String,
    pub status: OrderStatus,
    pub payment_method: PaymentMethod,
    pub cooperative_name: String,
    pub recipient: String,
    pub units: i64,
    pub total_vnd: i64,
    pub created_at: DateTime<Utc>,
}

/// A cooperative's orders, filtered by status.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SellerOrders {
    pub cooperative_id: i64,
    pub cooperative_name: String,
    /// The status shown, or None for all.
    pub status: Option<String>,
    /// (status, how many orders are in it) for the filter tabs.
    pub counts: Vec<(String, u64)>,
    pub rows: Vec<OrderRow>,
    pub page: u64,
    pub pages: u64,
}

/// One order as its cooperative sees it: the order, and whom to deliver to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SellerOrder {
    pub cooperative_id: i64,
    pub order: OrderView,
    pub email: String,
    pub phone: String,
    pub address: AddressView,
    pub note: Option<String>,
}

/// A cooperative's money with the marketplace.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BalanceRow {
    pub cooperative_id: i64,
    pub cooperative_name: String,
    pub gross_vnd: i64,
    pub commission_vnd: i64,
    /// Gross less commission.
    pub net_vnd: i64,
    pub paid_out_vnd: i64,
    /// Net less what was paid out.
    pub owed_vnd: i64,
    /// Its own commission, if administrators set one.
    pub override_bp: Option<i32>,
}

/// An indicative exchange rate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RateRow {
    pub code: String,
    /// VND per unit × 1000.
    pub vnd_per_unit_milli: i64,
    pub updated_at: DateTime<Utc>,
}

/// A payout, for the list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PayoutRow {
    pub cooperative_name: String,
    pub amount_vnd: i64,
    pub reference: String,
    pub at: DateTime<Utc>,
}

/// The administrators' payments page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaymentsAdmin {
    /// Featured products' slugs, one per line.
    pub featured: String,
    pub commission_bp: i32,
    pub card_payment_minutes: i64,
    pub rates: Vec<RateRow>,
    pub balances: Vec<BalanceRow>,
    pub payouts: Vec<PayoutRow>,
}

/// The settings form as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SettingsFields {
    pub commission_percent: String,
    pub card_payment_minutes: String,
    /// VND per unit, by currency code.
    pub rates: std::collections::BTreeMap<String, String>,
}

/// The payout form as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PayoutFields {
    pub cooperative_id: i64,
    pub amount: String,
    pub reference: String,
}
