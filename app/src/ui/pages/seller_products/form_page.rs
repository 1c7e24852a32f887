//! New product (`/sell/products/new?coop=ID`) or edit (`/sell/products/{id}`).

use super::{BatchesSection, CertificationsSection, PhotosSection, ProductForm, SellerTools};
use crate::api::catalog::{fetch_categories, fetch_product_edit, SetProductStatus};
use crate::api::cooperatives::fetch_regions;
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::ui::outcome::error_view;
use crate::ui::page::{use_params_map, use_query_map};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// New product (`/sell/products/new?coop=ID`) or edit (`/sell/products/{id}`).
#[component]
pub fn ProductFormPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let query = use_query_map();
    let status_action = ServerAction::<SetProductStatus>::new();
    let id = move || params.read().get("id").and_then(|s| s.parse::<i64>().ok());
    let product = Resource::new(
        move || (id(), query.read().get("saved"), status_action.version().get()),
        move |(id, ..)| async move {
            match id {
                Some(id) => fetch_product_edit(id).await.map(Some),
                None => Ok(None),
            }
        },
    );
    let categories = Resource::new(|| (), move |_| fetch_categories(i18n.locale.code().to_owned()));
    let regions = Resource::new(|| (), move |_| fetch_regions(i18n.locale.code().to_owned()));
    let coop_param = move || query.read().get("coop").and_then(|s| s.parse::<i64>().ok());
    view! {
        <Title text=i18n.t("products-edit-title") />
        <Meta name="robots" content="noindex" />
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match (product.await, categories.await, regions.await) {
                    (Ok(existing), Ok(categories), Ok(regions)) => {
                        let cooperative_id = existing.as_ref().map(|p| p.cooperative_id).or_else(coop_param);
                        match cooperative_id {
                            Some(cooperative_id) => {
                                let tools = existing.clone().map(|p| view! { <div class="container narrow"><SellerTools product=p /></div> });
                                let batches = existing.as_ref().map(|p| p.id).map(|product_id| {
                                    view! {
                                        <div class="container narrow">
                                            <PhotosSection product_id />
                                            <CertificationsSection product_id />
                                            <BatchesSection product_id regions=regions.clone() />
                                        </div>
                                    }
                                });
                                view! {
                                    <ProductForm existing cooperative_id categories regions status_action />
                                    {tools}
                                    {batches}
                                }.into_any()
                            }
                            None => error_view(AppError::NotFound),
                        }
                    }
                    (Err(e), ..) | (_, Err(e), _) | (.., Err(e)) => error_view(e),
                }
            })}
        </Suspense>
    }
}
