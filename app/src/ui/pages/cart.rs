//! The cart. Shopping arrives with products; until then the cart is always empty.

use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn CartPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=i18n.t("cart-title") />
        <section class="container narrow centered">
            <h1>{i18n.t("cart-title")}</h1>
            <p>{i18n.t("cart-empty")}</p>
            <a class="btn btn-primary" href=i18n.href("/")>{i18n.t("cart-continue")}</a>
        </section>
    }
}
