//! The frame of every page: `<html lang>`, header (logo, search, language switcher, cart, account
//! menu) and footer. Canonical and hreflang links are the page's own (`ui::seo`), since only the
//! page knows its address in each language.

use super::header::Header;
use super::pages::not_found::NotFoundPage;
use crate::i18n::{use_i18n, I18n, Locale};
use leptos::prelude::*;
use leptos_meta::{Html, Meta};
use leptos_router::components::Outlet;
use leptos_router::hooks::use_params_map;

/// Validates the locale segment and frames the page; an unknown locale renders the 404 page.
#[component]
pub fn LocaleLayout() -> impl IntoView {
    let code = use_params_map()
        .read_untracked()
        .get("locale")
        .unwrap_or_default();
    let known = Locale::from_code(&code);
    let locale = known.unwrap_or_else(fallback_locale);
    provide_context(I18n { locale });
    let i18n = use_i18n();
    view! {
        <Html {..} lang=locale.code() />
        <Meta name="description" content=i18n.t("meta-description") />
        <a class="skip-link" href="#main">{i18n.t("skip-to-content")}</a>
        <Header />
        <main id="main" class="site-main" tabindex="-1">
            {if known.is_some() { view! { <Outlet /> }.into_any() } else { view! { <NotFoundPage /> }.into_any() }}
        </main>
        <Footer />
    }
}

/// The locale for pages whose path names none: negotiated from the `lang` cookie and
/// Accept-Language (such pages are 404s, never cached).
fn fallback_locale() -> Locale {
    #[cfg(feature = "ssr")]
    {
        use crate::backend::request::cookie;
        use crate::i18n::LANG_COOKIE;
        if let Some(parts) = use_context::<http::request::Parts>() {
            let accept = parts
                .headers
                .get(http::header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok());
            return Locale::negotiate(cookie(&parts.headers, LANG_COOKIE), accept);
        }
        Locale::Vi
    }
    #[cfg(not(feature = "ssr"))]
    {
        Locale::Vi
    }
}

#[component]
fn Footer() -> impl IntoView {
    let i18n = use_i18n();
    let year = chrono::Utc::now().format("%Y").to_string();
    view! {
        <footer class="site-footer">
            <div class="container footer-grid">
                <div>
                    <p class="footer-brand">"HTX Market"</p>
                    <p>{i18n.t("footer-tagline")}</p>
                </div>
                <div>
                    <p class="footer-heading">{i18n.t("footer-marketplace")}</p>
                    <p><a href=i18n.href("/coops")>{i18n.t("nav-coops")}</a></p>
                    <p><a href=i18n.href("/sell/apply")>{i18n.t("nav-apply")}</a></p>
                    <p><a href=i18n.href("/register")>{i18n.t("nav-register")}</a></p>
                </div>
                <div>
                    <p class="footer-heading">{i18n.t("footer-languages")}</p>
                    <p>{Locale::ALL.iter().map(|l| l.native_name()).collect::<Vec<_>>().join(" · ")}</p>
                </div>
                <div>
                    <p class="footer-heading">{i18n.t("footer-open-source")}</p>
                    <p>{i18n.t("footer-license")}</p>
                </div>
            </div>
            <p class="container footer-copy">{format!("© {year} HTX Market")}</p>
        </footer>
    }
}
