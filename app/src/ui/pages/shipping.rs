//! A cooperative's shipping rules: flat fee, free shipping threshold, per-province fees, the fee
//! abroad (or none), and whether it takes cash on delivery.

use crate::api::shop::{fetch_shipping_rules, SaveShippingRules};
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::ui::forms::{Field, FormAlert};
use crate::ui::outcome::error_view;
use crate::ui::page::use_query_map;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// /{locale}/sell/shipping?coop=ID
#[component]
pub fn ShippingRulesPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let coop = move || query.read().get("coop").and_then(|s| s.parse::<i64>().ok());
    let save = ServerAction::<SaveShippingRules>::new();
    let data = Resource::new(
        move || (coop(), save.version().get()),
        move |(c, _)| fetch_shipping_rules(c, i18n.locale.code().to_owned()),
    );
    let error: Signal<Option<AppError>> = Signal::derive(move || save.value().get().and_then(Result::err));
    let saved = move || matches!(save.value().get(), Some(Ok(())));
    let plain = |v: i64| v.to_string();
    view! {
        <Title text=i18n.t("shipping-title") />
        <Meta name="robots" content="noindex" />
        <section class="container narrow" data-testid="shipping-rules">
            <h1>{i18n.t("shipping-title")}</h1>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(r) => view! {
                            <p class="muted">{r.cooperative_name.clone()} " · "
                                <a href=i18n.href(&format!("/sell/orders?coop={}", r.cooperative_id))>{i18n.t("sell-orders-title")}</a></p>
                            <ActionForm action=save attr:class="form card form-card" attr:novalidate=true>
                                <FormAlert error />
                                <p class="form-success" role="status">{move || saved().then(|| i18n.t("shipping-saved"))}</p>
                                <input type="hidden" name="cooperative_id" value=r.cooperative_id.to_string() />
                                <Field name="flat_fee" group="fields" label=i18n.t("shipping-flat-fee") value=plain(r.flat_fee_vnd) required=true error />
                                <Field name="free_above" group="fields" label=i18n.t("shipping-free-above")
                                    hint=i18n.t("shipping-free-above-hint") value=r.free_above_vnd.map(plain).unwrap_or_default() error />
                                <Field name="international_fee" group="fields" label=i18n.t("shipping-international")
                                    hint=i18n.t("shipping-international-hint") value=r.international_fee_vnd.map(plain).unwrap_or_default() error />
                                <label class="checkbox">
                                    <input type="checkbox" name="fields[cod_enabled]" checked=r.cod_enabled />
                                    {i18n.t("shipping-cod")}
                                </label>
                                <details>
                                    <summary>{i18n.t("shipping-provinces")}</summary>
                                    <p class="field-hint">{i18n.t("shipping-provinces-hint")}</p>
                                    <div class="province-fees">
                                        {r.provinces.iter().map(|(code, name, fee)| {
                                            let id = format!("province-{code}");
                                            view! {
                                                <div class="field">
                                                    <label for=id.clone()>{name.clone()}</label>
                                                    <input id=id name=format!("fields[province_fees][{code}]") inputmode="numeric"
                                                        value=fee.map(plain).unwrap_or_default() />
                                                </div>
                                            }
                                        }).collect_view()}
                                    </div>
                                </details>
                                <button type="submit" class="btn btn-primary">{i18n.t("shipping-save")}</button>
                            </ActionForm>
                        }.into_any(),
                        Err(e) => error_view(e),
                    }
                })}
            </Suspense>
        </section>
    }
}

crate::page_island!(
    "backoffice",
    /// The ShippingRules page in the browser (loaded only on its route).
    ShippingRulesIsland => ShippingRulesPage
);
