//! The certification schemes sellers may declare, kept by administrators: add a scheme with its
//! name in every locale, rename one they added, withdraw one (sellers can no longer choose it;
//! certificates already declared keep it) or offer it again. Built-in schemes are named in the
//! locale files (`cert-{code}`); OCOP is never withdrawn, the marketplace is built around it.

use crate::backend::accounts::SessionUser;
use crate::backend::audit::{self, AuditEntry};
use crate::backend::cooperatives::access::require_admin;
use crate::backend::entities::certification_kinds as kinds;
use crate::domain::catalog::is_cert_kind_code;
use crate::error::ErrorId;
use crate::error::{AppError, FieldError};
use crate::i18n::{translate, Locale};
use crate::model::catalog::{CertKindFields, CertKindRow};
use chrono::Utc;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};
use std::collections::HashMap;

const MAX_NAME_CHARS: usize = 60;

/// Administrators' names of a scheme by locale code (none for built-in schemes).
fn names_of(kind: &kinds::Model) -> HashMap<String, String> {
    kind.names
        .as_deref()
        .and_then(|json| serde_json::from_str(json).ok())
        .unwrap_or_default()
}

/// The scheme's name in `locale`: an administrator's name for it, else the locale files'.
fn label_in(kind: &kinds::Model, names: &HashMap<String, String>, locale: Locale) -> String {
    names
        .get(locale.code())
        .or_else(|| names.get("vi"))
        .cloned()
        .unwrap_or_else(|| translate(locale, &format!("cert-{}", kind.code), None))
}

fn label(kind: &kinds::Model, locale: Locale) -> String {
    label_in(kind, &names_of(kind), locale)
}

async fn all<C: ConnectionTrait>(conn: &C) -> Result<Vec<kinds::Model>, AppError> {
    Ok(kinds::Entity::find()
        .order_by_asc(kinds::Column::Position)
        .order_by_asc(kinds::Column::Code)
        .all(conn)
        .await?)
}

/// Every scheme's name in `locale`, by code (withdrawn ones too: old certificates still show).
pub async fn labels<C: ConnectionTrait>(
    conn: &C,
    locale: Locale,
) -> Result<HashMap<String, String>, AppError> {
    Ok(all(conn)
        .await?
        .iter()
        .map(|k| (k.code.clone(), label(k, locale)))
        .collect())
}

/// The name of one scheme in `locale`.
pub async fn label_of<C: ConnectionTrait>(conn: &C, code: &str, locale: Locale) -> Result<String, AppError> {
    Ok(
        match kinds::Entity::find_by_id(code.to_owned()).one(conn).await? {
            Some(k) => label(&k, locale),
            None => translate(locale, &format!("cert-{code}"), None),
        },
    )
}

/// Whether sellers may declare a certificate of a scheme now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Offer {
    Offered,
    Withdrawn,
    Unknown,
}

pub async fn offer<C: ConnectionTrait>(conn: &C, code: &str) -> Result<Offer, AppError> {
    Ok(
        match kinds::Entity::find_by_id(code.to_owned()).one(conn).await? {
            Some(k) if k.active => Offer::Offered,
            Some(_) => Offer::Withdrawn,
            None => Offer::Unknown,
        },
    )
}

fn row(k: &kinds::Model, locale: Locale) -> CertKindRow {
    let names = names_of(k);
    CertKindRow {
        label: label_in(k, &names, locale),
        code: k.code.clone(),
        active: k.active,
        built_in: k.names.is_none(),
        names: Locale::ALL
            .iter()
            .map(|l| names.get(l.code()).cloned().unwrap_or_default())
            .collect(),
    }
}

/// The schemes sellers may choose, named in `locale`.
pub async fn offered(db: &DatabaseConnection, locale: Locale) -> Result<Vec<CertKindRow>, AppError> {
    Ok(all(db)
        .await?
        .iter()
        .filter(|k| k.active)
        .map(|k| row(k, locale))
        .collect())
}

/// Every scheme, for administrators.
pub async fn list(
    db: &DatabaseConnection,
    user: &SessionUser,
    locale: Locale,
) -> Result<Vec<CertKindRow>, AppError> {
    require_admin(user)?;
    Ok(all(db).await?.iter().map(|k| row(k, locale)).collect())
}

/// Adds a scheme, or renames one administrators added.
pub async fn save(
    db: &DatabaseConnection,
    user: &SessionUser,
    fields: &CertKindFields,
) -> Result<(), AppError> {
    require_admin(user)?;
    let code = fields.code.trim().to_lowercase();
    let mut errors = Vec::new();
    if !is_cert_kind_code(&code) {
        errors.push(FieldError::new("code", ErrorId::CertkindCode));
    }
    let mut names = serde_json::Map::new();
    for (i, locale) in Locale::ALL.iter().enumerate() {
        let name = fields.names.get(i).map(|n| n.trim()).unwrap_or_default();
        if name.is_empty() || name.chars().count() > MAX_NAME_CHARS || name.chars().any(char::is_control) {
            errors.push(FieldError::new(&format!("names[{i}]"), ErrorId::CertkindName));
        }
        names.insert(locale.code().to_owned(), name.into());
    }
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    let names = serde_json::Value::Object(names).to_string();
    let txn = crate::backend::transactions::begin_write(db).await?;
    let existing = kinds::Entity::find_by_id(code.clone()).one(&txn).await?;
    match existing {
        Some(k) if k.names.is_none() => {
            txn.rollback().await?;
            return Err(AppError::invalid("code", ErrorId::CertkindBuiltIn));
        }
        Some(k) => {
            let mut active: kinds::ActiveModel = k.into();
            active.names = Set(Some(names.clone()));
            active.update(&txn).await?;
        }
        None => {
            let last: Option<i32> = kinds::Entity::find()
                .select_only()
                .column_as(kinds::Column::Position.max(), "p")
                .into_tuple()
                .one(&txn)
                .await?
                .flatten();
            kinds::ActiveModel {
                code: Set(code.clone()),
                position: Set(last.unwrap_or(0) + 10),
                active: Set(true),
                names: Set(Some(names.clone())),
                created_at: Set(Utc::now()),
            }
            .insert(&txn)
            .await?;
        }
    }
    audit::record(
        &txn,
        AuditEntry {
            actor_user_id: Some(user.id),
            action: "certification_kind.saved",
            subject_type: Some("certification_kind"),
            subject_id: Some(code),
            details: serde_json::json!({ "names": names }),
            ip: None,
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Withdraws a scheme from sellers' choice, or offers it again.
pub async fn set_active(
    db: &DatabaseConnection,
    user: &SessionUser,
    code: &str,
    active: bool,
) -> Result<(), AppError> {
    require_admin(user)?;
    if code == "ocop" && !active {
        return Err(AppError::invalid("code", ErrorId::CertkindOcop));
    }
    let txn = crate::backend::transactions::begin_write(db).await?;
    let done = kinds::Entity::update_many()
        .col_expr(kinds::Column::Active, Expr::value(active))
        .filter(kinds::Column::Code.eq(code))
        .exec(&txn)
        .await?;
    if done.rows_affected != 1 {
        txn.rollback().await?;
        return Err(AppError::NotFound);
    }
    audit::record(
        &txn,
        AuditEntry {
            actor_user_id: Some(user.id),
            action: if active {
                "certification_kind.offered"
            } else {
                "certification_kind.withdrawn"
            },
            subject_type: Some("certification_kind"),
            subject_id: Some(code.to_owned()),
            details: serde_json::json!({}),
            ip: None,
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
