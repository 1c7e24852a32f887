//! The cooperative's order desk: orders filtered by status with CSV export, one order with the
//! actions its status allows (confirm, ship with carrier and tracking code, deliver, cancel with a
//! reason), and a printable packing slip.

use super::orders::{AddressBlock, OrderItems, OrderTable, StatusBadge, Timeline};
use crate::api::orders::{fetch_seller_order, fetch_seller_orders, SellerOrderAction};
use crate::error::AppError;
use crate::i18n::{format_datetime, use_i18n};
use crate::ui::forms::FormAlert;
use crate::ui::outcome::error_view;
use crate::ui::page::{use_params_map, use_query_map};
use crate::ui::pagination::Pagination;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// /{locale}/sell/orders?coop=ID&status=S&page=N
#[component]
pub fn SellerOrdersPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let args = move || {
        let q = query.read();
        (
            q.get("coop").and_then(|s| s.parse::<i64>().ok()),
            q.get("status").filter(|s| !s.is_empty()),
            q.get("page").and_then(|s| s.parse::<u64>().ok()),
        )
    };
    let data = Resource::new(args, move |(coop, status, page)| {
        fetch_seller_orders(coop, status, page, i18n.locale.code().to_owned())
    });
    view! {
        <Title text=i18n.t("sell-orders-title") />
        <Meta name="robots" content="noindex" />
        <section class="container" data-testid="seller-orders">
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(list) => {
                            let coop = list.cooperative_id;
                            let status = list.status.clone();
                            let base = i18n.href("/sell/orders");
                            let link_status = status.clone();
                            let page_link = move |n: u64| {
                                let s = link_status.clone().map(|s| format!("&status={s}")).unwrap_or_default();
                                format!("{base}?coop={coop}{s}&page={n}")
                            };
                            let csv = format!(
                                "/sell/orders.csv?coop={coop}&locale={}{}",
                                i18n.locale.code(),
                                status.clone().map(|s| format!("&status={s}")).unwrap_or_default()
                            );
                            view! {
                                <h1>{i18n.t("sell-orders-title")} " · " {list.cooperative_name.clone()}</h1>
                                <p>
                                    <a href=i18n.href(&format!("/sell?coop={coop}"))>{i18n.t("sell-back-to-dashboard")}</a>
                                    " · "
                                    <a href=i18n.href(&format!("/sell/shipping?coop={coop}"))>{i18n.t("shipping-title")}</a>
                                    " · "
                                    <a href=csv rel="external" download="" data-testid="orders-csv">{i18n.t("sell-orders-csv")}</a>
                                </p>
                                <nav class="tabs" aria-label=i18n.t("orders-status")>
                                    <a href=i18n.href(&format!("/sell/orders?coop={coop}"))
                                        aria-current=status.is_none().then_some("page")>{i18n.t("sell-orders-all")}</a>
                                    {list.counts.iter().map(|(s, n)| view! {
                                        <a href=i18n.href(&format!("/sell/orders?coop={coop}&status={s}"))
                                            aria-current=(status.as_deref() == Some(s.as_str())).then_some("page")
                                            data-testid=format!("tab-{s}")>
                                            {i18n.t(&format!("order-status-{s}"))} " (" {*n} ")"
                                        </a>
                                    }).collect_view()}
                                </nav>
                                {if list.rows.is_empty() {
                                    view! { <p>{i18n.t("orders-none")}</p> }.into_any()
                                } else {
                                    view! { <OrderTable rows=list.rows.clone() link_base=i18n.href("/sell/orders/") /> }.into_any()
                                }}
                                <Pagination page=list.page pages=list.pages link=page_link />
                            }.into_any()
                        }
                        Err(e) => error_view(e),
                    }
                })}
            </Suspense>
        </section>
    }
}

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

#[component]
fn SellerActions(
    number: String,
    actions: Vec<String>,
    act: ServerAction<SellerOrderAction>,
    error: Signal<Option<AppError>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let field = move |name: &'static str| crate::ui::forms::field_message(error, name);
    actions
        .into_iter()
        .map(|a| {
            let number = number.clone();
            let key = format!("orders-action-{a}");
            let extra = match a.as_str() {
                "ship" => view! {
                    <div class="field">
                        <label for="field-carrier">{i18n.t("orders-carrier")}</label>
                        <input id="field-carrier" name="carrier" list="carriers" maxlength="120" />
                        <datalist id="carriers">
                            {["VNPost", "Viettel Post", "GHN", "GHTK", "J&T Express", "DHL", "EMS"]
                                .map(|c| view! { <option value=c></option> }).collect_view()}
                        </datalist>
                    </div>
                    <div class="field">
                        <label for="field-tracking_code">{i18n.t("orders-tracking-code")}</label>
                        <input id="field-tracking_code" name="tracking_code" maxlength="120" />
                        <p class="field-error" aria-live="polite">{move || field("tracking_code").get()}</p>
                    </div>
                }
                .into_any(),
                "cancel" => view! {
                    <div class="field">
                        <label for="field-reason">{i18n.t("orders-reason")}</label>
                        <input id="field-reason" name="reason" maxlength="500" />
                        <p class="field-error" aria-live="polite">{move || field("reason").get()}</p>
                    </div>
                }
                .into_any(),
                _ => ().into_any(),
            };
            view! {
                <ActionForm action=act attr:class="form order-action" attr:novalidate=true>
                    <input type="hidden" name="number" value=number />
                    <input type="hidden" name="action" value=a.clone() />
                    {extra}
                    <button type="submit" class=if a == "cancel" { "btn btn-ghost" } else { "btn btn-primary" }
                        data-testid=format!("seller-{a}")>{i18n.t(&key)}</button>
                </ActionForm>
            }
        })
        .collect_view()
}

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

crate::page_island!(
    "backoffice",
    /// The SellerOrders page in the browser (loaded only on its route).
    SellerOrdersIsland => SellerOrdersPage
);
crate::page_island!(
    "backoffice",
    /// The SellerOrder page in the browser (loaded only on its route).
    SellerOrderIsland => SellerOrderPage
);
crate::page_island!(
    "backoffice",
    /// The PackingSlip page in the browser (loaded only on its route).
    PackingSlipIsland => PackingSlipPage
);
