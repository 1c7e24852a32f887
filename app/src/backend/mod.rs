//! Server-only services and the data layer. Everything here is plain async Rust over sea-orm; server
//! functions in `crate::api` and the axum handlers in the server crate are thin wrappers around it.

pub mod accounts;
pub mod audit;
pub mod catalog;
pub mod cooperatives;
pub mod entities;
pub mod jobs;
pub mod mail;
pub mod maintenance;
pub mod markdown;
pub mod metrics;
pub mod moderation;
pub mod payments;
pub mod reports;
pub mod request;
pub mod search;
pub mod shop;
mod state;
pub mod storage;
pub mod transactions;

pub use state::{AppState, Settings};

use crate::error::AppError;
use crate::error::OrInternal;

/// The application state of the current request (provided by the server to every server function).
pub fn state() -> Result<AppState, AppError> {
    leptos::prelude::use_context::<AppState>().or_internal("AppState missing from the Leptos context")
}
