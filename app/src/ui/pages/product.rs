//! A product's public page, and the product cards used by lists.

use crate::api::catalog::views::ProductCard;
use crate::api::catalog::{fetch_product_page, fetch_product_preview};
use crate::i18n::use_i18n;
use crate::ui::outcome::error_view;
use leptos::prelude::*;
use leptos_meta::{Link, Meta, Title};
use leptos_router::hooks::use_params_map;

/// A grid of product cards; `marked` names, when given, show the words a search matched.
#[component]
pub fn ProductGrid(
    products: Vec<ProductCard>,
    #[prop(optional)] marked: Vec<crate::api::search::views::Marked>,
) -> impl IntoView {
    let i18n = use_i18n();
    let mut marked = marked.into_iter();
    view! {
        <ul class="coop-grid product-grid" data-testid="product-grid">
            {products.into_iter().map(|p| {
                let name = match marked.next() {
                    Some(pieces) => pieces
                        .into_iter()
                        .map(|(text, hit)| if hit { view! { <mark>{text}</mark> }.into_any() } else { text.into_any() })
                        .collect_view()
                        .into_any(),
                    None => p.name.clone().into_any(),
                };
                view! {
                <li class="card product-card">
                    {p.cover.as_ref().and_then(|c| c.smallest().map(|src| view! {
                        <img class="product-cover" src=src.to_owned() srcset=c.srcset() sizes="(max-width: 600px) 100vw, 280px"
                            alt="" loading="lazy" width="320" height="240" />
                    }))}
                    <h3><a href=i18n.href(&format!("/products/{}", p.slug))>{name}</a></h3>
                    <p class="muted">{p.cooperative_name.clone()}</p>
                    {p.region_name.clone().map(|r| view! { <p class="muted">{r}</p> })}
                    {p.price_from_vnd.map(|v| view! {
                        <p class="price">{i18n.t_with("product-price-from", &[("price", i18n.vnd(v).into())])}</p>
                    })}
                </li>
                }
            }).collect_view()}
        </ul>
    }
}

#[component]
pub fn ProductPageView() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let product = Resource::new(slug, move |slug| {
        fetch_product_page(slug, i18n.locale.code().to_owned())
    });
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match product.await {
                    Ok(p) => view! { <ProductArticle p /> }.into_any(),
                    Err(e) => error_view(e),
                }
            })}
        </Suspense>
    }
}

/// A product as its sellers will see it once published (any status).
#[component]
pub fn ProductPreviewPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let id = move || {
        params
            .read()
            .get("id")
            .and_then(|s| s.parse::<i64>().ok())
            .unwrap_or_default()
    };
    let product = Resource::new(id, move |id| {
        fetch_product_preview(id, i18n.locale.code().to_owned())
    });
    view! {
        <Meta name="robots" content="noindex" />
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match product.await {
                    Ok(p) => view! {
                        <p class="container note" data-testid="preview-note">
                            {i18n.t("products-preview-note")} " "
                            <a href=i18n.href(&format!("/sell/products/{}", p.id))>{i18n.t("products-back")}</a>
                        </p>
                        <ProductArticle p />
                    }.into_any(),
                    Err(e) => error_view(e),
                }
            })}
        </Suspense>
    }
}

/// The product page's content: gallery, name, price per variant, badges, description, origin.
#[component]
fn ProductArticle(p: crate::api::catalog::views::ProductPage) -> impl IntoView {
    let i18n = use_i18n();
    let description = p.short_description.clone().unwrap_or_else(|| p.name.clone());
    let lang = if p.is_fallback { "vi" } else { i18n.locale.code() };
    let json_ld = product_json_ld(&p);
    view! {
        <Title text=p.name.clone() />
        <Meta name="description" content=description.clone() />
        <Meta property="og:title" content=p.name.clone() />
        <Meta property="og:description" content=description />
        <Meta property="og:type" content="product" />
        {p.photos.first().and_then(|c| c.largest().map(|u| view! { <Meta property="og:image" content=u.to_owned() /> }))}
        <Link rel="canonical" href=i18n.href(&format!("/products/{}", p.slug)) />
        <script type="application/ld+json" inner_html=json_ld></script>
        <article class="container product-page" data-testid="product-page">
            <p class="muted">
                {p.category.clone().map(|c| view! { <a href=i18n.href(&format!("/c/{}", c.code))>{c.name}</a> })}
            </p>
            <Gallery photos=p.photos.clone() name=p.name.clone() />
            <h1>{p.name.clone()}</h1>
            {p.short_description.clone().map(|s| view! { <p class="lead">{s}</p> })}
            <p>
                {i18n.t("product-by")} " "
                <a href=i18n.href(&format!("/coops/{}", p.cooperative_slug))>{p.cooperative_name.clone()}</a>
                {p.origin_region_name.clone().map(|r| view! { " · " {r} })}
            </p>
            <crate::ui::pages::trace::Certifications certifications=p.certifications.clone() />
            <table class="table variants" data-testid="product-variants">
                <tbody>
                    {p.variants.iter().map(|v| view! {
                        <tr>
                            <td>{v.label.clone()}</td>
                            <td class="price">{i18n.vnd(v.price_vnd)}</td>
                            <td>{if v.in_stock { i18n.t("product-in-stock") } else { i18n.t("product-out-of-stock") }}</td>
                            <td><AddToCartForm variant_id=v.id stock=v.stock label=v.label.clone() /></td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            <AddToCartOutcome />
            {p.is_fallback.then(|| view! {
                <p class="note" data-testid="fallback-note">{i18n.t("product-fallback")}</p>
            })}
            {p.description_html.clone().map(|html| view! { <div class="prose" lang=lang inner_html=html></div> })}
            <ReportForm product_id=p.id />
            {p.latest_lot.clone().map(|lot| view! {
                <p><a class="btn btn-ghost" data-testid="trace-link" href=i18n.href(&format!("/trace/{lot}"))>{i18n.t("product-trace")}</a></p>
            })}
        </article>
    }
}

/// Quantity and "Add to cart" for one variant.
#[component]
fn AddToCartForm(variant_id: i64, stock: i32, label: String) -> impl IntoView {
    let i18n = use_i18n();
    let cart = crate::ui::cart_state::use_cart();
    let id = format!("qty-{variant_id}");
    let max = stock.clamp(1, crate::domain::checkout::MAX_QUANTITY);
    view! {
        <ActionForm action=cart.add attr:class="inline-form add-to-cart" attr:data-testid=format!("add-{variant_id}")>
            <input type="hidden" name="variant_id" value=variant_id.to_string() />
            <label class="visually-hidden" for=id.clone()>{i18n.t_with("cart-quantity-for", &[("variant", label.into())])}</label>
            <input id=id class="qty" type="number" name="quantity" value="1" min="1" max=max.to_string() inputmode="numeric" disabled=stock <= 0 />
            <button type="submit" class="btn btn-primary" disabled=stock <= 0>{i18n.t("cart-add")}</button>
        </ActionForm>
    }
}

/// What the last "Add to cart" did: added (with a link to the cart) or why not.
#[component]
fn AddToCartOutcome() -> impl IntoView {
    let i18n = use_i18n();
    let cart = crate::ui::cart_state::use_cart();
    view! {
        <div class="add-outcome" role="status" aria-live="polite" data-testid="add-outcome">
            {move || cart.add.value().get().map(|r| match r {
                Ok(_) => view! {
                    <p class="form-success">{i18n.t("cart-added")} " "
                        <a href=i18n.href("/cart")>{i18n.t("cart-view")}</a></p>
                }.into_any(),
                Err(e) => view! {
                    <p class="field-error">{i18n.t(e.field_key("quantity").unwrap_or(e.message_key()))}</p>
                }.into_any(),
            })}
        </div>
    }
}

/// "Report this product" for shoppers: a reason, sent to the administrators.
#[component]
fn ReportForm(product_id: i64) -> impl IntoView {
    let i18n = use_i18n();
    let report = ServerAction::<crate::api::moderation::ReportProduct>::new();
    let sent = move || matches!(report.value().get(), Some(Ok(())));
    let error = move || report.value().get().and_then(Result::err);
    view! {
        <details class="report-product">
            <summary>{i18n.t("report-product")}</summary>
            <ActionForm action=report attr:class="form" attr:data-testid="report-form">
                <input type="hidden" name="product_id" value=product_id.to_string() />
                <label for="report-reason">{i18n.t("report-reason")}</label>
                <textarea id="report-reason" name="reason" rows="3" maxlength="500"></textarea>
                <p class="form-success" role="status">{move || sent().then(|| i18n.t("report-sent"))}</p>
                <p class="field-error" role="alert">{move || error().map(|e| i18n.t(e.field_key("reason").unwrap_or(e.message_key())))}</p>
                <button type="submit" class="btn btn-ghost">{i18n.t("report-send")}</button>
            </ActionForm>
        </details>
    }
}

/// schema.org Product with one Offer per variant (price in VND, availability), for search engines.
pub fn product_json_ld(p: &crate::api::catalog::views::ProductPage) -> String {
    let offers: Vec<serde_json::Value> = p
        .variants
        .iter()
        .map(|v| {
            serde_json::json!({
                "@type": "Offer",
                "name": v.label,
                "price": v.price_vnd,
                "priceCurrency": "VND",
                "availability": if v.in_stock { "https://schema.org/InStock" } else { "https://schema.org/OutOfStock" },
            })
        })
        .collect();
    let json = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "Product",
        "name": p.name,
        "description": p.short_description.clone().unwrap_or_else(|| p.name.clone()),
        "brand": { "@type": "Brand", "name": p.cooperative_name },
        "category": p.category.as_ref().map(|c| c.name.clone()),
        "offers": offers,
    });
    // "</script>" inside a string must not end the element.
    json.to_string().replace("</", "<\\/")
}

/// The product's photos: the cover large, the others as thumbnails (all lazy but the cover).
#[component]
pub(crate) fn Gallery(photos: Vec<crate::api::catalog::views::PhotoView>, name: String) -> impl IntoView {
    let mut photos = photos.into_iter();
    let cover = photos.next();
    view! {
        {cover.map(|c| view! {
            <figure class="gallery" data-testid="gallery">
                <img class="gallery-cover" src=c.largest().unwrap_or_default().to_owned() srcset=c.srcset()
                    sizes="(max-width: 800px) 100vw, 800px" alt=name.clone() width="800" height="600" />
                <ul class="gallery-thumbs">
                    {photos.map(|p| view! {
                        <li><a href=p.largest().unwrap_or_default().to_owned() rel="external">
                            <img src=p.smallest().unwrap_or_default().to_owned() alt=name.clone() loading="lazy" width="120" height="90" />
                        </a></li>
                    }).collect_view()}
                </ul>
            </figure>
        })}
    }
}
