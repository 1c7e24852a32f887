//! The report for a period and a province (or all): per province and in total, this period and the
//! one before.

use super::figures::{self, OrderCell};
use super::{checked_province, provinces};
use crate::backend::accounts::SessionUser;
use crate::backend::cooperatives::access::require_admin;
use crate::domain::reporting::Period;
use crate::error::AppError;
use crate::i18n::{translate, Locale};
use crate::model::reports::{Metrics, ReportRow, ReportView};
use sea_orm::ConnectionTrait;
use std::collections::{BTreeSet, HashMap};

type ByProvince = HashMap<Option<String>, Metrics>;

/// Every figure of `period`, per province (the key None collects cooperatives without one).
async fn metrics<C: ConnectionTrait>(
    conn: &C,
    period: &Period,
    province: Option<&str>,
) -> Result<(ByProvince, Metrics), AppError> {
    // Independent reads: run together, they take as long as the slowest rather than the sum.
    let (cells, people, changes, listed, batches, ocop) = tokio::try_join!(
        figures::order_cells(conn, period, province),
        figures::people(conn, period, province),
        figures::status_changes(conn, period, province),
        figures::products_listed(conn, period, province),
        figures::batches(conn, period, province),
        figures::ocop_verified(conn, period, province),
    )?;
    let mut by: ByProvince = HashMap::new();
    for cell in cells {
        let OrderCell {
            province,
            orders,
            gmv_vnd,
            foreign_orders,
            ..
        } = cell;
        let m = by.entry(province).or_default();
        m.orders += orders;
        m.gmv_vnd += gmv_vnd;
        m.foreign_orders += foreign_orders;
    }
    for (p, n) in people.buyers {
        by.entry(p).or_default().buyers = n;
    }
    for (p, n) in people.sellers {
        by.entry(p).or_default().active_sellers = n;
    }
    for ((p, action), n) in changes {
        let m = by.entry(p).or_default();
        match action.as_str() {
            "submit" => m.applications = n,
            "approve" => m.approved = n,
            "suspend" => m.suspended = n,
            _ => {}
        }
    }
    for (p, n) in listed {
        by.entry(p).or_default().products_listed = n;
    }
    for (p, n) in batches {
        by.entry(p).or_default().batches = n;
    }
    for ((p, stars), n) in ocop {
        if let Some(slot) = (3..=5).position(|s| s == stars) {
            by.entry(p).or_default().ocop_stars[slot] = n;
        }
    }
    let mut total = Metrics::default();
    for m in by.values() {
        add(&mut total, m);
    }
    // A shopper buying from two provinces is one buyer in the total.
    total.buyers = people.all_buyers;
    Ok((by, total))
}

fn add(total: &mut Metrics, m: &Metrics) {
    total.applications += m.applications;
    total.approved += m.approved;
    total.suspended += m.suspended;
    total.active_sellers += m.active_sellers;
    total.products_listed += m.products_listed;
    for (t, n) in total.ocop_stars.iter_mut().zip(m.ocop_stars) {
        *t += n;
    }
    total.batches += m.batches;
    total.orders += m.orders;
    total.buyers += m.buyers;
    total.gmv_vnd += m.gmv_vnd;
    total.foreign_orders += m.foreign_orders;
}

/// The report (administrators only). `province` is a region code, or empty/"all" for all.
pub async fn report<C: ConnectionTrait>(
    conn: &C,
    user: &SessionUser,
    period: Period,
    province: Option<&str>,
    locale: Locale,
) -> Result<ReportView, AppError> {
    require_admin(user)?;
    let regions = provinces(conn).await?;
    let province = checked_province(&regions, province)?;
    let previous = period.previous();
    let ((now, now_total), (before, before_total)) = tokio::try_join!(
        metrics(conn, &period, province.as_deref()),
        metrics(conn, &previous, province.as_deref()),
    )?;

    // Provinces with anything to show in either period, in the usual order; the chosen one always.
    let mut keys: BTreeSet<(i32, Option<String>)> = BTreeSet::new();
    let order = |code: &Option<String>| {
        code.as_ref()
            .and_then(|c| regions.iter().find(|r| &r.code == c))
            .map_or(i32::MAX, |r| r.sort_order)
    };
    for code in now.keys().chain(before.keys()) {
        keys.insert((order(code), code.clone()));
    }
    if let Some(code) = &province {
        keys.insert((order(&Some(code.clone())), Some(code.clone())));
    }
    let name = |code: &Option<String>| {
        code.as_ref()
            .and_then(|c| regions.iter().find(|r| &r.code == c))
            .map_or_else(
                || translate(locale, "reports-no-province", None),
                |r| r.name(locale).to_owned(),
            )
    };
    let rows = keys
        .into_iter()
        .map(|(_, code)| ReportRow {
            province: name(&code),
            now: now.get(&code).cloned().unwrap_or_default(),
            before: before.get(&code).cloned().unwrap_or_default(),
            province_code: code,
        })
        .collect();
    Ok(ReportView {
        period,
        previous,
        total: ReportRow {
            province_code: None,
            province: match &province {
                Some(code) => name(&Some(code.clone())),
                None => translate(locale, "reports-all-provinces", None),
            },
            now: now_total,
            before: before_total,
        },
        province,
        rows,
    })
}
