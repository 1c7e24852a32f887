//! The selected cooperative on the seller dashboard: its links, staff, invitations and the invite form.

use crate::api::cooperatives::{InviteMember, RemoveMember};
use crate::i18n::{format_date, use_i18n};
use crate::model::cooperatives::DashboardCoop;
use crate::ui::forms::{Field, FormAlert, SelectField};
use crate::ui::pages::application_parts::StatusBanner;
use leptos::prelude::*;

#[component]
pub(super) fn CurrentCoop(
    c: DashboardCoop,
    invite: ServerAction<InviteMember>,
    remove: ServerAction<RemoveMember>,
) -> impl IntoView {
    let i18n = use_i18n();
    let a = c.application;
    let is_owner = a.my_role == Some(crate::domain::cooperative_status::MemberRole::Owner);
    let invite_error = Signal::derive(move || invite.value().get().and_then(Result::err));
    let remove_error = Signal::derive(move || remove.value().get().and_then(Result::err));
    let invited = move || matches!(invite.value().get(), Some(Ok(())));
    let coop_id = a.id;
    let public_link = (a.status == crate::domain::cooperative_status::CooperativeStatus::Approved)
        .then(|| i18n.href(&format!("/coops/{}", a.slug)));
    let role_options = vec![
        ("staff".to_owned(), i18n.t("coop-role-staff")),
        ("owner".to_owned(), i18n.t("coop-role-owner")),
    ];
    view! {
        <section class="card" data-testid="current-coop">
            <h2>{a.fields.legal_name_vi.clone()}</h2>
            <StatusBanner status=a.status reason=a.reason.clone() />
            <p class="actions-row">
                <a class="btn btn-ghost" href=i18n.href(&format!("/sell/apply/{}", a.id))>
                    {if a.can_edit { i18n.t("sell-edit-application") } else { i18n.t("sell-view-application") }}
                </a>
                {public_link.map(|href| view! { <a class="btn btn-ghost" href=href>{i18n.t("sell-public-page")}</a> })}
                <a class="btn btn-ghost" data-testid="products-link" href=i18n.href(&format!("/sell/products?coop={}", a.id))>{i18n.t("products-title")}</a>
            </p>
        </section>
        <section class="card" aria-labelledby="staff-heading">
            <h2 id="staff-heading">{i18n.t("sell-staff")}</h2>
            <FormAlert error=remove_error />
            <table class="table" data-testid="members">
                <thead><tr>
                    <th>{i18n.t("account-name")}</th><th>{i18n.t("account-email")}</th>
                    <th>{i18n.t("sell-role")}</th><th>{i18n.t("sell-since")}</th><th></th>
                </tr></thead>
                <tbody>
                    {c.members.into_iter().map(|m| {
                        let can_remove = is_owner && m.role != crate::domain::cooperative_status::MemberRole::Owner;
                        let user_id = m.user_id;
                        view! {
                            <tr>
                                <td>{m.display_name.clone()}</td>
                                <td>{m.email.clone()}</td>
                                <td>{i18n.t(m.role.message_key())}</td>
                                <td>{format_date(m.since, i18n.locale)}</td>
                                <td>{can_remove.then(|| view! {
                                    <button type="button" class="linklike danger"
                                        on:click=move |_| { remove.dispatch(RemoveMember { cooperative_id: coop_id, user_id }); }>
                                        {i18n.t("sell-remove-member")}
                                    </button>
                                })}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
            {(!c.invitations.is_empty()).then(|| view! {
                <h3>{i18n.t("sell-pending-invitations")}</h3>
                <ul class="plain-list" data-testid="invitations">
                    {c.invitations.iter().map(|inv| view! {
                        <li>{inv.email.clone()} " · " {i18n.t(inv.role.message_key())}
                            " · " {i18n.t("sell-invitation-expires")} " " {format_date(inv.expires_at, i18n.locale)}</li>
                    }).collect_view()}
                </ul>
            })}
            {is_owner.then(|| view! {
                <h3>{i18n.t("sell-invite-heading")}</h3>
                <ActionForm action=invite attr:class="form inline-form" attr:novalidate=true>
                    <FormAlert error=invite_error />
                    <p class="form-success" role="status">{move || invited().then(|| i18n.t("sell-invite-sent"))}</p>
                    <input type="hidden" name="cooperative_id" value=coop_id.to_string() />
                    <input type="hidden" name="locale" value=i18n.locale.code() />
                    <Field name="email" label=i18n.t("field-email") input_type="email" error=invite_error />
                    <SelectField name="role" label=i18n.t("sell-role") options=role_options.clone() selected="staff".to_owned() error=invite_error />
                    <button type="submit" class="btn btn-primary" disabled=move || invite.pending().get()>{i18n.t("sell-invite-submit")}</button>
                </ActionForm>
            })}
        </section>
    }
}
