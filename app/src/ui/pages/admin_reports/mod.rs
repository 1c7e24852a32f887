//! /{locale}/admin/reports: the semi-annual, annual or any-period report, per province and in
//! total, compared with the period before; downloadable as CSV and printable (print styles hide
//! everything but the report).

mod body;
mod page;
mod province_table;

use body::ReportBody;
pub use page::ReportsPage;
use province_table::ProvinceTable;

use crate::domain::reporting::{change_percent, Period, PeriodKind};
use crate::i18n::{format_number, I18n};
use crate::ui::pages::trace::format_day;
use chrono::Datelike;
// The page islands below need the prelude in scope wherever they are islands.
#[cfg(any(feature = "ssr", feature = "backoffice"))]
use leptos::prelude::*;

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

crate::page_island!(
    "backoffice",
    /// The Reports page in the browser (loaded only on its route).
    ReportsIsland => ReportsPage
);
