//! A category page: its sub-categories and products, newest first, with pagination.

use crate::api::catalog::fetch_category_page;
use crate::i18n::use_i18n;
use crate::ui::outcome::error_view;
use crate::ui::page::{use_params_map, use_query_map};
use crate::ui::pages::product::ProductGrid;
use crate::ui::pagination::Pagination;
use crate::ui::seo::{page_path, Breadcrumbs, LocalizedPaths, PageLinks};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

#[component]
pub fn CategoryPageView() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let query = use_query_map();
    let key = move || {
        (
            params.read().get("code").unwrap_or_default(),
            query.read().get("page").and_then(|p| p.parse::<u64>().ok()),
        )
    };
    let page = Resource::new(key, move |(code, page)| {
        fetch_category_page(code, page, i18n.locale.code().to_owned())
    });
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(c) => {
                        let rest = format!("/c/{}", c.category.code);
                        let base = page_path(i18n.locale, &rest);
                        let link = move |n: u64| if n == 1 { base.clone() } else { format!("{base}?page={n}") };
                        let suffix = if c.page > 1 { format!("?page={}", c.page) } else { String::new() };
                        let paths = LocalizedPaths(
                            LocalizedPaths::same(&rest).0.into_iter().map(|(l, p)| (l, format!("{p}{suffix}"))).collect(),
                        );
                        let mut crumbs = Vec::new();
                        if let Some(p) = &c.parent {
                            crumbs.push((p.name.clone(), page_path(i18n.locale, &format!("/c/{}", p.code))));
                        }
                        crumbs.push((c.category.name.clone(), page_path(i18n.locale, &rest)));
                        view! {
                            <Title text=c.category.name.clone() />
                            <Meta name="description" content=i18n.t_with("category-description", &[
                                ("name", c.category.name.clone().into()),
                                ("count", (c.total as i64).into()),
                            ]) />
                            <PageLinks paths />
                            <section class="container category-page" data-testid="category-page">
                                <Breadcrumbs crumbs />
                                <h1>{c.category.name.clone()}</h1>
                                <p class="muted">{i18n.t_with("category-count", &[("count", (c.total as i64).into())])}</p>
                                {(!c.children.is_empty()).then(|| view! {
                                    <ul class="chips">
                                        {c.children.iter().map(|ch| view! {
                                            <li><a href=i18n.href(&format!("/c/{}", ch.code))>{ch.name.clone()}</a></li>
                                        }).collect_view()}
                                    </ul>
                                })}
                                // A phone shows the first row (two cards) before scrolling.
                                <ProductGrid products=c.products.clone() eager=2 />
                                <Pagination page=c.page pages=c.pages link=link.clone() />
                            </section>
                        }
                        .into_any()
                    }
                    Err(e) => error_view(e),
                }
            })}
        </Suspense>
    }
}
