//! Order mail, queued in the outbox inside the transaction that changes the order: the shopper in
//! the language they ordered in, the cooperative's owners in the language it applied in.

use crate::backend::cooperatives::decisions::decision_recipients;
use crate::backend::entities::{checkouts, cooperatives, orders};
use crate::backend::mail::{self, OutgoingMail};
use crate::domain::orders::OrderStatus;
use crate::error::AppError;
use crate::error::OrInternal;
use crate::i18n::{format_vnd, translate, Locale};
use fluent_bundle::{FluentArgs, FluentValue};
use sea_orm::{ConnectionTrait, EntityTrait};

fn shopper_locale(checkout: &checkouts::Model) -> Locale {
    Locale::from_code(&checkout.locale).unwrap_or_default()
}

/// The shopper's link to their orders (works without an account).
pub fn order_link(base_url: &str, checkout: &checkouts::Model) -> String {
    format!(
        "{}/{}/orders/t/{}",
        base_url.trim_end_matches('/'),
        shopper_locale(checkout).code(),
        checkout.public_token
    )
}

async fn cooperative<C: ConnectionTrait>(conn: &C, id: i64) -> Result<cooperatives::Model, AppError> {
    cooperatives::Entity::find_by_id(id)
        .one(conn)
        .await?
        .or_internal("an order's cooperative is missing")
}

/// "Order placed" to the shopper (all orders of the checkout) and to each cooperative (its own).
pub async fn order_placed<C: ConnectionTrait>(
    conn: &C,
    base_url: &str,
    checkout: &checkouts::Model,
    orders: &[orders::Model],
) -> Result<(), AppError> {
    let locale = shopper_locale(checkout);
    let numbers = orders
        .iter()
        .map(|o| format!("{} ({})", o.number, format_vnd(o.total_vnd, locale)))
        .collect::<Vec<_>>()
        .join("\n");
    let mut args = FluentArgs::new();
    args.set("orders", FluentValue::from(numbers));
    args.set("total", FluentValue::from(format_vnd(checkout.total_vnd, locale)));
    args.set("link", FluentValue::from(order_link(base_url, checkout)));
    args.set(
        "payment",
        FluentValue::from(translate(
            locale,
            &format!("payment-{}", checkout.payment_method),
            None,
        )),
    );
    mail::enqueue(
        conn,
        OutgoingMail {
            to: checkout.email.clone(),
            locale,
            subject: translate(locale, "mail-order-placed-subject", Some(&args)),
            body_text: translate(locale, "mail-order-placed-body", Some(&args)),
        },
    )
    .await?;
    for order in orders {
        let coop = cooperative(conn, order.cooperative_id).await?;
        let coop_locale = Locale::from_code(&coop.applied_locale).unwrap_or_default();
        let mut args = FluentArgs::new();
        args.set("number", FluentValue::from(order.number.clone()));
        args.set(
            "total",
            FluentValue::from(format_vnd(order.total_vnd, coop_locale)),
        );
        args.set(
            "link",
            FluentValue::from(format!(
                "{}/{}/sell/orders/{}",
                base_url.trim_end_matches('/'),
                coop_locale.code(),
                order.number
            )),
        );
        args.set(
            "payment",
            FluentValue::from(translate(
                coop_locale,
                &format!("payment-{}", order.payment_method),
                None,
            )),
        );
        for to in decision_recipients(conn, &coop).await? {
            mail::enqueue(
                conn,
                OutgoingMail {
                    to,
                    locale: coop_locale,
                    subject: translate(coop_locale, "mail-coop-new-order-subject", Some(&args)),
                    body_text: translate(coop_locale, "mail-coop-new-order-body", Some(&args)),
                },
            )
            .await?;
        }
    }
    Ok(())
}

/// An order's new status, to the shopper and to the cooperative.
pub async fn status_changed<C: ConnectionTrait>(
    conn: &C,
    base_url: &str,
    checkout: &checkouts::Model,
    order: &orders::Model,
    to: OrderStatus,
) -> Result<(), AppError> {
    let coop = cooperative(conn, order.cooperative_id).await?;
    let shopper = shopper_locale(checkout);
    let coop_locale = Locale::from_code(&coop.applied_locale).unwrap_or_default();
    let args_for = |locale: Locale, link: String| {
        let mut args = FluentArgs::new();
        args.set("number", FluentValue::from(order.number.clone()));
        args.set(
            "status",
            FluentValue::from(translate(locale, to.message_key(), None)),
        );
        args.set("link", FluentValue::from(link));
        args.set(
            "tracking",
            FluentValue::from(match (&order.carrier, &order.tracking_code) {
                (Some(c), Some(t)) => format!("{c} {t}"),
                _ => String::new(),
            }),
        );
        args.set(
            "reason",
            FluentValue::from(order.cancel_reason.clone().unwrap_or_default()),
        );
        args
    };
    let args = args_for(shopper, order_link(base_url, checkout));
    mail::enqueue(
        conn,
        OutgoingMail {
            to: checkout.email.clone(),
            locale: shopper,
            subject: translate(shopper, "mail-order-status-subject", Some(&args)),
            body_text: translate(shopper, "mail-order-status-body", Some(&args)),
        },
    )
    .await?;
    let link = format!(
        "{}/{}/sell/orders/{}",
        base_url.trim_end_matches('/'),
        coop_locale.code(),
        order.number
    );
    let args = args_for(coop_locale, link);
    for to in decision_recipients(conn, &coop).await? {
        mail::enqueue(
            conn,
            OutgoingMail {
                to,
                locale: coop_locale,
                subject: translate(coop_locale, "mail-order-status-subject", Some(&args)),
                body_text: translate(coop_locale, "mail-order-status-body", Some(&args)),
            },
        )
        .await?;
    }
    Ok(())
}
