//! The append-only audit log: every security-relevant or state-changing action is recorded here.

use super::entities::audit_events;
use chrono::Utc;
use sea_orm::{ActiveModelTrait, ConnectionTrait, DbErr, Set};

/// One audit entry to record.
#[derive(Debug, Clone)]
pub struct AuditEntry<'a> {
    pub actor_user_id: Option<i64>,
    pub action: &'a str,
    pub subject_type: Option<&'a str>,
    pub subject_id: Option<String>,
    pub details: serde_json::Value,
    pub ip: Option<&'a str>,
}

impl<'a> AuditEntry<'a> {
    /// An action by `actor` on the user `subject` (often the same person).
    pub fn on_user(action: &'a str, actor: Option<i64>, subject: i64, ip: Option<&'a str>) -> Self {
        AuditEntry {
            actor_user_id: actor,
            action,
            subject_type: Some("user"),
            subject_id: Some(subject.to_string()),
            details: serde_json::json!({}),
            ip,
        }
    }
}

/// Records an entry inside the caller's transaction, so the log and the change commit together.
pub async fn record<C: ConnectionTrait>(conn: &C, entry: AuditEntry<'_>) -> Result<(), DbErr> {
    audit_events::ActiveModel {
        actor_user_id: Set(entry.actor_user_id),
        action: Set(entry.action.to_owned()),
        subject_type: Set(entry.subject_type.map(str::to_owned)),
        subject_id: Set(entry.subject_id),
        details: Set(entry.details.to_string()),
        ip: Set(entry.ip.map(str::to_owned)),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Ok(())
}
