//! A mail waiting for, or past, delivery: written to DATA_DIR/outbox as .eml, or sent over SMTP.

use crate::domain::work::MailStatus;
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "outbox_emails")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub to_address: String,
    pub subject: String,
    pub body_text: String,
    pub locale: String,
    /// pending, written (to a file), sent (over SMTP) or failed.
    pub status: MailStatus,
    pub file_name: Option<String>,
    pub created_at: DateTimeUtc,
    pub sent_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
