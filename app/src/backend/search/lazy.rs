//! An engine that connects on first use and keeps trying (at most every few seconds) while it
//! cannot: a Meilisearch that is down at start-up must not keep the marketplace from starting.

use super::{DocBatches, Engine, SearchDoc, SearchEngine, SearchError, SearchHits, SearchRequest};
use std::future::Future;
use std::pin::Pin;
use std::time::{Duration, Instant};

type Connect =
    Box<dyn Fn() -> Pin<Box<dyn Future<Output = Result<Engine, SearchError>> + Send>> + Send + Sync>;

/// Time between connection attempts while the engine is unreachable.
const RETRY: Duration = Duration::from_secs(5);

pub struct LazyEngine {
    name: &'static str,
    connect: Connect,
    engine: tokio::sync::Mutex<(Option<Engine>, Option<Instant>)>,
}

impl LazyEngine {
    pub fn new<F, Fut>(name: &'static str, connect: F) -> LazyEngine
    where
        F: Fn() -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<Engine, SearchError>> + Send + 'static,
    {
        LazyEngine {
            name,
            connect: Box::new(move || Box::pin(connect())),
            engine: tokio::sync::Mutex::new((None, None)),
        }
    }

    async fn get(&self) -> Result<Engine, SearchError> {
        let mut slot = self.engine.lock().await;
        if let Some(e) = &slot.0 {
            return Ok(e.clone());
        }
        if slot.1.is_some_and(|at| at.elapsed() < RETRY) {
            return Err(SearchError::Unavailable(format!(
                "{} not reachable yet",
                self.name
            )));
        }
        slot.1 = Some(Instant::now());
        let engine = (self.connect)().await?;
        slot.0 = Some(engine.clone());
        Ok(engine)
    }
}

#[async_trait::async_trait]
impl SearchEngine for LazyEngine {
    fn name(&self) -> &'static str {
        self.name
    }

    async fn upsert(&self, docs: Vec<SearchDoc>) -> Result<(), SearchError> {
        self.get().await?.upsert(docs).await
    }

    async fn delete(&self, ids: &[i64]) -> Result<(), SearchError> {
        self.get().await?.delete(ids).await
    }

    async fn search(&self, request: &SearchRequest) -> Result<SearchHits, SearchError> {
        self.get().await?.search(request).await
    }

    async fn rebuild(
        &self,
        batches: &mut (dyn DocBatches + Send),
        progress: &(dyn Fn(u64) + Send + Sync),
    ) -> Result<u64, SearchError> {
        self.get().await?.rebuild(batches, progress).await
    }

    async fn health(&self) -> Result<(), SearchError> {
        self.get().await?.health().await
    }
}
