//! A cooperative's shipping rules (absent: the defaults in `domain::checkout::ShippingRules`).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "shipping_rules")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub cooperative_id: i64,
    pub flat_fee_vnd: i64,
    pub free_above_vnd: Option<i64>,
    pub international_fee_vnd: Option<i64>,
    pub cod_enabled: bool,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
