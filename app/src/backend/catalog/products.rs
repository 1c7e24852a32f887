//! Sellers' products. Only members of an approved cooperative edit its catalog (a suspended one
//! edits nothing); every change is checked at the boundary and saved in one transaction.

use crate::backend::accounts::SessionUser;
use crate::backend::audit::{self, AuditEntry};
use crate::backend::cooperatives::access::{self, Access};
use crate::backend::entities::{
    categories, product_slug_history, product_translations, product_variants, products, regions,
};
use crate::backend::transactions::begin_write;
use crate::domain::catalog::{parse_gtin, parse_price, parse_sku, parse_stock, parse_weight, ProductStatus};
use crate::domain::cooperative_status::CooperativeStatus;
use crate::domain::slug::localized_slug;
use crate::error::{AppError, FieldError};
use crate::i18n::Locale;
use crate::model::catalog::{ProductEdit, ProductFields, SellerProductRow, SellerProducts, VariantFields};
use chrono::Utc;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
    Set,
};
use std::collections::HashSet;

pub const MAX_NAME_CHARS: usize = 200;
pub const MAX_SHORT_CHARS: usize = 300;
pub const MAX_DESCRIPTION_CHARS: usize = 20_000;
pub use crate::domain::catalog::UNITS;
use crate::error::ErrorId;

/// Form-field suffix of a locale.
pub const fn suffix(locale: Locale) -> &'static str {
    match locale {
        Locale::Vi => "vi",
        Locale::En => "en",
        Locale::ZhCn => "zh",
        Locale::Ja => "ja",
        Locale::Ko => "ko",
    }
}

/// A variant ready to store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedVariant {
    pub sku: String,
    pub label: String,
    pub price_vnd: i64,
    pub stock: i32,
    pub weight_grams: i32,
}

/// A product whose every field is well-formed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedProduct {
    pub category_code: String,
    pub unit: String,
    pub origin_region_code: Option<String>,
    pub gtin: Option<String>,
    /// (locale, name, short description, Markdown description); Vietnamese always first.
    pub texts: Vec<(Locale, String, Option<String>, Option<String>)>,
    pub variants: Vec<CheckedVariant>,
}

fn trimmed(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_owned())
}

/// Checks the form; every problem is reported at once, by form field name.
pub fn check(f: &ProductFields) -> Result<CheckedProduct, AppError> {
    let mut errors = Vec::new();
    let mut push = |field: String, key: ErrorId| errors.push(FieldError::new(&field, key));
    let category_code = f.category_code.trim().to_owned();
    if category_code.is_empty() {
        push("category_code".into(), ErrorId::Required);
    }
    let unit = f.unit.trim().to_owned();
    if !UNITS.contains(&unit.as_str()) {
        push("unit".into(), ErrorId::UnitInvalid);
    }
    let gtin = match trimmed(&f.gtin) {
        None => None,
        Some(raw) => match parse_gtin(&raw) {
            Ok(g) => Some(g),
            Err(p) => {
                push("gtin".into(), p.message_key());
                None
            }
        },
    };
    let mut texts = Vec::new();
    for locale in Locale::ALL {
        let (name, short, description) = f.texts(locale);
        let sfx = suffix(locale);
        let name = trimmed(name);
        let short = trimmed(short);
        let description = trimmed(description);
        match &name {
            None if locale == Locale::Vi => push("name_vi".into(), ErrorId::Required),
            None if short.is_some() || description.is_some() => {
                push(format!("name_{sfx}"), ErrorId::NameNeeded)
            }
            Some(n) if n.chars().count() > MAX_NAME_CHARS => push(format!("name_{sfx}"), ErrorId::TooLong),
            _ => {}
        }
        if short
            .as_ref()
            .is_some_and(|s| s.chars().count() > MAX_SHORT_CHARS)
        {
            push(format!("short_{sfx}"), ErrorId::TooLong);
        }
        if description
            .as_ref()
            .is_some_and(|s| s.chars().count() > MAX_DESCRIPTION_CHARS)
        {
            push(format!("description_{sfx}"), ErrorId::TooLong);
        }
        if let Some(name) = name {
            texts.push((locale, name, short, description));
        }
    }
    let mut variants = Vec::new();
    let mut skus = HashSet::new();
    for (i, v) in f.variants.iter().enumerate().filter(|(_, v)| !v.is_blank()) {
        let field = |col: &str| format!("variant_{i}_{col}");
        let sku = parse_sku(&v.sku).map_err(|p| (field("sku"), p.message_key()));
        let price = parse_price(&v.price).map_err(|p| (field("price"), p.message_key()));
        let stock = parse_stock(&v.stock).map_err(|p| (field("stock"), p.message_key()));
        let weight = parse_weight(&v.weight_grams).map_err(|p| (field("weight_grams"), p.message_key()));
        let label = match trimmed(&v.label) {
            Some(l) if l.chars().count() <= 64 => Ok(l),
            Some(_) => Err((field("label"), ErrorId::TooLong)),
            None => Err((field("label"), ErrorId::Required)),
        };
        match (sku, label, price, stock, weight) {
            (Ok(sku), Ok(label), Ok(price_vnd), Ok(stock), Ok(weight_grams)) => {
                if !skus.insert(sku.clone()) {
                    push(field("sku"), ErrorId::SkuDuplicate);
                }
                variants.push(CheckedVariant {
                    sku,
                    label,
                    price_vnd,
                    stock,
                    weight_grams,
                });
            }
            (sku, label, price, stock, weight) => {
                for (field, key) in [sku.err(), label.err(), price.err(), stock.err(), weight.err()]
                    .into_iter()
                    .flatten()
                {
                    push(field, key);
                }
            }
        }
    }
    let no_variants = variants.is_empty();
    if no_variants && errors.iter().all(|e| !e.field.starts_with("variant_")) {
        errors.push(FieldError::new("variant_0_sku", ErrorId::VariantRequired));
    }
    if errors.is_empty() {
        Ok(CheckedProduct {
            category_code,
            unit,
            origin_region_code: trimmed(&f.origin_region_code),
            gtin,
            texts,
            variants,
        })
    } else {
        Err(AppError::Invalid(errors))
    }
}

/// Loads the cooperative for catalog work: members only, and only while it is approved.
pub(super) async fn editable_coop<C: ConnectionTrait>(
    conn: &C,
    user: &SessionUser,
    cooperative_id: i64,
) -> Result<Access, AppError> {
    let (coop, access) = access::load(conn, user, cooperative_id).await?;
    if access.is_admin() {
        // Administrators moderate; they do not write a cooperative's catalog.
        return Err(AppError::Forbidden);
    }
    if coop.status != CooperativeStatus::Approved {
        return Err(AppError::Conflict(ErrorId::CatalogNotApproved));
    }
    Ok(access)
}

async fn check_references<C: ConnectionTrait>(conn: &C, p: &CheckedProduct) -> Result<(), AppError> {
    if categories::Entity::find_by_id(p.category_code.clone())
        .one(conn)
        .await?
        .is_none()
    {
        return Err(AppError::invalid("category_code", ErrorId::CategoryUnknown));
    }
    if let Some(region) = &p.origin_region_code {
        if regions::Entity::find_by_id(region.clone())
            .one(conn)
            .await?
            .is_none()
        {
            return Err(AppError::invalid("origin_region_code", ErrorId::RegionUnknown));
        }
    }
    Ok(())
}

/// A slug for `name` unused in `locale` by other products (nor retired by one): the name's own, or
/// the Vietnamese slug where the name is not written in Latin letters.
async fn unique_slug<C: ConnectionTrait>(
    conn: &C,
    locale: Locale,
    name: &str,
    vietnamese: &str,
    own: i64,
) -> Result<String, AppError> {
    let base = match localized_slug(name, vietnamese) {
        s if s.is_empty() => format!("p-{own}"),
        s => s
            .chars()
            .take(200)
            .collect::<String>()
            .trim_end_matches('-')
            .to_owned(),
    };
    for n in 1..1000 {
        let candidate = if n == 1 {
            base.clone()
        } else {
            format!("{base}-{n}")
        };
        let taken = product_translations::Entity::find()
            .filter(product_translations::Column::Locale.eq(locale.code()))
            .filter(product_translations::Column::Slug.eq(&candidate))
            .filter(product_translations::Column::ProductId.ne(own))
            .one(conn)
            .await?
            .is_some();
        let retired_elsewhere = product_slug_history::Entity::find()
            .filter(product_slug_history::Column::Locale.eq(locale.code()))
            .filter(product_slug_history::Column::Slug.eq(&candidate))
            .filter(product_slug_history::Column::ProductId.ne(own))
            .one(conn)
            .await?
            .is_some();
        if !taken && !retired_elsewhere {
            return Ok(candidate);
        }
    }
    Err(AppError::internal("no free product slug"))
}

/// Remembers a product's old slug, so links to it answer with a redirect; a slug taken back by the
/// product is no longer history.
async fn retire_slug<C: ConnectionTrait>(
    conn: &C,
    product_id: i64,
    locale: &str,
    old: &str,
    new: &str,
) -> Result<(), AppError> {
    product_slug_history::Entity::delete_many()
        .filter(product_slug_history::Column::Locale.eq(locale))
        .filter(product_slug_history::Column::Slug.eq(new))
        .exec(conn)
        .await?;
    if old != new {
        product_slug_history::Entity::delete_by_id((locale.to_owned(), old.to_owned()))
            .exec(conn)
            .await?;
        product_slug_history::ActiveModel {
            locale: Set(locale.to_owned()),
            slug: Set(old.to_owned()),
            product_id: Set(product_id),
            retired_at: Set(chrono::Utc::now().fixed_offset()),
        }
        .insert(conn)
        .await?;
    }
    Ok(())
}

/// Replaces texts and variants of `product_id` with the checked ones.
async fn save_parts<C: ConnectionTrait>(
    conn: &C,
    product_id: i64,
    p: &CheckedProduct,
) -> Result<(), AppError> {
    let existing: Vec<product_translations::Model> = product_translations::Entity::find()
        .filter(product_translations::Column::ProductId.eq(product_id))
        .all(conn)
        .await?;
    product_translations::Entity::delete_many()
        .filter(product_translations::Column::ProductId.eq(product_id))
        .exec(conn)
        .await?;
    // Vietnamese first: other languages whose names are not in Latin letters borrow its slug.
    let mut texts: Vec<_> = p.texts.iter().collect();
    texts.sort_by_key(|(locale, ..)| *locale != Locale::Vi);
    let mut vietnamese = String::new();
    for (locale, name, short, description) in texts {
        let before = existing.iter().find(|t| t.locale == locale.code());
        // A published address stays stable while the name is unchanged.
        let slug = match before.filter(|t| t.name == *name) {
            Some(t) => t.slug.clone(),
            None => unique_slug(conn, *locale, name, &vietnamese, product_id).await?,
        };
        if let Some(old) = before {
            retire_slug(conn, product_id, locale.code(), &old.slug, &slug).await?;
        }
        if *locale == Locale::Vi {
            vietnamese = slug.clone();
        }
        product_translations::ActiveModel {
            product_id: Set(product_id),
            locale: Set(locale.code().to_owned()),
            name: Set(name.clone()),
            slug: Set(slug),
            short_description: Set(short.clone()),
            description_md: Set(description.clone()),
        }
        .insert(conn)
        .await?;
    }
    let skus: Vec<String> = p.variants.iter().map(|v| v.sku.clone()).collect();
    let clash = product_variants::Entity::find()
        .filter(product_variants::Column::Sku.is_in(skus))
        .filter(product_variants::Column::ProductId.ne(product_id))
        .one(conn)
        .await?;
    if let Some(c) = clash {
        let i = p.variants.iter().position(|v| v.sku == c.sku).unwrap_or(0);
        return Err(AppError::invalid(&format!("variant_{i}_sku"), ErrorId::SkuTaken));
    }
    // Variants keep their ids across edits (matched by SKU): carts and orders refer to them.
    let current = product_variants::Entity::find()
        .filter(product_variants::Column::ProductId.eq(product_id))
        .all(conn)
        .await?;
    let removed: Vec<i64> = current
        .iter()
        .filter(|old| !p.variants.iter().any(|v| v.sku == old.sku))
        .map(|old| old.id)
        .collect();
    if !removed.is_empty() {
        product_variants::Entity::delete_many()
            .filter(product_variants::Column::Id.is_in(removed))
            .exec(conn)
            .await?;
    }
    for (i, v) in p.variants.iter().enumerate() {
        let mut row = product_variants::ActiveModel {
            product_id: Set(product_id),
            sku: Set(v.sku.clone()),
            label: Set(v.label.clone()),
            price_vnd: Set(v.price_vnd),
            stock: Set(v.stock),
            weight_grams: Set(v.weight_grams),
            position: Set(i as i32),
            ..Default::default()
        };
        match current.iter().find(|old| old.sku == v.sku) {
            Some(old) => {
                row.id = Set(old.id);
                row.update(conn).await?;
            }
            None => {
                row.insert(conn).await?;
            }
        }
    }
    Ok(())
}

fn product_event(
    user: &SessionUser,
    product_id: i64,
    action: &'static str,
    details: serde_json::Value,
) -> AuditEntry<'static> {
    AuditEntry {
        actor_user_id: Some(user.id),
        action,
        subject_type: Some("product"),
        subject_id: Some(product_id.to_string()),
        details,
        ip: None,
    }
}

/// Creates a draft product in the cooperative; returns its id.
pub async fn create(
    db: &DatabaseConnection,
    user: &SessionUser,
    cooperative_id: i64,
    fields: &ProductFields,
) -> Result<i64, AppError> {
    let checked = check(fields)?;
    let txn = begin_write(db).await?;
    editable_coop(&txn, user, cooperative_id).await?;
    check_references(&txn, &checked).await?;
    let product = insert_checked(&txn, cooperative_id, &checked).await?;
    audit::record(
        &txn,
        product_event(
            user,
            product.id,
            "product.created",
            serde_json::json!({ "cooperative_id": cooperative_id }),
        ),
    )
    .await?;
    txn.commit().await?;
    Ok(product.id)
}

/// Inserts a checked product as a draft, with its texts and variants (forms and imports).
pub(super) async fn insert_checked<C: ConnectionTrait>(
    conn: &C,
    cooperative_id: i64,
    checked: &CheckedProduct,
) -> Result<products::Model, AppError> {
    let now = Utc::now();
    let product = products::ActiveModel {
        cooperative_id: Set(cooperative_id),
        category_code: Set(checked.category_code.clone()),
        status: Set(ProductStatus::Draft),
        unit: Set(checked.unit.clone()),
        origin_region_code: Set(checked.origin_region_code.clone()),
        gtin: Set(checked.gtin.clone()),
        is_demo: Set(false),
        version: Set(0),
        created_at: Set(now),
        updated_at: Set(now),
        published_at: Set(None),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    save_parts(conn, product.id, checked).await?;
    Ok(product)
}

pub(super) async fn load_for_edit<C: ConnectionTrait>(
    conn: &C,
    user: &SessionUser,
    product_id: i64,
) -> Result<products::Model, AppError> {
    let product = products::Entity::find_by_id(product_id)
        .one(conn)
        .await?
        .ok_or(AppError::NotFound)?;
    editable_coop(conn, user, product.cooperative_id).await?;
    Ok(product)
}

/// Saves changes; `seen_version` guards against overwriting someone else's edit.
pub async fn update(
    db: &DatabaseConnection,
    user: &SessionUser,
    product_id: i64,
    seen_version: i32,
    fields: &ProductFields,
) -> Result<(), AppError> {
    let checked = check(fields)?;
    let txn = begin_write(db).await?;
    let product = load_for_edit(&txn, user, product_id).await?;
    if product.version != seen_version {
        return Err(AppError::Changed(product.status.as_str().to_owned()));
    }
    check_references(&txn, &checked).await?;
    let done = products::Entity::update_many()
        .col_expr(
            products::Column::CategoryCode,
            Expr::value(checked.category_code.clone()),
        )
        .col_expr(products::Column::Unit, Expr::value(checked.unit.clone()))
        .col_expr(
            products::Column::OriginRegionCode,
            Expr::value(checked.origin_region_code.clone()),
        )
        .col_expr(products::Column::Gtin, Expr::value(checked.gtin.clone()))
        .col_expr(products::Column::Version, Expr::value(product.version + 1))
        .col_expr(products::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(products::Column::Id.eq(product.id))
        .filter(products::Column::Version.eq(product.version))
        .exec(&txn)
        .await?;
    if done.rows_affected != 1 {
        return Err(AppError::Changed(product.status.as_str().to_owned()));
    }
    save_parts(&txn, product.id, &checked).await?;
    // The category may have changed.
    super::listings::refresh(&txn, &[product.id]).await?;
    audit::record(
        &txn,
        product_event(user, product.id, "product.updated", serde_json::json!({})),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Publishes, archives or returns to draft.
pub async fn set_status(
    db: &DatabaseConnection,
    user: &SessionUser,
    product_id: i64,
    status: &str,
) -> Result<(), AppError> {
    let to = ProductStatus::parse(status).ok_or_else(|| AppError::BadRequest("status".into()))?;
    let txn = begin_write(db).await?;
    let product = load_for_edit(&txn, user, product_id).await?;
    let now = Utc::now();
    let mut active: products::ActiveModel = product.clone().into();
    active.status = Set(to);
    active.version = Set(product.version + 1);
    active.updated_at = Set(now);
    if to == ProductStatus::Published && product.published_at.is_none() {
        active.published_at = Set(Some(now));
    }
    active.update(&txn).await?;
    super::listings::refresh(&txn, &[product.id]).await?;
    audit::record(
        &txn,
        product_event(
            user,
            product.id,
            "product.status_changed",
            serde_json::json!({ "from": product.status, "to": to.as_str() }),
        ),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The product as its form shows it.
pub async fn for_edit(
    db: &DatabaseConnection,
    user: &SessionUser,
    product_id: i64,
) -> Result<ProductEdit, AppError> {
    let product = products::Entity::find_by_id(product_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    // Reading is allowed to every member (also while suspended); writing is checked on save.
    let (_, access) = access::load(db, user, product.cooperative_id).await?;
    if access.is_admin() {
        return Err(AppError::Forbidden);
    }
    let texts = product_translations::Entity::find()
        .filter(product_translations::Column::ProductId.eq(product.id))
        .all(db)
        .await?;
    let variants = product_variants::Entity::find()
        .filter(product_variants::Column::ProductId.eq(product.id))
        .order_by_asc(product_variants::Column::Position)
        .all(db)
        .await?;
    let mut fields = ProductFields {
        category_code: product.category_code.clone(),
        unit: product.unit.clone(),
        origin_region_code: product.origin_region_code.clone().unwrap_or_default(),
        gtin: product
            .gtin
            .clone()
            .map(|g| g.trim_start_matches('0').to_owned())
            .unwrap_or_default(),
        variants: variants
            .iter()
            .map(|v| VariantFields {
                sku: v.sku.clone(),
                label: v.label.clone(),
                price: v.price_vnd.to_string(),
                stock: v.stock.to_string(),
                weight_grams: v.weight_grams.to_string(),
            })
            .collect(),
        ..Default::default()
    };
    let mut slug_vi = None;
    for t in texts {
        if let Some(l) = Locale::from_code(&t.locale) {
            if l == Locale::Vi {
                slug_vi = Some(t.slug.clone());
            }
            fields.set_texts(
                l,
                t.name,
                t.short_description.unwrap_or_default(),
                t.description_md.unwrap_or_default(),
            );
        }
    }
    Ok(ProductEdit {
        id: product.id,
        cooperative_id: product.cooperative_id,
        status: product.status,
        version: product.version,
        fields,
        slug_vi,
        stock: variants
            .iter()
            .map(|v| (v.id, v.label.clone(), v.stock))
            .collect(),
    })
}

/// The cooperative's products with stock and translation completeness.
pub async fn seller_list(
    db: &DatabaseConnection,
    user: &SessionUser,
    cooperative_id: i64,
    locale: Locale,
) -> Result<SellerProducts, AppError> {
    let (coop, access) = access::load(db, user, cooperative_id).await?;
    if access.is_admin() {
        return Err(AppError::Forbidden);
    }
    let rows = products::Entity::find()
        .filter(products::Column::CooperativeId.eq(coop.id))
        .order_by_desc(products::Column::UpdatedAt)
        .all(db)
        .await?;
    let ids: Vec<i64> = rows.iter().map(|p| p.id).collect();
    let texts = product_translations::Entity::find()
        .filter(product_translations::Column::ProductId.is_in(ids.clone()))
        .all(db)
        .await?;
    let variants = product_variants::Entity::find()
        .filter(product_variants::Column::ProductId.is_in(ids))
        .all(db)
        .await?;
    let products = rows
        .into_iter()
        .map(|p| {
            let own: Vec<&product_translations::Model> =
                texts.iter().filter(|t| t.product_id == p.id).collect();
            let name = own
                .iter()
                .find(|t| t.locale == locale.code())
                .or_else(|| own.iter().find(|t| t.locale == Locale::Vi.code()))
                .map(|t| t.name.clone())
                .unwrap_or_default();
            let vs: Vec<&product_variants::Model> =
                variants.iter().filter(|v| v.product_id == p.id).collect();
            SellerProductRow {
                id: p.id,
                name,
                status: p.status,
                stock: vs.iter().map(|v| i64::from(v.stock)).sum(),
                variants: vs.len(),
                translated: Locale::ALL
                    .into_iter()
                    .filter(|l| own.iter().any(|t| t.locale == l.code()))
                    .map(|l| l.code().to_owned())
                    .collect(),
                updated_at: p.updated_at,
            }
        })
        .collect();
    Ok(SellerProducts {
        cooperative_id: coop.id,
        cooperative_name: coop.legal_name_vi,
        can_edit: coop.status == CooperativeStatus::Approved,
        products,
    })
}

/// Copies a product as a new draft: texts, category and variants (SKUs suffixed to stay unique).
/// Photos, certifications and batches belong to the original and are not copied.
pub async fn duplicate(
    db: &DatabaseConnection,
    user: &SessionUser,
    product_id: i64,
) -> Result<i64, AppError> {
    let edit = for_edit(db, user, product_id).await?;
    let mut fields = edit.fields.clone();
    for v in &mut fields.variants {
        let mut n = 2;
        loop {
            let candidate = format!("{}-{n}", v.sku);
            let taken = product_variants::Entity::find()
                .filter(product_variants::Column::Sku.eq(candidate.to_ascii_uppercase()))
                .one(db)
                .await?
                .is_some();
            if !taken {
                v.sku = candidate;
                break;
            }
            n += 1;
        }
    }
    create(db, user, edit.cooperative_id, &fields).await
}

/// Adds `delta` (negative to remove) to a variant's stock; stock never goes below zero.
pub async fn adjust_stock(
    db: &DatabaseConnection,
    user: &SessionUser,
    variant_id: i64,
    delta: i32,
) -> Result<i32, AppError> {
    let txn = begin_write(db).await?;
    let variant = product_variants::Entity::find_by_id(variant_id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    load_for_edit(&txn, user, variant.product_id).await?;
    let stock = i64::from(variant.stock) + i64::from(delta);
    if stock < 0 {
        return Err(AppError::invalid("delta", ErrorId::StockNegative));
    }
    if stock > crate::domain::catalog::MAX_STOCK {
        return Err(AppError::invalid("delta", ErrorId::StockInvalid));
    }
    // A relative update: checkouts reserve stock concurrently and must not be overwritten.
    let changed = product_variants::Entity::update_many()
        .col_expr(
            product_variants::Column::Stock,
            Expr::col(product_variants::Column::Stock).add(delta),
        )
        .filter(product_variants::Column::Id.eq(variant.id))
        .filter(Expr::expr(Expr::col(product_variants::Column::Stock).add(delta)).gte(0))
        .exec(&txn)
        .await?;
    if changed.rows_affected != 1 {
        return Err(AppError::invalid("delta", ErrorId::StockNegative));
    }
    let stock = product_variants::Entity::find_by_id(variant.id)
        .one(&txn)
        .await?
        .map_or(stock, |v| i64::from(v.stock));
    audit::record(
        &txn,
        product_event(
            user,
            variant.product_id,
            "product.stock_adjusted",
            serde_json::json!({ "variant_id": variant.id, "delta": delta, "stock": stock }),
        ),
    )
    .await?;
    // "In stock only" searches must follow.
    crate::backend::search::sync::enqueue(&txn, &[variant.product_id]).await?;
    txn.commit().await?;
    Ok(stock as i32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn honey() -> ProductFields {
        ProductFields {
            category_code: "honey".into(),
            unit: "jar".into(),
            name_vi: "Mật ong rừng U Minh".into(),
            name_en: "U Minh forest honey".into(),
            variants: vec![
                VariantFields {
                    sku: "mo-um-250".into(),
                    label: "250 g".into(),
                    price: "150.000".into(),
                    stock: "40".into(),
                    weight_grams: "350".into(),
                },
                VariantFields::default(),
            ],
            ..Default::default()
        }
    }

    #[test]
    fn a_valid_product_keeps_its_texts_and_non_blank_variants() {
        let p = check(&honey()).unwrap();
        assert_eq!(p.texts.len(), 2);
        assert_eq!(p.texts[0].0, Locale::Vi);
        assert_eq!(p.variants.len(), 1);
        assert_eq!(p.variants[0].price_vnd, 150_000);
        assert_eq!(p.variants[0].sku, "MO-UM-250");
    }

    #[test]
    fn bad_variants_are_reported_per_cell() {
        let mut f = honey();
        f.variants[0].price = "-1".into();
        f.variants[0].stock = "-3".into();
        f.variants.push(VariantFields {
            sku: "x".into(),
            label: "1 kg".into(),
            price: "12.5".into(),
            stock: "1".into(),
            weight_grams: "1000".into(),
        });
        let Err(AppError::Invalid(errors)) = check(&f) else {
            panic!()
        };
        let got: Vec<(&str, ErrorId)> = errors.iter().map(|e| (e.field.as_str(), e.key)).collect();
        assert!(
            got.contains(&("variant_0_price", ErrorId::PriceNegative)),
            "{got:?}"
        );
        assert!(
            got.contains(&("variant_0_stock", ErrorId::StockNegative)),
            "{got:?}"
        );
        assert!(
            got.contains(&("variant_2_price", ErrorId::PriceFractional)),
            "{got:?}"
        );
    }

    #[test]
    fn vietnamese_name_and_a_variant_are_required() {
        let f = ProductFields {
            category_code: "honey".into(),
            unit: "jar".into(),
            short_en: "Raw honey".into(),
            ..Default::default()
        };
        let Err(AppError::Invalid(errors)) = check(&f) else {
            panic!()
        };
        let got: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(got, ["name_vi", "name_en", "variant_0_sku"]);
    }
}
