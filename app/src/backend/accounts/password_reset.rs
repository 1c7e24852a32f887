//! Forgotten passwords: a single-use token, valid for an hour, mailed through the outbox. The answer
//! to a reset request is the same whether or not the account exists.

use super::sessions::token_id;
use crate::backend::audit::{self, AuditEntry};
use crate::backend::entities::{password_reset_tokens as tokens, sessions, users};
use crate::backend::mail::{self, OutgoingMail};
use crate::backend::request::RequestMeta;
use crate::backend::state::Settings;
use crate::domain::{Email, Password};
use crate::error::AppError;
use crate::error::ErrorId;
use crate::i18n::{translate, Locale};
use base64::Engine;
use chrono::{Duration, Utc};
use fluent_bundle::{FluentArgs, FluentValue};
use rand::RngCore;
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, Set};

/// How long a reset link works.
pub const RESET_TOKEN_TTL_MINUTES: i64 = 60;

/// Mails a reset link when the email belongs to an enabled account; otherwise does nothing. Returns
/// whether a mail was queued (never shown to the requester).
pub async fn request_reset(
    db: &DatabaseConnection,
    settings: &Settings,
    email: &str,
    locale: Locale,
    meta: &RequestMeta,
) -> Result<bool, AppError> {
    let email = Email::parse(email).map_err(|p| AppError::field("email", p))?;
    let Some(user) = users::Entity::find()
        .filter(users::Column::Email.eq(email.as_str()))
        .one(db)
        .await?
        .filter(|u| u.disabled_at.is_none())
    else {
        return Ok(false);
    };
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    let token = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
    let now = Utc::now();
    let link = settings.absolute_url(&format!("/{}/reset-password?token={token}", locale.code()));

    let mut args = FluentArgs::new();
    args.set("name", FluentValue::from(user.display_name.clone()));
    args.set("link", FluentValue::from(link));
    args.set("minutes", FluentValue::from(RESET_TOKEN_TTL_MINUTES));

    let txn = crate::backend::transactions::begin_write(db).await?;
    tokens::ActiveModel {
        user_id: Set(user.id),
        token_hash: Set(token_id(&token)),
        created_at: Set(now),
        expires_at: Set(now + Duration::minutes(RESET_TOKEN_TTL_MINUTES)),
        used_at: Set(None),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    mail::enqueue(
        &txn,
        OutgoingMail {
            to: user.email.clone(),
            locale,
            subject: translate(locale, "mail-reset-subject", None),
            body_text: translate(locale, "mail-reset-body", Some(&args)),
        },
    )
    .await?;
    audit::record(
        &txn,
        AuditEntry::on_user("user.password_reset_requested", None, user.id, Some(&meta.ip)),
    )
    .await?;
    txn.commit().await?;
    Ok(true)
}

/// Sets a new password from a reset token; the token is spent and every session of the user ends.
pub async fn reset_password(
    db: &DatabaseConnection,
    token: &str,
    new_password: &str,
    meta: &RequestMeta,
) -> Result<(), AppError> {
    let password = Password::parse(new_password).map_err(|p| AppError::field("password", p))?;
    let invalid = || AppError::Conflict(ErrorId::ResetTokenInvalid);
    if token.is_empty() || token.len() > 128 {
        return Err(invalid());
    }
    let now = Utc::now();
    let row = tokens::Entity::find()
        .filter(tokens::Column::TokenHash.eq(token_id(token)))
        .one(db)
        .await?
        .filter(|t| t.used_at.is_none() && t.expires_at > now)
        .ok_or_else(invalid)?;
    let hash = super::hashing::hash(password).await?;

    let txn = crate::backend::transactions::begin_write(db).await?;
    // Spend the token only if nobody spent it meanwhile: exactly one reset wins.
    let spent = tokens::Entity::update_many()
        .col_expr(tokens::Column::UsedAt, sea_orm::sea_query::Expr::value(now))
        .filter(tokens::Column::Id.eq(row.id))
        .filter(tokens::Column::UsedAt.is_null())
        .exec(&txn)
        .await?;
    if spent.rows_affected != 1 {
        return Err(invalid());
    }
    let user = users::Entity::find_by_id(row.user_id)
        .one(&txn)
        .await?
        .ok_or_else(invalid)?;
    let user_id = user.id;
    let mut active: users::ActiveModel = user.into();
    active.password_hash = Set(hash);
    active.updated_at = Set(now);
    active.update(&txn).await?;
    sessions::Entity::delete_many()
        .filter(sessions::Column::UserId.eq(user_id))
        .exec(&txn)
        .await?;
    audit::record(
        &txn,
        AuditEntry::on_user("user.password_reset", Some(user_id), user_id, Some(&meta.ip)),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
