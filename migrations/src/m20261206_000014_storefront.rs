//! The storefront's caches and addresses.
//!
//! - `cache_versions`: one counter per cache ("catalog"), bumped by triggers whenever a table that
//!   public pages show changes, in the transaction that changes it. Every instance compares it with
//!   the version its cached pages were rendered at, so a change shows on the very next request on
//!   any instance. On PostgreSQL the trigger is deferred to commit and runs once per transaction, so
//!   concurrent checkouts hold the counter's row only while they commit.
//! - `product_slug_history`: slugs a product had before its name changed, so old links answer 301.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DatabaseBackend};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261206_000014_storefront"
    }
}

#[derive(DeriveIden)]
enum CacheVersions {
    Table,
    Name,
    Version,
}

#[derive(DeriveIden)]
enum ProductSlugHistory {
    Table,
    Locale,
    Slug,
    ProductId,
    RetiredAt,
}

#[derive(DeriveIden)]
enum Products {
    Table,
    Id,
}

/// The tables whose rows appear on public pages (products, their texts, prices, stock, photos,
/// certificates, batches, categories, cooperatives, featured products, shipping notes).
pub const CATALOG_TABLES: [&str; 17] = [
    "products",
    "product_translations",
    "product_variants",
    "product_photos",
    "product_certifications",
    "product_listings",
    "batches",
    "batch_steps",
    "categories",
    "cooperatives",
    "cooperative_translations",
    "cooperative_documents",
    "certification_kinds",
    "marketplace_settings",
    "shipping_rules",
    "shipping_province_fees",
    "product_slug_history",
];

const PG_FUNCTION: &str = "CREATE OR REPLACE FUNCTION htx_bump_catalog() RETURNS trigger AS $$
BEGIN
  IF current_setting('htx.catalog_bumped', true) IS DISTINCT FROM '1' THEN
    PERFORM set_config('htx.catalog_bumped', '1', true);
    UPDATE cache_versions SET version = version + 1 WHERE name = 'catalog';
  END IF;
  RETURN NULL;
END
$$ LANGUAGE plpgsql";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(CacheVersions::Table)
                .col(
                    ColumnDef::new(CacheVersions::Name)
                        .string_len(32)
                        .not_null()
                        .primary_key(),
                )
                .col(ColumnDef::new(CacheVersions::Version).big_integer().not_null())
                .to_owned(),
        )
        .await?;
        m.exec_stmt(
            Query::insert()
                .into_table(CacheVersions::Table)
                .columns([CacheVersions::Name, CacheVersions::Version])
                .values_panic(["catalog".into(), 1i64.into()])
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(ProductSlugHistory::Table)
                .col(
                    ColumnDef::new(ProductSlugHistory::Locale)
                        .string_len(8)
                        .not_null(),
                )
                .col(
                    ColumnDef::new(ProductSlugHistory::Slug)
                        .string_len(220)
                        .not_null(),
                )
                .col(
                    ColumnDef::new(ProductSlugHistory::ProductId)
                        .big_integer()
                        .not_null(),
                )
                .col(
                    ColumnDef::new(ProductSlugHistory::RetiredAt)
                        .timestamp_with_time_zone()
                        .not_null(),
                )
                .primary_key(
                    Index::create()
                        .col(ProductSlugHistory::Locale)
                        .col(ProductSlugHistory::Slug),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(ProductSlugHistory::Table, ProductSlugHistory::ProductId)
                        .to(Products::Table, Products::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;

        let db = m.get_connection();
        match db.get_database_backend() {
            DatabaseBackend::Postgres => {
                db.execute_unprepared(PG_FUNCTION).await?;
                for table in CATALOG_TABLES {
                    db.execute_unprepared(&format!(
                        "CREATE CONSTRAINT TRIGGER htx_catalog_{table} AFTER INSERT OR UPDATE OR DELETE \
                         ON {table} DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION htx_bump_catalog()"
                    ))
                    .await?;
                }
            }
            _ => {
                for table in CATALOG_TABLES {
                    for event in ["INSERT", "UPDATE", "DELETE"] {
                        let lower = event.to_ascii_lowercase();
                        db.execute_unprepared(&format!(
                            "CREATE TRIGGER htx_catalog_{table}_{lower} AFTER {event} ON {table} \
                             BEGIN UPDATE cache_versions SET version = version + 1 WHERE name = 'catalog'; END"
                        ))
                        .await?;
                    }
                }
            }
        }
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let db = m.get_connection();
        match db.get_database_backend() {
            DatabaseBackend::Postgres => {
                for table in CATALOG_TABLES {
                    db.execute_unprepared(&format!("DROP TRIGGER IF EXISTS htx_catalog_{table} ON {table}"))
                        .await?;
                }
                db.execute_unprepared("DROP FUNCTION IF EXISTS htx_bump_catalog()")
                    .await?;
            }
            _ => {
                for table in CATALOG_TABLES {
                    for event in ["insert", "update", "delete"] {
                        db.execute_unprepared(&format!("DROP TRIGGER IF EXISTS htx_catalog_{table}_{event}"))
                            .await?;
                    }
                }
            }
        }
        m.drop_table(Table::drop().table(ProductSlugHistory::Table).to_owned())
            .await?;
        m.drop_table(Table::drop().table(CacheVersions::Table).to_owned())
            .await
    }
}
