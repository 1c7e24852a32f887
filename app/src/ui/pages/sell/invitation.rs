//! An invitation link: shows what it offers and lets the invitee accept it once logged in.

use crate::api::cooperatives::{fetch_invitation, AcceptInvitation};
use crate::error::AppError;
use crate::i18n::{format_date, use_i18n};
use crate::ui::auth_state::use_auth;
use crate::ui::forms::FormAlert;
use crate::ui::outcome::error_view;
use crate::ui::page::{use_navigate, use_params_map};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// An invitation link: shows what it offers and lets the invitee accept it once logged in.
#[component]
pub fn InvitationPage() -> impl IntoView {
    let i18n = use_i18n();
    let auth = use_auth();
    let params = use_params_map();
    let token = move || params.read().get("token").unwrap_or_default();
    let invitation = Resource::new(token, fetch_invitation);
    let accept = ServerAction::<AcceptInvitation>::new();
    let error = Signal::derive(move || accept.value().get().and_then(Result::err));
    let navigate = use_navigate();
    Effect::new(move |_| {
        if let Some(Ok(id)) = accept.value().get() {
            navigate(&i18n.href(&format!("/sell?coop={id}")), Default::default());
        }
    });
    view! {
        <Title text=i18n.t("invitation-title") />
        <Meta name="robots" content="noindex" />
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let user = auth.user.await.ok().flatten();
                match invitation.await {
                    Ok(inv) => {
                        let here = i18n.href(&format!("/invitations/{}", token()));
                        view! {
                            <section class="container narrow card" data-testid="invitation">
                                <h1>{i18n.t("invitation-title")}</h1>
                                <p>{i18n.t_with("invitation-body", &[
                                    ("name", inv.cooperative_name.clone().into()),
                                    ("role", i18n.t(inv.role.message_key()).into()),
                                    ("email", inv.email.clone().into()),
                                ])}</p>
                                <p class="muted">{i18n.t("sell-invitation-expires")} " " {format_date(inv.expires_at, i18n.locale)}</p>
                                {match user {
                                    Some(_) => view! {
                                        <ActionForm action=accept attr:class="form">
                                            <FormAlert error />
                                            <input type="hidden" name="token" value=token() />
                                            <button type="submit" class="btn btn-primary" data-testid="accept-invitation">{i18n.t("invitation-accept")}</button>
                                        </ActionForm>
                                    }.into_any(),
                                    None => view! {
                                        <p>{i18n.t("invitation-login-first")}</p>
                                        <p class="actions-row">
                                            <a class="btn btn-primary" href=format!("{}?next={here}", i18n.href("/login"))>{i18n.t("nav-login")}</a>
                                            <a class="btn btn-ghost" href=i18n.href("/register")>{i18n.t("nav-register")}</a>
                                        </p>
                                    }.into_any(),
                                }}
                            </section>
                        }
                        .into_any()
                    }
                    Err(AppError::Conflict(key)) => view! {
                        <section class="container narrow card">
                            <h1>{i18n.t("invitation-title")}</h1>
                            <div class="form-alert" role="alert" data-testid="invitation-invalid"><p>{i18n.t(key.as_str())}</p></div>
                        </section>
                    }
                    .into_any(),
                    Err(e) => error_view(e),
                }
            })}
        </Suspense>
    }
}
