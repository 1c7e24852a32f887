//! The HTTP surface: Leptos pages and server functions plus the routes outside Leptos, wrapped in
//! the layers every request passes through (request id and tracing, compression, body limit,
//! cross-origin refusal, error statuses).

mod api_v1;
mod errors;
mod feeds;
mod files;
mod guards;
mod health;
mod language;
mod locale_redirect;
mod messages;
mod page_cache;
mod reports;
mod shop;
mod sitemap;
mod trace;
mod visitor_hint;

use crate::config::Config;
use app::backend::AppState;
use app::{shell, App};
use axum::extract::{DefaultBodyLimit, Request};
use axum::middleware::{from_fn, from_fn_with_state};
use axum::routing::{get, post};
use axum::Router;
use http::{HeaderName, HeaderValue};
use leptos_axum::{generate_route_list, LeptosRoutes};
use std::sync::Arc;
use tower::Layer;
use tower::ServiceBuilder;
use tower_http::compression::CompressionLayer;
use tower_http::normalize_path::NormalizePathLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::services::{ServeDir, ServeFile};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::{DefaultOnResponse, TraceLayer};

const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// Limits the guards need, shared by reference.
#[derive(Clone)]
pub struct GuardConfig {
    pub public_origin: String,
    pub max_body_bytes: usize,
    /// The limit for `/uploads/...`, which carry files up to 10 MB.
    pub max_upload_bytes: usize,
}

/// Builds the complete service: routes, state and layers.
pub fn app(
    state: AppState,
    config: &Config,
) -> axum::extract::connect_info::IntoMakeServiceWithConnectInfo<NormalizedRouter, std::net::SocketAddr> {
    let router = routes(state, config);
    // Trailing slashes are trimmed before routing so /en/ and /en/login/ reach the same pages.
    let normalized = NormalizePathLayer::trim_trailing_slash().layer(router);
    axum::ServiceExt::<Request>::into_make_service_with_connect_info::<std::net::SocketAddr>(normalized)
}

/// One browser bundle's files, with the brotli and gzip copies a release build wrote beside them.
fn bundle_files(
    cache: &SetResponseHeaderLayer<HeaderValue>,
    dir: std::path::PathBuf,
) -> tower_http::set_header::SetResponseHeader<ServeDir, HeaderValue> {
    ServiceBuilder::new()
        .layer(cache.clone())
        .service(ServeDir::new(dir).precompressed_br().precompressed_gzip())
}

/// The router with its trailing-slash normalisation.
pub type NormalizedRouter = tower_http::normalize_path::NormalizePath<Router>;

/// All routes and layers, without the outer path normalisation.
pub fn routes(state: AppState, config: &Config) -> Router {
    let site_root = config.site_root.clone();
    let guard = Arc::new(GuardConfig {
        public_origin: state.settings.public_origin(),
        max_body_bytes: config.max_body_bytes,
        max_upload_bytes: config.max_body_bytes.max(files::MAX_UPLOAD_BODY_BYTES),
    });
    let leptos_routes = generate_route_list(App);
    let static_cache = SetResponseHeaderLayer::if_not_present(
        http::header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=3600"),
    );
    // The bundle's file names carry a content hash when cargo-leptos wrote one: such a file never
    // changes, so browsers and CDNs keep it for a year without asking again.
    let pkg_cache = SetResponseHeaderLayer::if_not_present(
        http::header::CACHE_CONTROL,
        HeaderValue::from_static(if state.leptos_options.hash_files {
            "public, max-age=31536000, immutable"
        } else {
            "public, max-age=3600"
        }),
    );

    Router::new()
        .route("/", get(locale_redirect::redirect))
        .route("/healthz", get(health::healthz))
        .route("/metrics", get(health::metrics))
        .route("/i18n/{file}", get(messages::messages))
        .route("/lang/{code}", get(language::switch))
        .route("/api/v1/cooperatives", get(api_v1::cooperatives))
        .route("/api/v1/cooperatives/{slug}", get(api_v1::cooperative))
        .route("/api/v1/products", get(api_v1::products))
        .route("/api/v1/products/{id}", get(api_v1::product))
        .route("/api/v1/trace/{lot}", get(api_v1::trace))
        .route("/api/v1/search", get(api_v1::search))
        .route("/api/v1/openapi.json", get(api_v1::openapi))
        // The body-limit guard bounds uploads; axum's own 2 MB default would refuse certificates.
        .route(
            "/uploads/cooperatives/{id}/documents",
            post(files::upload_document).layer(DefaultBodyLimit::disable()),
        )
        .route(
            "/uploads/cooperatives/{id}/logo",
            post(files::upload_logo).layer(DefaultBodyLimit::disable()),
        )
        .route(
            "/uploads/products/{id}/photos",
            post(files::upload_photo).layer(DefaultBodyLimit::disable()),
        )
        .route("/media/photos/{id}/{file}", get(files::photo))
        .route(
            "/uploads/batches/{id}/photos",
            post(files::upload_batch_photo).layer(DefaultBodyLimit::disable()),
        )
        .route(
            "/uploads/certifications/{id}/scan",
            post(files::upload_certificate_scan).layer(DefaultBodyLimit::disable()),
        )
        .route("/media/certifications/{id}/scan", get(files::certificate_scan))
        .route(
            "/uploads/cooperatives/{id}/import",
            post(files::import_products).layer(DefaultBodyLimit::disable()),
        )
        .route("/exports/cooperatives/{id}/products.csv", get(files::export_products))
        .route("/media/documents/{id}", get(files::document))
        .route("/media/cooperatives/{id}/logo", get(files::logo))
        .route("/feeds/{locale}/{file}", get(feeds::products_feed))
        .route("/webhooks/stripe", post(shop::stripe_webhook))
        .route("/sell/orders.csv", get(shop::orders_csv))
        .route("/admin/dashboard.csv", get(reports::dashboard_csv))
        .route("/admin/reports.csv", get(reports::report_csv))
        .route("/sitemap.xml", get(sitemap::sitemap_xml))
        .route("/trace/{lot}", get(trace::trace_redirect))
        .route("/01/{gtin}/10/{lot}", get(trace::digital_link))
        .route("/qr/{file}", get(trace::qr))
        .nest_service("/pkg", bundle_files(&pkg_cache, site_root.join("pkg")))
        .nest_service("/shop/pkg", bundle_files(&pkg_cache, site_root.join("shop/pkg")))
        .nest_service("/account/pkg", bundle_files(&pkg_cache, site_root.join("account/pkg")))
        .nest_service("/backoffice/pkg", bundle_files(&pkg_cache, site_root.join("backoffice/pkg")))
        .nest_service(
            "/static",
            ServiceBuilder::new()
                .layer(static_cache)
                .service(ServeDir::new(site_root.join("static"))),
        )
        .route(
            "/favicon.ico",
            get(|| async { axum::response::Redirect::permanent("/static/favicon.svg") }),
        )
        .route_service("/robots.txt", ServeFile::new(site_root.join("static/robots.txt")))
        .leptos_routes_with_context(&state, leptos_routes, || {}, {
            let options = state.leptos_options.clone();
            move || shell(options.clone())
        })
        .fallback(leptos_axum::file_and_error_handler::<AppState, _>(shell))
        .layer(from_fn(visitor_hint::add_hint_cookie))
        .layer(from_fn(errors::server_fn_status))
        .layer(from_fn(errors::page_redirect_status))
        .layer(from_fn(guards::require_utf8_forms))
        .layer(from_fn_with_state(guard.clone(), guards::refuse_cross_origin))
        .layer(from_fn_with_state(guard, guards::limit_body))
        // Outside the status fixes above, so it sees the final status of a rendered page.
        .layer(from_fn_with_state((state.clone(), page_cache::PageCache::default()), page_cache::serve))
        .layer(CompressionLayer::new())
        .layer(PropagateRequestIdLayer::new(REQUEST_ID))
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(|req: &Request| {
                    let id = req
                        .headers()
                        .get(REQUEST_ID)
                        .and_then(|v| v.to_str().ok())
                        .unwrap_or("-");
                    tracing::info_span!("request", request_id = %id, method = %req.method(), path = %req.uri().path())
                })
                .on_response(DefaultOnResponse::new().level(tracing::Level::INFO)),
        )
        .layer(SetRequestIdLayer::new(REQUEST_ID, MakeRequestUuid))
        .with_state(state)
}
