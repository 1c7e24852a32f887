//! Reading orders: a checkout by its secret token, a shopper's orders, a cooperative's orders (with
//! status filter, pages and CSV export). Who may read what is checked here.

use crate::backend::accounts::SessionUser;
use crate::backend::catalog::public::cooperative_names;
use crate::backend::cooperatives::access;
use crate::backend::entities::{checkouts, cooperatives, order_events, order_items, orders, regions};
use crate::domain::orders::{available, Actor, OrderStatus};
use crate::error::AppError;
use crate::error::ErrorId;
use crate::error::OrInternal;
use crate::i18n::{translate, Locale};
use crate::model::orders::{
    AddressView, CheckoutView, OrderEventView, OrderItemView, OrderRow, OrderView, SellerOrder, SellerOrders,
};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect,
};
use std::collections::HashMap;

/// Orders per page of the cooperative's list.
pub const PAGE_SIZE: u64 = 50;

/// The address of a checkout as printable lines.
pub async fn address<C: ConnectionTrait>(
    conn: &C,
    c: &checkouts::Model,
    locale: Locale,
) -> Result<AddressView, AppError> {
    let region = match &c.region_code {
        Some(code) => regions::Entity::find_by_id(code.clone())
            .one(conn)
            .await?
            .map(|r| r.name(locale).to_owned()),
        None => None,
    };
    Ok(address_lines(c, region, locale))
}

/// The address with its province already named (lists read every province once).
fn address_lines(c: &checkouts::Model, region: Option<String>, locale: Locale) -> AddressView {
    let mut lines = vec![];
    if c.country == "VN" {
        lines.extend(c.street.clone());
        lines.extend(c.ward.clone());
        lines.extend(region);
    } else {
        lines.extend(c.address_lines.iter().flat_map(|l| l.lines()).map(str::to_owned));
    }
    lines.push(translate(locale, &format!("country-{}", c.country), None));
    AddressView {
        recipient: c.recipient.clone(),
        lines,
    }
}

/// Full views of `orders`, with the actions `actor` may take.
async fn order_views<C: ConnectionTrait>(
    conn: &C,
    list: Vec<orders::Model>,
    actor: Actor,
    locale: Locale,
) -> Result<Vec<OrderView>, AppError> {
    let ids: Vec<i64> = list.iter().map(|o| o.id).collect();
    let mut items: HashMap<i64, Vec<order_items::Model>> = HashMap::new();
    for i in order_items::Entity::find()
        .filter(order_items::Column::OrderId.is_in(ids.clone()))
        .order_by_asc(order_items::Column::Id)
        .all(conn)
        .await?
    {
        items.entry(i.order_id).or_default().push(i);
    }
    let mut events: HashMap<i64, Vec<order_events::Model>> = HashMap::new();
    for e in order_events::Entity::find()
        .filter(order_events::Column::OrderId.is_in(ids))
        .order_by_asc(order_events::Column::Id)
        .all(conn)
        .await?
    {
        events.entry(e.order_id).or_default().push(e);
    }
    let coops = cooperatives::Entity::find()
        .filter(cooperatives::Column::Id.is_in(list.iter().map(|o| o.cooperative_id)))
        .all(conn)
        .await?;
    let slugs: HashMap<i64, String> = coops.iter().map(|c| (c.id, c.slug.clone())).collect();
    let names = cooperative_names(conn, &coops, locale).await?;
    Ok(list
        .into_iter()
        .map(|o| {
            let status = o.status;
            OrderView {
                actions: available(status, actor).into_iter().map(str::to_owned).collect(),
                items: items
                    .remove(&o.id)
                    .unwrap_or_default()
                    .into_iter()
                    .map(|i| OrderItemView {
                        line_total_vnd: i.unit_price_vnd * i64::from(i.quantity),
                        product_name: i.product_name,
                        variant_label: i.variant_label,
                        sku: i.sku,
                        unit_price_vnd: i.unit_price_vnd,
                        quantity: i.quantity,
                    })
                    .collect(),
                events: events
                    .remove(&o.id)
                    .unwrap_or_default()
                    .into_iter()
                    .map(|e| OrderEventView {
                        to_status: e.to_status,
                        actor: e.actor,
                        note: e.note,
                        at: e.created_at,
                    })
                    .collect(),
                cooperative_name: names.get(&o.cooperative_id).cloned().unwrap_or_default(),
                cooperative_slug: slugs.get(&o.cooperative_id).cloned().unwrap_or_default(),
                number: o.number,
                status: o.status,
                payment_method: o.payment_method,
                subtotal_vnd: o.subtotal_vnd,
                shipping_vnd: o.shipping_vnd,
                total_vnd: o.total_vnd,
                carrier: o.carrier,
                tracking_code: o.tracking_code,
                cancel_reason: o.cancel_reason,
                refunded: o.refunded_at.is_some(),
                created_at: o.created_at,
            }
        })
        .collect())
}

async fn checkout_view<C: ConnectionTrait>(
    conn: &C,
    checkout: checkouts::Model,
    only: Option<&str>,
    locale: Locale,
) -> Result<CheckoutView, AppError> {
    let mut list = orders::Entity::find()
        .filter(orders::Column::CheckoutId.eq(checkout.id))
        .order_by_asc(orders::Column::Id)
        .all(conn)
        .await?;
    if let Some(number) = only {
        list.retain(|o| o.number == number);
    }
    Ok(CheckoutView {
        address: address(conn, &checkout, locale).await?,
        orders: order_views(conn, list, Actor::Shopper, locale).await?,
        token: checkout.public_token,
        email: checkout.email,
        phone: checkout.phone,
        note: checkout.note,
        payment_method: checkout.payment_method,
        status: checkout.status,
        total_vnd: checkout.total_vnd,
        created_at: checkout.created_at,
        pay_by: checkout.pay_by,
    })
}

/// A checkout by its secret token (anyone holding the link: the shopper's mail).
pub async fn checkout_by_token<C: ConnectionTrait>(
    conn: &C,
    token: &str,
) -> Result<checkouts::Model, AppError> {
    if token.len() < 20 || token.len() > 64 {
        return Err(AppError::NotFound);
    }
    checkouts::Entity::find()
        .filter(checkouts::Column::PublicToken.eq(token))
        .one(conn)
        .await?
        .ok_or(AppError::NotFound)
}

/// The checkout page behind a token.
pub async fn by_token(
    db: &DatabaseConnection,
    token: &str,
    locale: Locale,
) -> Result<CheckoutView, AppError> {
    let checkout = checkout_by_token(db, token).await?;
    checkout_view(db, checkout, None, locale).await
}

/// One of the user's own orders, by number; NotFound for anyone else's.
pub async fn shopper_order_model(
    db: &DatabaseConnection,
    user_id: i64,
    number: &str,
) -> Result<(orders::Model, checkouts::Model), AppError> {
    let order = orders::Entity::find()
        .filter(orders::Column::Number.eq(number))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let checkout = checkouts::Entity::find_by_id(order.checkout_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    if checkout.user_id != Some(user_id) {
        return Err(AppError::NotFound);
    }
    Ok((order, checkout))
}

/// One of the user's orders with its checkout's address and history.
pub async fn shopper_order(
    db: &DatabaseConnection,
    user_id: i64,
    number: &str,
    locale: Locale,
) -> Result<CheckoutView, AppError> {
    let (_, checkout) = shopper_order_model(db, user_id, number).await?;
    checkout_view(db, checkout, Some(number), locale).await
}

/// The user's orders, newest first.
pub async fn shopper_orders(
    db: &DatabaseConnection,
    user_id: i64,
    locale: Locale,
) -> Result<Vec<OrderRow>, AppError> {
    let checkouts: HashMap<i64, checkouts::Model> = checkouts::Entity::find()
        .filter(checkouts::Column::UserId.eq(user_id))
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.id, c))
        .collect();
    let list = orders::Entity::find()
        .filter(orders::Column::CheckoutId.is_in(checkouts.keys().copied()))
        .order_by_desc(orders::Column::Id)
        .all(db)
        .await?;
    rows(db, list, &checkouts, locale).await
}

async fn rows(
    db: &DatabaseConnection,
    list: Vec<orders::Model>,
    checkouts: &HashMap<i64, checkouts::Model>,
    locale: Locale,
) -> Result<Vec<OrderRow>, AppError> {
    let coops = cooperatives::Entity::find()
        .filter(cooperatives::Column::Id.is_in(list.iter().map(|o| o.cooperative_id)))
        .all(db)
        .await?;
    let names = cooperative_names(db, &coops, locale).await?;
    let mut units: HashMap<i64, i64> = HashMap::new();
    for i in order_items::Entity::find()
        .filter(order_items::Column::OrderId.is_in(list.iter().map(|o| o.id)))
        .all(db)
        .await?
    {
        *units.entry(i.order_id).or_default() += i64::from(i.quantity);
    }
    Ok(list
        .into_iter()
        .map(|o| OrderRow {
            cooperative_name: names.get(&o.cooperative_id).cloned().unwrap_or_default(),
            recipient: checkouts
                .get(&o.checkout_id)
                .map(|c| c.recipient.clone())
                .unwrap_or_default(),
            units: units.get(&o.id).copied().unwrap_or_default(),
            number: o.number,
            status: o.status,
            payment_method: o.payment_method,
            total_vnd: o.total_vnd,
            created_at: o.created_at,
        })
        .collect())
}

fn status_filter(status: Option<&str>) -> Result<Option<OrderStatus>, AppError> {
    match status.map(str::trim).filter(|s| !s.is_empty() && *s != "all") {
        None => Ok(None),
        Some(s) => OrderStatus::parse(s)
            .map(Some)
            .ok_or_else(|| AppError::invalid("status", ErrorId::OrderStatus)),
    }
}

/// A cooperative's orders for its members (and administrators), newest first.
pub async fn seller_orders(
    db: &DatabaseConnection,
    user: &SessionUser,
    cooperative_id: i64,
    status: Option<&str>,
    page: u64,
    locale: Locale,
) -> Result<SellerOrders, AppError> {
    let (coop, _) = access::load(db, user, cooperative_id).await?;
    let filter = status_filter(status)?;
    // One grouped count for the tabs, every status listed (zero where there are none).
    let by_status: HashMap<String, i64> = orders::Entity::find()
        .select_only()
        .column(orders::Column::Status)
        .column_as(orders::Column::Id.count(), "n")
        .filter(orders::Column::CooperativeId.eq(coop.id))
        .group_by(orders::Column::Status)
        .into_tuple::<(String, i64)>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let counts = OrderStatus::ALL
        .iter()
        .map(|s| {
            (
                s.as_str().to_owned(),
                by_status.get(s.as_str()).copied().unwrap_or(0) as u64,
            )
        })
        .collect();
    let mut q = orders::Entity::find().filter(orders::Column::CooperativeId.eq(coop.id));
    if let Some(s) = filter {
        q = q.filter(orders::Column::Status.eq(s));
    }
    let paginator = q.order_by_desc(orders::Column::Id).paginate(db, PAGE_SIZE);
    let pages = paginator.num_pages().await?.max(1);
    let page = page.clamp(1, pages);
    let list = paginator.fetch_page(page - 1).await?;
    let checkouts: HashMap<i64, checkouts::Model> = checkouts::Entity::find()
        .filter(checkouts::Column::Id.is_in(list.iter().map(|o| o.checkout_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.id, c))
        .collect();
    let names = cooperative_names(db, std::slice::from_ref(&coop), locale).await?;
    Ok(SellerOrders {
        cooperative_id: coop.id,
        cooperative_name: names.get(&coop.id).cloned().unwrap_or_default(),
        status: filter.map(|s| s.as_str().to_owned()),
        counts,
        rows: rows(db, list, &checkouts, locale).await?,
        page,
        pages,
    })
}

/// An order by number for a member of its cooperative (NotFound for anyone else).
pub async fn seller_order_model(
    db: &DatabaseConnection,
    user: &SessionUser,
    number: &str,
) -> Result<orders::Model, AppError> {
    let order = orders::Entity::find()
        .filter(orders::Column::Number.eq(number))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    access::load(db, user, order.cooperative_id).await?;
    Ok(order)
}

/// An order with whom to deliver to, for its cooperative.
pub async fn seller_order(
    db: &DatabaseConnection,
    user: &SessionUser,
    number: &str,
    locale: Locale,
) -> Result<SellerOrder, AppError> {
    let order = seller_order_model(db, user, number).await?;
    let checkout = checkouts::Entity::find_by_id(order.checkout_id)
        .one(db)
        .await?
        .or_internal("an order's checkout is missing")?;
    let cooperative_id = order.cooperative_id;
    let view = order_views(db, vec![order], Actor::Cooperative, locale)
        .await?
        .pop()
        .or_internal("an order's checkout is missing")?;
    Ok(SellerOrder {
        cooperative_id,
        order: view,
        address: address(db, &checkout, locale).await?,
        email: checkout.email,
        phone: checkout.phone,
        note: checkout.note,
    })
}

/// The cooperative's orders (optionally of one status) as CSV, one row per item, for spreadsheets.
pub async fn seller_csv(
    db: &DatabaseConnection,
    user: &SessionUser,
    cooperative_id: i64,
    status: Option<&str>,
    locale: Locale,
) -> Result<String, AppError> {
    let (coop, _) = access::load(db, user, cooperative_id).await?;
    let filter = status_filter(status)?;
    let mut q = orders::Entity::find().filter(orders::Column::CooperativeId.eq(coop.id));
    if let Some(s) = filter {
        q = q.filter(orders::Column::Status.eq(s));
    }
    let list = q.order_by_desc(orders::Column::Id).all(db).await?;
    let checkouts: HashMap<i64, checkouts::Model> = checkouts::Entity::find()
        .filter(checkouts::Column::Id.is_in(list.iter().map(|o| o.checkout_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.id, c))
        .collect();
    let mut items: HashMap<i64, Vec<order_items::Model>> = HashMap::new();
    for i in order_items::Entity::find()
        .filter(order_items::Column::OrderId.is_in(list.iter().map(|o| o.id)))
        .order_by_asc(order_items::Column::Id)
        .all(db)
        .await?
    {
        items.entry(i.order_id).or_default().push(i);
    }
    let region_names: HashMap<String, String> = regions::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|r| (r.code.clone(), r.name(locale).to_owned()))
        .collect();
    let mut out = csv::Writer::from_writer(vec![]);
    let header = [
        "csv-order",
        "csv-date",
        "csv-status",
        "csv-payment",
        "csv-recipient",
        "csv-phone",
        "csv-address",
        "csv-sku",
        "csv-product",
        "csv-variant",
        "csv-quantity",
        "csv-unit-price",
        "csv-shipping",
        "csv-total",
        "csv-carrier",
        "csv-tracking",
    ]
    .map(|k| translate(locale, k, None));
    out.write_record(&header).or_internal("writing the orders CSV")?;
    for o in &list {
        let Some(c) = checkouts.get(&o.checkout_id) else {
            continue;
        };
        let region = c
            .region_code
            .as_ref()
            .and_then(|code| region_names.get(code).cloned());
        let addr = address_lines(c, region, locale).lines.join(", ");
        let status = translate(locale, o.status.message_key(), None);
        for i in items.get(&o.id).into_iter().flatten() {
            let row = [
                o.number.clone(),
                o.created_at.to_rfc3339(),
                status.clone(),
                translate(locale, &format!("payment-{}", o.payment_method), None),
                c.recipient.clone(),
                c.phone.clone(),
                addr.clone(),
                i.sku.clone(),
                i.product_name.clone(),
                i.variant_label.clone(),
                i.quantity.to_string(),
                i.unit_price_vnd.to_string(),
                o.shipping_vnd.to_string(),
                o.total_vnd.to_string(),
                o.carrier.clone().unwrap_or_default(),
                o.tracking_code.clone().unwrap_or_default(),
            ]
            .map(|cell| defuse(&cell));
            out.write_record(&row).or_internal("writing the orders CSV")?;
        }
    }
    let bytes = out.into_inner().or_internal("finishing the orders CSV")?;
    // A BOM so spreadsheet programs read Vietnamese text as UTF-8.
    Ok(format!("\u{feff}{}", String::from_utf8_lossy(&bytes)))
}

/// Cells starting with = + - @ would run as formulas in a spreadsheet (CSV injection).
pub(crate) fn defuse(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@']) && cell.parse::<f64>().is_err() {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::defuse;

    #[test]
    fn formulas_are_defused_but_numbers_kept() {
        assert_eq!(defuse("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(defuse("+84912345678"), "+84912345678");
        assert_eq!(defuse("@x"), "'@x");
        assert_eq!(defuse("Mật ong"), "Mật ong");
    }
}
