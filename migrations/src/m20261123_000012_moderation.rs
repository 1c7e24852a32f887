//! Moderation: administrators hide a product (with a reason the cooperative is told) and restore it;
//! shoppers report products for administrators to look at.

use crate::util::{id, string, timestamp, timestamp_null};
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261123_000012_moderation"
    }
}

#[derive(DeriveIden)]
enum Products {
    Table,
    Id,
    HiddenAt,
    HiddenReason,
}

#[derive(DeriveIden)]
enum ProductReports {
    Table,
    Id,
    ProductId,
    ReporterUserId,
    Reason,
    CreatedAt,
    ResolvedAt,
    ResolvedByUserId,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

const INDEX: &str = "ix_product_reports_open";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // SQLite adds one column per ALTER TABLE.
        m.alter_table(
            Table::alter()
                .table(Products::Table)
                .add_column(timestamp_null(Products::HiddenAt))
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table(Products::Table)
                .add_column(ColumnDef::new(Products::HiddenReason).string_len(500).null())
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(ProductReports::Table)
                .col(id(ProductReports::Id))
                .col(ColumnDef::new(ProductReports::ProductId).big_integer().not_null())
                .col(
                    ColumnDef::new(ProductReports::ReporterUserId)
                        .big_integer()
                        .null(),
                )
                .col(string(ProductReports::Reason, 500))
                .col(timestamp(ProductReports::CreatedAt))
                .col(timestamp_null(ProductReports::ResolvedAt))
                .col(
                    ColumnDef::new(ProductReports::ResolvedByUserId)
                        .big_integer()
                        .null(),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(ProductReports::Table, ProductReports::ProductId)
                        .to(Products::Table, Products::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(ProductReports::Table, ProductReports::ReporterUserId)
                        .to(Users::Table, Users::Id)
                        .on_delete(ForeignKeyAction::SetNull),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name(INDEX)
                .table(ProductReports::Table)
                .col(ProductReports::ResolvedAt)
                .col(ProductReports::ProductId)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(ProductReports::Table).to_owned())
            .await?;
        for col in [Products::HiddenReason, Products::HiddenAt] {
            m.alter_table(Table::alter().table(Products::Table).drop_column(col).to_owned())
                .await?;
        }
        Ok(())
    }
}
