//! The administrators' dashboard: the marketplace as it stands (cooperatives, waiting applications,
//! listed products, certificates running out) and its trade over a period (orders and value per
//! month by payment method, the cooperatives and products that sold most).

use super::figures::{self, int, statement, text, COUNTED_ORDER};
use crate::backend::accounts::SessionUser;
use crate::backend::cooperatives::access::require_admin;
use crate::backend::entities::{categories, cooperatives};
use crate::domain::catalog::EXPIRY_WARNING_DAYS;
use crate::domain::cooperative_status::CooperativeStatus;
use crate::domain::reporting::{median_hours, today_in_vietnam, Period};
use crate::error::AppError;
use crate::i18n::{translate, Locale};
use crate::model::reports::{Bar, DashboardView, ExpiringRow, MonthRow, TopRow};
use chrono::{DateTime, Duration, NaiveDate, Utc};
use fluent_bundle::{FluentArgs, FluentValue};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Value};
use std::collections::HashMap;

/// How many cooperatives and products the "top" charts show.
pub const TOP: usize = 10;
/// At most this many expiring certificates are listed (the count is complete).
const EXPIRING_LIMIT: u64 = 200;

const STATUSES: [CooperativeStatus; 6] = [
    CooperativeStatus::Submitted,
    CooperativeStatus::ChangesRequested,
    CooperativeStatus::Approved,
    CooperativeStatus::Suspended,
    CooperativeStatus::Rejected,
    CooperativeStatus::Draft,
];

pub async fn dashboard<C: ConnectionTrait>(
    conn: &C,
    user: &SessionUser,
    period: Period,
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<DashboardView, AppError> {
    require_admin(user)?;
    // Independent reads: run together, they take as long as the slowest rather than the sum.
    let (
        (waiting, median_wait_hours),
        coops_by_status,
        coops_by_province,
        products_by_category,
        products_by_stars,
        expiring,
        months,
        top_cooperatives,
        top_products,
    ) = tokio::try_join!(
        waiting(conn, now),
        coops_by_status(conn, locale),
        coops_by_province(conn, locale),
        products_by_category(conn, locale),
        products_by_stars(conn, locale),
        expiring(conn, locale, today_in_vietnam(now)),
        months(conn, &period),
        top_cooperatives(conn, &period, locale),
        top_products(conn, &period, locale),
    )?;
    Ok(DashboardView {
        coops_by_status,
        coops_by_province,
        waiting,
        median_wait_hours,
        products_by_category,
        products_by_stars,
        expiring,
        months,
        top_cooperatives,
        top_products,
        period,
    })
}

async fn counts<C: ConnectionTrait>(
    conn: &C,
    sql: &str,
    values: Vec<Value>,
) -> Result<Vec<(String, i64)>, AppError> {
    let rows = conn.query_all(statement(conn, sql, values)).await?;
    rows.iter()
        .map(|r| Ok((text(r, "k")?.unwrap_or_default(), int(r, "n")?)))
        .collect()
}

/// One number (column `n`).
async fn count<C: ConnectionTrait>(conn: &C, sql: &str) -> Result<i64, AppError> {
    match conn.query_one(statement(conn, sql, vec![])).await? {
        Some(r) => int(&r, "n"),
        None => Ok(0),
    }
}

async fn coops_by_status<C: ConnectionTrait>(conn: &C, locale: Locale) -> Result<Vec<Bar>, AppError> {
    let n: HashMap<String, i64> = counts(
        conn,
        "SELECT status AS k, COUNT(*) AS n FROM cooperatives GROUP BY status",
        vec![],
    )
    .await?
    .into_iter()
    .collect();
    Ok(STATUSES
        .iter()
        .map(|s| Bar {
            key: s.as_str().to_owned(),
            label: translate(locale, s.message_key(), None),
            value: n.get(s.as_str()).copied().unwrap_or(0),
        })
        .collect())
}

/// Approved cooperatives per province, most first.
async fn coops_by_province<C: ConnectionTrait>(conn: &C, locale: Locale) -> Result<Vec<Bar>, AppError> {
    let regions = super::provinces(conn).await?;
    let mut bars: Vec<Bar> = counts(
        conn,
        "SELECT region_code AS k, COUNT(*) AS n FROM cooperatives WHERE status = 'approved' \
         GROUP BY region_code",
        vec![],
    )
    .await?
    .into_iter()
    .map(|(code, value)| Bar {
        label: regions.iter().find(|r| r.code == code).map_or_else(
            || translate(locale, "reports-no-province", None),
            |r| r.name(locale).to_owned(),
        ),
        key: code,
        value,
    })
    .collect();
    bars.sort_by(|a, b| b.value.cmp(&a.value).then_with(|| a.label.cmp(&b.label)));
    Ok(bars)
}

/// Applications waiting for a decision, and the median of how long they have waited (hours).
async fn waiting<C: ConnectionTrait>(conn: &C, now: DateTime<Utc>) -> Result<(i64, Option<i64>), AppError> {
    let waits: Vec<i64> = cooperatives::Entity::find()
        .filter(cooperatives::Column::Status.eq(CooperativeStatus::Submitted))
        .all(conn)
        .await?
        .into_iter()
        .map(|c| c.submitted_at.map_or(0, |at| (now - at).num_hours().max(0)))
        .collect();
    Ok((waits.len() as i64, median_hours(waits)))
}

/// Listed products per top-level category, most first.
async fn products_by_category<C: ConnectionTrait>(conn: &C, locale: Locale) -> Result<Vec<Bar>, AppError> {
    let all = categories::Entity::find().all(conn).await?;
    let top_of = |code: &str| -> String {
        let mut code = code.to_owned();
        // Categories are two levels deep today; the bound guards a cycle all the same.
        for _ in 0..4 {
            match all
                .iter()
                .find(|c| c.code == code)
                .and_then(|c| c.parent_code.clone())
            {
                Some(parent) => code = parent,
                None => break,
            }
        }
        code
    };
    let mut totals: HashMap<String, i64> = HashMap::new();
    for (code, n) in counts(
        conn,
        // Listings hold a row per ancestor category and one under "*": count each product once,
        // by its own category.
        "SELECT p.category_code AS k, COUNT(*) AS n FROM product_listings l \
         JOIN products p ON p.id = l.product_id WHERE l.category_code = '*' GROUP BY p.category_code",
        vec![],
    )
    .await?
    {
        *totals.entry(top_of(&code)).or_default() += n;
    }
    let mut bars: Vec<Bar> = totals
        .into_iter()
        .map(|(code, value)| Bar {
            label: all
                .iter()
                .find(|c| c.code == code)
                .map_or_else(|| code.clone(), |c| c.name(locale).to_owned()),
            key: code,
            value,
        })
        .collect();
    bars.sort_by(|a, b| b.value.cmp(&a.value).then_with(|| a.key.cmp(&b.key)));
    Ok(bars)
}

/// Listed products by the stars of their verified OCOP certificate, and those without one.
async fn products_by_stars<C: ConnectionTrait>(conn: &C, locale: Locale) -> Result<Vec<Bar>, AppError> {
    let from = "FROM product_certifications pc JOIN product_listings l ON l.product_id = pc.product_id \
                WHERE l.category_code = '*' AND pc.kind = 'ocop' AND pc.status = 'verified'";
    let by_stars: HashMap<String, i64> = counts(
        conn,
        &format!("SELECT CAST(pc.stars AS VARCHAR(2)) AS k, COUNT(DISTINCT pc.product_id) AS n {from} GROUP BY pc.stars"),
        vec![],
    )
    .await?
    .into_iter()
    .collect();
    let certified = count(conn, &format!("SELECT COUNT(DISTINCT pc.product_id) AS n {from}")).await?;
    let listed = count(
        conn,
        "SELECT COUNT(*) AS n FROM product_listings WHERE category_code = '*'",
    )
    .await?;
    let mut bars: Vec<Bar> = (3..=5)
        .rev()
        .map(|stars: i64| {
            let mut args = FluentArgs::new();
            args.set("stars", FluentValue::from(stars));
            Bar {
                key: format!("ocop-{stars}"),
                label: translate(locale, "dashboard-stars", Some(&args)),
                value: by_stars.get(&stars.to_string()).copied().unwrap_or(0),
            }
        })
        .collect();
    bars.push(Bar {
        key: "none".into(),
        label: translate(locale, "dashboard-no-ocop", None),
        value: (listed - certified).max(0),
    });
    Ok(bars)
}

/// Verified certificates of products still on offer that run out within the warning window.
async fn expiring<C: ConnectionTrait>(
    conn: &C,
    locale: Locale,
    today: NaiveDate,
) -> Result<Vec<ExpiringRow>, AppError> {
    let sql = format!(
        "SELECT pc.product_id AS product_id, pc.kind AS kind, pc.number AS number, pc.expires_on AS expires_on, \
         COALESCE(tl.name, tv.name, '') AS product_name, \
         COALESCE(ct.trading_name, c.legal_name_vi) AS cooperative_name \
         FROM product_certifications pc JOIN products p ON p.id = pc.product_id \
         JOIN cooperatives c ON c.id = p.cooperative_id \
         LEFT JOIN product_translations tl ON tl.product_id = p.id AND tl.locale = ? \
         LEFT JOIN product_translations tv ON tv.product_id = p.id AND tv.locale = 'vi' \
         LEFT JOIN cooperative_translations ct ON ct.cooperative_id = c.id AND ct.locale = ? \
         WHERE pc.status = 'verified' AND p.status <> 'archived' \
         AND pc.expires_on >= ? AND pc.expires_on <= ? \
         ORDER BY pc.expires_on, pc.id LIMIT {EXPIRING_LIMIT}"
    );
    let values: Vec<Value> = vec![
        locale.code().into(),
        locale.code().into(),
        today.into(),
        (today + Duration::days(EXPIRY_WARNING_DAYS)).into(),
    ];
    let rows = conn.query_all(statement(conn, &sql, values)).await?;
    let labels = crate::backend::catalog::cert_kinds::labels(conn, locale).await?;
    rows.iter()
        .map(|r| {
            let kind = text(r, "kind")?.unwrap_or_default();
            Ok(ExpiringRow {
                kind_label: labels.get(&kind).cloned().unwrap_or_else(|| kind.clone()),
                product_id: r.try_get("", "product_id")?,
                product_name: text(r, "product_name")?.unwrap_or_default(),
                cooperative_name: text(r, "cooperative_name")?.unwrap_or_default(),
                kind,
                number: text(r, "number")?.unwrap_or_default(),
                expires_on: r.try_get("", "expires_on")?,
            })
        })
        .collect()
}

/// Orders and value per month of the period, by payment method; months without orders included.
pub(super) async fn months<C: ConnectionTrait>(conn: &C, period: &Period) -> Result<Vec<MonthRow>, AppError> {
    let mut rows: Vec<MonthRow> = period
        .months()
        .into_iter()
        .map(|month| MonthRow {
            month,
            ..Default::default()
        })
        .collect();
    for cell in figures::order_cells(conn, period, None).await? {
        let Some(row) = rows.iter_mut().find(|r| r.month == cell.month) else {
            continue;
        };
        if cell.method == "card" {
            row.card_orders += cell.orders;
            row.card_vnd += cell.gmv_vnd;
        } else {
            row.cod_orders += cell.orders;
            row.cod_vnd += cell.gmv_vnd;
        }
    }
    Ok(rows)
}

/// The `TOP` rows ranked by `rank_sql` (id, n, gmv over the period's bounds), named by
/// `names_sql` (id, name for the locale bound first and the ids put in place of `{ids}`).
async fn top<C: ConnectionTrait>(
    conn: &C,
    rank_sql: &str,
    names_sql: &str,
    period: &Period,
    locale: Locale,
) -> Result<Vec<TopRow>, AppError> {
    let values: Vec<Value> = vec![
        period.start_utc().into(),
        period.end_utc().into(),
        (TOP as i64).into(),
    ];
    let ranked: Vec<(i64, i64, i64)> = conn
        .query_all(statement(conn, rank_sql, values))
        .await?
        .iter()
        .map(|r| Ok((r.try_get("", "id")?, int(r, "n")?, int(r, "gmv")?)))
        .collect::<Result<_, AppError>>()?;
    let mut names: HashMap<i64, String> = HashMap::new();
    if !ranked.is_empty() {
        let marks = vec!["?"; ranked.len()].join(", ");
        let mut values: Vec<Value> = vec![locale.code().into()];
        values.extend(ranked.iter().map(|r| Value::from(r.0)));
        for r in conn
            .query_all(statement(conn, &names_sql.replace("{ids}", &marks), values))
            .await?
        {
            names.insert(r.try_get("", "id")?, text(&r, "name")?.unwrap_or_default());
        }
    }
    Ok(ranked
        .into_iter()
        .map(|(id, orders, gmv_vnd)| TopRow {
            id,
            name: names.remove(&id).unwrap_or_default(),
            orders,
            gmv_vnd,
        })
        .collect())
}

async fn top_cooperatives<C: ConnectionTrait>(
    conn: &C,
    period: &Period,
    locale: Locale,
) -> Result<Vec<TopRow>, AppError> {
    let sql = format!(
        "SELECT o.cooperative_id AS id, COUNT(*) AS n, CAST(SUM(o.total_vnd) AS BIGINT) AS gmv \
         FROM orders o WHERE {COUNTED_ORDER} AND o.created_at >= ? AND o.created_at < ? \
         GROUP BY o.cooperative_id ORDER BY gmv DESC, o.cooperative_id LIMIT ?"
    );
    top(
        conn,
        &sql,
        "SELECT c.id AS id, COALESCE(ct.trading_name, cv.trading_name, c.legal_name_vi) AS name \
         FROM cooperatives c \
         LEFT JOIN cooperative_translations ct ON ct.cooperative_id = c.id AND ct.locale = ? \
         LEFT JOIN cooperative_translations cv ON cv.cooperative_id = c.id AND cv.locale = 'vi' \
         WHERE c.id IN ({ids})",
        period,
        locale,
    )
    .await
}

async fn top_products<C: ConnectionTrait>(
    conn: &C,
    period: &Period,
    locale: Locale,
) -> Result<Vec<TopRow>, AppError> {
    let sql = format!(
        "SELECT i.product_id AS id, COUNT(DISTINCT o.id) AS n, \
         CAST(SUM(i.unit_price_vnd * i.quantity) AS BIGINT) AS gmv \
         FROM order_items i JOIN orders o ON o.id = i.order_id \
         WHERE {COUNTED_ORDER} AND o.created_at >= ? AND o.created_at < ? \
         GROUP BY i.product_id ORDER BY gmv DESC, i.product_id LIMIT ?"
    );
    top(
        conn,
        &sql,
        "SELECT p.id AS id, COALESCE(tl.name, tv.name) AS name FROM products p \
         LEFT JOIN product_translations tl ON tl.product_id = p.id AND tl.locale = ? \
         LEFT JOIN product_translations tv ON tv.product_id = p.id AND tv.locale = 'vi' \
         WHERE p.id IN ({ids})",
        period,
        locale,
    )
    .await
}
