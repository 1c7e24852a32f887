//! HTX Market's application crate: the Leptos UI (rendered on the server and hydrated in the browser),
//! the server functions it calls, and, behind the `ssr` feature, the services and data layer they use.
#![recursion_limit = "256"]

pub mod api;
pub mod domain;
pub mod error;
pub mod i18n;
pub mod model;
pub mod ui;

#[cfg(feature = "ssr")]
pub mod backend;

pub use ui::shell::{shell, App};
