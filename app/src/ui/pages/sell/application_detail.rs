//! An application as its members see it: the form while it can be edited, else its summary.

use crate::api::cooperatives::{Decide, RemoveDocument};
use crate::error::ErrorId;
use crate::i18n::use_i18n;
use crate::model::cooperatives::ApplicationView;
use crate::ui::forms::FormAlert;
use crate::ui::page::use_query_map;
use crate::ui::pages::application_parts::{
    ApplicationForm, ApplicationSummary, DocumentList, MissingList, StatusBanner,
};
use leptos::prelude::*;

#[component]
pub(super) fn ApplicationDetail(
    a: ApplicationView,
    regions: Vec<crate::model::cooperatives::RegionOption>,
    decide: ServerAction<Decide>,
    remove_doc: ServerAction<RemoveDocument>,
) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let notice = move || {
        let q = query.read();
        if let Some(key) = q.get("upload_error") {
            // Only our own message ids are shown; anything else becomes the generic error.
            let key = ErrorId::parse(&key).unwrap_or(ErrorId::BadRequest);
            Some(view! { <div class="form-alert" role="alert" data-testid="upload-error"><p>{i18n.t(key.as_str())}</p></div> }.into_any())
        } else if q.get("upload").is_some() {
            Some(view! { <p class="form-success" role="status">{i18n.t("apply-upload-done")}</p> }.into_any())
        } else if q.get("saved").is_some() {
            Some(view! { <p class="form-success" role="status" data-testid="saved">{i18n.t("apply-saved")}</p> }.into_any())
        } else {
            None
        }
    };
    let submit_error = Signal::derive(move || decide.value().get().and_then(Result::err));
    let remove = Callback::new(move |document_id: i64| {
        remove_doc.dispatch(RemoveDocument { document_id });
    });
    let editable = a.can_edit;
    let upload_action = format!("/uploads/cooperatives/{}/documents", a.id);
    let logo_action = format!("/uploads/cooperatives/{}/logo", a.id);
    let dashboard = i18n.href(&format!("/sell?coop={}", a.id));
    view! {
        <section class="container narrow application-page">
            <p><a href=dashboard>{i18n.t("sell-back-to-dashboard")}</a></p>
            <h1>{a.fields.legal_name_vi.clone()}</h1>
            <StatusBanner status=a.status reason=a.reason.clone() />
            {notice}
            {if editable {
                view! { <ApplicationForm existing=Some(a.clone()) regions /> }.into_any()
            } else {
                view! { <ApplicationSummary application=a.clone() /> }.into_any()
            }}

            <section class="card" aria-labelledby="documents-heading">
                <h2 id="documents-heading">{i18n.t("apply-documents")}</h2>
                <p class="field-hint">{i18n.t("apply-documents-hint")}</p>
                <DocumentList documents=a.documents.clone() on_remove=editable.then_some(remove) />
                {editable.then(|| view! {
                    <form class="form upload-form" method="post" enctype="multipart/form-data" action=upload_action.clone() data-testid="document-upload">
                        <input type="hidden" name="locale" value=i18n.locale.code() />
                        <div class="field">
                            <label for="document-kind">{i18n.t("apply-document-kind")}</label>
                            <select id="document-kind" name="kind">
                                <option value="registration">{i18n.t("coop-document-registration")}</option>
                                <option value="other">{i18n.t("coop-document-other")}</option>
                            </select>
                        </div>
                        <div class="field">
                            <label for="document-file">{i18n.t("apply-document-file")}</label>
                            <input id="document-file" type="file" name="file" accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png" required />
                        </div>
                        <button type="submit" class="btn btn-ghost">{i18n.t("apply-upload")}</button>
                    </form>
                })}
            </section>

            <section class="card" aria-labelledby="logo-heading">
                <h2 id="logo-heading">{i18n.t("apply-logo")}</h2>
                {a.logo_url.clone().map(|src| view! { <img class="coop-logo" src=src alt=i18n.t("apply-logo") width="96" height="96" /> })}
                <form class="form upload-form" method="post" enctype="multipart/form-data" action=logo_action>
                    <input type="hidden" name="locale" value=i18n.locale.code() />
                    <div class="field">
                        <label for="logo-file">{i18n.t("apply-logo-file")}</label>
                        <input id="logo-file" type="file" name="file" accept=".jpg,.jpeg,.png,.webp,image/jpeg,image/png,image/webp" required />
                    </div>
                    <button type="submit" class="btn btn-ghost">{i18n.t("apply-upload")}</button>
                </form>
            </section>

            {editable.then(|| view! {
                <section class="card" aria-labelledby="submit-heading">
                    <h2 id="submit-heading">{i18n.t("apply-submit-heading")}</h2>
                    <p>{i18n.t("apply-submit-body")}</p>
                    <ActionForm action=decide attr:class="form">
                        <FormAlert error=submit_error />
                        <MissingList error=submit_error />
                        <input type="hidden" name="cooperative_id" value=a.id.to_string() />
                        <input type="hidden" name="version" value=a.version.to_string() />
                        <input type="hidden" name="action" value="submit" />
                        <button type="submit" class="btn btn-primary" data-testid="submit-application" disabled=move || decide.pending().get()>
                            {i18n.t("coop-action-submit")}
                        </button>
                    </ActionForm>
                </section>
            })}
        </section>
    }
}
