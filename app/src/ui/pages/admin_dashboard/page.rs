//! The administrators' dashboard.

use super::{period_error_view, DashboardBody};
use crate::api::reports::fetch_dashboard;
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::ui::outcome::error_view;
use crate::ui::page::use_query_map;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

#[component]
pub fn DashboardPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let asked = move || query.with(|q| (q.get("from"), q.get("to")));
    let data = Resource::new(asked, move |(from, to)| {
        fetch_dashboard(i18n.locale.code().to_owned(), from, to)
    });
    view! {
        <Title text=i18n.t("dashboard-title") />
        <Meta name="robots" content="noindex" />
        <section class="container dashboard" data-testid="dashboard">
            <div class="page-head">
                <h1>{i18n.t("dashboard-title")}</h1>
                <a class="btn btn-ghost" href=i18n.href("/admin/reports")>{i18n.t("nav-admin-reports")}</a>
            </div>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    let (from, to) = asked();
                    let form = view! {
                        <form method="get" class="inline-form period-form" data-testid="dashboard-period">
                            <label for="dash-from">{i18n.t("reports-from")}</label>
                            <input id="dash-from" type="date" name="from" value=from.clone().unwrap_or_default() />
                            <label for="dash-to">{i18n.t("reports-to")}</label>
                            <input id="dash-to" type="date" name="to" value=to.clone().unwrap_or_default() />
                            <button type="submit" class="btn btn-primary">{i18n.t("reports-show")}</button>
                        </form>
                    };
                    match data.await {
                        Ok(d) => view! { {form} <DashboardBody d /> }.into_any(),
                        Err(e @ AppError::Invalid(_)) => view! { {form} {period_error_view(e)} }.into_any(),
                        Err(e) => error_view(e),
                    }
                })}
            </Suspense>
        </section>
    }
}
