//! Starts a new application (a draft until submitted).

use crate::api::cooperatives::fetch_regions;
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::ui::auth_state::use_auth;
use crate::ui::outcome::error_view;
use crate::ui::pages::application_parts::ApplicationForm;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// Starts a new application (a draft until submitted).
#[component]
pub fn NewApplicationPage() -> impl IntoView {
    let i18n = use_i18n();
    let auth = use_auth();
    let regions = Resource::new(|| (), move |_| fetch_regions(i18n.locale.code().to_owned()));
    view! {
        <Title text=i18n.t("apply-title") />
        <Meta name="robots" content="noindex" />
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let user = match auth.user.await {
                    Ok(Some(user)) => user,
                    Ok(None) => return error_view(AppError::Unauthenticated),
                    Err(e) => return error_view(e),
                };
                match regions.await {
                    Ok(regions) => view! {
                        <section class="container narrow">
                            <h1>{i18n.t("apply-title")}</h1>
                            <p class="lead">{i18n.t("apply-lead")}</p>
                            <ApplicationForm existing=None regions offer_on_behalf=user.is_admin />
                        </section>
                    }
                    .into_any(),
                    Err(e) => error_view(e),
                }
            })}
        </Suspense>
    }
}
