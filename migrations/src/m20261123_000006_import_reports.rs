//! Reports of bulk product imports (dry runs and runs), so the seller's page can show the result of
//! an upload handled by any instance.

use crate::util::{id, string, timestamp};
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261123_000006_import_reports"
    }
}

#[derive(DeriveIden)]
enum ImportReports {
    Table,
    Id,
    CooperativeId,
    UserId,
    Mode,
    Report,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Cooperatives {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(ImportReports::Table)
                .col(id(ImportReports::Id))
                .col(
                    ColumnDef::new(ImportReports::CooperativeId)
                        .big_integer()
                        .not_null(),
                )
                .col(ColumnDef::new(ImportReports::UserId).big_integer().not_null())
                .col(string(ImportReports::Mode, 16))
                .col(ColumnDef::new(ImportReports::Report).text().not_null())
                .col(timestamp(ImportReports::CreatedAt))
                .foreign_key(
                    ForeignKey::create()
                        .from(ImportReports::Table, ImportReports::CooperativeId)
                        .to(Cooperatives::Table, Cooperatives::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(ImportReports::Table).to_owned())
            .await
    }
}
