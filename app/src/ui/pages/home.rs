//! The home page: products first (categories, featured, new arrivals, 5-star OCOP), then what the
//! marketplace is; selling and accounts are secondary links.

use crate::api::catalog::{fetch_categories, fetch_featured, fetch_five_star, fetch_product_cards};
use crate::i18n::use_i18n;
use crate::ui::pages::product::ProductGrid;
use crate::ui::seo::{LocalizedPaths, PageLinks};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// A stalk of rice: where it was grown.
const ORIGIN_ICON: &str = "M12 21V9m0 0c0-3 2-5 5-6-0.5 3-2 5-5 6zm0 0C12 6 10 4 7 3c0.5 3 2 5 5 6zm0 5c0-3 2-5 5-6-0.5 3-2 5-5 6zm0 0c0-3-2-5-5-6 0.5 3 2 5 5 6z";
/// A star: the OCOP rating.
const STAR_ICON: &str = "M12 3l2.7 5.6 6.1.9-4.4 4.3 1 6.1L12 17l-5.4 2.9 1-6.1-4.4-4.3 6.1-.9z";
/// Two speech bubbles: several languages.
const LANGUAGES_ICON: &str = "M4 5h10v7H8l-4 3zM10 15v1h6l4 3v-9h-4";

#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    // Icons are inline SVG paths: no icon or emoji font is needed on the shopper's device.
    let features = [
        (
            "home-feature-origin-title",
            "home-feature-origin-body",
            ORIGIN_ICON,
        ),
        ("home-feature-ocop-title", "home-feature-ocop-body", STAR_ICON),
        (
            "home-feature-languages-title",
            "home-feature-languages-body",
            LANGUAGES_ICON,
        ),
    ];
    view! {
        <Title text=i18n.t("home-title") />
        <Meta name="description" content=i18n.t("home-lead") />
        <Meta property="og:title" content=i18n.t("home-heading") />
        <Meta property="og:description" content=i18n.t("home-lead") />
        <Meta property="og:type" content="website" />
        <PageLinks paths=LocalizedPaths::same("/") />
        <section class="container home-intro">
            <h1>{i18n.t("home-heading")}</h1>
        </section>
        <Products />
        <section class="container features" aria-labelledby="features-heading">
            <h2 id="features-heading">{i18n.t("home-features-heading")}</h2>
            <p class="lead">{i18n.t("home-lead")}</p>
            <ul class="feature-grid">
                {features
                    .into_iter()
                    .map(|(title, body, icon)| {
                        view! {
                            <li class="card feature">
                                <svg class="feature-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                                    <path d=icon fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" />
                                </svg>
                                <h3>{i18n.t(title)}</h3>
                                <p>{i18n.t(body)}</p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
        <section class="container cooperatives-callout card">
            <h2>{i18n.t("home-coop-heading")}</h2>
            <p>{i18n.t("home-coop-body")}</p>
            <p class="hero-actions">
                <a class="btn btn-ghost" href=i18n.href("/sell/apply")>{i18n.t("nav-apply")}</a>
                <a class="btn btn-ghost" href=i18n.href("/coops")>{i18n.t("nav-coops")}</a>
            </p>
        </section>
    }
}

/// Categories, featured products, verified 5-star OCOP products and the newest: what the shopper
/// came for, in the first screen (nothing while the catalog is empty).
#[component]
fn Products() -> impl IntoView {
    let i18n = use_i18n();
    let locale = move || i18n.locale.code().to_owned();
    let newest = Resource::new(|| (), move |_| fetch_product_cards(None, Some(12), locale()));
    let five_star = Resource::new(|| (), move |_| fetch_five_star(locale()));
    let featured = Resource::new(|| (), move |_| fetch_featured(locale()));
    let categories = Resource::new(|| (), move |_| fetch_categories(locale()));
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let newest = newest.await.unwrap_or_default();
                let five_star = five_star.await.unwrap_or_default();
                let featured = featured.await.unwrap_or_default();
                let categories = categories.await.unwrap_or_default();
                // The first grid on the page gets its first pictures fetched at once.
                let first_is_featured = !featured.is_empty();
                (!newest.is_empty()).then(|| view! {
                    <nav class="container category-strip" aria-label=i18n.t("home-categories") data-testid="home-categories">
                        <ul class="chips">
                            {categories.into_iter().filter(|c| c.parent_code.is_none()).map(|c| view! {
                                <li><a href=i18n.href(&format!("/c/{}", c.code))>{c.name}</a></li>
                            }).collect_view()}
                        </ul>
                    </nav>
                    {first_is_featured.then(|| view! {
                        <section class="container home-section" aria-labelledby="featured-heading" data-testid="featured">
                            <h2 id="featured-heading">{i18n.t("home-featured")}</h2>
                            <ProductGrid products=featured eager=4 />
                        </section>
                    })}
                    <section class="container home-section newest" aria-labelledby="newest-heading" data-testid="newest">
                        <h2 id="newest-heading">{i18n.t("home-newest")}</h2>
                        <ProductGrid products=newest eager=if first_is_featured { 0 } else { 4 } />
                    </section>
                    {(!five_star.is_empty()).then(|| view! {
                        <section class="container home-section" aria-labelledby="five-star-heading">
                            <h2 id="five-star-heading">{i18n.t("home-five-star")}</h2>
                            <ProductGrid products=five_star />
                        </section>
                    })}
                })
            })}
        </Suspense>
    }
}
