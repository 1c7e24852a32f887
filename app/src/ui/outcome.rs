//! What a page shows when its data could not be loaded: log in for anonymous visitors, a 403 for
//! those who may not see it, the 404 page for what does not exist (or is not theirs to see). The
//! HTTP status is set too when rendering on the server.

use crate::error::AppError;
use crate::error::ErrorId;
use crate::i18n::use_i18n;
use crate::ui::page::Redirect;
use crate::ui::pages::not_found::NotFoundPage;
use leptos::prelude::*;

/// Sets the response status while rendering on the server; does nothing in the browser.
pub fn set_status(status: http::StatusCode) {
    #[cfg(feature = "ssr")]
    if let Some(options) = use_context::<leptos_axum::ResponseOptions>() {
        options.set_status(status);
    }
    #[cfg(not(feature = "ssr"))]
    let _ = status;
}

/// Answers 301 with `path` (an old or another language's address of the page).
pub fn moved_permanently(path: &str) {
    #[cfg(feature = "ssr")]
    if let (Some(options), Ok(location)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        http::HeaderValue::from_str(path),
    ) {
        options.set_status(http::StatusCode::MOVED_PERMANENTLY);
        options.insert_header(http::header::LOCATION, location);
    }
    #[cfg(not(feature = "ssr"))]
    let _ = path;
}

/// The view for a failed page load.
pub fn error_view(err: AppError) -> AnyView {
    let i18n = use_i18n();
    match err {
        AppError::Unauthenticated => {
            let next = percent_encode(&crate::ui::page::use_page().path_and_query());
            view! { <Redirect path=format!("{}?next={next}", i18n.href("/login")) /> }.into_any()
        }
        AppError::NotFound => view! { <NotFoundPage /> }.into_any(),
        AppError::Forbidden => {
            set_status(http::StatusCode::FORBIDDEN);
            view! {
                <section class="container narrow centered" data-testid="forbidden">
                    <p class="big-code" aria-hidden="true">"403"</p>
                    <h1>{i18n.t(ErrorId::Forbidden.as_str())}</h1>
                    <a class="btn btn-primary" href=i18n.href("/")>{i18n.t("not-found-home")}</a>
                </section>
            }
            .into_any()
        }
        other => {
            set_status(other.status());
            view! {
                <section class="container narrow">
                    <div class="form-alert" role="alert"><p>{i18n.t(other.message_key())}</p></div>
                </section>
            }
            .into_any()
        }
    }
}

/// Percent-encodes a path for a query parameter.
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~' | b'/') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The refusal a plain form post came back with. A server function posted by a `<form>`
/// redirects to the page it came from, with its error in the query (`__path`, `__err`: base64 of
/// the error's JSON); the page shows it (on the server, and the same inside an island).
pub fn form_refusal() -> Option<(String, AppError)> {
    use base64::Engine;
    use leptos::server_fn::error::FromServerFnError;
    let page = crate::ui::page::use_page();
    let path = page.query("__path")?;
    let bytes = base64::engine::general_purpose::URL_SAFE
        .decode(page.query("__err")?)
        .ok()?;
    Some((path, AppError::de(bytes.into())))
}
