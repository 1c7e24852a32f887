//! The seller's side: apply (new and edit, documents, logo, submit), the dashboard with its
//! cooperative switcher and staff, and accepting an invitation.

use super::application_parts::{
    ApplicationForm, ApplicationSummary, DocumentList, MissingList, StatusBanner,
};
use crate::api::cooperatives::{
    fetch_application, fetch_dashboard, fetch_invitation, fetch_regions, AcceptInvitation, Decide,
    InviteMember, RemoveDocument, RemoveMember,
};
use crate::error::AppError;
use crate::error::ErrorId;
use crate::i18n::{format_date, use_i18n};
use crate::model::cooperatives::{ApplicationView, DashboardCoop, Membership};
use crate::ui::auth_state::use_auth;
use crate::ui::forms::{Field, FormAlert, SelectField};
use crate::ui::outcome::error_view;
use crate::ui::page::{use_navigate, use_params_map, use_query_map};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// Starts a new application (a draft until submitted).
#[component]
pub fn NewApplicationPage() -> impl IntoView {
    let i18n = use_i18n();
    let auth = use_auth();
    let regions = Resource::new(|| (), move |_| fetch_regions(i18n.locale.code().to_owned()));
    view! {
        <Title text=i18n.t("apply-title") />
        <Meta name="robots" content="noindex" />
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let user = match auth.user.await {
                    Ok(Some(user)) => user,
                    Ok(None) => return error_view(AppError::Unauthenticated),
                    Err(e) => return error_view(e),
                };
                match regions.await {
                    Ok(regions) => view! {
                        <section class="container narrow">
                            <h1>{i18n.t("apply-title")}</h1>
                            <p class="lead">{i18n.t("apply-lead")}</p>
                            <ApplicationForm existing=None regions offer_on_behalf=user.is_admin />
                        </section>
                    }
                    .into_any(),
                    Err(e) => error_view(e),
                }
            })}
        </Suspense>
    }
}

/// One application: edit while it is a draft (or changes are requested), add documents and a logo,
/// submit; afterwards its status and the administrators' reason.
#[component]
pub fn ApplicationPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let query = use_query_map();
    let decide = ServerAction::<Decide>::new();
    let remove_doc = ServerAction::<RemoveDocument>::new();
    let id = move || params.read().get("id").and_then(|s| s.parse::<i64>().ok());
    let application = Resource::new(
        move || {
            (
                id(),
                query.read().get("saved"),
                query.read().get("upload"),
                decide.version().get(),
                remove_doc.version().get(),
            )
        },
        move |(id, ..)| async move {
            match id {
                Some(id) => fetch_application(id, i18n.locale.code().to_owned()).await,
                None => Err(AppError::NotFound),
            }
        },
    );
    let regions = Resource::new(|| (), move |_| fetch_regions(i18n.locale.code().to_owned()));
    view! {
        <Title text=i18n.t("apply-title") />
        <Meta name="robots" content="noindex" />
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match (application.await, regions.await) {
                    (Ok(a), Ok(regions)) => view! { <ApplicationDetail a regions decide remove_doc /> }.into_any(),
                    (Err(e), _) | (_, Err(e)) => error_view(e),
                }
            })}
        </Suspense>
    }
}

#[component]
fn ApplicationDetail(
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

/// The seller dashboard: the user's cooperatives (switch between them), the selected one's status,
/// its staff and invitations.
#[component]
pub fn SellDashboardPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let invite = ServerAction::<InviteMember>::new();
    let remove = ServerAction::<RemoveMember>::new();
    let dashboard = Resource::new(
        move || {
            (
                query.read().get("coop").and_then(|s| s.parse::<i64>().ok()),
                invite.version().get(),
                remove.version().get(),
            )
        },
        move |(selected, ..)| fetch_dashboard(selected, i18n.locale.code().to_owned()),
    );
    view! {
        <Title text=i18n.t("sell-title") />
        <Meta name="robots" content="noindex" />
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match dashboard.await {
                    Ok(d) => view! {
                        <section class="container sell-dashboard">
                            <h1>{i18n.t("sell-title")}</h1>
                            {if d.memberships.is_empty() {
                                view! {
                                    <div class="card" data-testid="no-cooperatives">
                                        <p>{i18n.t("sell-empty")}</p>
                                        <a class="btn btn-primary" href=i18n.href("/sell/apply")>{i18n.t("nav-apply")}</a>
                                    </div>
                                }.into_any()
                            } else {
                                let current_id = d.current.as_ref().map(|c| c.application.id);
                                view! {
                                    <CoopSwitcher memberships=d.memberships.clone() current=current_id />
                                    {d.current.clone().map(|c| view! { <CurrentCoop c invite remove /> })}
                                    <p><a href=i18n.href("/sell/apply")>{i18n.t("sell-apply-another")}</a></p>
                                }.into_any()
                            }}
                        </section>
                    }
                    .into_any(),
                    Err(e) => error_view(e),
                }
            })}
        </Suspense>
    }
}

#[component]
fn CoopSwitcher(memberships: Vec<Membership>, current: Option<i64>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <nav class="coop-switcher" aria-label=i18n.t("sell-switcher-label") data-testid="coop-switcher">
            <ul>
                {memberships
                    .into_iter()
                    .map(|m| {
                        let is_current = Some(m.cooperative_id) == current;
                        view! {
                            <li>
                                <a
                                    href=i18n.href(&format!("/sell?coop={}", m.cooperative_id))
                                    aria-current=is_current.then_some("page")
                                >
                                    {m.name.clone()}
                                </a>
                                <span class="muted">" · " {i18n.t(m.role.message_key())}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}

#[component]
fn CurrentCoop(
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

/// An invitation link: shows what it offers and lets the invitee accept it once logged in.
#[component]
pub fn InvitationPage() -> impl IntoView {
    let i18n = use_i18n();
    let auth = use_auth();
    let params = use_params_map();
    let token = move || params.read().get("token").unwrap_or_default();
    let invitation = Resource::new(token, fetch_invitation);
    let accept = ServerAction::<AcceptInvitation>::new();
    let error = Signal::derive(move || accept.value().get().and_then(Result::err));
    let navigate = use_navigate();
    Effect::new(move |_| {
        if let Some(Ok(id)) = accept.value().get() {
            navigate(&i18n.href(&format!("/sell?coop={id}")), Default::default());
        }
    });
    view! {
        <Title text=i18n.t("invitation-title") />
        <Meta name="robots" content="noindex" />
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let user = auth.user.await.ok().flatten();
                match invitation.await {
                    Ok(inv) => {
                        let here = i18n.href(&format!("/invitations/{}", token()));
                        view! {
                            <section class="container narrow card" data-testid="invitation">
                                <h1>{i18n.t("invitation-title")}</h1>
                                <p>{i18n.t_with("invitation-body", &[
                                    ("name", inv.cooperative_name.clone().into()),
                                    ("role", i18n.t(inv.role.message_key()).into()),
                                    ("email", inv.email.clone().into()),
                                ])}</p>
                                <p class="muted">{i18n.t("sell-invitation-expires")} " " {format_date(inv.expires_at, i18n.locale)}</p>
                                {match user {
                                    Some(_) => view! {
                                        <ActionForm action=accept attr:class="form">
                                            <FormAlert error />
                                            <input type="hidden" name="token" value=token() />
                                            <button type="submit" class="btn btn-primary" data-testid="accept-invitation">{i18n.t("invitation-accept")}</button>
                                        </ActionForm>
                                    }.into_any(),
                                    None => view! {
                                        <p>{i18n.t("invitation-login-first")}</p>
                                        <p class="actions-row">
                                            <a class="btn btn-primary" href=format!("{}?next={here}", i18n.href("/login"))>{i18n.t("nav-login")}</a>
                                            <a class="btn btn-ghost" href=i18n.href("/register")>{i18n.t("nav-register")}</a>
                                        </p>
                                    }.into_any(),
                                }}
                            </section>
                        }
                        .into_any()
                    }
                    Err(AppError::Conflict(key)) => view! {
                        <section class="container narrow card">
                            <h1>{i18n.t("invitation-title")}</h1>
                            <div class="form-alert" role="alert" data-testid="invitation-invalid"><p>{i18n.t(key.as_str())}</p></div>
                        </section>
                    }
                    .into_any(),
                    Err(e) => error_view(e),
                }
            })}
        </Suspense>
    }
}

crate::page_island!(
    "backoffice",
    /// The SellDashboard page in the browser (loaded only on its route).
    SellDashboardIsland => SellDashboardPage
);
crate::page_island!(
    "backoffice",
    /// The NewApplication page in the browser (loaded only on its route).
    NewApplicationIsland => NewApplicationPage
);
crate::page_island!(
    "backoffice",
    /// The Application page in the browser (loaded only on its route).
    ApplicationIsland => ApplicationPage
);
crate::page_island!(
    "backoffice",
    /// The Invitation page in the browser (loaded only on its route).
    InvitationIsland => InvitationPage
);
