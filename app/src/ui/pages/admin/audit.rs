//! The audit log, newest first, optionally for one cooperative (`?coop=ID`).

use crate::api::cooperatives::fetch_audit;
use crate::i18n::{format_datetime, use_i18n};
use crate::ui::outcome::error_view;
use crate::ui::page::use_query_map;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

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
