//! Card payments: the real Stripe client (async-stripe) talks to a local stand-in for Stripe's API
//! that records the exact requests it receives, and the webhook endpoint gets payloads signed with
//! a test secret. A checkout is marked paid exactly once whether the shopper's return, the webhook,
//! or both at the same moment come first; a duplicate, late, out-of-order or forged event changes
//! nothing; an unpaid checkout gives its stock back; cancelled paid orders are refunded.

use crate::common::coops::*;
use crate::common::shop::*;
use crate::common::TestApp;
use axum::extract::{Path, State};
use axum::routing::{get, post};
use axum::{Json, Router};
use reqwest::StatusCode;
use sea_orm::ConnectionTrait;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

const SECRET_KEY: &str = "sk_test_htx";
const WEBHOOK_SECRET: &str = "whsec_test_htx";

/// One request as the stand-in received it.
#[derive(Debug, Clone)]
struct Recorded {
    method: String,
    path: String,
    headers: HashMap<String, String>,
    form: HashMap<String, String>,
}

#[derive(Default)]
struct Stripe {
    requests: Mutex<Vec<Recorded>>,
    /// What GET /v1/checkout/sessions/{id} answers: (payment_status, status).
    session_state: Mutex<(String, String)>,
}

async fn record(stripe: &Stripe, method: &str, path: String, headers: &http::HeaderMap, body: &str) {
    let form = url::form_urlencoded::parse(body.as_bytes())
        .into_owned()
        .collect();
    let headers = headers
        .iter()
        .map(|(k, v)| (k.as_str().to_owned(), v.to_str().unwrap_or_default().to_owned()))
        .collect();
    stripe.requests.lock().unwrap().push(Recorded {
        method: method.into(),
        path,
        headers,
        form,
    });
}

/// Starts the stand-in on a random port: its base URL and its state.
async fn stand_in() -> (String, Arc<Stripe>) {
    let stripe = Arc::new(Stripe::default());
    *stripe.session_state.lock().unwrap() = ("unpaid".into(), "open".into());
    let app = Router::new()
        .route(
            "/v1/checkout/sessions",
            post(|State(s): State<Arc<Stripe>>, headers: http::HeaderMap, body: String| async move {
                record(&s, "POST", "/v1/checkout/sessions".into(), &headers, &body).await;
                Json(serde_json::json!({ "id": "cs_test_1", "url": "https://checkout.stripe.test/c/pay/cs_test_1" }))
            }),
        )
        .route(
            "/v1/checkout/sessions/{id}",
            get(|State(s): State<Arc<Stripe>>, Path(id): Path<String>, headers: http::HeaderMap| async move {
                record(&s, "GET", format!("/v1/checkout/sessions/{id}"), &headers, "").await;
                let (payment_status, status) = s.session_state.lock().unwrap().clone();
                Json(serde_json::json!({
                    "id": id,
                    "object": "checkout.session",
                    "payment_status": payment_status,
                    "status": status,
                    "payment_intent": if payment_status == "paid" { Some("pi_test_1") } else { None },
                    "amount_total": 330000,
                }))
            }),
        )
        .route(
            "/v1/refunds",
            post(|State(s): State<Arc<Stripe>>, headers: http::HeaderMap, body: String| async move {
                record(&s, "POST", "/v1/refunds".into(), &headers, &body).await;
                Json(serde_json::json!({ "id": "re_test_1", "object": "refund" }))
            }),
        )
        .with_state(stripe.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    (format!("http://{addr}"), stripe)
}

async fn spawn_with_stripe() -> (TestApp, Arc<Stripe>) {
    let (base, stripe) = stand_in().await;
    let app = TestApp::spawn_with(&[
        ("STRIPE_SECRET_KEY", SECRET_KEY),
        ("STRIPE_WEBHOOK_SECRET", WEBHOOK_SECRET),
        ("STRIPE_API_BASE", &base),
    ])
    .await;
    (app, stripe)
}

/// Places the client's cart for card payment; returns (checkout token, redirect).
async fn place_card(app: &TestApp, client: &reqwest::Client) -> (String, String) {
    let total = quote(app, client, "VN", "ha-noi").await["total_vnd"]
        .as_i64()
        .unwrap();
    let res = place(
        app,
        client,
        &checkout_form(&new_key(), total, &[("payment_method", "card")]),
    )
    .await;
    assert_eq!(res.status(), StatusCode::OK, "{:?}", res.text().await);
    let placed: serde_json::Value = res.json().await.unwrap();
    (
        placed["token"].as_str().unwrap().to_owned(),
        placed["redirect"].as_str().unwrap().to_owned(),
    )
}

/// A Stripe event as Stripe sends it, signed with the test secret (`age` seconds ago).
fn event(id: &str, kind: &str, object: serde_json::Value) -> Vec<u8> {
    serde_json::json!({
        "id": id,
        "object": "event",
        "type": kind,
        "created": chrono::Utc::now().timestamp(),
        "data": { "object": object },
    })
    .to_string()
    .into_bytes()
}

async fn deliver(app: &TestApp, payload: &[u8], age_secs: i64, secret: &str) -> StatusCode {
    let t = chrono::Utc::now().timestamp() - age_secs;
    let signature = app::backend::payments::stripe::sign_for_tests(payload, secret, t);
    app.client()
        .post(app.url("/webhooks/stripe"))
        .header("stripe-signature", signature)
        .header("content-type", "application/json")
        .body(payload.to_vec())
        .send()
        .await
        .unwrap()
        .status()
}

fn completed(token: &str) -> serde_json::Value {
    serde_json::json!({
        "id": "cs_test_1",
        "object": "checkout.session",
        "client_reference_id": token,
        "payment_status": "paid",
        "status": "complete",
        "payment_intent": "pi_test_1",
        "amount_total": 330000,
    })
}

/// Waits (up to 10 s) until `sql` (a COUNT … AS n) reaches `n` — background jobs finish.
async fn eventually(app: &TestApp, sql: &str, n: i64) {
    for _ in 0..100 {
        if scalar(app, sql).await == n {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("{sql} never reached {n} (now {})", scalar(app, sql).await);
}

#[tokio::test]
async fn a_card_checkout_sends_stripe_the_exact_session_and_is_paid_exactly_once() {
    let (app, stripe) = spawn_with_stripe().await;
    let admin = admin(&app).await;
    let (_, _, honey) = seller(&app, &admin, "HTX Mật ong", "mo-c1", 150_000, 10).await;
    let shopper = app.client();
    add(&app, &shopper, honey, "2").await;
    assert_eq!(
        quote(&app, &shopper, "VN", "ha-noi").await["card_available"],
        true
    );
    let (token, redirect) = place_card(&app, &shopper).await;
    assert_eq!(
        redirect, "https://checkout.stripe.test/c/pay/cs_test_1",
        "the shopper goes to Stripe"
    );

    // The exact request: VND is zero-decimal, so 150,000 ₫ is unit_amount 150000.
    let sent = stripe.requests.lock().unwrap()[0].clone();
    assert_eq!(
        (sent.method.as_str(), sent.path.as_str()),
        ("POST", "/v1/checkout/sessions")
    );
    assert_eq!(sent.headers["authorization"], format!("Bearer {SECRET_KEY}"));
    assert_eq!(sent.headers["idempotency-key"], format!("checkout-{token}"));
    let pay_by = scalar(
        &app,
        "SELECT COUNT(*) AS n FROM checkouts WHERE pay_by IS NOT NULL",
    )
    .await;
    assert_eq!(pay_by, 1);
    let f = &sent.form;
    let expect = [
        ("mode", "payment"),
        ("currency", "vnd"),
        ("client_reference_id", token.as_str()),
        ("metadata[checkout]", token.as_str()),
        ("customer_email", "khach@example.vn"),
        ("locale", "vi"),
        ("allowed_payment_method_types[0]", "card"),
        ("line_items[0][price_data][currency]", "vnd"),
        ("line_items[0][price_data][unit_amount]", "150000"),
        ("line_items[0][quantity]", "2"),
        (
            "line_items[0][price_data][product_data][name]",
            "Mật ong mo-c1 · 250 g",
        ),
        ("line_items[1][price_data][unit_amount]", "30000"),
        ("line_items[1][quantity]", "1"),
    ];
    for (k, v) in expect {
        assert_eq!(f.get(k).map(String::as_str), Some(v), "{k} in {f:?}");
    }
    assert!(
        !f.contains_key("line_items[2][quantity]"),
        "two lines: the jars and the shipping"
    );
    assert!(f["success_url"].starts_with(&format!("{}/vi/checkout/return?token={token}", app.base)));
    assert!(f["success_url"].ends_with("&session_id={CHECKOUT_SESSION_ID}"));
    assert!(f["expires_at"].parse::<i64>().unwrap() > chrono::Utc::now().timestamp() + 29 * 60);

    // Waiting for payment: stock held, orders pending, nobody mailed yet.
    assert_eq!(stock(&app, honey).await, 8);
    assert_eq!(
        by_token(&app, &shopper, &token).await["orders"][0]["status"],
        "pending_payment"
    );
    assert_eq!(
        app.count("outbox_emails WHERE to_address = 'khach@example.vn'")
            .await,
        0
    );
    // The shopper comes back before paying: nothing changes.
    let back = app
        .post(
            &shopper,
            "/api/orders/return",
            &[("token", &token), ("locale", "vi")],
        )
        .await;
    assert_eq!(back.status(), StatusCode::OK);
    assert_eq!(
        by_token(&app, &shopper, &token).await["status"],
        "awaiting_payment"
    );

    // Paid: the return page and the webhook arrive at the same moment.
    *stripe.session_state.lock().unwrap() = ("paid".into(), "complete".into());
    let payload = event("evt_paid_1", "checkout.session.completed", completed(&token));
    let return_form = [("token", token.as_str()), ("locale", "vi")];
    let (back, hook) = tokio::join!(
        app.post(&shopper, "/api/orders/return", &return_form),
        deliver(&app, &payload, 0, WEBHOOK_SECRET),
    );
    assert_eq!((back.status(), hook), (StatusCode::OK, StatusCode::OK));
    // And the same event again, as Stripe retries.
    assert_eq!(deliver(&app, &payload, 0, WEBHOOK_SECRET).await, StatusCode::OK);
    assert_eq!(app.count("payment_events").await, 1);
    let checkout = by_token(&app, &shopper, &token).await;
    assert_eq!(checkout["status"], "paid");
    assert_eq!(checkout["orders"][0]["status"], "placed");
    assert_eq!(
        app.count("order_events WHERE to_status = 'placed'").await,
        1,
        "placed once"
    );
    assert_eq!(
        app.count("ledger_entries WHERE kind = 'sale'").await,
        1,
        "counted once"
    );
    assert_eq!(
        scalar(&app, "SELECT gross_vnd AS n FROM ledger_entries").await,
        330_000
    );
    assert_eq!(
        app.count("outbox_emails WHERE to_address = 'khach@example.vn'")
            .await,
        1,
        "mailed once"
    );
    assert_eq!(stock(&app, honey).await, 8, "still reserved, now sold");

    // Out of order: an "expired" event after the payment changes nothing.
    let late = event(
        "evt_exp_1",
        "checkout.session.expired",
        serde_json::json!({ "id": "cs_test_1" }),
    );
    assert_eq!(deliver(&app, &late, 0, WEBHOOK_SECRET).await, StatusCode::OK);
    assert_eq!(
        by_token(&app, &shopper, &token).await["orders"][0]["status"],
        "placed"
    );
    assert_eq!(stock(&app, honey).await, 8);

    // Forged and stale deliveries are refused and not recorded.
    let forged = event("evt_forged", "checkout.session.completed", completed(&token));
    assert_eq!(
        deliver(&app, &forged, 0, "whsec_wrong").await,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        deliver(&app, &forged, 3600, WEBHOOK_SECRET).await,
        StatusCode::BAD_REQUEST
    );
    let res = app
        .client()
        .post(app.url("/webhooks/stripe"))
        .body(forged.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::BAD_REQUEST, "no signature");
    assert_eq!(app.count("payment_events").await, 2);
    app.finish().await;
}

#[tokio::test]
async fn an_unpaid_card_checkout_gives_its_stock_back_and_a_late_payment_is_refunded() {
    let (app, stripe) = spawn_with_stripe().await;
    let admin = admin(&app).await;
    let (_, _, honey) = seller(&app, &admin, "HTX Mật ong", "mo-c2", 150_000, 10).await;
    let shopper = app.client();
    add(&app, &shopper, honey, "2").await;
    let (token, _) = place_card(&app, &shopper).await;
    assert_eq!(stock(&app, honey).await, 8);

    let expired = event(
        "evt_exp_2",
        "checkout.session.expired",
        serde_json::json!({ "id": "cs_test_1" }),
    );
    assert_eq!(deliver(&app, &expired, 0, WEBHOOK_SECRET).await, StatusCode::OK);
    let checkout = by_token(&app, &shopper, &token).await;
    assert_eq!(checkout["status"], "expired");
    assert_eq!(checkout["orders"][0]["status"], "cancelled");
    assert_eq!(stock(&app, honey).await, 10, "the stock is released");

    // A payment that still arrives for it is given back.
    let paid = event("evt_paid_2", "checkout.session.completed", completed(&token));
    assert_eq!(deliver(&app, &paid, 0, WEBHOOK_SECRET).await, StatusCode::OK);
    eventually(
        &app,
        "SELECT COUNT(*) AS n FROM orders WHERE refunded_at IS NOT NULL",
        1,
    )
    .await;
    let refund = stripe
        .requests
        .lock()
        .unwrap()
        .iter()
        .find(|r| r.path == "/v1/refunds")
        .cloned()
        .expect("a refund was requested");
    assert_eq!(refund.form["payment_intent"], "pi_test_1");
    assert_eq!(refund.form["amount"], "330000");
    assert!(refund.headers["idempotency-key"].starts_with("refund-HTX-"));
    assert_eq!(stock(&app, honey).await, 10);
    app.finish().await;
}

#[tokio::test]
async fn a_webhook_after_a_crash_completes_the_order_and_a_cancelled_paid_order_is_refunded() {
    let (app, stripe) = spawn_with_stripe().await;
    let admin = admin(&app).await;
    let (owner, _, honey) = seller(&app, &admin, "HTX Mật ong", "mo-c3", 150_000, 10).await;
    let shopper = app.client();
    add(&app, &shopper, honey, "2").await;
    let (token, _) = place_card(&app, &shopper).await;
    // The instance died after Stripe created the session and before it saved the session's id.
    app.db
        .execute_unprepared("UPDATE checkouts SET stripe_session_id = NULL")
        .await
        .unwrap();
    let paid = event("evt_paid_3", "checkout.session.completed", completed(&token));
    assert_eq!(deliver(&app, &paid, 0, WEBHOOK_SECRET).await, StatusCode::OK);
    let checkout = by_token(&app, &shopper, &token).await;
    assert_eq!(checkout["status"], "paid", "found by our reference");
    let number = checkout["orders"][0]["number"].as_str().unwrap().to_owned();

    // The cooperative cancels the paid order: stock back, money back through Stripe, ledger even.
    let res = seller_action(&app, &owner, &number, "cancel", &[("reason", "Hết hàng")]).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(stock(&app, honey).await, 10);
    eventually(
        &app,
        "SELECT COUNT(*) AS n FROM ledger_entries WHERE kind = 'refund'",
        1,
    )
    .await;
    assert_eq!(
        scalar(
            &app,
            "SELECT CAST(SUM(net_vnd) AS BIGINT) AS n FROM ledger_entries"
        )
        .await,
        0
    );
    let refunds: Vec<Recorded> = stripe
        .requests
        .lock()
        .unwrap()
        .iter()
        .filter(|r| r.path == "/v1/refunds")
        .cloned()
        .collect();
    assert_eq!(refunds.len(), 1);
    assert_eq!(refunds[0].headers["idempotency-key"], format!("refund-{number}"));
    // Stripe then reports the refund: already recorded, nothing doubles.
    let refunded = event(
        "evt_refund_3",
        "charge.refunded",
        serde_json::json!({ "id": "ch_1", "payment_intent": "pi_test_1", "amount_refunded": 330000 }),
    );
    assert_eq!(deliver(&app, &refunded, 0, WEBHOOK_SECRET).await, StatusCode::OK);
    assert_eq!(app.count("ledger_entries WHERE kind = 'refund'").await, 1);
    app.finish().await;
}

#[tokio::test]
async fn a_card_checkout_left_unpaid_lapses_when_its_time_is_up() {
    let (app, stripe) = spawn_with_stripe().await;
    let admin = admin(&app).await;
    let (_, _, honey) = seller(&app, &admin, "HTX Mật ong", "mo-c4", 150_000, 10).await;
    let shopper = app.client();
    add(&app, &shopper, honey, "2").await;
    let (token, _) = place_card(&app, &shopper).await;
    assert_eq!(
        app.count("jobs WHERE kind = 'checkout.expire'").await,
        1,
        "expiry scheduled"
    );
    // A declined card: Stripe's page lets the shopper try again, so the checkout stays open.
    let failed = event(
        "evt_failed_4",
        "payment_intent.payment_failed",
        serde_json::json!({ "id": "pi_test_4", "object": "payment_intent", "metadata": {} }),
    );
    assert_eq!(deliver(&app, &failed, 0, WEBHOOK_SECRET).await, StatusCode::OK);
    assert_eq!(
        by_token(&app, &shopper, &token).await["status"],
        "awaiting_payment"
    );
    assert_eq!(stock(&app, honey).await, 8);
    // The time set by administrators runs out (moved forward here) without a webhook.
    let past = (chrono::Utc::now() - chrono::Duration::minutes(1)).to_rfc3339();
    for sql in [
        format!("UPDATE checkouts SET pay_by = '{past}'"),
        format!("UPDATE jobs SET run_at = '{past}' WHERE kind = 'checkout.expire'"),
    ] {
        app.db.execute_unprepared(&sql).await.unwrap();
    }
    eventually(
        &app,
        "SELECT COUNT(*) AS n FROM checkouts WHERE status = 'expired'",
        1,
    )
    .await;
    assert_eq!(
        by_token(&app, &shopper, &token).await["orders"][0]["status"],
        "cancelled"
    );
    assert_eq!(stock(&app, honey).await, 10);
    // Stripe was asked first, so a payment made at the last second would not have been lost.
    assert!(stripe
        .requests
        .lock()
        .unwrap()
        .iter()
        .any(|r| r.method == "GET" && r.path == "/v1/checkout/sessions/cs_test_1"));
    app.finish().await;
}
