//! One module per page (or family of pages).

pub mod account;
pub mod admin;
pub mod admin_cert_kinds;
pub mod admin_dashboard;
pub mod admin_moderation;
pub mod admin_payments;
pub mod admin_reports;
pub mod application_parts;
pub mod auth;
pub mod cart;
pub mod category;
pub mod checkout;
pub mod checkout_form;
pub mod coops;
pub mod home;
pub mod not_found;
pub mod orders;
pub mod product;
pub mod search;
pub mod sell;
pub mod seller_orders;
pub mod seller_products;
pub mod shipping;
pub mod trace;
