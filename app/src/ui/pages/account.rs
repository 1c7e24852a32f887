//! The account page: profile and password change. Logged-out visitors are sent to log in.

use crate::api::auth::ChangePassword;
use crate::i18n::{format_date, use_i18n};
use crate::ui::auth_state::use_auth;
use crate::ui::forms::{FormAlert, PasswordField};
use crate::ui::page::Redirect;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

#[component]
pub fn AccountPage() -> impl IntoView {
    let i18n = use_i18n();
    let auth = use_auth();
    let login_href = format!("{}?next={}", i18n.href("/login"), i18n.href("/account"));
    view! {
        <Title text=i18n.t("account-title") />
        <Meta name="robots" content="noindex" />
        <Suspense fallback=|| ()>
            {move || {
                let login_href = login_href.clone();
                Suspend::new(async move {
                    match auth.user.await {
                        Ok(Some(user)) => view! {
                            <section class="container narrow">
                                <h1>{i18n.t("account-title")}</h1>
                                <dl class="card profile" data-testid="profile">
                                    <dt>{i18n.t("account-name")}</dt>
                                    <dd>{user.display_name.clone()}</dd>
                                    <dt>{i18n.t("account-email")}</dt>
                                    <dd>{user.email.clone()}</dd>
                                    <dt>{i18n.t("account-member-since")}</dt>
                                    <dd>{format_date(user.member_since, i18n.locale)}</dd>
                                    <dt>{i18n.t("account-role")}</dt>
                                    <dd>{if user.is_admin { i18n.t("role-admin") } else { i18n.t("role-shopper") }}</dd>
                                </dl>
                                <ChangePasswordForm />
                            </section>
                        }
                        .into_any(),
                        _ => view! { <Redirect path=login_href /> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

#[component]
fn ChangePasswordForm() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<ChangePassword>::new();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    let done = move || matches!(action.value().get(), Some(Ok(())));
    view! {
        <section class="card form-card">
            <h2>{i18n.t("password-change-title")}</h2>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <FormAlert error />
                <p class="form-success" role="status">
                    {move || done().then(|| i18n.t("password-change-done"))}
                </p>
                <PasswordField
                    name="current_password"
                    label=i18n.t("field-current-password")
                    autocomplete="current-password"
                    error
                />
                <PasswordField
                    name="new_password"
                    label=i18n.t("field-new-password")
                    autocomplete="new-password"
                    hint=i18n.t("password-hint")
                    error
                />
                <button type="submit" class="btn btn-primary" disabled=move || action.pending().get()>
                    {i18n.t("password-change-submit")}
                </button>
            </ActionForm>
        </section>
    }
}

crate::page_island!(
    "account",
    /// The Account page in the browser (loaded only on its route).
    AccountIsland => AccountPage
);
