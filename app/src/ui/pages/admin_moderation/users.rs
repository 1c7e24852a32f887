//! The users: find an account by email or name, disable or enable it.

use crate::api::moderation::{fetch_users, SetUserDisabled};
use crate::error::AppError;
use crate::i18n::{format_date, use_i18n};
use crate::ui::forms::FormAlert;
use crate::ui::outcome::error_view;
use crate::ui::page::use_query_map;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

#[component]
pub fn UsersPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let q = move || query.read().get("q").unwrap_or_default();
    let toggle = ServerAction::<SetUserDisabled>::new();
    let data = Resource::new(move || (q(), toggle.version().get()), |(q, _)| fetch_users(q));
    let error: Signal<Option<AppError>> = Signal::derive(move || toggle.value().get().and_then(Result::err));
    view! {
        <Title text=i18n.t("users-title") />
        <Meta name="robots" content="noindex" />
        <section class="container" data-testid="users">
            <h1>{i18n.t("users-title")}</h1>
            <form method="get" class="inline-form" role="search">
                <label for="user-q" class="visually-hidden">{i18n.t("users-search")}</label>
                <input id="user-q" type="search" name="q" value=q placeholder=i18n.t("users-search") />
                <button type="submit" class="btn btn-ghost">{i18n.t("users-search")}</button>
            </form>
            <FormAlert error />
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(rows) => view! {
                            <table class="table">
                                <tbody>
                                    {rows.into_iter().map(|u| view! {
                                        <tr data-testid="user-row">
                                            <td>{u.display_name.clone()}</td>
                                            <td>{u.email.clone()}</td>
                                            <td>{if u.is_admin { i18n.t("role-admin") } else { i18n.t("role-shopper") }}</td>
                                            <td>{format_date(u.created_at, i18n.locale)}</td>
                                            <td>{u.disabled.then(|| view! { <span class="badge status-cancelled">{i18n.t("users-disabled")}</span> })}</td>
                                            <td>
                                                <ActionForm action=toggle attr:class="inline-form">
                                                    <input type="hidden" name="user_id" value=u.id.to_string() />
                                                    <input type="hidden" name="disabled" value=(!u.disabled).to_string() />
                                                    <button type="submit" class="btn btn-ghost">
                                                        {if u.disabled { i18n.t("users-enable") } else { i18n.t("users-disable") }}
                                                    </button>
                                                </ActionForm>
                                            </td>
                                        </tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                        }.into_any(),
                        Err(e) => error_view(e),
                    }
                })}
            </Suspense>
        </section>
    }
}
