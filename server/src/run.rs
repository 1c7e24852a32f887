//! Running the marketplace: connect, migrate, start workers, serve until SIGTERM or Ctrl-C, then
//! let in-flight requests and the job in hand finish.

use crate::config::Config;
use crate::db;
use app::backend::jobs::{self, JobContext, Registry};
use app::backend::mail::{self, Transport};
use app::backend::AppState;
use axum::serve::ListenerExt;
use leptos::config::LeptosOptions;
use std::sync::Arc;
use tokio::net::TcpListener;
use tokio::sync::{watch, Notify};

/// Why the server could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("database: {0}")]
    Database(#[from] sea_orm::DbErr),
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: std::net::SocketAddr,
        source: std::io::Error,
    },
    #[error("{0}")]
    Mail(#[from] mail::TransportError),
    #[error("{0}")]
    Storage(#[from] app::backend::storage::StorageError),
    #[error("search: {0}")]
    Search(#[from] app::backend::search::SearchError),
    #[error("server: {0}")]
    Serve(std::io::Error),
    #[error("Stripe: {0}")]
    Payments(String),
}

/// Builds the shared state from configuration (connecting and migrating the database).
pub async fn state(config: &Config) -> Result<AppState, StartError> {
    let db = db::connect(&config.database_url).await?;
    db::migrate(&db).await?;
    // cargo-leptos writes the hashed names of the front-end files beside the binary it builds.
    let hashed = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(|dir| dir.join("hash.txt").exists()))
        .unwrap_or(false);
    let leptos_options = LeptosOptions::builder()
        .output_name("htx-market")
        .hash_files(hashed)
        .site_root(config.site_root.to_string_lossy().to_string())
        .site_pkg_dir("pkg")
        .site_addr(config.site_addr)
        .build();
    Ok(AppState {
        db,
        settings: Arc::new(config.settings()),
        leptos_options,
        files: app::backend::storage::FileStore::open(&config.storage)?,
        job_signal: Arc::new(Notify::new()),
        listing_counts: Arc::default(),
        search: crate::searching::engine(config).await?,
        payments: match &config.stripe {
            Some(s) => Some(Arc::new(
                app::backend::payments::stripe::StripeGateway::new(
                    &s.secret_key,
                    &s.webhook_secret,
                    s.api_base.as_deref(),
                )
                .map_err(|e| StartError::Payments(e.to_string()))?,
            )),
            None => None,
        },
    })
}

/// The job types this server's worker runs.
pub fn job_registry() -> Registry {
    use app::backend::{catalog::photos, search::sync, shop::payments};
    Registry::default()
        .with::<mail::DeliverMail>()
        .with::<photos::ProcessPhoto>()
        .with::<sync::SyncSearch>()
        .with::<payments::ExpireCheckout>()
        .with::<payments::RefundOrder>()
}

/// How long in-flight requests may take to finish once shutdown begins (a slow or stuck client must
/// not keep an instance from stopping).
const SHUTDOWN_GRACE: std::time::Duration = std::time::Duration::from_secs(20);

/// A running server: its address and the handle to stop it (used by tests).
pub struct Running {
    pub addr: std::net::SocketAddr,
    pub state: AppState,
    shutdown: watch::Sender<bool>,
    task: tokio::task::JoinHandle<Result<(), StartError>>,
}

impl Running {
    /// Stops accepting, lets in-flight requests finish (for at most SHUTDOWN_GRACE), stops the worker.
    pub async fn stop(self) -> Result<(), StartError> {
        let _ = self.shutdown.send(true);
        let abort = self.task.abort_handle();
        match tokio::time::timeout(SHUTDOWN_GRACE, self.task).await {
            Ok(joined) => joined.unwrap_or(Ok(())),
            Err(_) => {
                tracing::warn!("requests still open after {SHUTDOWN_GRACE:?}; closing them");
                abort.abort();
                Ok(())
            }
        }
    }
}

/// Binds `listener` and serves until `shutdown` turns true.
pub async fn start(config: Config, listener: TcpListener) -> Result<Running, StartError> {
    let state = state(&config).await?;
    let addr = listener.local_addr().map_err(StartError::Serve)?;
    let (tx, rx) = watch::channel(false);
    let job_context = JobContext {
        state: state.clone(),
        mail: Transport::from_settings(&state.settings)?,
    };
    let worker = tokio::spawn(jobs::run_worker(
        format!("worker-{}", uuid::Uuid::new_v4()),
        job_registry(),
        job_context,
        rx.clone(),
    ));
    let janitor = tokio::spawn(housekeeping(state.db.clone(), rx.clone()));
    tokio::spawn(index_if_empty(state.clone()));
    let service = crate::http::app(state.clone(), &config);
    let mut stop = rx;
    let task = tokio::spawn(async move {
        // Pages stream in several chunks; without TCP_NODELAY, Nagle's algorithm and delayed ACKs
        // add ~40 ms to each response.
        let listener = listener.tap_io(|tcp| {
            if let Err(e) = tcp.set_nodelay(true) {
                tracing::warn!(error = %e, "could not set TCP_NODELAY");
            }
        });
        let served = axum::serve(listener, service)
            .with_graceful_shutdown(async move {
                let _ = stop.wait_for(|s| *s).await;
            })
            .await
            .map_err(StartError::Serve);
        let _ = worker.await;
        let _ = janitor.await;
        served
    });
    Ok(Running {
        addr,
        state,
        shutdown: tx,
        task,
    })
}

/// Purges expired rows and warns sellers of expiring certificates a minute after start and then
/// hourly, until shutdown.
async fn housekeeping(db: sea_orm::DatabaseConnection, mut shutdown: watch::Receiver<bool>) {
    let mut delay = std::time::Duration::from_secs(60);
    // The day whose lapsed certificates were last queued: once a day is enough.
    let mut swept = None;
    loop {
        tokio::select! {
            _ = tokio::time::sleep(delay) => {}
            _ = shutdown.wait_for(|s| *s) => return,
        }
        match app::backend::maintenance::purge_expired(&db).await {
            Ok(n) if n > 0 => tracing::info!(rows = n, "purged expired rows"),
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "housekeeping failed"),
        }
        let today = chrono::Utc::now().date_naive();
        // Certificates that lapsed lately take their badges and filters out of the search index
        // (two days back, so a day the instance was down is not missed).
        if swept != Some(today) {
            let since = today - chrono::Duration::days(2);
            match app::backend::search::sync::enqueue_expired_certificates(&db, since, today).await {
                Ok(_) => swept = Some(today),
                Err(e) => tracing::warn!(error = %e, "queueing lapsed certificates for search failed"),
            }
        }
        match app::backend::shop::cart::purge_abandoned(&db).await {
            Ok(n) if n > 0 => tracing::info!(carts = n, "deleted abandoned guest carts"),
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "deleting abandoned carts failed"),
        }
        match app::backend::catalog::certifications::warn_expiring(&db, today).await {
            Ok(n) if n > 0 => tracing::info!(certificates = n, "warned sellers of expiring certificates"),
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "certificate expiry warnings failed"),
        }
        delay = std::time::Duration::from_secs(3600);
    }
}

/// Fills an empty embedded index from the database (a data directory from before search, or one
/// whose index was deleted); Meilisearch, shared by instances, is rebuilt with `server reindex`.
async fn index_if_empty(state: AppState) {
    if state.search.name() != "embedded" {
        return;
    }
    let everything = match app::domain::search::SearchParams::default().check(app::i18n::Locale::Vi) {
        Ok(r) => r,
        Err(_) => return,
    };
    let indexed = state
        .search
        .search(&everything)
        .await
        .map(|h| h.total)
        .unwrap_or(0);
    let listed = app::backend::search::sync::listed_count(&state.db)
        .await
        .unwrap_or(0);
    if indexed > 0 || listed == 0 {
        return;
    }
    tracing::info!(products = listed, "search index is empty; building it");
    match app::backend::search::sync::reindex(&state.db, &state.search, &|_| {}).await {
        Ok(n) => tracing::info!(products = n, "search index built"),
        Err(e) => tracing::warn!(error = %e, "building the search index failed"),
    }
}

/// `server serve`: runs until SIGTERM or Ctrl-C.
pub async fn serve(config: Config) -> Result<(), StartError> {
    // Listen for signals before binding, so a SIGTERM right after start-up is still graceful.
    let stop = shutdown_signal();
    let addr = config.site_addr;
    let listener = TcpListener::bind(addr)
        .await
        .map_err(|source| StartError::Bind { addr, source })?;
    let running = start(config, listener).await?;
    tracing::info!(addr = %running.addr, "HTX Market is listening on http://{}", running.addr);
    stop.await;
    tracing::info!("shutting down: finishing in-flight requests");
    running.stop().await
}

/// Resolves on SIGTERM or SIGINT; the handlers are installed when this is called, not when awaited.
fn shutdown_signal() -> impl std::future::Future<Output = ()> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        let terminate = signal(SignalKind::terminate());
        let interrupt = signal(SignalKind::interrupt());
        async move {
            match (terminate, interrupt) {
                (Ok(mut t), Ok(mut i)) => {
                    tokio::select! {
                        _ = t.recv() => {},
                        _ = i.recv() => {},
                    }
                }
                _ => {
                    let _ = tokio::signal::ctrl_c().await;
                }
            }
        }
    }
    #[cfg(not(unix))]
    async {
        let _ = tokio::signal::ctrl_c().await;
    }
}
