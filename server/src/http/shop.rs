//! Shop routes outside Leptos: Stripe's webhook, and the cooperative's order export.

use super::files::{csv_download, refuse, signed_in};
use app::backend::shop::payments::{handle_webhook, WebhookFailure};
use app::backend::AppState;
use app::i18n::Locale;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use http::{HeaderMap, StatusCode};
use serde::Deserialize;

/// POST /webhooks/stripe: verified by its Stripe-Signature header, processed once per event id.
/// 400 tells Stripe not to retry (bad signature or body); 500 asks it to retry later.
pub async fn stripe_webhook(State(state): State<AppState>, headers: HeaderMap, body: Bytes) -> Response {
    let signature = headers.get("stripe-signature").and_then(|v| v.to_str().ok());
    match handle_webhook(&state, &body, signature, chrono::Utc::now()).await {
        Ok(()) => {
            state.wake_workers();
            (StatusCode::OK, "ok").into_response()
        }
        Err(WebhookFailure::Rejected(why)) => {
            tracing::warn!(reason = %why, "Stripe webhook rejected");
            (StatusCode::BAD_REQUEST, "rejected").into_response()
        }
        Err(WebhookFailure::Failed(e)) => {
            tracing::error!(error = %e, "Stripe webhook failed");
            (StatusCode::INTERNAL_SERVER_ERROR, "failed").into_response()
        }
    }
}

#[derive(Debug, Deserialize)]
pub struct CsvQuery {
    coop: i64,
    status: Option<String>,
    locale: Option<String>,
}

/// GET /sell/orders.csv?coop=ID[&status=S][&locale=L]: one row per ordered item.
pub async fn orders_csv(
    State(state): State<AppState>,
    Query(q): Query<CsvQuery>,
    headers: HeaderMap,
) -> Response {
    let locale = q
        .locale
        .as_deref()
        .and_then(Locale::from_code)
        .unwrap_or_default();
    let result = async {
        let user = signed_in(&state, &headers).await?;
        app::backend::shop::queries::seller_csv(&state.db, &user, q.coop, q.status.as_deref(), locale).await
    }
    .await;
    match result {
        Ok(csv) => csv_download(csv, "htx-orders.csv"),
        Err(e) => refuse(e),
    }
}
