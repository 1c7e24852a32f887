//! /sitemap.xml: every public page in every locale, with hreflang alternates.

use app::backend::catalog::sitemap;
use app::backend::AppState;
use axum::extract::State;
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};

pub async fn sitemap_xml(State(state): State<AppState>) -> Response {
    match sitemap::pages(&state.db).await {
        Ok(pages) => {
            let mut res = sitemap::render(state.settings.public_base_url.as_str(), &pages).into_response();
            res.headers_mut().insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/xml; charset=utf-8"),
            );
            res.headers_mut().insert(
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=3600"),
            );
            res
        }
        Err(e) => e.status().into_response(),
    }
}
