//! The public directory of approved cooperatives and each one's page.

use crate::api::catalog::fetch_product_cards;
use crate::api::cooperatives::{fetch_public_coop, fetch_public_coops, fetch_regions};
use crate::i18n::{format_number, use_i18n};
use crate::ui::outcome::error_view;
use crate::ui::page::{use_params_map, use_query_map};
use crate::ui::pages::product::ProductGrid;
use crate::ui::seo::{page_path, site_origin, Breadcrumbs, JsonLd, LocalizedPaths, PageLinks};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

#[component]
pub fn CoopDirectoryPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let region = move || query.read().get("region").filter(|r| !r.is_empty());
    let coops = Resource::new(region, move |region| {
        fetch_public_coops(region, i18n.locale.code().to_owned())
    });
    let regions = Resource::new(|| (), move |_| fetch_regions(i18n.locale.code().to_owned()));
    view! {
        <Title text=i18n.t("coops-title") />
        <Meta name="description" content=i18n.t("coops-lead") />
        <PageLinks paths=LocalizedPaths::same("/coops") />
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let selected = region();
                match (coops.await, regions.await) {
                    (Ok(coops), Ok(regions)) => view! {
                        <section class="container coops">
                            <h1>{i18n.t("coops-title")}</h1>
                            <p class="lead">{i18n.t("coops-lead")}</p>
                            <form class="filters" method="get">
                                <label>{i18n.t("coop-field-region-code")} " "
                                    <select name="region">
                                        <option value="">{i18n.t("filter-all-regions")}</option>
                                        {regions.into_iter().map(|r| {
                                            let is_selected = selected.as_deref() == Some(r.code.as_str());
                                            view! { <option value=r.code selected=is_selected>{r.name}</option> }
                                        }).collect_view()}
                                    </select>
                                </label>
                                <button type="submit" class="btn btn-ghost">{i18n.t("filter-apply")}</button>
                            </form>
                            {if coops.is_empty() {
                                view! { <p class="muted" data-testid="coops-empty">{i18n.t("coops-empty")}</p> }.into_any()
                            } else {
                                view! {
                                    <ul class="coop-grid" data-testid="coop-list">
                                        {coops.into_iter().map(|c| view! {
                                            <li class="card coop-card">
                                                {c.logo_url.clone().map(|src| view! { <img class="coop-logo" src=src alt="" width="64" height="64" loading="lazy" /> })}
                                                <h2><a href=i18n.href(&format!("/coops/{}", c.slug))>{c.name.clone()}</a></h2>
                                                <p class="muted">{c.region_name.clone().unwrap_or_default()}</p>
                                            </li>
                                        }).collect_view()}
                                    </ul>
                                }.into_any()
                            }}
                        </section>
                    }
                    .into_any(),
                    (Err(e), _) | (_, Err(e)) => error_view(e),
                }
            })}
        </Suspense>
    }
}

#[component]
pub fn CoopPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let coop = Resource::new(slug, move |slug| {
        fetch_public_coop(slug, i18n.locale.code().to_owned())
    });
    let products = Resource::new(slug, move |slug| {
        fetch_product_cards(Some(slug), None, i18n.locale.code().to_owned())
    });
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let products = products.await.unwrap_or_default();
                match coop.await {
                    Ok(c) => view! {
                        <Title text=c.card.name.clone() />
                        <Meta name="description" content=format!("{} · {}", c.card.name, c.card.region_name.clone().unwrap_or_default()) />
                        <Meta property="og:title" content=c.card.name.clone() />
                        <Meta property="og:type" content="website" />
                        <PageLinks paths=LocalizedPaths::same(&format!("/coops/{}", c.card.slug)) />
                        <JsonLd value=organization_json_ld(&c, i18n) />
                        <article class="container coop-page" data-testid="coop-page">
                            <Breadcrumbs crumbs=vec![
                                (i18n.t("nav-coops"), page_path(i18n.locale, "/coops")),
                                (c.card.name.clone(), page_path(i18n.locale, &format!("/coops/{}", c.card.slug))),
                            ] />
                            <header class="coop-header">
                                {c.card.logo_url.clone().map(|src| view! { <img class="coop-logo" src=src alt=i18n.t("apply-logo") width="96" height="96" /> })}
                                <div>
                                    <h1>{c.card.name.clone()}</h1>
                                    {(c.card.name != c.card.legal_name_vi).then(|| view! { <p class="muted" lang="vi">{c.card.legal_name_vi.clone()}</p> })}
                                </div>
                            </header>
                            <dl class="card summary">
                                <dt>{i18n.t("coop-field-region-code")}</dt>
                                <dd>{c.card.region_name.clone().unwrap_or_else(|| "—".into())}</dd>
                                <dt>{i18n.t("coop-field-year-founded")}</dt>
                                <dd>{c.card.year_founded.map(|y| y.to_string()).unwrap_or_else(|| "—".into())}</dd>
                                <dt>{i18n.t("coop-field-member-count")}</dt>
                                <dd>{c.member_count.map(|n| format_number(n.into(), i18n.locale)).unwrap_or_else(|| "—".into())}</dd>
                            </dl>
                            {c.description_is_fallback.then(|| view! {
                                <p class="note" data-testid="fallback-note">{i18n.t("coops-description-fallback")}</p>
                            })}
                            {c.description_html.clone().map(|html| {
                                let lang = if c.description_is_fallback { "vi" } else { i18n.locale.code() };
                                view! { <div class="prose" lang=lang inner_html=html></div> }
                            })}
                            <h2>{i18n.t("coops-products")}</h2>
                            {if products.is_empty() {
                                view! { <p class="muted">{i18n.t("coops-products-soon")}</p> }.into_any()
                            } else {
                                view! { <ProductGrid products eager=2 /> }.into_any()
                            }}
                        </article>
                    }
                    .into_any(),
                    Err(e) => error_view(e),
                }
            })}
        </Suspense>
    }
}

/// schema.org Organization for a cooperative's page.
fn organization_json_ld(
    c: &crate::model::cooperatives::CoopPublic,
    i18n: crate::i18n::I18n,
) -> serde_json::Value {
    let origin = site_origin();
    let mut json = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": c.card.name,
        "legalName": c.card.legal_name_vi,
        "url": format!("{origin}{}", page_path(i18n.locale, &format!("/coops/{}", c.card.slug))),
    });
    if let Some(logo) = &c.card.logo_url {
        json["logo"] = format!("{origin}{logo}").into();
    }
    if let Some(region) = &c.card.region_name {
        json["address"] =
            serde_json::json!({ "@type": "PostalAddress", "addressRegion": region, "addressCountry": "VN" });
    }
    if let Some(year) = c.card.year_founded {
        json["foundingDate"] = year.to_string().into();
    }
    json
}
