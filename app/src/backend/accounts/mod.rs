//! Accounts: registration, login with throttling, sessions, password change and reset.
//! Each operation validates its input first and changes the database in one transaction.

mod hashing;
mod password_reset;
mod sessions;
mod throttle;

pub use password_reset::{request_reset, reset_password, RESET_TOKEN_TTL_MINUTES};
pub use sessions::{current_user, end_session, token_id, SessionUser, SESSION_TTL_DAYS};

use super::audit::{self, AuditEntry};
use super::entities::{sessions as session_rows, users};
use super::request::RequestMeta;
use crate::domain::{DisplayName, Email, Password, Role};
use crate::error::ErrorId;
use crate::error::{AppError, FieldError};
use crate::i18n::Locale;
use chrono::Utc;
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, Set};

/// A new session: the cookie value to hand to the browser and the user it belongs to.
pub struct LoggedIn {
    pub token: String,
    pub user: SessionUser,
}

/// Registration form input, unvalidated.
pub struct Registration<'a> {
    pub email: &'a str,
    pub display_name: &'a str,
    pub password: &'a str,
    pub locale: Locale,
}

fn collect<T>(
    field: &str,
    parsed: Result<T, crate::domain::FieldProblem>,
    errors: &mut Vec<FieldError>,
) -> Option<T> {
    match parsed {
        Ok(v) => Some(v),
        Err(p) => {
            errors.push(FieldError::new(field, p.message_key()));
            None
        }
    }
}

/// Creates a shopper account and logs it in. A taken email is refused on the email field.
pub async fn register(
    db: &DatabaseConnection,
    form: Registration<'_>,
    meta: &RequestMeta,
) -> Result<LoggedIn, AppError> {
    let mut errors = vec![];
    let email = collect("email", Email::parse(form.email), &mut errors);
    let name = collect("display_name", DisplayName::parse(form.display_name), &mut errors);
    let password = collect("password", Password::parse(form.password), &mut errors);
    let (Some(email), Some(name), Some(password)) = (email, name, password) else {
        return Err(AppError::Invalid(errors));
    };
    let taken = || AppError::invalid("email", ErrorId::EmailTaken);
    if users::Entity::find()
        .filter(users::Column::Email.eq(email.as_str()))
        .one(db)
        .await?
        .is_some()
    {
        return Err(taken());
    }
    let hash = hashing::hash(password).await?;
    let now = Utc::now();
    let txn = crate::backend::transactions::begin_write(db).await?;
    let inserted = users::ActiveModel {
        email: Set(email.as_str().to_owned()),
        display_name: Set(name.as_str().to_owned()),
        password_hash: Set(hash),
        role: Set(Role::Shopper),
        locale: Set(form.locale.code().to_owned()),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await;
    // Two registrations racing for one email: the unique index decides.
    let user = match inserted {
        Ok(u) => u,
        Err(e) if is_unique_violation(&e) => return Err(taken()),
        Err(e) => return Err(e.into()),
    };
    audit::record(
        &txn,
        AuditEntry::on_user("user.registered", Some(user.id), user.id, Some(&meta.ip)),
    )
    .await?;
    let token = sessions::create(&txn, user.id, meta).await?;
    txn.commit().await?;
    Ok(LoggedIn {
        token,
        user: SessionUser::from(&user),
    })
}

/// Checks email and password, with throttling; on success replaces the caller's session with a new
/// one (session fixation defence) and returns it.
pub async fn login(
    db: &DatabaseConnection,
    email: &str,
    password: &str,
    meta: &RequestMeta,
) -> Result<LoggedIn, AppError> {
    let email_key = email.trim().to_lowercase();
    if email_key.is_empty() || password.is_empty() {
        let errors = [("email", email_key.is_empty()), ("password", password.is_empty())]
            .into_iter()
            .filter(|(_, missing)| *missing)
            .map(|(field, _)| FieldError::new(field, ErrorId::Required))
            .collect();
        return Err(AppError::Invalid(errors));
    }
    let email_key: String = email_key.chars().take(254).collect();
    throttle::check(db, &email_key, &meta.ip).await?;

    let user = users::Entity::find()
        .filter(users::Column::Email.eq(email_key.as_str()))
        .one(db)
        .await?;
    // Verify against a dummy hash when there is no such user, so timing does not reveal accounts.
    let stored = user.as_ref().map(|u| u.password_hash.clone());
    let ok = hashing::verify(password.to_owned(), stored).await?;
    let user = match user {
        Some(u) if ok && u.disabled_at.is_none() => u,
        _ => {
            throttle::record(db, &email_key, &meta.ip, false).await?;
            return Err(AppError::InvalidCredentials);
        }
    };

    let txn = crate::backend::transactions::begin_write(db).await?;
    throttle::record(&txn, &email_key, &meta.ip, true).await?;
    if let Some(old) = &meta.session_token {
        session_rows::Entity::delete_by_id(sessions::token_id(old))
            .exec(&txn)
            .await?;
    }
    let token = sessions::create(&txn, user.id, meta).await?;
    audit::record(
        &txn,
        AuditEntry::on_user("user.logged_in", Some(user.id), user.id, Some(&meta.ip)),
    )
    .await?;
    txn.commit().await?;
    Ok(LoggedIn {
        token,
        user: SessionUser::from(&user),
    })
}

/// Changes the password of a logged-in user after checking the current one; ends their other sessions.
pub async fn change_password(
    db: &DatabaseConnection,
    user: &SessionUser,
    current: &str,
    new: &str,
    meta: &RequestMeta,
) -> Result<(), AppError> {
    let new = Password::parse(new).map_err(|p| AppError::field("new_password", p))?;
    let row = users::Entity::find_by_id(user.id)
        .one(db)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    if !hashing::verify(current.to_owned(), Some(row.password_hash.clone())).await? {
        return Err(AppError::invalid(
            "current_password",
            ErrorId::CurrentPasswordWrong,
        ));
    }
    let hash = hashing::hash(new).await?;
    let txn = crate::backend::transactions::begin_write(db).await?;
    let mut active: users::ActiveModel = row.into();
    active.password_hash = Set(hash);
    active.updated_at = Set(Utc::now());
    active.update(&txn).await?;
    let keep = meta.session_token.as_deref().map(sessions::token_id);
    let mut others = session_rows::Entity::delete_many().filter(session_rows::Column::UserId.eq(user.id));
    if let Some(keep) = keep {
        others = others.filter(session_rows::Column::Id.ne(keep));
    }
    others.exec(&txn).await?;
    audit::record(
        &txn,
        AuditEntry::on_user("user.password_changed", Some(user.id), user.id, Some(&meta.ip)),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Creates an administrator (the `create-admin` command), or promotes an existing account.
pub async fn create_admin(db: &DatabaseConnection, email: &str, password: &str) -> Result<i64, AppError> {
    let email = Email::parse(email).map_err(|p| AppError::field("email", p))?;
    let password = Password::parse(password).map_err(|p| AppError::field("password", p))?;
    let hash = hashing::hash(password).await?;
    let now = Utc::now();
    let txn = crate::backend::transactions::begin_write(db).await?;
    let existing = users::Entity::find()
        .filter(users::Column::Email.eq(email.as_str()))
        .one(&txn)
        .await?;
    let id = match existing {
        Some(u) => {
            let id = u.id;
            let mut active: users::ActiveModel = u.into();
            active.role = Set(Role::Admin);
            active.password_hash = Set(hash);
            active.updated_at = Set(now);
            active.update(&txn).await?;
            id
        }
        None => {
            let display = email.as_str().split('@').next().unwrap_or("admin").to_owned();
            users::ActiveModel {
                email: Set(email.as_str().to_owned()),
                display_name: Set(display),
                password_hash: Set(hash),
                role: Set(Role::Admin),
                locale: Set(Locale::Vi.code().to_owned()),
                created_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            }
            .insert(&txn)
            .await?
            .id
        }
    };
    audit::record(&txn, AuditEntry::on_user("user.made_admin", None, id, None)).await?;
    txn.commit().await?;
    Ok(id)
}

fn is_unique_violation(err: &sea_orm::DbErr) -> bool {
    matches!(err.sql_err(), Some(sea_orm::SqlErr::UniqueConstraintViolation(_)))
}

/// Creates a seller account for the demo catalog (`server seed-demo`), inside the caller's
/// transaction. Demo data only: the password is published in the README.
pub async fn create_seller_for_demo<C: sea_orm::ConnectionTrait>(
    conn: &C,
    email: &str,
    display_name: &str,
    password: &str,
) -> Result<i64, AppError> {
    let email = Email::parse(email).map_err(|p| AppError::field("email", p))?;
    let password = Password::parse(password).map_err(|p| AppError::field("password", p))?;
    let hash = hashing::hash(password).await?;
    let now = Utc::now();
    let user = users::ActiveModel {
        email: Set(email.as_str().to_owned()),
        display_name: Set(display_name.chars().take(60).collect()),
        password_hash: Set(hash),
        role: Set(Role::Shopper),
        locale: Set(Locale::Vi.code().to_owned()),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Ok(user.id)
}
