//! Checkout: the summary for an address (quote), and placing the order — one checkout holding one
//! order per cooperative, stock reserved in the same transaction, prices read from the database.
//!
//! Stock is reserved with a conditional UPDATE (`stock = stock - n WHERE stock >= n`), so however
//! many buyers race for the last units, the database lets exactly as many through as there are
//! units; everyone else gets "out of stock" and nothing of theirs is written. Lines are reserved in
//! variant-id order so two checkouts never wait on each other's rows (no deadlock).

use super::cart::{self, CartOwner, LoadedLine};
use super::{mails, settings, shipping};
use crate::backend::catalog::public::cooperative_names;
use crate::backend::entities::{
    cart_items, checkouts, cooperatives, order_events, order_items, orders, product_variants, regions, wards,
};
use crate::backend::transactions::begin_write;
use crate::domain::checkout::{
    convert, display_currency, minor_units, parse_phone, parse_text, AddressForm, Destination,
    ShippingAddress, ShippingRules,
};
use crate::domain::orders::CheckoutStatus;
use crate::domain::orders::{order_number, PaymentMethod};
use crate::domain::Email;
use crate::error::ErrorId;
use crate::error::{AppError, FieldError};
use crate::i18n::Locale;
use crate::model::shop::{CheckoutFields, Indicative, Placed, Quote, QuoteGroup, QuoteLine, RegionOption};
use chrono::{DateTime, Utc};
use rand::RngCore;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, Set,
};

/// The provinces for the address form, in their usual order.
pub async fn regions(db: &DatabaseConnection, locale: Locale) -> Result<Vec<RegionOption>, AppError> {
    Ok(regions::Entity::find()
        .order_by_asc(regions::Column::SortOrder)
        .all(db)
        .await?
        .into_iter()
        .map(|r| RegionOption {
            name: r.name(locale).to_owned(),
            code: r.code,
        })
        .collect())
}

/// The wards of a province for the address form, by name.
pub async fn wards_of(db: &DatabaseConnection, region_code: &str) -> Result<Vec<RegionOption>, AppError> {
    Ok(wards::Entity::find()
        .filter(wards::Column::RegionCode.eq(region_code))
        .order_by_asc(wards::Column::Name)
        .all(db)
        .await?
        .into_iter()
        .map(|w| RegionOption {
            code: w.code,
            name: w.name,
        })
        .collect())
}

/// One cooperative's lines, priced.
struct PricedGroup {
    cooperative: cooperatives::Model,
    lines: Vec<LoadedLine>,
    subtotal: i64,
    shipping: Option<i64>,
    rules: ShippingRules,
}

/// The cart's checkable lines grouped and priced for a destination (None: domestic, province not
/// chosen yet — the flat fee).
async fn price<C: ConnectionTrait>(
    conn: &C,
    lines: Vec<LoadedLine>,
    destination: Option<&Destination>,
) -> Result<Vec<PricedGroup>, AppError> {
    let mut groups: Vec<PricedGroup> = vec![];
    for line in lines {
        match groups.last_mut() {
            Some(g) if g.cooperative.id == line.cooperative.id => g.lines.push(line),
            _ => groups.push(PricedGroup {
                cooperative: line.cooperative.clone(),
                lines: vec![line],
                subtotal: 0,
                shipping: None,
                rules: ShippingRules::default(),
            }),
        }
    }
    let ids: Vec<i64> = groups.iter().map(|g| g.cooperative.id).collect();
    let mut rules = shipping::rules_for(conn, &ids).await?;
    let any_region = Destination::Domestic {
        region_code: String::new(),
        ward: String::new(),
        street: String::new(),
    };
    for g in &mut groups {
        g.subtotal = g
            .lines
            .iter()
            .map(|l| l.variant.price_vnd * i64::from(l.item.quantity))
            .sum();
        g.rules = rules.remove(&g.cooperative.id).unwrap_or_default();
        g.shipping = g.rules.fee(destination.unwrap_or(&any_region), g.subtotal).ok();
    }
    Ok(groups)
}

/// The summary shown on the checkout page for the current cart and the address typed so far.
pub async fn quote(
    db: &DatabaseConnection,
    owner: &CartOwner,
    country: &str,
    region_code: &str,
    locale: Locale,
    card_enabled: bool,
) -> Result<Quote, AppError> {
    let lines = match cart::find(db, owner).await? {
        Some(c) => cart::load_lines(db, c.id, locale).await?,
        None => vec![],
    };
    let left_out = lines.iter().any(LoadedLine::unavailable);
    let lines: Vec<LoadedLine> = lines.into_iter().filter(|l| !l.unavailable()).collect();
    // Not enough stock for a line: the shopper changes the cart before placing the order.
    let blocked = lines.iter().any(|l| l.problem().is_some());
    let destination = destination_hint(country, region_code);
    let groups = price(db, lines, destination.as_ref()).await?;
    let coops: Vec<cooperatives::Model> = groups.iter().map(|g| g.cooperative.clone()).collect();
    let names = cooperative_names(db, &coops, locale).await?;
    let subtotal: i64 = groups.iter().map(|g| g.subtotal).sum();
    let shipping: i64 = groups.iter().filter_map(|g| g.shipping).sum();
    let total = subtotal + shipping;
    let indicative = match display_currency(locale.code()) {
        Some(currency) => settings::rate(db, currency).await?.and_then(|rate| {
            let units = minor_units(currency);
            convert(total, rate, units).map(|amount_minor| Indicative {
                currency: currency.to_owned(),
                amount_minor,
                minor_units: units,
            })
        }),
        None => None,
    };
    Ok(Quote {
        deliverable: groups.iter().all(|g| g.shipping.is_some()),
        cod_available: groups.iter().all(|g| g.rules.cod_enabled),
        card_available: card_enabled,
        groups: groups
            .into_iter()
            .map(|g| QuoteGroup {
                cooperative_name: names.get(&g.cooperative.id).cloned().unwrap_or_default(),
                cooperative_id: g.cooperative.id,
                subtotal_vnd: g.subtotal,
                shipping_vnd: g.shipping,
                cod_enabled: g.rules.cod_enabled,
                lines: g
                    .lines
                    .iter()
                    .map(|l| QuoteLine {
                        product_name: l.product_name.clone(),
                        variant_label: l.variant.label.clone(),
                        quantity: l.item.quantity,
                        unit_price_vnd: l.variant.price_vnd,
                        line_total_vnd: l.variant.price_vnd * i64::from(l.item.quantity),
                    })
                    .collect(),
            })
            .collect(),
        subtotal_vnd: subtotal,
        shipping_vnd: shipping,
        total_vnd: total,
        indicative,
        blocked,
        left_out,
    })
}

/// The destination as far as shipping fees care (country and province).
fn destination_hint(country: &str, region_code: &str) -> Option<Destination> {
    let country = country.trim().to_ascii_uppercase();
    if country.is_empty() || country == "VN" {
        let region_code = region_code.trim();
        (!region_code.is_empty()).then(|| Destination::Domestic {
            region_code: region_code.to_owned(),
            ward: String::new(),
            street: String::new(),
        })
    } else {
        Some(Destination::International {
            country,
            lines: String::new(),
        })
    }
}

/// The checked form.
struct CheckedCheckout {
    email: String,
    phone: String,
    address: ShippingAddress,
    note: Option<String>,
    method: PaymentMethod,
    idempotency_key: String,
    expected_total: i64,
}

/// Idempotency keys are made by the page: 16 to 80 letters, digits or hyphens.
fn valid_key(key: &str) -> bool {
    (16..=80).contains(&key.len()) && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

async fn check<C: ConnectionTrait>(conn: &C, f: &CheckoutFields) -> Result<CheckedCheckout, AppError> {
    let mut errors: Vec<FieldError> = vec![];
    let email = Email::parse(&f.email)
        .map(|e| e.as_str().to_owned())
        .map_err(|p| errors.push(FieldError::new("email", p.message_key())))
        .unwrap_or_default();
    let phone = parse_phone(&f.phone)
        .map_err(|p| errors.push(FieldError::new("phone", p.message_key())))
        .unwrap_or_default();
    // Only the province named needs looking up.
    let region = match f.region_code.trim() {
        "" => None,
        code => {
            regions::Entity::find_by_id(code.chars().take(32).collect::<String>())
                .one(conn)
                .await?
        }
    };
    let form = AddressForm {
        country: f.country.clone(),
        region_code: f.region_code.clone(),
        ward: f.ward.clone(),
        street: f.street.clone(),
        lines: f.lines.clone(),
        recipient: f.recipient.clone(),
    };
    // The ward chosen, looked up once: the form sends its code.
    let ward = match f.ward.trim() {
        "" => None,
        code => {
            wards::Entity::find_by_id(code.chars().take(8).collect::<String>())
                .one(conn)
                .await?
        }
    };
    let address = form
        .parse(
            |code| region.as_ref().is_some_and(|r| r.code == code),
            |region, code| {
                ward.as_ref()
                    .filter(|w| w.code == code && w.region_code == region)
                    .map(|w| w.name.clone())
            },
        )
        .map_err(|problems| {
            for (field, p) in problems {
                errors.push(FieldError::new(field, p.message_key()));
            }
        })
        .ok();
    let note = parse_text(&f.note, 500, false)
        .map_err(|p| errors.push(FieldError::new("note", p.message_key())))
        .unwrap_or_default();
    let method = PaymentMethod::parse(f.payment_method.trim());
    if method.is_none() {
        errors.push(FieldError::new("payment_method", ErrorId::PaymentMethod));
    }
    // The hidden fields come from our page; anything else is tampering, refused as a whole.
    let expected_total = f.expected_total.trim().parse::<i64>().ok().filter(|t| *t >= 0);
    if !valid_key(f.idempotency_key.trim()) || expected_total.is_none() {
        return Err(AppError::Refused(ErrorId::FormTampered));
    }
    match (errors.is_empty(), address, method, expected_total) {
        (true, Some(address), Some(method), Some(expected_total)) => Ok(CheckedCheckout {
            email,
            phone,
            address,
            note,
            method,
            idempotency_key: f.idempotency_key.trim().to_owned(),
            expected_total,
        }),
        _ => Err(AppError::Invalid(errors)),
    }
}

/// A checkout just placed (or found again by its idempotency key).
#[derive(Debug, Clone)]
pub struct PlacedCheckout {
    pub checkout: checkouts::Model,
    pub orders: Vec<orders::Model>,
    /// False when the idempotency key named an existing checkout.
    pub created: bool,
}

/// A random URL-safe token for the checkout's page.
fn new_token() -> String {
    use base64::Engine;
    let mut bytes = [0u8; 24];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

async fn unused_order_number<C: ConnectionTrait>(conn: &C) -> Result<String, AppError> {
    for _ in 0..8 {
        let mut random = [0u8; 6];
        rand::rngs::OsRng.fill_bytes(&mut random);
        let number = order_number(random);
        let taken = orders::Entity::find()
            .filter(orders::Column::Number.eq(number.as_str()))
            .count(conn)
            .await?;
        if taken == 0 {
            return Ok(number);
        }
    }
    Err(AppError::internal("no free order number"))
}

/// Places the owner's cart as one checkout with one order per cooperative. Nothing is written
/// unless everything succeeds: valid form, every line available and in stock, the total the
/// shopper saw still right, every cooperative able to deliver and take the payment method.
pub async fn place(
    db: &DatabaseConnection,
    shopper: &Shopper,
    fields: &CheckoutFields,
    card_enabled: bool,
    now: DateTime<Utc>,
) -> Result<PlacedCheckout, AppError> {
    let f = check(db, fields).await?;
    if let Some(found) = by_idempotency_key(db, &shopper.owner, &f.idempotency_key).await? {
        return Ok(found);
    }
    if f.method == PaymentMethod::Card && !card_enabled {
        return Err(AppError::invalid("payment_method", ErrorId::CardUnavailable));
    }
    match place_new(db, shopper, &f, now).await {
        Ok(placed) => Ok(placed),
        // The same form submitted twice at once: the other submission won the key.
        Err(e) => match by_idempotency_key(db, &shopper.owner, &f.idempotency_key).await? {
            Some(found) => Ok(found),
            None => Err(e),
        },
    }
}

/// Who is checking out.
#[derive(Debug, Clone)]
pub struct Shopper {
    pub owner: CartOwner,
    pub user_id: Option<i64>,
    pub locale: Locale,
    /// Base of the links in mails.
    pub base_url: String,
}

async fn place_new(
    db: &DatabaseConnection,
    shopper: &Shopper,
    f: &CheckedCheckout,
    now: DateTime<Utc>,
) -> Result<PlacedCheckout, AppError> {
    let (owner, user_id, locale) = (&shopper.owner, shopper.user_id, shopper.locale);
    let txn = begin_write(db).await?;
    let cart = cart::find(&txn, owner)
        .await?
        .ok_or_else(|| AppError::Conflict(ErrorId::CartEmpty))?;
    let all = cart::load_lines(&txn, cart.id, locale).await?;
    let any_unavailable = all.iter().any(LoadedLine::unavailable);
    // Lines no longer sold stay in the cart, flagged; the rest is ordered (as the summary showed).
    let lines: Vec<LoadedLine> = all.into_iter().filter(|l| !l.unavailable()).collect();
    if lines.is_empty() {
        let key = if any_unavailable {
            ErrorId::CartUnavailable
        } else {
            ErrorId::CartEmpty
        };
        return Err(AppError::Conflict(key));
    }
    if lines.iter().any(|l| l.problem().is_some()) {
        return Err(AppError::Conflict(ErrorId::OutOfStock));
    }
    let placed_items: Vec<i64> = lines.iter().map(|l| l.item.id).collect();
    let groups = price(&txn, lines, Some(&f.address.destination)).await?;
    if groups.iter().any(|g| g.shipping.is_none()) {
        return Err(AppError::invalid("country", ErrorId::NoInternationalShipping));
    }
    if f.method == PaymentMethod::CashOnDelivery && groups.iter().any(|g| !g.rules.cod_enabled) {
        return Err(AppError::invalid("payment_method", ErrorId::CodUnavailable));
    }
    let total: i64 = groups.iter().map(|g| g.subtotal + g.shipping.unwrap_or(0)).sum();
    if total != f.expected_total {
        // The shopper is shown the new total and confirms again.
        return Err(AppError::Conflict(ErrorId::CheckoutPriceChanged));
    }

    let mut reservations: Vec<(i64, i32)> = groups
        .iter()
        .flat_map(|g| g.lines.iter().map(|l| (l.variant.id, l.item.quantity)))
        .collect();
    reservations.sort_unstable();
    for (variant_id, quantity) in &reservations {
        let reserved = product_variants::Entity::update_many()
            .col_expr(
                product_variants::Column::Stock,
                Expr::col(product_variants::Column::Stock).sub(*quantity),
            )
            .filter(product_variants::Column::Id.eq(*variant_id))
            .filter(product_variants::Column::Stock.gte(*quantity))
            .exec(&txn)
            .await?;
        if reserved.rows_affected != 1 {
            // Dropping the transaction rolls back the units reserved so far.
            return Err(AppError::Conflict(ErrorId::OutOfStock));
        }
    }

    let (country, region_code, ward, street, address_lines) = match &f.address.destination {
        Destination::Domestic {
            region_code,
            ward,
            street,
        } => (
            "VN".to_owned(),
            Some(region_code.clone()),
            Some(ward.clone()),
            Some(street.clone()),
            None,
        ),
        Destination::International { country, lines } => {
            (country.clone(), None, None, None, Some(lines.clone()))
        }
    };
    let card = f.method == PaymentMethod::Card;
    let pay_by = if card {
        Some(now + chrono::Duration::minutes(settings::card_payment_minutes(&txn).await?))
    } else {
        None
    };
    let checkout = checkouts::ActiveModel {
        public_token: Set(new_token()),
        idempotency_key: Set(f.idempotency_key.clone()),
        cart_owner: Set(owner.label()),
        user_id: Set(user_id),
        email: Set(f.email.clone()),
        phone: Set(f.phone.clone()),
        locale: Set(locale.code().to_owned()),
        recipient: Set(f.address.recipient.clone()),
        country: Set(country),
        region_code: Set(region_code),
        ward: Set(ward),
        street: Set(street),
        address_lines: Set(address_lines),
        note: Set(f.note.clone()),
        payment_method: Set(f.method),
        status: Set(if card {
            CheckoutStatus::AwaitingPayment
        } else {
            CheckoutStatus::CashOnDelivery
        }),
        total_vnd: Set(total),
        stripe_session_id: Set(None),
        stripe_payment_intent: Set(None),
        pay_by: Set(pay_by),
        paid_at: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;

    let status = f.method.initial_status();
    let mut placed_orders = vec![];
    for g in &groups {
        let shipping = g.shipping.unwrap_or(0);
        let order = orders::ActiveModel {
            number: Set(unused_order_number(&txn).await?),
            checkout_id: Set(checkout.id),
            cooperative_id: Set(g.cooperative.id),
            status: Set(status),
            payment_method: Set(f.method),
            subtotal_vnd: Set(g.subtotal),
            shipping_vnd: Set(shipping),
            total_vnd: Set(g.subtotal + shipping),
            carrier: Set(None),
            tracking_code: Set(None),
            cancel_reason: Set(None),
            refunded_at: Set(None),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        for l in &g.lines {
            order_items::ActiveModel {
                order_id: Set(order.id),
                variant_id: Set(l.variant.id),
                product_id: Set(l.product.id),
                product_name: Set(l.product_name.chars().take(200).collect()),
                variant_label: Set(l.variant.label.clone()),
                sku: Set(l.variant.sku.clone()),
                unit_price_vnd: Set(l.variant.price_vnd),
                quantity: Set(l.item.quantity),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
        }
        order_events::ActiveModel {
            order_id: Set(order.id),
            from_status: Set(None),
            to_status: Set(status),
            actor: Set(crate::domain::orders::Actor::Shopper.as_str().to_owned()),
            note: Set(None),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        placed_orders.push(order);
    }
    cart_items::Entity::delete_many()
        .filter(cart_items::Column::Id.is_in(placed_items))
        .exec(&txn)
        .await?;
    // "In stock only" searches follow the reserved units.
    let product_ids: Vec<i64> = groups
        .iter()
        .flat_map(|g| g.lines.iter().map(|l| l.product.id))
        .collect();
    crate::backend::search::sync::enqueue(&txn, &product_ids).await?;
    if !card {
        // Card orders are announced once paid.
        mails::order_placed(&txn, &shopper.base_url, &checkout, &placed_orders).await?;
    }
    txn.commit().await?;
    Ok(PlacedCheckout {
        checkout,
        orders: placed_orders,
        created: true,
    })
}

/// The checkout already made with this key by this cart's owner (a double submission).
async fn by_idempotency_key(
    db: &DatabaseConnection,
    owner: &CartOwner,
    key: &str,
) -> Result<Option<PlacedCheckout>, AppError> {
    let Some(checkout) = checkouts::Entity::find()
        .filter(checkouts::Column::IdempotencyKey.eq(key))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    if checkout.cart_owner != owner.label() {
        // Someone else's key: never reveal or reuse their checkout.
        return Err(AppError::Refused(ErrorId::FormTampered));
    }
    let orders = orders::Entity::find()
        .filter(orders::Column::CheckoutId.eq(checkout.id))
        .order_by_asc(orders::Column::Id)
        .all(db)
        .await?;
    Ok(Some(PlacedCheckout {
        checkout,
        orders,
        created: false,
    }))
}

/// Where the shopper goes after placing a checkout paid on delivery (or already paid).
pub fn order_page(locale: Locale, checkout: &checkouts::Model) -> Placed {
    Placed {
        token: checkout.public_token.clone(),
        redirect: format!("/{}/orders/t/{}", locale.code(), checkout.public_token),
    }
}
