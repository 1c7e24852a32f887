//! Traceable batches: a lot code, where and when it was made, and its processing timeline. Each
//! batch has a public trace page and a QR code leading to it.

use super::products::load_for_edit;
use super::public::{cooperative_name, pick, visible};
use crate::backend::accounts::SessionUser;
use crate::backend::audit::{self, AuditEntry};
use crate::backend::cooperatives::access;
use crate::backend::entities::{
    batch_steps, batches, cooperatives, product_certifications, product_photos, product_translations,
    products, regions,
};
use crate::backend::transactions::begin_write;
use crate::domain::catalog::StepKind;
use crate::domain::catalog::{ocop_badge_shown, parse_lot_code, parse_stock};
use crate::error::ErrorId;
use crate::error::OrInternal;
use crate::error::{AppError, FieldError};
use crate::i18n::Locale;
use crate::model::catalog::{BatchFields, BatchRow, CertificationView, TraceStep, TraceView};
use chrono::{NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
    Set,
};

/// A batch ready to store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedBatch {
    pub lot_code: String,
    pub produced_on: NaiveDate,
    pub commune: Option<String>,
    pub region_code: Option<String>,
    pub quantity: Option<i32>,
    pub quantity_unit: Option<String>,
    pub steps: Vec<(StepKind, NaiveDate, Option<String>)>,
}

fn date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok()
}

fn trimmed(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_owned())
}

/// Checks the batch form; `today` bounds the dates (a batch is not made in the future).
pub fn check(f: &BatchFields, today: NaiveDate) -> Result<CheckedBatch, AppError> {
    let mut errors = Vec::new();
    let lot_code = parse_lot_code(&f.lot_code).unwrap_or_else(|p| {
        errors.push(FieldError::new("lot_code", p.message_key()));
        String::new()
    });
    let produced_on = match date(&f.produced_on) {
        Some(d) if d <= today => d,
        _ => {
            errors.push(FieldError::new("produced_on", ErrorId::DateInvalid));
            today
        }
    };
    let quantity = trimmed(&f.quantity).and_then(|q| match parse_stock(&q) {
        Ok(n) => Some(n),
        Err(p) => {
            errors.push(FieldError::new("quantity", p.message_key()));
            None
        }
    });
    let mut steps = Vec::new();
    for (i, s) in f.steps.iter().enumerate() {
        if s.kind.trim().is_empty() && s.happened_on.trim().is_empty() && s.note.trim().is_empty() {
            continue;
        }
        let kind = StepKind::parse(s.kind.trim());
        if kind.is_none() {
            errors.push(FieldError::new(&format!("step_{i}_kind"), ErrorId::StepKind));
        }
        let when = match date(&s.happened_on) {
            Some(d) if d <= today => d,
            _ => {
                errors.push(FieldError::new(
                    &format!("step_{i}_happened_on"),
                    ErrorId::DateInvalid,
                ));
                today
            }
        };
        let note = trimmed(&s.note);
        if note.as_ref().is_some_and(|n| n.chars().count() > 500) {
            errors.push(FieldError::new(&format!("step_{i}_note"), ErrorId::TooLong));
        }
        if let Some(kind) = kind {
            steps.push((kind, when, note));
        }
    }
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    Ok(CheckedBatch {
        lot_code,
        produced_on,
        commune: trimmed(&f.commune).map(|c| c.chars().take(120).collect()),
        region_code: trimmed(&f.region_code),
        quantity,
        quantity_unit: trimmed(&f.quantity_unit).map(|u| u.chars().take(16).collect()),
        steps,
    })
}

/// Stores a checked batch of `product_id` (used by sellers and by the demo seed).
pub async fn insert<C: ConnectionTrait>(
    conn: &C,
    product_id: i64,
    b: &CheckedBatch,
) -> Result<i64, AppError> {
    if batches::Entity::find()
        .filter(batches::Column::LotCode.eq(&b.lot_code))
        .one(conn)
        .await?
        .is_some()
    {
        return Err(AppError::invalid("lot_code", ErrorId::LotCodeTaken));
    }
    if let Some(region) = &b.region_code {
        if regions::Entity::find_by_id(region.clone())
            .one(conn)
            .await?
            .is_none()
        {
            return Err(AppError::invalid("region_code", ErrorId::RegionUnknown));
        }
    }
    let batch = batches::ActiveModel {
        product_id: Set(product_id),
        lot_code: Set(b.lot_code.clone()),
        produced_on: Set(b.produced_on),
        commune: Set(b.commune.clone()),
        region_code: Set(b.region_code.clone()),
        quantity: Set(b.quantity),
        quantity_unit: Set(b.quantity_unit.clone()),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    for (i, (kind, when, note)) in b.steps.iter().enumerate() {
        batch_steps::ActiveModel {
            batch_id: Set(batch.id),
            position: Set(i as i32),
            kind: Set(*kind),
            happened_on: Set(*when),
            note: Set(note.clone()),
            ..Default::default()
        }
        .insert(conn)
        .await?;
    }
    Ok(batch.id)
}

/// Adds a batch to a product of the user's approved cooperative.
pub async fn create(
    db: &DatabaseConnection,
    user: &SessionUser,
    product_id: i64,
    fields: &BatchFields,
) -> Result<String, AppError> {
    let checked = check(fields, Utc::now().date_naive())?;
    let txn = begin_write(db).await?;
    let product = load_for_edit(&txn, user, product_id).await?;
    insert(&txn, product.id, &checked).await?;
    audit::record(
        &txn,
        AuditEntry {
            actor_user_id: Some(user.id),
            action: "batch.created",
            subject_type: Some("product"),
            subject_id: Some(product.id.to_string()),
            details: serde_json::json!({ "lot_code": checked.lot_code }),
            ip: None,
        },
    )
    .await?;
    txn.commit().await?;
    Ok(checked.lot_code)
}

/// The product a batch belongs to.
pub async fn product_of(db: &DatabaseConnection, batch_id: i64) -> Result<i64, AppError> {
    Ok(batches::Entity::find_by_id(batch_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?
        .product_id)
}

/// The product's batches, newest first (members only).
pub async fn list(
    db: &DatabaseConnection,
    user: &SessionUser,
    product_id: i64,
) -> Result<Vec<BatchRow>, AppError> {
    let product = products::Entity::find_by_id(product_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    access::load(db, user, product.cooperative_id).await?;
    let rows = batches::Entity::find()
        .filter(batches::Column::ProductId.eq(product.id))
        .order_by_desc(batches::Column::ProducedOn)
        .all(db)
        .await?;
    // One query for every batch's steps, counted here.
    let steps = batch_steps::Entity::find()
        .filter(batch_steps::Column::BatchId.is_in(rows.iter().map(|b| b.id)))
        .all(db)
        .await?;
    // And one for every batch's photos.
    let photos = product_photos::Entity::find()
        .filter(product_photos::Column::BatchId.is_in(rows.iter().map(|b| b.id)))
        .order_by_asc(product_photos::Column::Position)
        .order_by_asc(product_photos::Column::Id)
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|b| BatchRow {
            id: b.id,
            steps: steps.iter().filter(|s| s.batch_id == b.id).count(),
            photos: photos
                .iter()
                .filter(|p| p.batch_id == Some(b.id))
                .map(super::photos::view)
                .collect(),
            lot_code: b.lot_code,
            produced_on: b.produced_on,
        })
        .collect())
}

/// Verified, unexpired certifications of a product, for shoppers.
pub async fn shown_certifications(
    db: &DatabaseConnection,
    product_id: i64,
    today: NaiveDate,
    locale: crate::i18n::Locale,
) -> Result<Vec<CertificationView>, AppError> {
    let shown: Vec<_> = product_certifications::Entity::find()
        .filter(product_certifications::Column::ProductId.eq(product_id))
        .all(db)
        .await?
        .into_iter()
        .filter(|c| ocop_badge_shown(c.status, c.expires_on, today))
        .collect();
    // Product pages are the hot path: names are read only for a product that has badges.
    let labels = if shown.is_empty() {
        Default::default()
    } else {
        super::cert_kinds::labels(db, locale).await?
    };
    Ok(shown
        .into_iter()
        .map(|c| CertificationView {
            label: labels.get(&c.kind).cloned().unwrap_or_else(|| c.kind.clone()),
            kind: c.kind,
            number: c.number,
            stars: c.stars,
            level: c.level,
            expires_on: c.expires_on,
        })
        .collect())
}

/// A batch's public trace page; NotFound unless its product is on sale from an approved cooperative.
pub async fn trace(db: &DatabaseConnection, lot_code: &str, locale: Locale) -> Result<TraceView, AppError> {
    let lot = parse_lot_code(lot_code).map_err(|_| AppError::NotFound)?;
    let batch = batches::Entity::find()
        .filter(batches::Column::LotCode.eq(&lot))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let product = visible()
        .filter(products::Column::Id.eq(batch.product_id))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let coop = cooperatives::Entity::find_by_id(product.cooperative_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let texts = product_translations::Entity::find()
        .filter(product_translations::Column::ProductId.eq(product.id))
        .all(db)
        .await?;
    let (text, _) = pick(&texts, locale).ok_or(AppError::NotFound)?;
    let coop_name = cooperative_name(db, &coop, locale).await?;
    let region_name = match &batch.region_code {
        Some(code) => regions::Entity::find_by_id(code.clone())
            .one(db)
            .await?
            .map(|r| r.name(locale).to_owned()),
        None => None,
    };
    let steps = batch_steps::Entity::find()
        .filter(batch_steps::Column::BatchId.eq(batch.id))
        .order_by_asc(batch_steps::Column::Position)
        .all(db)
        .await?
        .into_iter()
        .map(|s| TraceStep {
            kind: s.kind,
            happened_on: s.happened_on,
            note: s.note,
        })
        .collect();
    Ok(TraceView {
        lot_code: batch.lot_code,
        product_name: text.name.clone(),
        product_slug: text.slug.clone(),
        cooperative_name: coop_name,
        cooperative_slug: coop.slug,
        produced_on: batch.produced_on,
        commune: batch.commune,
        region_name,
        quantity: batch.quantity,
        quantity_unit: batch.quantity_unit,
        steps,
        certifications: shown_certifications(db, product.id, Utc::now().date_naive(), locale).await?,
        photos: super::photos::shown(db, product.id, Some(batch.id)).await?,
        gtin: product.gtin,
    })
}

/// Resolves a GS1 Digital Link (/01/{gtin}/10/{lot}) to the lot code, if the GTIN is the batch's
/// product's and the batch is public.
pub async fn digital_link(db: &DatabaseConnection, gtin: &str, lot_code: &str) -> Result<String, AppError> {
    let gtin = crate::domain::catalog::parse_gtin(gtin).map_err(|_| AppError::NotFound)?;
    let t = trace(db, lot_code, Locale::Vi).await?;
    if t.gtin.as_deref() == Some(gtin.as_str()) {
        Ok(t.lot_code)
    } else {
        Err(AppError::NotFound)
    }
}

/// The address a batch's QR code encodes: the GS1 Digital Link when the product has a GTIN,
/// otherwise the trace page without a locale (it redirects to the scanner's language).
pub fn qr_target(base_url: &str, lot_code: &str, gtin: Option<&str>) -> String {
    let base = base_url.trim_end_matches('/');
    match gtin {
        Some(g) => format!("{base}/01/{g}/10/{lot_code}"),
        None => format!("{base}/trace/{lot_code}"),
    }
}

fn qr_code(url: &str) -> Result<qrcode::QrCode, AppError> {
    qrcode::QrCode::with_error_correction_level(url.as_bytes(), qrcode::EcLevel::M)
        .or_internal("QR encoding failed")
}

/// The QR code of `url` as SVG (for print) or PNG.
pub fn qr_svg(url: &str) -> Result<String, AppError> {
    let code = qr_code(url)?;
    Ok(code
        .render::<qrcode::render::svg::Color>()
        .min_dimensions(200, 200)
        .quiet_zone(true)
        .build())
}

pub fn qr_png(url: &str) -> Result<Vec<u8>, AppError> {
    let code = qr_code(url)?;
    let img = code.render::<image::Luma<u8>>().min_dimensions(400, 400).build();
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Png)
        .or_internal("PNG encoding failed")?;
    Ok(out.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::catalog::StepFields;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    #[test]
    fn a_batch_with_its_timeline() {
        let f = BatchFields {
            lot_code: "um-2026-10".into(),
            produced_on: "2026-10-15".into(),
            region_code: "ca-mau".into(),
            quantity: "1.200".into(),
            steps: vec![
                StepFields {
                    kind: "harvest".into(),
                    happened_on: "2026-10-10".into(),
                    note: "Rừng tràm".into(),
                },
                StepFields::default(),
                StepFields {
                    kind: "packing".into(),
                    happened_on: "2026-10-15".into(),
                    note: String::new(),
                },
            ],
            ..Default::default()
        };
        let b = check(&f, today()).unwrap();
        assert_eq!(b.lot_code, "UM-2026-10");
        assert_eq!(b.quantity, Some(1200));
        assert_eq!(b.steps.len(), 2);
    }

    #[test]
    fn future_dates_unknown_steps_and_bad_lots_are_refused() {
        let f = BatchFields {
            lot_code: "x".into(),
            produced_on: "2027-01-01".into(),
            steps: vec![StepFields {
                kind: "teleporting".into(),
                happened_on: "soon".into(),
                note: String::new(),
            }],
            ..Default::default()
        };
        let Err(AppError::Invalid(errors)) = check(&f, today()) else {
            panic!()
        };
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            ["lot_code", "produced_on", "step_0_kind", "step_0_happened_on"]
        );
    }

    #[test]
    fn qr_codes_point_at_the_digital_link_or_the_trace_page() {
        assert_eq!(
            qr_target("https://htx.example.vn/", "UM-1", Some("08934563138165")),
            "https://htx.example.vn/01/08934563138165/10/UM-1"
        );
        assert_eq!(
            qr_target("https://htx.example.vn", "UM-1", None),
            "https://htx.example.vn/trace/UM-1"
        );
        let svg = qr_svg("https://htx.example.vn/trace/UM-1").unwrap();
        assert!(svg.contains("<svg") && svg.contains("</svg>"));
        let png = qr_png("https://htx.example.vn/trace/UM-1").unwrap();
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    }
}
