//! Moderation by administrators: hiding and restoring products (the cooperative is told why),
//! shoppers' reports of products, and disabling or re-enabling accounts (a disabled user's
//! sessions end at once). Every action is in the audit log.

use crate::backend::accounts::SessionUser;
use crate::backend::audit::{self, AuditEntry};
use crate::backend::catalog::public::{cooperative_names, pick, visible};
use crate::backend::cooperatives::access::require_admin;
use crate::backend::cooperatives::decisions::decision_recipients;
use crate::backend::entities::{
    cooperatives, product_reports, product_translations, products, sessions, users,
};
use crate::backend::mail::{self, OutgoingMail};
use crate::backend::transactions::begin_write;
use crate::domain::checkout::parse_text;
use crate::error::AppError;
use crate::error::ErrorId;
use crate::i18n::{translate, Locale};
use crate::model::moderation::{ReportRow, UserRow};
use chrono::Utc;
use fluent_bundle::{FluentArgs, FluentValue};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};
use std::collections::HashMap;

/// The longest reason kept.
const MAX_REASON: usize = 500;

fn reason(input: &str) -> Result<String, AppError> {
    parse_text(input, MAX_REASON, true)
        .map(Option::unwrap_or_default)
        .map_err(|p| AppError::invalid("reason", p.message_key()))
}

fn event(
    user: &SessionUser,
    action: &'static str,
    kind: &'static str,
    id: i64,
    details: serde_json::Value,
) -> AuditEntry<'static> {
    AuditEntry {
        actor_user_id: Some(user.id),
        action,
        subject_type: Some(kind),
        subject_id: Some(id.to_string()),
        details,
        ip: None,
    }
}

/// Mails the cooperative's owners about their product (in the cooperative's language).
async fn tell_cooperative<C: ConnectionTrait>(
    conn: &C,
    product: &products::Model,
    (subject, body): (&str, &str),
    why: &str,
) -> Result<(), AppError> {
    let Some(coop) = cooperatives::Entity::find_by_id(product.cooperative_id)
        .one(conn)
        .await?
    else {
        return Ok(());
    };
    let locale = Locale::from_code(&coop.applied_locale).unwrap_or_default();
    let texts = product_translations::Entity::find()
        .filter(product_translations::Column::ProductId.eq(product.id))
        .all(conn)
        .await?;
    let name = pick(&texts, locale)
        .map(|(t, _)| t.name.clone())
        .unwrap_or_default();
    let mut args = FluentArgs::new();
    args.set("product", FluentValue::from(name));
    args.set("reason", FluentValue::from(why.to_owned()));
    for to in decision_recipients(conn, &coop).await? {
        mail::enqueue(
            conn,
            OutgoingMail {
                to,
                locale,
                subject: translate(locale, subject, Some(&args)),
                body_text: translate(locale, body, Some(&args)),
            },
        )
        .await?;
    }
    Ok(())
}

/// Hides a product from shoppers (pages, search, feeds, carts) with a reason; its open reports
/// are resolved.
pub async fn hide(
    db: &DatabaseConnection,
    user: &SessionUser,
    product_id: i64,
    why: &str,
) -> Result<(), AppError> {
    require_admin(user)?;
    let why = reason(why)?;
    let now = Utc::now();
    let txn = begin_write(db).await?;
    let product = products::Entity::find_by_id(product_id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let done = products::Entity::update_many()
        .col_expr(products::Column::HiddenAt, Expr::value(now))
        .col_expr(products::Column::HiddenReason, Expr::value(why.clone()))
        .filter(products::Column::Id.eq(product.id))
        .filter(products::Column::HiddenAt.is_null())
        .exec(&txn)
        .await?;
    if done.rows_affected != 1 {
        return Err(AppError::Changed("hidden".into()));
    }
    product_reports::Entity::update_many()
        .col_expr(product_reports::Column::ResolvedAt, Expr::value(now))
        .col_expr(product_reports::Column::ResolvedByUserId, Expr::value(user.id))
        .filter(product_reports::Column::ProductId.eq(product.id))
        .filter(product_reports::Column::ResolvedAt.is_null())
        .exec(&txn)
        .await?;
    crate::backend::catalog::listings::refresh(&txn, &[product.id]).await?;
    audit::record(
        &txn,
        event(
            user,
            "product.hidden",
            "product",
            product.id,
            serde_json::json!({ "reason": why }),
        ),
    )
    .await?;
    tell_cooperative(
        &txn,
        &product,
        ("mail-product-hidden-subject", "mail-product-hidden-body"),
        &why,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Shows a hidden product again (if its status and cooperative allow).
pub async fn restore(db: &DatabaseConnection, user: &SessionUser, product_id: i64) -> Result<(), AppError> {
    require_admin(user)?;
    let txn = begin_write(db).await?;
    let product = products::Entity::find_by_id(product_id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let done = products::Entity::update_many()
        .col_expr(
            products::Column::HiddenAt,
            Expr::value(Option::<chrono::DateTime<Utc>>::None),
        )
        .col_expr(
            products::Column::HiddenReason,
            Expr::value(Option::<String>::None),
        )
        .filter(products::Column::Id.eq(product.id))
        .filter(products::Column::HiddenAt.is_not_null())
        .exec(&txn)
        .await?;
    if done.rows_affected != 1 {
        return Err(AppError::Changed("visible".into()));
    }
    crate::backend::catalog::listings::refresh(&txn, &[product.id]).await?;
    audit::record(
        &txn,
        event(
            user,
            "product.restored",
            "product",
            product.id,
            serde_json::json!({}),
        ),
    )
    .await?;
    tell_cooperative(
        &txn,
        &product,
        ("mail-product-restored-subject", "mail-product-restored-body"),
        "",
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// A shopper (or visitor) reports a product shoppers can see.
pub async fn report(
    db: &DatabaseConnection,
    reporter: Option<i64>,
    product_id: i64,
    why: &str,
) -> Result<(), AppError> {
    let why = reason(why)?;
    let product = visible()
        .filter(products::Column::Id.eq(product_id))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    product_reports::ActiveModel {
        product_id: Set(product.id),
        reporter_user_id: Set(reporter),
        reason: Set(why),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Open reports, newest first, and products currently hidden.
pub async fn reports(
    db: &DatabaseConnection,
    user: &SessionUser,
    locale: Locale,
) -> Result<Vec<ReportRow>, AppError> {
    require_admin(user)?;
    let open = product_reports::Entity::find()
        .filter(product_reports::Column::ResolvedAt.is_null())
        .order_by_desc(product_reports::Column::Id)
        .limit(200)
        .all(db)
        .await?;
    let hidden = products::Entity::find()
        .filter(products::Column::HiddenAt.is_not_null())
        .order_by_desc(products::Column::HiddenAt)
        .limit(200)
        .all(db)
        .await?;
    let mut ids: Vec<i64> = open.iter().map(|r| r.product_id).collect();
    ids.extend(hidden.iter().map(|p| p.id));
    let products: HashMap<i64, products::Model> = products::Entity::find()
        .filter(products::Column::Id.is_in(ids.clone()))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    let mut texts: HashMap<i64, Vec<product_translations::Model>> = HashMap::new();
    for t in product_translations::Entity::find()
        .filter(product_translations::Column::ProductId.is_in(ids))
        .all(db)
        .await?
    {
        texts.entry(t.product_id).or_default().push(t);
    }
    let coops = cooperatives::Entity::find()
        .filter(cooperatives::Column::Id.is_in(products.values().map(|p| p.cooperative_id)))
        .all(db)
        .await?;
    let names = cooperative_names(db, &coops, locale).await?;
    let row = |p: &products::Model, report: Option<&product_reports::Model>| ReportRow {
        report_id: report.map(|r| r.id),
        product_id: p.id,
        product_name: texts
            .get(&p.id)
            .and_then(|t| pick(t, locale))
            .map(|(t, _)| t.name.clone())
            .unwrap_or_default(),
        product_slug: texts
            .get(&p.id)
            .and_then(|t| pick(t, locale))
            .map(|(t, _)| t.slug.clone())
            .unwrap_or_default(),
        cooperative_name: names.get(&p.cooperative_id).cloned().unwrap_or_default(),
        reason: report
            .map(|r| r.reason.clone())
            .or_else(|| p.hidden_reason.clone())
            .unwrap_or_default(),
        at: report
            .map(|r| r.created_at)
            .or(p.hidden_at)
            .unwrap_or_else(Utc::now),
        hidden: p.hidden_at.is_some(),
    };
    let mut out: Vec<ReportRow> = open
        .iter()
        .filter_map(|r| products.get(&r.product_id).map(|p| row(p, Some(r))))
        .collect();
    out.extend(hidden.iter().map(|p| row(p, None)));
    Ok(out)
}

/// Closes a report without hiding the product.
pub async fn dismiss(db: &DatabaseConnection, user: &SessionUser, report_id: i64) -> Result<(), AppError> {
    require_admin(user)?;
    let txn = begin_write(db).await?;
    let done = product_reports::Entity::update_many()
        .col_expr(product_reports::Column::ResolvedAt, Expr::value(Utc::now()))
        .col_expr(product_reports::Column::ResolvedByUserId, Expr::value(user.id))
        .filter(product_reports::Column::Id.eq(report_id))
        .filter(product_reports::Column::ResolvedAt.is_null())
        .exec(&txn)
        .await?;
    if done.rows_affected != 1 {
        return Err(AppError::NotFound);
    }
    audit::record(
        &txn,
        event(
            user,
            "product.report_dismissed",
            "product_report",
            report_id,
            serde_json::json!({}),
        ),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Accounts whose email or name contains `q` (all, newest first, when empty); at most 50.
pub async fn search_users(
    db: &DatabaseConnection,
    user: &SessionUser,
    q: &str,
) -> Result<Vec<UserRow>, AppError> {
    require_admin(user)?;
    let q: String = q.trim().chars().take(100).collect();
    let mut query = users::Entity::find();
    if !q.is_empty() {
        let pattern = format!("%{}%", q.to_lowercase().replace(['%', '_'], ""));
        query = query.filter(
            Expr::expr(Expr::col(users::Column::Email))
                .like(pattern.clone())
                .or(Expr::expr(sea_orm::sea_query::Func::lower(Expr::col(
                    users::Column::DisplayName,
                )))
                .like(pattern)),
        );
    }
    Ok(query
        .order_by_desc(users::Column::Id)
        .limit(50)
        .all(db)
        .await?
        .into_iter()
        .map(|u| UserRow {
            id: u.id,
            email: u.email,
            display_name: u.display_name,
            is_admin: u.role == crate::domain::Role::Admin,
            disabled: u.disabled_at.is_some(),
            created_at: u.created_at,
        })
        .collect())
}

/// Disables (ending every session at once) or re-enables an account; not one's own.
pub async fn set_disabled(
    db: &DatabaseConnection,
    user: &SessionUser,
    user_id: i64,
    disabled: bool,
) -> Result<(), AppError> {
    require_admin(user)?;
    if user_id == user.id {
        return Err(AppError::Conflict(ErrorId::DisableSelf));
    }
    let txn = begin_write(db).await?;
    let target = users::Entity::find_by_id(user_id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut row: users::ActiveModel = target.into();
    row.disabled_at = Set(disabled.then(Utc::now));
    row.updated_at = Set(Utc::now());
    row.update(&txn).await?;
    if disabled {
        sessions::Entity::delete_many()
            .filter(sessions::Column::UserId.eq(user_id))
            .exec(&txn)
            .await?;
    }
    let action = if disabled { "user.disabled" } else { "user.enabled" };
    audit::record(&txn, event(user, action, "user", user_id, serde_json::json!({}))).await?;
    txn.commit().await?;
    Ok(())
}
