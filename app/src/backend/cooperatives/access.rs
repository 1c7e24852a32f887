//! Who may see and change a cooperative: administrators, and its members by role. Non-members are
//! told it does not exist, so ids cannot be probed.

use crate::backend::accounts::SessionUser;
use crate::backend::entities::{cooperative_members, cooperatives};
use crate::domain::Role;
use crate::error::AppError;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

pub use crate::domain::cooperative_status::MemberRole;

/// How the current user relates to a cooperative.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    Administrator,
    Owner,
    Staff,
}

impl Access {
    pub fn is_admin(self) -> bool {
        self == Access::Administrator
    }

    /// Owners and administrators manage staff.
    pub fn manages_members(self) -> bool {
        matches!(self, Access::Administrator | Access::Owner)
    }
}

/// The member's role in the cooperative, if any.
pub async fn member_role<C: ConnectionTrait>(
    conn: &C,
    cooperative_id: i64,
    user_id: i64,
) -> Result<Option<MemberRole>, AppError> {
    Ok(cooperative_members::Entity::find_by_id((cooperative_id, user_id))
        .one(conn)
        .await?
        .map(|m| m.role))
}

/// Loads the cooperative if `user` may work on it; NotFound otherwise (also for forged ids).
pub async fn load<C: ConnectionTrait>(
    conn: &C,
    user: &SessionUser,
    cooperative_id: i64,
) -> Result<(cooperatives::Model, Access), AppError> {
    let coop = cooperatives::Entity::find_by_id(cooperative_id)
        .one(conn)
        .await?
        .ok_or(AppError::NotFound)?;
    let role = member_role(conn, coop.id, user.id).await?;
    let access = match role {
        Some(MemberRole::Owner) => Access::Owner,
        Some(_) => Access::Staff,
        None if user.role == Role::Admin => Access::Administrator,
        None => return Err(AppError::NotFound),
    };
    Ok((coop, access))
}

/// Fails unless the user is an administrator.
pub fn require_admin(user: &SessionUser) -> Result<(), AppError> {
    if user.role == Role::Admin {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// The ids of the cooperatives' members with `role`.
pub async fn members_with_role<C: ConnectionTrait>(
    conn: &C,
    cooperative_id: i64,
    role: MemberRole,
) -> Result<Vec<i64>, AppError> {
    Ok(cooperative_members::Entity::find()
        .filter(cooperative_members::Column::CooperativeId.eq(cooperative_id))
        .filter(cooperative_members::Column::Role.eq(role))
        .all(conn)
        .await?
        .into_iter()
        .map(|m| m.user_id)
        .collect())
}
