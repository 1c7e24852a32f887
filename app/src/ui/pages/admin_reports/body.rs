//! A report's figures against the previous period, with its CSV and print links.

use super::{change, period_label, shown, ProvinceTable};
use crate::i18n::use_i18n;
use crate::model::reports::{Metrics, ReportView};
use leptos::prelude::*;

#[component]
pub(super) fn ReportBody(r: ReportView) -> impl IntoView {
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
