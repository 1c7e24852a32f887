//! The queue's rows: claimed by exactly one worker (row lock with SKIP LOCKED on PostgreSQL, the
//! single writer on SQLite), retried with exponential back-off, and given up after `max_attempts`.
//! A worker whose lease runs out (crash) loses the job to another.

use crate::backend::entities::jobs;
use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseBackend, DatabaseConnection, DbErr, EntityTrait,
    QueryFilter, Set, Statement,
};

/// How long a claimed job stays with its worker before others may take it over.
const LEASE: Duration = Duration::minutes(5);

/// Inserts a job row inside the caller's transaction; it runs once the transaction commits.
pub async fn insert<C: ConnectionTrait>(
    conn: &C,
    kind: &str,
    payload: String,
    max_attempts: i32,
    run_at: DateTime<Utc>,
) -> Result<i64, DbErr> {
    let now = Utc::now();
    let job = jobs::ActiveModel {
        kind: Set(kind.to_owned()),
        payload: Set(payload),
        status: Set(crate::domain::work::JobStatus::Pending),
        attempts: Set(0),
        max_attempts: Set(max_attempts),
        run_at: Set(run_at),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Ok(job.id)
}

/// Claims the next due job for `worker`, or None when nothing is due.
pub async fn claim(db: &DatabaseConnection, worker: &str) -> Result<Option<jobs::Model>, DbErr> {
    let now = Utc::now();
    let backend = db.get_database_backend();
    let sql = match backend {
        DatabaseBackend::Postgres => {
            "UPDATE jobs SET status = 'running', attempts = attempts + 1, locked_by = $1, locked_until = $2 \
             WHERE id = (SELECT id FROM jobs \
                 WHERE (status = 'pending' AND run_at <= $3) OR (status = 'running' AND locked_until < $3) \
                 ORDER BY run_at, id LIMIT 1 FOR UPDATE SKIP LOCKED) \
             RETURNING *"
        }
        _ => {
            "UPDATE jobs SET status = 'running', attempts = attempts + 1, locked_by = ?, locked_until = ? \
             WHERE id = (SELECT id FROM jobs \
                 WHERE (status = 'pending' AND run_at <= ?3) OR (status = 'running' AND locked_until < ?3) \
                 ORDER BY run_at, id LIMIT 1) \
             RETURNING *"
        }
    };
    let stmt =
        Statement::from_sql_and_values(backend, sql, [worker.into(), (now + LEASE).into(), now.into()]);
    jobs::Entity::find().from_raw_sql(stmt).one(db).await
}

/// Marks a claimed job done.
pub async fn complete(db: &DatabaseConnection, job: &jobs::Model) -> Result<(), DbErr> {
    let now = Utc::now();
    jobs::Entity::update_many()
        .col_expr(jobs::Column::Status, "done".into())
        .col_expr(jobs::Column::FinishedAt, now.into())
        .col_expr(jobs::Column::LockedUntil, Option::<DateTime<Utc>>::None.into())
        .filter(jobs::Column::Id.eq(job.id))
        .exec(db)
        .await?;
    Ok(())
}

/// Back-off before retry `attempt` (1-based): 2, 4, 8 … seconds, at most an hour.
pub fn backoff(attempt: i32) -> Duration {
    let exp = attempt.clamp(1, 12) as u32;
    Duration::seconds((1i64 << exp).min(3600))
}

/// Records a failure: retried later, or failed for good after `max_attempts`.
pub async fn fail(db: &DatabaseConnection, job: &jobs::Model, error: &str) -> Result<(), DbErr> {
    let now = Utc::now();
    let gave_up = job.attempts >= job.max_attempts;
    let status = if gave_up { "failed" } else { "pending" };
    let mut update = jobs::Entity::update_many()
        .col_expr(jobs::Column::Status, status.into())
        .col_expr(
            jobs::Column::LastError,
            Some(error.chars().take(2000).collect::<String>()).into(),
        )
        .col_expr(jobs::Column::LockedUntil, Option::<DateTime<Utc>>::None.into())
        .col_expr(jobs::Column::RunAt, (now + backoff(job.attempts)).into());
    if gave_up {
        update = update.col_expr(jobs::Column::FinishedAt, now.into());
    }
    update.filter(jobs::Column::Id.eq(job.id)).exec(db).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::backoff;

    #[test]
    fn backoff_grows_and_caps() {
        assert_eq!(backoff(1).num_seconds(), 2);
        assert_eq!(backoff(3).num_seconds(), 8);
        assert_eq!(backoff(30).num_seconds(), 3600);
    }
}
