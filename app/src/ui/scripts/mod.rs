//! The `<head>` tag that brings a page's islands to life: the script that loads the page's bundle
//! after the first screen's pictures and hydrates the islands.

use super::bundle::Bundle;
use leptos::prelude::*;

/// The script run once the page has loaded; called with the bundle's JS and wasm paths.
const ISLANDS_JS: &str = include_str!("islands.js");

/// Fetches the bundle once the first screen's pictures have arrived, so it never competes with what
/// shoppers came for (no preload hint: a preload starts at once, whatever its priority), and hydrates
/// the islands when the browser is idle. The pages work without it; it only makes them quicker to use.
#[component]
pub fn IslandScripts(options: LeptosOptions, bundle: Bundle) -> impl IntoView {
    let (js, wasm) = (
        bundle.asset_path(&options, "js"),
        bundle.asset_path(&options, "wasm"),
    );
    view! { <script type="module">{format!("{ISLANDS_JS}({js:?}, {wasm:?});")}</script> }
}
