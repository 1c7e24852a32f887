//! The browser entry point: the islands of server-rendered pages hydrate themselves (the page's
//! script calls each island's exported function once this has run).

// Links the app crate, whose islands export their own hydration functions.
extern crate app;

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    // Readable panics in debug builds; the release bundle leaves the formatting code out.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
