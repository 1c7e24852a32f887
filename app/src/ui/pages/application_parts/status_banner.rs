//! The application's status and, when a decision gave one, its reason.

use super::status_label;
use crate::domain::cooperative_status::CooperativeStatus;
use crate::i18n::use_i18n;
use leptos::prelude::*;

/// The application's status and, when a decision gave one, its reason.
#[component]
pub fn StatusBanner(status: CooperativeStatus, reason: Option<String>) -> impl IntoView {
    let i18n = use_i18n();
    let label = status_label(i18n, status);
    view! {
        <div class=format!("status-banner status-{status}") data-testid="coop-status" data-status=status.as_str()>
            <p><strong>{i18n.t("coop-status-label")}</strong> " " {label}</p>
            {reason.map(|r| view! {
                <p class="status-reason">
                    <strong>{i18n.t("coop-reason-label")}</strong> " "
                    <span data-testid="coop-reason">{r}</span>
                </p>
            })}
        </div>
    }
}
