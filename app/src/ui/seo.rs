//! What search engines read in `<head>`: the page's canonical address and its address in every
//! language (hreflang), all absolute, and structured data (JSON-LD) for products, cooperatives and
//! breadcrumbs.

use crate::i18n::{use_i18n, Locale};
use leptos::prelude::*;
use leptos_meta::Link;

/// scheme://host of the site, for absolute links.
pub fn site_origin() -> String {
    #[cfg(feature = "ssr")]
    {
        use_context::<crate::backend::AppState>()
            .map(|s| s.settings.public_origin())
            .unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    String::new()
}

/// A page's path in each locale, e.g. `/en/products/forest-honey`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalizedPaths(pub Vec<(Locale, String)>);

impl LocalizedPaths {
    /// The same path after the locale in every language ("/" for home, "/c/honey", …).
    pub fn same(rest: &str) -> LocalizedPaths {
        LocalizedPaths(Locale::ALL.into_iter().map(|l| (l, page_path(l, rest))).collect())
    }

    /// The path in `locale`.
    pub fn of(&self, locale: Locale) -> Option<&str> {
        self.0.iter().find(|(l, _)| *l == locale).map(|(_, p)| p.as_str())
    }
}

/// `/{locale}{rest}`, without a trailing slash (the form every link and canonical uses).
pub fn page_path(locale: Locale, rest: &str) -> String {
    let rest = rest.trim_end_matches('/');
    format!("/{}{rest}", locale.code())
}

/// The canonical link for the current locale and one alternate per locale plus x-default
/// (Vietnamese, the source language).
#[component]
pub fn PageLinks(paths: LocalizedPaths) -> impl IntoView {
    let i18n = use_i18n();
    let origin = site_origin();
    let canonical = paths
        .of(i18n.locale)
        .map(|p| view! { <Link rel="canonical" href=format!("{origin}{p}") /> });
    let default = paths
        .of(Locale::Vi)
        .map(|p| view! { <Link rel="alternate" hreflang="x-default" href=format!("{origin}{p}") /> });
    let alternates = paths
        .0
        .iter()
        .map(|(l, p)| view! { <Link rel="alternate" hreflang=l.code() href=format!("{origin}{p}") /> })
        .collect_view();
    view! { {canonical} {alternates} {default} }
}

/// A `<script type="application/ld+json">` with `value`; "</" is escaped so no string can end the
/// element.
#[component]
pub fn JsonLd(value: serde_json::Value) -> impl IntoView {
    let json = value.to_string().replace("</", "<\\/");
    view! { <script type="application/ld+json" inner_html=json></script> }
}

/// schema.org BreadcrumbList from (name, path) pairs, home first.
pub fn breadcrumbs_json(crumbs: &[(String, String)]) -> serde_json::Value {
    let origin = site_origin();
    let items: Vec<serde_json::Value> = crumbs
        .iter()
        .enumerate()
        .map(|(i, (name, path))| {
            serde_json::json!({
                "@type": "ListItem",
                "position": i + 1,
                "name": name,
                "item": format!("{origin}{path}"),
            })
        })
        .collect();
    serde_json::json!({
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": items,
    })
}

/// The visible breadcrumb trail and its BreadcrumbList: home, then `crumbs` (name, path); the last
/// is the current page.
#[component]
pub fn Breadcrumbs(crumbs: Vec<(String, String)>) -> impl IntoView {
    let i18n = use_i18n();
    let mut all = vec![(i18n.t("breadcrumb-home"), page_path(i18n.locale, "/"))];
    all.extend(crumbs);
    let json = breadcrumbs_json(&all);
    let last = all.len() - 1;
    view! {
        <nav class="breadcrumbs" aria-label=i18n.t("breadcrumb-label")>
            <ol>
                {all.into_iter().enumerate().map(|(i, (name, path))| {
                    if i == last {
                        view! { <li aria-current="page">{name}</li> }.into_any()
                    } else {
                        view! { <li><a href=path>{name}</a></li> }.into_any()
                    }
                }).collect_view()}
            </ol>
        </nav>
        <JsonLd value=json />
    }
}
