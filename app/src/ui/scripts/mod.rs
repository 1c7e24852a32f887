//! The `<head>` tags that bring a page's islands to life: preload hints for the page's bundle and
//! the script that hydrates the islands.

use super::bundle::Bundle;
use leptos::prelude::*;

/// The script run once the page has loaded; called with the bundle's JS and wasm paths.
const ISLANDS_JS: &str = include_str!("islands.js");

/// Preloads the bundle at low priority (it must not compete with the picture shoppers came for) and
/// hydrates the islands when the browser is idle.
#[component]
pub fn IslandScripts(options: LeptosOptions, bundle: Bundle) -> impl IntoView {
    let (js, wasm) = (
        bundle.asset_path(&options, "js"),
        bundle.asset_path(&options, "wasm"),
    );
    view! {
        <link rel="modulepreload" href=js.clone() fetchpriority="low" />
        <link rel="preload" href=wasm.clone() r#as="fetch" r#type="application/wasm" crossorigin="" fetchpriority="low" />
        <script type="module">{format!("{ISLANDS_JS}({js:?}, {wasm:?});")}</script>
    }
}
