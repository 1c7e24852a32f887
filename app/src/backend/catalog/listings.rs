//! Keeps `product_listings` in step with what shoppers may see. Every write that can change whether
//! or where a product is listed (its status or category, its cooperative's status, seeding) calls
//! `refresh` in the same transaction, so the listing never disagrees with the products.

use crate::backend::entities::{categories, cooperatives, product_listings, products};
use crate::domain::catalog::ProductStatus;
use crate::domain::cooperative_status::CooperativeStatus;
use crate::error::AppError;
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, JoinType, QueryFilter, QuerySelect, RelationTrait, Set,
};
use std::collections::HashMap;

/// The key under which every listed product appears once.
pub const ALL: &str = "*";

/// Products per statement: keeps bound parameters under SQLite's and PostgreSQL's limits.
const CHUNK: usize = 1_000;

/// Re-lists the given products and queues their search documents' update.
pub async fn refresh<C: ConnectionTrait>(conn: &C, product_ids: &[i64]) -> Result<(), AppError> {
    relist(conn, product_ids).await?;
    crate::backend::search::sync::enqueue(conn, product_ids).await?;
    Ok(())
}

/// Re-lists the given products: each one that is published and whose cooperative is approved
/// appears under its category and every ancestor; the others disappear. (Seeding calls this alone
/// and rebuilds the search index once at the end.)
pub async fn relist<C: ConnectionTrait>(conn: &C, product_ids: &[i64]) -> Result<(), AppError> {
    if product_ids.is_empty() {
        return Ok(());
    }
    let parents: HashMap<String, Option<String>> = categories::Entity::find()
        .all(conn)
        .await?
        .into_iter()
        .map(|c| (c.code, c.parent_code))
        .collect();
    for ids in product_ids.chunks(CHUNK) {
        product_listings::Entity::delete_many()
            .filter(product_listings::Column::ProductId.is_in(ids.iter().copied()))
            .exec(conn)
            .await?;
        let listed = products::Entity::find()
            .join(JoinType::InnerJoin, products::Relation::Cooperative.def())
            .filter(products::Column::Id.is_in(ids.iter().copied()))
            .filter(products::Column::Status.eq(ProductStatus::Published))
            .filter(products::Column::HiddenAt.is_null())
            .filter(cooperatives::Column::Status.eq(CooperativeStatus::Approved))
            .all(conn)
            .await?;
        let mut rows = Vec::with_capacity(listed.len() * 3);
        for p in listed {
            let Some(published_at) = p.published_at else {
                continue;
            };
            let under = std::iter::once(ALL.to_owned()).chain(ancestry(&parents, &p.category_code));
            rows.extend(under.map(|code| product_listings::ActiveModel {
                category_code: Set(code),
                product_id: Set(p.id),
                published_at: Set(published_at),
            }));
        }
        if !rows.is_empty() {
            product_listings::Entity::insert_many(rows).exec(conn).await?;
        }
    }
    Ok(())
}

/// A category and its ancestors, leaf first. The taxonomy is a tree; the bound guards against a
/// cycle ever written by hand.
pub fn ancestry(parents: &HashMap<String, Option<String>>, code: &str) -> Vec<String> {
    let mut chain = Vec::new();
    let mut at = Some(code.to_owned());
    while let Some(code) = at.take().filter(|_| chain.len() <= parents.len()) {
        at = parents.get(&code).cloned().flatten();
        chain.push(code);
    }
    chain
}

/// Re-lists every product of a cooperative (after its status changed).
pub async fn refresh_cooperative<C: ConnectionTrait>(conn: &C, cooperative_id: i64) -> Result<(), AppError> {
    let ids = product_ids(conn, Some(cooperative_id)).await?;
    refresh(conn, &ids).await
}

/// Re-lists the whole catalog (after seeding; the search index is rebuilt separately).
pub async fn rebuild<C: ConnectionTrait>(conn: &C) -> Result<(), AppError> {
    let ids = product_ids(conn, None).await?;
    relist(conn, &ids).await
}

async fn product_ids<C: ConnectionTrait>(
    conn: &C,
    cooperative_id: Option<i64>,
) -> Result<Vec<i64>, AppError> {
    let mut query = products::Entity::find()
        .select_only()
        .column(products::Column::Id);
    if let Some(id) = cooperative_id {
        query = query.filter(products::Column::CooperativeId.eq(id));
    }
    Ok(query.into_tuple::<i64>().all(conn).await?)
}
