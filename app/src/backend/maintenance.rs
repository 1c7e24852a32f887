//! Housekeeping: rows that have served their purpose are deleted so tables stay small. Safe to run
//! on every instance at once (plain deletes by age).

use super::entities::{jobs, login_attempts, password_reset_tokens, sessions};
use chrono::{Duration, Utc};
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter};

/// Deletes expired sessions and reset tokens, login attempts older than a day and finished jobs
/// older than two weeks. Returns how many rows went.
pub async fn purge_expired(db: &DatabaseConnection) -> Result<u64, DbErr> {
    let now = Utc::now();
    let mut removed = 0;
    removed += sessions::Entity::delete_many()
        .filter(sessions::Column::ExpiresAt.lt(now))
        .exec(db)
        .await?
        .rows_affected;
    removed += password_reset_tokens::Entity::delete_many()
        .filter(password_reset_tokens::Column::ExpiresAt.lt(now - Duration::days(1)))
        .exec(db)
        .await?
        .rows_affected;
    removed += login_attempts::Entity::delete_many()
        .filter(login_attempts::Column::CreatedAt.lt(now - Duration::days(1)))
        .exec(db)
        .await?
        .rows_affected;
    removed += jobs::Entity::delete_many()
        .filter(jobs::Column::Status.eq(crate::domain::work::JobStatus::Done))
        .filter(jobs::Column::FinishedAt.lt(now - Duration::days(14)))
        .exec(db)
        .await?
        .rows_affected;
    Ok(removed)
}
