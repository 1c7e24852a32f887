//! Cart and checkout server functions. The cart belongs to the logged-in user, or to the guest
//! holding the cart cookie; nobody can name another person's cart.

use crate::model::checkout_summary as summary;

use crate::error::AppError;
use crate::model::shop::*;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::api::locale as to_locale;
#[cfg(feature = "ssr")]
use crate::backend::{self, shop};
#[cfg(feature = "ssr")]
use crate::error::{ErrorId, OrInternal};

/// The request's cart owner; with `create`, a guest without a cart cookie gets one.
#[cfg(feature = "ssr")]
pub(crate) async fn cart_owner(
    state: &backend::AppState,
    create: bool,
) -> Result<
    (
        Option<shop::cart::CartOwner>,
        Option<backend::accounts::SessionUser>,
    ),
    AppError,
> {
    use backend::request::{cookie, RequestMeta};
    use shop::cart::{CartOwner, CART_COOKIE};
    let meta = RequestMeta::current(state.settings.trust_proxy).await;
    if let Some(user) = backend::accounts::current_user(&state.db, meta.session_token.as_deref()).await? {
        return Ok((Some(CartOwner::User(user.id)), Some(user)));
    }
    let headers: http::HeaderMap = leptos_axum::extract().await.unwrap_or_default();
    if let Some(token) = cookie(&headers, CART_COOKIE).filter(|t| (32..=64).contains(&t.len())) {
        return Ok((Some(CartOwner::guest(token)), None));
    }
    if !create {
        return Ok((None, None));
    }
    let token = uuid::Uuid::new_v4().simple().to_string() + &uuid::Uuid::new_v4().simple().to_string();
    set_cart_cookie(Some(&token), state.settings.secure_cookies);
    Ok((Some(CartOwner::guest(&token)), None))
}

/// Sets (or, with None, clears) the guest cart cookie.
#[cfg(feature = "ssr")]
pub(crate) fn set_cart_cookie(token: Option<&str>, secure: bool) {
    use crate::backend::shop::cart::{CART_COOKIE, GUEST_CART_DAYS};
    let secure = if secure { "; Secure" } else { "" };
    let value = match token {
        Some(t) => format!(
            "{CART_COOKIE}={t}; Path=/; HttpOnly; SameSite=Lax; Max-Age={}{secure}",
            GUEST_CART_DAYS * 86_400
        ),
        None => format!("{CART_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{secure}"),
    };
    if let (Some(options), Ok(value)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        http::HeaderValue::from_str(&value),
    ) {
        options.append_header(http::header::SET_COOKIE, value);
    }
}

#[cfg(feature = "ssr")]
fn quantity(input: &str) -> Result<i32, AppError> {
    crate::domain::checkout::parse_quantity(input).map_err(|p| AppError::invalid("quantity", p.message_key()))
}

/// The cart, checked again against prices, stock and availability.
#[server(endpoint = "shop/cart")]
pub async fn fetch_cart(locale: String) -> Result<CartView, AppError> {
    let state = backend::state()?;
    match cart_owner(&state, false).await? {
        (Some(owner), _) => shop::cart::view(&state.db, &owner, to_locale(&locale)).await,
        (None, _) => Ok(CartView::default()),
    }
}

/// Units in the cart, for the header.
#[server(endpoint = "shop/cart-count")]
pub async fn fetch_cart_count() -> Result<i64, AppError> {
    let state = backend::state()?;
    match cart_owner(&state, false).await? {
        (Some(owner), _) => shop::cart::count(&state.db, &owner).await,
        (None, _) => Ok(0),
    }
}

/// Adds units of a variant to the cart; returns the cart's unit count.
#[server(endpoint = "shop/add")]
pub async fn add_to_cart(variant_id: i64, quantity: String) -> Result<i64, AppError> {
    let n = self::quantity(&quantity)?;
    let state = backend::state()?;
    let (owner, _) = cart_owner(&state, true).await?;
    let owner = owner.or_internal("a cart owner was asked to be created")?;
    shop::cart::add(&state.db, &owner, variant_id, n).await
}

/// Changes a line's quantity; returns the cart's unit count.
#[server(endpoint = "shop/update")]
pub async fn update_cart_line(variant_id: i64, quantity: String) -> Result<i64, AppError> {
    let n = self::quantity(&quantity)?;
    let state = backend::state()?;
    let (owner, _) = cart_owner(&state, false).await?;
    let owner = owner.ok_or(AppError::NotFound)?;
    shop::cart::set_quantity(&state.db, &owner, variant_id, n).await
}

/// Removes a line; returns the cart's unit count.
#[server(endpoint = "shop/remove")]
pub async fn remove_cart_line(variant_id: i64) -> Result<i64, AppError> {
    let state = backend::state()?;
    let (owner, _) = cart_owner(&state, false).await?;
    let owner = owner.ok_or(AppError::NotFound)?;
    shop::cart::remove(&state.db, &owner, variant_id).await
}

/// Vietnam's provinces for the address form.
#[server(endpoint = "shop/regions")]
pub async fn fetch_regions(locale: String) -> Result<Vec<RegionOption>, AppError> {
    let state = backend::state()?;
    shop::checkout::regions(&state.db, to_locale(&locale)).await
}

/// The wards of a province (Vietnamese names, as on parcels).
#[server(endpoint = "shop/wards")]
pub async fn fetch_wards(region_code: String) -> Result<Vec<RegionOption>, AppError> {
    let state = backend::state()?;
    shop::checkout::wards_of(&state.db, region_code.trim()).await
}

/// The checkout summary for the cart and the destination chosen so far.
#[server(endpoint = "shop/quote")]
pub async fn fetch_quote(country: String, region_code: String, locale: String) -> Result<Quote, AppError> {
    let state = backend::state()?;
    let card = state.payments.is_some();
    match cart_owner(&state, false).await? {
        (Some(owner), _) => {
            shop::checkout::quote(
                &state.db,
                &owner,
                &country,
                &region_code,
                to_locale(&locale),
                card,
            )
            .await
        }
        (None, _) => Err(AppError::Conflict(ErrorId::CartEmpty)),
    }
}

/// A fresh idempotency key for the checkout form (made on the server so the page and its
/// hydration agree).
#[server(endpoint = "shop/checkout-key")]
pub async fn new_checkout_key() -> Result<String, AppError> {
    Ok(uuid::Uuid::new_v4().to_string())
}

/// Places the order: one checkout, one order per cooperative. Returns where to go next (the
/// order page, or Stripe's payment page).
#[server(endpoint = "shop/place")]
pub async fn place_order(fields: CheckoutFields, locale: String) -> Result<Placed, AppError> {
    let placed = place(&fields, to_locale(&locale)).await?;
    // A form posted before the page's script ran goes on to the order (or the card payment).
    crate::api::redirect_form_post(&placed.redirect);
    Ok(placed)
}

#[cfg(feature = "ssr")]
async fn place(fields: &CheckoutFields, locale: crate::i18n::Locale) -> Result<Placed, AppError> {
    let state = backend::state()?;
    let (owner, user) = cart_owner(&state, false).await?;
    let owner = owner.ok_or_else(|| AppError::Conflict(ErrorId::CartEmpty))?;
    let shopper = shop::checkout::Shopper {
        owner,
        user_id: user.map(|u| u.id),
        locale,
        base_url: state.settings.public_base_url.to_string(),
    };
    let placed = shop::checkout::place(
        &state.db,
        &shopper,
        fields,
        state.payments.is_some(),
        chrono::Utc::now(),
    )
    .await?;
    state.wake_workers();
    shop::payments::next_step(&state, &placed, locale).await
}

/// The checkout summary for the destination chosen so far, worded for the page (the checkout
/// form's island).
#[server(endpoint = "shop/summary")]
pub async fn checkout_summary(
    country: String,
    region_code: String,
    locale: String,
) -> Result<summary::Summary, AppError> {
    let locale = to_locale(&locale);
    summary_for(&country, &region_code, locale).await
}

/// The summary, or that of an empty cart when there is nothing left to check out.
#[cfg(feature = "ssr")]
pub(crate) async fn summary_for(
    country: &str,
    region_code: &str,
    locale: crate::i18n::Locale,
) -> Result<summary::Summary, AppError> {
    let quote = match fetch_quote(country.into(), region_code.into(), locale.code().into()).await {
        Err(AppError::Conflict(ErrorId::CartEmpty)) => Quote::default(),
        other => other?,
    };
    Ok(summary::Summary::of(&quote, crate::i18n::I18n { locale }))
}

/// Places the order from the checkout form's island: where to go next, or why nothing was placed
/// (in the shopper's language) with the summary as it is now.
#[server(endpoint = "shop/checkout")]
pub async fn checkout_place(
    fields: CheckoutFields,
    locale: String,
) -> Result<summary::PlaceOutcome, AppError> {
    use summary::{PlaceOutcome, Refusal};
    let locale = to_locale(&locale);
    match place(&fields, locale).await {
        Ok(placed) => Ok(PlaceOutcome::Placed {
            redirect: placed.redirect,
        }),
        Err(e) => Ok(PlaceOutcome::Refused {
            refusal: Refusal::of(&e, crate::i18n::I18n { locale }),
            summary: Box::new(summary_for(&fields.country, &fields.region_code, locale).await?),
        }),
    }
}

/// A cooperative's shipping rules (its members and administrators).
#[server(endpoint = "shop/shipping-rules")]
pub async fn fetch_shipping_rules(
    cooperative_id: Option<i64>,
    locale: String,
) -> Result<ShippingRulesView, AppError> {
    let (state, user) = crate::api::session_user().await?;
    let cooperative_id = crate::api::chosen_cooperative(&state, &user, cooperative_id).await?;
    shop::shipping::for_edit(&state.db, &user, cooperative_id, to_locale(&locale)).await
}

/// Saves a cooperative's shipping rules.
#[server(endpoint = "shop/save-shipping-rules")]
pub async fn save_shipping_rules(cooperative_id: i64, fields: ShippingFields) -> Result<(), AppError> {
    let (state, user) = crate::api::session_user().await?;
    shop::shipping::save(&state.db, &user, cooperative_id, &fields).await
}
