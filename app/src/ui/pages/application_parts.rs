//! Pieces shared by the applicant's pages and the administrators' review: the application form,
//! a read-only summary, the status banner and the documents list.

use crate::api::cooperatives::SaveApplication;
use crate::domain::cooperative_status::CooperativeStatus;
use crate::error::AppError;
use crate::i18n::{format_date, format_number, use_i18n, I18n, Locale};
use crate::model::cooperatives::{ApplicationFields, ApplicationView, DocumentView, RegionOption};
use crate::ui::forms::{Field, FormAlert, SelectField, TextAreaField};
use crate::ui::page::use_navigate;
use leptos::prelude::*;

/// Form names of the per-locale fields, in `Locale::ALL` order.
const TRADING_NAMES: [&str; 5] = [
    "trading_name_vi",
    "trading_name_en",
    "trading_name_zh",
    "trading_name_ja",
    "trading_name_ko",
];
const DESCRIPTIONS: [&str; 5] = [
    "description_vi",
    "description_en",
    "description_zh",
    "description_ja",
    "description_ko",
];

/// The Fluent id of a field's label ("legal_name_vi" → "coop-field-legal-name-vi").
pub fn field_label_key(field: &str) -> String {
    format!("coop-field-{}", field.replace('_', "-"))
}

/// The translated name of a status stored as text.
pub fn status_label(i18n: I18n, status: CooperativeStatus) -> String {
    i18n.t(status.message_key())
}

/// The application's status and, when a decision gave one, its reason.
#[component]
pub fn StatusBanner(status: CooperativeStatus, reason: Option<String>) -> impl IntoView {
    let i18n = use_i18n();
    let label = status_label(i18n, status);
    view! {
        <div class=format!("status-banner status-{status}") data-testid="coop-status" data-status=status.as_str()>
            <p><strong>{i18n.t("coop-status-label")}</strong> " " {label}</p>
            {reason.map(|r| view! {
                <p class="status-reason">
                    <strong>{i18n.t("coop-reason-label")}</strong> " "
                    <span data-testid="coop-reason">{r}</span>
                </p>
            })}
        </div>
    }
}

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

/// Every field of an application, read-only (reviewers, and applicants once submitted).
#[component]
pub fn ApplicationSummary(application: ApplicationView) -> impl IntoView {
    let i18n = use_i18n();
    let a = application;
    let f = a.fields.clone();
    let dash = || "—".to_owned();
    let or_dash = |s: &str| if s.is_empty() { dash() } else { s.to_owned() };
    let number = |s: &str| {
        s.parse::<i64>()
            .map(|n| format_number(n, i18n.locale))
            .unwrap_or_else(|_| dash())
    };
    let rows: Vec<(String, String)> = vec![
        (i18n.t("coop-field-legal-name-vi"), f.legal_name_vi.clone()),
        (
            i18n.t("coop-field-registration-number"),
            f.registration_number.clone(),
        ),
        (
            i18n.t("coop-field-region-code"),
            a.region_name.clone().unwrap_or_else(dash),
        ),
        (i18n.t("coop-field-address"), or_dash(&f.address)),
        (i18n.t("coop-field-year-founded"), or_dash(&f.year_founded)),
        (i18n.t("coop-field-member-count"), number(&f.member_count)),
        (
            i18n.t("coop-field-legal-representative"),
            or_dash(&f.legal_representative),
        ),
        (i18n.t("coop-field-contact-phone"), or_dash(&f.contact_phone)),
        (i18n.t("coop-field-contact-email"), or_dash(&f.contact_email)),
        (
            i18n.t("coop-applied-in"),
            Locale::from_code(&a.applied_locale)
                .map(|l| l.native_name().to_owned())
                .unwrap_or_default(),
        ),
        (i18n.t("coop-created-at"), format_date(a.created_at, i18n.locale)),
    ];
    let names = Locale::ALL
        .into_iter()
        .filter(|l| !f.trading_name(*l).is_empty())
        .map(|l| view! { <li><span class="locale-tag">{l.code()}</span> " " {f.trading_name(l).to_owned()}</li> })
        .collect_view();
    let descriptions = a
        .descriptions_html
        .into_iter()
        .map(|(code, html)| {
            view! {
                <section class="description" lang=code.clone()>
                    <h3><span class="locale-tag">{code.clone()}</span></h3>
                    <div class="prose" inner_html=html></div>
                </section>
            }
        })
        .collect_view();
    view! {
        <dl class="card summary" data-testid="application-summary">
            {rows.into_iter().map(|(k, v)| view! { <dt>{k}</dt><dd>{v}</dd> }).collect_view()}
        </dl>
        <h2>{i18n.t("coop-field-trading-name")}</h2>
        <ul class="plain-list">{names}</ul>
        <h2>{i18n.t("coop-field-description")}</h2>
        {descriptions}
    }
}

/// Human file sizes ("2.4 MB", "830 KB").
pub fn file_size(bytes: i64, i18n: I18n) -> String {
    if bytes >= 1024 * 1024 {
        format!(
            "{}.{} MB",
            format_number(bytes / (1024 * 1024), i18n.locale),
            (bytes % (1024 * 1024)) * 10 / (1024 * 1024)
        )
    } else {
        format!("{} KB", format_number((bytes + 1023) / 1024, i18n.locale))
    }
}

/// The documents of an application, as links (only members and administrators reach them).
#[component]
pub fn DocumentList(
    documents: Vec<DocumentView>,
    #[prop(default = None)] on_remove: Option<Callback<i64>>,
) -> impl IntoView {
    let i18n = use_i18n();
    if documents.is_empty() {
        return view! { <p class="muted" data-testid="no-documents">{i18n.t("apply-no-documents")}</p> }
            .into_any();
    }
    view! {
        <ul class="document-list" data-testid="documents">
            {documents
                .into_iter()
                .map(|d| {
                    let id = d.id;
                    view! {
                        <li>
                            <a href=d.url.clone() rel="external" target="_blank">{d.original_name.clone()}</a>
                            " · " {i18n.t(d.kind.message_key())}
                            " · " {file_size(d.size_bytes, i18n)}
                            " · " {format_date(d.uploaded_at, i18n.locale)}
                            {on_remove.map(|cb| view! {
                                " "
                                <button type="button" class="linklike danger" on:click=move |_| cb.run(id)>
                                    {i18n.t("apply-remove-document")}
                                </button>
                            })}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}

/// The translated list of what is missing, for an Invalid error from submitting.
#[component]
pub fn MissingList(error: Signal<Option<AppError>>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let Some(AppError::Invalid(fields)) = error.get() else {
            return None;
        };
        Some(view! {
            <ul class="missing-list" data-testid="missing-fields">
                {fields
                    .into_iter()
                    .map(|f| view! { <li>{i18n.t(&field_label_key(&f.field))} ": " {i18n.t(f.key.as_str())}</li> })
                    .collect_view()}
            </ul>
        })
    }
}
