//! One application: edit while it is a draft (or changes are requested), add documents and a logo, submit.

use super::ApplicationDetail;
use crate::api::cooperatives::{fetch_application, fetch_regions, Decide, RemoveDocument};
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::ui::outcome::error_view;
use crate::ui::page::{use_params_map, use_query_map};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// One application: edit while it is a draft (or changes are requested), add documents and a logo,
/// submit; afterwards its status and the administrators' reason.
#[component]
pub fn ApplicationPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let query = use_query_map();
    let decide = ServerAction::<Decide>::new();
    let remove_doc = ServerAction::<RemoveDocument>::new();
    let id = move || params.read().get("id").and_then(|s| s.parse::<i64>().ok());
    let application = Resource::new(
        move || {
            (
                id(),
                query.read().get("saved"),
                query.read().get("upload"),
                decide.version().get(),
                remove_doc.version().get(),
            )
        },
        move |(id, ..)| async move {
            match id {
                Some(id) => fetch_application(id, i18n.locale.code().to_owned()).await,
                None => Err(AppError::NotFound),
            }
        },
    );
    let regions = Resource::new(|| (), move |_| fetch_regions(i18n.locale.code().to_owned()));
    view! {
        <Title text=i18n.t("apply-title") />
        <Meta name="robots" content="noindex" />
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match (application.await, regions.await) {
                    (Ok(a), Ok(regions)) => view! { <ApplicationDetail a regions decide remove_doc /> }.into_any(),
                    (Err(e), _) | (_, Err(e)) => error_view(e),
                }
            })}
        </Suspense>
    }
}
