//! Choosing and opening the search engine, and the `server reindex` command's progress bar.

use crate::config::Config;
use app::backend::search::lazy::LazyEngine;
use app::backend::search::SearchEngine;
use app::backend::search::{embedded::EmbeddedEngine, meili::MeiliEngine, Engine, SearchError};
use std::io::{IsTerminal, Write};
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

/// Shows reindexing progress on stderr: a bar redrawn in place on a terminal
/// ("reindexing [#####     ] 45,000 / 100,000"), a line per tenth otherwise (logs stay short).
pub fn progress_bar(total: u64) -> impl Fn(u64) + Send + Sync {
    let terminal = std::io::stderr().is_terminal();
    let shown = std::sync::atomic::AtomicU64::new(u64::MAX);
    move |done| {
        let width = 30u64;
        let filled = (done.min(total) * width).checked_div(total).unwrap_or(width);
        let tenth = (done.min(total) * 10).checked_div(total).unwrap_or(10);
        let step = if terminal { done } else { tenth };
        if shown.swap(step, std::sync::atomic::Ordering::Relaxed) == step {
            return;
        }
        let count = |n: u64| app::i18n::format_number(n as i64, app::i18n::Locale::En);
        let bar = format!(
            "reindexing [{}{}] {} / {}",
            "#".repeat(filled as usize),
            " ".repeat((width - filled) as usize),
            count(done),
            count(total),
        );
        let mut err = std::io::stderr();
        let _ = if terminal {
            write!(err, "\r{bar}")
        } else {
            writeln!(err, "{bar}")
        };
        let _ = err.flush();
    }
}
