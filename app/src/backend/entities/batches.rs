//! A traceable production batch (lot) of a product, with its public trace page.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "batches")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub product_id: i64,
    /// Upper-case, unique.
    pub lot_code: String,
    pub produced_on: Date,
    pub commune: Option<String>,
    pub region_code: Option<String>,
    pub quantity: Option<i32>,
    pub quantity_unit: Option<String>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
