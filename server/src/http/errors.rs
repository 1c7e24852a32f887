//! The one place where server-function errors become HTTP statuses: the error body (an encoded
//! `AppError`) is read back and the status set from `AppError::status`, so a throttled login answers
//! 429 and bad input 400/422 whatever stage refused it. A form posted without JavaScript keeps its
//! redirect back to the page, which shows the error from the query.

use app::error::AppError;
use axum::body::{to_bytes, Body};
use axum::extract::Request;
use axum::middleware::Next;
use axum::response::Response;

/// Server functions mark their error responses with this header.
const SERVER_FN_ERROR_HEADER: &str = "serverfnerror";

pub async fn server_fn_status(req: Request, next: Next) -> Response {
    let response = next.run(req).await;
    // A plain form post is sent back to its page with the error in the query: that redirect
    // stays one.
    if !response.headers().contains_key(SERVER_FN_ERROR_HEADER) || response.status().is_redirection() {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = to_bytes(body, 64 * 1024).await else {
        return Response::from_parts(parts, Body::empty());
    };
    if let Ok(err) = serde_json::from_slice::<AppError>(&bytes) {
        parts.status = err.status();
        if let AppError::BadRequest(detail) = &err {
            tracing::info!(detail, "refused a malformed server-function request");
        }
    }
    Response::from_parts(parts, Body::from(bytes))
}

/// Leptos' `<Redirect>` during server rendering adds a Location header but leaves the status at
/// 200; browsers ignore such a Location. Make it a real redirect (302) for pages.
pub async fn page_redirect_status(req: Request, next: Next) -> Response {
    let mut response = next.run(req).await;
    if response.status() == http::StatusCode::OK && response.headers().contains_key(http::header::LOCATION) {
        *response.status_mut() = http::StatusCode::FOUND;
    }
    response
}
