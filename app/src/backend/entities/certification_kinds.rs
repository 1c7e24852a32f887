//! A certification scheme sellers may declare (OCOP, VietGAP, …), kept by administrators.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "certification_kinds")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub code: String,
    pub position: i32,
    /// Inactive schemes are no longer offered to sellers; certificates already declared keep them.
    pub active: bool,
    /// For schemes added by administrators: a JSON object of names by locale code. Built-in schemes
    /// have none; their names are in the locale files (`cert-{code}`).
    pub names: Option<String>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
