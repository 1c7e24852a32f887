//! The localized 404 page; answers with HTTP 404 when rendered on the server.

use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

#[component]
pub fn NotFoundPage() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(options) = use_context::<leptos_axum::ResponseOptions>() {
        options.set_status(http::StatusCode::NOT_FOUND);
    }
    let i18n = use_i18n();
    view! {
        <Title text=i18n.t("not-found-title") />
        <Meta name="robots" content="noindex" />
        <section class="container narrow centered not-found">
            <p class="big-code" aria-hidden="true">"404"</p>
            <h1>{i18n.t("not-found-title")}</h1>
            <p>{i18n.t("not-found-body")}</p>
            <a class="btn btn-primary" href=i18n.href("/")>{i18n.t("not-found-home")}</a>
        </section>
    }
}
