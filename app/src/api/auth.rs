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

/// Ends the current session. The header's plain form names where to go next (the home page of the
/// page's language): the page the visitor was on may be one only a logged-in user can see.
#[server(endpoint = "auth/logout")]
pub async fn logout(next: Option<String>) -> Result<(), AppError> {
    let state = backend::state()?;
    let meta = RequestMeta::current(state.settings.trust_proxy).await;
    if let Some(token) = &meta.session_token {
        accounts::end_session(&state.db, token).await?;
    }
    set_session_cookie(None, state.settings.secure_cookies);
    if let Some(next) = next.filter(|p| crate::domain::redirect::is_same_site_path(p)) {
        leptos_axum::redirect(&next);
    }
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

/// What the header shows of the visitor: their name (None when not logged in), the cart's unit
/// count and the account menu, in the page's language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct VisitorSummary {
    pub name: Option<String>,
    pub cart_count: i64,
    /// (path, label) of each menu entry.
    pub menu: Vec<(String, String)>,
    pub logout: String,
}

/// The header's personal part, asked for by the page after it loaded (so pages stay shareable).
#[server(endpoint = "session", input = leptos::server_fn::codec::GetUrl)]
pub async fn session_summary(locale: String) -> Result<VisitorSummary, AppError> {
    use crate::i18n::translate;
    let state = backend::state()?;
    let locale = parse_locale(&locale);
    if let Some(options) = use_context::<leptos_axum::ResponseOptions>() {
        options.insert_header(
            http::header::CACHE_CONTROL,
            http::HeaderValue::from_static("private, no-store"),
        );
    }
    let (owner, user) = crate::api::shop::cart_owner(&state, false).await?;
    let cart_count = match owner {
        Some(owner) => backend::shop::cart::count(&state.db, &owner).await?,
        None => 0,
    };
    let t = |id: &str| translate(locale, id, None);
    let href = |path: &str| format!("/{}{path}", locale.code());
    let mut menu = Vec::new();
    if let Some(user) = &user {
        for (path, id) in [
            ("/account", "nav-account"),
            ("/account/orders", "nav-orders"),
            ("/sell", "nav-sell"),
            ("/sell/orders", "nav-sell-orders"),
        ] {
            menu.push((href(path), t(id)));
        }
        if user.role == crate::domain::Role::Admin {
            for (path, id) in [
                ("/admin", "nav-admin-dashboard"),
                ("/admin/reports", "nav-admin-reports"),
                ("/admin/cooperatives", "nav-admin-review"),
                ("/admin/ocop", "nav-admin-ocop"),
                ("/admin/audit", "nav-admin-audit"),
                ("/admin/payments", "nav-admin-payments"),
                ("/admin/moderation", "nav-admin-moderation"),
                ("/admin/users", "nav-admin-users"),
                ("/admin/certifications", "nav-admin-certifications"),
            ] {
                menu.push((href(path), t(id)));
            }
        }
    }
    Ok(VisitorSummary {
        name: user.map(|u| u.display_name),
        cart_count,
        menu,
        logout: t("nav-logout"),
    })
}
