//! The catalog's version: a counter that database triggers bump in the same transaction as any
//! change to what public pages show (see migration 000014). Caches of rendered pages compare it on
//! every request, so a change shows on the very next request, on every instance.

use crate::backend::entities::cache_versions;
use sea_orm::{ConnectionTrait, DbErr, EntityTrait, Statement};

/// The counter's name for everything public pages show.
pub const CATALOG: &str = "catalog";

/// The catalog's current version (0 before the migration has seeded it).
pub async fn current<C: ConnectionTrait>(conn: &C) -> Result<i64, DbErr> {
    Ok(cache_versions::Entity::find_by_id(CATALOG.to_owned())
        .one(conn)
        .await?
        .map(|v| v.version)
        .unwrap_or(0))
}

/// Bumps the version for a change the triggers cannot see: the search index, which is updated by a
/// job after the database change has committed, so a search page rendered in between is not kept.
pub async fn bump<C: ConnectionTrait>(conn: &C) -> Result<(), DbErr> {
    let backend = conn.get_database_backend();
    conn.execute(Statement::from_sql_and_values(
        backend,
        match backend {
            sea_orm::DatabaseBackend::Postgres => {
                "UPDATE cache_versions SET version = version + 1 WHERE name = $1"
            }
            _ => "UPDATE cache_versions SET version = version + 1 WHERE name = ?",
        },
        [CATALOG.into()],
    ))
    .await?;
    Ok(())
}
