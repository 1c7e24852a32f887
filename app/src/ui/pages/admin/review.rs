//! An application under review: its fields and documents, the decisions open now, and inviting members.

use crate::api::cooperatives::{Decide, InviteMember};
use crate::domain::cooperative_status::{transition, Actor, CooperativeAction, CooperativeStatus};
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::model::cooperatives::ApplicationView;
use crate::ui::forms::{Field, FormAlert};
use crate::ui::pages::application_parts::{status_label, ApplicationSummary, DocumentList, StatusBanner};
use leptos::prelude::*;

#[component]
pub(super) fn ReviewDetail(
    a: ApplicationView,
    decide: ServerAction<Decide>,
    invite: ServerAction<InviteMember>,
) -> impl IntoView {
    let i18n = use_i18n();
    let error = Signal::derive(move || decide.value().get().and_then(Result::err));
    let changed_to = move || match error.get() {
        Some(AppError::Changed(now)) => Some(view! {
            <p data-testid="changed-to">{i18n.t("admin-now-status")} " " {CooperativeStatus::parse(&now).map(|s| status_label(i18n, s)).unwrap_or(now)}</p>
        }),
        _ => None,
    };
    let status = a.status;
    let actions: Vec<CooperativeAction> = CooperativeAction::ALL
        .into_iter()
        .filter(|act| act.actor() == Actor::Administrator)
        .filter(|act| transition(status, *act, Actor::Administrator, Some("-")).is_ok())
        .collect();
    let invite_error = Signal::derive(move || invite.value().get().and_then(Result::err));
    let invited = move || matches!(invite.value().get(), Some(Ok(())));
    let coop_id = a.id;
    view! {
        <section class="container review" data-testid="review">
            <p><a href=i18n.href("/admin/cooperatives")>{i18n.t("admin-back-to-queue")}</a></p>
            <h1>{a.fields.legal_name_vi.clone()}</h1>
            <StatusBanner status=a.status reason=a.reason.clone() />
            <div class="review-grid">
                <div>
                    <ApplicationSummary application=a.clone() />
                    <h2>{i18n.t("apply-documents")}</h2>
                    <DocumentList documents=a.documents.clone() />
                    {a.logo_url.clone().map(|src| view! { <img class="coop-logo" src=src alt=i18n.t("apply-logo") width="96" height="96" /> })}
                    <p><a href=i18n.href(&format!("/admin/audit?coop={}", a.id))>{i18n.t("admin-audit-for-coop")}</a></p>
                </div>
                <aside class="card decisions">
                    <h2>{i18n.t("admin-decisions")}</h2>
                    <FormAlert error />
                    {changed_to}
                    {if actions.is_empty() {
                        view! { <p class="muted">{i18n.t("admin-no-actions")}</p> }.into_any()
                    } else {
                        actions.into_iter().map(|act| {
                            let reason_id = format!("reason-{}", act.as_str());
                            view! {
                                <ActionForm action=decide attr:class="form decision-form">
                                    <input type="hidden" name="cooperative_id" value=a.id.to_string() />
                                    <input type="hidden" name="version" value=a.version.to_string() />
                                    <input type="hidden" name="action" value=act.as_str() />
                                    {act.needs_reason().then(|| view! {
                                        <div class="field">
                                            <label for=reason_id.clone()>{i18n.t("admin-reason")}</label>
                                            <textarea id=reason_id.clone() name="reason" rows="3" maxlength="2000"></textarea>
                                        </div>
                                    })}
                                    <button type="submit"
                                        class=if act == CooperativeAction::Approve { "btn btn-primary" } else { "btn btn-ghost" }
                                        data-testid=format!("action-{}", act.as_str())
                                        disabled=move || decide.pending().get()>
                                        {i18n.t(act.message_key())}
                                    </button>
                                </ActionForm>
                            }
                        }).collect_view().into_any()
                    }}
                    <h2>{i18n.t("admin-handover")}</h2>
                    <p class="field-hint">{i18n.t("admin-handover-hint")}</p>
                    <ActionForm action=invite attr:class="form" attr:novalidate=true>
                        <FormAlert error=invite_error />
                        <p class="form-success" role="status">{move || invited().then(|| i18n.t("sell-invite-sent"))}</p>
                        <input type="hidden" name="cooperative_id" value=coop_id.to_string() />
                        <input type="hidden" name="role" value="owner" />
                        <input type="hidden" name="locale" value=a.applied_locale.clone() />
                        <Field name="email" label=i18n.t("field-email") input_type="email" error=invite_error />
                        <button type="submit" class="btn btn-ghost">{i18n.t("sell-invite-submit")}</button>
                    </ActionForm>
                </aside>
            </div>
        </section>
    }
}
