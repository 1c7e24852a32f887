//! Keeping the index in step with the database. A change to anything a search document holds
//! queues a `search.sync` job naming the products, in the change's own transaction; the job worker
//! (durable, retried with back-off, claimed once even with several instances on PostgreSQL)
//! re-reads them and updates or removes their documents. `reindex` rebuilds everything.

use super::{document, DocBatches, Engine, SearchDoc, SearchError};
use crate::backend::entities::{cooperatives, product_certifications as certs, products};
use crate::backend::jobs;
use crate::error::AppError;
use chrono::{NaiveDate, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QuerySelect,
};

/// The job that brings the listed products' search documents up to date.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct SyncSearch {
    pub ids: Vec<i64>,
}

impl jobs::Job for SyncSearch {
    const KIND: &'static str = "search.sync";

    async fn run(self, ctx: &jobs::JobContext) -> Result<(), String> {
        process(&ctx.state.db, &ctx.state.search, &self.ids).await
    }
}

/// Products per job and per rebuild batch.
const BATCH: usize = 500;

/// Queues a sync of these products (in the caller's transaction).
pub async fn enqueue<C: ConnectionTrait>(conn: &C, product_ids: &[i64]) -> Result<(), DbErr> {
    for ids in product_ids.chunks(BATCH) {
        jobs::enqueue(conn, &SyncSearch { ids: ids.to_vec() }, Utc::now()).await?;
    }
    Ok(())
}

/// Queues a sync of every product of a cooperative (its name or state changed).
pub async fn enqueue_cooperative<C: ConnectionTrait>(conn: &C, cooperative_id: i64) -> Result<(), DbErr> {
    let ids: Vec<i64> = products::Entity::find()
        .select_only()
        .column(products::Column::Id)
        .filter(products::Column::CooperativeId.eq(cooperative_id))
        .into_tuple()
        .all(conn)
        .await?;
    enqueue(conn, &ids).await
}

/// The job: upserts the listed products' documents and removes the others'.
pub async fn process(db: &DatabaseConnection, engine: &Engine, ids: &[i64]) -> Result<(), String> {
    let docs = document::load(db, ids, Utc::now().date_naive())
        .await
        .map_err(|e| e.to_string())?;
    let gone: Vec<i64> = ids
        .iter()
        .copied()
        .filter(|id| !docs.iter().any(|d| d.id == *id))
        .collect();
    if !docs.is_empty() {
        engine.upsert(docs).await.map_err(|e| e.to_string())?;
    }
    if !gone.is_empty() {
        engine.delete(&gone).await.map_err(|e| e.to_string())?;
    }
    // Search pages rendered before the index changed must not be served from a page cache.
    crate::backend::catalog::version::bump(db)
        .await
        .map_err(|e| e.to_string())?;
    Ok(())
}

/// Products whose certificate expired since `since` (their badge and filters must go): queued by
/// housekeeping so the index follows the calendar, not only edits.
pub async fn enqueue_expired_certificates(
    db: &DatabaseConnection,
    since: NaiveDate,
    today: NaiveDate,
) -> Result<usize, DbErr> {
    let ids: Vec<i64> = certs::Entity::find()
        .select_only()
        .column(certs::Column::ProductId)
        .filter(certs::Column::Status.eq(crate::domain::catalog::CertificationStatus::Verified))
        .filter(certs::Column::ExpiresOn.gte(since))
        .filter(certs::Column::ExpiresOn.lt(today))
        .into_tuple()
        .all(db)
        .await?;
    enqueue(db, &ids).await?;
    Ok(ids.len())
}

/// Listed products read from the database a batch at a time, in id order.
pub struct DatabaseBatches<'a> {
    db: &'a DatabaseConnection,
    after: i64,
    today: NaiveDate,
}

impl<'a> DatabaseBatches<'a> {
    pub fn new(db: &'a DatabaseConnection) -> DatabaseBatches<'a> {
        DatabaseBatches {
            db,
            after: 0,
            today: Utc::now().date_naive(),
        }
    }
}

#[async_trait::async_trait]
impl DocBatches for DatabaseBatches<'_> {
    async fn next_batch(&mut self) -> Result<Option<Vec<SearchDoc>>, SearchError> {
        let ids = document::listed_ids_after(self.db, self.after, BATCH as u64)
            .await
            .map_err(|e| SearchError::Engine(e.to_string()))?;
        let Some(last) = ids.last() else {
            return Ok(None);
        };
        self.after = *last;
        document::load(self.db, &ids, self.today)
            .await
            .map(Some)
            .map_err(|e| SearchError::Engine(e.to_string()))
    }
}

/// How many products are listed (the denominator of the reindex progress bar).
pub async fn listed_count(db: &DatabaseConnection) -> Result<u64, AppError> {
    crate::backend::catalog::public::listed_count(db, crate::backend::catalog::listings::ALL).await
}

/// Rebuilds the whole index from the database and swaps it in. Changes made while it runs are
/// caught up afterwards: products and cooperatives updated since it began are synced again.
pub async fn reindex(
    db: &DatabaseConnection,
    engine: &Engine,
    progress: &(dyn Fn(u64) + Send + Sync),
) -> Result<u64, SearchError> {
    let began = Utc::now();
    let count = engine.rebuild(&mut DatabaseBatches::new(db), progress).await?;
    let db_error = |e: DbErr| SearchError::Engine(e.to_string());
    crate::backend::catalog::version::bump(db)
        .await
        .map_err(db_error)?;
    let changed: Vec<i64> = products::Entity::find()
        .select_only()
        .column(products::Column::Id)
        .filter(products::Column::UpdatedAt.gte(began))
        .into_tuple()
        .all(db)
        .await
        .map_err(db_error)?;
    enqueue(db, &changed).await.map_err(db_error)?;
    let coops: Vec<i64> = cooperatives::Entity::find()
        .select_only()
        .column(cooperatives::Column::Id)
        .filter(cooperatives::Column::UpdatedAt.gte(began))
        .into_tuple()
        .all(db)
        .await
        .map_err(db_error)?;
    for id in coops {
        enqueue_cooperative(db, id).await.map_err(db_error)?;
    }
    Ok(count)
}
