//! The user interface, rendered on the server: the HTML shell, the locale layout with header and
//! footer, reusable form pieces, and one module per page. Only islands (`#[island]`) run in the
//! browser: small ones on the storefront, lazily loaded whole-page ones for sellers and
//! administrators (`page_island!`).

mod auth_state;
pub mod browser;
pub mod bundle;
mod charts;
mod forms;
pub mod header;
mod icons;
mod layout;
mod outcome;
pub mod page;
pub mod pages;
mod pagination;
mod product_card;
mod scripts;
pub mod seo;
pub mod shell;
mod upload_progress;

pub use auth_state::AuthContext;
