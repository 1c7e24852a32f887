//! A product of a cooperative; its texts, variants, photos, certifications and batches hang off it.

use crate::domain::catalog::ProductStatus;
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "products")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub cooperative_id: i64,
    pub category_code: String,
    /// "draft", "published" or "archived".
    pub status: ProductStatus,
    pub unit: String,
    pub origin_region_code: Option<String>,
    /// GTIN-14, zero-padded.
    pub gtin: Option<String>,
    pub is_demo: bool,
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub published_at: Option<DateTimeUtc>,
    /// Set while administrators hide the product (whatever its status); shoppers never see it.
    pub hidden_at: Option<DateTimeUtc>,
    pub hidden_reason: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::cooperatives::Entity",
        from = "Column::CooperativeId",
        to = "super::cooperatives::Column::Id",
        on_delete = "Cascade"
    )]
    Cooperative,
    #[sea_orm(has_many = "super::product_translations::Entity")]
    Translations,
    #[sea_orm(has_many = "super::product_variants::Entity")]
    Variants,
}

impl Related<super::cooperatives::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Cooperative.def()
    }
}

impl Related<super::product_translations::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Translations.def()
    }
}

impl Related<super::product_variants::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Variants.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
