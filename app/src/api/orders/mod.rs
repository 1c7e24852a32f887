//! Order server functions: the shopper's orders (by account, or by the secret link mailed to a
//! guest), the card payment's return, and the cooperative's order desk.

use crate::error::AppError;
use crate::model::orders::*;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::api::{locale as to_locale, session_user};
#[cfg(feature = "ssr")]
use crate::backend::{self, shop};
#[cfg(feature = "ssr")]
use crate::error::ErrorId;

/// A checkout and its orders, by the secret token in the shopper's link.
#[server(endpoint = "orders/by-token")]
pub async fn fetch_checkout(token: String, locale: String) -> Result<CheckoutView, AppError> {
    let state = backend::state()?;
    shop::queries::by_token(&state.db, &token, to_locale(&locale)).await
}

/// The shopper is back from Stripe's page: ask Stripe how the payment stands (the webhook may not
/// have arrived yet), then show the checkout.
#[server(endpoint = "orders/return")]
pub async fn return_from_payment(token: String, locale: String) -> Result<CheckoutView, AppError> {
    let state = backend::state()?;
    let checkout = shop::queries::checkout_by_token(&state.db, &token).await?;
    if let Err(e) = shop::payments::settle(&state, &checkout, chrono::Utc::now()).await {
        // The page still shows the checkout; the webhook or the expiry job settles it later.
        tracing::warn!(error = %e, "settling on return from Stripe failed");
    }
    shop::queries::by_token(&state.db, &token, to_locale(&locale)).await
}

/// Opens Stripe's page again for a card checkout still awaiting payment: a form posted here goes
/// there; a script gets its URL.
#[server(endpoint = "orders/pay")]
pub async fn pay_checkout(token: String) -> Result<String, AppError> {
    let state = backend::state()?;
    let checkout = shop::queries::checkout_by_token(&state.db, &token).await?;
    let url = shop::payments::start(&state, &checkout).await?;
    crate::api::redirect_form_post(&url);
    Ok(url)
}

/// The logged-in shopper's orders.
#[server(endpoint = "orders/mine")]
pub async fn fetch_my_orders(locale: String) -> Result<Vec<OrderRow>, AppError> {
    let (state, user) = session_user().await?;
    shop::queries::shopper_orders(&state.db, user.id, to_locale(&locale)).await
}

/// One of the logged-in shopper's orders.
#[server(endpoint = "orders/mine-one")]
pub async fn fetch_my_order(number: String, locale: String) -> Result<CheckoutView, AppError> {
    let (state, user) = session_user().await?;
    shop::queries::shopper_order(&state.db, user.id, &number, to_locale(&locale)).await
}

/// The shopper cancels an order (before confirmation) or confirms receipt. With `token` the
/// order must belong to that checkout; without, to the logged-in user.
#[server(endpoint = "orders/shopper-action")]
pub async fn shopper_order_action(
    number: String,
    action: String,
    token: Option<String>,
) -> Result<(), AppError> {
    use crate::domain::orders::{Actor, OrderAction};
    let state = backend::state()?;
    let order = match token.filter(|t| !t.is_empty()) {
        Some(token) => {
            let checkout = shop::queries::checkout_by_token(&state.db, &token).await?;
            backend::entities::orders::Entity::find()
                .filter(backend::entities::orders::Column::CheckoutId.eq(checkout.id))
                .filter(backend::entities::orders::Column::Number.eq(number.as_str()))
                .one(&state.db)
                .await?
                .ok_or(AppError::NotFound)?
        }
        None => {
            let (_, user) = session_user().await?;
            shop::queries::shopper_order_model(&state.db, user.id, &number)
                .await?
                .0
        }
    };
    let action = match action.as_str() {
        "cancel" => OrderAction::Cancel { reason: None },
        "complete" => OrderAction::Complete,
        _ => return Err(AppError::Refused(ErrorId::OrderTransition)),
    };
    let base = state.settings.public_base_url.to_string();
    shop::orders::apply(&state.db, &base, &order, Actor::Shopper, action).await?;
    state.wake_workers();
    Ok(())
}

#[cfg(feature = "ssr")]
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

/// A cooperative's orders (its members and administrators), optionally of one status.
#[server(endpoint = "orders/seller")]
pub async fn fetch_seller_orders(
    cooperative_id: Option<i64>,
    status: Option<String>,
    page: Option<u64>,
    locale: String,
) -> Result<SellerOrders, AppError> {
    let (state, user) = session_user().await?;
    let cooperative_id = crate::api::chosen_cooperative(&state, &user, cooperative_id).await?;
    shop::queries::seller_orders(
        &state.db,
        &user,
        cooperative_id,
        status.as_deref(),
        page.unwrap_or(1),
        to_locale(&locale),
    )
    .await
}

/// One order for its cooperative.
#[server(endpoint = "orders/seller-one")]
pub async fn fetch_seller_order(number: String, locale: String) -> Result<SellerOrder, AppError> {
    let (state, user) = session_user().await?;
    shop::queries::seller_order(&state.db, &user, &number, to_locale(&locale)).await
}

/// The cooperative acts on an order: confirm, ship (carrier and tracking code), deliver, or
/// cancel (with a reason).
#[server(endpoint = "orders/seller-action")]
pub async fn seller_order_action(
    number: String,
    action: String,
    #[server(default)] carrier: String,
    #[server(default)] tracking_code: String,
    #[server(default)] reason: String,
) -> Result<(), AppError> {
    use crate::domain::orders::{Actor, OrderAction};
    let (state, user) = session_user().await?;
    let order = shop::queries::seller_order_model(&state.db, &user, &number).await?;
    let action = match action.as_str() {
        "confirm" => OrderAction::Confirm,
        "ship" => OrderAction::Ship {
            carrier,
            tracking_code,
        },
        "deliver" => OrderAction::Deliver,
        "cancel" => OrderAction::Cancel { reason: Some(reason) },
        _ => return Err(AppError::Refused(ErrorId::OrderTransition)),
    };
    let base = state.settings.public_base_url.to_string();
    shop::orders::apply(&state.db, &base, &order, Actor::Cooperative, action).await?;
    state.wake_workers();
    Ok(())
}

/// The payments desk: balances, payouts and settings (administrators).
#[server(endpoint = "admin/payments")]
pub async fn fetch_payments_admin(locale: String) -> Result<PaymentsAdmin, AppError> {
    let (state, user) = session_user().await?;
    shop::admin::overview(&state.db, &user, to_locale(&locale)).await
}

/// Saves commission, card payment time and exchange rates (administrators).
#[server(endpoint = "admin/payment-settings")]
pub async fn save_payment_settings(fields: SettingsFields) -> Result<(), AppError> {
    let (state, user) = session_user().await?;
    shop::admin::save_settings(&state.db, &user, &fields).await
}

/// Sets the products featured on the home page, one product address or slug per line
/// (administrators).
#[server(endpoint = "admin/featured")]
pub async fn save_featured(featured: String) -> Result<(), AppError> {
    let (state, user) = session_user().await?;
    shop::admin::save_featured(&state.db, &user, &featured).await
}

/// Sets or removes a cooperative's own commission (administrators).
#[server(endpoint = "admin/commission")]
pub async fn set_commission(cooperative_id: i64, percent: String) -> Result<(), AppError> {
    let (state, user) = session_user().await?;
    shop::admin::set_override(&state.db, &user, cooperative_id, &percent).await
}

/// Records a payout to a cooperative (administrators).
#[server(endpoint = "admin/payout")]
pub async fn record_payout(fields: PayoutFields) -> Result<(), AppError> {
    let (state, user) = session_user().await?;
    shop::admin::record_payout(&state.db, &user, &fields).await
}
