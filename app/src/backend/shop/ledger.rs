//! The marketplace ledger. Stripe pays the platform; the platform pays cooperatives. For each order
//! paid by card (at payment) or paid in cash (at delivery) a sale records the gross, the
//! platform's commission and the net owed to the cooperative; a refunded card order adds the
//! opposite entry. A unique (order, kind) index makes repeated events harmless.

use super::settings;
use crate::backend::entities::{ledger_entries, orders, payouts};
use crate::domain::orders::LedgerKind;
use crate::error::AppError;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::OnConflict;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

/// The commission on `gross` at `bp` basis points, rounded half up to the đồng.
pub fn commission(gross: i64, bp: i32) -> i64 {
    (gross * i64::from(bp) + 5_000) / 10_000
}

async fn record<C: ConnectionTrait>(
    conn: &C,
    order: &orders::Model,
    kind: LedgerKind,
    sign: i64,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let bp = settings::commission_bp(conn, order.cooperative_id).await?;
    let gross = order.total_vnd;
    let fee = commission(gross, bp);
    let entry = ledger_entries::ActiveModel {
        order_id: Set(order.id),
        cooperative_id: Set(order.cooperative_id),
        kind: Set(kind),
        gross_vnd: Set(sign * gross),
        commission_bp: Set(bp),
        commission_vnd: Set(sign * fee),
        net_vnd: Set(sign * (gross - fee)),
        created_at: Set(now),
        ..Default::default()
    };
    ledger_entries::Entity::insert(entry)
        .on_conflict(
            OnConflict::columns([ledger_entries::Column::OrderId, ledger_entries::Column::Kind])
                .do_nothing()
                .to_owned(),
        )
        .do_nothing()
        .exec(conn)
        .await?;
    Ok(())
}

/// Records a sale once.
pub async fn record_sale<C: ConnectionTrait>(
    conn: &C,
    order: &orders::Model,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    record(conn, order, LedgerKind::Sale, 1, now).await
}

/// Reverses a recorded sale once (no sale, nothing to reverse).
pub async fn record_refund<C: ConnectionTrait>(
    conn: &C,
    order: &orders::Model,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let sold = ledger_entries::Entity::find()
        .filter(ledger_entries::Column::OrderId.eq(order.id))
        .filter(ledger_entries::Column::Kind.eq(LedgerKind::Sale))
        .one(conn)
        .await?;
    if sold.is_some() {
        record(conn, order, LedgerKind::Refund, -1, now).await?;
    }
    Ok(())
}

/// A cooperative's balance: (net earned, paid out, owed = earned - paid).
pub async fn balance<C: ConnectionTrait>(conn: &C, cooperative_id: i64) -> Result<(i64, i64, i64), AppError> {
    let earned: i64 = ledger_entries::Entity::find()
        .filter(ledger_entries::Column::CooperativeId.eq(cooperative_id))
        .all(conn)
        .await?
        .iter()
        .map(|e| e.net_vnd)
        .sum();
    let paid: i64 = payouts::Entity::find()
        .filter(payouts::Column::CooperativeId.eq(cooperative_id))
        .all(conn)
        .await?
        .iter()
        .map(|p| p.amount_vnd)
        .sum();
    Ok((earned, paid, earned - paid))
}

#[cfg(test)]
mod tests {
    use super::commission;

    #[test]
    fn commission_rounds_half_up_to_the_dong() {
        assert_eq!(commission(150_000, 800), 12_000);
        assert_eq!(commission(12_345, 800), 988);
        assert_eq!(commission(1, 5_000), 1);
        assert_eq!(commission(0, 800), 0);
    }
}
