//! Photos of a batch (the harvest, the drying yard, the packing line) beside the product's own
//! gallery: a photo with a batch belongs to that batch's trace page, not to the product's gallery.

use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261123_000009_batch_photos"
    }
}

#[derive(DeriveIden)]
enum ProductPhotos {
    Table,
    BatchId,
}

const INDEX: &str = "product_photos_batch";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(ProductPhotos::Table)
                .add_column(ColumnDef::new(ProductPhotos::BatchId).big_integer().null())
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name(INDEX)
                .table(ProductPhotos::Table)
                .col(ProductPhotos::BatchId)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_index(Index::drop().name(INDEX).table(ProductPhotos::Table).to_owned())
            .await?;
        m.alter_table(
            Table::alter()
                .table(ProductPhotos::Table)
                .drop_column(ProductPhotos::BatchId)
                .to_owned(),
        )
        .await
    }
}
