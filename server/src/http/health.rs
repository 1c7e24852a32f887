//! GET /healthz: is this instance able to serve? 200 when the database answers, 503 when not.
//! Search is reported beside it: when the engine cannot be reached the site still serves
//! everything else, so the instance stays healthy and search shows as "degraded".

use app::backend::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use serde_json::{json, Value};
use std::time::Duration;

pub async fn healthz(State(state): State<AppState>) -> (StatusCode, Json<Value>) {
    let (db_ok, search_ok) = tokio::join!(
        async {
            tokio::time::timeout(Duration::from_secs(2), crate::db::ping(&state.db))
                .await
                .unwrap_or(false)
        },
        async {
            tokio::time::timeout(Duration::from_secs(2), state.search.health())
                .await
                .is_ok_and(|r| r.is_ok())
        }
    );
    let search = if search_ok { "ok" } else { "degraded" };
    if db_ok {
        (
            StatusCode::OK,
            Json(json!({ "status": "ok", "database": "ok", "search": search })),
        )
    } else {
        (
            StatusCode::SERVICE_UNAVAILABLE,
            Json(json!({ "status": "unavailable", "database": "unreachable", "search": search })),
        )
    }
}

/// GET /metrics: process counters in Prometheus' text format.
pub async fn metrics() -> ([(http::HeaderName, &'static str); 1], String) {
    (
        [(http::header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        app::backend::metrics::render(),
    )
}
