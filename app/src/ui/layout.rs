//! The frame of every page: `<html lang>`, hreflang alternates, header (logo, search, language
//! switcher, cart, account menu) and footer.

use super::auth_state::{use_auth, AuthContext};
use super::pages::not_found::NotFoundPage;
use crate::i18n::{use_i18n, I18n, Locale};
use leptos::prelude::*;
use leptos_meta::{Html, Link, Meta};
use leptos_router::components::Outlet;
use leptos_router::hooks::{use_location, use_params_map};

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
    if known.is_some() {
        remember_locale(locale);
    }
    AuthContext::provide();
    super::cart_state::CartState::provide();
    let i18n = use_i18n();
    view! {
        <Html {..} lang=locale.code() />
        <Meta name="description" content=i18n.t("meta-description") />
        <Alternates />
        <a class="skip-link" href="#main">{i18n.t("skip-to-content")}</a>
        <Header />
        <main id="main" class="site-main" tabindex="-1">
            {if known.is_some() { view! { <Outlet /> }.into_any() } else { view! { <NotFoundPage /> }.into_any() }}
        </main>
        <Footer />
    }
}

/// The locale for pages whose path names none: negotiated on the server, read back from `<html lang>`
/// in the browser so hydration renders the same words.
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
    #[cfg(all(feature = "hydrate", not(feature = "ssr")))]
    {
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
            .and_then(|e| e.get_attribute("lang"))
            .and_then(|l| Locale::from_code(&l))
            .unwrap_or_default()
    }
    #[cfg(not(any(feature = "ssr", feature = "hydrate")))]
    {
        Locale::Vi
    }
}

/// Sets the `lang` cookie to the page's locale so `/` brings the visitor back to it.
fn remember_locale(locale: Locale) {
    #[cfg(feature = "ssr")]
    {
        use crate::backend::request::cookie;
        use crate::i18n::LANG_COOKIE;
        let Some(parts) = use_context::<http::request::Parts>() else {
            return;
        };
        if cookie(&parts.headers, LANG_COOKIE) == Some(locale.code()) {
            return;
        }
        let value = format!(
            "{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax",
            locale.code()
        );
        if let (Some(options), Ok(value)) = (
            use_context::<leptos_axum::ResponseOptions>(),
            http::HeaderValue::from_str(&value),
        ) {
            options.append_header(http::header::SET_COOKIE, value);
        }
    }
    #[cfg(not(feature = "ssr"))]
    let _ = locale;
}

/// scheme://host of the site, for absolute links in `<head>`.
fn site_origin() -> String {
    #[cfg(feature = "ssr")]
    {
        use_context::<crate::backend::AppState>()
            .map(|s| s.settings.public_origin())
            .unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        #[cfg(feature = "hydrate")]
        {
            web_sys::window()
                .and_then(|w| w.location().origin().ok())
                .unwrap_or_default()
        }
        #[cfg(not(feature = "hydrate"))]
        String::new()
    }
}

/// `<link rel="alternate" hreflang>` for every locale and x-default.
#[component]
fn Alternates() -> impl IntoView {
    let location = use_location();
    let origin = site_origin();
    let path = location.pathname.get_untracked();
    let links = Locale::ALL
        .into_iter()
        .map(|l| {
            let href = format!("{origin}{}", l.switch_path(&path));
            view! { <Link rel="alternate" hreflang=l.code() href=href /> }
        })
        .collect_view();
    view! {
        {links}
        <Link rel="alternate" hreflang="x-default" href=format!("{origin}/") />
    }
}

#[component]
fn Header() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <header class="site-header">
            <div class="container header-row">
                <a class="brand" href=i18n.href("/")>
                    <span class="brand-mark" aria-hidden="true">"HTX"</span>
                    <span class="brand-name">"HTX Market"</span>
                </a>
                <crate::ui::search_box::SearchBox />
                <nav class="header-actions" aria-label=i18n.t("nav-label")>
                    <LanguageSwitcher />
                    <a class="icon-link cart-link" href=i18n.href("/cart")>
                        <CartIcon />
                        <span class="visually-hidden">{i18n.t("nav-cart")}</span>
                        <CartCount />
                    </a>
                    <AccountMenu />
                </nav>
            </div>
        </header>
    }
}

/// The number of units in the cart; follows every change to the cart without a reload.
#[component]
fn CartCount() -> impl IntoView {
    let cart = super::cart_state::use_cart();
    view! {
        <span class="cart-count" aria-hidden="true" data-testid="cart-count">
            <Transition fallback=|| "0">
                {move || Suspend::new(async move { cart.count.await.unwrap_or(0).to_string() })}
            </Transition>
        </span>
    }
}

/// A dropdown of the five languages; each link leads to the current page in that language. The
/// links load a full page (rel=external) so every message, the `<html lang>` and the cookie change
/// together.
#[component]
fn LanguageSwitcher() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let current_path = move || {
        let search = location.search.get();
        let path = location.pathname.get();
        if search.is_empty() {
            path
        } else {
            format!("{path}?{}", search.trim_start_matches('?'))
        }
    };
    let items = Locale::ALL
        .into_iter()
        .map(|l| {
            let current = l == i18n.locale;
            view! {
                <li>
                    <a
                        href=move || l.switch_path(&current_path())
                        hreflang=l.code()
                        lang=l.code()
                        rel="external"
                        aria-current=current.then_some("true")
                    >
                        {l.native_name()}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <details class="dropdown lang-switcher" data-testid="language-switcher">
            <summary aria-label=i18n.t("language-switcher-label")>
                <GlobeIcon />
                <span class="lang-current">{i18n.locale.native_name()}</span>
            </summary>
            <ul class="dropdown-menu">{items}</ul>
        </details>
    }
}

/// Log in / register links, or the user's name with a menu holding account and logout.
#[component]
fn AccountMenu() -> impl IntoView {
    let i18n = use_i18n();
    let auth = use_auth();
    view! {
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                match auth.user.await {
                    Ok(Some(user)) => view! {
                        <details class="dropdown account-menu" data-testid="account-menu">
                            <summary>
                                <UserIcon />
                                <span class="account-name">{user.display_name.clone()}</span>
                            </summary>
                            <ul class="dropdown-menu">
                                <li><a href=i18n.href("/account")>{i18n.t("nav-account")}</a></li>
                                <li><a href=i18n.href("/account/orders")>{i18n.t("nav-orders")}</a></li>
                                <li><a href=i18n.href("/sell")>{i18n.t("nav-sell")}</a></li>
                                <li><a href=i18n.href("/sell/orders")>{i18n.t("nav-sell-orders")}</a></li>
                                {user.is_admin.then(|| view! {
                                    <li><a href=i18n.href("/admin")>{i18n.t("nav-admin-dashboard")}</a></li>
                                    <li><a href=i18n.href("/admin/reports")>{i18n.t("nav-admin-reports")}</a></li>
                                    <li><a href=i18n.href("/admin/cooperatives")>{i18n.t("nav-admin-review")}</a></li>
                                    <li><a href=i18n.href("/admin/ocop")>{i18n.t("nav-admin-ocop")}</a></li>
                                    <li><a href=i18n.href("/admin/audit")>{i18n.t("nav-admin-audit")}</a></li>
                                    <li><a href=i18n.href("/admin/payments")>{i18n.t("nav-admin-payments")}</a></li>
                                    <li><a href=i18n.href("/admin/moderation")>{i18n.t("nav-admin-moderation")}</a></li>
                                    <li><a href=i18n.href("/admin/users")>{i18n.t("nav-admin-users")}</a></li>
                                    <li><a href=i18n.href("/admin/certifications")>{i18n.t("nav-admin-certifications")}</a></li>
                                })}
                                <li>
                                    <ActionForm action=auth.logout>
                                        <button type="submit" class="linklike">{i18n.t("nav-logout")}</button>
                                    </ActionForm>
                                </li>
                            </ul>
                        </details>
                    }
                    .into_any(),
                    _ => view! {
                        <a class="btn btn-ghost" href=i18n.href("/login")>{i18n.t("nav-login")}</a>
                        <a class="btn btn-primary" href=i18n.href("/register")>{i18n.t("nav-register")}</a>
                    }
                    .into_any(),
                }
            })}
        </Transition>
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

#[component]
fn GlobeIcon() -> impl IntoView {
    view! {
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="1.8" />
            <path d="M3 12h18M12 3c2.5 2.7 3.8 5.7 3.8 9s-1.3 6.3-3.8 9c-2.5-2.7-3.8-5.7-3.8-9s1.3-6.3 3.8-9z" fill="none" stroke="currentColor" stroke-width="1.8" />
        </svg>
    }
}

#[component]
fn CartIcon() -> impl IntoView {
    view! {
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M3 4h2l2.4 11.2a2 2 0 0 0 2 1.6h7.7a2 2 0 0 0 2-1.5L21 8H6.2" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round" />
            <circle cx="10" cy="20" r="1.5" fill="currentColor" />
            <circle cx="17" cy="20" r="1.5" fill="currentColor" />
        </svg>
    }
}

#[component]
fn UserIcon() -> impl IntoView {
    view! {
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <circle cx="12" cy="8" r="4" fill="none" stroke="currentColor" stroke-width="1.8" />
            <path d="M4 21c1.5-4 4.5-6 8-6s6.5 2 8 6" fill="none" stroke="currentColor" stroke-width="1.8" />
        </svg>
    }
}
