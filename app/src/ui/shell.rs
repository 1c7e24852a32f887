//! The HTML document and the route table.

use super::layout::LocaleLayout;
use super::pages::{
    account::AccountPage,
    admin::{AdminCoopPage, AdminQueuePage, AuditPage, OcopReviewPage},
    admin_cert_kinds::CertKindsPage,
    admin_dashboard::DashboardPage,
    admin_moderation::{ModerationPage, UsersPage},
    admin_payments::AdminPaymentsPage,
    admin_reports::ReportsPage,
    auth::{ForgotPasswordPage, LoginPage, RegisterPage, ResetPasswordPage},
    cart::CartPage,
    category::CategoryPageView,
    checkout::CheckoutPage,
    coops::{CoopDirectoryPage, CoopPage},
    home::HomePage,
    not_found::NotFoundPage,
    orders::{CheckoutOrdersPage, MyOrderPage, MyOrdersPage, PaymentReturnPage},
    product::{ProductPageView, ProductPreviewPage},
    search::SearchPage,
    sell::{ApplicationPage, InvitationPage, NewApplicationPage, SellDashboardPage},
    seller_orders::{PackingSlipPage, SellerOrderPage, SellerOrdersPage},
    seller_products::{ImportPage, LabelsPage, ProductFormPage, SellerProductsPage},
    shipping::ShippingRulesPage,
    trace::TracePage,
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
                    <Route path=StaticSegment("") view=HomePage ssr=SsrMode::Async />
                    <Route path=StaticSegment("register") view=RegisterPage />
                    <Route path=StaticSegment("login") view=LoginPage />
                    <Route path=StaticSegment("forgot-password") view=ForgotPasswordPage />
                    <Route path=StaticSegment("reset-password") view=ResetPasswordPage />
                    <Route path=StaticSegment("account") view=AccountPage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("account"), StaticSegment("orders")) view=MyOrdersPage ssr=SsrMode::Async />
                    <Route
                        path=(StaticSegment("account"), StaticSegment("orders"), ParamSegment("number"))
                        view=MyOrderPage
                        ssr=SsrMode::Async
                    />
                    <Route path=StaticSegment("cart") view=CartPage ssr=SsrMode::Async />
                    <Route path=StaticSegment("checkout") view=CheckoutPage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("checkout"), StaticSegment("return")) view=PaymentReturnPage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("orders"), StaticSegment("t"), ParamSegment("token")) view=CheckoutOrdersPage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("sell"), StaticSegment("orders")) view=SellerOrdersPage ssr=SsrMode::Async />
                    <Route
                        path=(StaticSegment("sell"), StaticSegment("orders"), ParamSegment("number"))
                        view=SellerOrderPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=(StaticSegment("sell"), StaticSegment("orders"), ParamSegment("number"), StaticSegment("slip"))
                        view=PackingSlipPage
                        ssr=SsrMode::Async
                    />
                    <Route path=(StaticSegment("sell"), StaticSegment("shipping")) view=ShippingRulesPage ssr=SsrMode::Async />
                    <Route path=StaticSegment("coops") view=CoopDirectoryPage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("coops"), ParamSegment("slug")) view=CoopPage ssr=SsrMode::Async />
                    <Route path=StaticSegment("sell") view=SellDashboardPage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("sell"), StaticSegment("apply")) view=NewApplicationPage ssr=SsrMode::Async />
                    <Route
                        path=(StaticSegment("sell"), StaticSegment("apply"), ParamSegment("id"))
                        view=ApplicationPage
                        ssr=SsrMode::Async
                    />
                    <Route path=(StaticSegment("sell"), StaticSegment("products")) view=SellerProductsPage ssr=SsrMode::Async />
                    <Route
                        path=(StaticSegment("sell"), StaticSegment("products"), StaticSegment("import"))
                        view=ImportPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=(StaticSegment("sell"), StaticSegment("products"), StaticSegment("new"))
                        view=ProductFormPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=(StaticSegment("sell"), StaticSegment("products"), ParamSegment("id"))
                        view=ProductFormPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=(StaticSegment("sell"), StaticSegment("products"), ParamSegment("id"), StaticSegment("labels"))
                        view=LabelsPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=(StaticSegment("sell"), StaticSegment("products"), ParamSegment("id"), StaticSegment("preview"))
                        view=ProductPreviewPage
                        ssr=SsrMode::Async
                    />
                    <Route path=(StaticSegment("products"), ParamSegment("slug")) view=ProductPageView ssr=SsrMode::Async />
                    <Route path=(StaticSegment("c"), ParamSegment("code")) view=CategoryPageView ssr=SsrMode::Async />
                    <Route path=StaticSegment("search") view=SearchPage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("trace"), ParamSegment("lot")) view=TracePage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("invitations"), ParamSegment("token")) view=InvitationPage ssr=SsrMode::Async />
                    <Route path=StaticSegment("admin") view=DashboardPage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("admin"), StaticSegment("reports")) view=ReportsPage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("admin"), StaticSegment("certifications")) view=CertKindsPage ssr=SsrMode::Async />
                    <Route
                        path=(StaticSegment("admin"), StaticSegment("cooperatives"))
                        view=AdminQueuePage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=(StaticSegment("admin"), StaticSegment("cooperatives"), ParamSegment("id"))
                        view=AdminCoopPage
                        ssr=SsrMode::Async
                    />
                    <Route path=(StaticSegment("admin"), StaticSegment("audit")) view=AuditPage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("admin"), StaticSegment("ocop")) view=OcopReviewPage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("admin"), StaticSegment("payments")) view=AdminPaymentsPage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("admin"), StaticSegment("moderation")) view=ModerationPage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("admin"), StaticSegment("users")) view=UsersPage ssr=SsrMode::Async />
                    <Route path=WildcardSegment("any") view=NotFoundPage />
                </ParentRoute>
            </Routes>
        </Router>
    }
}
