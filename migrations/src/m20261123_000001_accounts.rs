//! Accounts: users, database sessions, password-reset tokens, login attempts (for throttling) and
//! the audit log.

use crate::util::{id, string, string_null, timestamp, timestamp_null};
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261123_000001_accounts"
    }
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
    Email,
    DisplayName,
    PasswordHash,
    Role,
    Locale,
    DisabledAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Sessions {
    Table,
    Id,
    UserId,
    CreatedAt,
    LastSeenAt,
    ExpiresAt,
    Ip,
    UserAgent,
}

#[derive(DeriveIden)]
enum PasswordResetTokens {
    Table,
    Id,
    UserId,
    TokenHash,
    CreatedAt,
    ExpiresAt,
    UsedAt,
}

#[derive(DeriveIden)]
enum LoginAttempts {
    Table,
    Id,
    Email,
    Ip,
    Succeeded,
    CreatedAt,
}

#[derive(DeriveIden)]
enum AuditEvents {
    Table,
    Id,
    ActorUserId,
    Action,
    SubjectType,
    SubjectId,
    Details,
    Ip,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Users::Table)
                .col(id(Users::Id))
                .col(string(Users::Email, 254))
                .col(string(Users::DisplayName, 80))
                .col(string(Users::PasswordHash, 255))
                .col(string(Users::Role, 16).default("shopper"))
                .col(string(Users::Locale, 8).default("vi"))
                .col(timestamp_null(Users::DisabledAt))
                .col(timestamp(Users::CreatedAt))
                .col(timestamp(Users::UpdatedAt))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ux_users_email")
                .table(Users::Table)
                .col(Users::Email)
                .unique()
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Sessions::Table)
                // The id is the SHA-256 of the cookie value: a leaked table cannot be replayed.
                .col(string(Sessions::Id, 64).primary_key())
                .col(ColumnDef::new(Sessions::UserId).big_integer().null())
                .col(timestamp(Sessions::CreatedAt))
                .col(timestamp(Sessions::LastSeenAt))
                .col(timestamp(Sessions::ExpiresAt))
                .col(string_null(Sessions::Ip, 64))
                .col(string_null(Sessions::UserAgent, 255))
                .foreign_key(
                    ForeignKey::create()
                        .from(Sessions::Table, Sessions::UserId)
                        .to(Users::Table, Users::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_sessions_user")
                .table(Sessions::Table)
                .col(Sessions::UserId)
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_sessions_expires")
                .table(Sessions::Table)
                .col(Sessions::ExpiresAt)
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(PasswordResetTokens::Table)
                .col(id(PasswordResetTokens::Id))
                .col(
                    ColumnDef::new(PasswordResetTokens::UserId)
                        .big_integer()
                        .not_null(),
                )
                .col(string(PasswordResetTokens::TokenHash, 64))
                .col(timestamp(PasswordResetTokens::CreatedAt))
                .col(timestamp(PasswordResetTokens::ExpiresAt))
                .col(timestamp_null(PasswordResetTokens::UsedAt))
                .foreign_key(
                    ForeignKey::create()
                        .from(PasswordResetTokens::Table, PasswordResetTokens::UserId)
                        .to(Users::Table, Users::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ux_password_reset_tokens_hash")
                .table(PasswordResetTokens::Table)
                .col(PasswordResetTokens::TokenHash)
                .unique()
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(LoginAttempts::Table)
                .col(id(LoginAttempts::Id))
                .col(string(LoginAttempts::Email, 254))
                .col(string(LoginAttempts::Ip, 64))
                .col(ColumnDef::new(LoginAttempts::Succeeded).boolean().not_null())
                .col(timestamp(LoginAttempts::CreatedAt))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_login_attempts_email")
                .table(LoginAttempts::Table)
                .col(LoginAttempts::Email)
                .col(LoginAttempts::CreatedAt)
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_login_attempts_ip")
                .table(LoginAttempts::Table)
                .col(LoginAttempts::Ip)
                .col(LoginAttempts::CreatedAt)
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(AuditEvents::Table)
                .col(id(AuditEvents::Id))
                .col(ColumnDef::new(AuditEvents::ActorUserId).big_integer().null())
                .col(string(AuditEvents::Action, 64))
                .col(string_null(AuditEvents::SubjectType, 32))
                .col(string_null(AuditEvents::SubjectId, 64))
                .col(
                    ColumnDef::new(AuditEvents::Details)
                        .text()
                        .not_null()
                        .default("{}"),
                )
                .col(string_null(AuditEvents::Ip, 64))
                .col(timestamp(AuditEvents::CreatedAt))
                .foreign_key(
                    ForeignKey::create()
                        .from(AuditEvents::Table, AuditEvents::ActorUserId)
                        .to(Users::Table, Users::Id)
                        .on_delete(ForeignKeyAction::SetNull),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_audit_events_subject")
                .table(AuditEvents::Table)
                .col(AuditEvents::SubjectType)
                .col(AuditEvents::SubjectId)
                .col(AuditEvents::CreatedAt)
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_audit_events_created")
                .table(AuditEvents::Table)
                .col(AuditEvents::CreatedAt)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            AuditEvents::Table.into_iden(),
            LoginAttempts::Table.into_iden(),
            PasswordResetTokens::Table.into_iden(),
            Sessions::Table.into_iden(),
            Users::Table.into_iden(),
        ] {
            m.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        Ok(())
    }
}
