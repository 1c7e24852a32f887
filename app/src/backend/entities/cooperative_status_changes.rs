//! One change of a cooperative's status (submission, decision), kept for reports over any period.

use crate::domain::cooperative_status::{CooperativeAction, CooperativeStatus};
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "cooperative_status_changes")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub cooperative_id: i64,
    /// `CooperativeAction::as_str`.
    pub action: CooperativeAction,
    pub from_status: CooperativeStatus,
    pub to_status: CooperativeStatus,
    pub at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
