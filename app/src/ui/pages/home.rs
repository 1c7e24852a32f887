//! The home page: what the marketplace is, and the newest products.

use crate::api::catalog::{fetch_categories, fetch_featured, fetch_five_star, fetch_product_cards};
use crate::i18n::use_i18n;
use crate::ui::pages::product::ProductGrid;
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
        <section class="hero">
            <div class="container hero-inner">
                <p class="eyebrow">{i18n.t("home-eyebrow")}</p>
                <h1>{i18n.t("home-heading")}</h1>
                <p class="lead">{i18n.t("home-lead")}</p>
                <div class="hero-actions">
                    <a class="btn btn-primary btn-lg" href=i18n.href("/register")>{i18n.t("home-cta-shop")}</a>
                    <a class="btn btn-ghost btn-lg" href=i18n.href("/login")>{i18n.t("home-cta-login")}</a>
                </div>
            </div>
        </section>
        <section class="container features" aria-labelledby="features-heading">
            <h2 id="features-heading" class="visually-hidden">{i18n.t("home-features-heading")}</h2>
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
        <NewestProducts />
        <section class="container cooperatives-callout card">
            <h2>{i18n.t("home-coop-heading")}</h2>
            <p>{i18n.t("home-coop-body")}</p>
            <p class="hero-actions">
                <a class="btn btn-primary" href=i18n.href("/sell/apply")>{i18n.t("nav-apply")}</a>
                <a class="btn btn-ghost" href=i18n.href("/coops")>{i18n.t("nav-coops")}</a>
            </p>
        </section>
    }
}

/// Categories, verified 5-star OCOP products and the newest (nothing while the catalog is empty).
#[component]
fn NewestProducts() -> impl IntoView {
    let i18n = use_i18n();
    let locale = move || i18n.locale.code().to_owned();
    let newest = Resource::new(|| (), move |_| fetch_product_cards(None, locale()));
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
                (!newest.is_empty()).then(|| view! {
                    <section class="container" aria-labelledby="categories-heading">
                        <h2 id="categories-heading">{i18n.t("home-categories")}</h2>
                        <ul class="chips" data-testid="home-categories">
                            {categories.into_iter().map(|c| view! {
                                <li class:top=c.parent_code.is_none()><a href=i18n.href(&format!("/c/{}", c.code))>{c.name}</a></li>
                            }).collect_view()}
                        </ul>
                    </section>
                    {(!featured.is_empty()).then(|| view! {
                        <section class="container" aria-labelledby="featured-heading" data-testid="featured">
                            <h2 id="featured-heading">{i18n.t("home-featured")}</h2>
                            <ProductGrid products=featured />
                        </section>
                    })}
                    {(!five_star.is_empty()).then(|| view! {
                        <section class="container" aria-labelledby="five-star-heading">
                            <h2 id="five-star-heading">{i18n.t("home-five-star")}</h2>
                            <ProductGrid products=five_star />
                        </section>
                    })}
                    <section class="container newest" aria-labelledby="newest-heading">
                        <h2 id="newest-heading">{i18n.t("home-newest")}</h2>
                        <ProductGrid products=newest />
                    </section>
                })
            })}
        </Suspense>
    }
}
