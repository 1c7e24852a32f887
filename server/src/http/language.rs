//! GET /lang/{code}?from=/vi/products/mat-ong: the language switcher. It is the only response that
//! sets the `lang` cookie, so every other page stays the same for every visitor, and it sends the
//! shopper to the page they were on, in the chosen language (a product's slug differs per language).

use app::backend::catalog::public::product_slug_in;
use app::backend::AppState;
use app::domain::redirect::is_same_site_path;
use app::i18n::{Locale, LANG_COOKIE};
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

/// How long the choice is remembered.
const ONE_YEAR_SECS: u32 = 365 * 24 * 3600;

#[derive(Deserialize)]
pub struct From {
    from: Option<String>,
}

pub async fn switch(
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(q): Query<From>,
) -> Response {
    let Some(locale) = Locale::from_code(&code) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let from = q.from.as_deref().filter(|p| is_same_site_path(p)).unwrap_or("/");
    let target = match same_page_in(&state, from, locale).await {
        Ok(path) => path,
        Err(e) => {
            tracing::warn!(error = %e, "language switch: product lookup failed");
            format!("/{}/", locale.code())
        }
    };
    let mut response = StatusCode::SEE_OTHER.into_response();
    let h = response.headers_mut();
    if let Ok(location) = HeaderValue::from_str(&target) {
        h.insert(header::LOCATION, location);
    }
    let secure = if state.settings.public_origin().starts_with("https://") {
        "; Secure"
    } else {
        ""
    };
    let cookie = format!(
        "{LANG_COOKIE}={}; Path=/; Max-Age={ONE_YEAR_SECS}; SameSite=Lax{secure}",
        locale.code()
    );
    if let Ok(v) = HeaderValue::from_str(&cookie) {
        h.insert(header::SET_COOKIE, v);
    }
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// `from` with its locale segment replaced, and a product's slug replaced by its slug in `locale`.
async fn same_page_in(state: &AppState, from: &str, locale: Locale) -> Result<String, app::error::AppError> {
    let (path, query) = match from.split_once('?') {
        Some((p, q)) => (p, Some(q)),
        None => (from, None),
    };
    let mut segments: Vec<String> = path
        .trim_start_matches('/')
        .split('/')
        .map(str::to_owned)
        .collect();
    if segments.first().is_some_and(|s| Locale::from_code(s).is_some()) {
        segments.remove(0);
    }
    if let [kind, slug] = segments.as_mut_slice() {
        if kind == "products" {
            if let Some(own) = product_slug_in(&state.db, slug, locale).await? {
                *slug = own;
            }
        }
    }
    let rest = segments.join("/");
    let mut target = format!("/{}/{rest}", locale.code());
    if let Some(q) = query.filter(|q| !q.is_empty()) {
        target.push('?');
        target.push_str(q);
    }
    Ok(target)
}
