//! Checkout: contact, shipping address (in Vietnam by province, ward and street; abroad by country
//! and free lines), delivery note, payment method, and the summary by cooperative with shipping and
//! the total — recomputed on the server whenever the destination changes. The total shown travels
//! with the form: if prices changed meanwhile, nothing is placed and the new total is shown.

use crate::api::shop::views::Quote;
use crate::api::shop::{fetch_quote, fetch_regions, fetch_wards, new_checkout_key, PlaceOrder};
use crate::domain::checkout::COUNTRIES;
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::ui::forms::{Field, FormAlert, TextAreaField};
use crate::ui::outcome::error_view;
use crate::ui::page::use_navigate;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

#[component]
pub fn CheckoutPage() -> impl IntoView {
    let i18n = use_i18n();
    let place = ServerAction::<PlaceOrder>::new();
    let country = RwSignal::new("VN".to_owned());
    let region = RwSignal::new(String::new());
    let quote = Resource::new(
        move || (country.get(), region.get(), place.version().get()),
        move |(c, r, _)| fetch_quote(c, r, i18n.locale.code().to_owned()),
    );
    let regions = Resource::new(|| (), move |_| fetch_regions(i18n.locale.code().to_owned()));
    let key = Resource::new(|| (), |_| new_checkout_key());
    let error = Signal::derive(move || place.value().get().and_then(Result::err));
    let navigate = use_navigate();
    let cart = crate::ui::cart_state::use_cart();
    Effect::new(move |_| {
        if let Some(Ok(placed)) = place.value().get() {
            cart.changed.update(|n| *n += 1);
            if placed.redirect.starts_with("http") {
                go_external(&placed.redirect);
            } else {
                navigate(&placed.redirect, Default::default());
            }
        }
    });
    view! {
        <Title text=i18n.t("checkout-title") />
        <Meta name="robots" content="noindex" />
        <section class="container checkout-page" data-testid="checkout-page">
            <h1>{i18n.t("checkout-title")}</h1>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    let (regions, key) = (regions.await, key.await);
                    match (regions, key) {
                        (Ok(regions), Ok(key)) => view! {
                            <ActionForm action=place attr:class="form checkout-grid" attr:novalidate=true>
                                <input type="hidden" name="locale" value=i18n.locale.code() />
                                <input type="hidden" name="fields[idempotency_key]" value=key />
                                <div class="checkout-fields">
                                    <FormAlert error />
                                    <h2>{i18n.t("checkout-contact")}</h2>
                                    <Field name="email" group="fields" label=i18n.t("field-email") input_type="email" autocomplete="email" required=true error />
                                    <Field name="phone" group="fields" label=i18n.t("checkout-phone") input_type="tel" autocomplete="tel" required=true error />
                                    <h2>{i18n.t("checkout-address")}</h2>
                                    <Field name="recipient" group="fields" label=i18n.t("checkout-recipient") autocomplete="name" required=true error />
                                    <CountrySelect country error />
                                    <DomesticFields country region regions error />
                                    <Show when=move || country.get() != "VN">
                                        <TextAreaField name="lines" group="fields" label=i18n.t("checkout-lines") rows=4 error />
                                    </Show>
                                    <TextAreaField name="note" group="fields" label=i18n.t("checkout-note") rows=2 error />
                                </div>
                                <Transition fallback=|| ()>
                                    {move || Suspend::new(async move {
                                        match quote.await {
                                            Ok(q) => view! { <Summary q error /> }.into_any(),
                                            Err(e) => error_view(e),
                                        }
                                    })}
                                </Transition>
                            </ActionForm>
                        }.into_any(),
                        (Err(e), _) | (_, Err(e)) => error_view(e),
                    }
                })}
            </Suspense>
        </section>
    }
}

/// Leaves the site for Stripe's payment page.
fn go_external(url: &str) {
    #[cfg(feature = "hydrate")]
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_href(url);
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = url;
}

#[component]
fn CountrySelect(country: RwSignal<String>, error: Signal<Option<AppError>>) -> impl IntoView {
    let i18n = use_i18n();
    let message = crate::ui::forms::field_message(error, "country");
    view! {
        <div class="field" class:has-error=move || message.get().is_some()>
            <label for="field-country">{i18n.t("checkout-country")}</label>
            <select id="field-country" name="fields[country]" autocomplete="country"
                on:change=move |ev| country.set(event_target_value(&ev))>
                {COUNTRIES.iter().map(|c| view! {
                    <option value=*c selected=move || country.get() == *c>{i18n.t(&format!("country-{c}"))}</option>
                }).collect_view()}
            </select>
            <p class="field-error" aria-live="polite">{move || message.get()}</p>
        </div>
    }
}

#[component]
fn DomesticFields(
    country: RwSignal<String>,
    region: RwSignal<String>,
    regions: Vec<crate::api::shop::views::RegionOption>,
    error: Signal<Option<AppError>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let message = crate::ui::forms::field_message(error, "region_code");
    view! {
        <Show when=move || country.get() == "VN">
            <div class="field" class:has-error=move || message.get().is_some()>
                <label for="field-region_code">{i18n.t("checkout-province")} " *"</label>
                <select id="field-region_code" name="fields[region_code]"
                    on:change=move |ev| region.set(event_target_value(&ev))>
                    <option value="">{i18n.t("checkout-choose-province")}</option>
                    {regions.iter().map(|r| {
                        let code = r.code.clone();
                        let selected = move || region.get() == code;
                        view! { <option value=r.code.clone() selected=selected>{r.name.clone()}</option> }
                    }).collect_view()}
                </select>
                <p class="field-error" aria-live="polite">{move || message.get()}</p>
            </div>
            <WardSelect region error />
            <Field name="street" group="fields" label=i18n.t("checkout-street") autocomplete="street-address" required=true error />
        </Show>
    }
}

/// The wards of the chosen province (loaded when the province changes).
#[component]
fn WardSelect(region: RwSignal<String>, error: Signal<Option<AppError>>) -> impl IntoView {
    let i18n = use_i18n();
    let message = crate::ui::forms::field_message(error, "ward");
    let wards = Resource::new(
        move || region.get(),
        |code| async move {
            if code.is_empty() {
                Ok(vec![])
            } else {
                fetch_wards(code).await
            }
        },
    );
    view! {
        <div class="field" class:has-error=move || message.get().is_some()>
            <label for="field-ward">{i18n.t("checkout-ward")} " *"</label>
            <Transition fallback=|| view! { <select id="field-ward" name="fields[ward]" disabled=true></select> }>
                {move || Suspend::new(async move {
                    let list = wards.await.unwrap_or_default();
                    let none = list.is_empty();
                    let first = if none { "checkout-choose-province-first" } else { "checkout-choose-ward" };
                    view! {
                        <select id="field-ward" name="fields[ward]" disabled=none>
                            <option value="">{i18n.t(first)}</option>
                            {list.into_iter().map(|w| view! { <option value=w.code>{w.name}</option> }).collect_view()}
                        </select>
                    }
                })}
            </Transition>
            <p class="field-error" aria-live="polite">{move || message.get()}</p>
        </div>
    }
}

/// The order summary by cooperative, the payment choice and the button.
#[component]
fn Summary(q: Quote, error: Signal<Option<AppError>>) -> impl IntoView {
    let i18n = use_i18n();
    let message = crate::ui::forms::field_message(error, "payment_method");
    let empty = q.groups.is_empty();
    let can_place = !empty && !q.blocked && q.deliverable && (q.cod_available || q.card_available);
    let first = if q.cod_available { "cod" } else { "card" };
    view! {
        <aside class="card checkout-summary" data-testid="checkout-summary">
            <h2>{i18n.t("checkout-summary")}</h2>
            {q.left_out.then(|| view! {
                <p class="note">{i18n.t("checkout-some-left-out")} " " <a href=i18n.href("/cart")>{i18n.t("cart-view")}</a></p>
            })}
            {q.blocked.then(|| view! {
                <p class="field-error" data-testid="checkout-blocked">{i18n.t("checkout-short")} " " <a href=i18n.href("/cart")>{i18n.t("cart-view")}</a></p>
            })}
            {empty.then(|| view! { <p>{i18n.t("cart-empty")}</p> })}
            {q.groups.iter().map(|g| view! {
                <section class="summary-group" data-testid="summary-group">
                    <h3>{g.cooperative_name.clone()}</h3>
                    <ul class="plain">
                        {g.lines.iter().map(|l| view! {
                            <li>{format!("{} · {} × {}", l.product_name, l.variant_label, l.quantity)}
                                <span class="price">{i18n.vnd(l.line_total_vnd)}</span></li>
                        }).collect_view()}
                    </ul>
                    <p>{i18n.t("cart-subtotal")} " " <span class="price">{i18n.vnd(g.subtotal_vnd)}</span></p>
                    <p>{i18n.t("checkout-shipping")} " "
                        {match g.shipping_vnd {
                            Some(0) => view! { <span class="price">{i18n.t("checkout-free")}</span> }.into_any(),
                            Some(fee) => view! { <span class="price">{i18n.vnd(fee)}</span> }.into_any(),
                            None => view! { <span class="field-error">{i18n.t("checkout-no-ship-abroad")}</span> }.into_any(),
                        }}
                    </p>
                </section>
            }).collect_view()}
            <p class="summary-total">
                {i18n.t("checkout-total")} " "
                <strong class="price" data-testid="checkout-total">{i18n.vnd(q.total_vnd)}</strong>
            </p>
            {q.indicative.clone().map(|ind| view! {
                <p class="muted" data-testid="indicative">
                    {i18n.t_with("checkout-indicative", &[("amount", ind.display().into())])}
                </p>
            })}
            <input type="hidden" name="fields[expected_total]" value=q.total_vnd.to_string() />
            <fieldset class="field" class:has-error=move || message.get().is_some()>
                <legend>{i18n.t("checkout-payment")}</legend>
                {q.cod_available.then(|| view! {
                    <label class="radio"><input type="radio" name="fields[payment_method]" value="cod" checked=first == "cod" />
                        {i18n.t("payment-cod")}</label>
                })}
                {q.card_available.then(|| view! {
                    <label class="radio"><input type="radio" name="fields[payment_method]" value="card" checked=first == "card" />
                        {i18n.t("payment-card")}</label>
                })}
                {(!q.cod_available && !q.card_available).then(|| view! { <p class="field-error">{i18n.t("checkout-no-payment")}</p> })}
                <p class="field-error" aria-live="polite">{move || message.get()}</p>
            </fieldset>
            <button type="submit" class="btn btn-primary" disabled=!can_place data-testid="place-order">
                {i18n.t("checkout-place")}
            </button>
        </aside>
    }
}

crate::page_island!(
    "shop",
    /// The Checkout page in the browser (loaded only on its route).
    CheckoutIsland => CheckoutPage
);
