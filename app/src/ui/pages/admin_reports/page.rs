//! The administrators' reports: a period and a province, then the figures.

use super::ReportBody;
use crate::api::reports::fetch_report;
use crate::api::shop::fetch_regions;
use crate::domain::reporting::PeriodQuery;
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::ui::outcome::error_view;
use crate::ui::page::use_query_map;
use crate::ui::pages::admin_dashboard::period_error_view;
use chrono::Datelike;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

#[component]
pub fn ReportsPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let asked = move || {
        query.with(|q| {
            (
                PeriodQuery {
                    kind: q.get("kind"),
                    year: q.get("year"),
                    from: q.get("from"),
                    to: q.get("to"),
                },
                q.get("province"),
            )
        })
    };
    let report = Resource::new(asked, move |(period, province)| {
        fetch_report(i18n.locale.code().to_owned(), period, province)
    });
    let regions = Resource::new(|| (), move |_| fetch_regions(i18n.locale.code().to_owned()));
    view! {
        <Title text=i18n.t("reports-title") />
        <Meta name="robots" content="noindex" />
        <section class="container report" data-testid="reports">
            <h1>{i18n.t("reports-title")}</h1>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    let (q, province) = asked();
                    let regions = regions.await.unwrap_or_default();
                    // Without a choice the report is of the half-year we are in.
                    let kind = q.kind.clone().unwrap_or_else(|| {
                        let today = crate::domain::reporting::today_in_vietnam(chrono::Utc::now());
                        if today.month() <= 6 { "h1" } else { "h2" }.to_owned()
                    });
                    let option = |value: &'static str, key: &str| {
                        view! { <option value=value selected=kind == value>{i18n.t(key)}</option> }
                    };
                    let chosen = province.clone().unwrap_or_default();
                    let form = view! {
                        <form method="get" class="form card period-form no-print" data-testid="report-form">
                            <div class="field-row">
                                <div class="field">
                                    <label for="report-kind">{i18n.t("reports-kind")}</label>
                                    <select id="report-kind" name="kind">
                                        {option("h1", "reports-kind-h1")}
                                        {option("h2", "reports-kind-h2")}
                                        {option("year", "reports-kind-year")}
                                        {option("range", "reports-kind-range")}
                                    </select>
                                </div>
                                <div class="field">
                                    <label for="report-year">{i18n.t("reports-year")}</label>
                                    <input id="report-year" name="year" inputmode="numeric" class="qty"
                                        value=q.year.clone().unwrap_or_default() />
                                </div>
                                <div class="field">
                                    <label for="report-from">{i18n.t("reports-from")}</label>
                                    <input id="report-from" type="date" name="from" value=q.from.clone().unwrap_or_default() />
                                </div>
                                <div class="field">
                                    <label for="report-to">{i18n.t("reports-to")}</label>
                                    <input id="report-to" type="date" name="to" value=q.to.clone().unwrap_or_default() />
                                </div>
                                <div class="field">
                                    <label for="report-province">{i18n.t("reports-province")}</label>
                                    <select id="report-province" name="province">
                                        <option value="">{i18n.t("reports-all-provinces")}</option>
                                        {regions.into_iter().map(|r| {
                                            let selected = r.code == chosen;
                                            view! { <option value=r.code selected=selected>{r.name}</option> }
                                        }).collect_view()}
                                    </select>
                                </div>
                            </div>
                            <p class="field-hint">{i18n.t("reports-hint")}</p>
                            <button type="submit" class="btn btn-primary">{i18n.t("reports-show")}</button>
                        </form>
                    };
                    match report.await {
                        Ok(r) => view! { {form} <ReportBody r /> }.into_any(),
                        Err(e @ AppError::Invalid(_)) => view! { {form} {period_error_view(e)} }.into_any(),
                        Err(e) => error_view(e),
                    }
                })}
            </Suspense>
        </section>
    }
}
