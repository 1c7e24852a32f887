//! Cooperative server functions: the application, the seller dashboard, staff, the review queue
//! and decisions, the audit log and the public directory. Each authorizes through
//! `backend::cooperatives`, which refuses what the user may not do. Files are uploaded by plain
//! multipart posts handled in the server crate (`/uploads/...`), so they can be size-checked while
//! streaming.

use crate::error::AppError;
use crate::model::cooperatives::*;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::backend::{self, cooperatives as coops};

#[cfg(feature = "ssr")]
use crate::api::{locale as to_locale, session_user};

/// Provinces and cities for pickers.
#[server(endpoint = "coops/regions")]
pub async fn fetch_regions(locale: String) -> Result<Vec<RegionOption>, AppError> {
    let state = backend::state()?;
    coops::directory::regions(&state.db, to_locale(&locale)).await
}

/// Creates (no `id`) or updates a draft application; returns its id.
#[server(endpoint = "coops/save")]
pub async fn save_application(
    id: Option<i64>,
    version: Option<i32>,
    locale: String,
    on_behalf: Option<String>,
    fields: ApplicationFields,
) -> Result<i64, AppError> {
    let (state, user) = session_user().await?;
    match id {
        None => {
            coops::application::create(&state.db, &user, &fields, to_locale(&locale), on_behalf.is_some())
                .await
        }
        Some(id) => {
            let version = version.ok_or_else(|| AppError::BadRequest("version".into()))?;
            coops::application::update(&state.db, &user, id, version, &fields).await?;
            Ok(id)
        }
    }
}

/// An application, for its members and administrators.
#[server(endpoint = "coops/application")]
pub async fn fetch_application(id: i64, locale: String) -> Result<ApplicationView, AppError> {
    let (state, user) = session_user().await?;
    coops::application::view(&state.db, &user, id, to_locale(&locale)).await
}

/// Submits, approves, rejects, requests changes, suspends or reinstates (whoever may).
#[server(endpoint = "coops/decide")]
pub async fn decide(
    cooperative_id: i64,
    version: i32,
    action: String,
    reason: Option<String>,
) -> Result<(), AppError> {
    use crate::domain::cooperative_status::CooperativeAction;
    let (state, user) = session_user().await?;
    let action = CooperativeAction::parse(&action).ok_or_else(|| AppError::BadRequest("action".into()))?;
    let decision = coops::Decision {
        cooperative_id,
        seen_version: version,
        action,
        reason: reason.as_deref(),
    };
    coops::apply_action(&state.db, &user, decision).await?;
    state.wake_workers();
    Ok(())
}

/// Removes a supporting document from an application being prepared.
#[server(endpoint = "coops/remove-document")]
pub async fn remove_document(document_id: i64) -> Result<(), AppError> {
    let (state, user) = session_user().await?;
    coops::documents::remove_document(&state.db, &state.files, &user, document_id).await?;
    Ok(())
}

/// The seller dashboard, for the selected cooperative or the user's first.
#[server(endpoint = "coops/dashboard")]
pub async fn fetch_dashboard(selected: Option<i64>, locale: String) -> Result<Dashboard, AppError> {
    let (state, user) = session_user().await?;
    coops::directory::dashboard(&state.db, &user, selected, to_locale(&locale)).await
}

/// Invites someone by email to the cooperative's staff (or as an owner).
#[server(endpoint = "coops/invite")]
pub async fn invite_member(
    cooperative_id: i64,
    email: String,
    role: String,
    locale: String,
) -> Result<(), AppError> {
    let (state, user) = session_user().await?;
    coops::members::invite(
        &state.db,
        &state.settings,
        &user,
        cooperative_id,
        &email,
        &role,
        to_locale(&locale),
    )
    .await?;
    state.wake_workers();
    Ok(())
}

/// Removes a member of staff.
#[server(endpoint = "coops/remove-member")]
pub async fn remove_member(cooperative_id: i64, user_id: i64) -> Result<(), AppError> {
    let (state, user) = session_user().await?;
    coops::members::remove(&state.db, &user, cooperative_id, user_id).await
}

/// What an invitation offers.
#[server(endpoint = "coops/invitation")]
pub async fn fetch_invitation(token: String) -> Result<InvitationView, AppError> {
    let state = backend::state()?;
    coops::members::describe_invitation(&state.db, &token).await
}

/// Accepts an invitation as the logged-in user; returns the cooperative's id.
#[server(endpoint = "coops/accept-invitation")]
pub async fn accept_invitation(token: String) -> Result<i64, AppError> {
    let (state, user) = session_user().await?;
    coops::members::accept(&state.db, &user, &token).await
}

/// The administrators' review queue.
#[server(endpoint = "admin/queue")]
pub async fn fetch_review_queue(
    status: Option<String>,
    region: Option<String>,
    locale: String,
) -> Result<Vec<QueueRow>, AppError> {
    use crate::domain::cooperative_status::CooperativeStatus;
    let (state, user) = session_user().await?;
    let filter = coops::directory::QueueFilter {
        status: status.as_deref().and_then(CooperativeStatus::parse),
        region_code: region.filter(|r| !r.is_empty()),
    };
    coops::directory::review_queue(&state.db, &user, &filter, to_locale(&locale)).await
}

/// Ok for administrators; 403 for other users, 401 for visitors (admin pages ask first).
#[server(endpoint = "admin/check")]
pub async fn check_admin() -> Result<(), AppError> {
    let (_, user) = session_user().await?;
    coops::access::require_admin(&user)
}

/// The audit log, optionally for one cooperative (administrators only).
#[server(endpoint = "admin/audit")]
pub async fn fetch_audit(cooperative_id: Option<i64>) -> Result<Vec<AuditRow>, AppError> {
    let (state, user) = session_user().await?;
    coops::directory::audit_log(&state.db, &user, cooperative_id, 200).await
}

/// Approved cooperatives, optionally in one province.
#[server(endpoint = "coops/directory")]
pub async fn fetch_public_coops(region: Option<String>, locale: String) -> Result<Vec<CoopCard>, AppError> {
    let state = backend::state()?;
    let region = region.filter(|r| !r.is_empty());
    coops::directory::public_list(&state.db, region.as_deref(), to_locale(&locale)).await
}

/// An approved cooperative's public page (404 for any other).
#[server(endpoint = "coops/public")]
pub async fn fetch_public_coop(slug: String, locale: String) -> Result<CoopPublic, AppError> {
    let state = backend::state()?;
    coops::directory::public_page(&state.db, &slug, to_locale(&locale)).await
}
