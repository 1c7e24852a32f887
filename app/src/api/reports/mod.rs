//! Dashboard and report server functions (administrators only).

use crate::domain::reporting::PeriodQuery;
use crate::error::AppError;
use crate::model::reports::*;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::api::{locale as to_locale, session_user};
#[cfg(feature = "ssr")]
use crate::backend::reports;

/// The dashboard for the range `from`–`to` (ISO dates; both empty: the last twelve months).
#[server(endpoint = "reports/dashboard")]
pub async fn fetch_dashboard(
    locale: String,
    from: Option<String>,
    to: Option<String>,
) -> Result<DashboardView, AppError> {
    let (state, user) = session_user().await?;
    let now = chrono::Utc::now();
    let period = reports::dashboard_period(&user, from.as_deref(), to.as_deref(), now)?;
    reports::dashboard::dashboard(&state.db, &user, period, to_locale(&locale), now).await
}

/// The report for a period and a province ("" or "all": every province).
#[server(endpoint = "reports/report")]
pub async fn fetch_report(
    locale: String,
    period: PeriodQuery,
    province: Option<String>,
) -> Result<ReportView, AppError> {
    let (state, user) = session_user().await?;
    let period = reports::period_for(&user, &period, chrono::Utc::now())?;
    reports::report::report(&state.db, &user, period, province.as_deref(), to_locale(&locale)).await
}
