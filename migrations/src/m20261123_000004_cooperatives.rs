//! Cooperatives: the application (one row, moved through its states by the state machine in
//! `app::domain::cooperative_status`), its per-locale texts, members, supporting documents and staff
//! invitations. Status changes and membership changes are recorded in `audit_events`.

use crate::util::{id, string, string_null, timestamp, timestamp_null};
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261123_000004_cooperatives"
    }
}

#[derive(DeriveIden)]
enum Cooperatives {
    Table,
    Id,
    Slug,
    Status,
    StatusReason,
    LegalNameVi,
    RegistrationNumber,
    RegionCode,
    Address,
    YearFounded,
    MemberCount,
    LegalRepresentative,
    ContactPhone,
    ContactEmail,
    LogoKey,
    AppliedLocale,
    CreatedByUserId,
    Version,
    SubmittedAt,
    DecidedAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum CooperativeTranslations {
    Table,
    CooperativeId,
    Locale,
    TradingName,
    DescriptionMd,
}

#[derive(DeriveIden)]
enum CooperativeMembers {
    Table,
    CooperativeId,
    UserId,
    Role,
    CreatedAt,
}

#[derive(DeriveIden)]
enum CooperativeDocuments {
    Table,
    Id,
    CooperativeId,
    Kind,
    FileKey,
    OriginalName,
    Mime,
    SizeBytes,
    UploadedByUserId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum CooperativeInvitations {
    Table,
    Id,
    CooperativeId,
    Email,
    Role,
    TokenHash,
    InvitedByUserId,
    CreatedAt,
    ExpiresAt,
    AcceptedAt,
    AcceptedByUserId,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Regions {
    Table,
    Code,
}

fn cooperative_fk(table: impl IntoIden + 'static, col: impl IntoIden + 'static) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(table, col)
        .to(Cooperatives::Table, Cooperatives::Id)
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

fn user_fk(table: impl IntoIden + 'static, col: impl IntoIden + 'static) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(table, col)
        .to(Users::Table, Users::Id)
        .on_delete(ForeignKeyAction::Restrict)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Cooperatives::Table)
                .col(id(Cooperatives::Id))
                .col(string(Cooperatives::Slug, 96))
                .col(string(Cooperatives::Status, 24).default("draft"))
                .col(ColumnDef::new(Cooperatives::StatusReason).text().null())
                .col(string(Cooperatives::LegalNameVi, 255))
                .col(string(Cooperatives::RegistrationNumber, 16))
                .col(string_null(Cooperatives::RegionCode, 32))
                .col(ColumnDef::new(Cooperatives::Address).text().null())
                .col(ColumnDef::new(Cooperatives::YearFounded).integer().null())
                .col(ColumnDef::new(Cooperatives::MemberCount).integer().null())
                .col(string_null(Cooperatives::LegalRepresentative, 120))
                .col(string_null(Cooperatives::ContactPhone, 20))
                .col(string_null(Cooperatives::ContactEmail, 254))
                .col(string_null(Cooperatives::LogoKey, 80))
                .col(string(Cooperatives::AppliedLocale, 8))
                .col(
                    ColumnDef::new(Cooperatives::CreatedByUserId)
                        .big_integer()
                        .not_null(),
                )
                // Bumped on every change: two administrators deciding at once, one wins.
                .col(
                    ColumnDef::new(Cooperatives::Version)
                        .integer()
                        .not_null()
                        .default(0),
                )
                .col(timestamp_null(Cooperatives::SubmittedAt))
                .col(timestamp_null(Cooperatives::DecidedAt))
                .col(timestamp(Cooperatives::CreatedAt))
                .col(timestamp(Cooperatives::UpdatedAt))
                .foreign_key(
                    ForeignKey::create()
                        .from(Cooperatives::Table, Cooperatives::RegionCode)
                        .to(Regions::Table, Regions::Code)
                        .on_delete(ForeignKeyAction::Restrict),
                )
                .foreign_key(&mut user_fk(Cooperatives::Table, Cooperatives::CreatedByUserId))
                .to_owned(),
        )
        .await?;
        for (name, col, unique) in [
            ("ux_cooperatives_slug", Cooperatives::Slug, true),
            ("ix_cooperatives_status", Cooperatives::Status, false),
            ("ix_cooperatives_region", Cooperatives::RegionCode, false),
            (
                "ix_cooperatives_registration",
                Cooperatives::RegistrationNumber,
                false,
            ),
        ] {
            let mut index = Index::create()
                .name(name)
                .table(Cooperatives::Table)
                .col(col)
                .to_owned();
            if unique {
                index.unique();
            }
            m.create_index(index).await?;
        }

        m.create_table(
            Table::create()
                .table(CooperativeTranslations::Table)
                .col(
                    ColumnDef::new(CooperativeTranslations::CooperativeId)
                        .big_integer()
                        .not_null(),
                )
                .col(string(CooperativeTranslations::Locale, 8))
                .col(string_null(CooperativeTranslations::TradingName, 255))
                .col(
                    ColumnDef::new(CooperativeTranslations::DescriptionMd)
                        .text()
                        .null(),
                )
                .primary_key(
                    Index::create()
                        .col(CooperativeTranslations::CooperativeId)
                        .col(CooperativeTranslations::Locale),
                )
                .foreign_key(&mut cooperative_fk(
                    CooperativeTranslations::Table,
                    CooperativeTranslations::CooperativeId,
                ))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(CooperativeMembers::Table)
                .col(
                    ColumnDef::new(CooperativeMembers::CooperativeId)
                        .big_integer()
                        .not_null(),
                )
                .col(
                    ColumnDef::new(CooperativeMembers::UserId)
                        .big_integer()
                        .not_null(),
                )
                .col(string(CooperativeMembers::Role, 16))
                .col(timestamp(CooperativeMembers::CreatedAt))
                .primary_key(
                    Index::create()
                        .col(CooperativeMembers::CooperativeId)
                        .col(CooperativeMembers::UserId),
                )
                .foreign_key(&mut cooperative_fk(
                    CooperativeMembers::Table,
                    CooperativeMembers::CooperativeId,
                ))
                .foreign_key(
                    ForeignKey::create()
                        .from(CooperativeMembers::Table, CooperativeMembers::UserId)
                        .to(Users::Table, Users::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_cooperative_members_user")
                .table(CooperativeMembers::Table)
                .col(CooperativeMembers::UserId)
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(CooperativeDocuments::Table)
                .col(id(CooperativeDocuments::Id))
                .col(
                    ColumnDef::new(CooperativeDocuments::CooperativeId)
                        .big_integer()
                        .not_null(),
                )
                .col(string(CooperativeDocuments::Kind, 32))
                .col(string(CooperativeDocuments::FileKey, 80))
                // Shown to reviewers only; the stored name is random.
                .col(string(CooperativeDocuments::OriginalName, 255))
                .col(string(CooperativeDocuments::Mime, 64))
                .col(
                    ColumnDef::new(CooperativeDocuments::SizeBytes)
                        .big_integer()
                        .not_null(),
                )
                .col(
                    ColumnDef::new(CooperativeDocuments::UploadedByUserId)
                        .big_integer()
                        .not_null(),
                )
                .col(timestamp(CooperativeDocuments::CreatedAt))
                .foreign_key(&mut cooperative_fk(
                    CooperativeDocuments::Table,
                    CooperativeDocuments::CooperativeId,
                ))
                .foreign_key(&mut user_fk(
                    CooperativeDocuments::Table,
                    CooperativeDocuments::UploadedByUserId,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_cooperative_documents_cooperative")
                .table(CooperativeDocuments::Table)
                .col(CooperativeDocuments::CooperativeId)
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(CooperativeInvitations::Table)
                .col(id(CooperativeInvitations::Id))
                .col(
                    ColumnDef::new(CooperativeInvitations::CooperativeId)
                        .big_integer()
                        .not_null(),
                )
                .col(string(CooperativeInvitations::Email, 254))
                .col(string(CooperativeInvitations::Role, 16))
                .col(string(CooperativeInvitations::TokenHash, 64))
                .col(
                    ColumnDef::new(CooperativeInvitations::InvitedByUserId)
                        .big_integer()
                        .not_null(),
                )
                .col(timestamp(CooperativeInvitations::CreatedAt))
                .col(timestamp(CooperativeInvitations::ExpiresAt))
                .col(timestamp_null(CooperativeInvitations::AcceptedAt))
                .col(
                    ColumnDef::new(CooperativeInvitations::AcceptedByUserId)
                        .big_integer()
                        .null(),
                )
                .foreign_key(&mut cooperative_fk(
                    CooperativeInvitations::Table,
                    CooperativeInvitations::CooperativeId,
                ))
                .foreign_key(&mut user_fk(
                    CooperativeInvitations::Table,
                    CooperativeInvitations::InvitedByUserId,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ux_cooperative_invitations_token")
                .table(CooperativeInvitations::Table)
                .col(CooperativeInvitations::TokenHash)
                .unique()
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            CooperativeInvitations::Table.into_iden(),
            CooperativeDocuments::Table.into_iden(),
            CooperativeMembers::Table.into_iden(),
            CooperativeTranslations::Table.into_iden(),
            Cooperatives::Table.into_iden(),
        ] {
            m.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        Ok(())
    }
}
