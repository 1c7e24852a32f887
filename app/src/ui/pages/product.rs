//! A product's public page: the gallery beside the buy box on a desktop; on a phone the name,
//! price, choice of variant and the buy bar in the first screen, the bar staying at the bottom while
//! the shopper reads on.

use crate::api::catalog::{fetch_product_page, fetch_product_preview};
use crate::i18n::{use_i18n, I18n, Locale};
use crate::model::catalog::{PhotoView, ProductPage};
use crate::ui::outcome::{error_view, moved_permanently};
use crate::ui::page::use_params_map;
use crate::ui::product_card::{OcopStars, Picture};
use crate::ui::seo::{page_path, site_origin, Breadcrumbs, JsonLd, LocalizedPaths, PageLinks};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use serde::{Deserialize, Serialize};

use crate::error::ErrorId;
pub use crate::ui::product_card::ProductGrid;

#[component]
pub fn ProductPageView() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let slug = params.read_untracked().get("slug").unwrap_or_default();
    let requested = slug.clone();
    let product = Resource::new(
        move || slug.clone(),
        move |slug| fetch_product_page(slug, i18n.locale.code().to_owned()),
    );
    view! {
        <Suspense fallback=|| ()>
            {move || {
                let requested = requested.clone();
                Suspend::new(async move {
                    match product.await {
                        // An old slug, or another language's: the page's one address in this language.
                        Ok(p) if p.slug != requested => {
                            moved_permanently(&page_path(i18n.locale, &format!("/products/{}", p.slug)));
                            ().into_any()
                        }
                        Ok(p) => view! { <ProductArticle p /> }.into_any(),
                        Err(e) => error_view(e),
                    }
                })
            }}
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
                        <ProductArticle p preview=true />
                    }.into_any(),
                    Err(e) => error_view(e),
                }
            })}
        </Suspense>
    }
}

/// The product's address in every language: its own slug where it has one, else the Vietnamese.
fn localized_paths(p: &ProductPage) -> LocalizedPaths {
    let slug_in = |l: Locale| {
        p.alternates
            .iter()
            .find(|(code, _)| code == l.code())
            .or_else(|| p.alternates.iter().find(|(code, _)| code == Locale::Vi.code()))
            .map(|(_, s)| s.clone())
            .unwrap_or_else(|| p.slug.clone())
    };
    LocalizedPaths(
        Locale::ALL
            .into_iter()
            .map(|l| (l, page_path(l, &format!("/products/{}", slug_in(l)))))
            .collect(),
    )
}

/// The page's content: gallery, buy box, description, origin, certificates.
#[component]
fn ProductArticle(p: ProductPage, #[prop(optional)] preview: bool) -> impl IntoView {
    let i18n = use_i18n();
    let description = p.short_description.clone().unwrap_or_else(|| p.name.clone());
    let lang = if p.is_fallback { "vi" } else { i18n.locale.code() };
    let paths = localized_paths(&p);
    let json_ld = product_json_ld(&p, i18n, &paths);
    let mut crumbs = Vec::new();
    if let Some(c) = &p.category {
        crumbs.push((c.name.clone(), page_path(i18n.locale, &format!("/c/{}", c.code))));
    }
    crumbs.push((
        p.name.clone(),
        page_path(i18n.locale, &format!("/products/{}", p.slug)),
    ));
    let cover = p
        .photos
        .first()
        .and_then(|c| c.largest().map(|u| format!("{}{u}", site_origin())));
    let buy = BuyOptions::of(&p, i18n);
    view! {
        <Title text=p.name.clone() />
        <Meta name="description" content=description.clone() />
        <Meta property="og:title" content=p.name.clone() />
        <Meta property="og:description" content=description />
        <Meta property="og:type" content="product" />
        {cover.map(|u| view! { <Meta property="og:image" content=u /> })}
        {(!preview).then(|| view! { <PageLinks paths=paths.clone() /> <JsonLd value=json_ld /> })}
        <article class="container product-page" data-testid="product-page">
            <Breadcrumbs crumbs />
            <div class="product-main">
                <Gallery photos=p.photos.clone() name=p.name.clone() />
                <div class="buy-box" data-testid="buy-box">
                    <h1>{p.name.clone()}</h1>
                    <p class="product-meta">
                        {p.ocop_stars.map(|s| view! { <OcopStars stars=s /> })}
                        <span>{i18n.t("product-by")} " "
                            <a href=i18n.href(&format!("/coops/{}", p.cooperative_slug))>{p.cooperative_name.clone()}</a>
                        </span>
                    </p>
                    <BuyBox locale=i18n.locale options=buy.options texts=buy.texts />
                    <ShippingLine p=p.clone() />
                    <crate::ui::pages::trace::Certifications certifications=p.certifications.clone() />
                </div>
            </div>
            <section class="product-details">
                {p.short_description.clone().map(|s| view! { <p class="lead">{s}</p> })}
                {p.is_fallback.then(|| view! {
                    <p class="note" data-testid="fallback-note">{i18n.t("product-fallback")}</p>
                })}
                {p.description_html.clone().map(|html| view! { <div class="prose" lang=lang inner_html=html></div> })}
                {p.origin_region_name.clone().map(|r| view! {
                    <p class="muted">{i18n.t("product-field-origin")} ": " {r}</p>
                })}
                {p.latest_lot.clone().map(|lot| view! {
                    <p><a class="btn btn-ghost" data-testid="trace-link" href=i18n.href(&format!("/trace/{lot}"))>{i18n.t("product-trace")}</a></p>
                })}
            </section>
            <ReportForm product_id=p.id texts=ReportTexts::new(i18n) />
        </article>
    }
}

/// "Delivery ₫30,000 · free from ₫500,000 · cash on delivery".
#[component]
fn ShippingLine(p: ProductPage) -> impl IntoView {
    let i18n = use_i18n();
    let s = &p.shipping;
    let mut parts = vec![if s.fee_vnd == 0 {
        i18n.t("product-shipping-free")
    } else {
        i18n.t_with("product-shipping-fee", &[("price", i18n.vnd(s.fee_vnd).into())])
    }];
    if let Some(above) = s.free_above_vnd.filter(|_| s.fee_vnd > 0) {
        parts.push(i18n.t_with(
            "product-shipping-free-above",
            &[("price", i18n.vnd(above).into())],
        ));
    }
    if s.cash_on_delivery {
        parts.push(i18n.t("payment-cod"));
    }
    if s.ships_abroad {
        parts.push(i18n.t("product-ships-abroad"));
    }
    view! { <p class="shipping-line" data-testid="shipping-line">{parts.join(" · ")}</p> }
}

/// One variant as the buy box offers it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BuyOption {
    pub id: i64,
    pub label: String,
    /// The price, formatted for the page's locale.
    pub price: String,
    pub stock: i32,
}

/// The buy box's words, chosen on the server (the browser carries no message catalogue).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BuyTexts {
    pub choose: String,
    pub quantity: String,
    pub add: String,
    pub added: String,
    pub view_cart: String,
    pub in_stock: String,
    pub out_of_stock: String,
    /// Messages for the errors adding can meet: (message id, text).
    pub errors: Vec<(ErrorId, String)>,
}

struct BuyOptions {
    options: Vec<BuyOption>,
    texts: BuyTexts,
}

impl BuyOptions {
    fn of(p: &ProductPage, i18n: I18n) -> BuyOptions {
        let errors = [
            ErrorId::Quantity,
            ErrorId::NotEnoughStock,
            ErrorId::ProductUnavailable,
            ErrorId::CartFull,
            ErrorId::NotFound,
            ErrorId::Internal,
            ErrorId::Network,
        ]
        .map(|k| (k, i18n.t(k.as_str())))
        .to_vec();
        BuyOptions {
            options: p
                .variants
                .iter()
                .map(|v| BuyOption {
                    id: v.id,
                    label: v.label.clone(),
                    price: i18n.vnd(v.price_vnd),
                    stock: v.stock,
                })
                .collect(),
            texts: BuyTexts {
                choose: i18n.t("product-choose-variant"),
                quantity: i18n.t("cart-quantity"),
                add: i18n.t("cart-add"),
                added: i18n.t("cart-added"),
                view_cart: i18n.t("cart-view"),
                in_stock: i18n.t("product-in-stock"),
                out_of_stock: i18n.t("product-out-of-stock"),
                errors,
            },
        }
    }
}

/// The text for an error from the server, from the messages the page was given.
fn error_text(errors: &[(ErrorId, String)], e: &crate::error::AppError) -> String {
    let key = e.field_key("quantity").unwrap_or(e.id());
    errors
        .iter()
        .find(|(k, _)| *k == key)
        .or_else(|| errors.iter().find(|(k, _)| *k == ErrorId::Internal))
        .map(|(_, t)| t.clone())
        .unwrap_or_default()
}

/// The form's fields, read when it is submitted.
#[cfg(feature = "hydrate")]
fn form_value(form: &leptos::web_sys::HtmlFormElement, name: &str) -> String {
    leptos::web_sys::FormData::new_with_form(form)
        .ok()
        .and_then(|d| d.get(name).as_string())
        .unwrap_or_default()
}

/// Price, choice of variant, quantity and "Add to cart". Without JavaScript it is a plain form
/// posted to the server; with it the cart is updated in place. On a phone the price and the button
/// ride in a bar fixed to the bottom of the screen.
#[island]
pub fn BuyBox(locale: Locale, options: Vec<BuyOption>, texts: BuyTexts) -> impl IntoView {
    let first = options
        .iter()
        .find(|o| o.stock > 0)
        .or(options.first())
        .map(|o| o.id)
        .unwrap_or_default();
    let chosen = RwSignal::new(first);
    let outcome = RwSignal::new(None::<Result<(), crate::error::AppError>>);
    let busy = RwSignal::new(false);
    let options = StoredValue::new(options);
    let current = move || options.with_value(|all| all.iter().find(|o| o.id == chosen.get()).cloned());
    let price = move || current().map(|o| o.price).unwrap_or_default();
    let available = move || current().is_some_and(|o| o.stock > 0);
    let max = move || {
        current()
            .map(|o| o.stock.clamp(1, crate::domain::checkout::MAX_QUANTITY))
            .unwrap_or(1)
            .to_string()
    };
    let single = options.with_value(|all| all.len() == 1);
    let texts = StoredValue::new(texts);
    let t = move |f: fn(&BuyTexts) -> String| texts.with_value(f);
    let cart_href = format!("/{}/cart", locale.code());
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        #[cfg(feature = "hydrate")]
        {
            use leptos::wasm_bindgen::JsCast;
            let Some(form) = ev
                .target()
                .and_then(|t| t.dyn_into::<leptos::web_sys::HtmlFormElement>().ok())
            else {
                return;
            };
            let variant = chosen.get_untracked();
            let quantity = form_value(&form, "quantity");
            busy.set(true);
            leptos::task::spawn_local(async move {
                let result = crate::api::shop::add_to_cart(variant, quantity).await.map(|_| ());
                if result.is_ok() {
                    crate::ui::browser::announce(crate::ui::header::CART_CHANGED_EVENT);
                }
                outcome.set(Some(result));
                busy.set(false);
            });
        }
    };
    view! {
        <form class="buy-form" method="post" action="/api/shop/add" on:submit=on_submit data-testid="buy-form">
            <p class="buy-price price" data-testid="buy-price">{price}</p>
            <p class="stock-line" class:out=move || !available()>
                {move || if available() { t(|t| t.in_stock.clone()) } else { t(|t| t.out_of_stock.clone()) }}
            </p>
            <fieldset class="variant-choice" class:single=single>
                <legend>{t(|t| t.choose.clone())}</legend>
                {options.get_value().into_iter().map(|o| {
                    let id = o.id;
                    view! {
                        <label class="variant-option" data-testid=format!("variant-{id}")>
                            <input type="radio" name="variant_id" value=id.to_string()
                                checked=id == first disabled=o.stock <= 0
                                on:change=move |_| chosen.set(id) />
                            <span class="variant-label">{o.label.clone()}</span>
                            <span class="variant-price">{o.price.clone()}</span>
                        </label>
                    }
                }).collect_view()}
            </fieldset>
            <div class="buy-row">
                <label class="qty-field">
                    <span>{t(|t| t.quantity.clone())}</span>
                    <input class="qty" type="number" name="quantity" value="1" min="1" max=max inputmode="numeric"
                        data-testid="buy-quantity" />
                </label>
                <button type="submit" class="btn btn-primary buy-button" disabled=move || !available() || busy.get()
                    data-testid="add-to-cart">{t(|t| t.add.clone())}</button>
            </div>
            <div class="buy-bar" data-testid="buy-bar">
                <span class="price">{price}</span>
                <button type="submit" class="btn btn-primary" disabled=move || !available() || busy.get()>{t(|t| t.add.clone())}</button>
            </div>
            <div class="add-outcome" role="status" aria-live="polite" data-testid="add-outcome">
                {move || outcome.get().map(|r| match r {
                    Ok(()) => view! {
                        <p class="form-success">{t(|t| t.added.clone())} " "
                            <a href=cart_href.clone()>{t(|t| t.view_cart.clone())}</a></p>
                    }.into_any(),
                    Err(e) => view! {
                        <p class="field-error">{texts.with_value(|t| error_text(&t.errors, &e))}</p>
                    }.into_any(),
                })}
            </div>
        </form>
    }
}

/// The report form's words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportTexts {
    pub title: String,
    pub reason: String,
    pub send: String,
    pub sent: String,
    pub errors: Vec<(ErrorId, String)>,
}

impl ReportTexts {
    fn new(i18n: I18n) -> ReportTexts {
        ReportTexts {
            title: i18n.t("report-product"),
            reason: i18n.t("report-reason"),
            send: i18n.t("report-send"),
            sent: i18n.t("report-sent"),
            errors: [
                ErrorId::ReasonRequired,
                ErrorId::TooLong,
                ErrorId::Internal,
                ErrorId::Network,
            ]
            .map(|k| (k, i18n.t(k.as_str())))
            .to_vec(),
        }
    }
}

/// "Report this product" for shoppers: a reason, sent to the administrators (a plain form without
/// JavaScript).
#[island]
fn ReportForm(product_id: i64, texts: ReportTexts) -> impl IntoView {
    let outcome = RwSignal::new(None::<Result<(), crate::error::AppError>>);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        #[cfg(feature = "hydrate")]
        {
            use leptos::wasm_bindgen::JsCast;
            let Some(form) = ev
                .target()
                .and_then(|t| t.dyn_into::<leptos::web_sys::HtmlFormElement>().ok())
            else {
                return;
            };
            let reason = form_value(&form, "reason");
            leptos::task::spawn_local(async move {
                outcome.set(Some(
                    crate::api::moderation::report_product(product_id, reason).await,
                ));
            });
        }
    };
    let errors = texts.errors.clone();
    let error = move || {
        outcome.get().and_then(Result::err).map(|e| {
            let key = e.field_key("reason").unwrap_or(e.id());
            errors
                .iter()
                .find(|(k, _)| *k == key)
                .or_else(|| errors.iter().find(|(k, _)| *k == ErrorId::Internal))
                .map(|(_, t)| t.clone())
                .unwrap_or_default()
        })
    };
    let sent_text = texts.sent.clone();
    view! {
        <details class="report-product">
            <summary>{texts.title}</summary>
            <form class="form" method="post" action="/api/moderation/report" on:submit=on_submit data-testid="report-form">
                <input type="hidden" name="product_id" value=product_id.to_string() />
                <label for="report-reason">{texts.reason}</label>
                <textarea id="report-reason" name="reason" rows="3" maxlength="500"></textarea>
                <p class="form-success" role="status">{move || matches!(outcome.get(), Some(Ok(()))).then(|| sent_text.clone())}</p>
                <p class="field-error" role="alert">{error}</p>
                <button type="submit" class="btn btn-ghost">{texts.send}</button>
            </form>
        </details>
    }
}

/// schema.org Product with one Offer per variant (price in VND, availability, the cooperative as
/// seller), for search engines.
pub fn product_json_ld(p: &ProductPage, i18n: I18n, paths: &LocalizedPaths) -> serde_json::Value {
    let origin = site_origin();
    let url = format!("{origin}{}", paths.of(i18n.locale).unwrap_or_default());
    let coop_url = format!(
        "{origin}{}",
        page_path(i18n.locale, &format!("/coops/{}", p.cooperative_slug))
    );
    let seller = serde_json::json!({ "@type": "Organization", "name": p.cooperative_name, "url": coop_url });
    let offers: Vec<serde_json::Value> = p
        .variants
        .iter()
        .map(|v| {
            serde_json::json!({
                "@type": "Offer",
                "name": v.label,
                "sku": v.sku,
                "url": url,
                "price": v.price_vnd,
                "priceCurrency": "VND",
                "availability": if v.in_stock { "https://schema.org/InStock" } else { "https://schema.org/OutOfStock" },
                "seller": seller,
            })
        })
        .collect();
    let images: Vec<String> = p
        .photos
        .iter()
        .filter_map(|ph| ph.largest().map(|u| format!("{origin}{u}")))
        .collect();
    let mut json = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "Product",
        "name": p.name,
        "description": p.short_description.clone().unwrap_or_else(|| p.name.clone()),
        "url": url,
        "image": images,
        "brand": { "@type": "Brand", "name": p.cooperative_name },
        "offers": offers,
    });
    if let Some(sku) = p.variants.first().map(|v| v.sku.clone()) {
        json["sku"] = sku.into();
    }
    if let Some(gtin) = &p.gtin {
        json["gtin"] = gtin.clone().into();
    }
    if let Some(c) = &p.category {
        json["category"] = c.name.clone().into();
    }
    json
}

/// The product's photos: swiped through on a phone, with thumbnails that jump to each (plain links,
/// no script). Only the first is fetched at once, with high priority: it is the page's largest
/// picture.
#[component]
pub(crate) fn Gallery(photos: Vec<PhotoView>, name: String) -> impl IntoView {
    if photos.is_empty() {
        return view! { <div class="gallery gallery-empty" aria-hidden="true"></div> }.into_any();
    }
    let many = photos.len() > 1;
    view! {
        <figure class="gallery" data-testid="gallery">
            <ul class="gallery-track">
                {photos.iter().enumerate().map(|(i, p)| view! {
                    <li id=format!("photo-{}", i + 1)>
                        <Picture photo=p.clone() alt=name.clone() width=640 priority=i == 0 class="gallery-photo"
                            sizes="(max-width: 899px) 100vw, 560px" />
                    </li>
                }).collect_view()}
            </ul>
            {many.then(|| view! {
                <ul class="gallery-thumbs">
                    {photos.iter().enumerate().map(|(i, p)| view! {
                        <li><a href=format!("#photo-{}", i + 1)>
                            <Picture photo=p.clone() alt=format!("{name} ({})", i + 1) width=72 sizes="72px" />
                        </a></li>
                    }).collect_view()}
                </ul>
            })}
        </figure>
    }
    .into_any()
}

crate::page_island!(
    "backoffice",
    /// The seller's preview of a product in the browser (loaded only on its route).
    ProductPreviewIsland => ProductPreviewPage
);
