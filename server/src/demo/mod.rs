//! `server seed-demo`: fills an empty database with a lively demo catalog (cooperatives in many
//! provinces, products in five languages with variants, verified OCOP certificates and traceable
//! batches), every row marked as demo data. `make run` calls it on a fresh database.

mod data;
mod illustration;

use app::backend::accounts::create_seller_for_demo;
use app::backend::catalog::batches::{self, CheckedBatch};
use app::backend::catalog::photos;
use app::backend::cooperatives::documents::Upload;
use app::backend::entities::{
    cooperative_members, cooperative_status_changes, cooperative_translations, cooperatives,
    product_certifications, product_translations, product_variants, products,
};
use app::backend::storage::FileStore;
use app::backend::transactions::begin_write;
use app::domain::catalog::default_ocop_expiry;
use app::domain::catalog::ProductStatus;
use app::domain::cooperative_status::{CooperativeAction, CooperativeStatus};
use app::domain::orders::{CheckoutStatus, OrderStatus, PaymentMethod};
use app::domain::slug::{localized_slug, slugify};
use app::error::AppError;
use app::i18n::Locale;
use chrono::{Duration, TimeZone, Utc};
use data::{DemoCoop, DemoProduct, COOPERATIVES};
use sea_orm::{ActiveModelTrait, ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait, Set};
use std::collections::HashSet;

/// The password of every demo seller account (printed by the command; demo data only).
pub const DEMO_PASSWORD: &str = "htx-demo-2026";

/// What the seed made.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct SeedReport {
    pub cooperatives: usize,
    pub products: usize,
    pub batches: usize,
    pub regions: usize,
    /// The first demo seller's login.
    pub seller_email: String,
}

/// Why seeding did not happen.
#[derive(Debug, thiserror::Error)]
pub enum SeedError {
    #[error("the database already has cooperatives; demo data is only added to an empty marketplace")]
    NotEmpty,
    #[error("the demo catalog is missing: run seed-demo first")]
    NoCatalog,
    #[error("database: {0}")]
    Database(#[from] sea_orm::DbErr),
    #[error("{0}")]
    App(#[from] AppError),
}

/// A valid GTIN-13 under Vietnam's GS1 prefix 893, made from `n`.
fn demo_gtin(n: u64) -> String {
    let body = format!("893{:09}", n % 1_000_000_000);
    let sum: u32 = body
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| u32::from(b - b'0') * if i % 2 == 0 { 3 } else { 1 })
        .sum();
    format!("0{body}{}", (10 - sum % 10) % 10)
}

/// Slugs unique within a locale, across the whole seed.
struct Slugs(HashSet<(Locale, String)>);

impl Slugs {
    /// A slug for `name`: its own where it is written in Latin letters, else the Vietnamese slug.
    fn take(&mut self, locale: Locale, name: &str, vietnamese: &str) -> String {
        let base = match localized_slug(name, vietnamese) {
            s if s.is_empty() => "san-pham".to_owned(),
            s => s
                .chars()
                .take(180)
                .collect::<String>()
                .trim_end_matches('-')
                .to_owned(),
        };
        let mut n = 1;
        loop {
            let candidate = if n == 1 {
                base.clone()
            } else {
                format!("{base}-{n}")
            };
            if self.0.insert((locale, candidate.clone())) {
                return candidate;
            }
            n += 1;
        }
    }
}

/// A drawn picture of the product (a still life of its category in its colours), as PNG: demo
/// data ships no image files.
fn demo_photo(category: &str, n: usize) -> Vec<u8> {
    let img = illustration::draw(category, n);
    let mut out = std::io::Cursor::new(Vec::new());
    // Writing PNG to memory cannot fail for an RGB image.
    let _ = img.write_to(&mut out, image::ImageFormat::Png);
    out.into_inner()
}

/// Varied shipping rules, so the demo shows what cooperatives can set: every third cooperative
/// ships abroad, one in four charges more far from home, one in five takes no cash on delivery.
async fn insert_shipping_rules<C: sea_orm::ConnectionTrait>(
    txn: &C,
    i: usize,
    coop_id: i64,
    home: &str,
) -> Result<(), SeedError> {
    use app::backend::entities::{shipping_province_fees, shipping_rules};
    shipping_rules::ActiveModel {
        cooperative_id: Set(coop_id),
        flat_fee_vnd: Set(25_000 + 5_000 * (i as i64 % 3)),
        free_above_vnd: Set(Some(400_000 + 100_000 * (i as i64 % 3))),
        international_fee_vnd: Set(i.is_multiple_of(3).then_some(350_000)),
        cod_enabled: Set(i % 5 != 4),
        updated_at: Set(Utc::now()),
    }
    .insert(txn)
    .await?;
    if i % 4 == 1 {
        let far = [("lai-chau", 45_000), ("dien-bien", 45_000)];
        let near = (!far.iter().any(|(r, _)| *r == home)).then_some((home, 15_000));
        for (region, fee) in far.into_iter().chain(near) {
            shipping_province_fees::ActiveModel {
                cooperative_id: Set(coop_id),
                region_code: Set(region.to_owned()),
                fee_vnd: Set(fee),
            }
            .insert(txn)
            .await?;
        }
    }
    Ok(())
}

/// Seeds the demo catalog in one transaction; refuses a database that already has cooperatives.
/// Photos are stored and queued for processing like sellers' uploads.
pub async fn seed(db: &DatabaseConnection, files: &FileStore) -> Result<SeedReport, SeedError> {
    if cooperatives::Entity::find().count(db).await? > 0 {
        return Err(SeedError::NotEmpty);
    }
    let txn = begin_write(db).await?;
    let mut report = SeedReport::default();
    let mut slugs = Slugs(HashSet::new());
    let mut regions = HashSet::new();
    let today = Utc::now().date_naive();
    for (i, coop) in COOPERATIVES.iter().enumerate() {
        let email = format!("seller{:02}@demo.htx-market.vn", i + 1);
        let owner = create_seller_for_demo(&txn, &email, coop.trading[0], DEMO_PASSWORD).await?;
        if i == 0 {
            report.seller_email = email.clone();
        }
        let coop_id = insert_coop(&txn, i, coop, owner, &mut slugs).await?;
        regions.insert(coop.region);
        insert_shipping_rules(&txn, i, coop_id, coop.region).await?;
        for (j, product) in coop.products.iter().enumerate() {
            let n = i * 100 + j;
            let product_id = insert_product(&txn, coop_id, (i, j), coop, product, &mut slugs).await?;
            let photo = Upload {
                original_name: "demo.png".into(),
                bytes: demo_photo(product.category, n).into(),
            };
            photos::insert(&txn, files, product_id, None, photo).await?;
            if let Some(stars) = product.ocop_stars {
                let issued = today - Duration::days(120 + (n as i64 * 37) % 600);
                product_certifications::ActiveModel {
                    product_id: Set(product_id),
                    kind: Set("ocop".into()),
                    number: Set(format!(
                        "OCOP-{}-{}-{:03}",
                        coop.region.to_uppercase(),
                        issued.format("%Y"),
                        n % 1000
                    )),
                    stars: Set(Some(stars)),
                    level: Set(Some(if stars == 5 { "national" } else { "provincial" }.into())),
                    issued_on: Set(Some(issued)),
                    expires_on: Set(Some(default_ocop_expiry(issued))),
                    status: Set(app::domain::catalog::CertificationStatus::Verified),
                    decided_at: Set(Some(Utc::now())),
                    created_at: Set(Utc::now()),
                    ..Default::default()
                }
                .insert(&txn)
                .await?;
            }
            let produced_on = today - Duration::days(10 + (n as i64 * 7) % 60);
            let steps = product.steps.len() as i64;
            let batch = CheckedBatch {
                lot_code: format!("D{:02}{:02}-{}", i + 1, j + 1, produced_on.format("%y%m%d")),
                produced_on,
                commune: Some(coop.commune.to_owned()),
                region_code: Some(coop.region.to_owned()),
                quantity: Some(200 + ((n * 53) % 1800) as i32),
                quantity_unit: Some(product.unit.to_owned()),
                steps: product
                    .steps
                    .iter()
                    .enumerate()
                    .map(|(k, kind)| {
                        (
                            *kind,
                            produced_on - Duration::days((steps - 1 - k as i64) * 2),
                            None,
                        )
                    })
                    .collect(),
            };
            batches::insert(&txn, product_id, &batch).await?;
            report.products += 1;
            report.batches += 1;
        }
        report.cooperatives += 1;
    }
    report.regions = regions.len();
    app::backend::catalog::listings::rebuild(&txn).await?;
    txn.commit().await?;
    Ok(report)
}

async fn insert_coop<C: ConnectionTrait>(
    conn: &C,
    i: usize,
    coop: &DemoCoop,
    owner: i64,
    slugs: &mut Slugs,
) -> Result<i64, SeedError> {
    let now = Utc::now();
    let founded = Utc
        .with_ymd_and_hms(coop.year_founded, 3, 1, 0, 0, 0)
        .single()
        .unwrap_or(now);
    // Applications spread over the last year, each decided within two weeks, so the
    // administrators' dashboard has a history to show.
    let submitted = founded.max(now - Duration::days(90 + (i as i64 * 23) % 280));
    let decided = submitted + Duration::days(2 + i as i64 % 12);
    let model = cooperatives::ActiveModel {
        slug: Set(slugs.take(Locale::Vi, coop.trading[0], "")),
        status: Set(CooperativeStatus::Approved),
        legal_name_vi: Set(coop.legal_name_vi.into()),
        registration_number: Set(format!("{:010}", 1_800_000_000u64 + i as u64 * 7_919)),
        region_code: Set(Some(coop.region.into())),
        address: Set(Some(format!("{}, {}", coop.commune, coop.region))),
        year_founded: Set(Some(coop.year_founded)),
        member_count: Set(Some(coop.members)),
        legal_representative: Set(Some("Nguyễn Văn An".into())),
        contact_phone: Set(Some(format!("+8491{:07}", 2_000_000 + i * 1_111))),
        contact_email: Set(Some(format!("lienhe{:02}@demo.htx-market.vn", i + 1))),
        applied_locale: Set("vi".into()),
        created_by_user_id: Set(owner),
        is_demo: Set(true),
        version: Set(0),
        submitted_at: Set(Some(submitted)),
        decided_at: Set(Some(decided)),
        created_at: Set(submitted),
        updated_at: Set(decided),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    for (action, from, to, at) in [
        (
            CooperativeAction::Submit,
            CooperativeStatus::Draft,
            CooperativeStatus::Submitted,
            submitted,
        ),
        (
            CooperativeAction::Approve,
            CooperativeStatus::Submitted,
            CooperativeStatus::Approved,
            decided,
        ),
    ] {
        cooperative_status_changes::ActiveModel {
            cooperative_id: Set(model.id),
            action: Set(action),
            from_status: Set(from),
            to_status: Set(to),
            at: Set(at),
            ..Default::default()
        }
        .insert(conn)
        .await?;
    }
    for (k, locale) in Locale::ALL.into_iter().enumerate() {
        cooperative_translations::ActiveModel {
            cooperative_id: Set(model.id),
            locale: Set(locale.code().into()),
            trading_name: Set(Some(coop.trading[k].into())),
            description_md: Set(Some(coop.description[k].into())),
        }
        .insert(conn)
        .await?;
    }
    cooperative_members::ActiveModel {
        cooperative_id: Set(model.id),
        user_id: Set(owner),
        role: Set(app::domain::cooperative_status::MemberRole::Owner),
        created_at: Set(now),
    }
    .insert(conn)
    .await?;
    Ok(model.id)
}

/// Inserts product `j` of cooperative `i`.
async fn insert_product<C: ConnectionTrait>(
    conn: &C,
    coop_id: i64,
    (i, j): (usize, usize),
    coop: &DemoCoop,
    product: &DemoProduct,
    slugs: &mut Slugs,
) -> Result<i64, SeedError> {
    let n = (i * 100 + j) as i64;
    let published = Utc::now() - Duration::hours(n * 5 % 1_500);
    let model = products::ActiveModel {
        cooperative_id: Set(coop_id),
        category_code: Set(product.category.into()),
        status: Set(ProductStatus::Published),
        unit: Set(product.unit.into()),
        origin_region_code: Set(Some(coop.region.into())),
        // Every other product carries a barcode, so both QR forms appear in the demo.
        gtin: Set((j % 2 == 0).then(|| demo_gtin(n as u64 + 1))),
        is_demo: Set(true),
        version: Set(0),
        created_at: Set(published),
        updated_at: Set(published),
        published_at: Set(Some(published)),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    // Locale::ALL starts with Vietnamese, whose slug the other scripts borrow.
    let mut vietnamese = String::new();
    for (k, locale) in Locale::ALL.into_iter().enumerate() {
        let slug = slugs.take(locale, product.name[k], &vietnamese);
        if locale == Locale::Vi {
            vietnamese = slug.clone();
        }
        product_translations::ActiveModel {
            product_id: Set(model.id),
            locale: Set(locale.code().into()),
            name: Set(product.name[k].into()),
            slug: Set(slug),
            short_description: Set(Some(product.short[k].into())),
            description_md: Set(Some(product.description[k].into())),
        }
        .insert(conn)
        .await?;
    }
    for (k, (label, price, stock, grams)) in product.variants.iter().enumerate() {
        product_variants::ActiveModel {
            product_id: Set(model.id),
            sku: Set(format!("DEMO-{:02}{:02}-{}", i + 1, j + 1, k + 1)),
            label: Set((*label).into()),
            price_vnd: Set(*price),
            // A few sold out, so shoppers see both states.
            stock: Set(if (n + k as i64) % 11 == 0 { 0 } else { *stock }),
            weight_grams: Set(*grams),
            position: Set(k as i32),
            ..Default::default()
        }
        .insert(conn)
        .await?;
    }
    Ok(model.id)
}

/// Adds `count` generated published products (two locales, two variants each) spread over the demo
/// cooperatives, for load tests at catalog scale. Rows are inserted in batches in one transaction.
pub async fn seed_bulk(db: &DatabaseConnection, count: usize) -> Result<usize, SeedError> {
    use sea_orm::{ColumnTrait, QueryFilter, QueryOrder, QuerySelect};
    let coops: Vec<i64> = cooperatives::Entity::find()
        .filter(cooperatives::Column::IsDemo.eq(true))
        .all(db)
        .await?
        .into_iter()
        .map(|c| c.id)
        .collect();
    if coops.is_empty() {
        return Err(SeedError::NoCatalog);
    }
    let categories = [
        "honey",
        "rice-grains",
        "tea",
        "coffee",
        "fish-sauce",
        "dried-fruit-nuts",
        "pottery",
    ];
    let first: i64 = products::Entity::find().count(db).await? as i64;
    let txn = begin_write(db).await?;
    let now = Utc::now();
    for chunk_start in (0..count).step_by(500) {
        let n_chunk = (count - chunk_start).min(500);
        let mut new_products = Vec::with_capacity(n_chunk);
        for k in 0..n_chunk {
            let n = chunk_start + k;
            new_products.push(products::ActiveModel {
                cooperative_id: Set(coops[n % coops.len()]),
                category_code: Set(categories[n % categories.len()].into()),
                status: Set(ProductStatus::Published),
                unit: Set("jar".into()),
                origin_region_code: Set(None),
                gtin: Set(None),
                is_demo: Set(true),
                version: Set(0),
                created_at: Set(now),
                updated_at: Set(now),
                published_at: Set(Some(now - Duration::seconds(n as i64))),
                ..Default::default()
            });
        }
        products::Entity::insert_many(new_products).exec(&txn).await?;
        // The ids just inserted are the highest ones, in order.
        let mut ids: Vec<i64> = products::Entity::find()
            .order_by_desc(products::Column::Id)
            .limit(n_chunk as u64)
            .all(&txn)
            .await?
            .into_iter()
            .map(|p| p.id)
            .collect();
        ids.reverse();
        let mut texts = Vec::new();
        let mut variants = Vec::new();
        for (k, id) in ids.iter().enumerate() {
            let n = first as usize + chunk_start + k;
            for (locale, name) in [
                (Locale::Vi, format!("Sản phẩm mẫu số {n}")),
                (Locale::En, format!("Sample product {n}")),
            ] {
                texts.push(product_translations::ActiveModel {
                    product_id: Set(*id),
                    locale: Set(locale.code().into()),
                    slug: Set(format!("{}-{id}", slugify(&name))),
                    name: Set(name),
                    short_description: Set(Some("Sản phẩm sinh tự động để đo tải.".into())),
                    description_md: Set(Some("Mô tả **mẫu** cho phép đo tải.".into())),
                });
            }
            for (v, (label, price)) in [("250 g", 95_000), ("500 g", 180_000)].into_iter().enumerate() {
                variants.push(product_variants::ActiveModel {
                    product_id: Set(*id),
                    sku: Set(format!("BULK-{id}-{v}")),
                    label: Set(label.into()),
                    price_vnd: Set(price + (n as i64 % 50) * 1_000),
                    stock: Set(100),
                    weight_grams: Set(400),
                    position: Set(v as i32),
                    ..Default::default()
                });
            }
        }
        product_translations::Entity::insert_many(texts)
            .exec(&txn)
            .await?;
        product_variants::Entity::insert_many(variants).exec(&txn).await?;
        app::backend::catalog::listings::relist(&txn, &ids).await?;
    }
    txn.commit().await?;
    // Fresh statistics after a bulk load: without them PostgreSQL's planner still thinks the tables
    // are small and sorts a whole category instead of walking its index (20 ms, not 1 ms, a page).
    db.execute_unprepared("ANALYZE").await?;
    Ok(count)
}

/// Adds `count` generated orders (one checkout and one or two items each) spread over the last
/// 24 months, for reporting load tests: mostly delivered or completed, some cancelled; two in
/// three cash on delivery; a third in a foreign language. Needs products (seed-bulk first).
pub async fn seed_bulk_orders(db: &DatabaseConnection, count: usize) -> Result<usize, SeedError> {
    use app::backend::entities::{checkouts, order_items, orders, product_variants as variants};
    use sea_orm::{QueryOrder, QuerySelect};
    let items: Vec<(i64, i64, i64, String, i64)> = variants::Entity::find()
        .select_only()
        .column(variants::Column::Id)
        .column(variants::Column::ProductId)
        .column(products::Column::CooperativeId)
        .column(variants::Column::Sku)
        .column(variants::Column::PriceVnd)
        .join(
            sea_orm::JoinType::InnerJoin,
            variants::Entity::belongs_to(products::Entity)
                .from(variants::Column::ProductId)
                .to(products::Column::Id)
                .into(),
        )
        .order_by_asc(variants::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    if items.is_empty() {
        return Err(SeedError::NoCatalog);
    }
    let first = checkouts::Entity::find().count(db).await? as usize;
    let regions = ["ha-noi", "ca-mau", "son-la", "da-nang", "hue", "lam-dong"];
    let locales = ["vi", "vi", "en", "vi", "zh-CN", "vi", "ja", "vi", "ko"];
    let now = Utc::now();
    let txn = begin_write(db).await?;
    for chunk_start in (0..count).step_by(500) {
        let n_chunk = (count - chunk_start).min(500);
        let mut new_checkouts = Vec::with_capacity(n_chunk);
        let mut plans = Vec::with_capacity(n_chunk);
        for k in 0..n_chunk {
            let n = first + chunk_start + k;
            // A deterministic spread: item, quantity, age and status from the order's number.
            let item = &items[(n * 7_919) % items.len()];
            let quantity = 1 + (n % 3) as i64;
            let created = now - Duration::minutes(((n * 104_729) % (730 * 24 * 60)) as i64);
            let method = if n.is_multiple_of(3) {
                PaymentMethod::Card
            } else {
                PaymentMethod::CashOnDelivery
            };
            let status = match n % 10 {
                0 => OrderStatus::Cancelled,
                1 => OrderStatus::Placed,
                2 | 3 => OrderStatus::Delivered,
                _ => OrderStatus::Completed,
            };
            let subtotal = item.4 * quantity;
            let shipping = if subtotal >= 500_000 { 0 } else { 30_000 };
            plans.push((
                item.clone(),
                quantity,
                created,
                method,
                status,
                subtotal,
                shipping,
            ));
            new_checkouts.push(checkouts::ActiveModel {
                public_token: Set(format!("bulk-{n:010}")),
                idempotency_key: Set(format!("bulk-{n:010}")),
                cart_owner: Set("bulk".into()),
                user_id: Set(None),
                email: Set(format!("buyer{}@bulk.example", n % (count / 3 + 1))),
                phone: Set("+84912345678".into()),
                locale: Set(locales[n % locales.len()].into()),
                recipient: Set("Người mua mẫu".into()),
                country: Set("VN".into()),
                region_code: Set(Some(regions[n % regions.len()].into())),
                ward: Set(None),
                street: Set(Some("1 Đường Mẫu".into())),
                address_lines: Set(None),
                note: Set(None),
                payment_method: Set(method),
                // A card checkout was paid (a cancelled order's money went back through the
                // ledger); cash on delivery is collected by the carrier.
                status: Set(match method {
                    PaymentMethod::Card => CheckoutStatus::Paid,
                    PaymentMethod::CashOnDelivery => CheckoutStatus::CashOnDelivery,
                }),
                total_vnd: Set(subtotal + shipping),
                stripe_session_id: Set(None),
                stripe_payment_intent: Set(None),
                pay_by: Set(None),
                paid_at: Set(None),
                created_at: Set(created),
                updated_at: Set(created),
                ..Default::default()
            });
        }
        checkouts::Entity::insert_many(new_checkouts).exec(&txn).await?;
        let mut checkout_ids: Vec<i64> = checkouts::Entity::find()
            .select_only()
            .column(checkouts::Column::Id)
            .order_by_desc(checkouts::Column::Id)
            .limit(n_chunk as u64)
            .into_tuple()
            .all(&txn)
            .await?;
        checkout_ids.reverse();
        let mut new_orders = Vec::with_capacity(n_chunk);
        for (k, (plan, checkout_id)) in plans.iter().zip(&checkout_ids).enumerate() {
            let (item, _, created, method, status, subtotal, shipping) = plan;
            new_orders.push(orders::ActiveModel {
                number: Set(format!("B{:09}", first + chunk_start + k)),
                checkout_id: Set(*checkout_id),
                cooperative_id: Set(item.2),
                status: Set(*status),
                payment_method: Set(*method),
                subtotal_vnd: Set(*subtotal),
                shipping_vnd: Set(*shipping),
                total_vnd: Set(subtotal + shipping),
                created_at: Set(*created),
                updated_at: Set(*created),
                ..Default::default()
            });
        }
        orders::Entity::insert_many(new_orders).exec(&txn).await?;
        let mut order_ids: Vec<i64> = orders::Entity::find()
            .select_only()
            .column(orders::Column::Id)
            .order_by_desc(orders::Column::Id)
            .limit(n_chunk as u64)
            .into_tuple()
            .all(&txn)
            .await?;
        order_ids.reverse();
        let new_items: Vec<order_items::ActiveModel> = plans
            .iter()
            .zip(&order_ids)
            .map(|((item, quantity, ..), order_id)| order_items::ActiveModel {
                order_id: Set(*order_id),
                variant_id: Set(item.0),
                product_id: Set(item.1),
                product_name: Set(format!("Sản phẩm {}", item.1)),
                variant_label: Set("250 g".into()),
                sku: Set(item.3.clone()),
                unit_price_vnd: Set(item.4),
                quantity: Set(*quantity as i32),
                ..Default::default()
            })
            .collect();
        order_items::Entity::insert_many(new_items).exec(&txn).await?;
    }
    txn.commit().await?;
    db.execute_unprepared("ANALYZE").await?;
    Ok(count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_gtins_are_valid() {
        for n in [1, 42, 999_999_999] {
            let g = demo_gtin(n);
            assert_eq!(app::domain::catalog::parse_gtin(&g), Ok(g.clone()), "{g}");
        }
    }

    #[test]
    fn the_demo_catalog_is_big_and_varied_enough() {
        let products: usize = COOPERATIVES.iter().map(|c| c.products.len()).sum();
        let regions: HashSet<&str> = COOPERATIVES.iter().map(|c| c.region).collect();
        assert!(COOPERATIVES.len() >= 15, "{} cooperatives", COOPERATIVES.len());
        assert!(regions.len() >= 10, "{} provinces", regions.len());
        assert!(products >= 80, "{products} products");
        for c in COOPERATIVES {
            for p in c.products {
                assert!(!p.variants.is_empty(), "{}", p.name[0]);
                for t in [p.name, p.short, p.description] {
                    assert!(t.iter().all(|s| !s.trim().is_empty()), "{}", p.name[0]);
                }
            }
        }
    }
}
