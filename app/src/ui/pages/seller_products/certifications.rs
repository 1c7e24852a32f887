//! The product's certifications, with expiry warnings, and the form to declare one.

use super::UploadNotice;
use crate::api::catalog::{fetch_cert_kinds, fetch_certifications, AddCertification};
use crate::i18n::use_i18n;
use crate::ui::forms::{Field, FormAlert, SelectField};
use leptos::prelude::*;

/// The product's certifications, with expiry warnings, and the form to declare one.
#[component]
pub fn CertificationsSection(product_id: i64) -> impl IntoView {
    let i18n = use_i18n();
    let add = ServerAction::<AddCertification>::new();
    let error = Signal::derive(move || add.value().get().and_then(Result::err));
    let list = Resource::new(
        move || add.version().get(),
        move |_| fetch_certifications(product_id, i18n.locale.code().to_owned()),
    );
    // The schemes administrators offer now.
    let kinds = Resource::new(|| (), move |_| fetch_cert_kinds(i18n.locale.code().to_owned()));
    let star_options: Vec<(String, String)> = (3..=5).map(|n| (n.to_string(), "★".repeat(n))).collect();
    let level_options = vec![
        ("provincial".to_owned(), i18n.t("ocop-level-provincial")),
        ("national".to_owned(), i18n.t("ocop-level-national")),
    ];
    view! {
        <section class="card" aria-labelledby="certs-heading" data-testid="certifications-section">
            <h2 id="certs-heading">{i18n.t("certs-title")}</h2>
            <UploadNotice target=Some("scan") />
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    let rows = list.await.unwrap_or_default();
                    (!rows.is_empty()).then(|| view! {
                        <ul class="plain-list">
                            {rows.into_iter().map(|c| view! {
                                <li data-status=c.status.as_str()>
                                    <strong>{c.kind_label.clone()}</strong>
                                    {c.stars.map(|s| format!(" {}", "★".repeat(s as usize)))}
                                    " · " {c.number.clone()}
                                    " · " {i18n.t(&format!("cert-status-{}", c.status))}
                                    {c.expires_on.map(|d| view! { " · " {i18n.t("cert-expires")} " " {crate::ui::pages::trace::format_day(d, i18n)} })}
                                    {c.has_scan.then(|| view! {
                                        " · " <a href=format!("/media/certifications/{}/scan", c.id) rel="external" target="_blank" data-testid="cert-scan">{i18n.t("cert-scan-view")}</a>
                                    })}
                                    {c.reason.clone().map(|r| view! { <p class="status-reason">{r}</p> })}
                                    {c.expires_soon.then(|| view! { <p class="note" data-testid="expiry-warning">{i18n.t("cert-expiry-warning")}</p> })}
                                    {(c.status == crate::domain::catalog::CertificationStatus::Pending).then(|| {
                                        let input_id = format!("cert-scan-{}", c.id);
                                        view! {
                                            <form class="inline-form upload-form" method="post" enctype="multipart/form-data"
                                                action=format!("/uploads/certifications/{}/scan", c.id) data-testid="cert-scan-upload">
                                                <input type="hidden" name="locale" value=i18n.locale.code() />
                                                <label for=input_id.clone()>{i18n.t(if c.has_scan { "cert-scan-replace" } else { "cert-scan-attach" })}</label>
                                                <input id=input_id type="file" name="file" accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png" required />
                                                <button type="submit" class="btn btn-ghost">{i18n.t("apply-upload")}</button>
                                            </form>
                                        }
                                    })}
                                </li>
                            }).collect_view()}
                        </ul>
                    })
                })}
            </Transition>
            <h3>{i18n.t("certs-new")}</h3>
            <ActionForm action=add attr:class="form" attr:novalidate=true>
                <FormAlert error />
                <input type="hidden" name="product_id" value=product_id.to_string() />
                <div class="field-row">
                    <Suspense fallback=|| ()>
                        {move || Suspend::new(async move {
                            let kind_options: Vec<(String, String)> = kinds
                                .await
                                .unwrap_or_default()
                                .into_iter()
                                .map(|k| (k.code, k.label))
                                .collect();
                            view! { <SelectField name="kind" group="fields" label=i18n.t("cert-field-kind") options=kind_options selected="ocop".to_owned() required=true error /> }
                        })}
                    </Suspense>
                    <Field name="number" group="fields" label=i18n.t("cert-field-number") required=true error />
                </div>
                <div class="field-row">
                    <SelectField name="stars" group="fields" label=i18n.t("cert-field-stars") options=star_options placeholder="—".to_owned() error />
                    <SelectField name="level" group="fields" label=i18n.t("cert-field-level") options=level_options placeholder="—".to_owned() error />
                </div>
                <div class="field-row">
                    <Field name="issued_on" group="fields" label=i18n.t("cert-field-issued-on") input_type="date" error />
                    <Field name="expires_on" group="fields" label=i18n.t("cert-field-expires-on") input_type="date" hint=i18n.t("cert-expiry-hint") error />
                </div>
                <button type="submit" class="btn btn-primary" data-testid="add-certification" disabled=move || add.pending().get()>
                    {i18n.t("certs-add")}
                </button>
            </ActionForm>
        </section>
    }
}
