//! Choosing and opening the search engine, and the `server reindex` command's progress bar.

use crate::config::Config;
use app::backend::search::lazy::LazyEngine;
use app::backend::search::SearchEngine;
use app::backend::search::{embedded::EmbeddedEngine, meili::MeiliEngine, Engine, SearchError};
use std::io::Write;
use std::sync::Arc;

/// The Meilisearch index holding the products.
pub const MEILI_INDEX: &str = "products";

/// Meilisearch when MEILI_URL is set, else the embedded engine under DATA_DIR/search. An
/// unreachable Meilisearch does not stop the server: search answers "unavailable" until it is back.
pub async fn engine(config: &Config) -> Result<Engine, SearchError> {
    match &config.meili {
        Some(m) => {
            let (url, key) = (m.url.to_string(), m.master_key.clone());
            let engine = LazyEngine::new("meilisearch", move || {
                let (url, key) = (url.clone(), key.clone());
                async move {
                    let engine = MeiliEngine::connect(&url, key.as_deref(), MEILI_INDEX).await?;
                    Ok(Arc::new(engine) as Engine)
                }
            });
            // Connect (and apply the index settings) now if it can; otherwise on first use.
            if let Err(e) = engine.health().await {
                tracing::warn!(error = %e, "Meilisearch is not reachable yet; search is degraded");
            }
            Ok(Arc::new(engine))
        }
        None => Ok(Arc::new(EmbeddedEngine::open(&config.data_dir.join("search"))?)),
    }
}

/// Prints "reindexing [#####     ] 45,000 / 100,000" over one terminal line.
pub fn progress_bar(total: u64) -> impl Fn(u64) + Send + Sync {
    move |done| {
        let width = 30usize;
        let filled = (done.min(total) * width as u64)
            .checked_div(total)
            .map_or(width, |f| f as usize);
        let mut err = std::io::stderr();
        let _ = write!(
            err,
            "\rreindexing [{}{}] {} / {}",
            "#".repeat(filled),
            " ".repeat(width - filled),
            app::i18n::format_number(done as i64, app::i18n::Locale::En),
            app::i18n::format_number(total as i64, app::i18n::Locale::En),
        );
        let _ = err.flush();
    }
}
