//! Where the QR code on a package leads: `/trace/{lot}` and GS1 Digital Links
//! (`/01/{gtin}/10/{lot}`) redirect to the trace page in the scanner's language; `/qr/{lot}.svg`
//! and `.png` draw the code itself (public batches only).

use app::backend::catalog::batches;
use app::backend::request::cookie;
use app::backend::AppState;
use app::error::AppError;
use app::i18n::{Locale, LANG_COOKIE};
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};

fn locale_of(headers: &HeaderMap) -> Locale {
    let accept = headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
    Locale::negotiate(cookie(headers, LANG_COOKIE), accept)
}

fn refuse(e: AppError) -> Response {
    match e {
        AppError::NotFound => StatusCode::NOT_FOUND.into_response(),
        other => other.status().into_response(),
    }
}

pub async fn trace_redirect(
    State(state): State<AppState>,
    Path(lot): Path<String>,
    headers: HeaderMap,
) -> Response {
    match batches::trace(&state.db, &lot, Locale::Vi).await {
        Ok(t) => {
            Redirect::to(&format!("/{}/trace/{}", locale_of(&headers).code(), t.lot_code)).into_response()
        }
        Err(e) => refuse(e),
    }
}

pub async fn digital_link(
    State(state): State<AppState>,
    Path((gtin, lot)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    match batches::digital_link(&state.db, &gtin, &lot).await {
        Ok(lot) => Redirect::to(&format!("/{}/trace/{lot}", locale_of(&headers).code())).into_response(),
        Err(e) => refuse(e),
    }
}

pub async fn qr(State(state): State<AppState>, Path(file): Path<String>) -> Response {
    let (lot, svg) = match (file.strip_suffix(".svg"), file.strip_suffix(".png")) {
        (Some(lot), _) => (lot, true),
        (_, Some(lot)) => (lot, false),
        _ => return StatusCode::NOT_FOUND.into_response(),
    };
    let t = match batches::trace(&state.db, lot, Locale::Vi).await {
        Ok(t) => t,
        Err(e) => return refuse(e),
    };
    let target = batches::qr_target(
        state.settings.public_base_url.as_str(),
        &t.lot_code,
        t.gtin.as_deref(),
    );
    let (body, mime) = if svg {
        match batches::qr_svg(&target) {
            Ok(s) => (s.into_bytes(), "image/svg+xml"),
            Err(e) => return refuse(e),
        }
    } else {
        match batches::qr_png(&target) {
            Ok(p) => (p, "image/png"),
            Err(e) => return refuse(e),
        }
    };
    let mut res = body.into_response();
    res.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(mime));
    res.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=86400"),
    );
    res
}
