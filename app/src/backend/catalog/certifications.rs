//! Certifications of products: sellers declare them (OCOP with stars and level, or VietGAP,
//! organic, …); administrators verify or reject them with a reason. Shoppers see only verified,
//! unexpired ones; sellers are warned 30 days before expiry.

use super::products::load_for_edit;
use crate::backend::accounts::SessionUser;
use crate::backend::audit::{self, AuditEntry};
use crate::backend::cooperatives::access::{self, require_admin};
use crate::backend::cooperatives::decisions::decision_recipients;
use crate::backend::cooperatives::documents::{kind_of, read, StoredFile, Upload, MAX_DOCUMENT_BYTES};
use crate::backend::entities::{
    cooperatives, product_certifications as certs, product_translations, products,
};
use crate::backend::mail::{self, OutgoingMail};
use crate::backend::storage::FileStore;
use crate::backend::transactions::begin_write;
use crate::domain::catalog::CertificationStatus;
use crate::domain::catalog::{
    default_ocop_expiry, expires_soon, parse_ocop_level, parse_ocop_stars, EXPIRY_WARNING_DAYS,
};
use crate::domain::documents::{sniff, FileKind};
use crate::error::ErrorId;
use crate::error::OrInternal;
use crate::error::{AppError, FieldError};
use crate::i18n::format_date;
use crate::i18n::translate;
use crate::i18n::Locale;
use crate::model::catalog::{CertificationFields, CertificationRow};
use chrono::{NaiveDate, Utc};
use fluent_bundle::{FluentArgs, FluentValue};
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, Set};

/// A certification ready to store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedCertification {
    pub kind: String,
    pub number: String,
    pub stars: Option<i32>,
    pub level: Option<String>,
    pub issued_on: Option<NaiveDate>,
    pub expires_on: Option<NaiveDate>,
}

fn date(field: &str, s: &str, errors: &mut Vec<FieldError>) -> Option<NaiveDate> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| errors.push(FieldError::new(field, ErrorId::DateInvalid)))
        .ok()
}

/// Checks the form. OCOP needs stars, a level and an issue date; its expiry defaults to 36 months.
pub fn check(f: &CertificationFields, today: NaiveDate) -> Result<CheckedCertification, AppError> {
    let mut errors = Vec::new();
    let kind = f.kind.trim().to_owned();
    if !crate::domain::catalog::is_cert_kind_code(&kind) {
        errors.push(FieldError::new("kind", ErrorId::CertKind));
    }
    let number = f.number.trim().to_owned();
    if number.is_empty() || number.chars().count() > 64 {
        errors.push(FieldError::new(
            "number",
            if number.is_empty() {
                ErrorId::Required
            } else {
                ErrorId::TooLong
            },
        ));
    }
    let issued_on = date("issued_on", &f.issued_on, &mut errors);
    if issued_on.is_some_and(|d| d > today) {
        errors.push(FieldError::new("issued_on", ErrorId::DateInvalid));
    }
    let mut expires_on = date("expires_on", &f.expires_on, &mut errors);
    let (mut stars, mut level) = (None, None);
    if kind == "ocop" {
        stars = parse_ocop_stars(&f.stars)
            .map_err(|p| errors.push(FieldError::new("stars", p.message_key())))
            .ok();
        level = parse_ocop_level(&f.level)
            .map_err(|p| errors.push(FieldError::new("level", p.message_key())))
            .ok()
            .map(str::to_owned);
        match issued_on {
            Some(d) => expires_on = expires_on.or(Some(default_ocop_expiry(d))),
            None if f.issued_on.trim().is_empty() => {
                errors.push(FieldError::new("issued_on", ErrorId::Required))
            }
            None => {}
        }
    }
    if let (Some(i), Some(e)) = (issued_on, expires_on) {
        if e <= i {
            errors.push(FieldError::new("expires_on", ErrorId::ExpiryBeforeIssue));
        }
    }
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    Ok(CheckedCertification {
        kind,
        number,
        stars,
        level,
        issued_on,
        expires_on,
    })
}

/// Declares a certification of a product (pending until an administrator verifies it).
pub async fn add(
    db: &DatabaseConnection,
    user: &SessionUser,
    product_id: i64,
    fields: &CertificationFields,
) -> Result<i64, AppError> {
    let checked = check(fields, Utc::now().date_naive())?;
    match super::cert_kinds::offer(db, &checked.kind).await? {
        super::cert_kinds::Offer::Offered => {}
        super::cert_kinds::Offer::Withdrawn => {
            return Err(AppError::invalid("kind", ErrorId::CertKindWithdrawn))
        }
        super::cert_kinds::Offer::Unknown => return Err(AppError::invalid("kind", ErrorId::CertKind)),
    }
    let txn = begin_write(db).await?;
    let product = load_for_edit(&txn, user, product_id).await?;
    let row = certs::ActiveModel {
        product_id: Set(product.id),
        kind: Set(checked.kind.clone()),
        number: Set(checked.number.clone()),
        stars: Set(checked.stars),
        level: Set(checked.level.clone()),
        issued_on: Set(checked.issued_on),
        expires_on: Set(checked.expires_on),
        status: Set(CertificationStatus::Pending),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        AuditEntry {
            actor_user_id: Some(user.id),
            action: "certification.declared",
            subject_type: Some("product"),
            subject_id: Some(product.id.to_string()),
            details: serde_json::json!({ "certification_id": row.id, "kind": checked.kind, "number": checked.number }),
            ip: None,
        },
    )
    .await?;
    txn.commit().await?;
    Ok(row.id)
}

/// Verifies or rejects (with a reason) a pending certification; administrators only.
pub async fn decide(
    db: &DatabaseConnection,
    user: &SessionUser,
    certification_id: i64,
    verify: bool,
    reason: Option<&str>,
) -> Result<(), AppError> {
    require_admin(user)?;
    let reason = reason.map(str::trim).filter(|r| !r.is_empty());
    if !verify && reason.is_none_or(|r| r.chars().count() > 2000) {
        return Err(AppError::invalid("reason", ErrorId::ReasonRequired));
    }
    let txn = begin_write(db).await?;
    let cert = certs::Entity::find_by_id(certification_id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    if cert.status != CertificationStatus::Pending {
        return Err(AppError::Changed(cert.status.as_str().to_owned()));
    }
    let status = if verify {
        CertificationStatus::Verified
    } else {
        CertificationStatus::Rejected
    };
    // Only if still pending: of two administrators deciding at once, one wins.
    let done = certs::Entity::update_many()
        .col_expr(certs::Column::Status, sea_orm::sea_query::Expr::value(status))
        .col_expr(
            certs::Column::Reason,
            sea_orm::sea_query::Expr::value(reason.map(str::to_owned)),
        )
        .col_expr(
            certs::Column::DecidedByUserId,
            sea_orm::sea_query::Expr::value(user.id),
        )
        .col_expr(
            certs::Column::DecidedAt,
            sea_orm::sea_query::Expr::value(Utc::now()),
        )
        .filter(certs::Column::Id.eq(cert.id))
        .filter(certs::Column::Status.eq(CertificationStatus::Pending))
        .exec(&txn)
        .await?;
    if done.rows_affected != 1 {
        return Err(AppError::Changed("decided".into()));
    }
    audit::record(
        &txn,
        AuditEntry {
            actor_user_id: Some(user.id),
            action: if verify {
                "certification.verified"
            } else {
                "certification.rejected"
            },
            subject_type: Some("product"),
            subject_id: Some(cert.product_id.to_string()),
            details: serde_json::json!({ "certification_id": cert.id, "reason": reason }),
            ip: None,
        },
    )
    .await?;
    // Stars and certifications are search filters.
    crate::backend::search::sync::enqueue(&txn, &[cert.product_id]).await?;
    txn.commit().await?;
    Ok(())
}

/// The product a certificate belongs to.
pub async fn product_of(db: &DatabaseConnection, certification_id: i64) -> Result<i64, AppError> {
    Ok(certs::Entity::find_by_id(certification_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?
        .product_id)
}

/// Attaches (or replaces) the scan of a certificate still awaiting review: PDF, JPEG or PNG.
pub async fn attach_scan(
    db: &DatabaseConnection,
    files: &FileStore,
    user: &SessionUser,
    certification_id: i64,
    upload: Upload,
) -> Result<(), AppError> {
    let cert = certs::Entity::find_by_id(certification_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    // Checks membership and that the cooperative may edit (not suspended).
    load_for_edit(db, user, cert.product_id).await?;
    if cert.status != CertificationStatus::Pending {
        return Err(AppError::Conflict(ErrorId::CertDecided));
    }
    let kind = kind_of(
        &upload,
        &[FileKind::Pdf, FileKind::Jpeg, FileKind::Png],
        MAX_DOCUMENT_BYTES,
    )?;
    let key = files
        .put("certificates", kind, upload.bytes)
        .await
        .or_internal("storing a certificate scan failed")?;
    let txn = begin_write(db).await?;
    // Only while still pending: an administrator may have decided meanwhile.
    let done = certs::Entity::update_many()
        .col_expr(
            certs::Column::ScanKey,
            sea_orm::sea_query::Expr::value(key.clone()),
        )
        .filter(certs::Column::Id.eq(cert.id))
        .filter(certs::Column::Status.eq(CertificationStatus::Pending))
        .exec(&txn)
        .await?;
    if done.rows_affected != 1 {
        let _ = files.delete(&key).await;
        return Err(AppError::Conflict(ErrorId::CertDecided));
    }
    audit::record(
        &txn,
        AuditEntry {
            actor_user_id: Some(user.id),
            action: "certification.scan_attached",
            subject_type: Some("product"),
            subject_id: Some(cert.product_id.to_string()),
            details: serde_json::json!({ "certification_id": cert.id }),
            ip: None,
        },
    )
    .await?;
    if let Err(e) = txn.commit().await {
        let _ = files.delete(&key).await;
        return Err(e.into());
    }
    if let Some(old) = cert.scan_key {
        let _ = files.delete(&old).await;
    }
    Ok(())
}

/// A certificate's scan, for the cooperative's members and administrators only.
pub async fn fetch_scan(
    db: &DatabaseConnection,
    files: &FileStore,
    user: Option<&SessionUser>,
    certification_id: i64,
) -> Result<StoredFile, AppError> {
    let user = user.ok_or(AppError::Unauthenticated)?;
    let cert = certs::Entity::find_by_id(certification_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let product = products::Entity::find_by_id(cert.product_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    access::load(db, user, product.cooperative_id).await?;
    let key = cert.scan_key.ok_or(AppError::NotFound)?;
    let bytes = read(files, &key).await?;
    // Checked by content on the way in, so sniffing again gives the stored kind.
    let mime = sniff(&bytes).map_or("application/octet-stream", FileKind::mime);
    Ok(StoredFile {
        bytes,
        mime: mime.to_owned(),
        download_name: Some(format!("certificate-{}", cert.id)),
        public: false,
    })
}

async fn rows(
    db: &DatabaseConnection,
    list: Vec<certs::Model>,
    locale: Locale,
) -> Result<Vec<CertificationRow>, AppError> {
    let today = Utc::now().date_naive();
    let labels = super::cert_kinds::labels(db, locale).await?;
    let mut out = Vec::new();
    for c in list {
        let Some(product) = products::Entity::find_by_id(c.product_id).one(db).await? else {
            continue;
        };
        let texts = product_translations::Entity::find()
            .filter(product_translations::Column::ProductId.eq(product.id))
            .all(db)
            .await?;
        let name = super::public::pick(&texts, locale)
            .map(|(t, _)| t.name.clone())
            .unwrap_or_default();
        let coop = cooperatives::Entity::find_by_id(product.cooperative_id)
            .one(db)
            .await?;
        out.push(CertificationRow {
            id: c.id,
            expires_soon: expires_soon(c.expires_on, today),
            has_scan: c.scan_key.is_some(),
            kind_label: labels.get(&c.kind).cloned().unwrap_or_else(|| c.kind.clone()),
            kind: c.kind,
            number: c.number,
            stars: c.stars,
            level: c.level,
            issued_on: c.issued_on,
            expires_on: c.expires_on,
            status: c.status,
            reason: c.reason,
            product_id: product.id,
            product_name: name,
            cooperative_name: coop.map(|c| c.legal_name_vi).unwrap_or_default(),
        });
    }
    Ok(out)
}

/// A product's certifications (its cooperative's members).
pub async fn for_product(
    db: &DatabaseConnection,
    user: &SessionUser,
    product_id: i64,
    locale: Locale,
) -> Result<Vec<CertificationRow>, AppError> {
    let product = products::Entity::find_by_id(product_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    access::load(db, user, product.cooperative_id).await?;
    let list = certs::Entity::find()
        .filter(certs::Column::ProductId.eq(product.id))
        .order_by_desc(certs::Column::Id)
        .all(db)
        .await?;
    rows(db, list, locale).await
}

/// Certifications awaiting an administrator, oldest first.
pub async fn pending(
    db: &DatabaseConnection,
    user: &SessionUser,
    locale: Locale,
) -> Result<Vec<CertificationRow>, AppError> {
    require_admin(user)?;
    let list = certs::Entity::find()
        .filter(certs::Column::Status.eq(CertificationStatus::Pending))
        .order_by_asc(certs::Column::Id)
        .all(db)
        .await?;
    rows(db, list, locale).await
}

/// Mails the owners of each cooperative whose verified certificate expires within 30 days, once
/// per certificate; run by every instance's housekeeping. Returns how many certificates were warned
/// about.
pub async fn warn_expiring(db: &DatabaseConnection, today: NaiveDate) -> Result<usize, AppError> {
    let due = certs::Entity::find()
        .filter(certs::Column::Status.eq(CertificationStatus::Verified))
        .filter(certs::Column::ExpiryWarnedAt.is_null())
        .filter(certs::Column::ExpiresOn.lte(today + chrono::Duration::days(EXPIRY_WARNING_DAYS)))
        .filter(certs::Column::ExpiresOn.gte(today))
        .all(db)
        .await?;
    let mut warned = 0;
    for cert in due {
        let txn = begin_write(db).await?;
        // Claimed by whichever instance marks it first; the others skip it.
        let claimed = certs::Entity::update_many()
            .col_expr(
                certs::Column::ExpiryWarnedAt,
                sea_orm::sea_query::Expr::value(Utc::now()),
            )
            .filter(certs::Column::Id.eq(cert.id))
            .filter(certs::Column::ExpiryWarnedAt.is_null())
            .exec(&txn)
            .await?;
        if claimed.rows_affected != 1 {
            continue;
        }
        let Some(product) = products::Entity::find_by_id(cert.product_id).one(&txn).await? else {
            continue;
        };
        let Some(coop) = cooperatives::Entity::find_by_id(product.cooperative_id)
            .one(&txn)
            .await?
        else {
            continue;
        };
        let locale = Locale::from_code(&coop.applied_locale).unwrap_or_default();
        let texts = product_translations::Entity::find()
            .filter(product_translations::Column::ProductId.eq(product.id))
            .all(&txn)
            .await?;
        let name = super::public::pick(&texts, locale)
            .map(|(t, _)| t.name.clone())
            .unwrap_or_default();
        let mut args = FluentArgs::new();
        args.set("product", FluentValue::from(name));
        args.set(
            "scheme",
            FluentValue::from(super::cert_kinds::label_of(&txn, &cert.kind, locale).await?),
        );
        args.set("number", FluentValue::from(cert.number.clone()));
        let expires = cert
            .expires_on
            .and_then(|d| d.and_hms_opt(12, 0, 0))
            .map(|d| d.and_utc());
        args.set(
            "date",
            FluentValue::from(expires.map(|d| format_date(d, locale)).unwrap_or_default()),
        );
        for to in decision_recipients(&txn, &coop).await? {
            mail::enqueue(
                &txn,
                OutgoingMail {
                    to,
                    locale,
                    subject: translate(locale, "mail-cert-expiry-subject", Some(&args)),
                    body_text: translate(locale, "mail-cert-expiry-body", Some(&args)),
                },
            )
            .await?;
        }
        txn.commit().await?;
        warned += 1;
    }
    Ok(warned)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    #[test]
    fn ocop_expiry_defaults_to_36_months() {
        let f = CertificationFields {
            kind: "ocop".into(),
            number: "OCOP-CM-2025-014".into(),
            stars: "4".into(),
            level: "provincial".into(),
            issued_on: "2025-03-10".into(),
            expires_on: String::new(),
        };
        let c = check(&f, today()).unwrap();
        assert_eq!(c.expires_on, NaiveDate::from_ymd_opt(2028, 3, 10));
        assert_eq!(c.stars, Some(4));
    }

    #[test]
    fn bad_ocop_declarations_are_refused() {
        let f = CertificationFields {
            kind: "ocop".into(),
            number: " ".into(),
            stars: "6".into(),
            level: "district".into(),
            issued_on: "2027-01-01".into(),
            expires_on: "2026-01-01".into(),
        };
        let Err(AppError::Invalid(errors)) = check(&f, today()) else {
            panic!()
        };
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["number", "issued_on", "stars", "level", "expires_on"]);
    }
}
