//! Remembers when a seller was warned that a certificate is about to expire, so each certificate is
//! warned about once, whichever instance's housekeeping gets to it first.

use crate::util::timestamp_null;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261123_000008_certificate_expiry_warnings"
    }
}

#[derive(DeriveIden)]
enum ProductCertifications {
    Table,
    ExpiryWarnedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(ProductCertifications::Table)
                .add_column(timestamp_null(ProductCertifications::ExpiryWarnedAt))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(ProductCertifications::Table)
                .drop_column(ProductCertifications::ExpiryWarnedAt)
                .to_owned(),
        )
        .await
    }
}
