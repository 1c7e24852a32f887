//! Administrators: the review queue, one application with its documents and the decisions on it,
//! and the audit log. The server functions refuse everyone else (403), and so do these pages.

use super::application_parts::{status_label, ApplicationSummary, DocumentList, StatusBanner};
use crate::api::catalog::{fetch_pending_certifications, DecideCertification};
use crate::api::cooperatives::{
    check_admin, fetch_application, fetch_audit, fetch_regions, fetch_review_queue, Decide, InviteMember,
};
use crate::domain::cooperative_status::{transition, Actor, CooperativeAction, CooperativeStatus};
use crate::error::AppError;
use crate::i18n::{format_datetime, use_i18n};
use crate::model::cooperatives::ApplicationView;
use crate::ui::forms::{Field, FormAlert};
use crate::ui::outcome::error_view;
use crate::ui::page::{use_params_map, use_query_map};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// The queue, oldest waiting first, filtered by state and province (a plain GET form).
#[component]
pub fn AdminQueuePage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let filters = move || {
        let q = query.read();
        (
            q.get("status").filter(|s| !s.is_empty()),
            q.get("region").filter(|s| !s.is_empty()),
        )
    };
    let rows = Resource::new(filters, move |(status, region)| {
        fetch_review_queue(status, region, i18n.locale.code().to_owned())
    });
    let regions = Resource::new(|| (), move |_| fetch_regions(i18n.locale.code().to_owned()));
    view! {
        <Title text=i18n.t("admin-queue-title") />
        <Meta name="robots" content="noindex" />
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let (status, region) = filters();
                match (rows.await, regions.await) {
                    (Ok(rows), Ok(regions)) => view! {
                        <section class="container admin-queue">
                            <h1>{i18n.t("admin-queue-title")}</h1>
                            <form class="filters" method="get" data-testid="queue-filters">
                                <label>{i18n.t("admin-filter-status")} " "
                                    <select name="status">
                                        {CooperativeStatus::ALL.into_iter().map(|s| {
                                            let selected = status.as_deref().unwrap_or("submitted") == s.as_str();
                                            view! { <option value=s.as_str() selected=selected>{i18n.t(s.message_key())}</option> }
                                        }).collect_view()}
                                    </select>
                                </label>
                                <label>{i18n.t("coop-field-region-code")} " "
                                    <select name="region">
                                        <option value="">{i18n.t("filter-all-regions")}</option>
                                        {regions.into_iter().map(|r| {
                                            let selected = region.as_deref() == Some(r.code.as_str());
                                            view! { <option value=r.code selected=selected>{r.name}</option> }
                                        }).collect_view()}
                                    </select>
                                </label>
                                <button type="submit" class="btn btn-ghost">{i18n.t("filter-apply")}</button>
                            </form>
                            {if rows.is_empty() {
                                view! { <p class="muted" data-testid="queue-empty">{i18n.t("admin-queue-empty")}</p> }.into_any()
                            } else {
                                view! {
                                    <table class="table" data-testid="queue">
                                        <thead><tr>
                                            <th>{i18n.t("coop-field-legal-name-vi")}</th>
                                            <th>{i18n.t("coop-field-registration-number")}</th>
                                            <th>{i18n.t("coop-field-region-code")}</th>
                                            <th>{i18n.t("coop-status-label")}</th>
                                            <th>{i18n.t("admin-since")}</th>
                                            <th>{i18n.t("admin-waiting")}</th>
                                        </tr></thead>
                                        <tbody>
                                            {rows.into_iter().map(|r| view! {
                                                <tr>
                                                    <td><a href=i18n.href(&format!("/admin/cooperatives/{}", r.id))>{r.legal_name_vi}</a></td>
                                                    <td>{r.registration_number}</td>
                                                    <td>{r.region_name.unwrap_or_default()}</td>
                                                    <td>{status_label(i18n, r.status)}</td>
                                                    <td>{format_datetime(r.since, i18n.locale)}</td>
                                                    <td>{waiting(i18n, r.waiting_hours)}</td>
                                                </tr>
                                            }).collect_view()}
                                        </tbody>
                                    </table>
                                }.into_any()
                            }}
                        </section>
                    }
                    .into_any(),
                    (Err(e), _) | (_, Err(e)) => error_view(e),
                }
            })}
        </Suspense>
    }
}

/// "5 hours" under two days, "3 days" after.
fn waiting(i18n: crate::i18n::I18n, hours: i64) -> String {
    if hours < 48 {
        i18n.t_with("admin-waiting-hours", &[("count", hours.into())])
    } else {
        i18n.t_with("admin-waiting-days", &[("count", (hours / 24).into())])
    }
}

/// One application for review: every field, the documents, the decisions available now.
#[component]
pub fn AdminCoopPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let decide = ServerAction::<Decide>::new();
    let invite = ServerAction::<InviteMember>::new();
    let id = move || params.read().get("id").and_then(|s| s.parse::<i64>().ok());
    let application = Resource::new(
        move || (id(), decide.version().get(), invite.version().get()),
        move |(id, ..)| async move {
            match id {
                Some(id) => fetch_application(id, i18n.locale.code().to_owned()).await,
                None => Err(AppError::NotFound),
            }
        },
    );
    // Members may read their own application, but not through the review page: check the role first.
    let allowed = Resource::new(|| (), move |_| check_admin());
    view! {
        <Title text=i18n.t("admin-review-title") />
        <Meta name="robots" content="noindex" />
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                if let Err(e) = allowed.await {
                    return error_view(e);
                }
                match application.await {
                    Ok(a) => view! { <ReviewDetail a decide invite /> }.into_any(),
                    Err(e) => error_view(e),
                }
            })}
        </Suspense>
    }
}

#[component]
fn ReviewDetail(
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

/// The audit log, newest first, optionally for one cooperative (`?coop=ID`).
#[component]
pub fn AuditPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let coop = move || query.read().get("coop").and_then(|s| s.parse::<i64>().ok());
    let rows = Resource::new(coop, fetch_audit);
    view! {
        <Title text=i18n.t("admin-audit-title") />
        <Meta name="robots" content="noindex" />
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match rows.await {
                    Ok(rows) => view! {
                        <section class="container audit">
                            <h1>{i18n.t("admin-audit-title")}</h1>
                            <form class="filters" method="get">
                                <label>{i18n.t("admin-audit-coop-filter")} " "
                                    <input type="number" name="coop" min="1" value=coop().map(|c| c.to_string()) />
                                </label>
                                <button type="submit" class="btn btn-ghost">{i18n.t("filter-apply")}</button>
                            </form>
                            <table class="table" data-testid="audit">
                                <thead><tr>
                                    <th>{i18n.t("admin-audit-when")}</th><th>{i18n.t("admin-audit-who")}</th>
                                    <th>{i18n.t("admin-audit-what")}</th><th>{i18n.t("admin-audit-subject")}</th>
                                    <th>{i18n.t("admin-audit-details")}</th>
                                </tr></thead>
                                <tbody>
                                    {rows.into_iter().map(|r| view! {
                                        <tr>
                                            <td>{format_datetime(r.at, i18n.locale)}</td>
                                            <td>{r.actor.unwrap_or_else(|| "—".to_owned())}</td>
                                            <td><code>{r.action}</code></td>
                                            <td>{r.subject.unwrap_or_default()}</td>
                                            <td><code class="details">{r.details}</code></td>
                                        </tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </section>
                    }
                    .into_any(),
                    Err(e) => error_view(e),
                }
            })}
        </Suspense>
    }
}

/// Certifications awaiting verification, oldest first; verify, or reject with a reason.
#[component]
pub fn OcopReviewPage() -> impl IntoView {
    let i18n = use_i18n();
    let decide = ServerAction::<DecideCertification>::new();
    let error = Signal::derive(move || decide.value().get().and_then(Result::err));
    let rows = Resource::new(
        move || decide.version().get(),
        move |_| fetch_pending_certifications(i18n.locale.code().to_owned()),
    );
    view! {
        <Title text=i18n.t("admin-ocop-title") />
        <Meta name="robots" content="noindex" />
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match rows.await {
                    Ok(rows) => view! {
                        <section class="container admin-ocop">
                            <h1>{i18n.t("admin-ocop-title")}</h1>
                            <FormAlert error />
                            {if rows.is_empty() {
                                view! { <p class="muted" data-testid="ocop-empty">{i18n.t("admin-ocop-empty")}</p> }.into_any()
                            } else {
                                view! {
                                    <ul class="plain-list" data-testid="ocop-queue">
                                        {rows.into_iter().map(|c| {
                                            let reason_id = format!("cert-reason-{}", c.id);
                                            view! {
                                                <li class="card">
                                                    <p>
                                                        <strong>{c.product_name.clone()}</strong> " · " {c.cooperative_name.clone()}
                                                    </p>
                                                    <p>
                                                        {c.kind_label.clone()}
                                                        {c.stars.map(|s| format!(" {}", "★".repeat(s as usize)))}
                                                        {c.level.clone().map(|l| view! { " · " {i18n.t(&format!("ocop-level-{l}"))} })}
                                                        " · " <code>{c.number.clone()}</code>
                                                        {c.issued_on.map(|d| view! { " · " {crate::ui::pages::trace::format_day(d, i18n)} })}
                                                        {c.expires_on.map(|d| view! { " → " {crate::ui::pages::trace::format_day(d, i18n)} })}
                                                    </p>
                                                    <p>
                                                        {if c.has_scan {
                                                            view! { <a href=format!("/media/certifications/{}/scan", c.id) rel="external" target="_blank" data-testid=format!("scan-{}", c.id)>{i18n.t("cert-scan-view")}</a> }.into_any()
                                                        } else {
                                                            view! { <span class="muted">{i18n.t("cert-scan-none")}</span> }.into_any()
                                                        }}
                                                    </p>
                                                    <div class="actions-row">
                                                        <ActionForm action=decide>
                                                            <input type="hidden" name="id" value=c.id.to_string() />
                                                            <input type="hidden" name="verdict" value="verify" />
                                                            <button type="submit" class="btn btn-primary" data-testid=format!("verify-{}", c.id)>{i18n.t("admin-ocop-verify")}</button>
                                                        </ActionForm>
                                                        <ActionForm action=decide attr:class="inline-form">
                                                            <input type="hidden" name="id" value=c.id.to_string() />
                                                            <input type="hidden" name="verdict" value="reject" />
                                                            <label for=reason_id.clone()>{i18n.t("admin-reason")}</label>
                                                            <input id=reason_id type="text" name="reason" maxlength="2000" />
                                                            <button type="submit" class="btn btn-ghost">{i18n.t("admin-ocop-reject")}</button>
                                                        </ActionForm>
                                                    </div>
                                                </li>
                                            }
                                        }).collect_view()}
                                    </ul>
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

crate::page_island!(
    "backoffice",
    /// The AdminQueue page in the browser (loaded only on its route).
    AdminQueueIsland => AdminQueuePage
);
crate::page_island!(
    "backoffice",
    /// The AdminCoop page in the browser (loaded only on its route).
    AdminCoopIsland => AdminCoopPage
);
crate::page_island!(
    "backoffice",
    /// The Audit page in the browser (loaded only on its route).
    AuditIsland => AuditPage
);
crate::page_island!(
    "backoffice",
    /// The OcopReview page in the browser (loaded only on its route).
    OcopReviewIsland => OcopReviewPage
);
