//! The header's search box: a plain GET form to the search page (works without JavaScript), with
//! product suggestions as the shopper types once the page is hydrated. Keystrokes are debounced
//! (a request only after 200 ms without typing), and an answer that arrives after a newer request
//! was made is dropped, so suggestions never lag behind the text.

use crate::api::search::suggest;
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use std::time::Duration;

const DEBOUNCE: Duration = Duration::from_millis(200);

#[component]
pub fn SearchBox() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    // On the search page the box shows the current query.
    let initial = query.read_untracked().get("q").unwrap_or_default();
    let debounced = RwSignal::new(String::new());
    let timer = StoredValue::new(None::<TimeoutHandle>);
    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        if let Some(t) = timer.get_value() {
            t.clear();
        }
        let handle = set_timeout_with_handle(move || debounced.set(text), DEBOUNCE).ok();
        timer.set_value(handle);
    };
    // A LocalResource keeps only the newest request's answer.
    let suggestions = LocalResource::new(move || {
        let q = debounced.get();
        let locale = i18n.locale.code().to_owned();
        async move {
            if q.trim().chars().count() < 2 {
                return Vec::new();
            }
            suggest(q, locale).await.unwrap_or_default()
        }
    });
    view! {
        <form class="header-search" role="search" method="get" action=i18n.href("/search")>
            <label for="site-search" class="visually-hidden">{i18n.t("search-label")}</label>
            <input
                id="site-search"
                type="search"
                name="q"
                autocomplete="off"
                aria-controls="search-suggestions"
                placeholder=i18n.t("search-placeholder")
                value=initial
                on:input=on_input
            />
            <Transition fallback=|| ()>
                {move || {
                    let list = suggestions.get().unwrap_or_default();
                    (!list.is_empty()).then(|| view! {
                        <ul id="search-suggestions" class="suggestions" data-testid="suggestions">
                            {list.into_iter().map(|s| view! {
                                <li>
                                    <a href=i18n.href(&format!("/products/{}", s.slug))>
                                        {s.name_marked.into_iter().map(|(text, hit)| {
                                            if hit { view! { <mark>{text}</mark> }.into_any() } else { text.into_any() }
                                        }).collect_view()}
                                    </a>
                                </li>
                            }).collect_view()}
                        </ul>
                    })
                }}
            </Transition>
        </form>
    }
}
