//! A durable job queue in the database. Each background job is a type: its payload is the struct,
//! and the `Job` trait gives its name in the `jobs` table, its retry policy and what it does. Jobs
//! are enqueued by value (`enqueue(&txn, &DeliverMail { id }, now)`) inside the caller's
//! transaction and dispatched by name through a `Registry` of the job types a worker runs. A row
//! whose kind no registered type claims is reported and kept for a worker that knows it (during a
//! rolling deploy an older instance may meet a newer job), never dropped.

mod queue;

use queue::{claim, complete, fail};

use super::entities::jobs;
use super::mail::Transport;
use super::AppState;
use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DbErr};
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::future::Future;
use std::pin::Pin;
use tokio::sync::watch;

/// What a job may use while it runs.
#[derive(Clone)]
pub struct JobContext {
    pub state: AppState,
    /// Where mail goes (SMTP or the outbox).
    pub mail: Transport,
}

/// A background job.
pub trait Job: Serialize + DeserializeOwned + Send + Sync + 'static {
    /// Its name in the `jobs` table; renaming one strands the rows already queued.
    const KIND: &'static str;
    /// Runs before it is given up (with exponential back-off between them).
    const MAX_ATTEMPTS: i32 = 10;

    /// Does the work; an error is recorded on the row and the job retried.
    fn run(self, ctx: &JobContext) -> impl Future<Output = Result<(), String>> + Send;
}

/// Queues `job` inside the caller's transaction, to run at `run_at` once the transaction commits.
pub async fn enqueue<J: Job, C: ConnectionTrait>(
    conn: &C,
    job: &J,
    run_at: DateTime<Utc>,
) -> Result<i64, DbErr> {
    let payload = serde_json::to_string(job).map_err(|e| DbErr::Custom(format!("{}: {e}", J::KIND)))?;
    queue::insert(conn, J::KIND, payload, J::MAX_ATTEMPTS, run_at).await
}

type BoxedRun = Pin<Box<dyn Future<Output = Result<(), String>> + Send>>;
type RunFn = fn(JobContext, String) -> BoxedRun;

fn run_typed<J: Job>(ctx: JobContext, payload: String) -> BoxedRun {
    Box::pin(async move {
        let job: J = serde_json::from_str(&payload)
            .map_err(|e| format!("the payload of {} does not read: {e}", J::KIND))?;
        job.run(&ctx).await
    })
}

/// The job types a worker runs, by name.
#[derive(Default, Clone)]
pub struct Registry {
    kinds: Vec<(&'static str, RunFn)>,
}

impl Registry {
    /// Adds a job type. Two types with one name are a programming error, caught at start-up.
    pub fn with<J: Job>(mut self) -> Self {
        assert!(
            self.kinds.iter().all(|(k, _)| *k != J::KIND),
            "job kind {} registered twice",
            J::KIND
        );
        self.kinds.push((J::KIND, run_typed::<J>));
        self
    }

    /// The names it knows.
    pub fn kinds(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.kinds.iter().map(|(k, _)| *k)
    }

    fn find(&self, kind: &str) -> Option<RunFn> {
        self.kinds.iter().find(|(k, _)| *k == kind).map(|(_, run)| *run)
    }

    /// Runs one claimed job; a kind it does not know is an error recorded on the row.
    pub async fn run(&self, ctx: &JobContext, job: &jobs::Model) -> Result<(), String> {
        match self.find(&job.kind) {
            Some(run) => run(ctx.clone(), job.payload.clone()).await,
            None => {
                tracing::error!(
                    job = job.id,
                    kind = job.kind,
                    "no worker here knows this job kind"
                );
                Err(format!("unknown job kind {}", job.kind))
            }
        }
    }
}

/// Runs jobs until `shutdown` turns true; finishes the job in hand before returning. Woken early
/// by the state's `job_signal` when a job is queued.
pub async fn run_worker(
    worker_id: String,
    registry: Registry,
    ctx: JobContext,
    mut shutdown: watch::Receiver<bool>,
) {
    let db = ctx.state.db.clone();
    let signal = ctx.state.job_signal.clone();
    loop {
        if *shutdown.borrow() {
            break;
        }
        match claim(&db, &worker_id).await {
            Ok(Some(job)) => {
                let outcome = registry.run(&ctx, &job).await;
                let saved = match &outcome {
                    Ok(()) => complete(&db, &job).await,
                    Err(e) => {
                        tracing::warn!(job = job.id, kind = job.kind, attempt = job.attempts, error = %e, "job failed");
                        fail(&db, &job, e).await
                    }
                };
                if let Err(e) = saved {
                    tracing::error!(job = job.id, error = %e, "could not record job outcome");
                }
                continue;
            }
            Ok(None) => {}
            Err(e) => tracing::error!(error = %e, "could not claim a job"),
        }
        tokio::select! {
            _ = signal.notified() => {}
            _ = tokio::time::sleep(std::time::Duration::from_secs(1)) => {}
            _ = shutdown.changed() => {}
        }
    }
    tracing::info!(worker = worker_id, "worker stopped");
}
