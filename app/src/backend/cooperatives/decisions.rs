//! Submitting an application and the administrators' decisions on it.

use super::access::{members_with_role, MemberRole};
use super::application::missing_for_submission;
use crate::backend::accounts::SessionUser;
use crate::backend::audit::{self, AuditEntry};
use crate::backend::entities::{
    cooperative_documents, cooperative_members, cooperative_status_changes, cooperatives, users,
};
use crate::backend::mail::{self, OutgoingMail};
use crate::domain::cooperative_status::{
    transition, Actor, CooperativeAction, CooperativeStatus, TransitionError,
};
use crate::domain::Role;
use crate::error::AppError;
use crate::error::ErrorId;
use crate::i18n::{translate, Locale};
use chrono::Utc;
use fluent_bundle::{FluentArgs, FluentValue};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait,
    QueryFilter, Set,
};

/// What someone asks to do, with the version of the application they saw.
#[derive(Debug, Clone)]
pub struct Decision<'a> {
    pub cooperative_id: i64,
    pub seen_version: i32,
    pub action: CooperativeAction,
    pub reason: Option<&'a str>,
}

/// Applies `decision` by `user`, returning the updated application.
pub async fn apply_action(
    db: &DatabaseConnection,
    user: &SessionUser,
    decision: Decision<'_>,
) -> Result<cooperatives::Model, AppError> {
    let coop = cooperatives::Entity::find_by_id(decision.cooperative_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let is_admin = user.role == Role::Admin;
    let actor = match decision.action.actor() {
        Actor::Administrator if is_admin => Actor::Administrator,
        Actor::Member if is_member(db, coop.id, user.id).await? => Actor::Member,
        // Assisted onboarding: an administrator submits on the cooperative's behalf.
        Actor::Member if is_admin => Actor::Member,
        // Not theirs to see or change: answer as if it did not exist for non-members.
        Actor::Member => return Err(AppError::NotFound),
        Actor::Administrator => return Err(AppError::Forbidden),
    };
    let on_behalf = actor == Actor::Member && is_admin && !is_member(db, coop.id, user.id).await?;
    let from = coop.status;
    if coop.version != decision.seen_version {
        return Err(changed(from));
    }
    if decision.action == CooperativeAction::Submit && from.is_editable() {
        let documents = cooperative_documents::Entity::find()
            .filter(cooperative_documents::Column::CooperativeId.eq(coop.id))
            .filter(
                cooperative_documents::Column::Kind.eq(crate::domain::documents::DocumentKind::Registration),
            )
            .count(db)
            .await?;
        let missing = missing_for_submission(&coop, documents as usize);
        if !missing.is_empty() {
            return Err(AppError::Invalid(missing));
        }
    }
    let to = transition(from, decision.action, actor, decision.reason).map_err(|e| match e {
        TransitionError::ReasonRequired => AppError::invalid("reason", ErrorId::ReasonRequired),
        TransitionError::NotAllowed { .. } => changed(from),
        TransitionError::WrongActor(_) => AppError::Forbidden,
    })?;
    let reason = decision.reason.map(str::trim).filter(|r| !r.is_empty());
    let now = Utc::now();

    let txn = crate::backend::transactions::begin_write(db).await?;
    let mut update = cooperatives::Entity::update_many()
        .col_expr(cooperatives::Column::Status, Expr::value(to))
        .col_expr(
            cooperatives::Column::Version,
            Expr::col(cooperatives::Column::Version).add(1),
        )
        .col_expr(cooperatives::Column::UpdatedAt, Expr::value(now));
    if decision.action.actor() == Actor::Administrator {
        update = update
            .col_expr(
                cooperatives::Column::StatusReason,
                Expr::value(reason.map(str::to_owned)),
            )
            .col_expr(cooperatives::Column::DecidedAt, Expr::value(now));
    } else {
        update = update.col_expr(cooperatives::Column::SubmittedAt, Expr::value(now));
    }
    // Only if nobody changed it since it was read: of two simultaneous decisions, one wins.
    let done = update
        .filter(cooperatives::Column::Id.eq(coop.id))
        .filter(cooperatives::Column::Version.eq(coop.version))
        .exec(&txn)
        .await?;
    if done.rows_affected != 1 {
        txn.rollback().await?;
        let now_status = cooperatives::Entity::find_by_id(coop.id)
            .one(db)
            .await?
            .map(|c| c.status)
            .unwrap_or(from);
        return Err(changed(now_status));
    }
    // Approval lists its published products; suspension and the like take them off the shelves.
    crate::backend::catalog::listings::refresh_cooperative(&txn, coop.id).await?;
    // The history reports count from: the cooperative row keeps only the latest status.
    cooperative_status_changes::ActiveModel {
        cooperative_id: Set(coop.id),
        action: Set(decision.action),
        from_status: Set(from),
        to_status: Set(to),
        at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        AuditEntry {
            actor_user_id: Some(user.id),
            action: "cooperative.status_changed",
            subject_type: Some("cooperative"),
            subject_id: Some(coop.id.to_string()),
            details: serde_json::json!({
                "action": decision.action.as_str(),
                "from": from.as_str(),
                "to": to.as_str(),
                "reason": reason,
                "on_behalf": on_behalf,
            }),
            ip: None,
        },
    )
    .await?;
    if decision.action.actor() == Actor::Administrator {
        let locale = Locale::from_code(&coop.applied_locale).unwrap_or_default();
        for to_address in decision_recipients(&txn, &coop).await? {
            mail::enqueue(
                &txn,
                decision_mail(&to_address, locale, &coop.legal_name_vi, to, reason),
            )
            .await?;
        }
    }
    txn.commit().await?;
    cooperatives::Entity::find_by_id(coop.id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

/// The cooperative's owners; before ownership is handed over (assisted onboarding), its contact email.
pub(crate) async fn decision_recipients<C: ConnectionTrait>(
    conn: &C,
    coop: &cooperatives::Model,
) -> Result<Vec<String>, AppError> {
    let owners = members_with_role(conn, coop.id, MemberRole::Owner).await?;
    let mut emails: Vec<String> = users::Entity::find()
        .filter(users::Column::Id.is_in(owners))
        .all(conn)
        .await?
        .into_iter()
        .map(|u| u.email)
        .collect();
    if emails.is_empty() {
        emails.extend(coop.contact_email.clone());
    }
    Ok(emails)
}

/// "Someone else changed this first; it is now <state>."
fn changed(now: CooperativeStatus) -> AppError {
    AppError::Changed(now.as_str().to_owned())
}

async fn is_member(db: &DatabaseConnection, cooperative_id: i64, user_id: i64) -> Result<bool, AppError> {
    Ok(cooperative_members::Entity::find()
        .filter(cooperative_members::Column::CooperativeId.eq(cooperative_id))
        .filter(cooperative_members::Column::UserId.eq(user_id))
        .one(db)
        .await?
        .is_some())
}

/// The mail telling the applicant about a decision, in their language.
fn decision_mail(
    to: &str,
    locale: Locale,
    name: &str,
    status: CooperativeStatus,
    reason: Option<&str>,
) -> OutgoingMail {
    let mut args = FluentArgs::new();
    args.set("name", FluentValue::from(name.to_owned()));
    args.set(
        "status",
        FluentValue::from(translate(locale, status.message_key(), None)),
    );
    args.set("reason", FluentValue::from(reason.unwrap_or("-").to_owned()));
    OutgoingMail {
        to: to.to_owned(),
        locale,
        subject: translate(locale, "mail-coop-decision-subject", Some(&args)),
        body_text: translate(locale, "mail-coop-decision-body", Some(&args)),
    }
}
