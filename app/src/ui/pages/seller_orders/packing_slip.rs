//! /{locale}/sell/orders/{number}/slip: a packing slip to print and put in the parcel.

use crate::api::orders::fetch_seller_order;
use crate::i18n::{format_datetime, use_i18n};
use crate::ui::outcome::error_view;
use crate::ui::page::use_params_map;
use crate::ui::pages::orders::AddressBlock;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// /{locale}/sell/orders/{number}/slip: a packing slip to print and put in the parcel.
#[component]
pub fn PackingSlipPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let number = move || params.read().get("number").unwrap_or_default();
    let data = Resource::new(number, move |n| {
        fetch_seller_order(n, i18n.locale.code().to_owned())
    });
    view! {
        <Title text=move || format!("{} · {}", i18n.t("sell-orders-slip"), number()) />
        <Meta name="robots" content="noindex" />
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(s) => {
                        let o = s.order;
                        view! {
                            <section class="container packing-slip" data-testid="packing-slip">
                                <h1>{i18n.t("sell-orders-slip")} " " {o.number.clone()}</h1>
                                <p>{o.cooperative_name.clone()} " · " {format_datetime(o.created_at, i18n.locale)}</p>
                                <h2>{i18n.t("slip-ship-to")}</h2>
                                <AddressBlock a=s.address.clone() />
                                <p>{s.phone.clone()}</p>
                                {s.note.clone().map(|n| view! { <p class="note">{n}</p> })}
                                <table class="table">
                                    <thead><tr>
                                        <th scope="col">"SKU"</th>
                                        <th scope="col">{i18n.t("cart-product")}</th>
                                        <th scope="col">{i18n.t("cart-quantity")}</th>
                                    </tr></thead>
                                    <tbody>
                                        {o.items.iter().map(|i| view! {
                                            <tr><td>{i.sku.clone()}</td>
                                                <td>{i.product_name.clone()} " · " {i.variant_label.clone()}</td>
                                                <td>{i.quantity}</td></tr>
                                        }).collect_view()}
                                    </tbody>
                                </table>
                                {(o.payment_method == crate::domain::orders::PaymentMethod::CashOnDelivery).then(|| view! {
                                    <p class="slip-cod">{i18n.t_with("slip-collect", &[("amount", i18n.vnd(o.total_vnd).into())])}</p>
                                })}
                                <p class="no-print"><button type="button" class="btn btn-primary" onclick="window.print()">{i18n.t("slip-print")}</button></p>
                            </section>
                        }.into_any()
                    }
                    Err(e) => error_view(e),
                }
            })}
        </Suspense>
    }
}
