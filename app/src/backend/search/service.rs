//! Search as the pages and the API use it: ask the engine, then re-read the hits from the database
//! (only products still listed are shown, whatever the index says) and label the facets in the
//! shopper's language.

use super::{text, Engine, FacetCount, SearchError, SearchHits, SearchRequest};
use crate::backend::catalog::public::{cards, cooperative_names, in_order, visible};
use crate::backend::entities::{categories, cooperatives, regions};
use crate::error::AppError;
use crate::error::ErrorId;
use crate::model::search::{FacetOption, FacetsView, SearchHitView, SearchPageView, Suggestion};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};
use std::collections::HashMap;

/// Suggestions shown under the search box.
const SUGGESTIONS: u32 = 6;

fn unavailable(e: SearchError) -> AppError {
    tracing::warn!(error = %e, "search failed");
    AppError::Conflict(ErrorId::SearchUnavailable)
}

/// The engine's answer and how long it took, in milliseconds.
pub async fn hits(engine: &Engine, request: &SearchRequest) -> Result<(SearchHits, u64), SearchError> {
    let started = std::time::Instant::now();
    let hits = engine.search(request).await?;
    Ok((hits, started.elapsed().as_millis() as u64))
}

/// A search page; an unreachable engine gives an empty page marked `unavailable`.
pub async fn page(
    db: &DatabaseConnection,
    engine: &Engine,
    request: &SearchRequest,
) -> Result<SearchPageView, AppError> {
    let (found, took_ms) = match hits(engine, request).await {
        Ok(found) => found,
        Err(e) => {
            tracing::warn!(error = %e, "search unavailable");
            return Ok(SearchPageView {
                page: request.page,
                pages: 1,
                unavailable: true,
                ..Default::default()
            });
        }
    };
    let locale = request.locale;
    let rows = in_order(db, visible(), &found.ids).await?;
    let hits = cards(db, rows, locale)
        .await?
        .into_iter()
        .map(|card| SearchHitView {
            name_marked: text::highlight(&card.name, &request.q),
            card,
        })
        .collect();
    let pages = (found.total.div_ceil(u64::from(request.per_page)).max(1))
        .min(u64::from(super::request::MAX_PAGE)) as u32;
    Ok(SearchPageView {
        hits,
        total: found.total,
        page: request.page,
        pages,
        facets: label_facets(db, &found.facets, locale).await?,
        took_ms,
        unavailable: false,
    })
}

/// Names for the facet values, in the shopper's locale.
async fn label_facets(
    db: &DatabaseConnection,
    f: &super::Facets,
    locale: crate::i18n::Locale,
) -> Result<FacetsView, AppError> {
    let category_names: HashMap<String, String> = categories::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.code.clone(), c.name(locale).to_owned()))
        .collect();
    let region_names: HashMap<String, String> = regions::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|r| (r.code.clone(), r.name(locale).to_owned()))
        .collect();
    let cert_names = crate::backend::catalog::cert_kinds::labels(db, locale).await?;
    let coops = cooperatives::Entity::find()
        .filter(cooperatives::Column::Slug.is_in(f.cooperatives.iter().map(|c| c.value.clone())))
        .all(db)
        .await?;
    let mut by_id = cooperative_names(db, &coops, locale).await?;
    let coop_names: HashMap<String, String> = coops
        .into_iter()
        .filter_map(|c| by_id.remove(&c.id).map(|n| (c.slug, n)))
        .collect();
    let labelled = |list: &[FacetCount], names: &HashMap<String, String>| -> Vec<FacetOption> {
        list.iter()
            .filter_map(|c| {
                names.get(&c.value).map(|label| FacetOption {
                    value: c.value.clone(),
                    label: label.clone(),
                    count: c.count,
                })
            })
            .collect()
    };
    let raw = |list: &[FacetCount]| -> Vec<FacetOption> {
        list.iter()
            .map(|c| FacetOption {
                value: c.value.clone(),
                label: c.value.clone(),
                count: c.count,
            })
            .collect()
    };
    // "At least N stars" counts are cumulative over the exact counts.
    let exact: HashMap<&str, u64> = f.ocop_stars.iter().map(|c| (c.value.as_str(), c.count)).collect();
    let mut ocop_stars = Vec::new();
    let mut running = 0;
    for n in [5u8, 4, 3] {
        running += exact.get(n.to_string().as_str()).copied().unwrap_or(0);
        if running > 0 {
            ocop_stars.push(FacetOption {
                value: n.to_string(),
                label: n.to_string(),
                count: running,
            });
        }
    }
    Ok(FacetsView {
        categories: labelled(&f.categories, &category_names),
        provinces: labelled(&f.provinces, &region_names),
        ocop_stars,
        certifications: labelled(&f.certifications, &cert_names),
        cooperatives: labelled(&f.cooperatives, &coop_names),
        prices: raw(&f.prices),
        in_stock: f.in_stock,
    })
}

/// Up to six product names for the search box, marked where they match.
pub async fn suggestions(
    db: &DatabaseConnection,
    engine: &Engine,
    request: &SearchRequest,
) -> Result<Vec<Suggestion>, AppError> {
    if request.q.chars().count() < 2 {
        return Ok(vec![]);
    }
    let mut request = request.clone();
    request.per_page = SUGGESTIONS;
    request.page = 1;
    let (found, _) = hits(engine, &request).await.map_err(unavailable)?;
    let rows = in_order(db, visible(), &found.ids).await?;
    Ok(cards(db, rows, request.locale)
        .await?
        .into_iter()
        .map(|c| Suggestion {
            name_marked: text::highlight(&c.name, &request.q),
            slug: c.slug,
        })
        .collect())
}
