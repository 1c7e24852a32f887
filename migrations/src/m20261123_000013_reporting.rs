//! Reporting and certification settings.
//!
//! - `cooperative_status_changes`: one row per change of a cooperative's status, so reports can count
//!   applications, approvals and suspensions in any period (the cooperative row keeps only the last).
//!   Existing cooperatives get their last submission and last decision back-filled.
//! - `certification_kinds`: the certification schemes sellers may declare, kept by administrators.
//!   The built-in schemes' names live in the locale files; schemes added later carry their own
//!   names per locale (`names`, a JSON object).

use crate::util::{id, string, timestamp};
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261123_000013_reporting"
    }
}

#[derive(DeriveIden)]
enum CooperativeStatusChanges {
    Table,
    Id,
    CooperativeId,
    Action,
    FromStatus,
    ToStatus,
    At,
}

#[derive(DeriveIden)]
enum Cooperatives {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum CertificationKinds {
    Table,
    Code,
    Position,
    Active,
    Names,
    CreatedAt,
}

const BUILT_IN_KINDS: [&str; 7] = [
    "ocop",
    "vietgap",
    "globalgap",
    "organic",
    "haccp",
    "halal",
    "other",
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(CooperativeStatusChanges::Table)
                .col(id(CooperativeStatusChanges::Id))
                .col(
                    ColumnDef::new(CooperativeStatusChanges::CooperativeId)
                        .big_integer()
                        .not_null(),
                )
                .col(string(CooperativeStatusChanges::Action, 32))
                .col(string(CooperativeStatusChanges::FromStatus, 32))
                .col(string(CooperativeStatusChanges::ToStatus, 32))
                .col(timestamp(CooperativeStatusChanges::At))
                .foreign_key(
                    ForeignKey::create()
                        .from(
                            CooperativeStatusChanges::Table,
                            CooperativeStatusChanges::CooperativeId,
                        )
                        .to(Cooperatives::Table, Cooperatives::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_coop_status_changes_action_at")
                .table(CooperativeStatusChanges::Table)
                .col(CooperativeStatusChanges::Action)
                .col(CooperativeStatusChanges::At)
                .to_owned(),
        )
        .await?;
        // Reports read orders and first publications by time.
        for (name, table, column) in [
            ("ix_orders_created_at", "orders", "created_at"),
            ("ix_products_published_at", "products", "published_at"),
        ] {
            m.create_index(
                Index::create()
                    .name(name)
                    .table(Alias::new(table))
                    .col(Alias::new(column))
                    .to_owned(),
            )
            .await?;
        }
        let db = m.get_connection();
        // The last submission and the last decision of cooperatives made before this table.
        db.execute_unprepared(
            "INSERT INTO cooperative_status_changes (cooperative_id, action, from_status, to_status, at) \
             SELECT id, 'submit', 'draft', 'submitted', submitted_at FROM cooperatives \
             WHERE submitted_at IS NOT NULL",
        )
        .await?;
        db.execute_unprepared(
            "INSERT INTO cooperative_status_changes (cooperative_id, action, from_status, to_status, at) \
             SELECT id, CASE status WHEN 'approved' THEN 'approve' WHEN 'rejected' THEN 'reject' \
             WHEN 'suspended' THEN 'suspend' ELSE 'request_changes' END, \
             CASE status WHEN 'suspended' THEN 'approved' ELSE 'submitted' END, status, decided_at \
             FROM cooperatives WHERE decided_at IS NOT NULL \
             AND status IN ('approved', 'rejected', 'suspended', 'changes_requested')",
        )
        .await?;

        m.create_table(
            Table::create()
                .table(CertificationKinds::Table)
                .col(string(CertificationKinds::Code, 32).primary_key())
                .col(ColumnDef::new(CertificationKinds::Position).integer().not_null())
                .col(ColumnDef::new(CertificationKinds::Active).boolean().not_null())
                .col(ColumnDef::new(CertificationKinds::Names).text().null())
                .col(timestamp(CertificationKinds::CreatedAt))
                .to_owned(),
        )
        .await?;
        for (position, code) in BUILT_IN_KINDS.iter().enumerate() {
            m.exec_stmt(
                Query::insert()
                    .into_table(CertificationKinds::Table)
                    .columns([
                        CertificationKinds::Code,
                        CertificationKinds::Position,
                        CertificationKinds::Active,
                        CertificationKinds::CreatedAt,
                    ])
                    .values_panic([
                        (*code).into(),
                        (position as i32 * 10).into(),
                        true.into(),
                        Expr::current_timestamp().into(),
                    ])
                    .to_owned(),
            )
            .await?;
        }
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for (name, table) in [
            ("ix_orders_created_at", "orders"),
            ("ix_products_published_at", "products"),
        ] {
            m.drop_index(Index::drop().name(name).table(Alias::new(table)).to_owned())
                .await?;
        }
        m.drop_table(Table::drop().table(CertificationKinds::Table).to_owned())
            .await?;
        m.drop_table(Table::drop().table(CooperativeStatusChanges::Table).to_owned())
            .await
    }
}
