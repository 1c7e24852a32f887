//! The checkout form in the browser: choosing the country or the province asks the server for the
//! wards and the summary again, and "Place order" sends the form to the server, which places the
//! order or says (in the shopper's language) why not. The island is handed every word it shows,
//! already translated, so the shop's bundle carries no translations.

use crate::error::ErrorId;
use crate::i18n::{I18n, Locale};
use crate::model::checkout_summary::{Refusal, Summary};
use crate::model::shop::RegionOption;
use crate::ui::forms::described_by;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The form's words.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckoutTexts {
    pub contact: String,
    pub address: String,
    pub email: String,
    pub phone: String,
    pub recipient: String,
    pub country: String,
    pub province: String,
    pub choose_province: String,
    pub ward: String,
    pub choose_ward: String,
    pub choose_province_first: String,
    pub street: String,
    pub lines: String,
    pub note: String,
    /// When the server cannot be reached.
    pub network: String,
}

impl CheckoutTexts {
    pub fn new(i18n: I18n) -> CheckoutTexts {
        CheckoutTexts {
            contact: i18n.t("checkout-contact"),
            address: i18n.t("checkout-address"),
            email: i18n.t("field-email"),
            phone: i18n.t("checkout-phone"),
            recipient: i18n.t("checkout-recipient"),
            country: i18n.t("checkout-country"),
            province: i18n.t("checkout-province"),
            choose_province: i18n.t("checkout-choose-province"),
            ward: i18n.t("checkout-ward"),
            choose_ward: i18n.t("checkout-choose-ward"),
            choose_province_first: i18n.t("checkout-choose-province-first"),
            street: i18n.t("checkout-street"),
            lines: i18n.t("checkout-lines"),
            note: i18n.t("checkout-note"),
            network: i18n.t(ErrorId::Network.as_str()),
        }
    }
}

/// The message for `field` in the last refusal.
fn message(refusal: RwSignal<Refusal>, field: &'static str) -> Signal<Option<String>> {
    Signal::derive(move || {
        refusal.with(|r| r.fields.iter().find(|(f, _)| f == field).map(|(_, m)| m.clone()))
    })
}

/// The checkout form. `refused` is what a form posted without the script came back with.
#[cfg_attr(any(feature = "ssr", feature = "shop"), island)]
#[cfg_attr(not(any(feature = "ssr", feature = "shop")), component)]
pub fn CheckoutForm(
    locale: Locale,
    texts: CheckoutTexts,
    countries: Vec<(String, String)>,
    regions: Vec<RegionOption>,
    key: String,
    summary: Summary,
    refused: Option<Refusal>,
) -> impl IntoView {
    let t = StoredValue::new(texts);
    let country = RwSignal::new("VN".to_owned());
    let region = RwSignal::new(String::new());
    let wards = RwSignal::new(Vec::<RegionOption>::new());
    let summary = RwSignal::new(summary);
    let refusal = RwSignal::new(refused.unwrap_or_default());
    let busy = RwSignal::new(false);
    // Only the answer to the latest question about the destination is shown.
    let asked = StoredValue::new(0u32);
    let refresh = move || {
        let n = asked.get_value() + 1;
        asked.set_value(n);
        #[cfg(feature = "hydrate")]
        {
            let (c, r) = (country.get_untracked(), region.get_untracked());
            leptos::task::spawn_local(async move {
                if let Ok(s) = crate::api::shop::checkout_summary(c, r, locale.code().to_owned()).await {
                    if asked.get_value() == n {
                        summary.set(s);
                    }
                }
            });
        }
    };
    let on_country = move |ev: leptos::ev::Event| {
        country.set(event_target_value(&ev));
        refresh();
    };
    let on_region = move |ev: leptos::ev::Event| {
        let code = event_target_value(&ev);
        region.set(code.clone());
        wards.set(vec![]);
        refresh();
        #[cfg(feature = "hydrate")]
        if !code.is_empty() {
            leptos::task::spawn_local(async move {
                let list = crate::api::shop::fetch_wards(code.clone())
                    .await
                    .unwrap_or_default();
                if region.get_untracked() == code {
                    wards.set(list);
                }
            });
        }
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        #[cfg(feature = "hydrate")]
        {
            use leptos::wasm_bindgen::JsCast;
            let Some(form) = ev
                .target()
                .and_then(|t| t.dyn_into::<leptos::web_sys::HtmlFormElement>().ok())
            else {
                return;
            };
            let fields = read_fields(&form);
            busy.set(true);
            leptos::task::spawn_local(async move {
                use crate::model::checkout_summary::PlaceOutcome;
                match crate::api::shop::checkout_place(fields, locale.code().to_owned()).await {
                    Ok(PlaceOutcome::Placed { redirect }) => {
                        if let Some(w) = leptos::web_sys::window() {
                            let _ = w.location().set_href(&redirect);
                        }
                    }
                    Ok(PlaceOutcome::Refused {
                        refusal: r,
                        summary: s,
                    }) => {
                        refusal.set(r);
                        summary.set(*s);
                        busy.set(false);
                    }
                    Err(_) => {
                        refusal.set(Refusal {
                            message: t.with_value(|t| t.network.clone()),
                            fields: vec![],
                        });
                        busy.set(false);
                    }
                }
            });
        }
    };
    let text = move |f: fn(&CheckoutTexts) -> String| t.with_value(f);
    let country_message = message(refusal, "country");
    let region_message = message(refusal, "region_code");
    let ward_message = message(refusal, "ward");
    view! {
        <form class="form checkout-grid" method="post" action="/api/shop/place" novalidate on:submit=on_submit>
            <input type="hidden" name="locale" value=locale.code() />
            <input type="hidden" name="fields[idempotency_key]" value=key />
            <div class="checkout-fields">
                <div class="form-alert" role="alert" data-testid="form-alert">
                    {move || refusal.with(|r| (!r.message.is_empty()).then(|| view! { <p>{r.message.clone()}</p> }))}
                </div>
                <h2>{text(|t| t.contact.clone())}</h2>
                <Input name="email" label=text(|t| t.email.clone()) input_type="email" autocomplete="email" refusal />
                <Input name="phone" label=text(|t| t.phone.clone()) input_type="tel" autocomplete="tel" refusal />
                <h2>{text(|t| t.address.clone())}</h2>
                <Input name="recipient" label=text(|t| t.recipient.clone()) autocomplete="name" refusal />
                <div class="field" class:has-error=move || country_message.get().is_some()>
                    <label for="field-country">{text(|t| t.country.clone())}</label>
                    <select id="field-country" name="fields[country]" autocomplete="country" on:change=on_country>
                        {countries.into_iter().map(|(code, name)| {
                            let selected = code == "VN";
                            view! { <option value=code selected=selected>{name}</option> }
                        }).collect_view()}
                    </select>
                    <p class="field-error" aria-live="polite">{move || country_message.get()}</p>
                </div>
                <Show when=move || country.get() == "VN">
                    <div class="field" class:has-error=move || region_message.get().is_some()>
                        <label for="field-region_code">{text(|t| t.province.clone())} " *"</label>
                        <select id="field-region_code" name="fields[region_code]" on:change=on_region>
                            <option value="">{text(|t| t.choose_province.clone())}</option>
                            {regions.iter().map(|r| {
                                let code = r.code.clone();
                                let selected = move || region.get() == code;
                                view! { <option value=r.code.clone() selected=selected>{r.name.clone()}</option> }
                            }).collect_view()}
                        </select>
                        <p class="field-error" aria-live="polite">{move || region_message.get()}</p>
                    </div>
                    <div class="field" class:has-error=move || ward_message.get().is_some()>
                        <label for="field-ward">{text(|t| t.ward.clone())} " *"</label>
                        <select id="field-ward" name="fields[ward]" disabled=move || wards.with(Vec::is_empty)>
                            <option value="">
                                {move || if wards.with(Vec::is_empty) { text(|t| t.choose_province_first.clone()) } else { text(|t| t.choose_ward.clone()) }}
                            </option>
                            <For each=move || wards.get() key=|w| w.code.clone() let:w>
                                <option value=w.code>{w.name}</option>
                            </For>
                        </select>
                        <p class="field-error" aria-live="polite">{move || ward_message.get()}</p>
                    </div>
                    <Input name="street" label=text(|t| t.street.clone()) autocomplete="street-address" refusal />
                </Show>
                <Show when=move || country.get() != "VN">
                    <TextArea name="lines" label=text(|t| t.lines.clone()) rows=4 refusal />
                </Show>
                <TextArea name="note" label=text(|t| t.note.clone()) rows=2 refusal />
            </div>
            {move || view! { <SummaryBox s=summary.get() busy refusal /> }}
        </form>
    }
}

/// The form's fields as typed.
#[cfg(feature = "hydrate")]
fn read_fields(form: &leptos::web_sys::HtmlFormElement) -> crate::model::shop::CheckoutFields {
    let data = leptos::web_sys::FormData::new_with_form(form).ok();
    let get = |name: &str| {
        data.as_ref()
            .and_then(|d| d.get(&format!("fields[{name}]")).as_string())
            .unwrap_or_default()
    };
    crate::model::shop::CheckoutFields {
        email: get("email"),
        phone: get("phone"),
        recipient: get("recipient"),
        country: get("country"),
        region_code: get("region_code"),
        ward: get("ward"),
        street: get("street"),
        lines: get("lines"),
        note: get("note"),
        payment_method: get("payment_method"),
        idempotency_key: get("idempotency_key"),
        expected_total: get("expected_total"),
    }
}

/// A labelled input (required) with the message the server gave for it.
#[component]
fn Input(
    name: &'static str,
    label: String,
    #[prop(default = "text")] input_type: &'static str,
    autocomplete: &'static str,
    refusal: RwSignal<Refusal>,
) -> impl IntoView {
    let id = format!("field-{name}");
    let error_id = format!("{id}-error");
    let message = message(refusal, name);
    let described = described_by(false, String::new(), error_id.clone(), message);
    view! {
        <div class="field" class:has-error=move || message.get().is_some()>
            <label for=id.clone()>{label}" *"</label>
            <input id=id name=format!("fields[{name}]") type=input_type autocomplete=autocomplete
                aria-required="true"
                aria-invalid=move || message.get().is_some().then_some("true")
                aria-describedby=described />
            <p id=error_id class="field-error" aria-live="polite">{move || message.get()}</p>
        </div>
    }
}

/// A labelled text area with the message the server gave for it.
#[component]
fn TextArea(name: &'static str, label: String, rows: u32, refusal: RwSignal<Refusal>) -> impl IntoView {
    let id = format!("field-{name}");
    let error_id = format!("{id}-error");
    let message = message(refusal, name);
    let described = described_by(false, String::new(), error_id.clone(), message);
    view! {
        <div class="field" class:has-error=move || message.get().is_some()>
            <label for=id.clone()>{label}</label>
            <textarea id=id name=format!("fields[{name}]") rows=rows
                aria-invalid=move || message.get().is_some().then_some("true")
                aria-describedby=described></textarea>
            <p id=error_id class="field-error" aria-live="polite">{move || message.get()}</p>
        </div>
    }
}

/// The order summary by cooperative, the payment choice and the button.
#[component]
fn SummaryBox(s: Summary, busy: RwSignal<bool>, refusal: RwSignal<Refusal>) -> impl IntoView {
    let payment_message = message(refusal, "payment_method");
    let first = s.payments.first().map(|p| p.value.clone()).unwrap_or_default();
    let can_place = s.can_place;
    let cart_link = move |text: String, class: &'static str, testid: &'static str| {
        view! {
            <p class=class data-testid=testid>{text} " " <a href=s.cart_href.clone()>{s.cart_link.clone()}</a></p>
        }
    };
    view! {
        <aside class="card checkout-summary" data-testid="checkout-summary">
            <h2>{s.title}</h2>
            {s.left_out.map(|n| cart_link.clone()(n, "note", "left-out"))}
            {s.blocked.map(|n| cart_link.clone()(n, "field-error", "checkout-blocked"))}
            {s.empty.map(|n| view! { <p>{n}</p> })}
            {s.groups.into_iter().map(|g| view! {
                <section class="summary-group" data-testid="summary-group">
                    <h3>{g.cooperative}</h3>
                    <ul class="plain">
                        {g.lines.into_iter().map(|l| view! {
                            <li>{l.text}<span class="price">{l.total}</span></li>
                        }).collect_view()}
                    </ul>
                    <p>{g.subtotal_label} " " <span class="price">{g.subtotal}</span></p>
                    <p>{g.shipping_label} " "
                        <span class=if g.no_shipping { "field-error" } else { "price" }>{g.shipping}</span>
                    </p>
                </section>
            }).collect_view()}
            <p class="summary-total">
                {s.total_label} " "
                <strong class="price" data-testid="checkout-total">{s.total}</strong>
            </p>
            {s.indicative.map(|ind| view! { <p class="muted" data-testid="indicative">{ind}</p> })}
            <input type="hidden" name="fields[expected_total]" value=s.total_vnd.to_string() />
            <fieldset class="field" class:has-error=move || payment_message.get().is_some()>
                <legend>{s.payment_legend}</legend>
                {s.payments.into_iter().map(|p| {
                    let checked = p.value == first;
                    view! {
                        <label class="radio"><input type="radio" name="fields[payment_method]" value=p.value checked=checked />
                            {p.label}</label>
                    }
                }).collect_view()}
                {s.no_payment.map(|n| view! { <p class="field-error">{n}</p> })}
                <p class="field-error" aria-live="polite">{move || payment_message.get()}</p>
            </fieldset>
            <button type="submit" class="btn btn-primary" disabled=move || !can_place || busy.get() data-testid="place-order">
                {s.place_label}
            </button>
        </aside>
    }
}
