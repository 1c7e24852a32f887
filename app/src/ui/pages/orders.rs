//! The shopper's order pages: a checkout by its secret link (guests get it by mail), the return
//! from Stripe's payment page, the account's order list and one order with its status timeline.
//! A guest's pages are rendered by the server only: paying and the order actions are plain forms
//! posted to their server functions, which send the browser on (to Stripe) or back here.

use crate::api::orders::{fetch_checkout, fetch_my_order, fetch_my_orders, return_from_payment};
use crate::i18n::{format_date, format_datetime, use_i18n};
use crate::model::orders::{AddressView, CheckoutView, OrderRow, OrderView};
use crate::ui::outcome::{error_view, form_refusal};
use crate::ui::page::{use_params_map, use_query_map};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// /{locale}/orders/t/{token}: everything ordered in one checkout.
#[component]
pub fn CheckoutOrdersPage() -> impl IntoView {
    let params = use_params_map();
    view! { <CheckoutByToken token=Signal::derive(move || params.read().get("token").unwrap_or_default()) returning=false /> }
}

/// /{locale}/checkout/return?token=…: back from Stripe; the server asks Stripe how it stands.
#[component]
pub fn PaymentReturnPage() -> impl IntoView {
    let query = use_query_map();
    view! { <CheckoutByToken token=Signal::derive(move || query.read().get("token").unwrap_or_default()) returning=true /> }
}

/// A checkout by its secret token; `returning` asks Stripe first (back from its payment page).
#[component]
fn CheckoutByToken(token: Signal<String>, returning: bool) -> impl IntoView {
    let i18n = use_i18n();
    let data = Resource::new(
        move || token.get(),
        move |t| {
            let locale = i18n.locale.code().to_owned();
            async move {
                if returning {
                    return_from_payment(t, locale).await
                } else {
                    fetch_checkout(t, locale).await
                }
            }
        },
    );
    view! {
        <Title text=i18n.t("orders-checkout-title") />
        <Meta name="robots" content="noindex" />
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(c) => view! { <CheckoutBlock c token=Some(token.get_untracked()) /> }.into_any(),
                    Err(e) => error_view(e),
                }
            })}
        </Suspense>
    }
}

/// /{locale}/account/orders
#[component]
pub fn MyOrdersPage() -> impl IntoView {
    let i18n = use_i18n();
    let data = Resource::new(|| (), move |_| fetch_my_orders(i18n.locale.code().to_owned()));
    view! {
        <Title text=i18n.t("orders-mine-title") />
        <Meta name="robots" content="noindex" />
        <section class="container">
            <h1>{i18n.t("orders-mine-title")}</h1>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(rows) if rows.is_empty() => view! { <p>{i18n.t("orders-none")}</p> }.into_any(),
                        Ok(rows) => view! { <OrderTable rows link_base=i18n.href("/account/orders/") /> }.into_any(),
                        Err(e) => error_view(e),
                    }
                })}
            </Suspense>
        </section>
    }
}

/// /{locale}/account/orders/{number}
#[component]
pub fn MyOrderPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let number = move || params.read().get("number").unwrap_or_default();
    let data = Resource::new(number, move |n| fetch_my_order(n, i18n.locale.code().to_owned()));
    view! {
        <Title text=move || number() />
        <Meta name="robots" content="noindex" />
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(c) => view! { <CheckoutBlock c token=None /> }.into_any(),
                    Err(e) => error_view(e),
                }
            })}
        </Suspense>
    }
}

/// A table of orders linking to `link_base` + number.
#[component]
pub fn OrderTable(rows: Vec<OrderRow>, link_base: String) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <table class="table" data-testid="order-table">
            <thead>
                <tr>
                    <th scope="col">{i18n.t("orders-number")}</th>
                    <th scope="col">{i18n.t("orders-date")}</th>
                    <th scope="col">{i18n.t("orders-cooperative")}</th>
                    <th scope="col">{i18n.t("orders-recipient")}</th>
                    <th scope="col">{i18n.t("orders-units")}</th>
                    <th scope="col">{i18n.t("orders-status")}</th>
                    <th scope="col">{i18n.t("checkout-total")}</th>
                </tr>
            </thead>
            <tbody>
                {rows.into_iter().map(|r| view! {
                    <tr data-testid="order-row">
                        <td><a href=format!("{link_base}{}", r.number)>{r.number.clone()}</a></td>
                        <td>{format_date(r.created_at, i18n.locale)}</td>
                        <td>{r.cooperative_name.clone()}</td>
                        <td>{r.recipient.clone()}</td>
                        <td>{r.units}</td>
                        <td><StatusBadge status=r.status /></td>
                        <td class="price">{i18n.vnd(r.total_vnd)}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}

/// An order status as a badge.
#[component]
pub fn StatusBadge(status: crate::domain::orders::OrderStatus) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <span class=format!("badge status-{status}") data-testid="order-status">
            {i18n.t(status.message_key())}
        </span>
    }
}

/// The address as lines.
#[component]
pub fn AddressBlock(a: AddressView) -> impl IntoView {
    view! {
        <address data-testid="address">
            <strong>{a.recipient}</strong>
            {a.lines.into_iter().map(|l| view! { <br />{l} }).collect_view()}
        </address>
    }
}

#[component]
fn CheckoutBlock(c: CheckoutView, token: Option<String>) -> impl IntoView {
    let i18n = use_i18n();
    // What the last form posted here was refused for: paying, or an order's action.
    let refusal = form_refusal();
    let pay_error = refusal
        .as_ref()
        .filter(|(path, _)| path.ends_with("/orders/pay"))
        .map(|(_, e)| i18n.t(e.message_key()));
    let error = refusal
        .filter(|(path, _)| !path.ends_with("/orders/pay"))
        .map(|(_, e)| i18n.t(e.message_key()));
    let awaiting = c.status == crate::domain::orders::CheckoutStatus::AwaitingPayment;
    let pay_token = c.token.clone();
    view! {
        <section class="container checkout-view" data-testid="checkout-view">
            <h1>{i18n.t("orders-checkout-title")}</h1>
            <p class=format!("checkout-status checkout-{}", c.status) data-testid="checkout-status">
                {i18n.t(&format!("checkout-status-{}", c.status))}
            </p>
            {awaiting.then(|| view! {
                <form method="post" action="/api/orders/pay" class="pay-again">
                    <input type="hidden" name="token" value=pay_token />
                    {c.pay_by.map(|t| i18n.t_with("orders-pay-by", &[("time", format_datetime(t, i18n.locale).into())]))}
                    " "
                    <button type="submit" class="btn btn-primary" data-testid="pay-now">{i18n.t("orders-pay-now")}</button>
                </form>
                <p class="field-error" role="alert">{pay_error}</p>
            })}
            <div class="form-alert" role="alert">{error.map(|e| view! { <p>{e}</p> })}</div>
            <div class="checkout-meta card">
                <div>
                    <h2>{i18n.t("checkout-address")}</h2>
                    <AddressBlock a=c.address.clone() />
                    {c.note.clone().map(|n| view! { <p class="muted">{n}</p> })}
                </div>
                <div>
                    <h2>{i18n.t("checkout-contact")}</h2>
                    <p>{c.email.clone()}<br />{c.phone.clone()}</p>
                    <p>{i18n.t(&format!("payment-{}", c.payment_method))}</p>
                </div>
            </div>
            {c.orders.into_iter().map(|o| view! { <OrderCard o token=token.clone() /> }).collect_view()}
            <p class="summary-total">{i18n.t("checkout-total")} " " <strong class="price">{i18n.vnd(c.total_vnd)}</strong></p>
        </section>
    }
}

/// One cooperative's order: items, totals, tracking, timeline and the shopper's actions.
#[component]
fn OrderCard(o: OrderView, token: Option<String>) -> impl IntoView {
    let i18n = use_i18n();
    let number = o.number.clone();
    view! {
        <article class="card order-card" data-testid="order-card">
            <header class="order-head">
                <h2>{i18n.t_with("orders-order-number", &[("number", o.number.clone().into())])}</h2>
                <StatusBadge status=o.status />
            </header>
            <p class="muted">
                <a href=i18n.href(&format!("/coops/{}", o.cooperative_slug))>{o.cooperative_name.clone()}</a>
            </p>
            <OrderItems o=o.clone() />
            {o.tracking_code.clone().map(|t| view! {
                <p data-testid="tracking">{i18n.t("orders-tracking")} " " {o.carrier.clone().unwrap_or_default()} " " <strong>{t}</strong></p>
            })}
            {o.cancel_reason.clone().map(|r| view! { <p class="note">{i18n.t("orders-cancel-reason")} " " {r}</p> })}
            {o.refunded.then(|| view! { <p class="note">{i18n.t("orders-refunded")}</p> })}
            <Timeline events=o.events.clone() />
            {o.actions.clone().into_iter().map(|a| {
                let key = format!("orders-action-{a}");
                let (number, token) = (number.clone(), token.clone());
                view! {
                    <form method="post" action="/api/orders/shopper-action" class="inline-form">
                        <input type="hidden" name="number" value=number />
                        <input type="hidden" name="action" value=a.clone() />
                        {token.map(|t| view! { <input type="hidden" name="token" value=t /> })}
                        <button type="submit" class="btn btn-ghost" data-testid=format!("shopper-{a}")>{i18n.t(&key)}</button>
                    </form>
                }
            }).collect_view()}
        </article>
    }
}

/// The items and totals of an order.
#[component]
pub fn OrderItems(o: OrderView) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <table class="table">
            <tbody>
                {o.items.iter().map(|i| view! {
                    <tr>
                        <td>{i.product_name.clone()} <span class="muted">" · " {i.variant_label.clone()}</span></td>
                        <td>{format!("× {}", i.quantity)}</td>
                        <td class="price">{i18n.vnd(i.line_total_vnd)}</td>
                    </tr>
                }).collect_view()}
            </tbody>
            <tfoot>
                <tr><td colspan="2">{i18n.t("cart-subtotal")}</td><td class="price">{i18n.vnd(o.subtotal_vnd)}</td></tr>
                <tr><td colspan="2">{i18n.t("checkout-shipping")}</td><td class="price">{i18n.vnd(o.shipping_vnd)}</td></tr>
                <tr><th colspan="2">{i18n.t("checkout-total")}</th><th class="price" data-testid="order-total">{i18n.vnd(o.total_vnd)}</th></tr>
            </tfoot>
        </table>
    }
}

/// The order's history, oldest first.
#[component]
pub fn Timeline(events: Vec<crate::model::orders::OrderEventView>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <ol class="timeline" data-testid="timeline">
            {events.into_iter().map(|e| view! {
                <li>
                    <time datetime=e.at.to_rfc3339()>{format_datetime(e.at, i18n.locale)}</time>
                    " " <strong>{i18n.t(&format!("order-status-{}", e.to_status))}</strong>
                    " · " <span class="muted">{i18n.t(&format!("actor-{}", e.actor))}</span>
                    {e.note.map(|n| view! { " — " {n} })}
                </li>
            }).collect_view()}
        </ol>
    }
}

crate::page_island!(
    "account",
    /// The MyOrders page in the browser (loaded only on its route).
    MyOrdersIsland => MyOrdersPage
);
crate::page_island!(
    "account",
    /// The MyOrder page in the browser (loaded only on its route).
    MyOrderIsland => MyOrderPage
);
