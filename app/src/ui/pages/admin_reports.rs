//! /{locale}/admin/reports: the semi-annual, annual or any-period report, per province and in
//! total, compared with the period before; downloadable as CSV and printable (print styles hide
//! everything but the report).

use crate::api::reports::fetch_report;
use crate::api::shop::fetch_regions;
use crate::domain::reporting::{change_percent, Period, PeriodKind, PeriodQuery};
use crate::error::AppError;
use crate::i18n::{format_number, use_i18n, I18n};
use crate::model::reports::{Metrics, ReportRow, ReportView};
use crate::ui::outcome::error_view;
use crate::ui::page::use_query_map;
use crate::ui::pages::admin_dashboard::period_error_view;
use crate::ui::pages::trace::format_day;
use chrono::Datelike;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// "H1 2026 (01/01/2026 – 30/06/2026)" in the page's language.
pub fn period_label(p: &Period, i18n: I18n) -> String {
    let name = match p.kind {
        PeriodKind::Half(h) => i18n.t_with(
            "reports-half-label",
            &[("half", h.into()), ("year", p.from.year().into())],
        ),
        PeriodKind::Year => i18n.t_with("reports-year-label", &[("year", p.from.year().into())]),
        PeriodKind::Range => i18n.t("reports-range-label"),
    };
    format!(
        "{name} ({} – {})",
        format_day(p.from, i18n),
        format_day(p.to, i18n)
    )
}

fn shown(value: i64, money: bool, i18n: I18n) -> String {
    if money {
        i18n.vnd(value)
    } else {
        format_number(value, i18n.locale)
    }
}

fn change(before: i64, now: i64) -> String {
    match change_percent(before, now) {
        Some(p) if p > 0 => format!("+{p}%"),
        Some(p) => format!("{p}%"),
        None => "–".to_owned(),
    }
}

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

#[component]
fn ReportBody(r: ReportView) -> impl IntoView {
    let i18n = use_i18n();
    let q = r.period.to_query();
    let mut csv = format!(
        "/admin/reports.csv?locale={}&kind={}",
        i18n.locale.code(),
        q.kind.unwrap_or_default()
    );
    if let Some(y) = q.year {
        csv.push_str(&format!("&year={y}"));
    }
    if let (Some(from), Some(to)) = (q.from, q.to) {
        csv.push_str(&format!("&from={from}&to={to}"));
    }
    if let Some(p) = &r.province {
        csv.push_str(&format!("&province={p}"));
    }
    let foreign = |m: &Metrics| {
        m.foreign_percent()
            .map_or_else(|| "–".to_owned(), |p| format!("{p}%"))
    };
    let total = r.total.clone();
    view! {
        <div class="report-head">
            <h2 data-testid="report-period">{period_label(&r.period, i18n)} " · " {r.total.province.clone()}</h2>
            <p>{i18n.t("reports-compared")} " " {period_label(&r.previous, i18n)}</p>
            <p class="no-print">
                <a class="btn btn-ghost" href=csv download="" data-testid="report-csv">{i18n.t("dashboard-csv")}</a>
                " "
                <button type="button" class="btn btn-ghost" on:click=move |_| { let _ = window().print(); }>
                    {i18n.t("reports-print")}
                </button>
            </p>
        </div>
        <table class="table report-summary" data-testid="report-summary">
            <thead><tr>
                <th scope="col">{i18n.t("reports-figure")}</th>
                <th scope="col" class="num">{i18n.t("reports-this-period")}</th>
                <th scope="col" class="num">{i18n.t("reports-previous-period")}</th>
                <th scope="col" class="num">{i18n.t("reports-change")}</th>
            </tr></thead>
            <tbody>
                {total.now.figures().into_iter().zip(total.before.figures()).map(|((f, now), (_, before))| view! {
                    <tr data-figure=f.key>
                        <th scope="row">{i18n.t(f.key)}</th>
                        <td class="num">{shown(now, f.money, i18n)}</td>
                        <td class="num">{shown(before, f.money, i18n)}</td>
                        <td class="num">{change(before, now)}</td>
                    </tr>
                }).collect_view()}
                <tr>
                    <th scope="row">{i18n.t("reports-foreign-share")}</th>
                    <td class="num">{foreign(&total.now)}</td>
                    <td class="num">{foreign(&total.before)}</td>
                    <td class="num"></td>
                </tr>
            </tbody>
        </table>
        <h2>{i18n.t("reports-by-province")}</h2>
        {if r.rows.is_empty() {
            view! { <p>{i18n.t("dashboard-empty")}</p> }.into_any()
        } else {
            view! { <ProvinceTable rows=r.rows.clone() /> }.into_any()
        }}
        <p class="field-hint">{i18n.t("reports-definitions")}</p>
    }
}

/// A row per province: this period's figures, the previous period's below each.
#[component]
fn ProvinceTable(rows: Vec<ReportRow>) -> impl IntoView {
    let i18n = use_i18n();
    let headings = Metrics::default().figures();
    view! {
        <div class="table-scroll">
            <table class="table report-provinces" data-testid="report-provinces">
                <thead><tr>
                    <th scope="col">{i18n.t("reports-province")}</th>
                    {headings.iter().map(|(f, _)| view! { <th scope="col" class="num">{i18n.t(f.key)}</th> }).collect_view()}
                </tr></thead>
                <tbody>
                    {rows.into_iter().map(|row| view! {
                        <tr data-province=row.province_code.clone().unwrap_or_default()>
                            <th scope="row">{row.province.clone()}</th>
                            {row.now.figures().into_iter().zip(row.before.figures()).map(|((f, now), (_, before))| view! {
                                <td class="num">{shown(now, f.money, i18n)}
                                    <span class="previous">{shown(before, f.money, i18n)}</span></td>
                            }).collect_view()}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

crate::page_island!(
    "backoffice",
    /// The Reports page in the browser (loaded only on its route).
    ReportsIsland => ReportsPage
);
