//! The user's cooperatives on the seller dashboard, to switch between them.

use crate::i18n::use_i18n;
use crate::model::cooperatives::Membership;
use leptos::prelude::*;

#[component]
pub(super) fn CoopSwitcher(memberships: Vec<Membership>, current: Option<i64>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <nav class="coop-switcher" aria-label=i18n.t("sell-switcher-label") data-testid="coop-switcher">
            <ul>
                {memberships
                    .into_iter()
                    .map(|m| {
                        let is_current = Some(m.cooperative_id) == current;
                        view! {
                            <li>
                                <a
                                    href=i18n.href(&format!("/sell?coop={}", m.cooperative_id))
                                    aria-current=is_current.then_some("page")
                                >
                                    {m.name.clone()}
                                </a>
                                <span class="muted">" · " {i18n.t(m.role.message_key())}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}
