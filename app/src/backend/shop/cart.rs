//! Carts kept in the database: a logged-in user's, or a guest's identified by a random cookie (the
//! table holds its SHA-256). Every view reads prices, stock and availability again; lines of
//! archived products or suspended cooperatives stay in the cart, flagged, and out of checkout. At
//! login a guest's cart merges into the user's.

use crate::backend::catalog::public::{cooperative_names, pick};
use crate::backend::entities::{
    cart_items, carts, cooperatives, product_translations, product_variants, products,
};
use crate::backend::transactions::begin_write;
use crate::domain::catalog::ProductStatus;
use crate::domain::checkout::{MAX_CART_LINES, MAX_QUANTITY};
use crate::domain::cooperative_status::CooperativeStatus;
use crate::error::AppError;
use crate::error::ErrorId;
use crate::i18n::Locale;
use crate::model::shop::{CartGroup, CartLine, CartView};
use chrono::Utc;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
    Set,
};
use std::collections::HashMap;

/// Name of the guest cart cookie.
pub const CART_COOKIE: &str = "htx_cart";
/// How long a guest cart lives without use.
pub const GUEST_CART_DAYS: i64 = 30;

/// Whose cart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CartOwner {
    User(i64),
    /// The SHA-256 (hex) of the guest's cart cookie.
    Guest(String),
}

impl CartOwner {
    /// A guest owner from the cookie's token.
    pub fn guest(token: &str) -> CartOwner {
        {
            use sha2::{Digest, Sha256};
            CartOwner::Guest(hex::encode(Sha256::digest(token.as_bytes())))
        }
    }

    /// A stable label, stored with checkouts to scope idempotency keys.
    pub fn label(&self) -> String {
        match self {
            CartOwner::User(id) => format!("u:{id}"),
            CartOwner::Guest(key) => format!("g:{key}"),
        }
    }
}

/// The owner's cart, if it has one.
pub async fn find<C: ConnectionTrait>(conn: &C, owner: &CartOwner) -> Result<Option<carts::Model>, AppError> {
    let q = carts::Entity::find();
    let q = match owner {
        CartOwner::User(id) => q.filter(carts::Column::UserId.eq(*id)),
        CartOwner::Guest(key) => q.filter(carts::Column::GuestKey.eq(key.as_str())),
    };
    Ok(q.one(conn).await?)
}

async fn find_or_create<C: ConnectionTrait>(conn: &C, owner: &CartOwner) -> Result<carts::Model, AppError> {
    if let Some(cart) = find(conn, owner).await? {
        return Ok(cart);
    }
    let now = Utc::now();
    let (user_id, guest_key) = match owner {
        CartOwner::User(id) => (Some(*id), None),
        CartOwner::Guest(key) => (None, Some(key.clone())),
    };
    Ok(carts::ActiveModel {
        user_id: Set(user_id),
        guest_key: Set(guest_key),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await?)
}

/// A cart line with everything checkout needs, loaded in one pass.
#[derive(Debug, Clone)]
pub struct LoadedLine {
    pub item: cart_items::Model,
    pub variant: product_variants::Model,
    pub product: products::Model,
    pub cooperative: cooperatives::Model,
    pub product_name: String,
    pub product_slug: String,
}

impl LoadedLine {
    /// The product or its cooperative is no longer sold: the line stays in the cart, flagged, and
    /// checkout leaves it out.
    pub fn unavailable(&self) -> bool {
        self.problem() == Some("cart-problem-unavailable")
    }

    /// Fluent id of what keeps the line out of checkout.
    pub fn problem(&self) -> Option<&'static str> {
        if self.product.status != ProductStatus::Published
            || self.product.hidden_at.is_some()
            || self.cooperative.status != CooperativeStatus::Approved
        {
            Some("cart-problem-unavailable")
        } else if self.variant.stock <= 0 {
            Some("cart-problem-out-of-stock")
        } else if self.item.quantity > self.variant.stock {
            Some("cart-problem-short")
        } else {
            None
        }
    }
}

/// The lines of a cart with their variants, products, cooperatives and names in `locale`,
/// ordered by cooperative and then by when they were added.
pub async fn load_lines<C: ConnectionTrait>(
    conn: &C,
    cart_id: i64,
    locale: Locale,
) -> Result<Vec<LoadedLine>, AppError> {
    let items = cart_items::Entity::find()
        .filter(cart_items::Column::CartId.eq(cart_id))
        .order_by_asc(cart_items::Column::Id)
        .all(conn)
        .await?;
    if items.is_empty() {
        return Ok(vec![]);
    }
    let variants: HashMap<i64, product_variants::Model> = product_variants::Entity::find()
        .filter(product_variants::Column::Id.is_in(items.iter().map(|i| i.variant_id)))
        .all(conn)
        .await?
        .into_iter()
        .map(|v| (v.id, v))
        .collect();
    let products: HashMap<i64, products::Model> = products::Entity::find()
        .filter(products::Column::Id.is_in(variants.values().map(|v| v.product_id)))
        .all(conn)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    let coops: HashMap<i64, cooperatives::Model> = cooperatives::Entity::find()
        .filter(cooperatives::Column::Id.is_in(products.values().map(|p| p.cooperative_id)))
        .all(conn)
        .await?
        .into_iter()
        .map(|c| (c.id, c))
        .collect();
    let mut texts: HashMap<i64, Vec<product_translations::Model>> = HashMap::new();
    for t in product_translations::Entity::find()
        .filter(product_translations::Column::ProductId.is_in(products.keys().copied()))
        .filter(product_translations::Column::Locale.is_in([locale.code(), Locale::Vi.code()]))
        .all(conn)
        .await?
    {
        texts.entry(t.product_id).or_default().push(t);
    }
    let mut lines: Vec<LoadedLine> = items
        .into_iter()
        .filter_map(|item| {
            let variant = variants.get(&item.variant_id)?.clone();
            let product = products.get(&variant.product_id)?.clone();
            let cooperative = coops.get(&product.cooperative_id)?.clone();
            let (name, slug) = texts
                .get(&product.id)
                .and_then(|t| pick(t, locale))
                .map(|(t, _)| (t.name.clone(), t.slug.clone()))
                .unwrap_or_default();
            Some(LoadedLine {
                item,
                variant,
                product,
                cooperative,
                product_name: name,
                product_slug: slug,
            })
        })
        .collect();
    lines.sort_by_key(|l| (l.cooperative.id, l.item.id));
    Ok(lines)
}

/// The cart as the shopper sees it now. Prices the shopper had not seen yet are flagged once and
/// then remembered as seen.
pub async fn view(db: &DatabaseConnection, owner: &CartOwner, locale: Locale) -> Result<CartView, AppError> {
    let Some(cart) = find(db, owner).await? else {
        return Ok(CartView::default());
    };
    let lines = load_lines(db, cart.id, locale).await?;
    let coops: Vec<cooperatives::Model> = {
        let mut seen = std::collections::BTreeMap::new();
        for l in &lines {
            seen.entry(l.cooperative.id)
                .or_insert_with(|| l.cooperative.clone());
        }
        seen.into_values().collect()
    };
    let names = cooperative_names(db, &coops, locale).await?;
    let mut view = CartView::default();
    let mut repriced = vec![];
    for l in &lines {
        let problem = l.problem();
        let line = CartLine {
            variant_id: l.variant.id,
            product_slug: l.product_slug.clone(),
            product_name: l.product_name.clone(),
            variant_label: l.variant.label.clone(),
            unit_price_vnd: l.variant.price_vnd,
            price_seen_vnd: l.item.price_seen_vnd,
            quantity: l.item.quantity,
            line_total_vnd: l.variant.price_vnd * i64::from(l.item.quantity),
            stock: l.variant.stock.max(0),
            problem: problem.map(str::to_owned),
        };
        if line.price_changed() {
            view.price_changed = true;
            repriced.push((l.item.id, l.variant.price_vnd));
        }
        view.count += i64::from(line.quantity);
        if problem.is_some() {
            view.blocked = true;
        } else {
            view.total_vnd += line.line_total_vnd;
        }
        match view.groups.last_mut() {
            Some(g) if g.cooperative_id == l.cooperative.id => {
                if problem.is_none() {
                    g.subtotal_vnd += line.line_total_vnd;
                }
                g.lines.push(line);
            }
            _ => view.groups.push(CartGroup {
                cooperative_id: l.cooperative.id,
                cooperative_name: names.get(&l.cooperative.id).cloned().unwrap_or_default(),
                subtotal_vnd: if problem.is_none() { line.line_total_vnd } else { 0 },
                lines: vec![line],
            }),
        }
    }
    for (item_id, price) in repriced {
        cart_items::Entity::update_many()
            .col_expr(cart_items::Column::PriceSeenVnd, Expr::value(price))
            .filter(cart_items::Column::Id.eq(item_id))
            .exec(db)
            .await?;
    }
    Ok(view)
}

/// Units in the owner's cart.
pub async fn count(db: &DatabaseConnection, owner: &CartOwner) -> Result<i64, AppError> {
    let Some(cart) = find(db, owner).await? else {
        return Ok(0);
    };
    Ok(cart_items::Entity::find()
        .filter(cart_items::Column::CartId.eq(cart.id))
        .all(db)
        .await?
        .iter()
        .map(|i| i64::from(i.quantity))
        .sum())
}

/// A variant that can be bought now (published product of an approved cooperative), or NotFound.
async fn purchasable<C: ConnectionTrait>(
    conn: &C,
    variant_id: i64,
) -> Result<product_variants::Model, AppError> {
    let variant = product_variants::Entity::find_by_id(variant_id)
        .one(conn)
        .await?
        .ok_or(AppError::NotFound)?;
    let product = products::Entity::find_by_id(variant.product_id)
        .one(conn)
        .await?
        .ok_or(AppError::NotFound)?;
    let coop = cooperatives::Entity::find_by_id(product.cooperative_id)
        .one(conn)
        .await?
        .ok_or(AppError::NotFound)?;
    if product.status != ProductStatus::Published
        || product.hidden_at.is_some()
        || coop.status != CooperativeStatus::Approved
    {
        return Err(AppError::Conflict(ErrorId::ProductUnavailable));
    }
    Ok(variant)
}

/// Adds `quantity` units of a variant (to the line if there is one); returns the cart's unit count.
pub async fn add(
    db: &DatabaseConnection,
    owner: &CartOwner,
    variant_id: i64,
    quantity: i32,
) -> Result<i64, AppError> {
    let txn = begin_write(db).await?;
    let variant = purchasable(&txn, variant_id).await?;
    let cart = find_or_create(&txn, owner).await?;
    let existing = cart_items::Entity::find()
        .filter(cart_items::Column::CartId.eq(cart.id))
        .filter(cart_items::Column::VariantId.eq(variant_id))
        .one(&txn)
        .await?;
    let wanted = existing.as_ref().map_or(0, |e| e.quantity) + quantity;
    if wanted > MAX_QUANTITY {
        return Err(AppError::invalid("quantity", ErrorId::Quantity));
    }
    if wanted > variant.stock {
        return Err(AppError::invalid("quantity", ErrorId::NotEnoughStock));
    }
    match existing {
        Some(line) => {
            let mut line: cart_items::ActiveModel = line.into();
            line.quantity = Set(wanted);
            line.price_seen_vnd = Set(variant.price_vnd);
            line.update(&txn).await?;
        }
        None => {
            let lines = cart_items::Entity::find()
                .filter(cart_items::Column::CartId.eq(cart.id))
                .all(&txn)
                .await?
                .len();
            if lines >= MAX_CART_LINES {
                return Err(AppError::Conflict(ErrorId::CartFull));
            }
            cart_items::ActiveModel {
                cart_id: Set(cart.id),
                variant_id: Set(variant_id),
                quantity: Set(wanted),
                price_seen_vnd: Set(variant.price_vnd),
                added_at: Set(Utc::now()),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
        }
    }
    touch(&txn, cart.id).await?;
    txn.commit().await?;
    count(db, owner).await
}

/// Sets a line's quantity (1 to the stock available); NotFound for a line not in this cart.
pub async fn set_quantity(
    db: &DatabaseConnection,
    owner: &CartOwner,
    variant_id: i64,
    quantity: i32,
) -> Result<i64, AppError> {
    let txn = begin_write(db).await?;
    let cart = find(&txn, owner).await?.ok_or(AppError::NotFound)?;
    let line = cart_items::Entity::find()
        .filter(cart_items::Column::CartId.eq(cart.id))
        .filter(cart_items::Column::VariantId.eq(variant_id))
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let variant = product_variants::Entity::find_by_id(variant_id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    if quantity > variant.stock {
        return Err(AppError::invalid("quantity", ErrorId::NotEnoughStock));
    }
    let mut line: cart_items::ActiveModel = line.into();
    line.quantity = Set(quantity);
    line.update(&txn).await?;
    touch(&txn, cart.id).await?;
    txn.commit().await?;
    count(db, owner).await
}

/// Removes a line; NotFound for a line not in this cart.
pub async fn remove(db: &DatabaseConnection, owner: &CartOwner, variant_id: i64) -> Result<i64, AppError> {
    let cart = find(db, owner).await?.ok_or(AppError::NotFound)?;
    let gone = cart_items::Entity::delete_many()
        .filter(cart_items::Column::CartId.eq(cart.id))
        .filter(cart_items::Column::VariantId.eq(variant_id))
        .exec(db)
        .await?;
    if gone.rows_affected == 0 {
        return Err(AppError::NotFound);
    }
    count(db, owner).await
}

async fn touch<C: ConnectionTrait>(conn: &C, cart_id: i64) -> Result<(), AppError> {
    carts::Entity::update_many()
        .col_expr(carts::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(carts::Column::Id.eq(cart_id))
        .exec(conn)
        .await?;
    Ok(())
}

/// Moves a guest's cart into the user's at login: quantities of the same variant add up (within
/// the limit), and the guest cart is deleted.
pub async fn merge<C: ConnectionTrait>(conn: &C, guest_key: &str, user_id: i64) -> Result<(), AppError> {
    let Some(guest) = find(conn, &CartOwner::Guest(guest_key.to_owned())).await? else {
        return Ok(());
    };
    let guest_items = cart_items::Entity::find()
        .filter(cart_items::Column::CartId.eq(guest.id))
        .all(conn)
        .await?;
    if !guest_items.is_empty() {
        let cart = find_or_create(conn, &CartOwner::User(user_id)).await?;
        let mine = cart_items::Entity::find()
            .filter(cart_items::Column::CartId.eq(cart.id))
            .all(conn)
            .await?;
        for item in guest_items {
            match mine.iter().find(|m| m.variant_id == item.variant_id) {
                Some(m) => {
                    let sum = (m.quantity + item.quantity).min(MAX_QUANTITY);
                    let mut m: cart_items::ActiveModel = m.clone().into();
                    m.quantity = Set(sum);
                    m.update(conn).await?;
                }
                None => {
                    cart_items::ActiveModel {
                        cart_id: Set(cart.id),
                        variant_id: Set(item.variant_id),
                        quantity: Set(item.quantity),
                        price_seen_vnd: Set(item.price_seen_vnd),
                        added_at: Set(item.added_at),
                        ..Default::default()
                    }
                    .insert(conn)
                    .await?;
                }
            }
        }
        touch(conn, cart.id).await?;
    }
    carts::Entity::delete_by_id(guest.id).exec(conn).await?;
    Ok(())
}

/// Deletes guest carts unused for GUEST_CART_DAYS (housekeeping).
pub async fn purge_abandoned(db: &DatabaseConnection) -> Result<u64, AppError> {
    let cutoff = Utc::now() - chrono::Duration::days(GUEST_CART_DAYS);
    let done = carts::Entity::delete_many()
        .filter(carts::Column::UserId.is_null())
        .filter(carts::Column::UpdatedAt.lt(cutoff))
        .exec(db)
        .await?;
    Ok(done.rows_affected)
}
