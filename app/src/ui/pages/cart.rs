//! The cart: lines grouped by cooperative, checked again at every view (price changes, stock,
//! products or cooperatives no longer available), quantities to change, and the way to checkout.
//! Rendered by the server only: changing a quantity or removing a line is a plain form posted to
//! its server function, which sends the browser back here (with the refusal in the query, if any),
//! so the page needs no code of its own in the browser.

use crate::api::shop::fetch_cart;
use crate::i18n::use_i18n;
use crate::model::shop::{CartGroup, CartLine, CartView};
use crate::ui::outcome::{error_view, form_refusal};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

#[component]
pub fn CartPage() -> impl IntoView {
    let i18n = use_i18n();
    let view_data = Resource::new(|| (), move |_| fetch_cart(i18n.locale.code().to_owned()));
    let error = form_refusal().map(|(_, e)| e);
    view! {
        <Title text=i18n.t("cart-title") />
        <Meta name="robots" content="noindex" />
        <section class="container cart-page" data-testid="cart-page">
            <h1>{i18n.t("cart-title")}</h1>
            <div class="form-alert" role="alert">
                {error.map(|e| view! { <p>{i18n.t(e.field_key("quantity").unwrap_or(e.id()).as_str())}</p> })}
            </div>
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    match view_data.await {
                        Ok(c) if c.groups.is_empty() => view! {
                            <p>{i18n.t("cart-empty")}</p>
                            <a class="btn btn-primary" href=i18n.href("/")>{i18n.t("cart-continue")}</a>
                        }.into_any(),
                        Ok(c) => view! { <CartContents c /> }.into_any(),
                        Err(e) => error_view(e),
                    }
                })}
            </Transition>
        </section>
    }
}

#[component]
fn CartContents(c: CartView) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        {c.price_changed.then(|| view! {
            <p class="note" role="status" data-testid="price-changed">{i18n.t("cart-price-changed")}</p>
        })}
        {c.groups.into_iter().map(|g| view! { <Group g /> }).collect_view()}
        <div class="card cart-total">
            <p>
                <span>{i18n.t("cart-subtotal")}</span> " "
                <strong class="price" data-testid="cart-total">{i18n.vnd(c.total_vnd)}</strong>
            </p>
            <p class="field-hint">{i18n.t("cart-shipping-at-checkout")}</p>
            {if c.blocked {
                view! { <p class="field-error" data-testid="cart-blocked">{i18n.t("cart-blocked")}</p> }.into_any()
            } else {
                view! {
                    <a class="btn btn-primary" href=i18n.href("/checkout") data-testid="to-checkout">{i18n.t("cart-checkout")}</a>
                }.into_any()
            }}
        </div>
    }
}

#[component]
fn Group(g: CartGroup) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="card cart-group" data-testid="cart-group">
            <h2>{g.cooperative_name.clone()}</h2>
            <table class="table">
                <thead>
                    <tr>
                        <th scope="col">{i18n.t("cart-product")}</th>
                        <th scope="col">{i18n.t("cart-price")}</th>
                        <th scope="col">{i18n.t("cart-quantity")}</th>
                        <th scope="col">{i18n.t("cart-line-total")}</th>
                        <th scope="col"><span class="visually-hidden">{i18n.t("cart-remove")}</span></th>
                    </tr>
                </thead>
                <tbody>
                    {g.lines.into_iter().map(|l| view! { <Line l /> }).collect_view()}
                </tbody>
            </table>
            <p class="cart-group-subtotal">{i18n.t("cart-subtotal")} " " <strong>{i18n.vnd(g.subtotal_vnd)}</strong></p>
        </section>
    }
}

#[component]
fn Line(l: CartLine) -> impl IntoView {
    let i18n = use_i18n();
    let qty_id = format!("cart-qty-{}", l.variant_id);
    let changed = l.price_changed();
    let problem = l
        .problem
        .clone()
        .map(|key| i18n.t_with(&key, &[("stock", (l.stock as i64).into())]));
    let has_problem = problem.is_some();
    view! {
        <tr data-testid="cart-line" class:line-problem=has_problem>
            <td>
                <a href=i18n.href(&format!("/products/{}", l.product_slug))>{l.product_name.clone()}</a>
                <span class="muted">" · " {l.variant_label.clone()}</span>
                {problem.map(|p| view! { <p class="field-error" data-testid="line-problem">{p}</p> })}
            </td>
            <td class="price">
                {i18n.vnd(l.unit_price_vnd)}
                {changed.then(|| view! {
                    <p class="muted" data-testid="line-price-changed">
                        {i18n.t_with("cart-was", &[("price", i18n.vnd(l.price_seen_vnd).into())])}
                    </p>
                })}
            </td>
            <td>
                <form method="post" action="/api/shop/update" class="inline-form">
                    <input type="hidden" name="variant_id" value=l.variant_id.to_string() />
                    <label class="visually-hidden" for=qty_id.clone()>{i18n.t("cart-quantity")}</label>
                    <input id=qty_id class="qty" type="number" name="quantity" value=l.quantity.to_string() min="1" inputmode="numeric" />
                    <button type="submit" class="btn btn-ghost">{i18n.t("cart-update")}</button>
                </form>
            </td>
            <td class="price">{i18n.vnd(l.line_total_vnd)}</td>
            <td>
                <form method="post" action="/api/shop/remove">
                    <input type="hidden" name="variant_id" value=l.variant_id.to_string() />
                    <button type="submit" class="btn btn-ghost">{i18n.t("cart-remove")}</button>
                </form>
            </td>
        </tr>
    }
}
