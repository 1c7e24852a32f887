//! The catalog: sellers' products (`products`: checked input, per-locale slugs, variants, status)
//! and what shoppers see (`public`: only published products of approved cooperatives).

pub mod batches;
pub mod cert_kinds;
pub mod certifications;
pub mod feeds;
pub mod import;
pub mod listings;
pub mod photos;
pub mod products;
pub mod public;
pub mod sitemap;
pub mod version;
