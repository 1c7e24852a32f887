//! Every field of an application, read-only (reviewers, and applicants once submitted).

use crate::i18n::{format_date, format_number, use_i18n, Locale};
use crate::model::cooperatives::ApplicationView;
use leptos::prelude::*;

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
