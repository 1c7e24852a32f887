//! Login throttling: after 5 failed logins for one email (since its last success) or 20 from one IP
//! within 15 minutes, further attempts are refused with 429 until the window passes. Counted in the
//! database so every server instance enforces the same limit.

use crate::backend::entities::login_attempts;
use crate::error::AppError;
use chrono::{Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, Set,
};

pub const WINDOW_MINUTES: i64 = 15;
pub const MAX_FAILURES_PER_EMAIL: u64 = 5;
pub const MAX_FAILURES_PER_IP: u64 = 20;

/// Refuses the attempt when either limit has been reached.
pub async fn check<C: ConnectionTrait>(conn: &C, email: &str, ip: &str) -> Result<(), AppError> {
    let since = Utc::now() - Duration::minutes(WINDOW_MINUTES);
    let last_success = login_attempts::Entity::find()
        .filter(login_attempts::Column::Email.eq(email))
        .filter(login_attempts::Column::Succeeded.eq(true))
        .filter(login_attempts::Column::CreatedAt.gt(since))
        .order_by_desc(login_attempts::Column::CreatedAt)
        .one(conn)
        .await?
        .map(|a| a.created_at);
    let email_since = last_success.map_or(since, |t| t.max(since));
    let email_failures = login_attempts::Entity::find()
        .filter(login_attempts::Column::Email.eq(email))
        .filter(login_attempts::Column::Succeeded.eq(false))
        .filter(login_attempts::Column::CreatedAt.gt(email_since))
        .count(conn)
        .await?;
    if email_failures >= MAX_FAILURES_PER_EMAIL {
        return Err(AppError::TooManyAttempts);
    }
    let ip_failures = login_attempts::Entity::find()
        .filter(login_attempts::Column::Ip.eq(ip))
        .filter(login_attempts::Column::Succeeded.eq(false))
        .filter(login_attempts::Column::CreatedAt.gt(since))
        .count(conn)
        .await?;
    if ip_failures >= MAX_FAILURES_PER_IP {
        return Err(AppError::TooManyAttempts);
    }
    Ok(())
}

/// Records one attempt.
pub async fn record<C: ConnectionTrait>(
    conn: &C,
    email: &str,
    ip: &str,
    succeeded: bool,
) -> Result<(), DbErr> {
    login_attempts::ActiveModel {
        email: Set(email.to_owned()),
        ip: Set(ip.to_owned()),
        succeeded: Set(succeeded),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Ok(())
}
