//! The HTML document and the route table.

use super::layout::LocaleLayout;
use super::pages::{
    account::AccountPage,
    auth::{ForgotPasswordPage, LoginPage, RegisterPage, ResetPasswordPage},
    cart::CartPage,
    home::HomePage,
    not_found::NotFoundPage,
};
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags, Stylesheet, Title};
use leptos_router::{
    components::{ParentRoute, Route, Router, Routes},
    ParamSegment, SsrMode, StaticSegment, WildcardSegment,
};

/// The document around the app; rendered on the server only.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    view! {
        <!DOCTYPE html>
        <html>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="theme-color" content="#1f6f4a" />
                <link rel="icon" type="image/svg+xml" href="/static/favicon.svg" />
                <AutoReload options=options.clone() />
                <HydrationScripts options />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

/// The application: every page lives under `/{locale}/`.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Stylesheet id="leptos" href="/pkg/htx-market.css" />
        <Title formatter=|title: String| {
            if title.is_empty() { "HTX Market".to_owned() } else { format!("{title} · HTX Market") }
        } />
        <Router>
            <Routes fallback=|| view! { <NotFoundPage /> }>
                <ParentRoute path=ParamSegment("locale") view=LocaleLayout>
                    <Route path=StaticSegment("") view=HomePage />
                    <Route path=StaticSegment("register") view=RegisterPage />
                    <Route path=StaticSegment("login") view=LoginPage />
                    <Route path=StaticSegment("forgot-password") view=ForgotPasswordPage />
                    <Route path=StaticSegment("reset-password") view=ResetPasswordPage />
                    <Route path=StaticSegment("account") view=AccountPage ssr=SsrMode::Async />
                    <Route path=StaticSegment("cart") view=CartPage />
                    <Route path=WildcardSegment("any") view=NotFoundPage />
                </ParentRoute>
            </Routes>
        </Router>
    }
}
