//! /{locale}/admin: the administrators' dashboard. Charts are SVG from the server, each with its
//! CSV; the trade charts cover a range of days (the last twelve months unless one is chosen).

mod body;
mod page;

use body::DashboardBody;
pub use page::DashboardPage;

use crate::error::AppError;
use crate::i18n::{format_number, use_i18n, I18n};
use crate::model::reports::Bar;
use crate::ui::charts::BarDatum;
use crate::ui::outcome::{error_view, set_status};
use leptos::prelude::*;

/// The error of a report or dashboard request: field messages for a refused period, else the usual
/// page for the error.
pub fn period_error_view(e: AppError) -> AnyView {
    let i18n = use_i18n();
    match e {
        AppError::Invalid(fields) => {
            set_status(http::StatusCode::UNPROCESSABLE_ENTITY);
            view! {
                <div class="form-alert" role="alert" data-testid="period-error">
                    {fields.into_iter().map(|f| view! { <p>{i18n.t(f.key.as_str())}</p> }).collect_view()}
                </div>
            }
            .into_any()
        }
        other => error_view(other),
    }
}

fn bars(list: &[Bar], i18n: I18n) -> Vec<BarDatum> {
    list.iter()
        .map(|b| BarDatum {
            label: b.label.clone(),
            value: b.value,
            shown: format_number(b.value, i18n.locale),
        })
        .collect()
}

crate::page_island!(
    "backoffice",
    /// The Dashboard page in the browser (loaded only on its route).
    DashboardIsland => DashboardPage
);
