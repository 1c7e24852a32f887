//! The user interface: the HTML shell, the locale layout with header and footer, reusable form
//! pieces, and one module per page.

mod auth_state;
mod cart_state;
mod charts;
mod forms;
mod layout;
mod outcome;
pub mod pages;
mod pagination;
mod search_box;
pub mod shell;
mod upload_progress;

pub use auth_state::AuthContext;
