//! A certification of a product: OCOP (stars, level) or another scheme (VietGAP, organic, …),
//! verified or rejected by an administrator.

use crate::domain::catalog::CertificationStatus;
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "product_certifications")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub product_id: i64,
    pub kind: String,
    pub number: String,
    pub stars: Option<i32>,
    /// OCOP: "provincial" or "national".
    pub level: Option<String>,
    pub issued_on: Option<Date>,
    pub expires_on: Option<Date>,
    pub scan_key: Option<String>,
    /// "pending", "verified" or "rejected".
    pub status: CertificationStatus,
    pub reason: Option<String>,
    pub decided_by_user_id: Option<i64>,
    pub decided_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    /// When the seller was warned of the coming expiry (once per certificate).
    pub expiry_warned_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
