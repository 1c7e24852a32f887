//! GET /i18n/{locale}.ftl: a locale's Fluent messages for the pages whose islands need them (the
//! browser bundle carries none). The address carries the file's hash, so it is cached for good.

use app::i18n::{messages_file, Locale};
use axum::extract::Path;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

pub async fn messages(Path(file): Path<String>) -> Response {
    let Some(locale) = file.strip_suffix(".ftl").and_then(Locale::from_code) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let (text, _) = messages_file(locale);
    let mut res = text.clone().into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=31536000, immutable"),
    );
    res
}
