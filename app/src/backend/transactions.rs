//! Write transactions that behave the same on SQLite and PostgreSQL.
//!
//! SQLite starts a transaction as a reader; one that reads and then writes fails at once with
//! "database is locked" (SQLITE_BUSY_SNAPSHOT) if another connection committed in between — the
//! mail worker does so all the time. Taking the write lock first (a no-op UPDATE) makes such a
//! transaction wait its turn (busy timeout) instead of failing. PostgreSQL needs nothing.

use sea_orm::{
    ConnectionTrait, DatabaseBackend, DatabaseConnection, DatabaseTransaction, DbErr, TransactionTrait,
};

/// Begins a transaction that will write.
pub async fn begin_write(db: &DatabaseConnection) -> Result<DatabaseTransaction, DbErr> {
    let txn = db.begin().await?;
    if txn.get_database_backend() == DatabaseBackend::Sqlite {
        txn.execute_unprepared("UPDATE jobs SET id = id WHERE 1 = 0")
            .await?;
    }
    Ok(txn)
}
