//! Schema history of HTX Market. Every migration must run forwards and backwards on both SQLite and
//! PostgreSQL; the server applies pending ones at start-up.

pub use sea_orm_migration::prelude::*;

mod m20261123_000001_accounts;
mod m20261123_000002_mail_and_jobs;
mod m20261123_000003_regions;
mod m20261123_000004_cooperatives;
mod m20261123_000005_catalog;
mod m20261123_000006_import_reports;
mod m20261123_000007_product_listings;
mod m20261123_000008_certificate_expiry_warnings;
mod m20261123_000009_batch_photos;
mod m20261123_000010_orders;
mod m20261123_000011_wards;
mod m20261123_000012_moderation;
mod m20261123_000013_reporting;
mod m20261206_000014_storefront;
mod m20261207_000015_typed_states;
mod util;

/// The ordered list of every migration.
pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261123_000001_accounts::Migration),
            Box::new(m20261123_000002_mail_and_jobs::Migration),
            Box::new(m20261123_000003_regions::Migration),
            Box::new(m20261123_000004_cooperatives::Migration),
            Box::new(m20261123_000005_catalog::Migration),
            Box::new(m20261123_000006_import_reports::Migration),
            Box::new(m20261123_000007_product_listings::Migration),
            Box::new(m20261123_000008_certificate_expiry_warnings::Migration),
            Box::new(m20261123_000009_batch_photos::Migration),
            Box::new(m20261123_000010_orders::Migration),
            Box::new(m20261123_000011_wards::Migration),
            Box::new(m20261123_000012_moderation::Migration),
            Box::new(m20261123_000013_reporting::Migration),
            Box::new(m20261206_000014_storefront::Migration),
            Box::new(m20261207_000015_typed_states::Migration),
        ]
    }
}
