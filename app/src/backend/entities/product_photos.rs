//! A product photo: the original (metadata stripped) and, once made off the request path, its WebP
//! renditions.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "product_photos")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub product_id: i64,
    /// Set for a photo of one batch (shown on its trace page); None for the product's gallery.
    pub batch_id: Option<i64>,
    /// 0 is the cover.
    pub position: i32,
    pub original_key: String,
    pub width: i32,
    pub height: i32,
    /// JSON object: width in px → stored key.
    pub renditions: Option<String>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
