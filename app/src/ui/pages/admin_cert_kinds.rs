//! /{locale}/admin/certifications: the certification schemes sellers may declare. Administrators
//! add one (named in every locale), rename one they added, withdraw or offer one again.

use crate::api::catalog::{fetch_cert_kinds_admin, SaveCertKind, SetCertKindActive};
use crate::error::AppError;
use crate::i18n::{use_i18n, Locale};
use crate::ui::forms::{Field, FormAlert};
use crate::ui::outcome::error_view;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

#[component]
pub fn CertKindsPage() -> impl IntoView {
    let i18n = use_i18n();
    let save = ServerAction::<SaveCertKind>::new();
    let toggle = ServerAction::<SetCertKindActive>::new();
    let data = Resource::new(
        move || (save.version().get(), toggle.version().get()),
        move |_| fetch_cert_kinds_admin(i18n.locale.code().to_owned()),
    );
    let save_error: Signal<Option<AppError>> =
        Signal::derive(move || save.value().get().and_then(Result::err));
    let toggle_error: Signal<Option<AppError>> =
        Signal::derive(move || toggle.value().get().and_then(Result::err));
    view! {
        <Title text=i18n.t("certkinds-title") />
        <Meta name="robots" content="noindex" />
        <section class="container" data-testid="cert-kinds">
            <h1>{i18n.t("certkinds-title")}</h1>
            <FormAlert error=toggle_error />
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(rows) => view! {
                            <table class="table">
                                <thead><tr>
                                    <th scope="col">{i18n.t("certkinds-code")}</th>
                                    <th scope="col">{i18n.t("certkinds-name")}</th>
                                    <th scope="col">{i18n.t("certkinds-status")}</th>
                                    <th scope="col"><span class="visually-hidden">{i18n.t("moderation-actions")}</span></th>
                                </tr></thead>
                                <tbody>
                                    {rows.into_iter().map(|k| { let code = k.code.clone(); view! {
                                        <tr data-testid="cert-kind" data-code=k.code.clone()>
                                            <td><code>{k.code.clone()}</code>
                                                {k.built_in.then(|| view! { " " <span class="badge">{i18n.t("certkinds-built-in")}</span> })}</td>
                                            <td>{k.label.clone()}</td>
                                            <td>{i18n.t(if k.active { "certkinds-active" } else { "certkinds-inactive" })}</td>
                                            <td>
                                                {(code != "ocop").then(|| view! {
                                                    <ActionForm action=toggle attr:class="inline-form">
                                                        <input type="hidden" name="code" value=code.clone() />
                                                        <input type="hidden" name="active" value=(!k.active).to_string() />
                                                        <button type="submit" class="btn btn-ghost" data-testid="toggle-cert-kind">
                                                            {i18n.t(if k.active { "certkinds-deactivate" } else { "certkinds-activate" })}
                                                        </button>
                                                    </ActionForm>
                                                })}
                                            </td>
                                        </tr>
                                    }}).collect_view()}
                                </tbody>
                            </table>
                        }.into_any(),
                        Err(e) => error_view(e),
                    }
                })}
            </Suspense>
            <h2>{i18n.t("certkinds-add")}</h2>
            <ActionForm action=save attr:class="form card form-card" attr:novalidate=true>
                <FormAlert error=save_error />
                <Field name="code" group="fields" label=i18n.t("certkinds-code") hint=i18n.t("certkinds-hint") required=true error=save_error />
                {Locale::ALL.into_iter().enumerate().map(|(n, locale)| {
                    let id = format!("cert-kind-name-{}", locale.code());
                    let key = format!("names[{n}]");
                    view! {
                        <div class="field">
                            <label for=id.clone()>{i18n.t(&format!("certkinds-name-{}", locale.code()))} " *"</label>
                            <input id=id name=format!("fields[names][{n}]") maxlength="60" lang=locale.code() />
                            <p class="field-error" aria-live="polite">
                                {move || save_error.get().and_then(|e| e.field_key(&key).map(|k| i18n.t(k.as_str())))}
                            </p>
                        </div>
                    }
                }).collect_view()}
                <button type="submit" class="btn btn-primary" data-testid="save-cert-kind">{i18n.t("certkinds-save")}</button>
            </ActionForm>
        </section>
    }
}

crate::page_island!(
    "backoffice",
    /// The CertKinds page in the browser (loaded only on its route).
    CertKindsIsland => CertKindsPage
);
