//! Server functions: the typed calls the UI makes to the server. Each one parses its input,
//! authorizes, calls a service in `crate::backend` and maps the outcome; nothing else.

pub mod auth;
pub mod catalog;
pub mod cooperatives;
pub mod moderation;
pub mod orders;
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

/// A locale code from a form, Vietnamese when unknown.
#[cfg(feature = "ssr")]
pub(crate) fn locale(code: &str) -> crate::i18n::Locale {
    crate::i18n::Locale::from_code(code).unwrap_or_default()
}
