//! Register, log in, forgotten password and reset password pages.

use crate::api::auth::{RequestPasswordReset, ResetPassword};
use crate::domain::redirect::is_same_site_path;
use crate::i18n::use_i18n;
use crate::ui::auth_state::use_auth;
use crate::ui::forms::{Field, FormAlert, PasswordField};
use crate::ui::page::{use_navigate, use_query_map};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// Where to go after logging in: `?next=` when safe, else the account page.
fn next_path() -> impl Fn() -> String + Clone + Send + Sync + 'static {
    let i18n = use_i18n();
    let query = use_query_map();
    move || {
        query
            .read()
            .get("next")
            .filter(|n| is_same_site_path(n))
            .unwrap_or_else(|| i18n.href("/account"))
    }
}

#[component]
pub fn LoginPage() -> impl IntoView {
    let i18n = use_i18n();
    let auth = use_auth();
    let error = Signal::derive(move || auth.login.value().get().and_then(Result::err));
    let navigate = use_navigate();
    let next = next_path();
    Effect::new(move |_| {
        if let Some(Ok(_)) = auth.login.value().get() {
            navigate(&next(), Default::default());
        }
    });
    view! {
        <Title text=i18n.t("login-title") />
        <Meta name="robots" content="noindex" />
        <section class="container auth-page">
            <div class="card form-card">
                <h1>{i18n.t("login-title")}</h1>
                <ActionForm action=auth.login attr:class="form" attr:novalidate=true>
                    <FormAlert error />
                    <Field name="email" label=i18n.t("field-email") input_type="email" autocomplete="email" error />
                    <PasswordField name="password" label=i18n.t("field-password") autocomplete="current-password" error />
                    <button type="submit" class="btn btn-primary btn-block" disabled=move || auth.login.pending().get()>
                        {i18n.t("login-submit")}
                    </button>
                </ActionForm>
                <p class="form-links">
                    <a href=i18n.href("/forgot-password")>{i18n.t("login-forgot")}</a>
                </p>
                <p class="form-links">
                    {i18n.t("login-no-account")} " "
                    <a href=i18n.href("/register")>{i18n.t("nav-register")}</a>
                </p>
            </div>
        </section>
    }
}

#[component]
pub fn RegisterPage() -> impl IntoView {
    let i18n = use_i18n();
    let auth = use_auth();
    let error = Signal::derive(move || auth.register.value().get().and_then(Result::err));
    let navigate = use_navigate();
    let next = next_path();
    Effect::new(move |_| {
        if let Some(Ok(_)) = auth.register.value().get() {
            navigate(&next(), Default::default());
        }
    });
    view! {
        <Title text=i18n.t("register-title") />
        <section class="container auth-page">
            <div class="card form-card">
                <h1>{i18n.t("register-title")}</h1>
                <p class="muted">{i18n.t("register-intro")}</p>
                <ActionForm action=auth.register attr:class="form" attr:novalidate=true>
                    <FormAlert error />
                    <input type="hidden" name="locale" value=i18n.locale.code() />
                    <Field name="email" label=i18n.t("field-email") input_type="email" autocomplete="email" error />
                    <Field name="display_name" label=i18n.t("field-display-name") autocomplete="name" error />
                    <PasswordField
                        name="password"
                        label=i18n.t("field-password")
                        autocomplete="new-password"
                        hint=i18n.t("password-hint")
                        error
                    />
                    <button type="submit" class="btn btn-primary btn-block" disabled=move || auth.register.pending().get()>
                        {i18n.t("register-submit")}
                    </button>
                </ActionForm>
                <p class="form-links">
                    {i18n.t("register-have-account")} " "
                    <a href=i18n.href("/login")>{i18n.t("nav-login")}</a>
                </p>
            </div>
        </section>
    }
}

#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<RequestPasswordReset>::new();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    let sent = move || matches!(action.value().get(), Some(Ok(())));
    view! {
        <Title text=i18n.t("forgot-title") />
        <section class="container auth-page">
            <div class="card form-card">
                <h1>{i18n.t("forgot-title")}</h1>
                <p class="muted">{i18n.t("forgot-intro")}</p>
                <p class="form-success" role="status">{move || sent().then(|| i18n.t("forgot-sent"))}</p>
                <ActionForm action=action attr:class="form" attr:novalidate=true>
                    <FormAlert error />
                    <input type="hidden" name="locale" value=i18n.locale.code() />
                    <Field name="email" label=i18n.t("field-email") input_type="email" autocomplete="email" error />
                    <button type="submit" class="btn btn-primary btn-block" disabled=move || action.pending().get()>
                        {i18n.t("forgot-submit")}
                    </button>
                </ActionForm>
            </div>
        </section>
    }
}

#[component]
pub fn ResetPasswordPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let token = query.read_untracked().get("token").unwrap_or_default();
    let action = ServerAction::<ResetPassword>::new();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    let done = move || matches!(action.value().get(), Some(Ok(())));
    view! {
        <Title text=i18n.t("reset-title") />
        <Meta name="robots" content="noindex" />
        <section class="container auth-page">
            <div class="card form-card">
                <h1>{i18n.t("reset-title")}</h1>
                <Show
                    when=done
                    fallback=move || {
                        let token = token.clone();
                        view! {
                            <ActionForm action=action attr:class="form" attr:novalidate=true>
                                <FormAlert error />
                                <input type="hidden" name="token" value=token />
                                <PasswordField
                                    name="password"
                                    label=i18n.t("field-new-password")
                                    autocomplete="new-password"
                                    hint=i18n.t("password-hint")
                                    error
                                />
                                <button type="submit" class="btn btn-primary btn-block" disabled=move || action.pending().get()>
                                    {i18n.t("reset-submit")}
                                </button>
                            </ActionForm>
                        }
                    }
                >
                    <p class="form-success" role="status">{i18n.t("reset-done")}</p>
                    <a class="btn btn-primary" href=i18n.href("/login")>{i18n.t("nav-login")}</a>
                </Show>
            </div>
        </section>
    }
}

crate::page_island!(
    "account",
    /// The Register page in the browser (loaded only on its route).
    RegisterIsland => RegisterPage
);
crate::page_island!(
    "account",
    /// The Login page in the browser (loaded only on its route).
    LoginIsland => LoginPage
);
crate::page_island!(
    "account",
    /// The ForgotPassword page in the browser (loaded only on its route).
    ForgotPasswordIsland => ForgotPasswordPage
);
crate::page_island!(
    "account",
    /// The ResetPassword page in the browser (loaded only on its route).
    ResetPasswordIsland => ResetPasswordPage
);
