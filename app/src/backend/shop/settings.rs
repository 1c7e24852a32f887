//! Marketplace settings that administrators change: the commission (with per-cooperative
//! overrides), how long a card checkout holds stock, and indicative exchange rates.

use crate::backend::entities::{commission_overrides, currency_rates, marketplace_settings};
use crate::error::AppError;
use sea_orm::{ConnectionTrait, EntityTrait};

/// The commission when nothing is set: 8 %.
pub const DEFAULT_COMMISSION_BP: i32 = 800;
/// How long a card checkout waits for payment when nothing is set.
pub const DEFAULT_CARD_MINUTES: i64 = 60;
/// Stripe refuses Checkout Sessions that expire sooner than 30 minutes after they are made; five
/// more leave room for a shopper who reopens the payment page a little later.
pub const MIN_CARD_MINUTES: i64 = 35;

/// Sets a setting (inserting or replacing it) inside the caller's transaction.
pub async fn put<C: ConnectionTrait>(conn: &C, key: &str, value: String) -> Result<(), AppError> {
    use sea_orm::sea_query::OnConflict;
    use sea_orm::Set;
    marketplace_settings::Entity::insert(marketplace_settings::ActiveModel {
        key: Set(key.to_owned()),
        value: Set(value),
        updated_at: Set(chrono::Utc::now()),
    })
    .on_conflict(
        OnConflict::column(marketplace_settings::Column::Key)
            .update_columns([
                marketplace_settings::Column::Value,
                marketplace_settings::Column::UpdatedAt,
            ])
            .to_owned(),
    )
    .exec(conn)
    .await?;
    Ok(())
}

async fn get<C: ConnectionTrait>(conn: &C, key: &str) -> Result<Option<String>, AppError> {
    Ok(marketplace_settings::Entity::find_by_id(key.to_owned())
        .one(conn)
        .await?
        .map(|s| s.value))
}

/// The commission on a cooperative's orders, in basis points.
pub async fn commission_bp<C: ConnectionTrait>(conn: &C, cooperative_id: i64) -> Result<i32, AppError> {
    if let Some(o) = commission_overrides::Entity::find_by_id(cooperative_id)
        .one(conn)
        .await?
    {
        return Ok(o.commission_bp);
    }
    commission_bp_default(conn).await
}

/// Minutes a card checkout holds its stock while the shopper pays.
pub async fn card_payment_minutes<C: ConnectionTrait>(conn: &C) -> Result<i64, AppError> {
    Ok(get(conn, "card_payment_minutes")
        .await?
        .and_then(|v| v.parse().ok())
        .unwrap_or(DEFAULT_CARD_MINUTES)
        .max(MIN_CARD_MINUTES))
}

/// VND per unit of `currency`, ×1000.
pub async fn rate<C: ConnectionTrait>(conn: &C, currency: &str) -> Result<Option<i64>, AppError> {
    Ok(currency_rates::Entity::find_by_id(currency.to_owned())
        .one(conn)
        .await?
        .map(|r| r.vnd_per_unit_milli))
}

/// The marketplace-wide commission, in basis points.
pub async fn commission_bp_default<C: ConnectionTrait>(conn: &C) -> Result<i32, AppError> {
    Ok(get(conn, "commission_bp")
        .await?
        .and_then(|v| v.parse().ok())
        .unwrap_or(DEFAULT_COMMISSION_BP))
}

/// The most products featured on the home page.
pub const MAX_FEATURED: usize = 12;

/// The products administrators feature on the home page, in their order.
pub async fn featured_ids<C: ConnectionTrait>(conn: &C) -> Result<Vec<i64>, AppError> {
    Ok(get(conn, "featured_products")
        .await?
        .unwrap_or_default()
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect())
}
