//! The embedded engine: a tantivy index under DATA_DIR/search, one directory per generation and a
//! CURRENT file naming the live one, so `server reindex` can build the next generation beside the
//! live one and swap it in with a rename. Text is analysed by `text` (folded words, Telex forms of
//! marked words, CJK characters and pairs) and indexed through a whitespace tokenizer.
//!
//! One process writes at a time per generation (tantivy's lock); the embedded engine is meant for a
//! single instance — several instances share Meilisearch.

use super::request::{SearchRequest, Sort};
use super::text::{self, QueryTerm};
use super::{
    by_count, in_price_order, DocBatches, FacetCount, Facets, SearchDoc, SearchEngine, SearchError,
    SearchHits, PRICE_BUCKETS,
};
use std::ops::Bound;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};
use tantivy::aggregation::agg_result::AggregationResults;
use tantivy::aggregation::AggregationCollector;
use tantivy::collector::{Collector, Count, TopDocs};
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, FuzzyTermQuery, Occur, Query, RangeQuery, TermQuery,
};
use tantivy::schema::{
    Field, IndexRecordOption, NumericOptions, Schema, TextFieldIndexing, TextOptions, Value, FAST, INDEXED,
    STORED, STRING,
};
use tantivy::tokenizer::{TextAnalyzer, WhitespaceTokenizer};
use tantivy::{DocAddress, Index, IndexReader, IndexWriter, Order, ReloadPolicy, TantivyDocument, Term};

/// The analyzer name our text fields are indexed with.
const ANALYZER: &str = "htx";
/// Indexing memory: enough for fast bulk builds, well inside the 500 MB the server may use.
const WRITER_MEMORY: usize = 100_000_000;
/// How often a search checks whether another process swapped in a new generation.
const SWAP_CHECK: Duration = Duration::from_secs(1);

#[derive(Clone, Copy)]
struct Fields {
    id: Field,
    names: Field,
    marked: Field,
    context: Field,
    descriptions: Field,
    categories: Field,
    region: Field,
    cooperative: Field,
    certifications: Field,
    ocop_stars: Field,
    price_min: Field,
    in_stock: Field,
    published_at: Field,
}

fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let words = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(ANALYZER)
            .set_index_option(IndexRecordOption::WithFreqs),
    );
    let number = NumericOptions::default().set_indexed().set_fast();
    let fields = Fields {
        id: b.add_i64_field("id", INDEXED | STORED | FAST),
        names: b.add_text_field("names", words.clone()),
        marked: b.add_text_field("marked", words.clone()),
        context: b.add_text_field("context", words.clone()),
        descriptions: b.add_text_field("descriptions", words),
        categories: b.add_text_field("categories", STRING | FAST),
        region: b.add_text_field("region", STRING | FAST),
        cooperative: b.add_text_field("cooperative", STRING | FAST),
        certifications: b.add_text_field("certifications", STRING | FAST),
        ocop_stars: b.add_u64_field("ocop_stars", number.clone()),
        price_min: b.add_i64_field("price_min", number.clone()),
        in_stock: b.add_u64_field("in_stock", number.clone()),
        published_at: b.add_i64_field("published_at", number),
    };
    (b.build(), fields)
}

fn engine_error(e: impl std::fmt::Display) -> SearchError {
    SearchError::Engine(e.to_string())
}

/// One open generation of the index.
struct Live {
    generation: String,
    index: Index,
    reader: IndexReader,
    writer: Arc<Mutex<IndexWriter>>,
}

pub struct EmbeddedEngine {
    root: PathBuf,
    fields: Fields,
    live: RwLock<Arc<Live>>,
    checked: Mutex<Instant>,
}

fn open_generation(root: &Path, generation: &str) -> Result<Live, SearchError> {
    let dir = root.join(generation);
    std::fs::create_dir_all(&dir).map_err(engine_error)?;
    let (schema, _) = schema();
    let directory = tantivy::directory::MmapDirectory::open(&dir).map_err(engine_error)?;
    let index = Index::open_or_create(directory, schema).map_err(engine_error)?;
    index
        .tokenizers()
        .register(ANALYZER, TextAnalyzer::from(WhitespaceTokenizer::default()));
    let writer = index
        .writer_with_num_threads(1, WRITER_MEMORY)
        .map_err(engine_error)?;
    let reader = index
        .reader_builder()
        .reload_policy(ReloadPolicy::Manual)
        .try_into()
        .map_err(engine_error)?;
    Ok(Live {
        generation: generation.to_owned(),
        index,
        reader,
        writer: Arc::new(Mutex::new(writer)),
    })
}

fn current_generation(root: &Path) -> Option<String> {
    std::fs::read_to_string(root.join("CURRENT"))
        .ok()
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
}

fn set_current(root: &Path, generation: &str) -> Result<(), SearchError> {
    let tmp = root.join("CURRENT.tmp");
    std::fs::write(&tmp, generation).map_err(engine_error)?;
    std::fs::rename(&tmp, root.join("CURRENT")).map_err(engine_error)
}

fn new_generation_name() -> String {
    format!("g{}", chrono::Utc::now().format("%Y%m%d%H%M%S%3f"))
}

impl EmbeddedEngine {
    /// Opens the live generation under `root`, creating an empty one the first time.
    pub fn open(root: &Path) -> Result<EmbeddedEngine, SearchError> {
        std::fs::create_dir_all(root).map_err(engine_error)?;
        let generation = match current_generation(root) {
            Some(g) => g,
            None => {
                let g = new_generation_name();
                set_current(root, &g)?;
                g
            }
        };
        let live = open_generation(root, &generation)?;
        Ok(EmbeddedEngine {
            root: root.to_owned(),
            fields: schema().1,
            live: RwLock::new(Arc::new(live)),
            checked: Mutex::new(Instant::now()),
        })
    }

    /// The live generation, switching to a newer one another process swapped in.
    fn live(&self) -> Result<Arc<Live>, SearchError> {
        let due = self
            .checked
            .lock()
            .map(|mut at| {
                let due = at.elapsed() >= SWAP_CHECK;
                if due {
                    *at = Instant::now();
                }
                due
            })
            .unwrap_or(false);
        let live = self.live.read().map_err(engine_error)?.clone();
        if due {
            if let Some(g) = current_generation(&self.root).filter(|g| *g != live.generation) {
                let next = Arc::new(open_generation(&self.root, &g)?);
                *self.live.write().map_err(engine_error)? = next.clone();
                return Ok(next);
            }
        }
        Ok(live)
    }

    fn document(&self, d: &SearchDoc) -> TantivyDocument {
        let f = self.fields;
        let mut doc = TantivyDocument::default();
        doc.add_i64(f.id, d.id);
        for name in &d.names {
            doc.add_text(f.names, text::index_terms(name).join(" "));
            doc.add_text(f.marked, text::marked_terms(name).join(" "));
        }
        for c in &d.context {
            doc.add_text(f.context, text::index_terms(c).join(" "));
        }
        for s in &d.descriptions {
            doc.add_text(f.descriptions, text::index_terms(s).join(" "));
        }
        for c in &d.categories {
            doc.add_text(f.categories, c);
        }
        if let Some(r) = &d.region {
            doc.add_text(f.region, r);
        }
        doc.add_text(f.cooperative, &d.cooperative);
        for c in &d.certifications {
            doc.add_text(f.certifications, c);
        }
        doc.add_u64(f.ocop_stars, u64::from(d.ocop_stars));
        doc.add_i64(f.price_min, d.price_min);
        doc.add_u64(f.in_stock, u64::from(d.in_stock));
        doc.add_i64(f.published_at, d.published_at);
        doc
    }

    /// The clauses one query word matches through: exact, with typos, as a prefix, and — ranked
    /// above all — with the tone marks the shopper typed.
    fn term_query(&self, t: &QueryTerm) -> Box<dyn Query> {
        let f = self.fields;
        let mut should: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let mut add = |q: Box<dyn Query>, boost: f32| {
            should.push((Occur::Should, Box::new(BoostQuery::new(q, boost))));
        };
        for (field, weight) in [(f.names, 3.0), (f.context, 1.0), (f.descriptions, 0.3)] {
            let term = Term::from_field_text(field, &t.folded);
            add(
                Box::new(TermQuery::new(term.clone(), IndexRecordOption::WithFreqs)),
                weight,
            );
            // Typos and prefixes on descriptions would match too much and cost too much.
            if field == f.descriptions {
                continue;
            }
            if t.typos > 0 {
                add(
                    Box::new(FuzzyTermQuery::new(term.clone(), t.typos, true)),
                    weight * 0.5,
                );
            }
            if t.prefix {
                add(
                    Box::new(FuzzyTermQuery::new_prefix(term, t.typos.min(1), true)),
                    weight * 0.6,
                );
            }
        }
        if let Some(m) = &t.marked {
            add(
                Box::new(TermQuery::new(
                    Term::from_field_text(f.marked, m),
                    IndexRecordOption::WithFreqs,
                )),
                4.0,
            );
        }
        Box::new(BooleanQuery::new(should))
    }

    /// Every word must match; synonym rewrites of the query are alternatives, ranked a little lower.
    fn text_query(&self, q: &str, words: Option<usize>) -> Option<Box<dyn Query>> {
        let mut variants: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for (i, v) in text::query_variants(q).iter().enumerate() {
            let mut terms = text::query_terms(v);
            if let Some(n) = words {
                terms.truncate(n);
            }
            if terms.is_empty() {
                continue;
            }
            let all: Vec<(Occur, Box<dyn Query>)> =
                terms.iter().map(|t| (Occur::Must, self.term_query(t))).collect();
            let weight = if i == 0 { 1.0 } else { 0.8 };
            variants.push((
                Occur::Should,
                Box::new(BoostQuery::new(Box::new(BooleanQuery::new(all)), weight)),
            ));
        }
        (!variants.is_empty()).then(|| Box::new(BooleanQuery::new(variants)) as Box<dyn Query>)
    }

    fn filter_queries(&self, r: &SearchRequest) -> Vec<(Occur, Box<dyn Query>)> {
        let f = self.fields;
        let mut out: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let mut term = |field: Field, value: &str| {
            out.push((
                Occur::Must,
                Box::new(TermQuery::new(
                    Term::from_field_text(field, value),
                    IndexRecordOption::Basic,
                )),
            ));
        };
        let w = &r.filters;
        if let Some(c) = &w.category {
            term(f.categories, c);
        }
        if let Some(p) = &w.province {
            term(f.region, p);
        }
        if let Some(c) = &w.certification {
            term(f.certifications, c);
        }
        if let Some(c) = &w.cooperative {
            term(f.cooperative, c);
        }
        if let Some(n) = w.min_stars {
            out.push((
                Occur::Must,
                Box::new(RangeQuery::new(
                    Bound::Included(Term::from_field_u64(f.ocop_stars, u64::from(n))),
                    Bound::Unbounded,
                )),
            ));
        }
        if w.min_price.is_some() || w.max_price.is_some() {
            let bound = |v: Option<i64>| {
                v.map_or(Bound::Unbounded, |p| {
                    Bound::Included(Term::from_field_i64(f.price_min, p))
                })
            };
            out.push((
                Occur::Must,
                Box::new(RangeQuery::new(bound(w.min_price), bound(w.max_price))),
            ));
        }
        if w.in_stock {
            out.push((
                Occur::Must,
                Box::new(TermQuery::new(
                    Term::from_field_u64(f.in_stock, 1),
                    IndexRecordOption::Basic,
                )),
            ));
        }
        out
    }

    fn query(&self, r: &SearchRequest, words: Option<usize>) -> Box<dyn Query> {
        let mut clauses = self.filter_queries(r);
        match self.text_query(&r.q, words) {
            Some(t) => clauses.push((Occur::Must, t)),
            None => clauses.push((Occur::Must, Box::new(AllQuery))),
        }
        Box::new(BooleanQuery::new(clauses))
    }

    fn run(&self, live: &Live, r: &SearchRequest, query: &dyn Query) -> Result<SearchHits, SearchError> {
        let searcher = live.reader.searcher();
        let limit = r.per_page.max(1) as usize;
        let top = TopDocs::with_limit(limit).and_offset(r.offset());
        let aggregations = facet_request();
        let collector = AggregationCollector::from_aggs(
            aggregations,
            tantivy::aggregation::AggContextParams::new(
                Default::default(),
                searcher.index().tokenizers().clone(),
            ),
        );
        // Each order is its own collector type; `ranked` runs any of them with the count and facets.
        let (addresses, total, aggs) = match r.sort {
            Sort::Relevance => ranked(&searcher, query, top.order_by_score(), collector)?,
            Sort::PriceAsc => ranked(
                &searcher,
                query,
                top.order_by_fast_field::<i64>("price_min", Order::Asc),
                collector,
            )?,
            Sort::PriceDesc => ranked(
                &searcher,
                query,
                top.order_by_fast_field::<i64>("price_min", Order::Desc),
                collector,
            )?,
            Sort::Newest => ranked(
                &searcher,
                query,
                top.order_by_fast_field::<i64>("published_at", Order::Desc),
                collector,
            )?,
            Sort::Stars => ranked(
                &searcher,
                query,
                top.order_by_fast_field::<u64>("ocop_stars", Order::Desc),
                collector,
            )?,
        };
        let mut ids = Vec::with_capacity(addresses.len());
        for addr in addresses {
            let doc: TantivyDocument = searcher.doc(addr).map_err(engine_error)?;
            if let Some(id) = doc.get_first(self.fields.id).and_then(|v| v.as_i64()) {
                ids.push(id);
            }
        }
        let facets = facets_from(&serde_json::to_value(aggs).map_err(engine_error)?);
        Ok(SearchHits {
            ids,
            total: total as u64,
            facets,
        })
    }
}

/// Runs `query` once for one page of hits in `top`'s order, the total and the facet counts.
fn ranked<K>(
    searcher: &tantivy::Searcher,
    query: &dyn Query,
    top: impl Collector<Fruit = Vec<(K, DocAddress)>>,
    facets: AggregationCollector,
) -> Result<(Vec<DocAddress>, usize, AggregationResults), SearchError> {
    let (hits, total, aggs) = searcher
        .search(query, &(top, Count, facets))
        .map_err(engine_error)?;
    Ok((hits.into_iter().map(|(_, d)| d).collect(), total, aggs))
}

/// Applies a change and makes it visible, on a blocking thread (commits write and sync files).
async fn commit(
    live: Arc<Live>,
    change: impl FnOnce(&mut IndexWriter) -> Result<(), SearchError> + Send + 'static,
) -> Result<(), SearchError> {
    tokio::task::spawn_blocking(move || {
        let mut writer = live.writer.lock().map_err(engine_error)?;
        change(&mut writer)?;
        writer.commit().map_err(engine_error)?;
        live.reader.reload().map_err(engine_error)
    })
    .await
    .map_err(engine_error)?
}

/// Facet counts asked of tantivy's aggregations.
fn facet_request() -> tantivy::aggregation::agg_req::Aggregations {
    let terms = |field: &str, size: u32| serde_json::json!({ "terms": { "field": field, "size": size } });
    let ranges: Vec<serde_json::Value> = PRICE_BUCKETS
        .iter()
        .map(|(key, from, to)| {
            let mut r = serde_json::json!({ "key": key, "from": *from as f64 });
            if *to != i64::MAX {
                r["to"] = serde_json::json!(*to as f64);
            }
            r
        })
        .collect();
    let request = serde_json::json!({
        "categories": terms("categories", 100),
        "provinces": terms("region", 100),
        "ocop_stars": terms("ocop_stars", 10),
        "certifications": terms("certifications", 20),
        "cooperatives": terms("cooperative", 50),
        "in_stock": terms("in_stock", 2),
        "prices": { "range": { "field": "price_min", "ranges": ranges } },
    });
    // The request is a constant; its shape is checked by the unit test below.
    serde_json::from_value(request).unwrap_or_default()
}

fn bucket_key(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Number(n) => n
            .as_f64()
            .map_or_else(|| n.to_string(), |f| format!("{}", f as i64)),
        other => other.to_string(),
    }
}

fn buckets(aggs: &serde_json::Value, name: &str) -> Vec<FacetCount> {
    let mut out: Vec<FacetCount> = aggs[name]["buckets"]
        .as_array()
        .map(|b| {
            b.iter()
                .map(|b| FacetCount {
                    value: bucket_key(&b["key"]),
                    count: b["doc_count"].as_u64().unwrap_or(0),
                })
                .filter(|b| b.count > 0)
                .collect()
        })
        .unwrap_or_default();
    by_count(&mut out);
    out
}

fn facets_from(aggs: &serde_json::Value) -> Facets {
    let stock = buckets(aggs, "in_stock");
    let mut prices = buckets(aggs, "prices");
    in_price_order(&mut prices);
    Facets {
        categories: buckets(aggs, "categories"),
        provinces: buckets(aggs, "provinces"),
        ocop_stars: buckets(aggs, "ocop_stars")
            .into_iter()
            .filter(|b| b.value != "0")
            .collect(),
        certifications: buckets(aggs, "certifications"),
        cooperatives: buckets(aggs, "cooperatives"),
        prices,
        in_stock: stock.iter().find(|b| b.value == "1").map_or(0, |b| b.count),
    }
}

#[async_trait::async_trait]
impl SearchEngine for EmbeddedEngine {
    fn name(&self) -> &'static str {
        "embedded"
    }

    async fn upsert(&self, docs: Vec<SearchDoc>) -> Result<(), SearchError> {
        let live = self.live()?;
        let built: Vec<(i64, TantivyDocument)> = docs.iter().map(|d| (d.id, self.document(d))).collect();
        let id_field = self.fields.id;
        commit(live, move |w| {
            for (id, doc) in built {
                w.delete_term(Term::from_field_i64(id_field, id));
                w.add_document(doc).map_err(engine_error)?;
            }
            Ok(())
        })
        .await
    }

    async fn delete(&self, ids: &[i64]) -> Result<(), SearchError> {
        let live = self.live()?;
        let id_field = self.fields.id;
        let ids = ids.to_vec();
        commit(live, move |w| {
            for id in ids {
                w.delete_term(Term::from_field_i64(id_field, id));
            }
            Ok(())
        })
        .await
    }

    async fn search(&self, r: &SearchRequest) -> Result<SearchHits, SearchError> {
        let live = self.live()?;
        let words = text::query_terms(&r.q).len();
        let hits = self.run(&live, r, self.query(r, None).as_ref())?;
        // Like Meilisearch's "last" strategy: if every word together finds nothing, drop words
        // from the end until something is found.
        if hits.total > 0 || words < 2 {
            return Ok(hits);
        }
        for n in (1..words).rev() {
            let fewer = self.run(&live, r, self.query(r, Some(n)).as_ref())?;
            if fewer.total > 0 {
                return Ok(fewer);
            }
        }
        Ok(hits)
    }

    async fn rebuild(
        &self,
        batches: &mut (dyn DocBatches + Send),
        progress: &(dyn Fn(u64) + Send + Sync),
    ) -> Result<u64, SearchError> {
        let generation = new_generation_name();
        let next = open_generation(&self.root, &generation)?;
        let mut count = 0u64;
        while let Some(batch) = batches.next_batch().await? {
            let writer = next.writer.lock().map_err(engine_error)?;
            for d in &batch {
                writer.add_document(self.document(d)).map_err(engine_error)?;
            }
            count += batch.len() as u64;
            progress(count);
        }
        let next = Arc::new(next);
        let building = next.clone();
        tokio::task::spawn_blocking(move || {
            let next = building;
            let mut writer = next.writer.lock().map_err(engine_error)?;
            writer.commit().map_err(engine_error)?;
            // One segment answers faster than the dozens a bulk build leaves.
            let segments = next.index.searchable_segment_ids().map_err(engine_error)?;
            if segments.len() > 1 {
                writer.merge(&segments).wait().map_err(engine_error)?;
            }
            next.reader.reload().map_err(engine_error)
        })
        .await
        .map_err(engine_error)??;
        set_current(&self.root, &generation)?;
        let old = {
            let mut live = self.live.write().map_err(engine_error)?;
            std::mem::replace(&mut *live, next)
        };
        // The old generation's files go once nobody holds them (open searchers keep their mmaps).
        let old_dir = self.root.join(&old.generation);
        drop(old);
        let _ = std::fs::remove_dir_all(old_dir);
        Ok(count)
    }

    async fn health(&self) -> Result<(), SearchError> {
        let live = self.live()?;
        live.reader.searcher();
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_facet_request_is_well_formed() {
        let req = facet_request();
        assert_eq!(req.len(), 7, "every facet is asked for");
    }

    #[test]
    fn facet_buckets_are_read_from_tantivy_results() {
        let aggs = serde_json::json!({
            "categories": { "buckets": [ { "key": "honey", "doc_count": 2 }, { "key": "food", "doc_count": 5 } ] },
            "ocop_stars": { "buckets": [ { "key": 0.0, "doc_count": 9 }, { "key": 4.0, "doc_count": 3 } ] },
            "in_stock": { "buckets": [ { "key": 1.0, "doc_count": 7 }, { "key": 0.0, "doc_count": 1 } ] },
            "prices": { "buckets": [ { "key": "500000-", "doc_count": 1 }, { "key": "0-100000", "doc_count": 4 } ] },
        });
        let f = facets_from(&aggs);
        assert_eq!(f.categories[0].value, "food");
        assert_eq!(
            f.ocop_stars,
            [FacetCount {
                value: "4".into(),
                count: 3
            }]
        );
        assert_eq!(f.in_stock, 7);
        assert_eq!(f.prices[0].value, "0-100000");
    }
}
