//! What shoppers can browse, kept apart from the products themselves: one row per listed product
//! (published, of an approved cooperative) and per category it appears under — its own and every
//! ancestor — plus one row under "*" for the whole catalog. A category page then reads one index
//! range already in "newest first" order, instead of joining cooperatives and sorting every
//! product of a dozen sub-categories (which, at 100,000 products, took hundreds of milliseconds).

use crate::util::timestamp;
use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, Statement};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261123_000007_product_listings"
    }
}

#[derive(DeriveIden)]
enum ProductListings {
    Table,
    CategoryCode,
    ProductId,
    PublishedAt,
}

#[derive(DeriveIden)]
enum Products {
    Table,
    Id,
}

/// The key under which every listed product appears once.
const ALL: &str = "*";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(ProductListings::Table)
                .col(
                    ColumnDef::new(ProductListings::CategoryCode)
                        .string_len(64)
                        .not_null(),
                )
                .col(
                    ColumnDef::new(ProductListings::ProductId)
                        .big_integer()
                        .not_null(),
                )
                .col(timestamp(ProductListings::PublishedAt))
                .primary_key(
                    Index::create()
                        .col(ProductListings::CategoryCode)
                        .col(ProductListings::ProductId),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(ProductListings::Table, ProductListings::ProductId)
                        .to(Products::Table, Products::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("product_listings_newest")
                .table(ProductListings::Table)
                .col(ProductListings::CategoryCode)
                .col(ProductListings::PublishedAt)
                .col(ProductListings::ProductId)
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("product_listings_product")
                .table(ProductListings::Table)
                .col(ProductListings::ProductId)
                .to_owned(),
        )
        .await?;
        backfill(m).await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(ProductListings::Table).to_owned())
            .await
    }
}

/// Lists the products that are already published, under each category and its ancestors.
async fn backfill(m: &SchemaManager<'_>) -> Result<(), DbErr> {
    let db = m.get_connection();
    let backend = db.get_database_backend();
    let rows = db
        .query_all(Statement::from_string(
            backend,
            "SELECT code, parent_code FROM categories",
        ))
        .await?;
    let mut parent = std::collections::HashMap::new();
    for row in rows {
        let code: String = row.try_get("", "code")?;
        let up: Option<String> = row.try_get("", "parent_code")?;
        parent.insert(code, up);
    }
    let listed = "FROM products p JOIN cooperatives c ON c.id = p.cooperative_id \
                  WHERE p.status = 'published' AND c.status = 'approved' \
                  AND p.published_at IS NOT NULL";
    let insert = "INSERT INTO product_listings (category_code, product_id, published_at)";
    db.execute(Statement::from_sql_and_values(
        backend,
        param_sql(
            backend,
            &format!("{insert} SELECT ?, p.id, p.published_at {listed}"),
        ),
        [ALL.into()],
    ))
    .await?;
    // Each product under every category whose subtree holds its own category.
    for code in parent.keys() {
        let mut under = vec![];
        for leaf in parent.keys() {
            let mut at = Some(leaf.clone());
            while let Some(c) = at {
                if &c == code {
                    under.push(leaf.clone());
                    break;
                }
                at = parent.get(&c).cloned().flatten();
            }
        }
        let marks = vec!["?"; under.len()].join(", ");
        let mut values: Vec<sea_orm_migration::sea_orm::Value> = vec![code.clone().into()];
        values.extend(under.into_iter().map(Into::into));
        db.execute(Statement::from_sql_and_values(
            backend,
            param_sql(
                backend,
                &format!("{insert} SELECT ?, p.id, p.published_at {listed} AND p.category_code IN ({marks})"),
            ),
            values,
        ))
        .await?;
    }
    Ok(())
}

/// `?` placeholders as the backend wants them ($1, $2… on PostgreSQL).
fn param_sql(backend: sea_orm_migration::sea_orm::DatabaseBackend, sql: &str) -> String {
    if backend != sea_orm_migration::sea_orm::DatabaseBackend::Postgres {
        return sql.to_owned();
    }
    let mut out = String::with_capacity(sql.len() + 8);
    let mut n = 0;
    for ch in sql.chars() {
        if ch == '?' {
            n += 1;
            out.push_str(&format!("${n}"));
        } else {
            out.push(ch);
        }
    }
    out
}
