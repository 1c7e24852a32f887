//! Search documents built from the database: one per listed product (published, of an approved
//! cooperative), with its words in every locale it has.

use super::SearchDoc;
use crate::backend::catalog::listings;
use crate::backend::entities::{
    categories, cooperative_translations, cooperatives, product_certifications as certs, product_listings,
    product_translations, product_variants, products, regions,
};
use crate::domain::catalog::ocop_badge_shown;
use crate::i18n::Locale;
use chrono::NaiveDate;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use std::collections::{BTreeSet, HashMap};

/// Ids of listed products after `after`, in id order, at most `limit` (for rebuilding in batches).
pub async fn listed_ids_after<C: ConnectionTrait>(
    conn: &C,
    after: i64,
    limit: u64,
) -> Result<Vec<i64>, DbErr> {
    product_listings::Entity::find()
        .select_only()
        .column(product_listings::Column::ProductId)
        .filter(product_listings::Column::CategoryCode.eq(listings::ALL))
        .filter(product_listings::Column::ProductId.gt(after))
        .order_by_asc(product_listings::Column::ProductId)
        .limit(limit)
        .into_tuple()
        .all(conn)
        .await
}

/// The documents of those of `ids` that are listed; the others belong out of the index.
pub async fn load<C: ConnectionTrait>(
    conn: &C,
    ids: &[i64],
    today: NaiveDate,
) -> Result<Vec<SearchDoc>, DbErr> {
    if ids.is_empty() {
        return Ok(vec![]);
    }
    let listed: Vec<i64> = product_listings::Entity::find()
        .select_only()
        .column(product_listings::Column::ProductId)
        .filter(product_listings::Column::CategoryCode.eq(listings::ALL))
        .filter(product_listings::Column::ProductId.is_in(ids.iter().copied()))
        .into_tuple()
        .all(conn)
        .await?;
    if listed.is_empty() {
        return Ok(vec![]);
    }
    let rows = products::Entity::find()
        .filter(products::Column::Id.is_in(listed.clone()))
        .order_by_asc(products::Column::Id)
        .all(conn)
        .await?;
    let mut texts: HashMap<i64, Vec<product_translations::Model>> = HashMap::new();
    for t in product_translations::Entity::find()
        .filter(product_translations::Column::ProductId.is_in(listed.clone()))
        .all(conn)
        .await?
    {
        texts.entry(t.product_id).or_default().push(t);
    }
    let mut prices: HashMap<i64, (i64, bool)> = HashMap::new();
    for v in product_variants::Entity::find()
        .filter(product_variants::Column::ProductId.is_in(listed.clone()))
        .all(conn)
        .await?
    {
        let e = prices.entry(v.product_id).or_insert((v.price_vnd, false));
        e.0 = e.0.min(v.price_vnd);
        e.1 |= v.stock > 0;
    }
    // Only what shoppers are shown counts: verified and unexpired.
    let mut shown: HashMap<i64, (u8, BTreeSet<String>)> = HashMap::new();
    for c in certs::Entity::find()
        .filter(certs::Column::ProductId.is_in(listed.clone()))
        .all(conn)
        .await?
        .into_iter()
        .filter(|c| ocop_badge_shown(c.status, c.expires_on, today))
    {
        let e = shown.entry(c.product_id).or_default();
        if c.kind == "ocop" {
            e.0 = e.0.max(c.stars.unwrap_or(0).clamp(0, 5) as u8);
        }
        e.1.insert(c.kind);
    }
    let coop_ids: BTreeSet<i64> = rows.iter().map(|p| p.cooperative_id).collect();
    let coops: HashMap<i64, cooperatives::Model> = cooperatives::Entity::find()
        .filter(cooperatives::Column::Id.is_in(coop_ids.iter().copied()))
        .all(conn)
        .await?
        .into_iter()
        .map(|c| (c.id, c))
        .collect();
    let mut coop_names: HashMap<i64, Vec<String>> = HashMap::new();
    for t in cooperative_translations::Entity::find()
        .filter(cooperative_translations::Column::CooperativeId.is_in(coop_ids.iter().copied()))
        .all(conn)
        .await?
    {
        coop_names
            .entry(t.cooperative_id)
            .or_default()
            .extend(t.trading_name);
    }
    let categories: HashMap<String, categories::Model> = categories::Entity::find()
        .all(conn)
        .await?
        .into_iter()
        .map(|c| (c.code.clone(), c))
        .collect();
    let parents = categories
        .values()
        .map(|c| (c.code.clone(), c.parent_code.clone()))
        .collect();
    let regions: HashMap<String, regions::Model> = regions::Entity::find()
        .all(conn)
        .await?
        .into_iter()
        .map(|r| (r.code.clone(), r))
        .collect();

    let mut docs = Vec::with_capacity(rows.len());
    for p in rows {
        let Some(coop) = coops.get(&p.cooperative_id) else {
            continue;
        };
        let own = texts.remove(&p.id).unwrap_or_default();
        let mut context: Vec<String> = vec![coop.legal_name_vi.clone()];
        context.extend(coop_names.get(&coop.id).cloned().unwrap_or_default());
        let chain = listings::ancestry(&parents, &p.category_code);
        for c in chain.iter().filter_map(|code| categories.get(code)) {
            context.extend(Locale::ALL.map(|l| c.name(l).to_owned()));
        }
        if let Some(r) = p.origin_region_code.as_ref().and_then(|c| regions.get(c)) {
            context.extend(Locale::ALL.map(|l| r.name(l).to_owned()));
        }
        context.dedup();
        let (price_min, in_stock) = prices.get(&p.id).copied().unwrap_or((0, false));
        let (ocop_stars, kinds) = shown.remove(&p.id).unwrap_or_default();
        docs.push(SearchDoc {
            id: p.id,
            names: own.iter().map(|t| t.name.clone()).collect(),
            descriptions: own
                .iter()
                .flat_map(|t| [t.short_description.clone(), t.description_md.clone()])
                .flatten()
                .collect(),
            context,
            categories: chain,
            region: p.origin_region_code.clone(),
            cooperative: coop.slug.clone(),
            ocop_stars,
            certifications: kinds.into_iter().collect(),
            price_min,
            in_stock,
            published_at: p.published_at.map_or(0, |t| t.timestamp()),
        });
    }
    Ok(docs)
}
