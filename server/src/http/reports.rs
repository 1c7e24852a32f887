//! CSV downloads of the administrators' dashboard charts and reports. Answers 401 without a login,
//! 403 to non-administrators, 422 (with the reason in the reader's language) for a refused period
//! or province, 404 for a chart that does not exist.

use super::files::{csv_download, signed_in};
use app::backend::reports::{self, csv, dashboard, report};
use app::backend::AppState;
use app::domain::reporting::PeriodQuery;
use app::error::AppError;
use app::i18n::{translate, Locale};
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use http::HeaderMap;
use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct DashboardQuery {
    chart: String,
    from: Option<String>,
    to: Option<String>,
    locale: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct ReportQuery {
    kind: Option<String>,
    year: Option<String>,
    from: Option<String>,
    to: Option<String>,
    province: Option<String>,
    locale: Option<String>,
}

fn locale_of(code: Option<&str>) -> Locale {
    code.and_then(Locale::from_code).unwrap_or_default()
}

/// The error's status, with its message (or each field's) as plain text.
fn refuse(e: AppError, locale: Locale) -> Response {
    let text = match &e {
        AppError::Invalid(fields) => fields
            .iter()
            .map(|f| translate(locale, f.key.as_str(), None))
            .collect::<Vec<_>>()
            .join("\n"),
        other => translate(locale, other.message_key(), None),
    };
    (e.status(), text).into_response()
}

/// GET /admin/dashboard.csv?chart=C[&from=D&to=D][&locale=L]
pub async fn dashboard_csv(
    State(state): State<AppState>,
    Query(q): Query<DashboardQuery>,
    headers: HeaderMap,
) -> Response {
    let locale = locale_of(q.locale.as_deref());
    let now = chrono::Utc::now();
    let result = async {
        let user = signed_in(&state, &headers).await?;
        let period = reports::dashboard_period(&user, q.from.as_deref(), q.to.as_deref(), now)?;
        if !csv::CHARTS.contains(&q.chart.as_str()) {
            return Err(AppError::NotFound);
        }
        let view = dashboard::dashboard(&state.db, &user, period, locale, now).await?;
        let body = csv::chart(&view, &q.chart, locale)?;
        Ok((body, format!("htx-{}-{}-{}.csv", q.chart, period.from, period.to)))
    }
    .await;
    match result {
        Ok((body, name)) => csv_download(body, &name),
        Err(e) => refuse(e, locale),
    }
}

/// GET /admin/reports.csv?kind=h1|h2|year|range[&year=Y][&from=D&to=D][&province=P][&locale=L]
pub async fn report_csv(
    State(state): State<AppState>,
    Query(q): Query<ReportQuery>,
    headers: HeaderMap,
) -> Response {
    let locale = locale_of(q.locale.as_deref());
    let result = async {
        let user = signed_in(&state, &headers).await?;
        let query = PeriodQuery {
            kind: q.kind.clone(),
            year: q.year.clone(),
            from: q.from.clone(),
            to: q.to.clone(),
        };
        let period = reports::period_for(&user, &query, chrono::Utc::now())?;
        let view = report::report(&state.db, &user, period, q.province.as_deref(), locale).await?;
        let name = format!(
            "htx-report-{}-{}-{}.csv",
            view.province.as_deref().unwrap_or("all"),
            period.from,
            period.to
        );
        Ok((csv::report(&view, locale)?, name))
    }
    .await;
    match result {
        Ok((body, name)) => csv_download(body, &name),
        Err(e) => refuse(e, locale),
    }
}
