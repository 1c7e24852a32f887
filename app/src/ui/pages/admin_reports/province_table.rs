//! A row per province: this period's figures, the previous period's below each.

use super::shown;
use crate::i18n::use_i18n;
use crate::model::reports::{Metrics, ReportRow};
use leptos::prelude::*;

/// A row per province: this period's figures, the previous period's below each.
#[component]
pub(super) fn ProvinceTable(rows: Vec<ReportRow>) -> impl IntoView {
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
