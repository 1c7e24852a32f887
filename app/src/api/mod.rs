//! Server functions: the typed calls the UI makes to the server. Each one parses its input,
//! authorizes, calls a service in `crate::backend` and maps the outcome; nothing else.

pub mod auth;
pub mod catalog;
pub mod cooperatives;
pub mod moderation;
pub mod orders;
pub mod reports;
pub mod search;
pub mod shop;

pub use auth::CurrentUser;

/// The request's state and logged-in user; Unauthenticated for visitors.
#[cfg(feature = "ssr")]
pub(crate) async fn session_user(
) -> Result<(crate::backend::AppState, crate::backend::accounts::SessionUser), crate::error::AppError> {
    use crate::backend;
    let state = backend::state()?;
    let meta = backend::request::RequestMeta::current(state.settings.trust_proxy).await;
    let user = backend::accounts::current_user(&state.db, meta.session_token.as_deref())
        .await?
        .ok_or(crate::error::AppError::Unauthenticated)?;
    Ok((state, user))
}

/// The cooperative a seller page is about: the one named, else the user's first (as on the
/// dashboard). Access is checked by the service that loads it.
#[cfg(feature = "ssr")]
pub(crate) async fn chosen_cooperative(
    state: &crate::backend::AppState,
    user: &crate::backend::accounts::SessionUser,
    cooperative_id: Option<i64>,
) -> Result<i64, crate::error::AppError> {
    match cooperative_id {
        Some(id) => Ok(id),
        None => crate::backend::cooperatives::members::memberships_of(&state.db, user.id)
            .await?
            .first()
            .map(|m| m.cooperative_id)
            .ok_or(crate::error::AppError::NotFound),
    }
}

/// A locale code from a form, Vietnamese when unknown.
#[cfg(feature = "ssr")]
pub(crate) fn locale(code: &str) -> crate::i18n::Locale {
    crate::i18n::Locale::from_code(code).unwrap_or_default()
}

/// Sends a browser that posted a plain `<form>` (no script ran) on to `path` with a 302. A script's
/// call gets its answer as data instead: it decides where to go.
#[cfg(feature = "ssr")]
pub(crate) fn redirect_form_post(path: &str) {
    let accepts_html = leptos::prelude::use_context::<http::request::Parts>()
        .and_then(|p| p.headers.get(http::header::ACCEPT).cloned())
        .and_then(|v| v.to_str().map(|v| v.contains("text/html")).ok())
        .unwrap_or(false);
    if accepts_html {
        leptos_axum::redirect(path);
    }
}
