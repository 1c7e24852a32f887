//! Checkout: contact, shipping address (in Vietnam by province, ward and street; abroad by country
//! and free lines), delivery note, payment method, and the summary by cooperative with shipping and
//! the total — recomputed on the server whenever the destination changes. The total shown travels
//! with the form: if prices changed meanwhile, nothing is placed and the new total is shown.
//!
//! The server renders the page with everything worded and formatted; the form is one island
//! (`checkout_form`) that is given those words, so the browser carries no translations.

use super::checkout_form::{CheckoutForm, CheckoutTexts};
use crate::api::shop::{checkout_summary, fetch_regions, new_checkout_key};
use crate::domain::checkout::COUNTRIES;
use crate::i18n::{use_i18n, I18n};
use crate::model::checkout_summary::Refusal;
use crate::ui::outcome::error_view;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

#[component]
pub fn CheckoutPage() -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.locale;
    // The form opens on Vietnam with no province chosen yet.
    let summary = Resource::new(
        || (),
        move |_| checkout_summary("VN".into(), String::new(), locale.code().to_owned()),
    );
    let regions = Resource::new(|| (), move |_| fetch_regions(locale.code().to_owned()));
    let key = Resource::new(|| (), |_| new_checkout_key());
    view! {
        <Title text=i18n.t("checkout-title") />
        <Meta name="robots" content="noindex" />
        <section class="container checkout-page" data-testid="checkout-page">
            <h1>{i18n.t("checkout-title")}</h1>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match (summary.await, regions.await, key.await) {
                        (Ok(summary), _, _) if summary.empty.is_some() => view! {
                            <p data-testid="checkout-empty">{i18n.t("cart-empty")}</p>
                            <a class="btn btn-primary" href=i18n.href("/")>{i18n.t("cart-continue")}</a>
                        }.into_any(),
                        (Ok(summary), Ok(regions), Ok(key)) => {
                            let countries = COUNTRIES
                                .iter()
                                .map(|c| (c.to_string(), i18n.t(&format!("country-{c}"))))
                                .collect();
                            view! {
                                <CheckoutForm locale texts=CheckoutTexts::new(i18n) countries regions key summary
                                    refused=refused_by_place(i18n) />
                            }.into_any()
                        }
                        (Err(e), _, _) | (_, Err(e), _) | (_, _, Err(e)) => error_view(e),
                    }
                })}
            </Suspense>
        </section>
    }
}

/// Why a checkout form posted before the page's script ran was refused (it comes back here).
fn refused_by_place(i18n: I18n) -> Option<Refusal> {
    #[cfg(feature = "ssr")]
    {
        crate::ui::outcome::form_refusal()
            .filter(|(path, _)| path.ends_with("/shop/place"))
            .map(|(_, e)| Refusal::of(&e, i18n))
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = i18n;
        None
    }
}
