//! GET / sends the visitor to their best locale: the `lang` cookie, then Accept-Language, then vi.

use app::backend::request::cookie;
use app::i18n::{Locale, LANG_COOKIE};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

pub async fn redirect(headers: HeaderMap) -> Response {
    let accept = headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
    let locale = Locale::negotiate(cookie(&headers, LANG_COOKIE), accept);
    let mut response = StatusCode::FOUND.into_response();
    let h = response.headers_mut();
    if let Ok(location) = HeaderValue::from_str(&format!("/{}/", locale.code())) {
        h.insert(header::LOCATION, location);
    }
    h.insert(header::VARY, HeaderValue::from_static("Cookie, Accept-Language"));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}
