//! A cooperative and its application to sell; `status` follows `domain::cooperative_status`.

use crate::domain::cooperative_status::CooperativeStatus;
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "cooperatives")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    #[sea_orm(unique)]
    pub slug: String,
    pub status: CooperativeStatus,
    /// The reason given with the last decision that needed one.
    pub status_reason: Option<String>,
    pub legal_name_vi: String,
    pub registration_number: String,
    pub region_code: Option<String>,
    pub address: Option<String>,
    pub year_founded: Option<i32>,
    pub member_count: Option<i32>,
    pub legal_representative: Option<String>,
    /// E.164.
    pub contact_phone: Option<String>,
    pub contact_email: Option<String>,
    pub logo_key: Option<String>,
    /// The locale the application was made in: decisions are mailed in it.
    pub applied_locale: String,
    pub created_by_user_id: i64,
    /// Made by `server seed-demo`.
    pub is_demo: bool,
    /// Optimistic concurrency: every update checks and bumps it.
    pub version: i32,
    pub submitted_at: Option<DateTimeUtc>,
    pub decided_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(has_many = "super::cooperative_translations::Entity")]
    Translations,
    #[sea_orm(has_many = "super::cooperative_members::Entity")]
    Members,
    #[sea_orm(has_many = "super::cooperative_documents::Entity")]
    Documents,
}

impl Related<super::cooperative_translations::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Translations.def()
    }
}

impl Related<super::cooperative_members::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Members.def()
    }
}

impl Related<super::cooperative_documents::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Documents.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
