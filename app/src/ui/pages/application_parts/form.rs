//! Create (no `existing`) or edit an application. After saving, goes to the application's page.

use super::{DESCRIPTIONS, TRADING_NAMES};
use crate::api::cooperatives::SaveApplication;
use crate::i18n::{use_i18n, Locale};
use crate::model::cooperatives::{ApplicationFields, ApplicationView, RegionOption};
use crate::ui::forms::{Field, FormAlert, SelectField, TextAreaField};
use crate::ui::page::use_navigate;
use leptos::prelude::*;

/// Create (no `existing`) or edit an application. After saving, goes to the application's page.
#[component]
pub fn ApplicationForm(
    existing: Option<ApplicationView>,
    regions: Vec<RegionOption>,
    /// Administrators may apply on a cooperative's behalf (assisted onboarding).
    #[prop(optional)]
    offer_on_behalf: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let save = ServerAction::<SaveApplication>::new();
    let error = Signal::derive(move || save.value().get().and_then(Result::err));
    let navigate = use_navigate();
    Effect::new(move |_| {
        if let Some(Ok(id)) = save.value().get() {
            let path = format!("/sell/apply/{id}?saved={}", save.version().get_untracked());
            navigate(&i18n.href(&path), Default::default());
        }
    });
    let f: ApplicationFields = existing.as_ref().map(|a| a.fields.clone()).unwrap_or_default();
    let region_options: Vec<(String, String)> = regions.into_iter().map(|r| (r.code, r.name)).collect();
    let ids = existing.as_ref().map(|a| (a.id, a.version));
    let translations = Locale::ALL
        .into_iter()
        .enumerate()
        .map(|(i, l)| {
            view! {
                <details class="locale-texts" open=l == Locale::Vi || l == i18n.locale>
                    <summary lang=l.code()>{l.native_name()}</summary>
                    <Field
                        name=TRADING_NAMES[i]
                        group="fields"
                        label=i18n.t("coop-field-trading-name")
                        value=f.trading_name(l).to_owned()
                        error
                    />
                    <TextAreaField
                        name=DESCRIPTIONS[i]
                        group="fields"
                        label=i18n.t("coop-field-description")
                        hint=i18n.t("coop-description-hint")
                        value=f.description(l).to_owned()
                        error
                    />
                </details>
            }
        })
        .collect_view();
    view! {
        <ActionForm action=save attr:class="form application-form" attr:novalidate=true>
            <FormAlert error />
            {ids.map(|(id, version)| view! {
                <input type="hidden" name="id" value=id.to_string() />
                <input type="hidden" name="version" value=version.to_string() />
            })}
            <input type="hidden" name="locale" value=i18n.locale.code() />
            <fieldset>
                <legend>{i18n.t("apply-section-identity")}</legend>
                <Field name="legal_name_vi" group="fields" label=i18n.t("coop-field-legal-name-vi")
                    hint=i18n.t("coop-legal-name-hint") value=f.legal_name_vi.clone() required=true error />
                <Field name="registration_number" group="fields" label=i18n.t("coop-field-registration-number")
                    hint=i18n.t("coop-registration-hint") value=f.registration_number.clone() required=true error />
                <SelectField name="region_code" group="fields" label=i18n.t("coop-field-region-code")
                    options=region_options selected=f.region_code.clone()
                    placeholder=i18n.t("coop-region-choose") required=true error />
                <Field name="address" group="fields" label=i18n.t("coop-field-address")
                    autocomplete="street-address" value=f.address.clone() required=true error />
                <div class="field-row">
                    <Field name="year_founded" group="fields" label=i18n.t("coop-field-year-founded")
                        input_type="number" value=f.year_founded.clone() required=true error />
                    <Field name="member_count" group="fields" label=i18n.t("coop-field-member-count")
                        input_type="number" value=f.member_count.clone() required=true error />
                </div>
                <Field name="legal_representative" group="fields" label=i18n.t("coop-field-legal-representative")
                    value=f.legal_representative.clone() required=true error />
            </fieldset>
            <fieldset>
                <legend>{i18n.t("apply-section-contact")}</legend>
                <Field name="contact_phone" group="fields" label=i18n.t("coop-field-contact-phone")
                    input_type="tel" autocomplete="tel" hint=i18n.t("coop-phone-hint")
                    value=f.contact_phone.clone() required=true error />
                <Field name="contact_email" group="fields" label=i18n.t("coop-field-contact-email")
                    input_type="email" autocomplete="email" value=f.contact_email.clone() required=true error />
            </fieldset>
            <fieldset>
                <legend>{i18n.t("apply-section-texts")}</legend>
                <p class="field-hint">{i18n.t("apply-texts-hint")}</p>
                {translations}
            </fieldset>
            {(offer_on_behalf && ids.is_none()).then(|| view! {
                <label class="checkbox">
                    <input type="checkbox" name="on_behalf" value="on" />
                    " " {i18n.t("apply-on-behalf")}
                </label>
            })}
            <p class="field-hint">{i18n.t("apply-draft-note")}</p>
            <button type="submit" class="btn btn-primary" disabled=move || save.pending().get()>
                {i18n.t("apply-save")}
            </button>
        </ActionForm>
    }
}
