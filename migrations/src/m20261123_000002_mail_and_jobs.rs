//! The mail outbox and the durable job queue that delivers it (and, later, search updates and image
//! renditions). Both live in the database so any server instance can pick work up after a restart.

use crate::util::{id, string, string_null, timestamp, timestamp_null};
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261123_000002_mail_and_jobs"
    }
}

#[derive(DeriveIden)]
enum OutboxEmails {
    Table,
    Id,
    ToAddress,
    Subject,
    BodyText,
    Locale,
    Status,
    FileName,
    CreatedAt,
    SentAt,
}

#[derive(DeriveIden)]
enum Jobs {
    Table,
    Id,
    Kind,
    Payload,
    Status,
    Attempts,
    MaxAttempts,
    RunAt,
    LockedBy,
    LockedUntil,
    LastError,
    CreatedAt,
    FinishedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(OutboxEmails::Table)
                .col(id(OutboxEmails::Id))
                .col(string(OutboxEmails::ToAddress, 254))
                .col(string(OutboxEmails::Subject, 255))
                .col(ColumnDef::new(OutboxEmails::BodyText).text().not_null())
                .col(string(OutboxEmails::Locale, 8))
                .col(string(OutboxEmails::Status, 16).default("pending"))
                .col(string_null(OutboxEmails::FileName, 128))
                .col(timestamp(OutboxEmails::CreatedAt))
                .col(timestamp_null(OutboxEmails::SentAt))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Jobs::Table)
                .col(id(Jobs::Id))
                .col(string(Jobs::Kind, 64))
                .col(ColumnDef::new(Jobs::Payload).text().not_null())
                .col(string(Jobs::Status, 16).default("pending"))
                .col(ColumnDef::new(Jobs::Attempts).integer().not_null().default(0))
                .col(ColumnDef::new(Jobs::MaxAttempts).integer().not_null().default(10))
                .col(timestamp(Jobs::RunAt))
                .col(string_null(Jobs::LockedBy, 64))
                .col(timestamp_null(Jobs::LockedUntil))
                .col(ColumnDef::new(Jobs::LastError).text().null())
                .col(timestamp(Jobs::CreatedAt))
                .col(timestamp_null(Jobs::FinishedAt))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_jobs_due")
                .table(Jobs::Table)
                .col(Jobs::Status)
                .col(Jobs::RunAt)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(Jobs::Table).to_owned()).await?;
        m.drop_table(Table::drop().table(OutboxEmails::Table).to_owned())
            .await
    }
}
