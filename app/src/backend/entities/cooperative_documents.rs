//! A supporting document (registration certificate and the like), served only to administrators and
//! the cooperative's members. The file lives in the FileStore under a random key.

use crate::domain::documents::DocumentKind;
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "cooperative_documents")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub cooperative_id: i64,
    pub kind: DocumentKind,
    pub file_key: String,
    pub original_name: String,
    pub mime: String,
    pub size_bytes: i64,
    pub uploaded_by_user_id: i64,
    pub created_at: DateTimeUtc,
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
}

impl Related<super::cooperatives::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Cooperative.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
