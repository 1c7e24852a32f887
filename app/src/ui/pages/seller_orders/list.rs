//! The cooperative's orders (`/{locale}/sell/orders?coop=ID&status=S&page=N`).

use crate::api::orders::fetch_seller_orders;
use crate::i18n::use_i18n;
use crate::ui::outcome::error_view;
use crate::ui::page::use_query_map;
use crate::ui::pages::orders::OrderTable;
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
