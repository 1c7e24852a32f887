//! The shapes that pages, server functions and services share: what a page shows and what a form
//! sends, one file per area. The layers point down only: `ui` → `api` (server functions) →
//! `backend` (services, entities) → `model` and `domain`; nothing here knows about HTTP or the
//! database.

pub mod catalog;
pub mod checkout_summary;
pub mod cooperatives;
pub mod moderation;
pub mod orders;
pub mod reports;
pub mod search;
pub mod shop;
