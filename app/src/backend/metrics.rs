//! Process-wide counters, read by `GET /metrics` (Prometheus text format) and by the benchmarks.

use std::sync::atomic::{AtomicU64, Ordering};

static DB_QUERIES: AtomicU64 = AtomicU64::new(0);
static PAGE_CACHE_HITS: AtomicU64 = AtomicU64::new(0);
static PAGE_CACHE_MISSES: AtomicU64 = AtomicU64::new(0);

/// Counts one database statement (installed as the connection's metric callback).
pub fn count_query() {
    DB_QUERIES.fetch_add(1, Ordering::Relaxed);
}

/// Counts a public page answered from the rendered-page cache, or rendered afresh.
pub fn count_page_cache(hit: bool) {
    let counter = if hit { &PAGE_CACHE_HITS } else { &PAGE_CACHE_MISSES };
    counter.fetch_add(1, Ordering::Relaxed);
}

/// Database statements run since the process started.
pub fn db_queries() -> u64 {
    DB_QUERIES.load(Ordering::Relaxed)
}

/// The counters in Prometheus' text exposition format.
pub fn render() -> String {
    format!(
        "# TYPE htx_db_queries_total counter\nhtx_db_queries_total {}\n\
         # TYPE htx_page_cache_hits_total counter\nhtx_page_cache_hits_total {}\n\
         # TYPE htx_page_cache_misses_total counter\nhtx_page_cache_misses_total {}\n",
        DB_QUERIES.load(Ordering::Relaxed),
        PAGE_CACHE_HITS.load(Ordering::Relaxed),
        PAGE_CACHE_MISSES.load(Ordering::Relaxed),
    )
}
