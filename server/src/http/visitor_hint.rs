//! The hint cookie: public pages are the same for every visitor, and the header's session island
//! asks who is there only when the browser holds a session or a cart. Those cookies are HttpOnly, so
//! whenever a response sets one, this adds `htx_ui=1`, which scripts can read and which carries no
//! secret.

use app::backend::request::SESSION_COOKIE;
use app::backend::shop::cart::CART_COOKIE;
use app::ui::header::HINT_COOKIE;
use axum::extract::Request;
use axum::http::{header, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;

pub async fn add_hint_cookie(req: Request, next: Next) -> Response {
    let mut response = next.run(req).await;
    let sets_visitor_cookie = response.headers().get_all(header::SET_COOKIE).iter().any(|v| {
        v.to_str().is_ok_and(|c| {
            [SESSION_COOKIE, CART_COOKIE].iter().any(|name| {
                c.strip_prefix(name)
                    .and_then(|rest| rest.strip_prefix('='))
                    .is_some_and(|value| !value.starts_with(';') && !value.is_empty())
            })
        })
    });
    if sets_visitor_cookie {
        let hint = format!("{HINT_COOKIE}=1; Path=/; Max-Age=31536000; SameSite=Lax");
        if let Ok(v) = HeaderValue::from_str(&hint) {
            response.headers_mut().append(header::SET_COOKIE, v);
        }
    }
    response
}
