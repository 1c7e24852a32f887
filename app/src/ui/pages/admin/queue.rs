//! The queue, oldest waiting first, filtered by state and province (a plain GET form).

use super::waiting;
use crate::api::cooperatives::{fetch_regions, fetch_review_queue};
use crate::domain::cooperative_status::CooperativeStatus;
use crate::i18n::{format_datetime, use_i18n};
use crate::ui::outcome::error_view;
use crate::ui::page::use_query_map;
use crate::ui::pages::application_parts::status_label;
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
