//! The header of every page: logo, language switcher, cart and account on one row, the search box
//! under it on phones. It is the same for every visitor, so public pages can be cached and shared:
//! what is personal (the cart's count, the account menu) is filled in by the `HeaderSession`
//! island from one small request, made only when the browser holds a session or a cart.

use crate::i18n::{use_i18n, Locale};
use crate::ui::icons::{CartIcon, GlobeIcon, UserIcon};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[component]
pub fn Header() -> impl IntoView {
    let i18n = use_i18n();
    let query = crate::ui::page::query("q").unwrap_or_default();
    let session_texts = SessionTexts {
        cart: i18n.t("nav-cart"),
        login: i18n.t("nav-login"),
        register: i18n.t("nav-register"),
        account: i18n.t("nav-account"),
    };
    let search_texts = SearchTexts {
        label: i18n.t("search-label"),
        placeholder: i18n.t("search-placeholder"),
    };
    view! {
        <header class="site-header">
            <div class="container header-row">
                <a class="brand" href=i18n.href("/")>
                    <span class="brand-mark" aria-hidden="true">"HTX"</span>
                    <span class="brand-name">"HTX Market"</span>
                </a>
                <nav class="header-actions" aria-label=i18n.t("nav-label")>
                    <LanguageSwitcher />
                    <HeaderSession locale=i18n.locale texts=session_texts />
                </nav>
                <SearchBox locale=i18n.locale texts=search_texts initial=query />
            </div>
        </header>
    }
}

/// A dropdown of the five languages. Each link goes through `/lang/{code}`, which remembers the
/// choice in the `lang` cookie and sends the visitor to this page's address in that language (a
/// product's slug differs per language), so no other response needs to set a cookie.
#[component]
fn LanguageSwitcher() -> impl IntoView {
    let i18n = use_i18n();
    let here = crate::ui::page::use_page().path_and_query();
    let from = crate::ui::page::encode(&here);
    let items = Locale::ALL
        .into_iter()
        .map(|l| {
            let current = l == i18n.locale;
            view! {
                <li>
                    <a
                        href=format!("/lang/{}?from={from}", l.code())
                        hreflang=l.code()
                        lang=l.code()
                        rel="nofollow"
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

/// The header's words for the session island, chosen on the server.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionTexts {
    pub cart: String,
    pub login: String,
    pub register: String,
    pub account: String,
}

/// The name of the cookie that tells the page the browser holds a session or a cart (readable by
/// scripts, unlike those cookies themselves; it carries no secret).
pub const HINT_COOKIE: &str = "htx_ui";

/// The browser event other islands send after changing the cart.
pub const CART_CHANGED_EVENT: &str = "htx:cart";

/// The cart count and the account menu. Rendered for an anonymous visitor; in the browser it asks
/// the server who is there, when the hint cookie says anyone might be.
#[island]
pub fn HeaderSession(locale: Locale, texts: SessionTexts) -> impl IntoView {
    let summary = RwSignal::new(None::<crate::api::auth::VisitorSummary>);
    let refresh = move || {
        #[cfg(feature = "hydrate")]
        leptos::task::spawn_local(async move {
            if let Ok(s) = crate::api::auth::session_summary(locale.code().to_owned()).await {
                if s.name.is_none() && s.cart_count == 0 {
                    crate::ui::browser::forget_cookie(HINT_COOKIE);
                }
                summary.set(Some(s));
            }
        });
    };
    Effect::new(move |_| {
        if crate::ui::browser::has_cookie(HINT_COOKIE) {
            refresh();
        }
    });
    #[cfg(feature = "hydrate")]
    {
        let handle = window_event_listener_untyped(CART_CHANGED_EVENT, move |_| refresh());
        on_cleanup(move || handle.remove());
    }
    let href = move |path: &str| format!("/{}{path}", locale.code());
    let count = move || summary.get().map(|s| s.cart_count).unwrap_or(0);
    let texts_for_menu = texts.clone();
    view! {
        <a class="icon-link cart-link" href=href("/cart")>
            <CartIcon />
            <span class="visually-hidden">{texts.cart.clone()}</span>
            <span class="cart-count" aria-hidden="true" data-testid="cart-count" class:empty=move || count() == 0>
                {move || count().to_string()}
            </span>
        </a>
        {move || match summary.get().and_then(|s| s.name.clone().map(|name| (name, s))) {
            Some((name, s)) => view! {
                <details class="dropdown account-menu" data-testid="account-menu">
                    <summary aria-label=texts_for_menu.account.clone()>
                        <UserIcon />
                        <span class="account-name">{name}</span>
                    </summary>
                    <ul class="dropdown-menu">
                        {s.menu.into_iter().map(|(path, label)| view! {
                            <li><a href=path>{label}</a></li>
                        }).collect_view()}
                        // A plain form: the server ends the session and sends the browser back.
                        <li>
                            <form method="post" action="/api/auth/logout">
                                <input type="hidden" name="next" value=href("/") />
                                <button type="submit" class="linklike" data-testid="logout">{s.logout}</button>
                            </form>
                        </li>
                    </ul>
                </details>
            }
            .into_any(),
            None => view! {
                // The name is hidden on a phone: the label keeps the link named.
                <a class="icon-link account-link" href=href("/login") data-testid="login-link"
                    aria-label=texts_for_menu.login.clone()>
                    <UserIcon />
                    <span class="account-name">{texts_for_menu.login.clone()}</span>
                </a>
                <a class="header-register" href=href("/register")>{texts_for_menu.register.clone()}</a>
            }
            .into_any(),
        }}
    }
}

/// The search box's words, chosen on the server.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchTexts {
    pub label: String,
    pub placeholder: String,
}

/// How long typing must pause before suggestions are asked for.
const DEBOUNCE: std::time::Duration = std::time::Duration::from_millis(200);

/// A plain GET form to the search page (works without JavaScript), with product suggestions as the
/// shopper types. Keystrokes are debounced, and an answer that arrives after a newer request was
/// made is dropped, so suggestions never lag behind the text.
#[island]
pub fn SearchBox(locale: Locale, texts: SearchTexts, initial: String) -> impl IntoView {
    let suggestions = RwSignal::new(Vec::<crate::model::search::Suggestion>::new());
    // The number of the newest request: older answers are ignored.
    let asked = StoredValue::new(0u32);
    let timer = StoredValue::new(None::<TimeoutHandle>);
    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        if let Some(t) = timer.get_value() {
            t.clear();
        }
        let handle = set_timeout_with_handle(
            move || {
                let n = asked.get_value() + 1;
                asked.set_value(n);
                if text.trim().chars().count() < 2 {
                    suggestions.set(Vec::new());
                } else {
                    #[cfg(feature = "hydrate")]
                    leptos::task::spawn_local(async move {
                        let found = crate::api::search::suggest(text, locale.code().to_owned())
                            .await
                            .unwrap_or_default();
                        if asked.get_value() == n {
                            suggestions.set(found);
                        }
                    });
                }
            },
            DEBOUNCE,
        )
        .ok();
        timer.set_value(handle);
    };
    let prefix = format!("/{}", locale.code());
    let action = format!("{prefix}/search");
    view! {
        <form class="header-search" role="search" method="get" action=action>
            <label for="site-search" class="visually-hidden">{texts.label}</label>
            <input
                id="site-search"
                type="search"
                name="q"
                autocomplete="off"
                aria-controls="search-suggestions"
                placeholder=texts.placeholder
                value=initial
                on:input=on_input
            />
            // Always present, so aria-controls names an element; empty and hidden until there are
            // suggestions.
            <ul id="search-suggestions" class="suggestions" data-testid="suggestions"
                hidden=move || suggestions.with(Vec::is_empty)>
                {move || suggestions.get().into_iter().map(|s| view! {
                    <li>
                        <a href=format!("{prefix}/products/{}", s.slug)>
                            {s.name_marked.into_iter().map(|(text, hit)| if hit {
                                view! { <mark>{text}</mark> }.into_any()
                            } else {
                                text.into_any()
                            }).collect_view()}
                        </a>
                    </li>
                }).collect_view()}
            </ul>
        </form>
    }
}
