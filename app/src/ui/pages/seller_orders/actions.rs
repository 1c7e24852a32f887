//! What the cooperative may do with an order now, as forms (confirm, ship, deliver, cancel with a reason).

use crate::api::orders::SellerOrderAction;
use crate::error::AppError;
use crate::i18n::use_i18n;
use leptos::prelude::*;

#[component]
pub(super) fn SellerActions(
    number: String,
    actions: Vec<String>,
    act: ServerAction<SellerOrderAction>,
    error: Signal<Option<AppError>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let field = move |name: &'static str| crate::ui::forms::field_message(error, name);
    actions
        .into_iter()
        .map(|a| {
            let number = number.clone();
            let key = format!("orders-action-{a}");
            let extra = match a.as_str() {
                "ship" => view! {
                    <div class="field">
                        <label for="field-carrier">{i18n.t("orders-carrier")}</label>
                        <input id="field-carrier" name="carrier" list="carriers" maxlength="120" />
                        <datalist id="carriers">
                            {["VNPost", "Viettel Post", "GHN", "GHTK", "J&T Express", "DHL", "EMS"]
                                .map(|c| view! { <option value=c></option> }).collect_view()}
                        </datalist>
                    </div>
                    <div class="field">
                        <label for="field-tracking_code">{i18n.t("orders-tracking-code")}</label>
                        <input id="field-tracking_code" name="tracking_code" maxlength="120" />
                        <p class="field-error" aria-live="polite">{move || field("tracking_code").get()}</p>
                    </div>
                }
                .into_any(),
                "cancel" => view! {
                    <div class="field">
                        <label for="field-reason">{i18n.t("orders-reason")}</label>
                        <input id="field-reason" name="reason" maxlength="500" />
                        <p class="field-error" aria-live="polite">{move || field("reason").get()}</p>
                    </div>
                }
                .into_any(),
                _ => ().into_any(),
            };
            view! {
                <ActionForm action=act attr:class="form order-action" attr:novalidate=true>
                    <input type="hidden" name="number" value=number />
                    <input type="hidden" name="action" value=a.clone() />
                    {extra}
                    <button type="submit" class=if a == "cancel" { "btn btn-ghost" } else { "btn btn-primary" }
                        data-testid=format!("seller-{a}")>{i18n.t(&key)}</button>
                </ActionForm>
            }
        })
        .collect_view()
}
