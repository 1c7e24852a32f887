//! What every request handler can reach: the database, settings and the job queue's wake-up.

use axum::extract::FromRef;
use leptos::config::LeptosOptions;
use sea_orm::DatabaseConnection;
use std::path::PathBuf;
use std::sync::Arc;
use tokio::sync::Notify;
use url::Url;

/// Settings the services need, derived from the server's configuration.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Absolute base for links in mail and feeds, e.g. https://htx.example.vn
    pub public_base_url: Url,
    /// Mark cookies Secure (PUBLIC_BASE_URL is https).
    pub secure_cookies: bool,
    /// Uploads, search index and mail outbox live under here.
    pub data_dir: PathBuf,
    /// Take the client address from X-Forwarded-For (behind a load balancer).
    pub trust_proxy: bool,
    /// SMTP server for outgoing mail; None writes mail to DATA_DIR/outbox.
    pub smtp_url: Option<String>,
    /// The From: of outgoing mail.
    pub mail_from: String,
}

impl Settings {
    /// The origin (scheme://host[:port]) that state-changing requests must come from.
    pub fn public_origin(&self) -> String {
        self.public_base_url.origin().ascii_serialization()
    }

    /// An absolute URL for a path such as "/vi/reset-password?token=…".
    pub fn absolute_url(&self, path: &str) -> String {
        format!("{}{}", self.public_base_url.as_str().trim_end_matches('/'), path)
    }
}

/// Shared, cheaply cloned state; axum's router state and a Leptos context.
#[derive(Clone)]
pub struct AppState {
    pub db: DatabaseConnection,
    pub settings: Arc<Settings>,
    pub leptos_options: LeptosOptions,
    /// Uploaded files (local directory or S3-compatible bucket).
    pub files: super::storage::FileStore,
    /// Wakes the background workers when a job is queued, so mail goes out at once.
    pub job_signal: Arc<Notify>,
    /// Short-lived category sizes for pagination (see `catalog::public::CountCache`).
    pub listing_counts: Arc<crate::backend::catalog::public::CountCache>,
    /// The search engine (embedded, or Meilisearch when MEILI_URL is set).
    pub search: crate::backend::search::Engine,
    /// Stripe, when STRIPE_SECRET_KEY is set; cash on delivery needs nothing.
    pub payments: Option<Arc<crate::backend::payments::stripe::StripeGateway>>,
}

impl AppState {
    /// Tells workers that new jobs are waiting (call after the enqueuing transaction commits).
    pub fn wake_workers(&self) {
        self.job_signal.notify_waiters();
        self.job_signal.notify_one();
    }
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}
