//! Changing an order's status: the domain's state machine decides, this module records it — the
//! status (only if nobody changed it meanwhile), the history, released stock, the ledger, a refund
//! for a cancelled card payment, and mail to the shopper and the cooperative — in one transaction.

use super::{ledger, mails};
use crate::backend::entities::{checkouts, order_events, order_items, orders, product_variants};
use crate::backend::jobs;
use crate::backend::transactions::begin_write;
use crate::domain::orders::{
    next, Actor, OrderAction, OrderStatus, PaymentMethod, TransitionError, MAX_NOTE_CHARS,
};
use crate::error::AppError;
use crate::error::OrInternal;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, Set,
};

fn transition_error(e: TransitionError) -> AppError {
    match e {
        TransitionError::NotAllowed => AppError::Conflict(e.message_key().to_owned()),
        TransitionError::ReasonRequired => AppError::invalid("reason", e.message_key()),
        TransitionError::TrackingRequired => AppError::invalid("tracking_code", e.message_key()),
    }
}

/// Trims free text on an order; refuses markup and overlong text.
fn note(field: &str, text: &str) -> Result<String, AppError> {
    crate::domain::checkout::parse_text(text, MAX_NOTE_CHARS, false)
        .map(Option::unwrap_or_default)
        .map_err(|p| AppError::invalid(field, p.message_key()))
}

/// Applies `action` by `actor` to the order, inside the caller's transaction. The caller has
/// checked that `actor` may act on this order.
pub async fn apply_in<C: ConnectionTrait>(
    conn: &C,
    base_url: &str,
    order: &orders::Model,
    actor: Actor,
    action: OrderAction,
    now: DateTime<Utc>,
) -> Result<orders::Model, AppError> {
    let from = order.status;
    // Free text is checked before the machine so "<script>" is refused as such.
    let action = match action {
        OrderAction::Ship {
            carrier,
            tracking_code,
        } => OrderAction::Ship {
            carrier: note("carrier", &carrier)?,
            tracking_code: note("tracking_code", &tracking_code)?,
        },
        OrderAction::Cancel { reason } => OrderAction::Cancel {
            reason: Some(note("reason", reason.as_deref().unwrap_or(""))?).filter(|r| !r.is_empty()),
        },
        other => other,
    };
    let to = next(from, actor, &action).map_err(transition_error)?;

    let mut update = orders::Entity::update_many()
        .col_expr(orders::Column::Status, Expr::value(to))
        .col_expr(orders::Column::UpdatedAt, Expr::value(now));
    let mut event_note = None;
    match &action {
        OrderAction::Ship {
            carrier,
            tracking_code,
        } => {
            update = update
                .col_expr(orders::Column::Carrier, Expr::value(carrier.clone()))
                .col_expr(orders::Column::TrackingCode, Expr::value(tracking_code.clone()));
            event_note = Some(format!("{carrier} {tracking_code}"));
        }
        OrderAction::Cancel { reason: Some(reason) } => {
            update = update.col_expr(orders::Column::CancelReason, Expr::value(reason.clone()));
            event_note = Some(reason.clone());
        }
        _ => {}
    }
    // Only if nobody moved the order meanwhile (two tabs, the webhook and the return page…).
    let changed = update
        .filter(orders::Column::Id.eq(order.id))
        .filter(orders::Column::Status.eq(from))
        .exec(conn)
        .await?;
    if changed.rows_affected != 1 {
        let now_status = orders::Entity::find_by_id(order.id)
            .one(conn)
            .await?
            .map(|o| o.status.as_str().to_owned())
            .unwrap_or_default();
        return Err(AppError::Changed(now_status));
    }
    order_events::ActiveModel {
        order_id: Set(order.id),
        from_status: Set(Some(from)),
        to_status: Set(to),
        actor: Set(actor.as_str().to_owned()),
        note: Set(event_note),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await?;

    if to == OrderStatus::Cancelled && from.holds_stock() {
        release_stock(conn, order.id).await?;
    }
    let updated = orders::Entity::find_by_id(order.id)
        .one(conn)
        .await?
        .or_internal("the order just updated is missing")?;
    let card = order.payment_method == PaymentMethod::Card;
    match to {
        OrderStatus::Placed if card => ledger::record_sale(conn, &updated, now).await?,
        OrderStatus::Delivered if !card => ledger::record_sale(conn, &updated, now).await?,
        OrderStatus::Cancelled if card && from != OrderStatus::PendingPayment => {
            // Paid: give the money back (Stripe, off-request and retried), then reverse the sale.
            jobs::enqueue(conn, &super::payments::RefundOrder { order_id: order.id }, now).await?;
        }
        _ => {}
    }
    let checkout = checkouts::Entity::find_by_id(order.checkout_id)
        .one(conn)
        .await?
        .or_internal("the order just updated is missing")?;
    // A paid card order is announced as placed by `payments`; every other change is mailed here.
    if !(to == OrderStatus::Placed && from == OrderStatus::PendingPayment) {
        mails::status_changed(conn, base_url, &checkout, &updated, to).await?;
    }
    Ok(updated)
}

/// Applies `action` in its own transaction.
pub async fn apply(
    db: &DatabaseConnection,
    base_url: &str,
    order: &orders::Model,
    actor: Actor,
    action: OrderAction,
) -> Result<orders::Model, AppError> {
    let txn = begin_write(db).await?;
    let updated = apply_in(&txn, base_url, order, actor, action, Utc::now()).await?;
    txn.commit().await?;
    Ok(updated)
}

/// Gives an order's units back to stock.
async fn release_stock<C: ConnectionTrait>(conn: &C, order_id: i64) -> Result<(), AppError> {
    let mut items = order_items::Entity::find()
        .filter(order_items::Column::OrderId.eq(order_id))
        .all(conn)
        .await?;
    items.sort_by_key(|i| i.variant_id);
    let mut products = vec![];
    for item in items {
        // A variant deleted since has no stock to return to.
        product_variants::Entity::update_many()
            .col_expr(
                product_variants::Column::Stock,
                Expr::col(product_variants::Column::Stock).add(item.quantity),
            )
            .filter(product_variants::Column::Id.eq(item.variant_id))
            .exec(conn)
            .await?;
        products.push(item.product_id);
    }
    crate::backend::search::sync::enqueue(conn, &products).await?;
    Ok(())
}
