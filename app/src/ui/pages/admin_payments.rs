//! /{locale}/admin/payments: what each cooperative is owed and payouts, the commission (with
//! per-cooperative overrides), the time to pay by card, and the indicative exchange rates.

use crate::api::orders::{
    fetch_payments_admin, RecordPayout, SaveFeatured, SavePaymentSettings, SetCommission,
};
use crate::error::AppError;
use crate::i18n::{format_date, use_i18n};
use crate::ui::forms::{Field, FormAlert};
use crate::ui::outcome::error_view;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// Basis points as a percentage for a form ("8.5").
fn percent(bp: i32) -> String {
    if bp % 100 == 0 {
        (bp / 100).to_string()
    } else {
        format!("{}.{:02}", bp / 100, bp % 100)
            .trim_end_matches('0')
            .to_owned()
    }
}

/// A rate (VND per unit × 1000) for a form ("26300", "18.2").
fn rate(milli: i64) -> String {
    if milli % 1000 == 0 {
        (milli / 1000).to_string()
    } else {
        format!("{}.{:03}", milli / 1000, milli % 1000)
            .trim_end_matches('0')
            .to_owned()
    }
}

#[component]
pub fn AdminPaymentsPage() -> impl IntoView {
    let i18n = use_i18n();
    let settings = ServerAction::<SavePaymentSettings>::new();
    let commission = ServerAction::<SetCommission>::new();
    let payout = ServerAction::<RecordPayout>::new();
    let featured = ServerAction::<SaveFeatured>::new();
    let featured_error: Signal<Option<AppError>> =
        Signal::derive(move || featured.value().get().and_then(Result::err));
    let data = Resource::new(
        move || {
            (
                featured.version().get(),
                settings.version().get(),
                commission.version().get(),
                payout.version().get(),
            )
        },
        move |_| fetch_payments_admin(i18n.locale.code().to_owned()),
    );
    let settings_error: Signal<Option<AppError>> =
        Signal::derive(move || settings.value().get().and_then(Result::err));
    let payout_error: Signal<Option<AppError>> = Signal::derive(move || {
        payout
            .value()
            .get()
            .and_then(Result::err)
            .or_else(|| commission.value().get().and_then(Result::err))
    });
    view! {
        <Title text=i18n.t("admin-payments-title") />
        <Meta name="robots" content="noindex" />
        <section class="container" data-testid="admin-payments">
            <h1>{i18n.t("admin-payments-title")}</h1>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(p) => view! {
                            <h2>{i18n.t("admin-payments-balances")}</h2>
                            <FormAlert error=payout_error />
                            <table class="table balances" data-testid="balances">
                                <thead><tr>
                                    <th scope="col">{i18n.t("orders-cooperative")}</th>
                                    <th scope="col">{i18n.t("admin-payments-gross")}</th>
                                    <th scope="col">{i18n.t("admin-payments-commission")}</th>
                                    <th scope="col">{i18n.t("admin-payments-paid-out")}</th>
                                    <th scope="col">{i18n.t("admin-payments-owed")}</th>
                                    <th scope="col">{i18n.t("admin-payments-own-rate")}</th>
                                    <th scope="col">{i18n.t("admin-payments-payout")}</th>
                                </tr></thead>
                                <tbody>
                                    {p.balances.clone().into_iter().map(|b| {
                                        let id = b.cooperative_id.to_string();
                                        let pay_id = id.clone();
                                        let default_bp = p.commission_bp;
                                        view! {
                                            <tr>
                                                <td>{b.cooperative_name.clone()}</td>
                                                <td class="price">{i18n.vnd(b.gross_vnd)}</td>
                                                <td class="price">{i18n.vnd(b.commission_vnd)}</td>
                                                <td class="price">{i18n.vnd(b.paid_out_vnd)}</td>
                                                <td class="price"><strong>{i18n.vnd(b.owed_vnd)}</strong></td>
                                                <td>
                                                    <ActionForm action=commission attr:class="inline-form">
                                                        <input type="hidden" name="cooperative_id" value=id.clone() />
                                                        <label class="visually-hidden" for=format!("own-{id}")>{i18n.t("admin-payments-own-rate")}</label>
                                                        <input id=format!("own-{id}") class="qty" name="percent" inputmode="decimal"
                                                            value=b.override_bp.map(percent).unwrap_or_default() placeholder=percent(default_bp) />
                                                        <button type="submit" class="btn btn-ghost">{i18n.t("admin-payments-set")}</button>
                                                    </ActionForm>
                                                </td>
                                                <td>
                                                    {(b.owed_vnd > 0).then(move || { let id = pay_id; view! {
                                                        <ActionForm action=payout attr:class="inline-form">
                                                            <input type="hidden" name="fields[cooperative_id]" value=id.clone() />
                                                            <label class="visually-hidden" for=format!("amount-{id}")>{i18n.t("admin-payments-amount")}</label>
                                                            <input id=format!("amount-{id}") class="qty" name="fields[amount]" inputmode="numeric" value=b.owed_vnd.to_string() />
                                                            <label class="visually-hidden" for=format!("ref-{id}")>{i18n.t("admin-payments-reference")}</label>
                                                            <input id=format!("ref-{id}") name="fields[reference]" placeholder=i18n.t("admin-payments-reference") maxlength="120" />
                                                            <button type="submit" class="btn btn-primary">{i18n.t("admin-payments-record")}</button>
                                                        </ActionForm>
                                                    }})}
                                                </td>
                                            </tr>
                                        }
                                    }).collect_view()}
                                </tbody>
                            </table>
                            <h2>{i18n.t("admin-payments-settings")}</h2>
                            <ActionForm action=settings attr:class="form card form-card" attr:novalidate=true>
                                <FormAlert error=settings_error />
                                <Field name="commission_percent" group="fields" label=i18n.t("admin-payments-commission-percent")
                                    value=percent(p.commission_bp) required=true error=settings_error />
                                <Field name="card_payment_minutes" group="fields" label=i18n.t("admin-payments-card-minutes")
                                    value=p.card_payment_minutes.to_string() required=true error=settings_error />
                                <fieldset>
                                    <legend>{i18n.t("admin-payments-rates")}</legend>
                                    {p.rates.clone().into_iter().map(|r| {
                                        let id = format!("rate-{}", r.code);
                                        view! {
                                            <div class="field">
                                                <label for=id.clone()>{i18n.t_with("admin-payments-rate", &[("currency", r.code.clone().into())])}</label>
                                                <input id=id name=format!("fields[rates][{}]", r.code) inputmode="decimal" value=rate(r.vnd_per_unit_milli) />
                                                <p class="field-hint">{format_date(r.updated_at, i18n.locale)}</p>
                                            </div>
                                        }
                                    }).collect_view()}
                                </fieldset>
                                <button type="submit" class="btn btn-primary">{i18n.t("admin-payments-save")}</button>
                            </ActionForm>
                            <h2>{i18n.t("admin-featured-title")}</h2>
                            <ActionForm action=featured attr:class="form card form-card" attr:novalidate=true>
                                <FormAlert error=featured_error />
                                <div class="field">
                                    <label for="field-featured">{i18n.t("admin-featured-label")}</label>
                                    <textarea id="field-featured" name="featured" rows="6">{p.featured.clone()}</textarea>
                                    <p class="field-hint">{i18n.t("admin-featured-hint")}</p>
                                    <p class="field-error" aria-live="polite">
                                        {move || featured_error.get().and_then(|e| e.field_key("featured").map(|k| i18n.t(k.as_str())))}
                                    </p>
                                </div>
                                <button type="submit" class="btn btn-primary">{i18n.t("admin-featured-save")}</button>
                            </ActionForm>
                            <h2>{i18n.t("admin-payments-payouts")}</h2>
                            <table class="table">
                                <tbody>
                                    {p.payouts.clone().into_iter().map(|x| view! {
                                        <tr>
                                            <td>{format_date(x.at, i18n.locale)}</td>
                                            <td>{x.cooperative_name.clone()}</td>
                                            <td class="price">{i18n.vnd(x.amount_vnd)}</td>
                                            <td>{x.reference.clone()}</td>
                                        </tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                        }.into_any(),
                        Err(e) => error_view(e),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::{percent, rate};

    #[test]
    fn numbers_for_forms() {
        assert_eq!(percent(800), "8");
        assert_eq!(percent(850), "8.5");
        assert_eq!(percent(825), "8.25");
        assert_eq!(rate(26_300_000), "26300");
        assert_eq!(rate(18_200), "18.2");
    }
}

crate::page_island!(
    "backoffice",
    /// The AdminPayments page in the browser (loaded only on its route).
    AdminPaymentsIsland => AdminPaymentsPage
);
