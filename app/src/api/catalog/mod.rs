//! Catalog server functions: the seller's products and the shoppers' product pages.

use crate::error::AppError;
use crate::model::catalog::*;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::backend::{self, catalog};

#[cfg(feature = "ssr")]
use crate::api::{locale as to_locale, session_user};

/// The taxonomy, named in `locale`.
#[server(endpoint = "catalog/categories")]
pub async fn fetch_categories(locale: String) -> Result<Vec<CategoryOption>, AppError> {
    let state = backend::state()?;
    catalog::public::categories(&state.db, to_locale(&locale)).await
}

/// The products of one of the user's cooperatives.
#[server(endpoint = "catalog/seller-products")]
pub async fn fetch_seller_products(
    cooperative_id: Option<i64>,
    locale: String,
) -> Result<SellerProducts, AppError> {
    let (state, user) = session_user().await?;
    let cooperative_id = crate::api::chosen_cooperative(&state, &user, cooperative_id).await?;
    catalog::products::seller_list(&state.db, &user, cooperative_id, to_locale(&locale)).await
}

/// A product for editing.
#[server(endpoint = "catalog/product-edit")]
pub async fn fetch_product_edit(id: i64) -> Result<ProductEdit, AppError> {
    let (state, user) = session_user().await?;
    catalog::products::for_edit(&state.db, &user, id).await
}

/// Creates (no `id`) or updates a product; returns its id.
#[server(endpoint = "catalog/save-product")]
pub async fn save_product(
    cooperative_id: i64,
    id: Option<i64>,
    version: Option<i32>,
    fields: ProductFields,
) -> Result<i64, AppError> {
    let (state, user) = session_user().await?;
    match id {
        None => catalog::products::create(&state.db, &user, cooperative_id, &fields).await,
        Some(id) => {
            let version = version.ok_or_else(|| AppError::BadRequest("version".into()))?;
            catalog::products::update(&state.db, &user, id, version, &fields).await?;
            Ok(id)
        }
    }
}

/// Publishes, archives or returns a product to draft.
#[server(endpoint = "catalog/set-product-status")]
pub async fn set_product_status(id: i64, status: String) -> Result<(), AppError> {
    let (state, user) = session_user().await?;
    catalog::products::set_status(&state.db, &user, id, &status).await
}

/// A published product's page (404 for drafts, archived products, suspended cooperatives).
#[server(endpoint = "catalog/product")]
pub async fn fetch_product_page(slug: String, locale: String) -> Result<ProductPage, AppError> {
    let state = backend::state()?;
    catalog::public::product_page(&state.db, &slug, to_locale(&locale)).await
}

/// Published products, newest first: of one cooperative (by slug), or of the whole marketplace;
/// at most `limit` (48 when absent).
#[server(endpoint = "catalog/products")]
pub async fn fetch_product_cards(
    cooperative_slug: Option<String>,
    limit: Option<u64>,
    locale: String,
) -> Result<Vec<ProductCard>, AppError> {
    let state = backend::state()?;
    let limit = limit.unwrap_or(48).clamp(1, 48);
    catalog::public::product_cards(&state.db, cooperative_slug.as_deref(), to_locale(&locale), limit).await
}

/// Adds a traceable batch to a product; returns its lot code.
#[server(endpoint = "catalog/create-batch")]
pub async fn create_batch(product_id: i64, fields: BatchFields) -> Result<String, AppError> {
    let (state, user) = session_user().await?;
    catalog::batches::create(&state.db, &user, product_id, &fields).await
}

/// A product's batches (members only).
#[server(endpoint = "catalog/batches")]
pub async fn fetch_batches(product_id: i64) -> Result<Vec<BatchRow>, AppError> {
    let (state, user) = session_user().await?;
    catalog::batches::list(&state.db, &user, product_id).await
}

/// A batch's public trace page.
#[server(endpoint = "catalog/trace")]
pub async fn fetch_trace(lot_code: String, locale: String) -> Result<TraceView, AppError> {
    let state = backend::state()?;
    catalog::batches::trace(&state.db, &lot_code, to_locale(&locale)).await
}

/// Declares a certification of a product (pending until verified).
#[server(endpoint = "catalog/add-certification")]
pub async fn add_certification(product_id: i64, fields: CertificationFields) -> Result<i64, AppError> {
    let (state, user) = session_user().await?;
    catalog::certifications::add(&state.db, &user, product_id, &fields).await
}

/// A product's certifications (members only).
#[server(endpoint = "catalog/certifications")]
pub async fn fetch_certifications(
    product_id: i64,
    locale: String,
) -> Result<Vec<CertificationRow>, AppError> {
    let (state, user) = session_user().await?;
    catalog::certifications::for_product(&state.db, &user, product_id, to_locale(&locale)).await
}

/// Certifications awaiting review (administrators only).
#[server(endpoint = "admin/certifications")]
pub async fn fetch_pending_certifications(locale: String) -> Result<Vec<CertificationRow>, AppError> {
    let (state, user) = session_user().await?;
    catalog::certifications::pending(&state.db, &user, to_locale(&locale)).await
}

/// Verifies or rejects (with a reason) a certification (administrators only).
#[server(endpoint = "admin/decide-certification")]
pub async fn decide_certification(id: i64, verdict: String, reason: Option<String>) -> Result<(), AppError> {
    let (state, user) = session_user().await?;
    let verify = match verdict.as_str() {
        "verify" => true,
        "reject" => false,
        _ => return Err(AppError::BadRequest("verdict".into())),
    };
    catalog::certifications::decide(&state.db, &user, id, verify, reason.as_deref()).await
}

/// A category's published products, one page at a time.
#[server(endpoint = "catalog/category")]
pub async fn fetch_category_page(
    code: String,
    page: Option<u64>,
    locale: String,
) -> Result<CategoryPage, AppError> {
    let state = backend::state()?;
    catalog::public::category_page(
        &state.db,
        &state.listing_counts,
        &code,
        to_locale(&locale),
        page.unwrap_or(1),
    )
    .await
}

/// Verified 5-star OCOP products, newest first.
#[server(endpoint = "catalog/five-star")]
pub async fn fetch_five_star(locale: String) -> Result<Vec<ProductCard>, AppError> {
    let state = backend::state()?;
    catalog::public::five_star_cards(&state.db, to_locale(&locale), 8).await
}

/// The products featured on the home page by administrators.
#[server(endpoint = "catalog/featured")]
pub async fn fetch_featured(locale: String) -> Result<Vec<ProductCard>, AppError> {
    let state = backend::state()?;
    catalog::public::featured_cards(&state.db, to_locale(&locale)).await
}

/// A product's photos, processed or not (its sellers).
#[server(endpoint = "catalog/photos")]
pub async fn fetch_seller_photos(product_id: i64) -> Result<Vec<PhotoView>, AppError> {
    let (state, user) = session_user().await?;
    catalog::photos::for_seller(&state.db, &user, product_id).await
}

/// Moves a photo one place earlier or later (the first is the cover).
#[server(endpoint = "catalog/move-photo")]
pub async fn move_photo(photo_id: i64, up: bool) -> Result<(), AppError> {
    let (state, user) = session_user().await?;
    catalog::photos::move_photo(&state.db, &user, photo_id, up).await
}

/// Deletes a photo.
#[server(endpoint = "catalog/remove-photo")]
pub async fn remove_photo(photo_id: i64) -> Result<(), AppError> {
    let (state, user) = session_user().await?;
    catalog::photos::remove(&state.db, &state.files, &user, photo_id).await
}

/// Copies a product as a new draft; returns the copy's id.
#[server(endpoint = "catalog/duplicate-product")]
pub async fn duplicate_product(id: i64) -> Result<i64, AppError> {
    let (state, user) = session_user().await?;
    catalog::products::duplicate(&state.db, &user, id).await
}

/// Adds to (or, negative, removes from) a variant's stock; returns the new stock.
#[server(endpoint = "catalog/adjust-stock")]
pub async fn adjust_stock(variant_id: i64, delta: i32) -> Result<i32, AppError> {
    let (state, user) = session_user().await?;
    catalog::products::adjust_stock(&state.db, &user, variant_id, delta).await
}

/// A product as shoppers will see it, whatever its status (its sellers only).
#[server(endpoint = "catalog/preview")]
pub async fn fetch_product_preview(id: i64, locale: String) -> Result<ProductPage, AppError> {
    let (state, user) = session_user().await?;
    catalog::public::preview(&state.db, &user, id, to_locale(&locale)).await
}

/// A stored import report (the cooperative's members).
#[server(endpoint = "catalog/import-report")]
pub async fn fetch_import_report(id: i64) -> Result<ImportReport, AppError> {
    let (state, user) = session_user().await?;
    catalog::import::report(&state.db, &user, id).await
}

/// The certification schemes sellers may declare now, named in `locale`.
#[server(endpoint = "catalog/cert-kinds")]
pub async fn fetch_cert_kinds(locale: String) -> Result<Vec<CertKindRow>, AppError> {
    let state = backend::state()?;
    catalog::cert_kinds::offered(&state.db, to_locale(&locale)).await
}

/// Every certification scheme, withdrawn ones too (administrators).
#[server(endpoint = "admin/cert-kinds")]
pub async fn fetch_cert_kinds_admin(locale: String) -> Result<Vec<CertKindRow>, AppError> {
    let (state, user) = session_user().await?;
    catalog::cert_kinds::list(&state.db, &user, to_locale(&locale)).await
}

/// Adds a certification scheme or renames one administrators added (administrators).
#[server(endpoint = "admin/save-cert-kind")]
pub async fn save_cert_kind(fields: CertKindFields) -> Result<(), AppError> {
    let (state, user) = session_user().await?;
    catalog::cert_kinds::save(&state.db, &user, &fields).await
}

/// Withdraws a scheme from sellers' choice, or offers it again (administrators).
#[server(endpoint = "admin/set-cert-kind-active")]
pub async fn set_cert_kind_active(code: String, active: bool) -> Result<(), AppError> {
    let (state, user) = session_user().await?;
    catalog::cert_kinds::set_active(&state.db, &user, &code, active).await
}
