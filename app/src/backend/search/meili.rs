//! Meilisearch behind `SearchEngine` (chosen when MEILI_URL is set). Meilisearch folds tone marks
//! away as `text::fold` does, so "đường" (sugar) and "dương" would be one word to it: documents also
//! carry the Telex forms of their names' marked words (`marked`), and queries typed with marks append
//! theirs, so hits keeping the marks rank first while a query typed without marks still finds both.

use super::text;
use super::{
    by_count, in_price_order, DocBatches, FacetCount, Facets, Filters, SearchDoc, SearchEngine, SearchError,
    SearchHits, SearchRequest, Sort, PRICE_BUCKETS,
};
use meilisearch_sdk::client::{Client, SwapIndexes};
use meilisearch_sdk::errors::{Error as MeiliError, ErrorCode};
use meilisearch_sdk::indexes::Index;
use meilisearch_sdk::search::{MatchingStrategies, Selectors};
use meilisearch_sdk::settings::{
    FacetSortValue, FacetingSettings, MinWordSizeForTypos, PaginationSetting, Settings, TypoToleranceSettings,
};
use meilisearch_sdk::task_info::TaskInfo;
use meilisearch_sdk::tasks::Task;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::future::Future;
use std::sync::{Mutex, PoisonError};
use std::time::Duration;

const PRIMARY_KEY: &str = "id";
/// Most important first: Meilisearch's attribute rule ranks a match in a name above one in a
/// description.
const SEARCHABLE: [&str; 4] = ["names", "marked", "context", "descriptions"];
const FILTERABLE: [&str; 8] = [
    "categories",
    "region",
    "cooperative",
    "ocop_stars",
    "certifications",
    "price_min",
    "in_stock",
    "price_bucket",
];
const SORTABLE: [&str; 3] = ["price_min", "published_at", "ocop_stars"];
/// Attributes counted as facets on every search.
const FACET_FIELDS: &[&str] = &[
    "categories",
    "region",
    "ocop_stars",
    "certifications",
    "cooperative",
    "price_bucket",
    "in_stock",
];
/// Hits are re-read from the database, so only their ids travel back.
const RETRIEVED: &[&str] = &["id"];
/// Totals are exact up to this many hits (see `search`); well above any catalogue we expect.
const MAX_TOTAL_HITS: usize = 1_000_000;
/// Values returned per facet, most frequent first.
const MAX_FACET_VALUES: usize = 100;
/// One HTTP exchange. The SDK's client sets no timeout, and a server that accepts connections but
/// never answers must degrade search, not hang it.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);
/// A search: shoppers would rather see a degraded page than wait longer.
const SEARCH_TIMEOUT: Duration = Duration::from_secs(5);
/// Uploading one rebuild batch.
const UPLOAD_TIMEOUT: Duration = Duration::from_secs(120);
/// Processing an upsert or delete, which may queue behind a rebuild's batches.
const WRITE_TIMEOUT: Duration = Duration::from_secs(120);
/// Processing the settings applied on connect. Searches wait while a lazy connect runs, so this is
/// short: settings that did not change apply at once, and a slow re-index is waited for on retry.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(60);
/// Processing a rebuild's steps: its settings, batches, swap and index deletions.
const BULK_TIMEOUT: Duration = Duration::from_secs(30 * 60);
/// How often a task's status is polled.
const POLL: Duration = Duration::from_millis(100);

/// A `SearchDoc` as stored in Meilisearch, with the two fields only this engine needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MeiliDoc {
    #[serde(flatten)]
    pub doc: SearchDoc,
    /// Telex forms of the names' words that carry marks ("đường" → "dduwowngf"): the one place
    /// where Meilisearch still tells "đường" from "dương".
    pub marked: Vec<String>,
    /// The `PRICE_BUCKETS` label holding `price_min`, counted as a facet.
    pub price_bucket: String,
}

impl From<SearchDoc> for MeiliDoc {
    fn from(doc: SearchDoc) -> Self {
        let mut marked: Vec<String> = Vec::new();
        for term in doc.names.iter().flat_map(|name| text::marked_terms(name)) {
            if !marked.contains(&term) {
                marked.push(term);
            }
        }
        MeiliDoc {
            price_bucket: price_bucket(doc.price_min).to_owned(),
            marked,
            doc,
        }
    }
}

/// The label of the `PRICE_BUCKETS` range holding `price` (buckets are contiguous and ascending;
/// a negative price, which the catalogue never holds, falls in the first).
pub fn price_bucket(price: i64) -> &'static str {
    PRICE_BUCKETS
        .iter()
        .rev()
        .find(|(_, from, _)| price >= *from)
        .map_or(PRICE_BUCKETS[0].0, |(label, _, _)| *label)
}

/// The `q` sent for a shopper's query: the query as typed, then the Telex forms of its words that
/// carry marks. With matching strategy "last" Meilisearch drops words from the end until documents
/// match, so documents keeping the marks match every word and rank first, and documents without
/// them are still found by the words as typed. (Meilisearch reads only a query's first 10 words;
/// past that the Telex forms are simply ignored.)
pub fn query_text(q: &str) -> String {
    let q = q.trim_end();
    let mut marked: Vec<String> = Vec::new();
    for piece in text::pieces(q) {
        if let text::Piece::Word(word) = piece {
            if let Some(t) = text::telex(&word).filter(|t| !marked.contains(t)) {
                marked.push(t);
            }
        }
    }
    if marked.is_empty() {
        q.to_owned()
    } else {
        format!("{q} {}", marked.join(" "))
    }
}

/// A filter value as a Meilisearch string literal. The request boundary already restricts codes to
/// `[a-z0-9-]`; quoting anyway keeps this function safe on its own.
fn quoted(value: &str) -> String {
    format!("\"{}\"", value.replace('\\', "\\\\").replace('"', "\\\""))
}

/// The Meilisearch filter expression for `f`, None when nothing narrows the search.
pub fn filter_expression(f: &Filters) -> Option<String> {
    let mut parts: Vec<String> = Vec::new();
    if let Some(category) = &f.category {
        parts.push(format!("categories = {}", quoted(category)));
    }
    if let Some(province) = &f.province {
        parts.push(format!("region = {}", quoted(province)));
    }
    if let Some(cooperative) = &f.cooperative {
        parts.push(format!("cooperative = {}", quoted(cooperative)));
    }
    if let Some(stars) = f.min_stars {
        parts.push(format!("ocop_stars >= {stars}"));
    }
    if let Some(kind) = &f.certification {
        parts.push(format!("certifications = {}", quoted(kind)));
    }
    if let Some(min) = f.min_price {
        parts.push(format!("price_min >= {min}"));
    }
    if let Some(max) = f.max_price {
        parts.push(format!("price_min <= {max}"));
    }
    if f.in_stock {
        parts.push("in_stock = true".to_owned());
    }
    (!parts.is_empty()).then(|| parts.join(" AND "))
}

/// The Meilisearch sort for `s`; None keeps relevance order.
pub fn sort_expression(s: Sort) -> Option<&'static str> {
    match s {
        Sort::Relevance => None,
        Sort::PriceAsc => Some("price_min:asc"),
        Sort::PriceDesc => Some("price_min:desc"),
        Sort::Newest => Some("published_at:desc"),
        Sort::Stars => Some("ocop_stars:desc"),
    }
}

/// `text::SYNONYMS` as Meilisearch wants them: every phrase mapped to all the others of its group.
pub fn synonym_map() -> HashMap<String, Vec<String>> {
    let mut map: HashMap<String, Vec<String>> = HashMap::new();
    for group in text::SYNONYMS {
        for phrase in group.iter() {
            let others = map.entry((*phrase).to_owned()).or_default();
            for other in group.iter().filter(|o| *o != phrase) {
                if !others.iter().any(|known| known.as_str() == *other) {
                    others.push((*other).to_owned());
                }
            }
        }
    }
    map
}

/// The settings of every index this engine makes (the live one, and the one a rebuild fills).
/// Ranking rules stay Meilisearch's defaults.
pub fn index_settings() -> Settings {
    Settings::new()
        .with_searchable_attributes(SEARCHABLE)
        .with_filterable_attributes(FILTERABLE)
        .with_sortable_attributes(SORTABLE)
        .with_synonyms(synonym_map())
        .with_typo_tolerance(TypoToleranceSettings {
            enabled: Some(true),
            // Telex forms spell marks exactly; a typo in one is the other word ("dduwowngf" is two
            // edits from "duwowng"), the very confusion they exist to avoid.
            disable_on_attributes: Some(vec!["marked".to_owned()]),
            // As `text::typo_budget`: Vietnamese syllables are short.
            min_word_size_for_typos: Some(MinWordSizeForTypos {
                one_typo: Some(4),
                two_typos: Some(8),
            }),
            ..TypoToleranceSettings::default()
        })
        .with_pagination(PaginationSetting {
            max_total_hits: MAX_TOTAL_HITS,
        })
        .with_faceting(FacetingSettings {
            max_values_per_facet: MAX_FACET_VALUES,
            // Without this Meilisearch keeps the alphabetically first values, not the most frequent.
            sort_facet_values_by: Some(BTreeMap::from([("*".to_owned(), FacetSortValue::Count)])),
        })
}

/// Tells "cannot reach" (search degraded, retry later) from "answered but failed".
fn engine_error(e: MeiliError) -> SearchError {
    match e {
        MeiliError::HttpError(e) => SearchError::Unavailable(e.to_string()),
        // A proxy in front of a stopped Meilisearch answers 502/503 without Meilisearch's body.
        MeiliError::MeilisearchCommunication(e) if e.status_code >= 500 => {
            SearchError::Unavailable(e.to_string())
        }
        MeiliError::Meilisearch(e) if e.error_code == ErrorCode::IndexNotFound => {
            SearchError::Unavailable(e.to_string())
        }
        MeiliError::Timeout => SearchError::Engine("a Meilisearch task did not finish in time".to_owned()),
        e => SearchError::Engine(e.to_string()),
    }
}

fn no_answer(limit: Duration) -> SearchError {
    SearchError::Unavailable(format!("Meilisearch did not answer within {} s", limit.as_secs()))
}

/// Runs one call to Meilisearch within `limit`, its errors mapped.
async fn within<T>(
    limit: Duration,
    call: impl Future<Output = Result<T, MeiliError>>,
) -> Result<T, SearchError> {
    tokio::time::timeout(limit, call)
        .await
        .map_err(|_| no_answer(limit))?
        .map_err(engine_error)
}

/// Waits until Meilisearch has processed `task`. The SDK counts only its sleeps against `limit`,
/// so the outer bound leaves room for the polling requests themselves.
async fn settle(client: &Client, task: TaskInfo, limit: Duration) -> Result<Task, SearchError> {
    within(
        limit * 2 + REQUEST_TIMEOUT,
        task.wait_for_completion(client, Some(POLL), Some(limit)),
    )
    .await
}

/// A processed task's outcome; `tolerated` names a failure that means "already so".
fn outcome(task: Task, tolerated: Option<ErrorCode>) -> Result<(), SearchError> {
    match task {
        Task::Succeeded { .. } => Ok(()),
        Task::Failed { content } if tolerated.as_ref() == Some(&content.error.error_code) => Ok(()),
        Task::Failed { content } => Err(engine_error(MeiliError::Meilisearch(content.error))),
        _ => Err(SearchError::Engine(
            "a Meilisearch task is still pending".to_owned(),
        )),
    }
}

/// Waits for `task` and fails if it failed: a write is visible once this returns.
async fn finish(client: &Client, task: TaskInfo, limit: Duration) -> Result<(), SearchError> {
    outcome(settle(client, task, limit).await?, None)
}

/// Makes sure index `uid` exists with our primary key.
async fn ensure_index(client: &Client, uid: &str, limit: Duration) -> Result<(), SearchError> {
    let mut index = match tokio::time::timeout(REQUEST_TIMEOUT, client.get_index(uid)).await {
        Err(_) => return Err(no_answer(REQUEST_TIMEOUT)),
        Ok(Err(MeiliError::Meilisearch(e))) if e.error_code == ErrorCode::IndexNotFound => {
            let task = within(REQUEST_TIMEOUT, client.create_index(uid, Some(PRIMARY_KEY))).await?;
            // Another instance may have created it meanwhile.
            return outcome(
                settle(client, task, limit).await?,
                Some(ErrorCode::IndexAlreadyExists),
            );
        }
        Ok(found) => found.map_err(engine_error)?,
    };
    // An index made some other way (by hand, or by a document write) may lack the key.
    match index.primary_key.clone().as_deref() {
        Some(PRIMARY_KEY) => Ok(()),
        None => {
            let task = within(REQUEST_TIMEOUT, index.set_primary_key(PRIMARY_KEY)).await?;
            finish(client, task, limit).await
        }
        Some(other) => Err(SearchError::Engine(format!(
            "Meilisearch index {uid} has primary key {other:?}, not {PRIMARY_KEY:?}"
        ))),
    }
}

/// Creates index `uid` if needed and applies `index_settings`. Idempotent: Meilisearch re-indexes
/// only for settings that changed.
async fn configure(client: &Client, uid: &str, limit: Duration) -> Result<(), SearchError> {
    ensure_index(client, uid, limit).await?;
    let settings = index_settings();
    let index = client.index(uid);
    let task = within(REQUEST_TIMEOUT, index.set_settings(&settings)).await?;
    finish(client, task, limit).await
}

/// Deletes index `uid`; one already gone is fine.
async fn drop_index(client: &Client, uid: &str) -> Result<(), SearchError> {
    let task = match tokio::time::timeout(REQUEST_TIMEOUT, client.delete_index(uid)).await {
        Err(_) => return Err(no_answer(REQUEST_TIMEOUT)),
        Ok(Err(MeiliError::Meilisearch(e))) if e.error_code == ErrorCode::IndexNotFound => return Ok(()),
        Ok(answer) => answer.map_err(engine_error)?,
    };
    outcome(
        settle(client, task, BULK_TIMEOUT).await?,
        Some(ErrorCode::IndexNotFound),
    )
}

/// Facet counts from Meilisearch's `facetDistribution`, most frequent first (prices excepted).
fn facets_from(mut distribution: HashMap<String, HashMap<String, usize>>) -> Facets {
    let mut take = |field: &str| -> Vec<FacetCount> {
        let mut counts: Vec<FacetCount> = distribution
            .remove(field)
            .unwrap_or_default()
            .into_iter()
            .map(|(value, count)| FacetCount {
                value,
                count: count as u64,
            })
            .collect();
        by_count(&mut counts);
        counts
    };
    // Stars are numbers to Meilisearch; 0 (no certificate) is not a choice shoppers are offered.
    let ocop_stars = take("ocop_stars")
        .into_iter()
        .filter_map(|c| {
            let stars = c
                .value
                .parse::<f64>()
                .ok()
                .filter(|s| [3.0, 4.0, 5.0].contains(s))?;
            Some(FacetCount {
                value: (stars as u8).to_string(),
                count: c.count,
            })
        })
        .collect();
    let mut prices = take("price_bucket");
    in_price_order(&mut prices);
    let in_stock = take("in_stock")
        .into_iter()
        .find(|c| c.value == "true")
        .map_or(0, |c| c.count);
    Facets {
        categories: take("categories"),
        provinces: take("region"),
        ocop_stars,
        certifications: take("certifications"),
        cooperatives: take("cooperative"),
        prices,
        in_stock,
    }
}

/// What a hit brings back.
#[derive(Deserialize)]
struct Hit {
    id: i64,
}

/// Search through one Meilisearch index, configured on connect.
pub struct MeiliEngine {
    client: Client,
    uid: String,
    index: Index,
    /// The index a running rebuild fills: writes go there too, so changes made while it fills
    /// survive the swap.
    mirror: Mutex<Option<String>>,
}

/// Points writes at the index being rebuilt for as long as it lives, however the rebuild ends.
struct Mirroring<'a>(&'a Mutex<Option<String>>);

impl<'a> Mirroring<'a> {
    fn start(mirror: &'a Mutex<Option<String>>, uid: &str) -> Self {
        *mirror.lock().unwrap_or_else(PoisonError::into_inner) = Some(uid.to_owned());
        Mirroring(mirror)
    }
}

impl Drop for Mirroring<'_> {
    fn drop(&mut self) {
        *self.0.lock().unwrap_or_else(PoisonError::into_inner) = None;
    }
}

impl MeiliEngine {
    /// Connects to Meilisearch at `url` and applies the index settings, waiting until they are in.
    pub async fn connect(
        url: &str,
        api_key: Option<&str>,
        index_uid: &str,
    ) -> Result<MeiliEngine, SearchError> {
        // The SDK puts the key in a header with `unwrap`: refuse what it would panic on.
        if api_key.is_some_and(|k| k.bytes().any(|b| b.is_ascii_control() && b != b'\t')) {
            return Err(SearchError::Engine(
                "the Meilisearch API key has control characters".to_owned(),
            ));
        }
        let client = Client::new(url.trim_end_matches('/'), api_key)
            .map_err(|e| SearchError::Engine(format!("Meilisearch client: {e}")))?;
        configure(&client, index_uid, CONNECT_TIMEOUT).await?;
        Ok(MeiliEngine {
            index: client.index(index_uid),
            uid: index_uid.to_owned(),
            client,
            mirror: Mutex::new(None),
        })
    }

    /// The indexes a write must reach: the live one, and the one being rebuilt if any.
    fn write_targets(&self) -> Vec<Index> {
        let mirror = self.mirror.lock().unwrap_or_else(PoisonError::into_inner).clone();
        std::iter::once(self.index.clone())
            .chain(mirror.map(|uid| self.client.index(uid)))
            .collect()
    }
}

#[async_trait::async_trait]
impl SearchEngine for MeiliEngine {
    fn name(&self) -> &'static str {
        "meilisearch"
    }

    async fn upsert(&self, docs: Vec<SearchDoc>) -> Result<(), SearchError> {
        if docs.is_empty() {
            return Ok(());
        }
        let docs: Vec<MeiliDoc> = docs.into_iter().map(MeiliDoc::from).collect();
        for index in self.write_targets() {
            let task = within(REQUEST_TIMEOUT, index.add_or_replace(&docs, None)).await?;
            finish(&self.client, task, WRITE_TIMEOUT).await?;
        }
        Ok(())
    }

    async fn delete(&self, ids: &[i64]) -> Result<(), SearchError> {
        if ids.is_empty() {
            return Ok(());
        }
        for index in self.write_targets() {
            let task = within(REQUEST_TIMEOUT, index.delete_documents(ids)).await?;
            finish(&self.client, task, WRITE_TIMEOUT).await?;
        }
        Ok(())
    }

    async fn search(&self, request: &SearchRequest) -> Result<SearchHits, SearchError> {
        let q = query_text(&request.q);
        let filter = filter_expression(&request.filters);
        let sort = sort_expression(request.sort).map(|s| [s]);
        let mut query = self.index.search();
        // page/hitsPerPage rather than offset/limit: the window is the same (page N of `per_page`
        // starts at `request.offset()`), but only this form makes Meilisearch count hits
        // exhaustively (`totalHits`, exact up to pagination.maxTotalHits, set high in
        // `index_settings`) instead of estimating them (`estimatedTotalHits`).
        query
            .with_query(&q)
            .with_page(request.page.max(1) as usize)
            .with_hits_per_page(request.per_page as usize)
            .with_matching_strategy(MatchingStrategies::LAST)
            .with_facets(Selectors::Some(FACET_FIELDS))
            .with_attributes_to_retrieve(Selectors::Some(RETRIEVED));
        if let Some(filter) = &filter {
            query.with_filter(filter);
        }
        if let Some(sort) = &sort {
            query.with_sort(sort);
        }
        let found = within(SEARCH_TIMEOUT, query.execute::<Hit>()).await?;
        Ok(SearchHits {
            ids: found.hits.into_iter().map(|hit| hit.result.id).collect(),
            total: found.total_hits.or(found.estimated_total_hits).unwrap_or(0) as u64,
            facets: facets_from(found.facet_distribution.unwrap_or_default()),
        })
    }

    async fn rebuild(
        &self,
        batches: &mut (dyn DocBatches + Send),
        progress: &(dyn Fn(u64) + Send + Sync),
    ) -> Result<u64, SearchError> {
        let next_uid = format!("{}_next", self.uid);
        // A rebuild that died half-way leaves its index behind: start from nothing.
        drop_index(&self.client, &next_uid).await?;
        configure(&self.client, &next_uid, BULK_TIMEOUT).await?;
        let mirroring = Mirroring::start(&self.mirror, &next_uid);
        let next = self.client.index(&next_uid);
        let mut count = 0u64;
        while let Some(batch) = batches.next_batch().await? {
            if batch.is_empty() {
                continue;
            }
            let docs: Vec<MeiliDoc> = batch.into_iter().map(MeiliDoc::from).collect();
            let task = within(UPLOAD_TIMEOUT, next.add_or_replace(&docs, None)).await?;
            finish(&self.client, task, BULK_TIMEOUT).await?;
            count += docs.len() as u64;
            progress(count);
        }
        // Swapping needs both indexes; the live one may have been deleted by hand meanwhile.
        ensure_index(&self.client, &self.uid, BULK_TIMEOUT).await?;
        let swap = SwapIndexes {
            indexes: (self.uid.clone(), next_uid.clone()),
            rename: None,
        };
        let task = within(REQUEST_TIMEOUT, self.client.swap_indexes([&swap])).await?;
        finish(&self.client, task, BULK_TIMEOUT).await?;
        drop(mirroring);
        // `next_uid` now names the old index.
        drop_index(&self.client, &next_uid).await?;
        Ok(count)
    }

    async fn health(&self) -> Result<(), SearchError> {
        let health = within(REQUEST_TIMEOUT, self.client.health())
            .await
            .map_err(|e| match e {
                SearchError::Unavailable(m) | SearchError::Engine(m) => SearchError::Unavailable(m),
            })?;
        if health.status == "available" {
            Ok(())
        } else {
            Err(SearchError::Unavailable(format!(
                "Meilisearch is {}",
                health.status
            )))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use meilisearch_sdk::errors::{ErrorType, MeilisearchCommunicationError, MeilisearchError};
    use serde_json::json;

    fn doc() -> SearchDoc {
        SearchDoc {
            id: 7,
            names: vec![
                "Mật ong rừng U Minh".to_owned(),
                "U Minh wild honey".to_owned(),
                "乌明森林蜂蜜".to_owned(),
            ],
            descriptions: vec!["Mật ong nguyên chất".to_owned()],
            context: vec!["HTX Mật ong U Minh".to_owned(), "Cà Mau".to_owned()],
            categories: vec!["honey".to_owned(), "food".to_owned()],
            region: Some("ca-mau".to_owned()),
            cooperative: "htx-mat-ong-u-minh".to_owned(),
            ocop_stars: 4,
            certifications: vec!["ocop".to_owned()],
            price_min: 150_000,
            in_stock: true,
            published_at: 1_700_000_000,
        }
    }

    fn only(f: Filters) -> String {
        filter_expression(&f).expect("a filter expression")
    }

    fn fc(value: &str, count: u64) -> FacetCount {
        FacetCount {
            value: value.to_owned(),
            count,
        }
    }

    #[test]
    fn each_filter_becomes_its_meilisearch_condition() {
        let none = Filters::default;
        assert_eq!(
            only(Filters {
                category: Some("honey".into()),
                ..none()
            }),
            r#"categories = "honey""#
        );
        assert_eq!(
            only(Filters {
                province: Some("ca-mau".into()),
                ..none()
            }),
            r#"region = "ca-mau""#
        );
        assert_eq!(
            only(Filters {
                cooperative: Some("htx-u-minh".into()),
                ..none()
            }),
            r#"cooperative = "htx-u-minh""#
        );
        assert_eq!(
            only(Filters {
                min_stars: Some(4),
                ..none()
            }),
            "ocop_stars >= 4"
        );
        assert_eq!(
            only(Filters {
                certification: Some("vietgap".into()),
                ..none()
            }),
            r#"certifications = "vietgap""#
        );
        assert_eq!(
            only(Filters {
                min_price: Some(100_000),
                ..none()
            }),
            "price_min >= 100000"
        );
        assert_eq!(
            only(Filters {
                max_price: Some(300_000),
                ..none()
            }),
            "price_min <= 300000"
        );
        assert_eq!(
            only(Filters {
                in_stock: true,
                ..none()
            }),
            "in_stock = true"
        );
    }

    #[test]
    fn filters_combine_with_and() {
        let f = Filters {
            category: Some("honey".into()),
            min_stars: Some(3),
            min_price: Some(100_000),
            max_price: Some(200_000),
            in_stock: true,
            ..Filters::default()
        };
        assert_eq!(
            only(f),
            r#"categories = "honey" AND ocop_stars >= 3 AND price_min >= 100000 AND price_min <= 200000 AND in_stock = true"#
        );
    }

    #[test]
    fn filter_values_cannot_break_out_of_their_quotes() {
        let f = Filters {
            category: Some(r#"honey" OR id > 0 \"#.into()),
            ..Filters::default()
        };
        assert_eq!(only(f), r#"categories = "honey\" OR id > 0 \\""#);
        let f = Filters {
            province: Some(r#"a\"b"#.into()),
            ..Filters::default()
        };
        assert_eq!(only(f), r#"region = "a\\\"b""#);
    }

    #[test]
    fn no_filter_means_no_expression() {
        assert_eq!(filter_expression(&Filters::default()), None);
    }

    #[test]
    fn sorts_map_to_sortable_attributes() {
        assert_eq!(sort_expression(Sort::Relevance), None);
        assert_eq!(sort_expression(Sort::PriceAsc), Some("price_min:asc"));
        assert_eq!(sort_expression(Sort::PriceDesc), Some("price_min:desc"));
        assert_eq!(sort_expression(Sort::Newest), Some("published_at:desc"));
        assert_eq!(sort_expression(Sort::Stars), Some("ocop_stars:desc"));
        for s in Sort::ALL.into_iter().filter_map(sort_expression) {
            let field = s.split(':').next().unwrap_or_default();
            assert!(SORTABLE.contains(&field), "{s} sorts on a sortable attribute");
        }
    }

    #[test]
    fn documents_carry_their_price_bucket_and_marked_words() {
        let d = MeiliDoc::from(doc());
        assert_eq!(d.price_bucket, "100000-200000");
        assert_eq!(d.marked, ["maatj", "ruwngf"]);
        assert_eq!(d.doc, doc());
        let json = serde_json::to_value(&d).expect("serializable");
        assert_eq!(json["id"], json!(7));
        assert_eq!(json["names"][0], json!("Mật ong rừng U Minh"));
        assert_eq!(json["ocop_stars"], json!(4));
        assert_eq!(json["in_stock"], json!(true));
        assert_eq!(json["marked"], json!(["maatj", "ruwngf"]));
        assert_eq!(json["price_bucket"], json!("100000-200000"));
    }

    #[test]
    fn words_differing_only_by_marks_stay_apart() {
        let named = |name: &str| {
            MeiliDoc::from(SearchDoc {
                names: vec![name.to_owned()],
                ..doc()
            })
            .marked
        };
        assert_eq!(named("Đường phèn"), ["dduwowngf", "phenf"]);
        assert_eq!(named("Dương"), ["duwowng"]);
        assert_eq!(named("Wild honey"), Vec::<String>::new());
        // The same word in two names is indexed once.
        let d = MeiliDoc::from(SearchDoc {
            names: vec!["Mật ong".into(), "mật".into()],
            ..doc()
        });
        assert_eq!(d.marked, ["maatj"]);
    }

    #[test]
    fn prices_fall_in_their_bucket() {
        assert_eq!(price_bucket(0), "0-100000");
        assert_eq!(price_bucket(99_999), "0-100000");
        assert_eq!(price_bucket(100_000), "100000-200000");
        assert_eq!(price_bucket(499_999), "200000-500000");
        assert_eq!(price_bucket(500_000), "500000-");
        assert_eq!(price_bucket(i64::MAX), "500000-");
    }

    #[test]
    fn queries_with_marks_append_their_telex_forms() {
        assert_eq!(query_text("mật ong"), "mật ong maatj");
        assert_eq!(query_text("đường phèn"), "đường phèn dduwowngf phenf");
        assert_eq!(query_text("Mật mật"), "Mật mật maatj");
        assert_eq!(query_text("mat ong"), "mat ong");
        assert_eq!(query_text("蜂蜜"), "蜂蜜");
        assert_eq!(query_text(""), "");
    }

    #[test]
    fn synonyms_map_every_phrase_to_the_rest_of_its_group() {
        let map = synonym_map();
        let honey = &map["honey"];
        assert!(honey.contains(&"mat ong".to_owned()) && honey.contains(&"蜂蜜".to_owned()));
        assert!(!honey.contains(&"honey".to_owned()));
        for group in text::SYNONYMS {
            for phrase in group.iter() {
                let others = &map[*phrase];
                for other in group.iter().filter(|o| *o != phrase) {
                    assert!(others.iter().any(|o| o == other), "{phrase} → {other}");
                }
            }
        }
    }

    #[test]
    fn settings_rank_names_first_and_suit_short_syllables() {
        let s = serde_json::to_value(index_settings()).expect("serializable");
        assert_eq!(
            s["searchableAttributes"],
            json!(["names", "marked", "context", "descriptions"])
        );
        assert_eq!(s["filterableAttributes"], json!(FILTERABLE));
        assert_eq!(
            s["sortableAttributes"],
            json!(["price_min", "published_at", "ocop_stars"])
        );
        assert_eq!(
            s["typoTolerance"]["minWordSizeForTypos"],
            json!({ "oneTypo": 4, "twoTypos": 8 })
        );
        assert_eq!(s["typoTolerance"]["disableOnAttributes"], json!(["marked"]));
        assert!(s["synonyms"]["coffee"]
            .as_array()
            .is_some_and(|a| a.contains(&json!("ca phe"))));
        for facet in FACET_FIELDS {
            assert!(
                FILTERABLE.contains(facet),
                "{facet} is filterable, so it can be a facet"
            );
        }
    }

    #[test]
    fn facets_come_most_frequent_first_prices_in_order_and_stars_without_zero() {
        let dist = |pairs: &[(&str, usize)]| -> HashMap<String, usize> {
            pairs.iter().map(|(v, c)| ((*v).to_owned(), *c)).collect()
        };
        let distribution = HashMap::from([
            (
                "categories".to_owned(),
                dist(&[("honey", 3), ("food", 5), ("tea", 3)]),
            ),
            (
                "ocop_stars".to_owned(),
                dist(&[("0", 9), ("4", 2), ("5", 1), ("3", 2)]),
            ),
            ("in_stock".to_owned(), dist(&[("true", 6), ("false", 2)])),
            (
                "price_bucket".to_owned(),
                dist(&[("500000-", 7), ("0-100000", 1), ("100000-200000", 4)]),
            ),
            ("region".to_owned(), dist(&[("ca-mau", 5)])),
        ]);
        let f = facets_from(distribution);
        assert_eq!(f.categories, [fc("food", 5), fc("honey", 3), fc("tea", 3)]);
        assert_eq!(f.ocop_stars, [fc("3", 2), fc("4", 2), fc("5", 1)]);
        assert_eq!(f.in_stock, 6);
        assert_eq!(
            f.prices,
            [fc("0-100000", 1), fc("100000-200000", 4), fc("500000-", 7)]
        );
        assert_eq!(f.provinces, [fc("ca-mau", 5)]);
        assert!(f.cooperatives.is_empty() && f.certifications.is_empty());
    }

    #[test]
    fn unreachable_is_told_from_failed() {
        let meili = |code: ErrorCode| {
            MeiliError::Meilisearch(MeilisearchError {
                error_message: "message".to_owned(),
                error_code: code,
                error_type: ErrorType::InvalidRequest,
                error_link: String::new(),
            })
        };
        let status = |status_code: u16| {
            MeiliError::MeilisearchCommunication(MeilisearchCommunicationError {
                status_code,
                message: None,
                url: "http://meili:7700/indexes/products/search".to_owned(),
            })
        };
        assert!(matches!(
            engine_error(meili(ErrorCode::IndexNotFound)),
            SearchError::Unavailable(_)
        ));
        assert!(matches!(engine_error(status(502)), SearchError::Unavailable(_)));
        assert!(matches!(
            engine_error(meili(ErrorCode::InvalidSearchQ)),
            SearchError::Engine(_)
        ));
        assert!(matches!(engine_error(status(401)), SearchError::Engine(_)));
        assert!(matches!(
            engine_error(MeiliError::Timeout),
            SearchError::Engine(_)
        ));
    }
}
