//! Account server functions: who am I, register, log in and out, change and reset passwords.

use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
use crate::backend::{self, accounts, request::RequestMeta};

/// The logged-in user, as the UI needs it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CurrentUser {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub is_admin: bool,
    pub member_since: chrono::DateTime<chrono::Utc>,
}

#[cfg(feature = "ssr")]
impl From<accounts::SessionUser> for CurrentUser {
    fn from(u: accounts::SessionUser) -> Self {
        CurrentUser {
            id: u.id,
            email: u.email,
            display_name: u.display_name,
            is_admin: u.role == crate::domain::Role::Admin,
            member_since: u.created_at,
        }
    }
}

#[cfg(feature = "ssr")]
use crate::api::locale as parse_locale;

#[cfg(feature = "ssr")]
fn set_session_cookie(token: Option<&str>, secure: bool) {
    use axum::http::{header::SET_COOKIE, HeaderValue};
    let cookie = backend::request::session_cookie(token, accounts::SESSION_TTL_DAYS * 86_400, secure);
    if let (Some(options), Ok(value)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        HeaderValue::from_str(&cookie),
    ) {
        options.append_header(SET_COOKIE, value);
    }
}

/// Moves the guest's cart (if the browser has one) into the user's, and forgets the guest cookie.
#[cfg(feature = "ssr")]
async fn adopt_guest_cart(state: &backend::AppState, user_id: i64) -> Result<(), AppError> {
    use backend::shop::cart::{CartOwner, CART_COOKIE};
    let headers: http::HeaderMap = leptos_axum::extract().await.unwrap_or_default();
    let Some(token) = backend::request::cookie(&headers, CART_COOKIE) else {
        return Ok(());
    };
    if let CartOwner::Guest(key) = CartOwner::guest(token) {
        let txn = backend::transactions::begin_write(&state.db).await?;
        backend::shop::cart::merge(&txn, &key, user_id).await?;
        txn.commit().await?;
    }
    crate::api::shop::set_cart_cookie(None, state.settings.secure_cookies);
    Ok(())
}

/// The user of the current session, if any.
#[server(endpoint = "auth/me")]
pub async fn fetch_current_user() -> Result<Option<CurrentUser>, AppError> {
    let state = backend::state()?;
    let meta = RequestMeta::current(state.settings.trust_proxy).await;
    let user = accounts::current_user(&state.db, meta.session_token.as_deref()).await?;
    Ok(user.map(CurrentUser::from))
}

/// Creates a shopper account and logs it in.
#[server(endpoint = "auth/register")]
pub async fn register(
    email: String,
    display_name: String,
    password: String,
    locale: String,
) -> Result<CurrentUser, AppError> {
    let state = backend::state()?;
    let meta = RequestMeta::current(state.settings.trust_proxy).await;
    let form = accounts::Registration {
        email: &email,
        display_name: &display_name,
        password: &password,
        locale: parse_locale(&locale),
    };
    let logged_in = accounts::register(&state.db, form, &meta).await?;
    set_session_cookie(Some(&logged_in.token), state.settings.secure_cookies);
    adopt_guest_cart(&state, logged_in.user.id).await?;
    Ok(logged_in.user.into())
}

/// Logs in with email and password (throttled).
#[server(endpoint = "auth/login")]
pub async fn login(email: String, password: String) -> Result<CurrentUser, AppError> {
    let state = backend::state()?;
    let meta = RequestMeta::current(state.settings.trust_proxy).await;
    let logged_in = accounts::login(&state.db, &email, &password, &meta).await?;
    set_session_cookie(Some(&logged_in.token), state.settings.secure_cookies);
    adopt_guest_cart(&state, logged_in.user.id).await?;
    Ok(logged_in.user.into())
}

/// Ends the current session.
#[server(endpoint = "auth/logout")]
pub async fn logout() -> Result<(), AppError> {
    let state = backend::state()?;
    let meta = RequestMeta::current(state.settings.trust_proxy).await;
    if let Some(token) = &meta.session_token {
        accounts::end_session(&state.db, token).await?;
    }
    set_session_cookie(None, state.settings.secure_cookies);
    Ok(())
}

/// Changes the logged-in user's password; their other sessions end.
#[server(endpoint = "auth/change-password")]
pub async fn change_password(current_password: String, new_password: String) -> Result<(), AppError> {
    let state = backend::state()?;
    let meta = RequestMeta::current(state.settings.trust_proxy).await;
    let user = accounts::current_user(&state.db, meta.session_token.as_deref())
        .await?
        .ok_or(AppError::Unauthenticated)?;
    accounts::change_password(&state.db, &user, &current_password, &new_password, &meta).await
}

/// Mails a reset link if the account exists; answers the same either way.
#[server(endpoint = "auth/forgot-password")]
pub async fn request_password_reset(email: String, locale: String) -> Result<(), AppError> {
    let state = backend::state()?;
    let meta = RequestMeta::current(state.settings.trust_proxy).await;
    let queued =
        accounts::request_reset(&state.db, &state.settings, &email, parse_locale(&locale), &meta).await?;
    if queued {
        state.wake_workers();
    }
    Ok(())
}

/// Sets a new password with a mailed token.
#[server(endpoint = "auth/reset-password")]
pub async fn reset_password(token: String, password: String) -> Result<(), AppError> {
    let state = backend::state()?;
    let meta = RequestMeta::current(state.settings.trust_proxy).await;
    accounts::reset_password(&state.db, &token, &password, &meta).await
}
