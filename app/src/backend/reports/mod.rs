//! The administrators' dashboard and the semi-annual and annual reports, with their CSV forms.
//!
//! Both read the same queries in `figures`, so a number on the dashboard and the same number in a
//! report for the same period cannot disagree. Periods are Vietnamese calendar days
//! (`domain::reporting`); counted orders are those placed and not cancelled.

pub mod csv;
pub mod dashboard;
mod figures;
pub mod report;

use crate::backend::accounts::SessionUser;
use crate::backend::cooperatives::access::require_admin;
use crate::backend::entities::regions;
use crate::domain::reporting::{Period, PeriodError, PeriodQuery};
use crate::error::AppError;
use crate::error::ErrorId;
use sea_orm::{ConnectionTrait, EntityTrait, QueryOrder};

/// Parses the period of a request (administrators only), or says what is wrong with it.
pub fn period_for(
    user: &SessionUser,
    query: &PeriodQuery,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Period, AppError> {
    require_admin(user)?;
    let today = crate::domain::reporting::today_in_vietnam(now);
    Period::from_query(query, today).map_err(period_error)
}

/// The dashboard's period: the range asked for, else the last twelve months (administrators only).
pub fn dashboard_period(
    user: &SessionUser,
    from: Option<&str>,
    to: Option<&str>,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Period, AppError> {
    require_admin(user)?;
    let today = crate::domain::reporting::today_in_vietnam(now);
    let given = |s: Option<&str>| s.map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned);
    match (given(from), given(to)) {
        (None, None) => Ok(crate::domain::reporting::last_twelve_months(today)),
        (from, to) => {
            let query = PeriodQuery {
                kind: Some("range".into()),
                year: None,
                from,
                to,
            };
            Period::from_query(&query, today).map_err(period_error)
        }
    }
}

pub(crate) fn period_error(e: PeriodError) -> AppError {
    AppError::invalid(e.field(), e.message_key())
}

/// Every province, in the usual order.
pub(crate) async fn provinces<C: ConnectionTrait>(conn: &C) -> Result<Vec<regions::Model>, AppError> {
    Ok(regions::Entity::find()
        .order_by_asc(regions::Column::SortOrder)
        .all(conn)
        .await?)
}

/// The province asked for: None for all; an unknown code is refused.
pub(crate) fn checked_province(
    all: &[regions::Model],
    code: Option<&str>,
) -> Result<Option<String>, AppError> {
    match code.map(str::trim).filter(|c| !c.is_empty() && *c != "all") {
        None => Ok(None),
        Some(c) if all.iter().any(|r| r.code == c) => Ok(Some(c.to_owned())),
        Some(_) => Err(AppError::invalid("province", ErrorId::ReportProvince)),
    }
}
