//! Staff of a cooperative: owners invite people by email (an expiring, single-use link), invitees
//! accept while logged in with that email, owners remove staff. Every change is audited.

use super::access::{self, Access, MemberRole};
use crate::backend::accounts::{token_id, SessionUser};
use crate::backend::audit::{self, AuditEntry};
use crate::backend::entities::{
    cooperative_invitations as invitations, cooperative_members, cooperatives, users,
};
use crate::backend::mail::{self, OutgoingMail};
use crate::backend::Settings;
use crate::domain::Email;
use crate::error::AppError;
use crate::error::ErrorId;
use crate::i18n::{translate, Locale};
use crate::model::cooperatives::{InvitationView, MemberView, Membership, PendingInvitation};
use base64::Engine;
use chrono::{Duration, Utc};
use fluent_bundle::{FluentArgs, FluentValue};
use rand::RngCore;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
    Set,
};

/// How long an invitation link works.
pub const INVITATION_TTL_DAYS: i64 = 7;

fn membership_event(
    actor: i64,
    cooperative_id: i64,
    action: &str,
    details: serde_json::Value,
) -> AuditEntry<'_> {
    AuditEntry {
        actor_user_id: Some(actor),
        action,
        subject_type: Some("cooperative"),
        subject_id: Some(cooperative_id.to_string()),
        details,
        ip: None,
    }
}

/// Invites `email` as `role`; owners invite staff, owners and administrators may invite owners
/// (assisted onboarding hands a cooperative to its own account this way). Returns the raw token
/// (only mailed, stored as a hash).
pub async fn invite(
    db: &DatabaseConnection,
    settings: &Settings,
    user: &SessionUser,
    cooperative_id: i64,
    email: &str,
    role: &str,
    locale: Locale,
) -> Result<String, AppError> {
    let (coop, access) = access::load(db, user, cooperative_id).await?;
    if !access.manages_members() {
        return Err(AppError::Forbidden);
    }
    let email = Email::parse(email).map_err(|p| AppError::field("email", p))?;
    let role = MemberRole::parse(role).ok_or_else(|| AppError::invalid("role", ErrorId::RoleInvalid))?;
    let already = cooperative_members::Entity::find()
        .filter(cooperative_members::Column::CooperativeId.eq(coop.id))
        .inner_join(users::Entity)
        .filter(users::Column::Email.eq(email.as_str()))
        .one(db)
        .await?;
    if already.is_some() {
        return Err(AppError::invalid("email", ErrorId::AlreadyMember));
    }
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    let token = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
    let now = Utc::now();
    let expires = now + Duration::days(INVITATION_TTL_DAYS);
    let link = settings.absolute_url(&format!("/{}/invitations/{token}", locale.code()));

    let txn = crate::backend::transactions::begin_write(db).await?;
    let row = invitations::ActiveModel {
        cooperative_id: Set(coop.id),
        email: Set(email.as_str().to_owned()),
        role: Set(role),
        token_hash: Set(token_id(&token)),
        invited_by_user_id: Set(user.id),
        created_at: Set(now),
        expires_at: Set(expires),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let mut args = FluentArgs::new();
    args.set("name", FluentValue::from(coop.legal_name_vi.clone()));
    args.set("inviter", FluentValue::from(user.display_name.clone()));
    args.set(
        "role",
        FluentValue::from(translate(locale, role.message_key(), None)),
    );
    args.set("link", FluentValue::from(link));
    args.set("days", FluentValue::from(INVITATION_TTL_DAYS));
    mail::enqueue(
        &txn,
        OutgoingMail {
            to: email.as_str().to_owned(),
            locale,
            subject: translate(locale, "mail-invitation-subject", Some(&args)),
            body_text: translate(locale, "mail-invitation-body", Some(&args)),
        },
    )
    .await?;
    audit::record(
        &txn,
        membership_event(
            user.id,
            coop.id,
            "membership.invited",
            serde_json::json!({ "invitation_id": row.id, "email": email.as_str(), "role": role,
                "on_behalf": access.is_admin() }),
        ),
    )
    .await?;
    txn.commit().await?;
    Ok(token)
}

async fn open_invitation<C: ConnectionTrait>(conn: &C, token: &str) -> Result<invitations::Model, AppError> {
    let invitation = invitations::Entity::find()
        .filter(invitations::Column::TokenHash.eq(token_id(token)))
        .one(conn)
        .await?
        .ok_or(AppError::Conflict(ErrorId::InvitationInvalid))?;
    if invitation.accepted_at.is_some() || invitation.expires_at < Utc::now() {
        return Err(AppError::Conflict(ErrorId::InvitationInvalid));
    }
    Ok(invitation)
}

/// What an invitation offers (for the page that asks to accept it).
pub async fn describe_invitation(db: &DatabaseConnection, token: &str) -> Result<InvitationView, AppError> {
    let invitation = open_invitation(db, token).await?;
    let coop = cooperatives::Entity::find_by_id(invitation.cooperative_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(InvitationView {
        cooperative_name: coop.legal_name_vi,
        role: invitation.role,
        email: invitation.email,
        expires_at: invitation.expires_at,
    })
}

/// Accepts an invitation as the logged-in user, whose email must be the one invited. Returns the
/// cooperative's id.
pub async fn accept(db: &DatabaseConnection, user: &SessionUser, token: &str) -> Result<i64, AppError> {
    let txn = crate::backend::transactions::begin_write(db).await?;
    let invitation = open_invitation(&txn, token).await?;
    if invitation.email != user.email {
        return Err(AppError::Conflict(ErrorId::InvitationOtherEmail));
    }
    // Single use even when two tabs accept at once: only one update finds it unaccepted.
    let now = Utc::now();
    let claimed = invitations::Entity::update_many()
        .col_expr(
            invitations::Column::AcceptedAt,
            sea_orm::sea_query::Expr::value(now),
        )
        .col_expr(
            invitations::Column::AcceptedByUserId,
            sea_orm::sea_query::Expr::value(user.id),
        )
        .filter(invitations::Column::Id.eq(invitation.id))
        .filter(invitations::Column::AcceptedAt.is_null())
        .exec(&txn)
        .await?;
    if claimed.rows_affected != 1 {
        return Err(AppError::Conflict(ErrorId::InvitationInvalid));
    }
    match cooperative_members::Entity::find_by_id((invitation.cooperative_id, user.id))
        .one(&txn)
        .await?
    {
        // Already staff and invited as owner: promote.
        Some(existing) if existing.role != invitation.role && invitation.role == MemberRole::Owner => {
            let mut active: cooperative_members::ActiveModel = existing.into();
            active.role = Set(MemberRole::Owner);
            active.update(&txn).await?;
        }
        Some(_) => {}
        None => {
            cooperative_members::ActiveModel {
                cooperative_id: Set(invitation.cooperative_id),
                user_id: Set(user.id),
                role: Set(invitation.role),
                created_at: Set(now),
            }
            .insert(&txn)
            .await?;
        }
    }
    audit::record(
        &txn,
        membership_event(
            user.id,
            invitation.cooperative_id,
            "membership.joined",
            serde_json::json!({ "invitation_id": invitation.id, "role": invitation.role,
                "invited_by": invitation.invited_by_user_id }),
        ),
    )
    .await?;
    txn.commit().await?;
    Ok(invitation.cooperative_id)
}

/// Removes a member. Owners and administrators remove staff; nobody removes an owner but an
/// administrator, and never the last one.
pub async fn remove(
    db: &DatabaseConnection,
    user: &SessionUser,
    cooperative_id: i64,
    member_user_id: i64,
) -> Result<(), AppError> {
    let txn = crate::backend::transactions::begin_write(db).await?;
    let (coop, access) = access::load(&txn, user, cooperative_id).await?;
    if !access.manages_members() {
        return Err(AppError::Forbidden);
    }
    let member = cooperative_members::Entity::find_by_id((coop.id, member_user_id))
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    if member.role == MemberRole::Owner {
        if access != Access::Administrator {
            return Err(AppError::Forbidden);
        }
        if access::members_with_role(&txn, coop.id, MemberRole::Owner)
            .await?
            .len()
            <= 1
        {
            return Err(AppError::Conflict(ErrorId::LastOwner));
        }
    }
    cooperative_members::Entity::delete_by_id((coop.id, member_user_id))
        .exec(&txn)
        .await?;
    audit::record(
        &txn,
        membership_event(
            user.id,
            coop.id,
            "membership.removed",
            serde_json::json!({ "user_id": member_user_id, "role": member.role }),
        ),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The cooperatives a user belongs to, by name.
pub async fn memberships_of(db: &DatabaseConnection, user_id: i64) -> Result<Vec<Membership>, AppError> {
    let rows = cooperative_members::Entity::find()
        .filter(cooperative_members::Column::UserId.eq(user_id))
        .find_also_related(cooperatives::Entity)
        .all(db)
        .await?;
    let mut out: Vec<Membership> = rows
        .into_iter()
        .filter_map(|(m, c)| {
            c.map(|c| Membership {
                cooperative_id: c.id,
                name: c.legal_name_vi,
                role: m.role,
                status: c.status,
            })
        })
        .collect();
    out.sort_by(|a, b| a.name.cmp(&b.name).then(a.cooperative_id.cmp(&b.cooperative_id)));
    Ok(out)
}

/// Members and open invitations of a cooperative (for its members and administrators).
pub async fn staff_of(
    db: &DatabaseConnection,
    cooperative_id: i64,
) -> Result<(Vec<MemberView>, Vec<PendingInvitation>), AppError> {
    let members = cooperative_members::Entity::find()
        .filter(cooperative_members::Column::CooperativeId.eq(cooperative_id))
        .find_also_related(users::Entity)
        .order_by_asc(cooperative_members::Column::CreatedAt)
        .all(db)
        .await?
        .into_iter()
        .filter_map(|(m, u)| {
            u.map(|u| MemberView {
                user_id: u.id,
                display_name: u.display_name,
                email: u.email,
                role: m.role,
                since: m.created_at,
            })
        })
        .collect();
    let pending = invitations::Entity::find()
        .filter(invitations::Column::CooperativeId.eq(cooperative_id))
        .filter(invitations::Column::AcceptedAt.is_null())
        .filter(invitations::Column::ExpiresAt.gt(Utc::now()))
        .order_by_asc(invitations::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|i| PendingInvitation {
            id: i.id,
            email: i.email,
            role: i.role,
            expires_at: i.expires_at,
        })
        .collect();
    Ok((members, pending))
}
