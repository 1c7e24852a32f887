//! What an order earned the marketplace and owes its cooperative (a sale, or its refund).

use crate::domain::orders::LedgerKind;
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "ledger_entries")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub order_id: i64,
    pub cooperative_id: i64,
    pub kind: LedgerKind,
    pub gross_vnd: i64,
    pub commission_bp: i32,
    pub commission_vnd: i64,
    pub net_vnd: i64,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
