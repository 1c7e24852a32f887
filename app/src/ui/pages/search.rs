//! The search page, /{locale}/search?q=…&category=…: every state in the URL (shareable, rendered on
//! the server, usable without JavaScript), a sidebar of facets with counts over the current query,
//! sorts, pages, the matched words marked, and help when nothing is found.

use crate::api::search::fetch_search;
use crate::domain::search::{SearchParams, Sort};
use crate::error::ErrorId;
use crate::i18n::{format_number, use_i18n, I18n};
use crate::model::search::{FacetOption, SearchPageView};
use crate::ui::outcome::error_view;
use crate::ui::page::use_query_map;
use crate::ui::pages::product::ProductGrid;
use crate::ui::pagination::Pagination;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

#[component]
pub fn SearchPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let params = Memo::new(move |_| {
        let q = query.read();
        SearchParams::from_query(|k| q.get(k))
    });
    let results = Resource::new(
        move || params.get(),
        move |p| fetch_search(p, i18n.locale.code().to_owned()),
    );
    view! {
        <Meta name="robots" content="noindex, follow" />
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let p = params.get_untracked();
                match results.await {
                    Ok(page) => view! { <Results p page /> }.into_any(),
                    Err(e) => error_view(e),
                }
            })}
        </Suspense>
    }
}

/// The link to the search page with `p`.
fn href(i18n: I18n, p: &SearchParams) -> String {
    let q = p.query_string();
    if q.is_empty() {
        i18n.href("/search")
    } else {
        format!("{}?{q}", i18n.href("/search"))
    }
}

#[component]
fn Results(p: SearchParams, page: SearchPageView) -> impl IntoView {
    let i18n = use_i18n();
    let q = p.q.clone().unwrap_or_default();
    let title = if q.is_empty() {
        i18n.t("search-title")
    } else {
        i18n.t_with("search-results-title", &[("q", q.clone().into())])
    };
    let filtered = p
        .pairs()
        .iter()
        .any(|(k, _)| !matches!(*k, "q" | "sort" | "page"));
    let marked = page.hits.iter().map(|h| h.name_marked.clone()).collect();
    let cards = page.hits.iter().map(|h| h.card.clone()).collect();
    let base = p.clone();
    let link = move |n: u64| href(i18n, &base.with(&[("page", Some(&n.to_string()))]));
    view! {
        <Title text=title.clone() />
        <section class="container search-page" data-testid="search-page" data-total=page.total.to_string() data-took-ms=page.took_ms.to_string()>
            <h1>{title}</h1>
            <form class="search-form" method="get" action=i18n.href("/search") role="search">
                <label for="search-q" class="visually-hidden">{i18n.t("search-label")}</label>
                <input id="search-q" type="search" name="q" value=q.clone() />
                // Filters and sort stay when the words change.
                {p.pairs().into_iter().filter(|(k, _)| !matches!(*k, "q" | "page")).map(|(k, v)| view! {
                    <input type="hidden" name=k value=v />
                }).collect_view()}
                <button type="submit" class="btn btn-primary">{i18n.t("search-button")}</button>
            </form>
            {page.unavailable.then(|| view! {
                <div class="form-alert" role="alert" data-testid="search-unavailable">
                    <p>{i18n.t(ErrorId::SearchUnavailable.as_str())}</p>
                </div>
            })}
            <div class="search-layout">
                <Facets p=p.clone() page=page.clone() />
                <div class="search-results">
                    <div class="search-toolbar">
                        <p class="muted" data-testid="search-count">{i18n.t_with("search-count", &[("count", (page.total as i64).into())])}</p>
                        <SortForm p=p.clone() />
                    </div>
                    {if page.hits.is_empty() && !page.unavailable {
                        view! {
                            <div class="card search-empty" data-testid="search-empty">
                                <h2>{i18n.t("search-empty-title")}</h2>
                                <p>{i18n.t("search-empty-help")}</p>
                                {filtered.then(|| view! {
                                    <p><a href=href(i18n, &SearchParams { q: p.q.clone(), ..Default::default() })>{i18n.t("search-clear")}</a></p>
                                })}
                                <p><a href=i18n.href("/")>{i18n.t("search-browse")}</a></p>
                            </div>
                        }.into_any()
                    } else {
                        view! { <ProductGrid products=cards marked /> }.into_any()
                    }}
                    <Pagination page=u64::from(page.page) pages=u64::from(page.pages) link />
                </div>
            </div>
        </section>
    }
}

/// The sort choice, a GET form of its own (with a button, so it works without JavaScript).
#[component]
fn SortForm(p: SearchParams) -> impl IntoView {
    let i18n = use_i18n();
    let current = p
        .sort
        .clone()
        .unwrap_or_else(|| Sort::Relevance.as_str().to_owned());
    view! {
        <form class="sort-form" method="get" action=i18n.href("/search")>
            {p.pairs().into_iter().filter(|(k, _)| !matches!(*k, "sort" | "page")).map(|(k, v)| view! {
                <input type="hidden" name=k value=v />
            }).collect_view()}
            <label for="search-sort">{i18n.t("search-sort")}</label>
            <select id="search-sort" name="sort" data-testid="search-sort">
                {Sort::ALL.into_iter().map(|s| view! {
                    <option value=s.as_str() selected=current == s.as_str()>{i18n.t(&format!("search-sort-{}", s.as_str()))}</option>
                }).collect_view()}
            </select>
            <button type="submit" class="btn btn-ghost">{i18n.t("search-sort-apply")}</button>
        </form>
    }
}

/// One facet: its values as links that set the filter, the chosen one with a link that removes it.
#[component]
fn FacetGroup(
    p: SearchParams,
    key: &'static str,
    heading: String,
    options: Vec<FacetOption>,
    /// The label shown for an option.
    label: Box<dyn Fn(&FacetOption) -> String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let chosen = p.pairs().into_iter().find(|(k, _)| *k == key).map(|(_, v)| v);
    (!options.is_empty() || chosen.is_some()).then(|| {
        view! {
            <section class="facet" data-testid=format!("facet-{key}")>
                <h2>{heading}</h2>
                <ul class="plain-list">
                    {options.iter().map(|o| {
                        let selected = chosen.as_deref() == Some(o.value.as_str());
                        let target = if selected { p.with(&[(key, None)]) } else { p.with(&[(key, Some(&o.value))]) };
                        view! {
                            <li class:selected=selected>
                                <a href=href(i18n, &target) aria-current=selected.then_some("true")>
                                    {label(o)} " " <span class="muted">"(" {format_number(o.count as i64, i18n.locale)} ")"</span>
                                </a>
                                {selected.then(|| view! { " " <span class="visually-hidden">{i18n.t("search-remove-filter")}</span> })}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        }
    })
}

#[component]
fn Facets(p: SearchParams, page: SearchPageView) -> impl IntoView {
    let i18n = use_i18n();
    let f = page.facets;
    let plain: fn(&FacetOption) -> String = |o| o.label.clone();
    let price_label = move |o: &FacetOption| {
        let (lo, hi) = o.value.split_once('-').unwrap_or((&o.value, ""));
        let vnd = |s: &str| s.parse::<i64>().ok().map(|v| i18n.vnd(v));
        match (vnd(lo), vnd(hi)) {
            (Some(_), Some(hi)) if lo == "0" => i18n.t_with("search-price-below", &[("max", hi.into())]),
            (Some(lo), Some(hi)) => {
                i18n.t_with("search-price-between", &[("min", lo.into()), ("max", hi.into())])
            }
            (Some(lo), None) => i18n.t_with("search-price-above", &[("min", lo.into())]),
            _ => o.value.clone(),
        }
    };
    // A price range is two parameters; its links set both.
    let price_range = p
        .min_price
        .clone()
        .map(|lo| format!("{lo}-{}", p.max_price.clone().unwrap_or_default()));
    let stock_target = if p.in_stock.is_some() {
        p.with(&[("in_stock", None)])
    } else {
        p.with(&[("in_stock", Some("1"))])
    };
    view! {
        <aside class="facets" data-testid="facets" aria-label=i18n.t("search-filters")>
            <FacetGroup p=p.clone() key="category" heading=i18n.t("search-filter-category") options=f.categories label=Box::new(plain) />
            <FacetGroup p=p.clone() key="province" heading=i18n.t("search-filter-province") options=f.provinces label=Box::new(plain) />
            <FacetGroup p=p.clone() key="ocop" heading=i18n.t("search-filter-ocop") options=f.ocop_stars
                label=Box::new(move |o| i18n.t_with("search-ocop-at-least", &[("stars", "★".repeat(o.value.parse().unwrap_or(0)).into())])) />
            <FacetGroup p=p.clone() key="cert" heading=i18n.t("search-filter-cert") options=f.certifications label=Box::new(plain) />
            {(!f.prices.is_empty()).then(|| view! {
                <section class="facet" data-testid="facet-price">
                    <h2>{i18n.t("search-filter-price")}</h2>
                    <ul class="plain-list">
                        {f.prices.iter().map(|o| {
                            let selected = price_range.as_deref() == Some(o.value.as_str());
                            let (lo, hi) = o.value.split_once('-').unwrap_or((&o.value, ""));
                            let target = if selected {
                                p.with(&[("min_price", None), ("max_price", None)])
                            } else {
                                p.with(&[("min_price", Some(lo)), ("max_price", Some(hi))])
                            };
                            view! {
                                <li class:selected=selected>
                                    <a href=href(i18n, &target) aria-current=selected.then_some("true")>
                                        {price_label(o)} " " <span class="muted">"(" {format_number(o.count as i64, i18n.locale)} ")"</span>
                                    </a>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </section>
            })}
            <section class="facet" data-testid="facet-in_stock">
                <h2>{i18n.t("search-filter-stock")}</h2>
                <a href=href(i18n, &stock_target) aria-current=p.in_stock.is_some().then_some("true")>
                    // A link, not a checkbox: it must work without JavaScript.
                    <span aria-hidden="true">{if p.in_stock.is_some() { "☑" } else { "☐" }}</span>
                    " " {i18n.t("search-in-stock")} " " <span class="muted">"(" {format_number(f.in_stock as i64, i18n.locale)} ")"</span>
                </a>
            </section>
            <FacetGroup p=p.clone() key="cooperative" heading=i18n.t("search-filter-cooperative") options=f.cooperatives label=Box::new(plain) />
        </aside>
    }
}
