//! One module per page (or family of pages).

pub mod account;
pub mod auth;
pub mod cart;
pub mod home;
pub mod not_found;
