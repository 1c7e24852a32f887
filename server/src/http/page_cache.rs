//! The rendered-page cache of the storefront. A public page for a visitor without a session is the
//! same bytes for everyone (what is personal comes from the header's session island), so it is
//! rendered once per catalog version, compressed once (brotli and gzip), and answered from memory
//! with an ETag (304 when the browser has it) and a `Cache-Control` that lets a CDN keep it for a
//! minute. The catalog version is read from the database on every request, so a change made on any
//! instance shows on the very next request.

use app::backend::catalog::version;
use app::backend::metrics::count_page_cache;
use app::backend::request::SESSION_COOKIE;
use app::backend::AppState;
use app::i18n::Locale;
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::io::Write;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

/// Pages kept; the least recently used goes first. 500 pages of ~60 KB (three encodings) stay
/// well under 100 MB.
const CAPACITY: usize = 500;
/// Pages larger than this are rendered every time (none of the storefront's are).
const MAX_PAGE_BYTES: usize = 2 * 1024 * 1024;
/// What shared caches may do with a page: keep it a minute, and browsers revalidate every time.
const CACHE_CONTROL: &str = "public, max-age=0, s-maxage=60";

/// The cache, shared by the requests of one instance.
#[derive(Clone, Default)]
pub struct PageCache {
    inner: Arc<Mutex<HashMap<String, Slot>>>,
    clock: Arc<AtomicU64>,
}

struct Slot {
    page: Arc<CachedPage>,
    used: u64,
}

/// One rendered page in every encoding a browser may ask for.
struct CachedPage {
    version: i64,
    etag: HeaderValue,
    content_type: HeaderValue,
    identity: Bytes,
    gzip: Bytes,
    brotli: Bytes,
}

impl PageCache {
    fn get(&self, key: &str, version: i64) -> Option<Arc<CachedPage>> {
        let mut map = self.inner.lock().ok()?;
        let slot = map.get_mut(key)?;
        if slot.page.version != version {
            map.remove(key);
            return None;
        }
        slot.used = self.clock.fetch_add(1, Ordering::Relaxed);
        Some(slot.page.clone())
    }

    fn put(&self, key: String, page: Arc<CachedPage>) {
        let Ok(mut map) = self.inner.lock() else { return };
        if map.len() >= CAPACITY && !map.contains_key(&key) {
            // Pages of an older version go first, then the least recently used.
            let stale: Vec<String> = map
                .iter()
                .filter(|(_, s)| s.page.version < page.version)
                .map(|(k, _)| k.clone())
                .collect();
            for k in stale {
                map.remove(&k);
            }
            if map.len() >= CAPACITY {
                if let Some(oldest) = map.iter().min_by_key(|(_, s)| s.used).map(|(k, _)| k.clone()) {
                    map.remove(&oldest);
                }
            }
        }
        let used = self.clock.fetch_add(1, Ordering::Relaxed);
        map.insert(key, Slot { page, used });
    }
}

/// The shopper pages that are the same for every anonymous visitor, by their path after the locale.
fn is_public_page(path: &str) -> bool {
    let mut parts = path.trim_start_matches('/').splitn(2, '/');
    let (Some(locale), rest) = (parts.next(), parts.next().unwrap_or("")) else {
        return false;
    };
    if Locale::from_code(locale).is_none() {
        return false;
    }
    let segments: Vec<&str> = rest.split('/').filter(|s| !s.is_empty()).collect();
    matches!(
        segments.as_slice(),
        [] | ["search"] | ["coops"] | ["c", _] | ["products", _] | ["coops", _] | ["trace", _]
    )
}

fn has_session(headers: &HeaderMap) -> bool {
    app::backend::request::cookie(headers, SESSION_COOKIE).is_some_and(|v| !v.is_empty())
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Encoding {
    Brotli,
    Gzip,
    Identity,
}

/// The best encoding the browser accepts (a q of 0 refuses one).
fn preferred_encoding(headers: &HeaderMap) -> Encoding {
    let accept = headers
        .get(header::ACCEPT_ENCODING)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let accepts = |name: &str| {
        accept.split(',').any(|part| {
            let mut it = part.trim().split(';');
            it.next().is_some_and(|n| n.trim().eq_ignore_ascii_case(name))
                && !it.any(|p| matches!(p.trim(), "q=0" | "q=0.0" | "q=0.00" | "q=0.000"))
        })
    };
    if accepts("br") {
        Encoding::Brotli
    } else if accepts("gzip") {
        Encoding::Gzip
    } else {
        Encoding::Identity
    }
}

/// Whether the browser's copy (If-None-Match) is this page.
fn is_fresh(headers: &HeaderMap, etag: &HeaderValue) -> bool {
    let Some(inm) = headers.get(header::IF_NONE_MATCH).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    let ours = etag.to_str().unwrap_or("");
    inm.split(',').any(|t| {
        let t = t.trim();
        t == "*" || t.trim_start_matches("W/") == ours
    })
}

impl CachedPage {
    fn new(version: i64, content_type: HeaderValue, body: Bytes) -> std::io::Result<CachedPage> {
        let digest = Sha256::digest(&body);
        let etag = HeaderValue::from_str(&format!("\"{}\"", hex::encode(&digest[..12])))
            .map_err(std::io::Error::other)?;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(6));
        gz.write_all(&body)?;
        let gzip = Bytes::from(gz.finish()?);
        let mut br = Vec::new();
        {
            // Quality 9 is a fifth of the CPU of 11 for nearly its size; it runs once per version.
            let mut w = brotli::CompressorWriter::new(&mut br, 16 * 1024, 9, 22);
            w.write_all(&body)?;
        }
        Ok(CachedPage {
            version,
            etag,
            content_type,
            identity: body,
            gzip,
            brotli: Bytes::from(br),
        })
    }

    fn respond(&self, request: &HeaderMap) -> Response {
        let fresh = is_fresh(request, &self.etag);
        let encoding = preferred_encoding(request);
        let (status, body, encoding_name) = match (fresh, encoding) {
            (true, _) => (StatusCode::NOT_MODIFIED, Bytes::new(), None),
            (false, Encoding::Brotli) => (StatusCode::OK, self.brotli.clone(), Some("br")),
            (false, Encoding::Gzip) => (StatusCode::OK, self.gzip.clone(), Some("gzip")),
            (false, Encoding::Identity) => (StatusCode::OK, self.identity.clone(), None),
        };
        let mut response = (status, Body::from(body)).into_response();
        let h = response.headers_mut();
        h.insert(header::ETAG, self.etag.clone());
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static(CACHE_CONTROL));
        h.insert(header::VARY, HeaderValue::from_static("Accept-Encoding"));
        if !fresh {
            h.insert(header::CONTENT_TYPE, self.content_type.clone());
        }
        if let Some(name) = encoding_name {
            h.insert(header::CONTENT_ENCODING, HeaderValue::from_static(name));
        }
        response
    }
}

/// The middleware: answers public pages of anonymous visitors from the cache, rendering (and
/// keeping) them when the catalog has changed since.
pub async fn serve(
    State((state, cache)): State<(AppState, PageCache)>,
    req: Request,
    next: Next,
) -> Response {
    if req.method() != Method::GET || has_session(req.headers()) || !is_public_page(req.uri().path()) {
        return next.run(req).await;
    }
    let key = req
        .uri()
        .path_and_query()
        .map(|p| p.as_str().to_owned())
        .unwrap_or_default();
    let version = match version::current(&state.db).await {
        Ok(v) => v,
        Err(e) => {
            tracing::warn!(error = %e, "page cache: catalog version unreadable; rendering");
            return next.run(req).await;
        }
    };
    if let Some(page) = cache.get(&key, version) {
        count_page_cache(true);
        return page.respond(req.headers());
    }
    count_page_cache(false);
    let request_headers = req.headers().clone();
    let response = next.run(req).await;
    let shareable = response.status() == StatusCode::OK
        && !response.headers().contains_key(header::SET_COOKIE)
        && !response.headers().contains_key(header::LOCATION)
        && !response.headers().contains_key(header::CONTENT_ENCODING)
        && response
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|t| t.starts_with("text/html"));
    if !shareable {
        return response;
    }
    let (parts, body) = response.into_parts();
    let content_type = parts
        .headers
        .get(header::CONTENT_TYPE)
        .cloned()
        .unwrap_or(HeaderValue::from_static("text/html; charset=utf-8"));
    let bytes = match axum::body::to_bytes(body, MAX_PAGE_BYTES).await {
        Ok(b) => b,
        Err(e) => {
            tracing::warn!(error = %e, "page cache: page body unreadable");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    match CachedPage::new(version, content_type, bytes.clone()) {
        Ok(page) => {
            let page = Arc::new(page);
            cache.put(key, page.clone());
            page.respond(&request_headers)
        }
        Err(e) => {
            tracing::warn!(error = %e, "page cache: compression failed");
            Response::from_parts(parts, Body::from(bytes))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_shopper_pages_are_shared() {
        for path in [
            "/vi",
            "/en/",
            "/en/c/food",
            "/ja/products/mat-ong",
            "/ko/coops",
            "/en/coops/x",
            "/vi/trace/L1",
            "/en/search",
        ] {
            assert!(is_public_page(path), "{path}");
        }
        for path in [
            "/",
            "/xx/c/food",
            "/en/cart",
            "/en/checkout",
            "/en/account",
            "/en/sell",
            "/en/products/a/b",
            "/api/v1/products",
        ] {
            assert!(!is_public_page(path), "{path}");
        }
    }

    #[test]
    fn encodings_follow_accept_encoding() {
        let with = |v: &str| {
            let mut h = HeaderMap::new();
            h.insert(header::ACCEPT_ENCODING, HeaderValue::from_str(v).unwrap());
            preferred_encoding(&h)
        };
        assert!(with("gzip, deflate, br, zstd") == Encoding::Brotli);
        assert!(with("gzip, br;q=0") == Encoding::Gzip);
        assert!(with("identity") == Encoding::Identity);
    }

    #[test]
    fn etags_match_strong_weak_and_lists() {
        let etag = HeaderValue::from_static("\"abc\"");
        let with = |v: &str| {
            let mut h = HeaderMap::new();
            h.insert(header::IF_NONE_MATCH, HeaderValue::from_str(v).unwrap());
            is_fresh(&h, &etag)
        };
        assert!(with("\"abc\""));
        assert!(with("W/\"abc\""));
        assert!(with("\"x\", \"abc\""));
        assert!(!with("\"abd\""));
        assert!(!is_fresh(&HeaderMap::new(), &etag));
    }

    #[test]
    fn the_least_recently_used_page_goes_first() {
        let cache = PageCache::default();
        let page = |v| {
            Arc::new(
                CachedPage::new(
                    v,
                    HeaderValue::from_static("text/html"),
                    Bytes::from_static(b"<p>x</p>"),
                )
                .unwrap(),
            )
        };
        for i in 0..CAPACITY {
            cache.put(format!("/en/products/{i}"), page(1));
        }
        assert!(cache.get("/en/products/0", 1).is_some());
        cache.put("/en/new".into(), page(1));
        assert!(cache.get("/en/products/0", 1).is_some(), "recently used stays");
        assert!(
            cache.get("/en/products/1", 1).is_none(),
            "least recently used went"
        );
        assert!(cache.get("/en/new", 2).is_none(), "another version is a miss");
    }
}
