//! What shoppers see: only published products of approved cooperatives — drafts, archived products
//! and the products of suspended or unapproved cooperatives never appear.

use super::listings;
use crate::backend::entities::{
    batches, categories, cooperative_translations, cooperatives, product_certifications, product_listings,
    product_photos, product_slug_history, product_translations, product_variants, products, regions,
};
use crate::backend::markdown;
use crate::domain::catalog::ProductStatus;
use crate::domain::cooperative_status::CooperativeStatus;
use crate::error::AppError;
use crate::i18n::Locale;
use crate::model::catalog::{
    CategoryOption, CategoryPage, PhotoView, ProductCard, ProductPage, ShippingNote, VariantView,
};
use sea_orm::{
    ColumnTrait, DatabaseConnection, EntityTrait, JoinType, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, RelationTrait,
};
use std::collections::HashMap;

/// The taxonomy in its seeded order.
pub async fn categories(db: &DatabaseConnection, locale: Locale) -> Result<Vec<CategoryOption>, AppError> {
    Ok(categories::Entity::find()
        .order_by_asc(categories::Column::SortOrder)
        .all(db)
        .await?
        .into_iter()
        .map(|c| CategoryOption {
            name: c.name(locale).to_owned(),
            code: c.code,
            parent_code: c.parent_code,
        })
        .collect())
}

/// Published products whose cooperative is approved.
pub(crate) fn visible() -> sea_orm::Select<products::Entity> {
    products::Entity::find()
        .join(JoinType::InnerJoin, products::Relation::Cooperative.def())
        .filter(products::Column::Status.eq(ProductStatus::Published))
        .filter(products::Column::HiddenAt.is_null())
        .filter(cooperatives::Column::Status.eq(CooperativeStatus::Approved))
}

/// The text in `locale`, else Vietnamese: (translation, is_fallback).
pub(crate) fn pick(
    texts: &[product_translations::Model],
    locale: Locale,
) -> Option<(&product_translations::Model, bool)> {
    texts
        .iter()
        .find(|t| t.locale == locale.code())
        .map(|t| (t, false))
        .or_else(|| {
            texts
                .iter()
                .find(|t| t.locale == Locale::Vi.code())
                .map(|t| (t, locale != Locale::Vi))
        })
}

async fn region_name(
    db: &DatabaseConnection,
    code: Option<&str>,
    locale: Locale,
) -> Result<Option<String>, AppError> {
    Ok(match code {
        Some(code) => regions::Entity::find_by_id(code.to_owned())
            .one(db)
            .await?
            .map(|r| r.name(locale).to_owned()),
        None => None,
    })
}

/// A published product by its slug: this locale's first, then another locale's (links are shared
/// across languages), then a slug it had before its name changed. The page redirects to the
/// product's own slug in this locale when the one asked for is not it.
pub async fn product_page(
    db: &DatabaseConnection,
    slug: &str,
    locale: Locale,
) -> Result<ProductPage, AppError> {
    // Naming every locale lets the (locale, slug) index answer instead of a scan of all texts.
    let by_slug = product_translations::Entity::find()
        .filter(product_translations::Column::Locale.is_in(Locale::ALL.map(|l| l.code())))
        .filter(product_translations::Column::Slug.eq(slug))
        .all(db)
        .await?;
    let mut ids: Vec<(bool, i64)> = by_slug
        .iter()
        .map(|t| (t.locale != locale.code(), t.product_id))
        .collect();
    if ids.is_empty() {
        let retired = product_slug_history::Entity::find()
            .filter(product_slug_history::Column::Locale.is_in(Locale::ALL.map(|l| l.code())))
            .filter(product_slug_history::Column::Slug.eq(slug))
            .all(db)
            .await?;
        ids = retired
            .iter()
            .map(|t| (t.locale != locale.code(), t.product_id))
            .collect();
    }
    ids.sort();
    for (_, id) in ids {
        if let Some(product) = visible().filter(products::Column::Id.eq(id)).one(db).await? {
            return page_of(db, product, locale).await;
        }
    }
    Err(AppError::NotFound)
}

/// A published product by id (the JSON API).
pub async fn product_page_by_id(
    db: &DatabaseConnection,
    id: i64,
    locale: Locale,
) -> Result<ProductPage, AppError> {
    let product = visible()
        .filter(products::Column::Id.eq(id))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    page_of(db, product, locale).await
}

/// Published products, newest first, a page at a time, optionally in one category (with its
/// sub-categories) or of one cooperative: (cards, total).
pub async fn list_page(
    db: &DatabaseConnection,
    locale: Locale,
    page: u64,
    per_page: u64,
    category: Option<&str>,
    cooperative_slug: Option<&str>,
) -> Result<(Vec<ProductCard>, u64), AppError> {
    let offset = page.saturating_sub(1) * per_page;
    let Some(slug) = cooperative_slug else {
        let key = category.unwrap_or(listings::ALL);
        let total = listed_count(db, key).await?;
        let rows = listed(db, key, offset, per_page).await?;
        return Ok((cards(db, rows, locale).await?, total));
    };
    let mut query = visible().filter(cooperatives::Column::Slug.eq(slug));
    if let Some(c) = category {
        query = query.filter(products::Column::CategoryCode.eq(c));
    }
    let total = query
        .clone()
        .select_only()
        .column(products::Column::Id)
        .count(db)
        .await?;
    let rows = query
        .order_by_desc(products::Column::PublishedAt)
        .order_by_desc(products::Column::Id)
        .offset(offset)
        .limit(per_page)
        .all(db)
        .await?;
    Ok((cards(db, rows, locale).await?, total))
}

/// How many products are listed under `key` (a category code or `listings::ALL`).
pub(crate) async fn listed_count(db: &DatabaseConnection, key: &str) -> Result<u64, AppError> {
    Ok(product_listings::Entity::find()
        .filter(product_listings::Column::CategoryCode.eq(key))
        .count(db)
        .await?)
}

/// One page of the products listed under `key`, newest first: a walk along one index range.
async fn listed(
    db: &DatabaseConnection,
    key: &str,
    offset: u64,
    limit: u64,
) -> Result<Vec<products::Model>, AppError> {
    let ids: Vec<i64> = product_listings::Entity::find()
        .select_only()
        .column(product_listings::Column::ProductId)
        .filter(product_listings::Column::CategoryCode.eq(key))
        .order_by_desc(product_listings::Column::PublishedAt)
        .order_by_desc(product_listings::Column::ProductId)
        .offset(offset)
        .limit(limit)
        .into_tuple()
        .all(db)
        .await?;
    in_order(db, products::Entity::find(), &ids).await
}

/// The rows of `query` among `ids`, in the order of `ids` (ids `query` excludes are left out).
pub(crate) async fn in_order(
    db: &DatabaseConnection,
    query: sea_orm::Select<products::Entity>,
    ids: &[i64],
) -> Result<Vec<products::Model>, AppError> {
    let mut by_id: HashMap<i64, products::Model> = query
        .filter(products::Column::Id.is_in(ids.iter().copied()))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    Ok(ids.iter().filter_map(|id| by_id.remove(id)).collect())
}

/// Any product as shoppers would see it once published (its sellers' preview).
pub async fn preview(
    db: &DatabaseConnection,
    user: &crate::backend::accounts::SessionUser,
    product_id: i64,
    locale: Locale,
) -> Result<ProductPage, AppError> {
    let product = products::Entity::find_by_id(product_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    crate::backend::cooperatives::access::load(db, user, product.cooperative_id).await?;
    page_of(db, product, locale).await
}

/// A cooperative's trading name in `locale`, else in Vietnamese, else its legal name.
pub(crate) async fn cooperative_name(
    db: &DatabaseConnection,
    coop: &cooperatives::Model,
    locale: Locale,
) -> Result<String, AppError> {
    let mut names = cooperative_names(db, std::slice::from_ref(coop), locale).await?;
    Ok(names
        .remove(&coop.id)
        .unwrap_or_else(|| coop.legal_name_vi.clone()))
}

/// `cooperative_name` for several cooperatives in one query, by id.
pub(crate) async fn cooperative_names<C: sea_orm::ConnectionTrait>(
    db: &C,
    coops: &[cooperatives::Model],
    locale: Locale,
) -> Result<HashMap<i64, String>, AppError> {
    let mut names: HashMap<i64, (bool, String)> = HashMap::new();
    for t in cooperative_translations::Entity::find()
        .filter(cooperative_translations::Column::CooperativeId.is_in(coops.iter().map(|c| c.id)))
        .filter(cooperative_translations::Column::Locale.is_in([locale.code(), Locale::Vi.code()]))
        .all(db)
        .await?
    {
        let Some(name) = t.trading_name else { continue };
        let own = t.locale == locale.code();
        // The shopper's locale wins over Vietnamese.
        if names
            .get(&t.cooperative_id)
            .is_none_or(|(had_own, _)| own && !had_own)
        {
            names.insert(t.cooperative_id, (own, name));
        }
    }
    Ok(coops
        .iter()
        .map(|c| {
            let name = names
                .remove(&c.id)
                .map_or_else(|| c.legal_name_vi.clone(), |(_, n)| n);
            (c.id, name)
        })
        .collect())
}

async fn page_of(
    db: &DatabaseConnection,
    product: products::Model,
    locale: Locale,
) -> Result<ProductPage, AppError> {
    let coop = cooperatives::Entity::find_by_id(product.cooperative_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let texts = product_translations::Entity::find()
        .filter(product_translations::Column::ProductId.eq(product.id))
        .all(db)
        .await?;
    let (text, name_fallback) = pick(&texts, locale).ok_or(AppError::NotFound)?;
    // Each text falls back to Vietnamese on its own: an English name with no English description
    // shows the Vietnamese description, marked as such.
    let vi = texts.iter().find(|t| t.locale == Locale::Vi.code());
    let (description, description_fallback) = match &text.description_md {
        Some(d) => (Some(d.clone()), name_fallback),
        None => (vi.and_then(|t| t.description_md.clone()), locale != Locale::Vi),
    };
    let short_description = text
        .short_description
        .clone()
        .or_else(|| vi.and_then(|t| t.short_description.clone()));
    let is_fallback = description.is_some() && description_fallback;
    let variants = product_variants::Entity::find()
        .filter(product_variants::Column::ProductId.eq(product.id))
        .order_by_asc(product_variants::Column::Position)
        .all(db)
        .await?;
    let category = categories::Entity::find_by_id(product.category_code.clone())
        .one(db)
        .await?
        .map(|c| CategoryOption {
            name: c.name(locale).to_owned(),
            code: c.code,
            parent_code: c.parent_code,
        });
    let coop_name = cooperative_name(db, &coop, locale).await?;
    Ok(ProductPage {
        id: product.id,
        slug: text.slug.clone(),
        name: text.name.clone(),
        short_description,
        description_html: description.as_deref().map(markdown::render),
        is_fallback,
        category,
        unit: product.unit.clone(),
        origin_region_name: region_name(db, product.origin_region_code.as_deref(), locale).await?,
        variants: variants
            .into_iter()
            .map(|v| VariantView {
                id: v.id,
                sku: v.sku,
                label: v.label,
                price_vnd: v.price_vnd,
                in_stock: v.stock > 0,
                stock: v.stock,
            })
            .collect(),
        cooperative_slug: coop.slug,
        cooperative_name: coop_name,
        alternates: texts.iter().map(|t| (t.locale.clone(), t.slug.clone())).collect(),
        certifications: super::batches::shown_certifications(
            db,
            product.id,
            chrono::Utc::now().date_naive(),
            locale,
        )
        .await?,
        latest_lot: batches::Entity::find()
            .filter(batches::Column::ProductId.eq(product.id))
            .order_by_desc(batches::Column::ProducedOn)
            .one(db)
            .await?
            .map(|b| b.lot_code),
        photos: super::photos::shown(db, product.id, None).await?,
        ocop_stars: ocop_stars(db, [product.id]).await?.get(&product.id).copied(),
        gtin: product.gtin.clone(),
        shipping: shipping_note(db, coop.id).await?,
    })
}

/// The cooperative's delivery terms in short.
async fn shipping_note(db: &DatabaseConnection, cooperative_id: i64) -> Result<ShippingNote, AppError> {
    let rules = crate::backend::shop::shipping::rules_for(db, &[cooperative_id])
        .await?
        .remove(&cooperative_id)
        .unwrap_or_default();
    Ok(ShippingNote {
        fee_vnd: rules.flat_fee_vnd,
        free_above_vnd: rules.free_above_vnd,
        ships_abroad: rules.international_fee_vnd.is_some(),
        cash_on_delivery: rules.cod_enabled,
    })
}

/// Product cards: one cooperative's (by slug), or the newest across the marketplace.
pub async fn product_cards(
    db: &DatabaseConnection,
    cooperative_slug: Option<&str>,
    locale: Locale,
    limit: u64,
) -> Result<Vec<ProductCard>, AppError> {
    let Some(slug) = cooperative_slug else {
        return cards(db, listed(db, listings::ALL, 0, limit).await?, locale).await;
    };
    let rows = visible()
        .filter(cooperatives::Column::Slug.eq(slug))
        .order_by_desc(products::Column::PublishedAt)
        .order_by_desc(products::Column::Id)
        .limit(limit)
        .all(db)
        .await?;
    cards(db, rows, locale).await
}

/// The products administrators feature on the home page, in their order (hidden or unlisted ones
/// are left out).
pub async fn featured_cards(db: &DatabaseConnection, locale: Locale) -> Result<Vec<ProductCard>, AppError> {
    let ids = crate::backend::shop::settings::featured_ids(db).await?;
    if ids.is_empty() {
        return Ok(vec![]);
    }
    let rows = in_order(db, visible(), &ids).await?;
    cards(db, rows, locale).await
}

/// Published products with a verified, unexpired 5-star OCOP certificate, newest first.
pub async fn five_star_cards(
    db: &DatabaseConnection,
    locale: Locale,
    limit: u64,
) -> Result<Vec<ProductCard>, AppError> {
    let today = chrono::Utc::now().date_naive();
    let starred: Vec<i64> = product_certifications::Entity::find()
        .filter(product_certifications::Column::Kind.eq("ocop"))
        .filter(product_certifications::Column::Stars.eq(5))
        .filter(
            product_certifications::Column::Status.eq(crate::domain::catalog::CertificationStatus::Verified),
        )
        .filter(product_certifications::Column::ExpiresOn.gte(today))
        .all(db)
        .await?
        .into_iter()
        .map(|c| c.product_id)
        .collect();
    let rows = visible()
        .filter(products::Column::Id.is_in(starred))
        .order_by_desc(products::Column::PublishedAt)
        .limit(limit)
        .all(db)
        .await?;
    cards(db, rows, locale).await
}

/// Category sizes for pagination, kept for a short while by each instance: counting tens of
/// thousands of listed products on every page view saturates the CPU long before the page itself
/// does. The list shown is always live; only "page N of M" may lag by up to `COUNT_TTL`.
#[derive(Debug, Default)]
pub struct CountCache(std::sync::Mutex<HashMap<String, (std::time::Instant, u64)>>);

pub const COUNT_TTL: std::time::Duration = std::time::Duration::from_secs(30);

impl CountCache {
    fn get(&self, key: &str) -> Option<u64> {
        let map = self.0.lock().ok()?;
        map.get(key)
            .filter(|(at, _)| at.elapsed() < COUNT_TTL)
            .map(|(_, n)| *n)
    }

    fn put(&self, key: &str, n: u64) {
        if let Ok(mut map) = self.0.lock() {
            map.insert(key.to_owned(), (std::time::Instant::now(), n));
        }
    }
}

/// Products per category page.
pub const PAGE_SIZE: u64 = 24;

/// A category with its sub-categories' products, newest first, one page at a time.
pub async fn category_page(
    db: &DatabaseConnection,
    counts: &CountCache,
    code: &str,
    locale: Locale,
    page: u64,
) -> Result<CategoryPage, AppError> {
    let all = categories(db, locale).await?;
    let category = all
        .iter()
        .find(|c| c.code == code)
        .cloned()
        .ok_or(AppError::NotFound)?;
    // Sub-categories' products are listed under their ancestors too (see `listings`).
    let total = match counts.get(code) {
        Some(n) => n,
        None => {
            let n = listed_count(db, code).await?;
            counts.put(code, n);
            n
        }
    };
    let pages = total.div_ceil(PAGE_SIZE).max(1);
    let page = page.clamp(1, pages);
    let rows = listed(db, code, (page - 1) * PAGE_SIZE, PAGE_SIZE).await?;
    Ok(CategoryPage {
        children: all
            .iter()
            .filter(|c| c.parent_code.as_deref() == Some(code))
            .cloned()
            .collect(),
        parent: category
            .parent_code
            .as_ref()
            .and_then(|p| all.iter().find(|c| &c.code == p).cloned()),
        category,
        products: cards(db, rows, locale).await?,
        page,
        pages,
        total,
    })
}

/// Cards for product rows, in their order.
pub(crate) async fn cards(
    db: &DatabaseConnection,
    rows: Vec<products::Model>,
    locale: Locale,
) -> Result<Vec<ProductCard>, AppError> {
    let ids: Vec<i64> = rows.iter().map(|p| p.id).collect();
    let coop_ids: Vec<i64> = rows.iter().map(|p| p.cooperative_id).collect();
    let texts = product_translations::Entity::find()
        .filter(product_translations::Column::ProductId.is_in(ids.clone()))
        .filter(product_translations::Column::Locale.is_in([locale.code(), Locale::Vi.code()]))
        .all(db)
        .await?;
    let mut prices: HashMap<i64, i64> = HashMap::new();
    for v in product_variants::Entity::find()
        .filter(product_variants::Column::ProductId.is_in(ids))
        .all(db)
        .await?
    {
        let e = prices.entry(v.product_id).or_insert(v.price_vnd);
        *e = (*e).min(v.price_vnd);
    }
    let coop_rows = cooperatives::Entity::find()
        .filter(cooperatives::Column::Id.is_in(coop_ids))
        .all(db)
        .await?;
    // The trading name in the shopper's language, as on the product page and in the API.
    let coops = cooperative_names(db, &coop_rows, locale).await?;
    let stars = ocop_stars(db, rows.iter().map(|p| p.id)).await?;
    let mut covers: HashMap<i64, PhotoView> = HashMap::new();
    for photo in product_photos::Entity::find()
        .filter(product_photos::Column::ProductId.is_in(rows.iter().map(|p| p.id)))
        .filter(product_photos::Column::BatchId.is_null())
        .filter(product_photos::Column::Renditions.is_not_null())
        .order_by_desc(product_photos::Column::Position)
        .all(db)
        .await?
    {
        // Ordered last to first, so the cover (lowest position) is inserted last and wins.
        covers.insert(photo.product_id, super::photos::view(&photo));
    }
    let regions: HashMap<String, String> = regions::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|r| (r.code.clone(), r.name(locale).to_owned()))
        .collect();
    Ok(rows
        .into_iter()
        .filter_map(|p| {
            let own: Vec<product_translations::Model> =
                texts.iter().filter(|t| t.product_id == p.id).cloned().collect();
            let (text, _) = pick(&own, locale)?;
            Some(ProductCard {
                id: p.id,
                slug: text.slug.clone(),
                name: text.name.clone(),
                cooperative_name: coops.get(&p.cooperative_id).cloned().unwrap_or_default(),
                price_from_vnd: prices.get(&p.id).copied(),
                region_name: p
                    .origin_region_code
                    .as_ref()
                    .and_then(|c| regions.get(c).cloned()),
                cover: covers.remove(&p.id),
                ocop_stars: stars.get(&p.id).copied(),
            })
        })
        .collect())
}

/// The stars of each product's shown (verified, unexpired) OCOP certificate.
pub(crate) async fn ocop_stars<C: sea_orm::ConnectionTrait>(
    db: &C,
    ids: impl IntoIterator<Item = i64>,
) -> Result<HashMap<i64, u8>, AppError> {
    let today = chrono::Utc::now().date_naive();
    let mut stars = HashMap::new();
    for c in product_certifications::Entity::find()
        .filter(product_certifications::Column::ProductId.is_in(ids))
        .filter(product_certifications::Column::Kind.eq("ocop"))
        .all(db)
        .await?
        .into_iter()
        .filter(|c| crate::domain::catalog::ocop_badge_shown(c.status, c.expires_on, today))
    {
        let n = c.stars.unwrap_or(0).clamp(0, 5) as u8;
        let e = stars.entry(c.product_id).or_insert(n);
        *e = (*e).max(n);
    }
    stars.retain(|_, n| *n > 0);
    Ok(stars)
}

/// The slug of the product known by `slug` (in any locale, or retired) in `locale`: where the
/// language switcher sends a shopper reading a product page. None when no published product has it.
pub async fn product_slug_in(
    db: &DatabaseConnection,
    slug: &str,
    locale: Locale,
) -> Result<Option<String>, AppError> {
    let page = match product_page(db, slug, locale).await {
        Ok(p) => p,
        Err(AppError::NotFound) => return Ok(None),
        Err(e) => return Err(e),
    };
    let own = |l: Locale| {
        page.alternates
            .iter()
            .find(|(code, _)| code == l.code())
            .map(|(_, s)| s.clone())
    };
    Ok(own(locale).or_else(|| own(Locale::Vi)).or(Some(page.slug)))
}
