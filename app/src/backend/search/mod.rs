//! Product search. One interface (`SearchEngine`) with two implementations: the embedded engine
//! (tantivy, under DATA_DIR/search; the default) and Meilisearch (when MEILI_URL is set). The
//! database stays the source of truth: changes reach the index through `search.sync` jobs queued
//! in the same transaction as the change (`sync`), and hits are re-read from the database before
//! they are shown, so a stale index can hide a product for a moment but never show one that left.

pub mod document;
pub mod embedded;
pub mod lazy;
pub mod meili;
pub mod service;
pub mod sync;
pub mod text;

use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// The checked request (shared with the browser, which builds the URLs).
pub use crate::domain::search as request;
pub use crate::domain::search::{Filters, SearchRequest, Sort};

/// Why the engine could not answer.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    /// The engine cannot be reached (Meilisearch down, index missing): search is degraded.
    #[error("search engine unavailable: {0}")]
    Unavailable(String),
    /// The engine answered but failed.
    #[error("search engine failed: {0}")]
    Engine(String),
}

/// What the index holds of one listed product: its words in every locale it has, and the values
/// shoppers filter, facet and sort on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchDoc {
    pub id: i64,
    /// Product names, one per locale the product has.
    pub names: Vec<String>,
    /// Short and long descriptions in every locale.
    pub descriptions: Vec<String>,
    /// The cooperative's names, the category's and the province's names in every locale: a search
    /// for "Phú Quốc" or "tea" finds products by where they come from and what they are.
    pub context: Vec<String>,
    /// The category and each ancestor, leaf first.
    pub categories: Vec<String>,
    pub region: Option<String>,
    pub cooperative: String,
    /// Stars of the verified, unexpired OCOP certificate; 0 without one.
    pub ocop_stars: u8,
    /// Kinds of verified, unexpired certificates ("ocop", "vietgap", …).
    pub certifications: Vec<String>,
    /// The cheapest variant's price in VND.
    pub price_min: i64,
    pub in_stock: bool,
    /// Seconds since the epoch.
    pub published_at: i64,
}

/// A value of a facet and how many hits carry it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FacetCount {
    pub value: String,
    pub count: u64,
}

/// Facet counts over the current query and filters, most frequent first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Facets {
    pub categories: Vec<FacetCount>,
    pub provinces: Vec<FacetCount>,
    /// Values "3", "4", "5": products with exactly that many stars.
    pub ocop_stars: Vec<FacetCount>,
    pub certifications: Vec<FacetCount>,
    pub cooperatives: Vec<FacetCount>,
    /// Values are `PRICE_BUCKETS` labels.
    pub prices: Vec<FacetCount>,
    pub in_stock: u64,
}

/// Price ranges offered as facets: (label, from inclusive, to exclusive), VND.
pub const PRICE_BUCKETS: [(&str, i64, i64); 4] = [
    ("0-100000", 0, 100_000),
    ("100000-200000", 100_000, 200_000),
    ("200000-500000", 200_000, 500_000),
    ("500000-", 500_000, i64::MAX),
];

/// Most frequent first, then by value (both engines give facets in this order)…
fn by_count(counts: &mut [FacetCount]) {
    counts.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)));
}

/// …except price ranges, which read best cheapest first.
fn in_price_order(counts: &mut [FacetCount]) {
    counts.sort_by_key(|b| PRICE_BUCKETS.iter().position(|(label, _, _)| *label == b.value));
}

/// One page of hits (product ids, best first), the total and the facets.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchHits {
    pub ids: Vec<i64>,
    pub total: u64,
    pub facets: Facets,
}

/// A search engine. Implementations apply their own settings idempotently when built.
#[async_trait::async_trait]
pub trait SearchEngine: Send + Sync {
    /// "embedded" or "meilisearch", for logs and /healthz.
    fn name(&self) -> &'static str;
    /// Adds or replaces documents.
    async fn upsert(&self, docs: Vec<SearchDoc>) -> Result<(), SearchError>;
    /// Removes documents (absent ones are ignored).
    async fn delete(&self, ids: &[i64]) -> Result<(), SearchError>;
    async fn search(&self, request: &SearchRequest) -> Result<SearchHits, SearchError>;
    /// Builds a complete new index from `batches` and swaps it in once it is whole; searches keep
    /// being answered from the old one meanwhile. `progress` is told how many documents are in.
    async fn rebuild(
        &self,
        batches: &mut (dyn DocBatches + Send),
        progress: &(dyn Fn(u64) + Send + Sync),
    ) -> Result<u64, SearchError>;
    /// Whether the engine answers.
    async fn health(&self) -> Result<(), SearchError>;
}

/// Documents handed to `rebuild` a batch at a time (so 100,000 products never sit in memory).
#[async_trait::async_trait]
pub trait DocBatches {
    async fn next_batch(&mut self) -> Result<Option<Vec<SearchDoc>>, SearchError>;
}

/// The engine chosen by configuration.
pub type Engine = Arc<dyn SearchEngine>;
