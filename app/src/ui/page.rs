//! What an island knows about the page it is on. Pages are rendered on the server and only their
//! islands run in the browser, where neither the router nor the server's context exists: the page
//! hands its locale, path, query and route parameters to each island that needs them, and the
//! helpers here read them the same way on both sides.

use crate::i18n::{I18n, Locale};
use leptos::prelude::*;
use leptos_router::params::ParamsMap;
use leptos_router::NavigateOptions;
use serde::{Deserialize, Serialize};

/// The page an island belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct PageCtx {
    pub locale: Locale,
    pub path: String,
    pub query: Vec<(String, String)>,
    pub params: Vec<(String, String)>,
}

impl PageCtx {
    /// The page being rendered (on the server, from the router; inside an island, its own).
    pub fn here() -> PageCtx {
        if let Some(ctx) = use_context::<PageCtx>() {
            return ctx;
        }
        let locale = crate::i18n::use_i18n().locale;
        let location = leptos_router::hooks::use_location();
        let query = leptos_router::hooks::use_query_map().get_untracked();
        let params = leptos_router::hooks::use_params_map().get_untracked();
        let pairs = |m: &ParamsMap| {
            m.into_iter()
                .map(|(k, v)| (k.to_string(), v.to_owned()))
                .collect::<Vec<_>>()
        };
        PageCtx {
            locale,
            path: location.pathname.get_untracked(),
            query: pairs(&query),
            params: pairs(&params),
        }
    }

    /// Makes this page (and its locale) what the components below read.
    pub fn provide(&self) {
        // The page's own <Title> and <Meta> were rendered by the server; in the browser they only
        // need a context to write to.
        #[cfg(feature = "hydrate")]
        leptos_meta::provide_meta_context();
        provide_context(I18n { locale: self.locale });
        provide_context(self.clone());
    }

    /// A route parameter.
    pub fn param(&self, name: &str) -> Option<String> {
        self.params
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    }

    /// A query parameter.
    pub fn query(&self, name: &str) -> Option<String> {
        self.query.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())
    }

    /// The path with its query string, as the browser asked for it.
    pub fn path_and_query(&self) -> String {
        if self.query.is_empty() {
            return self.path.clone();
        }
        let query: Vec<String> = self
            .query
            .iter()
            .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
            .collect();
        format!("{}?{}", self.path, query.join("&"))
    }
}

/// The current page.
pub fn use_page() -> PageCtx {
    PageCtx::here()
}

/// A route parameter of the current page.
pub fn param(name: &str) -> Option<String> {
    use_page().param(name)
}

/// A query parameter of the current page.
pub fn query(name: &str) -> Option<String> {
    use_page().query(name)
}

/// The route parameters of the current page (the router's hook, readable inside islands too).
pub fn use_params_map() -> Signal<ParamsMap> {
    Signal::stored(use_page().params.into_iter().collect())
}

/// The query of the current page (the router's hook, readable inside islands too).
pub fn use_query_map() -> Signal<ParamsMap> {
    Signal::stored(use_page().query.into_iter().collect())
}

/// A navigate function shaped like the router's (which does not exist in the browser here).
pub fn use_navigate() -> impl Fn(&str, NavigateOptions) + Clone + Send + Sync + 'static {
    |path: &str, _| navigate(path)
}

/// Goes to `path`: a full page load in the browser (pages are rendered by the server); on the server
/// a redirect of the response being rendered.
pub fn navigate(path: &str) {
    #[cfg(feature = "hydrate")]
    if let Some(w) = web_sys::window() {
        let _ = w.location().assign(path);
    }
    #[cfg(feature = "ssr")]
    leptos_axum::redirect(path);
    #[cfg(not(any(feature = "hydrate", feature = "ssr")))]
    let _ = path;
}

/// Reloads the current page from the server.
pub fn reload() {
    #[cfg(feature = "hydrate")]
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

/// Percent-encodes a query component.
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Declares the island that renders a whole page body in the browser as well: buying (bundle
/// "shop"), signing in and the account ("account"), and the sellers' and administrators' pages
/// ("backoffice"). Each is compiled into
/// its own browser bundle only (see `ui::bundle`), so the storefront's bundle stays small; the
/// server renders them all.
#[macro_export]
macro_rules! page_island {
    ($bundle:literal, $(#[$meta:meta])* $island:ident => $page:ident) => {
        $(#[$meta])*
        #[cfg_attr(any(feature = "ssr", feature = $bundle), ::leptos::prelude::island)]
        #[cfg_attr(not(any(feature = "ssr", feature = $bundle)), ::leptos::prelude::component)]
        pub fn $island(page: $crate::ui::page::PageCtx) -> impl ::leptos::prelude::IntoView {
            page.provide();
            ::leptos::prelude::view! { <$page /> }
        }
    };
}

/// Sends the visitor elsewhere (a 302 while rendering on the server; a page load in the browser).
#[component]
pub fn Redirect(#[prop(into)] path: String) -> impl IntoView {
    navigate(&path);
}
