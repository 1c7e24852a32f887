//! Moderation server functions: shoppers report products; administrators hide and restore
//! products, dismiss reports, and disable or re-enable accounts.

use crate::error::AppError;
use crate::model::moderation::*;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::api::{locale as to_locale, session_user};
#[cfg(feature = "ssr")]
use crate::backend::{self, moderation};

/// Reports a product to the administrators (anyone; the reporter is kept when logged in).
#[server(endpoint = "moderation/report")]
pub async fn report_product(product_id: i64, reason: String) -> Result<(), AppError> {
    let state = backend::state()?;
    let meta = backend::request::RequestMeta::current(state.settings.trust_proxy).await;
    let user = backend::accounts::current_user(&state.db, meta.session_token.as_deref()).await?;
    moderation::report(&state.db, user.map(|u| u.id), product_id, &reason).await
}

/// Open reports and hidden products (administrators).
#[server(endpoint = "moderation/reports")]
pub async fn fetch_reports(locale: String) -> Result<Vec<ReportRow>, AppError> {
    let (state, user) = session_user().await?;
    moderation::reports(&state.db, &user, to_locale(&locale)).await
}

/// Hides a product with a reason (administrators).
#[server(endpoint = "moderation/hide")]
pub async fn hide_product(product_id: i64, reason: String) -> Result<(), AppError> {
    let (state, user) = session_user().await?;
    moderation::hide(&state.db, &user, product_id, &reason).await?;
    state.wake_workers();
    Ok(())
}

/// Shows a hidden product again (administrators).
#[server(endpoint = "moderation/restore")]
pub async fn restore_product(product_id: i64) -> Result<(), AppError> {
    let (state, user) = session_user().await?;
    moderation::restore(&state.db, &user, product_id).await?;
    state.wake_workers();
    Ok(())
}

/// Closes a report without hiding the product (administrators).
#[server(endpoint = "moderation/dismiss")]
pub async fn dismiss_report(report_id: i64) -> Result<(), AppError> {
    let (state, user) = session_user().await?;
    moderation::dismiss(&state.db, &user, report_id).await
}

/// Accounts by email or name (administrators).
#[server(endpoint = "moderation/users")]
pub async fn fetch_users(q: String) -> Result<Vec<UserRow>, AppError> {
    let (state, user) = session_user().await?;
    moderation::search_users(&state.db, &user, &q).await
}

/// Disables (ending its sessions) or re-enables an account (administrators).
#[server(endpoint = "moderation/set-disabled")]
pub async fn set_user_disabled(user_id: i64, disabled: bool) -> Result<(), AppError> {
    let (state, user) = session_user().await?;
    moderation::set_disabled(&state.db, &user, user_id, disabled).await
}
