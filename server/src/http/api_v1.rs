//! The public read API: approved cooperatives only, as JSON, for partners and feeds.

use app::backend::cooperatives::directory;
use app::backend::AppState;
use app::error::AppError;
use app::i18n::Locale;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct ListQuery {
    region: Option<String>,
    locale: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct LocaleQuery {
    locale: Option<String>,
}

fn locale(code: Option<&str>) -> Locale {
    code.and_then(Locale::from_code).unwrap_or_default()
}

fn error(e: AppError) -> Response {
    let code = match e {
        AppError::NotFound => "not_found",
        _ => "internal",
    };
    (e.status(), Json(serde_json::json!({ "error": code }))).into_response()
}

pub async fn cooperatives(State(state): State<AppState>, Query(q): Query<ListQuery>) -> Response {
    let region = q.region.filter(|r| !r.is_empty());
    match directory::public_list(&state.db, region.as_deref(), locale(q.locale.as_deref())).await {
        Ok(list) => (StatusCode::OK, Json(serde_json::json!({ "cooperatives": list }))).into_response(),
        Err(e) => error(e),
    }
}

pub async fn cooperative(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Query(q): Query<LocaleQuery>,
) -> Response {
    match directory::public_page(&state.db, &slug, locale(q.locale.as_deref())).await {
        Ok(page) => Json(page).into_response(),
        Err(e) => error(e),
    }
}

/// The largest page the product list serves.
const MAX_PER_PAGE: u64 = 100;

#[derive(Debug, Deserialize)]
pub struct ProductsQuery {
    locale: Option<String>,
    page: Option<u64>,
    per_page: Option<u64>,
    category: Option<String>,
    cooperative: Option<String>,
}

fn absolute(state: &AppState, path: &str) -> String {
    state.settings.absolute_url(path)
}

/// Photos as the API gives them: each one's renditions, by width, with absolute URLs.
fn photos_json(state: &AppState, photos: &[app::model::catalog::PhotoView]) -> serde_json::Value {
    photos
        .iter()
        .map(|ph| {
            ph.renditions
                .iter()
                .map(|(w, u)| serde_json::json!({ "width": w, "url": absolute(state, u) }))
                .collect::<Vec<_>>()
        })
        .collect()
}

/// The product list: stable v1 field names, independent of the pages' internal types.
pub async fn products(State(state): State<AppState>, Query(q): Query<ProductsQuery>) -> Response {
    let locale = locale(q.locale.as_deref());
    let page = q.page.unwrap_or(1).max(1);
    let per_page = q.per_page.unwrap_or(24).clamp(1, MAX_PER_PAGE);
    let listed = app::backend::catalog::public::list_page(
        &state.db,
        locale,
        page,
        per_page,
        q.category.as_deref().filter(|c| !c.is_empty()),
        q.cooperative.as_deref().filter(|c| !c.is_empty()),
    )
    .await;
    match listed {
        Ok((cards, total)) => Json(serde_json::json!({
            "locale": locale.code(),
            "page": page,
            "per_page": per_page,
            "total": total,
            "products": cards.iter().map(|c| serde_json::json!({
                "id": c.id,
                "slug": c.slug,
                "name": c.name,
                "cooperative_name": c.cooperative_name,
                "origin_region": c.region_name,
                "price_from": c.price_from_vnd,
                "currency": "VND",
                "url": absolute(&state, &format!("/{}/products/{}", locale.code(), c.slug)),
                "cover": c.cover.as_ref().and_then(|p| p.smallest()).map(|u| absolute(&state, u)),
            })).collect::<Vec<_>>(),
        }))
        .into_response(),
        Err(e) => error(e),
    }
}

pub async fn product(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Query(q): Query<LocaleQuery>,
) -> Response {
    let locale = locale(q.locale.as_deref());
    match app::backend::catalog::public::product_page_by_id(&state.db, id, locale).await {
        Ok(p) => Json(serde_json::json!({
            "id": p.id,
            "locale": locale.code(),
            "slug": p.slug,
            "name": p.name,
            "short_description": p.short_description,
            "description_html": p.description_html,
            "description_is_fallback": p.is_fallback,
            "category": p.category.as_ref().map(|c| serde_json::json!({ "code": c.code, "name": c.name })),
            "unit": p.unit,
            "origin_region": p.origin_region_name,
            "cooperative": { "slug": p.cooperative_slug, "name": p.cooperative_name,
                "url": absolute(&state, &format!("/{}/coops/{}", locale.code(), p.cooperative_slug)) },
            "variants": p.variants.iter().map(|v| serde_json::json!({
                "id": v.id, "label": v.label, "price": v.price_vnd, "currency": "VND", "in_stock": v.in_stock,
            })).collect::<Vec<_>>(),
            "certifications": p.certifications.iter().map(|c| serde_json::json!({
                "scheme": c.kind, "number": c.number, "ocop_stars": c.stars, "level": c.level, "expires_on": c.expires_on,
            })).collect::<Vec<_>>(),
            "photos": photos_json(&state, &p.photos),
            "latest_lot_code": p.latest_lot,
            "url": absolute(&state, &format!("/{}/products/{}", locale.code(), p.slug)),
        }))
        .into_response(),
        Err(e) => error(e),
    }
}

pub async fn trace(
    State(state): State<AppState>,
    Path(lot): Path<String>,
    Query(q): Query<LocaleQuery>,
) -> Response {
    let locale = locale(q.locale.as_deref());
    match app::backend::catalog::batches::trace(&state.db, &lot, locale).await {
        Ok(t) => Json(serde_json::json!({
            "lot_code": t.lot_code,
            "locale": locale.code(),
            "product": { "name": t.product_name, "slug": t.product_slug, "gtin": t.gtin },
            "cooperative": { "name": t.cooperative_name, "slug": t.cooperative_slug },
            "produced_on": t.produced_on,
            "place": { "commune": t.commune, "region": t.region_name },
            "quantity": t.quantity,
            "quantity_unit": t.quantity_unit,
            "steps": t.steps.iter().map(|s| serde_json::json!({
                "kind": s.kind, "date": s.happened_on, "note": s.note,
            })).collect::<Vec<_>>(),
            "certifications": t.certifications.iter().map(|c| serde_json::json!({
                "scheme": c.kind, "number": c.number, "ocop_stars": c.stars, "level": c.level, "expires_on": c.expires_on,
            })).collect::<Vec<_>>(),
            "photos": photos_json(&state, &t.photos),
            "url": absolute(&state, &format!("/{}/trace/{}", locale.code(), t.lot_code)),
        }))
        .into_response(),
        Err(e) => error(e),
    }
}

/// The OpenAPI 3.1 description of /api/v1.
pub async fn openapi() -> Json<serde_json::Value> {
    Json(openapi_document())
}

pub fn openapi_document() -> serde_json::Value {
    let locale = serde_json::json!({ "name": "locale", "in": "query", "required": false,
        "schema": { "type": "string", "enum": ["vi", "en", "zh-CN", "ja", "ko"], "default": "vi" },
        "description": "Language of names and descriptions; Vietnamese where a text is missing." });
    let not_found = serde_json::json!({ "description": "Not found (or not public)",
        "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } });
    let ok = |schema: &str| {
        serde_json::json!({ "description": "OK",
        "content": { "application/json": { "schema": { "$ref": format!("#/components/schemas/{schema}") } } } })
    };
    let mut doc = serde_json::json!({
        "openapi": "3.1.0",
        "info": { "title": "HTX Market public API", "version": "1.0.0",
            "description": "Read-only data of approved cooperatives and their published products. Prices are integer VND." },
        "paths": {
            "/api/v1/cooperatives": { "get": { "summary": "Approved cooperatives", "parameters": [locale,
                { "name": "region", "in": "query", "schema": { "type": "string" }, "description": "Province code, e.g. ca-mau" }],
                "responses": { "200": ok("CooperativeList") } } },
            "/api/v1/cooperatives/{slug}": { "get": { "summary": "One approved cooperative", "parameters": [locale,
                { "name": "slug", "in": "path", "required": true, "schema": { "type": "string" } }],
                "responses": { "200": ok("Cooperative"), "404": not_found } } },
            "/api/v1/products": { "get": { "summary": "Published products, newest first", "parameters": [locale,
                { "name": "page", "in": "query", "schema": { "type": "integer", "minimum": 1, "default": 1 } },
                { "name": "per_page", "in": "query", "schema": { "type": "integer", "minimum": 1, "maximum": 100, "default": 24 } },
                { "name": "category", "in": "query", "schema": { "type": "string" } },
                { "name": "cooperative", "in": "query", "schema": { "type": "string" }, "description": "Cooperative slug" }],
                "responses": { "200": ok("ProductList") } } },
            "/api/v1/products/{id}": { "get": { "summary": "One published product", "parameters": [locale,
                { "name": "id", "in": "path", "required": true, "schema": { "type": "integer" } }],
                "responses": { "200": ok("Product"), "404": not_found } } },
            "/api/v1/trace/{lot_code}": { "get": { "summary": "A batch's traceability record", "parameters": [locale,
                { "name": "lot_code", "in": "path", "required": true, "schema": { "type": "string" } }],
                "responses": { "200": ok("Trace"), "404": not_found } } }
        },
        "components": { "schemas": {
            "Error": { "type": "object", "required": ["error"], "properties": {
                "error": { "type": "string" }, "message": { "type": "string" } } },
            "CooperativeList": { "type": "object", "properties": { "cooperatives": { "type": "array", "items": { "$ref": "#/components/schemas/CooperativeCard" } } } },
            "CooperativeCard": { "type": "object", "properties": {
                "slug": { "type": "string" }, "name": { "type": "string" }, "legal_name_vi": { "type": "string" },
                "region_code": { "type": ["string", "null"] }, "region_name": { "type": ["string", "null"] },
                "year_founded": { "type": ["integer", "null"] }, "logo_url": { "type": ["string", "null"] } } },
            "Cooperative": { "type": "object", "properties": {
                "card": { "$ref": "#/components/schemas/CooperativeCard" }, "member_count": { "type": ["integer", "null"] },
                "description_html": { "type": ["string", "null"] }, "description_is_fallback": { "type": "boolean" } } },
            "ProductList": { "type": "object", "required": ["page", "per_page", "total", "products"], "properties": {
                "locale": { "type": "string" }, "page": { "type": "integer" }, "per_page": { "type": "integer" }, "total": { "type": "integer" },
                "products": { "type": "array", "items": { "$ref": "#/components/schemas/ProductSummary" } } } },
            "ProductSummary": { "type": "object", "required": ["id", "slug", "name", "currency", "url"], "properties": {
                "id": { "type": "integer" }, "slug": { "type": "string" }, "name": { "type": "string" },
                "cooperative_name": { "type": "string" }, "origin_region": { "type": ["string", "null"] },
                "price_from": { "type": ["integer", "null"], "description": "Lowest variant price, VND" },
                "currency": { "const": "VND" }, "url": { "type": "string" }, "cover": { "type": ["string", "null"] } } },
            "Product": { "type": "object", "required": ["id", "slug", "name", "variants"], "properties": {
                "id": { "type": "integer" }, "locale": { "type": "string" }, "slug": { "type": "string" }, "name": { "type": "string" },
                "short_description": { "type": ["string", "null"] }, "description_html": { "type": ["string", "null"] },
                "description_is_fallback": { "type": "boolean" },
                "category": { "type": ["object", "null"], "properties": { "code": { "type": "string" }, "name": { "type": "string" } } },
                "unit": { "type": "string" }, "origin_region": { "type": ["string", "null"] },
                "cooperative": { "type": "object", "properties": { "slug": { "type": "string" }, "name": { "type": "string" }, "url": { "type": "string" } } },
                "variants": { "type": "array", "items": { "type": "object", "properties": {
                    "id": { "type": "integer" }, "label": { "type": "string" }, "price": { "type": "integer" },
                    "currency": { "const": "VND" }, "in_stock": { "type": "boolean" } } } },
                "certifications": { "type": "array", "items": { "$ref": "#/components/schemas/Certification" } },
                "photos": { "$ref": "#/components/schemas/Photos" },
                "latest_lot_code": { "type": ["string", "null"] }, "url": { "type": "string" } } },
            "Certification": { "type": "object", "properties": {
                "scheme": { "type": "string" }, "number": { "type": "string" }, "ocop_stars": { "type": ["integer", "null"] },
                "level": { "type": ["string", "null"] }, "expires_on": { "type": ["string", "null"], "format": "date" } } },
            "Trace": { "type": "object", "required": ["lot_code", "product", "produced_on", "steps"], "properties": {
                "lot_code": { "type": "string" }, "locale": { "type": "string" },
                "product": { "type": "object", "properties": { "name": { "type": "string" }, "slug": { "type": "string" }, "gtin": { "type": ["string", "null"] } } },
                "cooperative": { "type": "object", "properties": { "name": { "type": "string" }, "slug": { "type": "string" } } },
                "produced_on": { "type": "string", "format": "date" },
                "place": { "type": "object", "properties": { "commune": { "type": ["string", "null"] }, "region": { "type": ["string", "null"] } } },
                "quantity": { "type": ["integer", "null"] }, "quantity_unit": { "type": ["string", "null"] },
                "steps": { "type": "array", "items": { "type": "object", "properties": {
                    "kind": { "type": "string" }, "date": { "type": "string", "format": "date" }, "note": { "type": ["string", "null"] } } } },
                "certifications": { "type": "array", "items": { "$ref": "#/components/schemas/Certification" } },
                "photos": { "$ref": "#/components/schemas/Photos" },
                "url": { "type": "string" } } },
            "Photos": { "type": "array", "description": "Each photo's renditions, by width",
                "items": { "type": "array", "items": { "type": "object", "properties": {
                    "width": { "type": "integer" }, "url": { "type": "string" } } } } }
        } }
    });
    // Added apart: one json! this size exceeds the macro recursion limit.
    doc["paths"]["/api/v1/search"] = search_path(locale);
    if let Some(all) = doc["components"]["schemas"].as_object_mut() {
        if let Some(more) = search_schemas().as_object() {
            all.extend(more.clone());
        }
    }
    doc
}

/// /api/v1/search in the OpenAPI document.
fn search_path(locale: serde_json::Value) -> serde_json::Value {
    let error = |description: &str| {
        serde_json::json!({ "description": description,
            "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } })
    };
    serde_json::json!({ "get": {
        "summary": "Products matching words and filters, with facet counts",
        "parameters": search_parameters(locale),
        "responses": {
            "200": { "description": "OK",
                "content": { "application/json": { "schema": { "$ref": "#/components/schemas/SearchResults" } } } },
            "400": error("A malformed parameter; `message` is its message id"),
            "503": error("The search engine cannot be reached"),
        } } })
}

/// The schemas of /api/v1/search's answer.
fn search_schemas() -> serde_json::Value {
    serde_json::json!({
            "SearchResults": { "type": "object", "properties": {
                "query": { "type": "string" }, "locale": { "type": "string" },
                "page": { "type": "integer" }, "pages": { "type": "integer" }, "per_page": { "type": "integer" },
                "total": { "type": "integer" }, "took_ms": { "type": "integer" },
                "hits": { "type": "array", "items": { "$ref": "#/components/schemas/SearchHit" } },
                "facets": { "type": "object", "description": "Counts over the current query and filters, by parameter name",
                    "properties": {
                        "category": { "$ref": "#/components/schemas/FacetCounts" },
                        "province": { "$ref": "#/components/schemas/FacetCounts" },
                        "ocop": { "$ref": "#/components/schemas/FacetCounts" },
                        "cert": { "$ref": "#/components/schemas/FacetCounts" },
                        "cooperative": { "$ref": "#/components/schemas/FacetCounts" },
                        "price": { "$ref": "#/components/schemas/FacetCounts" },
                        "in_stock": { "type": "integer" } } } } },
            "SearchHit": { "type": "object", "properties": {
                "id": { "type": "integer" }, "slug": { "type": "string" }, "name": { "type": "string" },
                "cooperative_name": { "type": "string" }, "origin_region": { "type": ["string", "null"] },
                "price_from": { "type": ["integer", "null"] }, "currency": { "const": "VND" },
                "ocop_stars": { "type": ["integer", "null"] }, "url": { "type": "string" } } },
            "FacetCounts": { "type": "array", "items": { "type": "object", "properties": {
                "value": { "type": "string" }, "label": { "type": "string" }, "count": { "type": "integer" } } } }
    })
}

/// The query parameters of /api/v1/search (those of the search page, plus `locale`).
fn search_parameters(locale: serde_json::Value) -> serde_json::Value {
    let text = |name: &str, description: &str| {
        serde_json::json!({ "name": name, "in": "query", "required": false,
            "schema": { "type": "string" }, "description": description })
    };
    serde_json::json!([
        locale,
        text("q", "Words, in any of the five languages; tone marks and case are optional (at most 200 characters are used)"),
        text("category", "A category code; its sub-categories match too"),
        text("province", "A province code"),
        text("ocop", "At least this many OCOP stars (1-5)"),
        text("cert", "A certification: ocop, vietgap, globalgap, organic, haccp, halal, other"),
        text("min_price", "Lowest price in VND"),
        text("max_price", "Highest price in VND"),
        text("in_stock", "1 for products in stock only"),
        text("cooperative", "A cooperative's slug"),
        text("sort", "relevance (default), price_asc, price_desc, newest, ocop"),
        text("page", "1-400; 24 hits a page"),
    ])
}

/// GET /api/v1/search: the search page's parameters (plus `locale`); hits, facet counts, the total
/// and the time the engine took. Malformed parameters are a 400 naming the problem; an unreachable
/// engine is a 503.
pub async fn search(
    State(state): State<AppState>,
    Query(params): Query<app::domain::search::SearchParams>,
    Query(q): Query<LocaleQuery>,
) -> Response {
    let locale = locale(q.locale.as_deref());
    let request = match params.check(locale) {
        Ok(r) => r,
        Err(e) => {
            let body = serde_json::json!({ "error": "bad_request", "message": e.message_key() });
            return (StatusCode::BAD_REQUEST, Json(body)).into_response();
        }
    };
    let page = match app::backend::search::service::page(&state.db, &state.search, &request).await {
        Ok(page) if page.unavailable => {
            let body = serde_json::json!({ "error": "search_unavailable" });
            return (StatusCode::SERVICE_UNAVAILABLE, Json(body)).into_response();
        }
        Ok(page) => page,
        Err(e) => return error(e),
    };
    let facet = |list: &[app::model::search::FacetOption]| {
        list.iter()
            .map(|f| serde_json::json!({ "value": f.value, "label": f.label, "count": f.count }))
            .collect::<Vec<_>>()
    };
    Json(serde_json::json!({
        "query": request.q,
        "locale": locale.code(),
        "page": page.page,
        "pages": page.pages,
        "per_page": request.per_page,
        "total": page.total,
        "took_ms": page.took_ms,
        "hits": page.hits.iter().map(|h| serde_json::json!({
            "id": h.card.id,
            "slug": h.card.slug,
            "name": h.card.name,
            "cooperative_name": h.card.cooperative_name,
            "origin_region": h.card.region_name,
            "price_from": h.card.price_from_vnd,
            "currency": "VND",
            "ocop_stars": h.card.ocop_stars,
            "url": absolute(&state, &format!("/{}/products/{}", locale.code(), h.card.slug)),
        })).collect::<Vec<_>>(),
        "facets": {
            "category": facet(&page.facets.categories),
            "province": facet(&page.facets.provinces),
            "ocop": facet(&page.facets.ocop_stars),
            "cert": facet(&page.facets.certifications),
            "cooperative": facet(&page.facets.cooperatives),
            "price": facet(&page.facets.prices),
            "in_stock": page.facets.in_stock,
        },
    }))
    .into_response()
}
