//! Server functions: the typed calls the UI makes to the server. Each one parses its input,
//! authorizes, calls a service in `crate::backend` and maps the outcome; nothing else.

pub mod auth;
pub mod catalog;
pub mod cooperatives;

pub use auth::CurrentUser;
