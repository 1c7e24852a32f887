//! Typed states: every status, kind and role column accepts only the values the application knows,
//! on both databases. PostgreSQL gets a CHECK constraint per column; SQLite, which cannot add a
//! constraint to an existing table, gets a BEFORE INSERT and a BEFORE UPDATE trigger that abort
//! the statement. Before adding them the migration counts the rows already outside the list and
//! stops, naming the column, when there are any: nothing is changed silently.
//!
//! The lists are this migration's own copy of the application's enums (a migration must keep
//! meaning what it meant when it ran); a later change to an enum adds a migration.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DatabaseBackend, Statement};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261207_000015_typed_states"
    }
}

const ORDER_STATUSES: &[&str] = &[
    "pending_payment",
    "placed",
    "confirmed",
    "shipped",
    "delivered",
    "completed",
    "cancelled",
];
const COOPERATIVE_STATUSES: &[&str] = &[
    "draft",
    "submitted",
    "approved",
    "rejected",
    "changes_requested",
    "suspended",
];
const PAYMENT_METHODS: &[&str] = &["cod", "card"];

/// (table, column, the values it may hold). NULL stays allowed where the column allows it.
pub const TYPED_COLUMNS: &[(&str, &str, &[&str])] = &[
    ("users", "role", &["shopper", "admin"]),
    ("outbox_emails", "status", &["pending", "written", "sent"]),
    ("jobs", "status", &["pending", "running", "done", "failed"]),
    ("regions", "kind", &["city", "province"]),
    ("cooperatives", "status", COOPERATIVE_STATUSES),
    ("cooperative_members", "role", &["owner", "staff"]),
    ("cooperative_invitations", "role", &["owner", "staff"]),
    ("cooperative_documents", "kind", &["registration", "other"]),
    (
        "cooperative_status_changes",
        "action",
        &[
            "submit",
            "approve",
            "reject",
            "request_changes",
            "suspend",
            "reinstate",
        ],
    ),
    ("cooperative_status_changes", "from_status", COOPERATIVE_STATUSES),
    ("cooperative_status_changes", "to_status", COOPERATIVE_STATUSES),
    ("products", "status", &["draft", "published", "archived"]),
    (
        "product_certifications",
        "status",
        &["pending", "verified", "rejected"],
    ),
    (
        "batch_steps",
        "kind",
        &[
            "harvest",
            "sorting",
            "drying",
            "fermenting",
            "roasting",
            "milling",
            "weaving",
            "firing",
            "testing",
            "packing",
        ],
    ),
    (
        "checkouts",
        "status",
        &["awaiting_payment", "paid", "cod", "expired"],
    ),
    ("checkouts", "payment_method", PAYMENT_METHODS),
    ("orders", "status", ORDER_STATUSES),
    ("orders", "payment_method", PAYMENT_METHODS),
    ("order_events", "from_status", ORDER_STATUSES),
    ("order_events", "to_status", ORDER_STATUSES),
    ("ledger_entries", "kind", &["sale", "refund"]),
];

fn name(table: &str, column: &str) -> String {
    format!("{table}_{column}_known")
}

fn list(values: &[&str]) -> String {
    values
        .iter()
        .map(|v| format!("'{v}'"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        let backend = db.get_database_backend();
        for (table, column, values) in TYPED_COLUMNS {
            let allowed = list(values);
            let outside = db
                .query_one(Statement::from_string(
                    backend,
                    format!("SELECT COUNT(*) AS n FROM {table} WHERE {column} IS NOT NULL AND {column} NOT IN ({allowed})"),
                ))
                .await?
                .map(|row| row.try_get::<i64>("", "n"))
                .transpose()?
                .unwrap_or(0);
            if outside > 0 {
                return Err(DbErr::Migration(format!(
                    "{table}.{column}: {outside} row(s) hold a value outside ({allowed}); correct them, then migrate again"
                )));
            }
            let check = name(table, column);
            let sql = match backend {
                DatabaseBackend::Postgres => vec![format!(
                    "ALTER TABLE {table} ADD CONSTRAINT {check} CHECK ({column} IN ({allowed}))"
                )],
                _ => ["INSERT", &format!("UPDATE OF {column}")]
                    .iter()
                    .zip(["insert", "update"])
                    .map(|(event, suffix)| {
                        format!(
                            "CREATE TRIGGER {check}_{suffix} BEFORE {event} ON {table} \
                             WHEN NEW.{column} IS NOT NULL AND NEW.{column} NOT IN ({allowed}) \
                             BEGIN SELECT RAISE(ABORT, '{table}.{column}: unknown value'); END"
                        )
                    })
                    .collect(),
            };
            for statement in sql {
                db.execute_unprepared(&statement).await?;
            }
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        for (table, column, _) in TYPED_COLUMNS {
            let check = name(table, column);
            match db.get_database_backend() {
                DatabaseBackend::Postgres => {
                    db.execute_unprepared(&format!("ALTER TABLE {table} DROP CONSTRAINT IF EXISTS {check}"))
                        .await?;
                }
                _ => {
                    for suffix in ["insert", "update"] {
                        db.execute_unprepared(&format!("DROP TRIGGER IF EXISTS {check}_{suffix}"))
                            .await?;
                    }
                }
            }
        }
        Ok(())
    }
}
