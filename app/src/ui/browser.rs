//! The few browser facilities islands use directly (no-ops while rendering on the server).

/// True when the document holds a cookie named `name` (only cookies scripts may read).
pub fn has_cookie(name: &str) -> bool {
    #[cfg(feature = "hydrate")]
    {
        use leptos::wasm_bindgen::JsCast;
        let cookies = leptos::prelude::document()
            .dyn_into::<web_sys::HtmlDocument>()
            .ok()
            .and_then(|d| d.cookie().ok())
            .unwrap_or_default();
        cookies
            .split(';')
            .any(|pair| pair.trim().split('=').next() == Some(name))
    }
    #[cfg(not(feature = "hydrate"))]
    {
        let _ = name;
        false
    }
}

/// Removes a script-readable cookie.
pub fn forget_cookie(name: &str) {
    #[cfg(feature = "hydrate")]
    {
        use leptos::wasm_bindgen::JsCast;
        if let Ok(d) = leptos::prelude::document().dyn_into::<web_sys::HtmlDocument>() {
            let _ = d.set_cookie(&format!("{name}=; Path=/; Max-Age=0; SameSite=Lax"));
        }
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = name;
}

/// Tells the other islands of the page that something happened (a `CustomEvent` on `window`).
pub fn announce(event: &str) {
    #[cfg(feature = "hydrate")]
    if let Ok(e) = web_sys::CustomEvent::new(event) {
        let _ = leptos::prelude::window().dispatch_event(&e);
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = event;
}
