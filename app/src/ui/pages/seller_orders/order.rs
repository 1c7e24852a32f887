//! One order as the cooperative fulfils it (`/{locale}/sell/orders/{number}`).

use super::SellerActions;
use crate::api::orders::{fetch_seller_order, SellerOrderAction};
use crate::error::AppError;
use crate::i18n::{format_datetime, use_i18n};
use crate::ui::forms::FormAlert;
use crate::ui::outcome::error_view;
use crate::ui::page::use_params_map;
use crate::ui::pages::orders::{AddressBlock, OrderItems, StatusBadge, Timeline};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// /{locale}/sell/orders/{number}
#[component]
pub fn SellerOrderPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let number = move || params.read().get("number").unwrap_or_default();
    let act = ServerAction::<SellerOrderAction>::new();
    let data = Resource::new(
        move || (number(), act.version().get()),
        move |(n, _)| fetch_seller_order(n, i18n.locale.code().to_owned()),
    );
    let error: Signal<Option<AppError>> = Signal::derive(move || act.value().get().and_then(Result::err));
    view! {
        <Title text=move || number() />
        <Meta name="robots" content="noindex" />
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(s) => {
                        let o = s.order.clone();
                        view! {
                            <section class="container seller-order" data-testid="seller-order">
                                <p><a href=i18n.href(&format!("/sell/orders?coop={}", s.cooperative_id))>{i18n.t("sell-orders-title")}</a></p>
                                <header class="order-head">
                                    <h1>{i18n.t_with("orders-order-number", &[("number", o.number.clone().into())])}</h1>
                                    <StatusBadge status=o.status />
                                </header>
                                <p class="muted">{format_datetime(o.created_at, i18n.locale)} " · " {i18n.t(&format!("payment-{}", o.payment_method))}</p>
                                <div class="checkout-meta card">
                                    <div>
                                        <h2>{i18n.t("checkout-address")}</h2>
                                        <AddressBlock a=s.address.clone() />
                                        {s.note.clone().map(|n| view! { <p class="note">{n}</p> })}
                                    </div>
                                    <div>
                                        <h2>{i18n.t("checkout-contact")}</h2>
                                        <p>{s.email.clone()}<br />{s.phone.clone()}</p>
                                        <p><a class="btn btn-ghost" rel="external" target="_blank"
                                            href=i18n.href(&format!("/sell/orders/{}/slip", o.number))>{i18n.t("sell-orders-slip")}</a></p>
                                    </div>
                                </div>
                                <OrderItems o=o.clone() />
                                {o.tracking_code.clone().map(|t| view! {
                                    <p data-testid="tracking">{i18n.t("orders-tracking")} " " {o.carrier.clone().unwrap_or_default()} " " <strong>{t}</strong></p>
                                })}
                                {o.cancel_reason.clone().map(|r| view! { <p class="note">{i18n.t("orders-cancel-reason")} " " {r}</p> })}
                                <FormAlert error />
                                <SellerActions number=o.number.clone() actions=o.actions.clone() act error />
                                <h2>{i18n.t("orders-history")}</h2>
                                <Timeline events=o.events.clone() />
                            </section>
                        }.into_any()
                    }
                    Err(e) => error_view(e),
                }
            })}
        </Suspense>
    }
}
