//! The seller's product list: stock, status and translation completeness per product.

use super::{completeness, status_label};
use crate::api::catalog::fetch_seller_products;
use crate::error::ErrorId;
use crate::i18n::{format_date, format_number, use_i18n};
use crate::ui::outcome::error_view;
use crate::ui::page::use_query_map;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

#[component]
pub fn SellerProductsPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let coop = move || query.read().get("coop").and_then(|s| s.parse::<i64>().ok());
    let list = Resource::new(coop, move |coop| {
        fetch_seller_products(coop, i18n.locale.code().to_owned())
    });
    view! {
        <Title text=i18n.t("products-title") />
        <Meta name="robots" content="noindex" />
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match list.await {
                    Ok(list) => view! {
                        <section class="container seller-products">
                            <p><a href=i18n.href(&format!("/sell?coop={}", list.cooperative_id))>{i18n.t("sell-back-to-dashboard")}</a></p>
                            <h1>{i18n.t("products-title")}</h1>
                            <p class="lead">{list.cooperative_name.clone()}</p>
                            {if list.can_edit {
                                view! {
                                    <a class="btn btn-ghost" data-testid="import-link"
                                        href=i18n.href(&format!("/sell/products/import?coop={}", list.cooperative_id))>
                                        {i18n.t("import-title")}
                                    </a>
                                    " "
                                    <a class="btn btn-primary" data-testid="new-product"
                                        href=i18n.href(&format!("/sell/products/new?coop={}", list.cooperative_id))>
                                        {i18n.t("products-new")}
                                    </a>
                                }.into_any()
                            } else {
                                view! { <p class="note">{i18n.t(ErrorId::CatalogNotApproved.as_str())}</p> }.into_any()
                            }}
                            {if list.products.is_empty() {
                                view! { <p class="muted">{i18n.t("products-empty")}</p> }.into_any()
                            } else {
                                view! {
                                    <table class="table" data-testid="seller-products">
                                        <thead><tr>
                                            <th>{i18n.t("product-field-name")}</th>
                                            <th>{i18n.t("coop-status-label")}</th>
                                            <th>{i18n.t("products-stock")}</th>
                                            <th>{i18n.t("products-translations")}</th>
                                            <th>{i18n.t("products-updated")}</th>
                                        </tr></thead>
                                        <tbody>
                                            {list.products.into_iter().map(|p| view! {
                                                <tr>
                                                    <td><a href=i18n.href(&format!("/sell/products/{}", p.id))>{p.name.clone()}</a></td>
                                                    <td>{status_label(i18n, p.status)}</td>
                                                    <td>{format_number(p.stock, i18n.locale)}</td>
                                                    <td>{completeness(i18n, &p.translated)}</td>
                                                    <td>{format_date(p.updated_at, i18n.locale)}</td>
                                                </tr>
                                            }).collect_view()}
                                        </tbody>
                                    </table>
                                }.into_any()
                            }}
                        </section>
                    }
                    .into_any(),
                    Err(e) => error_view(e),
                }
            })}
        </Suspense>
    }
}
