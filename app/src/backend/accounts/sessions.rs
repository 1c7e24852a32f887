//! Database sessions. The browser holds a random 256-bit token; the table holds its SHA-256, so the
//! table alone cannot be used to log in. Sessions last 30 days and end at logout, password change or
//! reset, and when the account is disabled.

use crate::backend::entities::{sessions, users};
use crate::backend::request::RequestMeta;
use crate::domain::Role;
use base64::Engine;
use chrono::{Duration, Utc};
use rand::RngCore;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, Set,
};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// How long a session lasts.
pub const SESSION_TTL_DAYS: i64 = 30;

/// The logged-in user as pages and server functions see them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionUser {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    pub created_at: chrono::DateTime<Utc>,
}

impl From<&users::Model> for SessionUser {
    fn from(u: &users::Model) -> Self {
        SessionUser {
            id: u.id,
            email: u.email.clone(),
            display_name: u.display_name.clone(),
            role: u.role,
            created_at: u.created_at,
        }
    }
}

/// The stored id of a token.
pub fn token_id(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// Starts a session for `user_id` and returns the cookie token.
pub async fn create<C: ConnectionTrait>(conn: &C, user_id: i64, meta: &RequestMeta) -> Result<String, DbErr> {
    let token = new_token();
    let now = Utc::now();
    sessions::ActiveModel {
        id: Set(token_id(&token)),
        user_id: Set(Some(user_id)),
        created_at: Set(now),
        last_seen_at: Set(now),
        expires_at: Set(now + Duration::days(SESSION_TTL_DAYS)),
        ip: Set(Some(meta.ip.clone())),
        user_agent: Set(meta.user_agent.clone()),
    }
    .insert(conn)
    .await?;
    Ok(token)
}

/// The user of a live session, if the token names one and the account is enabled.
pub async fn current_user(
    db: &DatabaseConnection,
    token: Option<&str>,
) -> Result<Option<SessionUser>, DbErr> {
    let Some(token) = token.filter(|t| !t.is_empty() && t.len() <= 128) else {
        return Ok(None);
    };
    let found = sessions::Entity::find_by_id(token_id(token))
        .filter(sessions::Column::ExpiresAt.gt(Utc::now()))
        .find_also_related(users::Entity)
        .one(db)
        .await?;
    Ok(match found {
        Some((_, Some(user))) if user.disabled_at.is_none() => Some(SessionUser::from(&user)),
        _ => None,
    })
}

/// Ends the session named by `token` (logout).
pub async fn end_session(db: &DatabaseConnection, token: &str) -> Result<(), DbErr> {
    sessions::Entity::delete_by_id(token_id(token)).exec(db).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_and_hashed() {
        let (a, b) = (new_token(), new_token());
        assert_ne!(a, b);
        assert_eq!(a.len(), 43);
        assert_eq!(token_id(&a).len(), 64);
        assert_ne!(token_id(&a), a);
    }
}
