//! The counting queries behind the dashboard and the reports. Each takes a period and, where it
//! makes sense, a province (the cooperative's), and groups by province so a report can show every
//! province and the total from one query.
//!
//! Written as SQL: grouping by month needs a date expression per database, and the queries read
//! best as they run. Values are bound, never spliced.

use crate::domain::reporting::Period;
use crate::error::AppError;
use sea_orm::{ConnectionTrait, DatabaseBackend, QueryResult, Statement, Value};
use std::collections::HashMap;

/// Orders placed and not cancelled: pending card payments are not sales yet.
pub(super) const COUNTED_ORDER: &str = "o.status NOT IN ('pending_payment', 'cancelled')";

/// `sql` with `?` placeholders, numbered for PostgreSQL.
pub(super) fn statement<C: ConnectionTrait>(conn: &C, sql: &str, values: Vec<Value>) -> Statement {
    let backend = conn.get_database_backend();
    Statement::from_sql_and_values(backend, placeholders(backend, sql), values)
}

fn placeholders(backend: DatabaseBackend, sql: &str) -> String {
    if backend != DatabaseBackend::Postgres {
        return sql.to_owned();
    }
    let mut out = String::with_capacity(sql.len() + 16);
    let mut n = 0;
    for ch in sql.chars() {
        if ch == '?' {
            n += 1;
            out.push_str(&format!("${n}"));
        } else {
            out.push(ch);
        }
    }
    out
}

/// The Vietnamese calendar month ("YYYY-MM") of a UTC timestamp column.
pub(super) fn month_of<C: ConnectionTrait>(conn: &C, column: &str) -> String {
    match conn.get_database_backend() {
        DatabaseBackend::Postgres => {
            format!("to_char(({column} AT TIME ZONE 'UTC') + interval '7 hours', 'YYYY-MM')")
        }
        _ => format!("strftime('%Y-%m', {column}, '+7 hours')"),
    }
}

/// The time bounds of `period` and, when given, the province, as SQL conditions and values.
/// `at` is the timestamp column, `coop` the cooperatives alias.
pub(super) fn scope(at: &str, coop: &str, period: &Period, province: Option<&str>) -> (String, Vec<Value>) {
    let mut sql = format!("{at} >= ? AND {at} < ?");
    let mut values: Vec<Value> = vec![period.start_utc().into(), period.end_utc().into()];
    if let Some(p) = province {
        sql.push_str(&format!(" AND {coop}.region_code = ?"));
        values.push(p.to_owned().into());
    }
    (sql, values)
}

pub(super) fn int(row: &QueryResult, col: &str) -> Result<i64, AppError> {
    Ok(row.try_get::<Option<i64>>("", col)?.unwrap_or(0))
}

pub(super) fn text(row: &QueryResult, col: &str) -> Result<Option<String>, AppError> {
    Ok(row.try_get::<Option<String>>("", col)?)
}

/// Counted orders and their value per month, payment method and province.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct OrderCell {
    pub month: String,
    pub method: String,
    pub province: Option<String>,
    pub orders: i64,
    pub gmv_vnd: i64,
    pub foreign_orders: i64,
}

pub(super) async fn order_cells<C: ConnectionTrait>(
    conn: &C,
    period: &Period,
    province: Option<&str>,
) -> Result<Vec<OrderCell>, AppError> {
    let (filter, values) = scope("o.created_at", "c", period, province);
    let month = month_of(conn, "o.created_at");
    let sql = format!(
        "SELECT {month} AS m, o.payment_method AS method, c.region_code AS province, \
         COUNT(*) AS n, CAST(COALESCE(SUM(o.total_vnd), 0) AS BIGINT) AS gmv, \
         CAST(SUM(CASE WHEN k.locale <> 'vi' THEN 1 ELSE 0 END) AS BIGINT) AS foreign_n \
         FROM orders o JOIN cooperatives c ON c.id = o.cooperative_id \
         JOIN checkouts k ON k.id = o.checkout_id \
         WHERE {COUNTED_ORDER} AND {filter} \
         GROUP BY {month}, o.payment_method, c.region_code"
    );
    let rows = conn.query_all(statement(conn, &sql, values)).await?;
    rows.iter()
        .map(|r| {
            Ok(OrderCell {
                month: text(r, "m")?.unwrap_or_default(),
                method: text(r, "method")?.unwrap_or_default(),
                province: text(r, "province")?,
                orders: int(r, "n")?,
                gmv_vnd: int(r, "gmv")?,
                foreign_orders: int(r, "foreign_n")?,
            })
        })
        .collect()
}

/// Distinct buyers and selling cooperatives per province; the total counts each buyer once.
pub(super) struct People {
    pub buyers: HashMap<Option<String>, i64>,
    pub sellers: HashMap<Option<String>, i64>,
    pub all_buyers: i64,
}

pub(super) async fn people<C: ConnectionTrait>(
    conn: &C,
    period: &Period,
    province: Option<&str>,
) -> Result<People, AppError> {
    let (filter, values) = scope("o.created_at", "c", period, province);
    let from = format!(
        "FROM orders o JOIN cooperatives c ON c.id = o.cooperative_id \
         JOIN checkouts k ON k.id = o.checkout_id WHERE {COUNTED_ORDER} AND {filter}"
    );
    let per_province = format!(
        "SELECT c.region_code AS province, COUNT(DISTINCT LOWER(k.email)) AS buyers, \
         COUNT(DISTINCT o.cooperative_id) AS sellers {from} GROUP BY c.region_code"
    );
    let mut out = People {
        buyers: HashMap::new(),
        sellers: HashMap::new(),
        all_buyers: 0,
    };
    let total = format!("SELECT COUNT(DISTINCT LOWER(k.email)) AS buyers {from}");
    let (rows, all) = tokio::try_join!(
        conn.query_all(statement(conn, &per_province, values.clone())),
        conn.query_one(statement(conn, &total, values)),
    )?;
    for r in rows {
        let p = text(&r, "province")?;
        out.buyers.insert(p.clone(), int(&r, "buyers")?);
        out.sellers.insert(p, int(&r, "sellers")?);
    }
    if let Some(r) = all {
        out.all_buyers = int(&r, "buyers")?;
    }
    Ok(out)
}

/// Cooperatives that submitted, were approved or were suspended, per province and action.
pub(super) async fn status_changes<C: ConnectionTrait>(
    conn: &C,
    period: &Period,
    province: Option<&str>,
) -> Result<HashMap<(Option<String>, String), i64>, AppError> {
    let (filter, values) = scope("s.at", "c", period, province);
    let sql = format!(
        "SELECT c.region_code AS province, s.action AS action, COUNT(DISTINCT s.cooperative_id) AS n \
         FROM cooperative_status_changes s JOIN cooperatives c ON c.id = s.cooperative_id \
         WHERE s.action IN ('submit', 'approve', 'suspend') AND {filter} \
         GROUP BY c.region_code, s.action"
    );
    let mut out = HashMap::new();
    for r in conn.query_all(statement(conn, &sql, values)).await? {
        out.insert(
            (text(&r, "province")?, text(&r, "action")?.unwrap_or_default()),
            int(&r, "n")?,
        );
    }
    Ok(out)
}

/// A count per province of rows of `from` (which joins cooperatives as `c`) within the period.
async fn per_province<C: ConnectionTrait>(
    conn: &C,
    at: &str,
    from: &str,
    period: &Period,
    province: Option<&str>,
) -> Result<HashMap<Option<String>, i64>, AppError> {
    let (filter, values) = scope(at, "c", period, province);
    let sql =
        format!("SELECT c.region_code AS province, COUNT(*) AS n {from} AND {filter} GROUP BY c.region_code");
    let mut out = HashMap::new();
    for r in conn.query_all(statement(conn, &sql, values)).await? {
        out.insert(text(&r, "province")?, int(&r, "n")?);
    }
    Ok(out)
}

/// Products published for the first time in the period.
pub(super) async fn products_listed<C: ConnectionTrait>(
    conn: &C,
    period: &Period,
    province: Option<&str>,
) -> Result<HashMap<Option<String>, i64>, AppError> {
    let from =
        "FROM products p JOIN cooperatives c ON c.id = p.cooperative_id WHERE p.published_at IS NOT NULL";
    per_province(conn, "p.published_at", from, period, province).await
}

/// Batches recorded in the period.
pub(super) async fn batches<C: ConnectionTrait>(
    conn: &C,
    period: &Period,
    province: Option<&str>,
) -> Result<HashMap<Option<String>, i64>, AppError> {
    let from = "FROM batches b JOIN products p ON p.id = b.product_id \
                JOIN cooperatives c ON c.id = p.cooperative_id WHERE 1 = 1";
    per_province(conn, "b.created_at", from, period, province).await
}

/// Products whose OCOP certificate was verified in the period, per province and stars.
pub(super) async fn ocop_verified<C: ConnectionTrait>(
    conn: &C,
    period: &Period,
    province: Option<&str>,
) -> Result<HashMap<(Option<String>, i64), i64>, AppError> {
    let (filter, values) = scope("pc.decided_at", "c", period, province);
    let sql = format!(
        "SELECT c.region_code AS province, pc.stars AS stars, COUNT(DISTINCT pc.product_id) AS n \
         FROM product_certifications pc JOIN products p ON p.id = pc.product_id \
         JOIN cooperatives c ON c.id = p.cooperative_id \
         WHERE pc.kind = 'ocop' AND pc.status = 'verified' AND {filter} \
         GROUP BY c.region_code, pc.stars"
    );
    let mut out = HashMap::new();
    for r in conn.query_all(statement(conn, &sql, values)).await? {
        let stars = r.try_get::<Option<i32>>("", "stars")?.unwrap_or(0) as i64;
        out.insert((text(&r, "province")?, stars), int(&r, "n")?);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_numbered_for_postgres_only() {
        let sql = "SELECT 1 WHERE a = ? AND b < ?";
        assert_eq!(
            placeholders(DatabaseBackend::Postgres, sql),
            "SELECT 1 WHERE a = $1 AND b < $2"
        );
        assert_eq!(placeholders(DatabaseBackend::Sqlite, sql), sql);
    }
}
