//! The seller dashboard: the user's cooperatives and the selected one.

use super::{CoopSwitcher, CurrentCoop};
use crate::api::cooperatives::{fetch_dashboard, InviteMember, RemoveMember};
use crate::i18n::use_i18n;
use crate::ui::outcome::error_view;
use crate::ui::page::use_query_map;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// The seller dashboard: the user's cooperatives (switch between them), the selected one's status,
/// its staff and invitations.
#[component]
pub fn SellDashboardPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let invite = ServerAction::<InviteMember>::new();
    let remove = ServerAction::<RemoveMember>::new();
    let dashboard = Resource::new(
        move || {
            (
                query.read().get("coop").and_then(|s| s.parse::<i64>().ok()),
                invite.version().get(),
                remove.version().get(),
            )
        },
        move |(selected, ..)| fetch_dashboard(selected, i18n.locale.code().to_owned()),
    );
    view! {
        <Title text=i18n.t("sell-title") />
        <Meta name="robots" content="noindex" />
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match dashboard.await {
                    Ok(d) => view! {
                        <section class="container sell-dashboard">
                            <h1>{i18n.t("sell-title")}</h1>
                            {if d.memberships.is_empty() {
                                view! {
                                    <div class="card" data-testid="no-cooperatives">
                                        <p>{i18n.t("sell-empty")}</p>
                                        <a class="btn btn-primary" href=i18n.href("/sell/apply")>{i18n.t("nav-apply")}</a>
                                    </div>
                                }.into_any()
                            } else {
                                let current_id = d.current.as_ref().map(|c| c.application.id);
                                view! {
                                    <CoopSwitcher memberships=d.memberships.clone() current=current_id />
                                    {d.current.clone().map(|c| view! { <CurrentCoop c invite remove /> })}
                                    <p><a href=i18n.href("/sell/apply")>{i18n.t("sell-apply-another")}</a></p>
                                }.into_any()
                            }}
                        </section>
                    }
                    .into_any(),
                    Err(e) => error_view(e),
                }
            })}
        </Suspense>
    }
}
