//! Card payments through Stripe Checkout, and what they do to checkouts and orders.
//!
//! A card checkout waits in `awaiting_payment` with its stock reserved. It becomes `paid` exactly
//! once — a conditional UPDATE decides whether the shopper's return from Stripe, the webhook, or
//! the expiry job got there first — or `expired`, releasing its stock, when Stripe's session
//! expires or the time set by administrators runs out. A payment that arrives for a checkout
//! already expired is refunded.

use super::checkout::order_page;
use super::orders::apply_in;
use super::{ledger, mails};
use crate::backend::entities::{checkouts, order_items, orders, payment_events};
use crate::backend::jobs;
use crate::backend::payments::stripe::{CheckoutLine, CheckoutRequest, StripeGateway, WebhookEvent};
use crate::backend::transactions::begin_write;
use crate::backend::AppState;
use crate::domain::orders::CheckoutStatus;
use crate::domain::orders::PaymentMethod;
use crate::domain::orders::{Actor, OrderAction, OrderStatus};
use crate::error::AppError;
use crate::error::ErrorId;
use crate::error::OrInternal;
use crate::i18n::{translate, Locale};
use crate::model::shop::Placed;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
    Set,
};

/// Job kind that settles a card checkout when its time to pay is up.
/// The job that settles a checkout when its time to pay runs out.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct ExpireCheckout {
    pub checkout_id: i64,
}

impl jobs::Job for ExpireCheckout {
    const KIND: &'static str = "checkout.expire";

    async fn run(self, ctx: &jobs::JobContext) -> Result<(), String> {
        expire(&ctx.state, self.checkout_id).await
    }
}

/// The job that gives a cancelled card order's money back.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct RefundOrder {
    pub order_id: i64,
}

impl jobs::Job for RefundOrder {
    const KIND: &'static str = "payment.refund";

    async fn run(self, ctx: &jobs::JobContext) -> Result<(), String> {
        refund(&ctx.state, self.order_id).await
    }
}

/// After placing: the order page, or Stripe's page for a card checkout still awaiting payment.
pub async fn next_step(
    state: &AppState,
    placed: &super::checkout::PlacedCheckout,
    locale: Locale,
) -> Result<Placed, AppError> {
    let checkout = &placed.checkout;
    if checkout.payment_method != PaymentMethod::Card || checkout.status != CheckoutStatus::AwaitingPayment {
        return Ok(order_page(locale, checkout));
    }
    let url = start(state, checkout).await?;
    Ok(Placed {
        token: checkout.public_token.clone(),
        redirect: url,
    })
}

/// Opens (or, for the same checkout, reopens: Stripe's idempotency returns the same session) a
/// Stripe Checkout Session for a card checkout, and schedules its expiry. Returns Stripe's URL.
pub async fn start(state: &AppState, checkout: &checkouts::Model) -> Result<String, AppError> {
    let gateway = state
        .payments
        .as_ref()
        .ok_or_else(|| AppError::Conflict(ErrorId::CardUnavailable))?;
    let db = &state.db;
    if checkout.status != CheckoutStatus::AwaitingPayment {
        return Err(AppError::Changed(checkout.status.as_str().to_owned()));
    }
    let pay_by = checkout
        .pay_by
        .or_internal("a card checkout without a payment deadline")?;
    let locale = Locale::from_code(&checkout.locale).unwrap_or_default();
    let request = checkout_request(db, state, checkout, locale, pay_by).await?;
    let session = gateway.create_checkout_session(&request).await.map_err(|e| {
        tracing::error!(error = %e, checkout = checkout.id, "creating the Stripe session failed");
        AppError::Conflict(ErrorId::PaymentUnavailable)
    })?;
    if checkout.stripe_session_id.as_deref() != Some(session.id.as_str()) {
        let txn = begin_write(db).await?;
        checkouts::Entity::update_many()
            .col_expr(
                checkouts::Column::StripeSessionId,
                Expr::value(session.id.clone()),
            )
            .col_expr(checkouts::Column::UpdatedAt, Expr::value(Utc::now()))
            .filter(checkouts::Column::Id.eq(checkout.id))
            .exec(&txn)
            .await?;
        jobs::enqueue(
            &txn,
            &ExpireCheckout {
                checkout_id: checkout.id,
            },
            pay_by,
        )
        .await?;
        txn.commit().await?;
    }
    Ok(session.url)
}

/// The Checkout Session request: one line per item (in VND, a zero-decimal currency) and one per
/// cooperative's shipping fee.
async fn checkout_request(
    db: &DatabaseConnection,
    state: &AppState,
    checkout: &checkouts::Model,
    locale: Locale,
    pay_by: DateTime<Utc>,
) -> Result<CheckoutRequest, AppError> {
    let list = orders::Entity::find()
        .filter(orders::Column::CheckoutId.eq(checkout.id))
        .order_by_asc(orders::Column::Id)
        .all(db)
        .await?;
    let items = order_items::Entity::find()
        .filter(order_items::Column::OrderId.is_in(list.iter().map(|o| o.id)))
        .order_by_asc(order_items::Column::Id)
        .all(db)
        .await?;
    let mut lines = vec![];
    for o in &list {
        for i in items.iter().filter(|i| i.order_id == o.id) {
            lines.push(CheckoutLine {
                name: format!("{} · {}", i.product_name, i.variant_label),
                unit_amount_vnd: i.unit_price_vnd,
                quantity: i.quantity as u64,
            });
        }
        if o.shipping_vnd > 0 {
            lines.push(CheckoutLine {
                name: format!("{} · {}", translate(locale, "checkout-shipping", None), o.number),
                unit_amount_vnd: o.shipping_vnd,
                quantity: 1,
            });
        }
    }
    let page = state.settings.absolute_url(&format!(
        "/{}/checkout/return?token={}",
        locale.code(),
        checkout.public_token
    ));
    Ok(CheckoutRequest {
        checkout_public_id: checkout.public_token.clone(),
        customer_email: checkout.email.clone(),
        locale: locale.code().to_owned(),
        lines,
        success_url: format!("{page}&session_id={{CHECKOUT_SESSION_ID}}"),
        cancel_url: page,
        expires_at_unix: pay_by.timestamp(),
        idempotency_key: format!("checkout-{}", checkout.public_token),
    })
}

/// Marks a checkout paid and its orders placed, once. Returns false if it was not awaiting
/// payment (already paid: nothing to do; expired: the payment is refunded).
pub async fn mark_paid_in<C: ConnectionTrait>(
    conn: &C,
    base_url: &str,
    checkout: &checkouts::Model,
    payment_intent: Option<String>,
    now: DateTime<Utc>,
) -> Result<bool, AppError> {
    let won = checkouts::Entity::update_many()
        .col_expr(checkouts::Column::Status, Expr::value(CheckoutStatus::Paid))
        .col_expr(checkouts::Column::PaidAt, Expr::value(now))
        .col_expr(
            checkouts::Column::StripePaymentIntent,
            Expr::value(payment_intent.clone()),
        )
        .col_expr(checkouts::Column::UpdatedAt, Expr::value(now))
        .filter(checkouts::Column::Id.eq(checkout.id))
        .filter(checkouts::Column::Status.eq(CheckoutStatus::AwaitingPayment))
        .exec(conn)
        .await?;
    if won.rows_affected != 1 {
        let current = checkouts::Entity::find_by_id(checkout.id)
            .one(conn)
            .await?
            .or_internal("the checkout being paid is missing")?;
        if current.status == CheckoutStatus::Expired && current.stripe_payment_intent.is_none() {
            // Paid after we gave the stock back: the money goes back too.
            tracing::warn!(
                checkout = checkout.id,
                "payment for an expired checkout; refunding"
            );
            checkouts::Entity::update_many()
                .col_expr(
                    checkouts::Column::StripePaymentIntent,
                    Expr::value(payment_intent),
                )
                .filter(checkouts::Column::Id.eq(checkout.id))
                .exec(conn)
                .await?;
            for o in orders_of(conn, checkout.id).await? {
                jobs::enqueue(conn, &RefundOrder { order_id: o.id }, now).await?;
            }
        }
        return Ok(false);
    }
    let mut placed = vec![];
    for o in orders_of(conn, checkout.id).await? {
        if o.status == OrderStatus::PendingPayment {
            placed.push(
                apply_in(
                    conn,
                    base_url,
                    &o,
                    Actor::System,
                    OrderAction::PaymentReceived,
                    now,
                )
                .await?,
            );
        }
    }
    let paid = checkouts::Entity::find_by_id(checkout.id)
        .one(conn)
        .await?
        .or_internal("the checkout being paid is missing")?;
    mails::order_placed(conn, base_url, &paid, &placed).await?;
    Ok(true)
}

/// Expires an unpaid card checkout, once: its orders are cancelled and their stock released.
pub async fn lapse_in<C: ConnectionTrait>(
    conn: &C,
    base_url: &str,
    checkout: &checkouts::Model,
    now: DateTime<Utc>,
) -> Result<bool, AppError> {
    let won = checkouts::Entity::update_many()
        .col_expr(checkouts::Column::Status, Expr::value(CheckoutStatus::Expired))
        .col_expr(checkouts::Column::UpdatedAt, Expr::value(now))
        .filter(checkouts::Column::Id.eq(checkout.id))
        .filter(checkouts::Column::Status.eq(CheckoutStatus::AwaitingPayment))
        .exec(conn)
        .await?;
    if won.rows_affected != 1 {
        return Ok(false);
    }
    for o in orders_of(conn, checkout.id).await? {
        if o.status == OrderStatus::PendingPayment {
            apply_in(conn, base_url, &o, Actor::System, OrderAction::PaymentLapsed, now).await?;
        }
    }
    Ok(true)
}

async fn orders_of<C: ConnectionTrait>(conn: &C, checkout_id: i64) -> Result<Vec<orders::Model>, AppError> {
    Ok(orders::Entity::find()
        .filter(orders::Column::CheckoutId.eq(checkout_id))
        .order_by_asc(orders::Column::Id)
        .all(conn)
        .await?)
}

/// Asks Stripe how a card checkout stands and records it: paid, expired, or still open. Used by
/// the shopper's return page and the expiry job, so a lost webhook never loses a payment.
pub async fn settle(
    state: &AppState,
    checkout: &checkouts::Model,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    if checkout.status != CheckoutStatus::AwaitingPayment {
        return Ok(());
    }
    let base_url = state.settings.public_base_url.to_string();
    let overdue = checkout.pay_by.is_some_and(|t| t <= now);
    let session = match (&state.payments, &checkout.stripe_session_id) {
        (Some(gateway), Some(id)) => Some(retrieve(gateway, id).await?),
        _ => None,
    };
    let txn = begin_write(&state.db).await?;
    match session {
        Some(s) if s.payment_status_paid => {
            mark_paid_in(&txn, &base_url, checkout, s.payment_intent, now).await?;
        }
        Some(s) if s.expired || (overdue && !s.status_complete) => {
            lapse_in(&txn, &base_url, checkout, now).await?;
        }
        None if overdue => {
            lapse_in(&txn, &base_url, checkout, now).await?;
        }
        _ => {}
    }
    txn.commit().await?;
    Ok(())
}

async fn retrieve(
    gateway: &StripeGateway,
    id: &str,
) -> Result<crate::backend::payments::stripe::SessionState, AppError> {
    gateway.retrieve_session(id).await.map_err(|e| {
        tracing::warn!(error = %e, session = id, "retrieving the Stripe session failed");
        AppError::Conflict(ErrorId::PaymentUnavailable)
    })
}

/// The expiry job: settles the checkout (with Stripe's word when there is a session).
async fn expire(state: &AppState, id: i64) -> Result<(), String> {
    let Some(checkout) = checkouts::Entity::find_by_id(id)
        .one(&state.db)
        .await
        .map_err(|e| e.to_string())?
    else {
        return Ok(());
    };
    settle(state, &checkout, Utc::now())
        .await
        .map_err(|e| e.to_string())
}

/// The refund job: gives a cancelled card order's money back through Stripe, then records it.
async fn refund(state: &AppState, id: i64) -> Result<(), String> {
    let db = &state.db;
    let order = orders::Entity::find_by_id(id)
        .one(db)
        .await
        .map_err(|e| e.to_string())?
        .ok_or("no such order")?;
    if order.refunded_at.is_some() {
        return Ok(());
    }
    let checkout = checkouts::Entity::find_by_id(order.checkout_id)
        .one(db)
        .await
        .map_err(|e| e.to_string())?
        .ok_or("no such checkout")?;
    let intent = checkout
        .stripe_payment_intent
        .as_deref()
        .ok_or("the checkout was never paid")?;
    let gateway = state.payments.as_ref().ok_or("Stripe is not configured")?;
    gateway
        .refund(intent, order.total_vnd, &format!("refund-{}", order.number))
        .await
        .map_err(|e| e.to_string())?;
    let now = Utc::now();
    let txn = begin_write(db).await.map_err(|e| e.to_string())?;
    orders::Entity::update_many()
        .col_expr(orders::Column::RefundedAt, Expr::value(now))
        .filter(orders::Column::Id.eq(order.id))
        .filter(orders::Column::RefundedAt.is_null())
        .exec(&txn)
        .await
        .map_err(|e| e.to_string())?;
    ledger::record_refund(&txn, &order, now)
        .await
        .map_err(|e| e.to_string())?;
    txn.commit().await.map_err(|e| e.to_string())
}

/// How a webhook delivery went, for the HTTP status Stripe sees.
#[derive(Debug, thiserror::Error)]
pub enum WebhookFailure {
    /// Bad or missing signature, stale timestamp, unreadable body: 400, Stripe should not retry.
    #[error("rejected: {0}")]
    Rejected(String),
    /// Our side failed: 500, Stripe retries later.
    #[error("failed: {0}")]
    Failed(#[from] AppError),
}

/// Handles one webhook delivery. Each event id is processed once: its row is inserted in the
/// same transaction as its effects, so a duplicate delivered meanwhile waits and then does nothing.
pub async fn handle_webhook(
    state: &AppState,
    payload: &[u8],
    signature: Option<&str>,
    now: DateTime<Utc>,
) -> Result<(), WebhookFailure> {
    let gateway = state
        .payments
        .as_ref()
        .ok_or_else(|| WebhookFailure::Rejected("Stripe is not configured".into()))?;
    let signature = signature.ok_or_else(|| WebhookFailure::Rejected("no Stripe-Signature header".into()))?;
    let event = gateway
        .verify_event(payload, signature, now.timestamp())
        .map_err(|e| WebhookFailure::Rejected(e.to_string()))?;
    let txn = begin_write(&state.db).await.map_err(AppError::from)?;
    let fresh = payment_events::Entity::insert(payment_events::ActiveModel {
        event_id: Set(event.id.clone()),
        kind: Set(event.kind.chars().take(80).collect()),
        received_at: Set(now),
    })
    .on_conflict(
        OnConflict::column(payment_events::Column::EventId)
            .do_nothing()
            .to_owned(),
    )
    .do_nothing()
    .exec(&txn)
    .await
    .map_err(AppError::from)?;
    if matches!(fresh, sea_orm::TryInsertResult::Conflicted) {
        tracing::info!(event = event.id, "Stripe event already processed");
        return Ok(());
    }
    apply_event(&txn, state.settings.public_base_url.as_ref(), &event, now).await?;
    txn.commit().await.map_err(AppError::from)?;
    Ok(())
}

async fn checkout_of_session<C: ConnectionTrait>(
    conn: &C,
    object: &serde_json::Value,
) -> Result<Option<checkouts::Model>, AppError> {
    let by_session = match object["id"].as_str() {
        Some(id) => {
            checkouts::Entity::find()
                .filter(checkouts::Column::StripeSessionId.eq(id))
                .one(conn)
                .await?
        }
        None => None,
    };
    if by_session.is_some() {
        return Ok(by_session);
    }
    // The session id is saved after Stripe answers; a crash in between leaves only our reference.
    match object["client_reference_id"].as_str() {
        Some(token) => Ok(checkouts::Entity::find()
            .filter(checkouts::Column::PublicToken.eq(token))
            .one(conn)
            .await?),
        None => Ok(None),
    }
}

async fn apply_event<C: ConnectionTrait>(
    conn: &C,
    base_url: &str,
    event: &WebhookEvent,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let object = &event.object;
    match event.kind.as_str() {
        "checkout.session.completed" | "checkout.session.async_payment_succeeded" => {
            if object["payment_status"].as_str() != Some("paid") {
                // Delayed methods report later with async_payment_succeeded/failed.
                return Ok(());
            }
            if let Some(checkout) = checkout_of_session(conn, object).await? {
                let intent = object["payment_intent"].as_str().map(str::to_owned);
                mark_paid_in(conn, base_url, &checkout, intent, now).await?;
            }
        }
        "checkout.session.expired" | "checkout.session.async_payment_failed" => {
            if let Some(checkout) = checkout_of_session(conn, object).await? {
                lapse_in(conn, base_url, &checkout, now).await?;
            }
        }
        "payment_intent.payment_failed" => {
            // Stripe's page lets the shopper try another card until the session expires; the
            // checkout stays open and the expiry releases its stock if no payment follows.
            tracing::info!(
                intent = object["id"].as_str().unwrap_or_default(),
                "a card payment attempt failed"
            );
        }
        "charge.refunded" => {
            let Some(intent) = object["payment_intent"].as_str() else {
                return Ok(());
            };
            let refunded = object["amount_refunded"].as_i64().unwrap_or(0);
            let Some(checkout) = checkouts::Entity::find()
                .filter(checkouts::Column::StripePaymentIntent.eq(intent))
                .one(conn)
                .await?
            else {
                return Ok(());
            };
            // A refund made from Stripe's dashboard for the whole checkout reverses every order;
            // our own per-order refunds are recorded by the refund job.
            if refunded >= checkout.total_vnd {
                for o in orders_of(conn, checkout.id).await? {
                    if o.refunded_at.is_none() {
                        let mut row: orders::ActiveModel = o.clone().into();
                        row.refunded_at = Set(Some(now));
                        row.update(conn).await?;
                        ledger::record_refund(conn, &o, now).await?;
                    }
                }
            }
        }
        other => tracing::debug!(kind = other, "Stripe event ignored"),
    }
    Ok(())
}
