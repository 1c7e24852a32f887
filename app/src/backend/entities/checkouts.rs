//! One checkout: the shopper's contact, address and payment, holding one order per cooperative.

use crate::domain::orders::{CheckoutStatus, PaymentMethod};
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "checkouts")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub public_token: String,
    pub idempotency_key: String,
    pub cart_owner: String,
    pub user_id: Option<i64>,
    pub email: String,
    pub phone: String,
    pub locale: String,
    pub recipient: String,
    pub country: String,
    pub region_code: Option<String>,
    pub ward: Option<String>,
    pub street: Option<String>,
    pub address_lines: Option<String>,
    pub note: Option<String>,
    pub payment_method: PaymentMethod,
    pub status: CheckoutStatus,
    pub total_vnd: i64,
    pub stripe_session_id: Option<String>,
    pub stripe_payment_intent: Option<String>,
    pub pay_by: Option<DateTimeUtc>,
    pub paid_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
