//! The public read API: approved cooperatives only, as JSON, for partners and feeds.

use app::backend::cooperatives::directory;
use app::backend::AppState;
use app::error::AppError;
use app::i18n::Locale;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct ListQuery {
    region: Option<String>,
    locale: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct LocaleQuery {
    locale: Option<String>,
}

fn locale(code: Option<&str>) -> Locale {
    code.and_then(Locale::from_code).unwrap_or_default()
}

fn error(e: AppError) -> Response {
    let code = match e {
        AppError::NotFound => "not_found",
        _ => "internal",
    };
    (e.status(), Json(serde_json::json!({ "error": code }))).into_response()
}

pub async fn cooperatives(State(state): State<AppState>, Query(q): Query<ListQuery>) -> Response {
    let region = q.region.filter(|r| !r.is_empty());
    match directory::public_list(&state.db, region.as_deref(), locale(q.locale.as_deref())).await {
        Ok(list) => (StatusCode::OK, Json(serde_json::json!({ "cooperatives": list }))).into_response(),
        Err(e) => error(e),
    }
}

pub async fn cooperative(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Query(q): Query<LocaleQuery>,
) -> Response {
    match directory::public_page(&state.db, &slug, locale(q.locale.as_deref())).await {
        Ok(page) => Json(page).into_response(),
        Err(e) => error(e),
    }
}
