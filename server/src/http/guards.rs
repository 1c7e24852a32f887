//! Request guards: cross-origin state changes are refused (CSRF defence on top of SameSite=Lax) and
//! oversized bodies are refused before they are read. Both answer in the visitor's language.

use super::GuardConfig;
use app::backend::request::cookie;
use app::error::ErrorId;
use app::i18n::{translate, Locale, LANG_COOKIE};
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::sync::Arc;
use tower::Layer;
use tower::Service;
use tower_http::limit::RequestBodyLimitLayer;

/// A plain-text answer in the visitor's negotiated locale.
pub fn localized(status: StatusCode, headers: &HeaderMap, key: ErrorId) -> Response {
    let accept = headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
    let locale = Locale::negotiate(cookie(headers, LANG_COOKIE), accept);
    let mut res = (status, translate(locale, key.as_str(), None)).into_response();
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    res.headers_mut()
        .insert(header::CONTENT_LANGUAGE, HeaderValue::from_static(locale.code()));
    res
}

/// Whether a request that changes state comes from our own pages. Browsers send Sec-Fetch-Site and
/// Origin on such requests; a request with neither is not from a browser and carries no ambient
/// credentials risk.
pub fn same_origin(method: &Method, headers: &HeaderMap, public_origin: &str) -> bool {
    if matches!(
        *method,
        Method::GET | Method::HEAD | Method::OPTIONS | Method::TRACE
    ) {
        return true;
    }
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return matches!(site, "same-origin" | "none");
    }
    let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) else {
        return true;
    };
    if origin == public_origin {
        return true;
    }
    // Also accept the host the request was addressed to (one instance behind several names).
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    matches!(host, Some(h) if origin == format!("http://{h}") || origin == format!("https://{h}"))
}

pub async fn refuse_cross_origin(
    State(guard): State<Arc<GuardConfig>>,
    req: Request,
    next: Next,
) -> Response {
    // Webhooks are signed by their senders instead.
    if req.uri().path().starts_with("/webhooks/")
        || same_origin(req.method(), req.headers(), &guard.public_origin)
    {
        return next.run(req).await;
    }
    tracing::warn!(origin = ?req.headers().get(header::ORIGIN), "refused a cross-origin request");
    localized(StatusCode::FORBIDDEN, req.headers(), ErrorId::CrossOrigin)
}

/// Refuses bodies over the limit: at once when Content-Length says so, and while streaming otherwise.
pub async fn limit_body(State(guard): State<Arc<GuardConfig>>, req: Request, next: Next) -> Response {
    let limit = if req.uri().path().starts_with("/uploads/") {
        guard.max_upload_bytes
    } else {
        guard.max_body_bytes
    };
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit as u64) {
        return localized(
            StatusCode::PAYLOAD_TOO_LARGE,
            req.headers(),
            ErrorId::BodyTooLarge,
        );
    }
    let headers = req.headers().clone();
    let mut limited = RequestBodyLimitLayer::new(limit).layer(tower::service_fn(move |req: Request<_>| {
        let next = next.clone();
        async move { Ok::<_, std::convert::Infallible>(next.run(req.map(Body::new)).await) }
    }));
    let response = match limited.call(req).await {
        Ok(r) => r.map(Body::new),
        Err(never) => match never {},
    };
    if response.status() == StatusCode::PAYLOAD_TOO_LARGE {
        return localized(StatusCode::PAYLOAD_TOO_LARGE, &headers, ErrorId::BodyTooLarge);
    }
    response
}

/// True when a form-urlencoded body is UTF-8 both as sent and once percent-decoded.
pub fn form_is_utf8(body: &[u8]) -> bool {
    std::str::from_utf8(body).is_ok()
        && body.split(|b| *b == b'&').all(|pair| {
            let plus_as_space: Vec<u8> = pair.iter().map(|b| if *b == b'+' { b' ' } else { *b }).collect();
            percent_encoding::percent_decode(&plus_as_space)
                .decode_utf8()
                .is_ok()
        })
}

/// Refuses form submissions that are not valid UTF-8 (rather than decoding them lossily).
pub async fn require_utf8_forms(req: Request, next: Next) -> Response {
    let is_form = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    if !is_form {
        return next.run(req).await;
    }
    let (parts, body) = req.into_parts();
    // The body limit layer outside has already bounded the size.
    let bytes = match axum::body::to_bytes(body, usize::MAX).await {
        Ok(b) => b,
        Err(_) => {
            return localized(
                StatusCode::PAYLOAD_TOO_LARGE,
                &parts.headers,
                ErrorId::BodyTooLarge,
            )
        }
    };
    if !form_is_utf8(&bytes) {
        return localized(StatusCode::BAD_REQUEST, &parts.headers, ErrorId::InvalidUtf8);
    }
    next.run(Request::from_parts(parts, Body::from(bytes))).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_must_be_utf8() {
        assert!(form_is_utf8(b"email=lan%40example.vn&name=M%E1%BA%ADt+ong"));
        assert!(!form_is_utf8(b"email=%FF%FE"));
        assert!(!form_is_utf8(&[b'e', b'=', 0xff]));
        assert!(form_is_utf8(b""));
    }

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(*k, HeaderValue::from_static(v));
        }
        h
    }

    const ORIGIN: &str = "https://htx.example.vn";

    #[test]
    fn reads_are_always_allowed() {
        assert!(same_origin(
            &Method::GET,
            &headers(&[("origin", "https://evil.example")]),
            ORIGIN
        ));
    }

    #[test]
    fn posts_from_elsewhere_are_refused() {
        assert!(!same_origin(
            &Method::POST,
            &headers(&[("origin", "https://evil.example")]),
            ORIGIN
        ));
        assert!(!same_origin(
            &Method::POST,
            &headers(&[("sec-fetch-site", "cross-site")]),
            ORIGIN
        ));
        assert!(!same_origin(
            &Method::POST,
            &headers(&[("sec-fetch-site", "same-site")]),
            ORIGIN
        ));
        assert!(!same_origin(
            &Method::DELETE,
            &headers(&[("origin", "null")]),
            ORIGIN
        ));
    }

    #[test]
    fn posts_from_our_pages_are_allowed() {
        assert!(same_origin(
            &Method::POST,
            &headers(&[("origin", ORIGIN)]),
            ORIGIN
        ));
        assert!(same_origin(
            &Method::POST,
            &headers(&[("sec-fetch-site", "same-origin")]),
            ORIGIN
        ));
        assert!(same_origin(
            &Method::POST,
            &headers(&[("origin", "http://127.0.0.1:3000"), ("host", "127.0.0.1:3000")]),
            ORIGIN
        ));
        assert!(
            same_origin(&Method::POST, &headers(&[]), ORIGIN),
            "non-browser clients send no Origin"
        );
    }
}
