//! GET /feeds/{locale}/products.xml (Google Merchant Center RSS 2.0) and
//! GET /feeds/{locale}/products.json (JSON Feed 1.1): streamed batch by batch, with ETag and
//! Last-Modified so platforms that poll get 304 until the catalog changes.

use app::backend::catalog::feeds::{self, FeedItem};
use app::backend::AppState;
use app::i18n::{translate, Locale};
use axum::body::{Body, Bytes};
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use futures_util::stream;
use http::{header, HeaderMap, HeaderValue, StatusCode};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Rss,
    Json,
}

impl Format {
    fn content_type(self) -> &'static str {
        match self {
            Format::Rss => "application/rss+xml; charset=utf-8",
            Format::Json => "application/feed+json; charset=utf-8",
        }
    }
}

/// Where the stream is.
enum Step {
    Head,
    Items { after: i64, first: bool },
    Done,
}

/// The feed of `locale` in the format its file name asks for; 404 for anything else.
pub async fn products_feed(
    State(state): State<AppState>,
    Path((locale, file)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    let (Some(locale), Some(format)) = (
        Locale::from_code(&locale),
        match file.as_str() {
            "products.xml" => Some(Format::Rss),
            "products.json" => Some(Format::Json),
            _ => None,
        },
    ) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let stamp = match feeds::stamp(&state.db, locale).await {
        Ok(s) => s,
        Err(e) => {
            tracing::error!(error = %e, "feed stamp failed");
            return StatusCode::SERVICE_UNAVAILABLE.into_response();
        }
    };
    let etag = match format {
        Format::Rss => stamp.etag.replacen('"', "\"rss-", 1),
        Format::Json => stamp.etag.replacen('"', "\"json-", 1),
    };
    let unchanged = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == etag || t.trim() == "*"));
    let mut res = if unchanged {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        let base = state
            .settings
            .public_base_url
            .as_str()
            .trim_end_matches('/')
            .to_owned();
        let title = translate(locale, "feed-title", None);
        let db = state.db.clone();
        let body = stream::unfold(Step::Head, move |step| {
            let (db, base, title) = (db.clone(), base.clone(), title.clone());
            async move {
                match step {
                    Step::Head => {
                        let head = match format {
                            Format::Rss => feeds::rss_head(&base, locale, &title),
                            Format::Json => feeds::json_head(&base, locale, &title),
                        };
                        Some((
                            Ok(Bytes::from(head)),
                            Step::Items {
                                after: 0,
                                first: true,
                            },
                        ))
                    }
                    Step::Items { after, first } => match feeds::batch(&db, &base, locale, after).await {
                        Ok((items, next)) => {
                            let chunk = render(format, &items, first);
                            let first = first && items.is_empty();
                            let step = match next {
                                Some(after) => Step::Items { after, first },
                                None => Step::Done,
                            };
                            let tail = if matches!(step, Step::Done) {
                                match format {
                                    Format::Rss => feeds::RSS_TAIL,
                                    Format::Json => feeds::JSON_TAIL,
                                }
                            } else {
                                ""
                            };
                            Some((Ok(Bytes::from(chunk + tail)), step))
                        }
                        Err(e) => {
                            // The client sees a cut-off document rather than a complete-looking one.
                            tracing::error!(error = %e, "feed batch failed");
                            Some((Err(std::io::Error::other(e.to_string())), Step::Done))
                        }
                    },
                    Step::Done => None,
                }
            }
        });
        let mut res = Body::from_stream(body).into_response();
        if let Ok(v) = HeaderValue::from_str(format.content_type()) {
            res.headers_mut().insert(header::CONTENT_TYPE, v);
        }
        res
    };
    let h = res.headers_mut();
    if let Ok(v) = HeaderValue::from_str(&etag) {
        h.insert(header::ETAG, v);
    }
    if let Some(Ok(v)) = stamp
        .last_modified
        .map(|t| HeaderValue::from_str(&t.format("%a, %d %b %Y %H:%M:%S GMT").to_string()))
    {
        h.insert(header::LAST_MODIFIED, v);
    }
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=300"),
    );
    res
}

fn render(format: Format, items: &[FeedItem], first: bool) -> String {
    let mut out = String::new();
    for (n, item) in items.iter().enumerate() {
        match format {
            Format::Rss => out.push_str(&feeds::rss_item(item)),
            Format::Json => out.push_str(&feeds::json_item(item, first && n == 0)),
        }
    }
    out
}
