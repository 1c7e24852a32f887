//! The HTML document and the route table.

use super::layout::LocaleLayout;
use super::page::PageCtx;
use super::pages::{
    account::AccountIsland,
    admin::{AdminCoopIsland, AdminQueueIsland, AuditIsland, OcopReviewIsland},
    admin_cert_kinds::CertKindsIsland,
    admin_dashboard::DashboardIsland,
    admin_moderation::{ModerationIsland, UsersIsland},
    admin_payments::AdminPaymentsIsland,
    admin_reports::ReportsIsland,
    auth::{ForgotPasswordIsland, LoginIsland, RegisterIsland, ResetPasswordIsland},
    cart::CartPage,
    category::CategoryPageView,
    checkout::CheckoutPage,
    coops::{CoopDirectoryPage, CoopPage},
    home::HomePage,
    not_found::NotFoundPage,
    orders::{CheckoutOrdersPage, MyOrderIsland, MyOrdersIsland, PaymentReturnPage},
    product::{ProductPageView, ProductPreviewIsland},
    search::SearchPage,
    sell::{ApplicationIsland, InvitationIsland, NewApplicationIsland, SellDashboardIsland},
    seller_orders::{PackingSlipIsland, SellerOrderIsland, SellerOrdersIsland},
    seller_products::{ImportIsland, LabelsIsland, ProductFormIsland, SellerProductsIsland},
    shipping::ShippingRulesIsland,
    trace::TracePage,
};
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags, Title};
use leptos_router::{
    components::{ParentRoute, Route, Router, Routes},
    ParamSegment, SsrMode, StaticSegment, WildcardSegment,
};

/// A route's view that renders a page island for the current page.
macro_rules! island {
    ($island:ident) => {
        || view! { <PageMessages /> <$island page=PageCtx::here() /> }
    };
}

/// Names (and preloads) the messages of the page's locale, which its whole-page island reads.
#[component]
fn PageMessages() -> impl IntoView {
    #[cfg(feature = "ssr")]
    let href = crate::i18n::messages_href(crate::i18n::use_i18n().locale);
    #[cfg(not(feature = "ssr"))]
    let href = String::new();
    view! { <link rel="preload" r#as="fetch" crossorigin="" href=href data-htx-messages="" /> }
}

/// The document around the app; rendered on the server only.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    #[cfg(feature = "ssr")]
    let bundle = use_context::<http::request::Parts>()
        .map(|p| super::bundle::Bundle::for_path(p.uri.path()))
        .unwrap_or(super::bundle::Bundle::Storefront);
    #[cfg(not(feature = "ssr"))]
    let bundle = super::bundle::Bundle::Storefront;
    view! {
        <!DOCTYPE html>
        <html>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="theme-color" content="#1f6f4a" />
                <link rel="icon" type="image/svg+xml" href="/static/favicon.svg" />
                <link rel="stylesheet" href=bundle.asset_path(&options, "css") />
                <AutoReload options=options.clone() />
                <super::scripts::IslandScripts options bundle />
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
        <Title formatter=|title: String| {
            if title.is_empty() { "HTX Market".to_owned() } else { format!("{title} · HTX Market") }
        } />
        <Router>
            <Routes fallback=|| view! { <NotFoundPage /> }>
                <ParentRoute path=ParamSegment("locale") view=LocaleLayout>
                    <Route path=StaticSegment("") view=HomePage ssr=SsrMode::Async />
                    <Route path=StaticSegment("register") view=island!(RegisterIsland) />
                    <Route path=StaticSegment("login") view=island!(LoginIsland) />
                    <Route path=StaticSegment("forgot-password") view=island!(ForgotPasswordIsland) />
                    <Route path=StaticSegment("reset-password") view=island!(ResetPasswordIsland) />
                    <Route path=StaticSegment("account") view=island!(AccountIsland) ssr=SsrMode::Async />
                    <Route path=(StaticSegment("account"), StaticSegment("orders")) view=island!(MyOrdersIsland) ssr=SsrMode::Async />
                    <Route
                        path=(StaticSegment("account"), StaticSegment("orders"), ParamSegment("number"))
                        view=island!(MyOrderIsland)
                        ssr=SsrMode::Async
                    />
                    <Route path=StaticSegment("cart") view=CartPage ssr=SsrMode::Async />
                    <Route path=StaticSegment("checkout") view=CheckoutPage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("checkout"), StaticSegment("return")) view=PaymentReturnPage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("orders"), StaticSegment("t"), ParamSegment("token")) view=CheckoutOrdersPage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("sell"), StaticSegment("orders")) view=island!(SellerOrdersIsland) ssr=SsrMode::Async />
                    <Route
                        path=(StaticSegment("sell"), StaticSegment("orders"), ParamSegment("number"))
                        view=island!(SellerOrderIsland)
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=(StaticSegment("sell"), StaticSegment("orders"), ParamSegment("number"), StaticSegment("slip"))
                        view=island!(PackingSlipIsland)
                        ssr=SsrMode::Async
                    />
                    <Route path=(StaticSegment("sell"), StaticSegment("shipping")) view=island!(ShippingRulesIsland) ssr=SsrMode::Async />
                    <Route path=StaticSegment("coops") view=CoopDirectoryPage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("coops"), ParamSegment("slug")) view=CoopPage ssr=SsrMode::Async />
                    <Route path=StaticSegment("sell") view=island!(SellDashboardIsland) ssr=SsrMode::Async />
                    <Route path=(StaticSegment("sell"), StaticSegment("apply")) view=island!(NewApplicationIsland) ssr=SsrMode::Async />
                    <Route
                        path=(StaticSegment("sell"), StaticSegment("apply"), ParamSegment("id"))
                        view=island!(ApplicationIsland)
                        ssr=SsrMode::Async
                    />
                    <Route path=(StaticSegment("sell"), StaticSegment("products")) view=island!(SellerProductsIsland) ssr=SsrMode::Async />
                    <Route
                        path=(StaticSegment("sell"), StaticSegment("products"), StaticSegment("import"))
                        view=island!(ImportIsland)
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=(StaticSegment("sell"), StaticSegment("products"), StaticSegment("new"))
                        view=island!(ProductFormIsland)
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=(StaticSegment("sell"), StaticSegment("products"), ParamSegment("id"))
                        view=island!(ProductFormIsland)
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=(StaticSegment("sell"), StaticSegment("products"), ParamSegment("id"), StaticSegment("labels"))
                        view=island!(LabelsIsland)
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=(StaticSegment("sell"), StaticSegment("products"), ParamSegment("id"), StaticSegment("preview"))
                        view=island!(ProductPreviewIsland)
                        ssr=SsrMode::Async
                    />
                    <Route path=(StaticSegment("products"), ParamSegment("slug")) view=ProductPageView ssr=SsrMode::Async />
                    <Route path=(StaticSegment("c"), ParamSegment("code")) view=CategoryPageView ssr=SsrMode::Async />
                    <Route path=StaticSegment("search") view=SearchPage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("trace"), ParamSegment("lot")) view=TracePage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("invitations"), ParamSegment("token")) view=island!(InvitationIsland) ssr=SsrMode::Async />
                    <Route path=StaticSegment("admin") view=island!(DashboardIsland) ssr=SsrMode::Async />
                    <Route path=(StaticSegment("admin"), StaticSegment("reports")) view=island!(ReportsIsland) ssr=SsrMode::Async />
                    <Route path=(StaticSegment("admin"), StaticSegment("certifications")) view=island!(CertKindsIsland) ssr=SsrMode::Async />
                    <Route
                        path=(StaticSegment("admin"), StaticSegment("cooperatives"))
                        view=island!(AdminQueueIsland)
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=(StaticSegment("admin"), StaticSegment("cooperatives"), ParamSegment("id"))
                        view=island!(AdminCoopIsland)
                        ssr=SsrMode::Async
                    />
                    <Route path=(StaticSegment("admin"), StaticSegment("audit")) view=island!(AuditIsland) ssr=SsrMode::Async />
                    <Route path=(StaticSegment("admin"), StaticSegment("ocop")) view=island!(OcopReviewIsland) ssr=SsrMode::Async />
                    <Route path=(StaticSegment("admin"), StaticSegment("payments")) view=island!(AdminPaymentsIsland) ssr=SsrMode::Async />
                    <Route path=(StaticSegment("admin"), StaticSegment("moderation")) view=island!(ModerationIsland) ssr=SsrMode::Async />
                    <Route path=(StaticSegment("admin"), StaticSegment("users")) view=island!(UsersIsland) ssr=SsrMode::Async />
                    <Route path=WildcardSegment("any") view=NotFoundPage />
                </ParentRoute>
            </Routes>
        </Router>
    }
}
