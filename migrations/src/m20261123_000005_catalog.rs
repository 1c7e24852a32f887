//! The catalog: a translated, hierarchical category taxonomy (seeded here), products with per-locale
//! texts and slugs, variants (integer VND prices, stock, weight), photos, certifications (OCOP and
//! others, verified by administrators), and traceable batches with their processing timeline.

use crate::util::{id, string, string_null, timestamp, timestamp_null};
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261123_000005_catalog"
    }
}

#[derive(DeriveIden)]
enum Categories {
    Table,
    Code,
    ParentCode,
    SortOrder,
    NameVi,
    NameEn,
    NameZhCn,
    NameJa,
    NameKo,
}

#[derive(DeriveIden)]
enum Products {
    Table,
    Id,
    CooperativeId,
    CategoryCode,
    Status,
    Unit,
    OriginRegionCode,
    Gtin,
    IsDemo,
    Version,
    CreatedAt,
    UpdatedAt,
    PublishedAt,
}

#[derive(DeriveIden)]
enum ProductTranslations {
    Table,
    ProductId,
    Locale,
    Name,
    Slug,
    ShortDescription,
    DescriptionMd,
}

#[derive(DeriveIden)]
enum ProductVariants {
    Table,
    Id,
    ProductId,
    Sku,
    Label,
    PriceVnd,
    Stock,
    WeightGrams,
    Position,
}

#[derive(DeriveIden)]
enum ProductPhotos {
    Table,
    Id,
    ProductId,
    Position,
    OriginalKey,
    Width,
    Height,
    Renditions,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ProductCertifications {
    Table,
    Id,
    ProductId,
    Kind,
    Number,
    Stars,
    Level,
    IssuedOn,
    ExpiresOn,
    ScanKey,
    Status,
    Reason,
    DecidedByUserId,
    DecidedAt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Batches {
    Table,
    Id,
    ProductId,
    LotCode,
    ProducedOn,
    Commune,
    RegionCode,
    Quantity,
    QuantityUnit,
    CreatedAt,
}

#[derive(DeriveIden)]
enum BatchSteps {
    Table,
    Id,
    BatchId,
    Position,
    Kind,
    HappenedOn,
    Note,
}

#[derive(DeriveIden)]
enum Cooperatives {
    Table,
    Id,
    IsDemo,
}

#[derive(DeriveIden)]
enum Regions {
    Table,
    Code,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

/// (code, parent, vi, en, zh-CN, ja, ko).
type CategoryRow = (
    &'static str,
    Option<&'static str>,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

/// The taxonomy, parents before children.
pub const CATEGORIES: [CategoryRow; 17] = [
    ("food", None, "Thực phẩm", "Food", "食品", "食品", "식품"),
    (
        "honey",
        Some("food"),
        "Mật ong và sản phẩm từ ong",
        "Honey and bee products",
        "蜂蜜及蜂产品",
        "はちみつ・蜂産品",
        "꿀 및 벌 제품",
    ),
    (
        "rice-grains",
        Some("food"),
        "Gạo và ngũ cốc",
        "Rice and grains",
        "大米和谷物",
        "米・穀物",
        "쌀 및 곡물",
    ),
    (
        "dried-fruit-nuts",
        Some("food"),
        "Trái cây sấy và hạt",
        "Dried fruit and nuts",
        "果干和坚果",
        "ドライフルーツ・ナッツ",
        "건과일 및 견과류",
    ),
    (
        "sauces-spices",
        Some("food"),
        "Nước chấm và gia vị",
        "Sauces and spices",
        "酱料和香料",
        "調味料・スパイス",
        "소스 및 향신료",
    ),
    (
        "fish-sauce",
        Some("sauces-spices"),
        "Nước mắm",
        "Fish sauce",
        "鱼露",
        "ヌックマム（魚醤）",
        "느억맘(피시소스)",
    ),
    (
        "spices",
        Some("sauces-spices"),
        "Gia vị",
        "Spices",
        "香料",
        "スパイス",
        "향신료",
    ),
    ("beverages", None, "Đồ uống", "Beverages", "饮品", "飲料", "음료"),
    ("tea", Some("beverages"), "Trà", "Tea", "茶", "茶", "차"),
    (
        "coffee",
        Some("beverages"),
        "Cà phê",
        "Coffee",
        "咖啡",
        "コーヒー",
        "커피",
    ),
    (
        "medicinal-herbs",
        None,
        "Dược liệu",
        "Medicinal herbs",
        "药材",
        "薬草",
        "약초",
    ),
    (
        "handicrafts",
        None,
        "Thủ công mỹ nghệ",
        "Handicrafts",
        "手工艺品",
        "手工芸品",
        "수공예품",
    ),
    (
        "bamboo-rattan",
        Some("handicrafts"),
        "Mây tre đan",
        "Bamboo and rattan",
        "竹藤编织",
        "竹・籐細工",
        "대나무 및 등나무 공예",
    ),
    (
        "pottery",
        Some("handicrafts"),
        "Gốm sứ",
        "Pottery",
        "陶瓷",
        "陶磁器",
        "도자기",
    ),
    (
        "silk-textiles",
        Some("handicrafts"),
        "Lụa và dệt may",
        "Silk and textiles",
        "丝绸和纺织品",
        "シルク・織物",
        "실크 및 직물",
    ),
    (
        "processed-foods",
        Some("food"),
        "Thực phẩm chế biến",
        "Processed foods",
        "加工食品",
        "加工食品",
        "가공식품",
    ),
    (
        "fresh-produce",
        Some("food"),
        "Nông sản tươi",
        "Fresh produce",
        "生鲜农产品",
        "生鮮農産物",
        "신선 농산물",
    ),
];

fn fk(
    from: (impl IntoIden + 'static, impl IntoIden + 'static),
    to: (impl IntoIden + 'static, impl IntoIden + 'static),
    on_delete: ForeignKeyAction,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(from.0, from.1)
        .to(to.0, to.1)
        .on_delete(on_delete)
        .to_owned()
}

fn big(name: impl IntoIden) -> ColumnDef {
    ColumnDef::new(name).big_integer().not_null().to_owned()
}

fn int(name: impl IntoIden) -> ColumnDef {
    ColumnDef::new(name).integer().not_null().to_owned()
}

async fn index(
    m: &SchemaManager<'_>,
    name: &str,
    table: impl IntoIden + 'static,
    cols: Vec<DynIden>,
    unique: bool,
) -> Result<(), DbErr> {
    let mut idx = Index::create().name(name).table(table).to_owned();
    for c in cols {
        idx.col(c);
    }
    if unique {
        idx.unique();
    }
    m.create_index(idx).await
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // Demo cooperatives (server seed-demo) are marked, like their products.
        m.alter_table(
            Table::alter()
                .table(Cooperatives::Table)
                .add_column(
                    ColumnDef::new(Cooperatives::IsDemo)
                        .boolean()
                        .not_null()
                        .default(false),
                )
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Categories::Table)
                .col(string(Categories::Code, 48).primary_key())
                .col(string_null(Categories::ParentCode, 48))
                .col(int(Categories::SortOrder))
                .col(string(Categories::NameVi, 96))
                .col(string(Categories::NameEn, 96))
                .col(string(Categories::NameZhCn, 96))
                .col(string(Categories::NameJa, 96))
                .col(string(Categories::NameKo, 96))
                .foreign_key(&mut fk(
                    (Categories::Table, Categories::ParentCode),
                    (Categories::Table, Categories::Code),
                    ForeignKeyAction::Restrict,
                ))
                .to_owned(),
        )
        .await?;
        let mut insert = Query::insert()
            .into_table(Categories::Table)
            .columns([
                Categories::Code,
                Categories::ParentCode,
                Categories::SortOrder,
                Categories::NameVi,
                Categories::NameEn,
                Categories::NameZhCn,
                Categories::NameJa,
                Categories::NameKo,
            ])
            .to_owned();
        for (i, (code, parent, vi, en, zh, ja, ko)) in CATEGORIES.iter().enumerate() {
            insert.values_panic([
                (*code).into(),
                parent.map(str::to_owned).into(),
                (i as i32).into(),
                (*vi).into(),
                (*en).into(),
                (*zh).into(),
                (*ja).into(),
                (*ko).into(),
            ]);
        }
        m.exec_stmt(insert).await?;

        m.create_table(
            Table::create()
                .table(Products::Table)
                .col(id(Products::Id))
                .col(big(Products::CooperativeId))
                .col(string(Products::CategoryCode, 48))
                .col(string(Products::Status, 16).default("draft"))
                .col(string(Products::Unit, 16))
                .col(string_null(Products::OriginRegionCode, 32))
                // GTIN-14 (shorter GTINs zero-padded), for GS1 Digital Link.
                .col(string_null(Products::Gtin, 14))
                .col(
                    ColumnDef::new(Products::IsDemo)
                        .boolean()
                        .not_null()
                        .default(false),
                )
                .col(int(Products::Version).default(0))
                .col(timestamp(Products::CreatedAt))
                .col(timestamp(Products::UpdatedAt))
                .col(timestamp_null(Products::PublishedAt))
                .foreign_key(&mut fk(
                    (Products::Table, Products::CooperativeId),
                    (Cooperatives::Table, Cooperatives::Id),
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut fk(
                    (Products::Table, Products::CategoryCode),
                    (Categories::Table, Categories::Code),
                    ForeignKeyAction::Restrict,
                ))
                .foreign_key(&mut fk(
                    (Products::Table, Products::OriginRegionCode),
                    (Regions::Table, Regions::Code),
                    ForeignKeyAction::Restrict,
                ))
                .to_owned(),
        )
        .await?;
        index(
            m,
            "ix_products_cooperative",
            Products::Table,
            vec![Products::CooperativeId.into_iden()],
            false,
        )
        .await?;
        index(
            m,
            "ix_products_status_category",
            Products::Table,
            vec![Products::Status.into_iden(), Products::CategoryCode.into_iden()],
            false,
        )
        .await?;
        index(
            m,
            "ix_products_published",
            Products::Table,
            vec![Products::PublishedAt.into_iden()],
            false,
        )
        .await?;

        m.create_table(
            Table::create()
                .table(ProductTranslations::Table)
                .col(big(ProductTranslations::ProductId))
                .col(string(ProductTranslations::Locale, 8))
                .col(string(ProductTranslations::Name, 200))
                .col(string(ProductTranslations::Slug, 220))
                .col(string_null(ProductTranslations::ShortDescription, 300))
                .col(ColumnDef::new(ProductTranslations::DescriptionMd).text().null())
                .primary_key(
                    Index::create()
                        .col(ProductTranslations::ProductId)
                        .col(ProductTranslations::Locale),
                )
                .foreign_key(&mut fk(
                    (ProductTranslations::Table, ProductTranslations::ProductId),
                    (Products::Table, Products::Id),
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;
        index(
            m,
            "ux_product_translations_slug",
            ProductTranslations::Table,
            vec![
                ProductTranslations::Locale.into_iden(),
                ProductTranslations::Slug.into_iden(),
            ],
            true,
        )
        .await?;

        m.create_table(
            Table::create()
                .table(ProductVariants::Table)
                .col(id(ProductVariants::Id))
                .col(big(ProductVariants::ProductId))
                .col(string(ProductVariants::Sku, 64))
                .col(string(ProductVariants::Label, 64))
                .col(big(ProductVariants::PriceVnd))
                .col(int(ProductVariants::Stock))
                .col(int(ProductVariants::WeightGrams))
                .col(int(ProductVariants::Position))
                .foreign_key(&mut fk(
                    (ProductVariants::Table, ProductVariants::ProductId),
                    (Products::Table, Products::Id),
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;
        index(
            m,
            "ux_product_variants_sku",
            ProductVariants::Table,
            vec![ProductVariants::Sku.into_iden()],
            true,
        )
        .await?;
        index(
            m,
            "ix_product_variants_product",
            ProductVariants::Table,
            vec![ProductVariants::ProductId.into_iden()],
            false,
        )
        .await?;

        m.create_table(
            Table::create()
                .table(ProductPhotos::Table)
                .col(id(ProductPhotos::Id))
                .col(big(ProductPhotos::ProductId))
                .col(int(ProductPhotos::Position))
                .col(string(ProductPhotos::OriginalKey, 80))
                .col(int(ProductPhotos::Width))
                .col(int(ProductPhotos::Height))
                // JSON {"320": key, "640": key, "1280": key} once the renditions job has run.
                .col(ColumnDef::new(ProductPhotos::Renditions).text().null())
                .col(timestamp(ProductPhotos::CreatedAt))
                .foreign_key(&mut fk(
                    (ProductPhotos::Table, ProductPhotos::ProductId),
                    (Products::Table, Products::Id),
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;
        index(
            m,
            "ix_product_photos_product",
            ProductPhotos::Table,
            vec![ProductPhotos::ProductId.into_iden()],
            false,
        )
        .await?;

        m.create_table(
            Table::create()
                .table(ProductCertifications::Table)
                .col(id(ProductCertifications::Id))
                .col(big(ProductCertifications::ProductId))
                .col(string(ProductCertifications::Kind, 24))
                .col(string(ProductCertifications::Number, 64))
                .col(ColumnDef::new(ProductCertifications::Stars).integer().null())
                .col(string_null(ProductCertifications::Level, 16))
                .col(ColumnDef::new(ProductCertifications::IssuedOn).date().null())
                .col(ColumnDef::new(ProductCertifications::ExpiresOn).date().null())
                .col(string_null(ProductCertifications::ScanKey, 80))
                .col(string(ProductCertifications::Status, 16).default("pending"))
                .col(ColumnDef::new(ProductCertifications::Reason).text().null())
                .col(
                    ColumnDef::new(ProductCertifications::DecidedByUserId)
                        .big_integer()
                        .null(),
                )
                .col(timestamp_null(ProductCertifications::DecidedAt))
                .col(timestamp(ProductCertifications::CreatedAt))
                .foreign_key(&mut fk(
                    (ProductCertifications::Table, ProductCertifications::ProductId),
                    (Products::Table, Products::Id),
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut fk(
                    (
                        ProductCertifications::Table,
                        ProductCertifications::DecidedByUserId,
                    ),
                    (Users::Table, Users::Id),
                    ForeignKeyAction::SetNull,
                ))
                .to_owned(),
        )
        .await?;
        index(
            m,
            "ix_product_certifications_product",
            ProductCertifications::Table,
            vec![ProductCertifications::ProductId.into_iden()],
            false,
        )
        .await?;
        index(
            m,
            "ix_product_certifications_status",
            ProductCertifications::Table,
            vec![
                ProductCertifications::Kind.into_iden(),
                ProductCertifications::Status.into_iden(),
            ],
            false,
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Batches::Table)
                .col(id(Batches::Id))
                .col(big(Batches::ProductId))
                .col(string(Batches::LotCode, 40))
                .col(ColumnDef::new(Batches::ProducedOn).date().not_null())
                .col(string_null(Batches::Commune, 120))
                .col(string_null(Batches::RegionCode, 32))
                .col(ColumnDef::new(Batches::Quantity).integer().null())
                .col(string_null(Batches::QuantityUnit, 16))
                .col(timestamp(Batches::CreatedAt))
                .foreign_key(&mut fk(
                    (Batches::Table, Batches::ProductId),
                    (Products::Table, Products::Id),
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut fk(
                    (Batches::Table, Batches::RegionCode),
                    (Regions::Table, Regions::Code),
                    ForeignKeyAction::Restrict,
                ))
                .to_owned(),
        )
        .await?;
        // Lot codes are stored upper-case, so this makes them unique regardless of case.
        index(
            m,
            "ux_batches_lot_code",
            Batches::Table,
            vec![Batches::LotCode.into_iden()],
            true,
        )
        .await?;
        index(
            m,
            "ix_batches_product",
            Batches::Table,
            vec![Batches::ProductId.into_iden()],
            false,
        )
        .await?;

        m.create_table(
            Table::create()
                .table(BatchSteps::Table)
                .col(id(BatchSteps::Id))
                .col(big(BatchSteps::BatchId))
                .col(int(BatchSteps::Position))
                // From a fixed, translated vocabulary (harvest, drying, packing, …).
                .col(string(BatchSteps::Kind, 24))
                .col(ColumnDef::new(BatchSteps::HappenedOn).date().not_null())
                .col(ColumnDef::new(BatchSteps::Note).text().null())
                .foreign_key(&mut fk(
                    (BatchSteps::Table, BatchSteps::BatchId),
                    (Batches::Table, Batches::Id),
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;
        index(
            m,
            "ix_batch_steps_batch",
            BatchSteps::Table,
            vec![BatchSteps::BatchId.into_iden()],
            false,
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            BatchSteps::Table.into_iden(),
            Batches::Table.into_iden(),
            ProductCertifications::Table.into_iden(),
            ProductPhotos::Table.into_iden(),
            ProductVariants::Table.into_iden(),
            ProductTranslations::Table.into_iden(),
            Products::Table.into_iden(),
        ] {
            m.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        // SQLite empties a table before dropping it; children must go before their parents.
        for (code, ..) in CATEGORIES.iter().rev() {
            m.exec_stmt(
                Query::delete()
                    .from_table(Categories::Table)
                    .and_where(Expr::col(Categories::Code).eq(*code))
                    .to_owned(),
            )
            .await?;
        }
        m.drop_table(Table::drop().table(Categories::Table).to_owned())
            .await
    }
}

#[cfg(test)]
mod tests {
    use super::CATEGORIES;
    use std::collections::HashSet;

    #[test]
    fn the_taxonomy_is_a_tree_listed_parents_first() {
        let mut seen = HashSet::new();
        for (code, parent, vi, en, zh, ja, ko) in CATEGORIES {
            assert!(code.chars().all(|c| c.is_ascii_lowercase() || c == '-'), "{code}");
            if let Some(p) = parent {
                assert!(seen.contains(p), "{code}: parent {p} must come first");
            }
            for name in [vi, en, zh, ja, ko] {
                assert!(!name.trim().is_empty(), "{code}");
            }
            assert!(seen.insert(code), "{code} twice");
        }
    }
}
