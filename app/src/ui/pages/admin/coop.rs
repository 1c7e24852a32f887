//! One application for review: every field, the documents, the decisions available now.

use super::ReviewDetail;
use crate::api::cooperatives::{check_admin, fetch_application, Decide, InviteMember};
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::ui::outcome::error_view;
use crate::ui::page::use_params_map;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// One application for review: every field, the documents, the decisions available now.
#[component]
pub fn AdminCoopPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let decide = ServerAction::<Decide>::new();
    let invite = ServerAction::<InviteMember>::new();
    let id = move || params.read().get("id").and_then(|s| s.parse::<i64>().ok());
    let application = Resource::new(
        move || (id(), decide.version().get(), invite.version().get()),
        move |(id, ..)| async move {
            match id {
                Some(id) => fetch_application(id, i18n.locale.code().to_owned()).await,
                None => Err(AppError::NotFound),
            }
        },
    );
    // Members may read their own application, but not through the review page: check the role first.
    let allowed = Resource::new(|| (), move |_| check_admin());
    view! {
        <Title text=i18n.t("admin-review-title") />
        <Meta name="robots" content="noindex" />
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                if let Err(e) = allowed.await {
                    return error_view(e);
                }
                match application.await {
                    Ok(a) => view! { <ReviewDetail a decide invite /> }.into_any(),
                    Err(e) => error_view(e),
                }
            })}
        </Suspense>
    }
}
