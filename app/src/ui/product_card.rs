//! Product cards, the same everywhere products are listed (home, category, search, cooperative):
//! the picture, the name, OCOP stars, the price and the cooperative's trading name.

use crate::i18n::use_i18n;
use crate::model::catalog::{PhotoView, ProductCard};
use leptos::prelude::*;

/// The width a card's picture is shown at, at most (two columns on a phone, four on a desktop).
const CARD_WIDTH: u32 = 280;

/// Filled stars for an OCOP rating, read out as "4-star OCOP".
#[component]
pub fn OcopStars(stars: u8) -> impl IntoView {
    let i18n = use_i18n();
    let label = i18n.t_with("ocop-rating", &[("count", i64::from(stars).into())]);
    view! {
        <span class="ocop-stars" role="img" aria-label=label.clone() title=label data-testid="ocop-stars">
            <span class="ocop-mark" aria-hidden="true">"OCOP"</span>
            <span aria-hidden="true">{"★".repeat(usize::from(stars))}</span>
        </span>
    }
}

/// A picture in the renditions it has: `sizes` tells the browser how wide it is shown, so it picks
/// the smallest file that is sharp enough. The box keeps the photo's proportions before it loads.
#[component]
pub fn Picture(
    photo: PhotoView,
    alt: String,
    /// The `sizes` attribute.
    sizes: &'static str,
    /// The width given to the `width` attribute (the height follows the photo's proportions).
    width: u32,
    /// The largest picture of a page, in the first screen: fetched first, never lazily.
    #[prop(optional)]
    priority: bool,
    #[prop(optional)] class: &'static str,
) -> impl IntoView {
    let src = photo.at_least(width).unwrap_or_default().to_owned();
    view! {
        <img
            class=class
            src=src
            srcset=photo.srcset()
            sizes=sizes
            alt=alt
            width=width.to_string()
            height=photo.height_at(width).to_string()
            loading=if priority { "eager" } else { "lazy" }
            decoding=if priority { "sync" } else { "async" }
            fetchpriority=priority.then_some("high")
        />
    }
}

/// A grid of product cards; `marked` names, when given, show the words a search matched. The
/// first `eager` cards' pictures load at once (those in the first screen).
#[component]
pub fn ProductGrid(
    products: Vec<ProductCard>,
    #[prop(optional)] marked: Vec<crate::model::search::Marked>,
    #[prop(optional)] eager: usize,
) -> impl IntoView {
    let i18n = use_i18n();
    let mut marked = marked.into_iter();
    view! {
        <ul class="product-grid" data-testid="product-grid">
            {products.into_iter().enumerate().map(|(i, p)| {
                let name = match marked.next() {
                    Some(pieces) => pieces
                        .into_iter()
                        .map(|(text, hit)| if hit { view! { <mark>{text}</mark> }.into_any() } else { text.into_any() })
                        .collect_view()
                        .into_any(),
                    None => p.name.clone().into_any(),
                };
                let href = i18n.href(&format!("/products/{}", p.slug));
                view! {
                    <li class="product-card" data-testid="product-card">
                        <a class="product-card-link" href=href>
                            <span class="product-card-picture">
                                {p.cover.clone().map(|c| view! {
                                    <Picture photo=c alt=String::new() width=CARD_WIDTH priority=i < eager
                                        sizes="(max-width: 599px) 46vw, (max-width: 1023px) 30vw, 280px" />
                                })}
                            </span>
                            <span class="product-card-name">{name}</span>
                        </a>
                        {p.ocop_stars.map(|s| view! { <OcopStars stars=s /> })}
                        {p.price_from_vnd.map(|v| view! {
                            <p class="price">{i18n.t_with("product-price-from", &[("price", i18n.vnd(v).into())])}</p>
                        })}
                        <p class="product-card-coop">{p.cooperative_name.clone()}</p>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}
