//! Reading cooperatives: the administrators' review queue, the seller dashboard, the public
//! directory and pages (approved cooperatives only), and the audit log.

use super::access::{self, require_admin};
use super::application::{logo_url, view_of};
use super::members;
use crate::backend::accounts::SessionUser;
use crate::backend::entities::{audit_events, cooperative_translations, cooperatives, regions, users};
use crate::backend::markdown;
use crate::domain::cooperative_status::CooperativeStatus;
use crate::error::AppError;
use crate::i18n::Locale;
use crate::model::cooperatives::{
    AuditRow, CoopCard, CoopPublic, Dashboard, DashboardCoop, QueueRow, RegionOption,
};
use chrono::Utc;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use std::collections::HashMap;

/// Every province and city, in the table's official order, named in `locale`.
pub async fn regions(db: &DatabaseConnection, locale: Locale) -> Result<Vec<RegionOption>, AppError> {
    Ok(regions::Entity::find()
        .order_by_asc(regions::Column::SortOrder)
        .all(db)
        .await?
        .into_iter()
        .map(|r| RegionOption {
            name: r.name(locale).to_owned(),
            code: r.code,
        })
        .collect())
}

async fn region_names(db: &DatabaseConnection, locale: Locale) -> Result<HashMap<String, String>, AppError> {
    Ok(regions(db, locale)
        .await?
        .into_iter()
        .map(|r| (r.code, r.name))
        .collect())
}

/// Filters of the review queue.
#[derive(Debug, Clone, Default)]
pub struct QueueFilter {
    /// None: everything awaiting an administrator (submitted).
    pub status: Option<CooperativeStatus>,
    pub region_code: Option<String>,
}

/// Applications for administrators, oldest waiting first.
pub async fn review_queue(
    db: &DatabaseConnection,
    user: &SessionUser,
    filter: &QueueFilter,
    locale: Locale,
) -> Result<Vec<QueueRow>, AppError> {
    require_admin(user)?;
    let status = filter.status.unwrap_or(CooperativeStatus::Submitted);
    let mut query = cooperatives::Entity::find().filter(cooperatives::Column::Status.eq(status));
    if let Some(region) = &filter.region_code {
        query = query.filter(cooperatives::Column::RegionCode.eq(region.as_str()));
    }
    let rows = query
        .order_by_asc(cooperatives::Column::UpdatedAt)
        .order_by_asc(cooperatives::Column::Id)
        .limit(500)
        .all(db)
        .await?;
    let names = region_names(db, locale).await?;
    let now = Utc::now();
    let mut out: Vec<QueueRow> = rows
        .into_iter()
        .map(|c| {
            let since = match status {
                CooperativeStatus::Submitted => c.submitted_at,
                CooperativeStatus::Draft => Some(c.created_at),
                _ => c.decided_at,
            }
            .unwrap_or(c.updated_at);
            QueueRow {
                id: c.id,
                region_name: c.region_code.as_ref().and_then(|r| names.get(r).cloned()),
                legal_name_vi: c.legal_name_vi,
                registration_number: c.registration_number,
                status: c.status,
                since,
                waiting_hours: (now - since).num_hours().max(0),
            }
        })
        .collect();
    out.sort_by_key(|r| (r.since, r.id));
    Ok(out)
}

/// The seller dashboard: the user's cooperatives and the selected one (the first by default).
pub async fn dashboard(
    db: &DatabaseConnection,
    user: &SessionUser,
    selected: Option<i64>,
    locale: Locale,
) -> Result<Dashboard, AppError> {
    let memberships = members::memberships_of(db, user.id).await?;
    let chosen = selected
        .filter(|id| memberships.iter().any(|m| m.cooperative_id == *id))
        .or_else(|| memberships.first().map(|m| m.cooperative_id));
    let current = match chosen {
        Some(id) => {
            let (coop, access) = access::load(db, user, id).await?;
            let application = view_of(db, coop, access, locale).await?;
            let (members, invitations) = members::staff_of(db, id).await?;
            Some(DashboardCoop {
                application,
                members,
                invitations,
            })
        }
        None => None,
    };
    Ok(Dashboard { memberships, current })
}

/// Texts of cooperatives in `locale`, falling back to Vietnamese: (name, description, is_fallback).
async fn public_texts(
    db: &DatabaseConnection,
    ids: &[i64],
    locale: Locale,
) -> Result<HashMap<i64, (Option<String>, Option<String>, bool)>, AppError> {
    let rows = cooperative_translations::Entity::find()
        .filter(cooperative_translations::Column::CooperativeId.is_in(ids.iter().copied()))
        .filter(cooperative_translations::Column::Locale.is_in([locale.code(), Locale::Vi.code()]))
        .all(db)
        .await?;
    let mut out: HashMap<i64, (Option<String>, Option<String>, bool)> = HashMap::new();
    for id in ids {
        let own = rows
            .iter()
            .find(|t| t.cooperative_id == *id && t.locale == locale.code());
        let vi = rows
            .iter()
            .find(|t| t.cooperative_id == *id && t.locale == Locale::Vi.code());
        let name = own
            .and_then(|t| t.trading_name.clone())
            .or_else(|| vi.and_then(|t| t.trading_name.clone()));
        let (description, fallback) = match own.and_then(|t| t.description_md.clone()) {
            Some(d) => (Some(d), false),
            None => (vi.and_then(|t| t.description_md.clone()), locale != Locale::Vi),
        };
        out.insert(
            *id,
            (name, description.clone(), fallback && description.is_some()),
        );
    }
    Ok(out)
}

fn card(c: &cooperatives::Model, name: Option<String>, names: &HashMap<String, String>) -> CoopCard {
    CoopCard {
        slug: c.slug.clone(),
        name: name.unwrap_or_else(|| c.legal_name_vi.clone()),
        legal_name_vi: c.legal_name_vi.clone(),
        region_code: c.region_code.clone(),
        region_name: c.region_code.as_ref().and_then(|r| names.get(r).cloned()),
        year_founded: c.year_founded,
        logo_url: c.logo_key.as_ref().map(|_| logo_url(c)),
    }
}

/// Approved cooperatives, optionally in one province, by name.
pub async fn public_list(
    db: &DatabaseConnection,
    region_code: Option<&str>,
    locale: Locale,
) -> Result<Vec<CoopCard>, AppError> {
    let mut query =
        cooperatives::Entity::find().filter(cooperatives::Column::Status.eq(CooperativeStatus::Approved));
    if let Some(region) = region_code {
        query = query.filter(cooperatives::Column::RegionCode.eq(region));
    }
    let coops = query
        .order_by_asc(cooperatives::Column::LegalNameVi)
        .all(db)
        .await?;
    let ids: Vec<i64> = coops.iter().map(|c| c.id).collect();
    let mut texts = public_texts(db, &ids, locale).await?;
    let names = region_names(db, locale).await?;
    let mut cards: Vec<CoopCard> = coops
        .iter()
        .map(|c| card(c, texts.remove(&c.id).and_then(|t| t.0), &names))
        .collect();
    cards.sort_by_key(|c| c.name.to_lowercase());
    Ok(cards)
}

/// An approved cooperative's public page; NotFound for any other state (suspended included).
pub async fn public_page(
    db: &DatabaseConnection,
    slug: &str,
    locale: Locale,
) -> Result<CoopPublic, AppError> {
    let coop = cooperatives::Entity::find()
        .filter(cooperatives::Column::Slug.eq(slug))
        .filter(cooperatives::Column::Status.eq(CooperativeStatus::Approved))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let (name, description, fallback) = public_texts(db, &[coop.id], locale)
        .await?
        .remove(&coop.id)
        .unwrap_or((None, None, false));
    let names = region_names(db, locale).await?;
    Ok(CoopPublic {
        card: card(&coop, name, &names),
        member_count: coop.member_count,
        description_html: description.as_deref().map(markdown::render),
        description_is_fallback: fallback,
    })
}

/// The newest audit entries, optionally about one cooperative (administrators only).
pub async fn audit_log(
    db: &DatabaseConnection,
    user: &SessionUser,
    cooperative_id: Option<i64>,
    limit: u64,
) -> Result<Vec<AuditRow>, AppError> {
    require_admin(user)?;
    let mut query = audit_events::Entity::find();
    if let Some(id) = cooperative_id {
        query = query
            .filter(audit_events::Column::SubjectType.eq("cooperative"))
            .filter(audit_events::Column::SubjectId.eq(id.to_string()));
    }
    let rows = query
        .order_by_desc(audit_events::Column::Id)
        .limit(limit.min(1000))
        .all(db)
        .await?;
    let actor_ids: Vec<i64> = rows.iter().filter_map(|r| r.actor_user_id).collect();
    let actors: HashMap<i64, String> = users::Entity::find()
        .filter(users::Column::Id.is_in(actor_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.email))
        .collect();
    Ok(rows
        .into_iter()
        .map(|r| AuditRow {
            id: r.id,
            at: r.created_at,
            actor: r.actor_user_id.and_then(|id| actors.get(&id).cloned()),
            action: r.action,
            subject: match (r.subject_type, r.subject_id) {
                (Some(t), Some(id)) => Some(format!("{t} #{id}")),
                _ => None,
            },
            details: r.details,
        })
        .collect())
}
