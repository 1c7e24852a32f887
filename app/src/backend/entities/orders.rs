//! One cooperative's order within a checkout.

use crate::domain::orders::{OrderStatus, PaymentMethod};
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "orders")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub number: String,
    pub checkout_id: i64,
    pub cooperative_id: i64,
    pub status: OrderStatus,
    pub payment_method: PaymentMethod,
    pub subtotal_vnd: i64,
    pub shipping_vnd: i64,
    pub total_vnd: i64,
    pub carrier: Option<String>,
    pub tracking_code: Option<String>,
    pub cancel_reason: Option<String>,
    pub refunded_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
