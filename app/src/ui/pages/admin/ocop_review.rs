//! Certifications awaiting verification, oldest first; verify, or reject with a reason.

use crate::api::catalog::{fetch_pending_certifications, DecideCertification};
use crate::i18n::use_i18n;
use crate::ui::forms::FormAlert;
use crate::ui::outcome::error_view;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

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
