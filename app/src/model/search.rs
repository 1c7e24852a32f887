//! What the search page, the suggestions and the JSON API show.

use crate::model::catalog::ProductCard;
use serde::{Deserialize, Serialize};

/// A piece of a name, and whether it matched the query (shown marked).
pub type Marked = Vec<(String, bool)>;

/// One hit: its card, and its name cut into marked and unmarked pieces.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchHitView {
    pub card: ProductCard,
    pub name_marked: Marked,
}

/// One value a facet offers: its label in the shopper's locale and how many hits have it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FacetOption {
    pub value: String,
    pub label: String,
    pub count: u64,
}

/// The sidebar's counts, over the current query and filters.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FacetsView {
    pub categories: Vec<FacetOption>,
    pub provinces: Vec<FacetOption>,
    /// Products with at least N stars, N = 5, 4, 3 (cumulative).
    pub ocop_stars: Vec<FacetOption>,
    /// Labels are message ids' suffixes ("vietgap"); the page translates them.
    pub certifications: Vec<FacetOption>,
    pub cooperatives: Vec<FacetOption>,
    /// Values are "from-to" in VND; the page formats them.
    pub prices: Vec<FacetOption>,
    pub in_stock: u64,
}

/// A search page's content.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchPageView {
    pub hits: Vec<SearchHitView>,
    pub total: u64,
    pub page: u32,
    pub pages: u32,
    pub facets: FacetsView,
    pub took_ms: u64,
    /// The engine could not be reached: the page says so and the rest of the site works.
    pub unavailable: bool,
}

/// A suggestion under the header's search box.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Suggestion {
    pub slug: String,
    pub name_marked: Marked,
}
