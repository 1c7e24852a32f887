//! Carts, checkout and orders over HTTP, on SQLite and PostgreSQL: a guest orders from two
//! cooperatives at once and each fulfils its own order; bad input changes nothing; a price change
//! is shown before anything is placed; a double submission places once; the last units go to
//! exactly as many buyers as there are units.

use crate::common;

use crate::common::coops::*;
use crate::common::shop::*;
use crate::common::{error_of, TestApp};
use reqwest::StatusCode;

#[tokio::test]
async fn a_guest_orders_from_two_cooperatives_and_each_cooperative_fulfils_its_own_order() {
    let app = TestApp::spawn().await;
    let admin = admin(&app).await;
    let (honey_owner, honey_coop, honey) =
        seller(&app, &admin, "HTX Mật ong U Minh", "mo-1", 150_000, 10).await;
    let (tea_owner, _, tea) = seller(&app, &admin, "HTX Chè Tân Cương", "che-1", 90_000, 5).await;

    let guest = app.client();
    let res = add(&app, &guest, honey, "2").await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(
        common::set_cookie(res.headers(), "htx_cart").is_some(),
        "a guest gets a cart cookie"
    );
    assert_eq!(
        add(&app, &guest, tea, "1").await.json::<i64>().await.unwrap(),
        3,
        "the header's count"
    );
    assert_eq!(
        add(&app, &guest, honey, "2").await.json::<i64>().await.unwrap(),
        5,
        "same line adds up"
    );

    let seen = cart(&app, &guest).await;
    assert_eq!(seen["groups"].as_array().unwrap().len(), 2, "{seen}");
    assert_eq!(seen["total_vnd"], 4 * 150_000 + 90_000);
    assert_eq!(seen["blocked"], false);

    // Shipping per cooperative: the honey order reaches the default free-shipping threshold.
    let q = quote(&app, &guest, "VN", "ha-noi").await;
    let shipping: Vec<i64> = q["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["shipping_vnd"].as_i64().unwrap())
        .collect();
    assert_eq!(shipping, vec![0, 30_000], "{q}");
    assert_eq!(q["total_vnd"], 600_000 + 90_000 + 30_000);

    let token = place_cod(&app, &guest).await;
    let checkout = by_token(&app, &guest, &token).await;
    let orders = checkout["orders"].as_array().unwrap().clone();
    assert_eq!(orders.len(), 2, "one order per cooperative");
    assert!(orders.iter().all(|o| o["status"] == "placed"));
    assert_eq!(stock(&app, honey).await, 6, "reserved at once");
    assert_eq!(stock(&app, tea).await, 4);
    assert_eq!(cart(&app, &guest).await["count"], 0, "the cart is emptied");
    // The shopper and each cooperative are told.
    assert_eq!(
        app.count("outbox_emails WHERE to_address = 'khach@example.vn'")
            .await,
        1
    );
    assert!(app.count("outbox_emails WHERE subject LIKE '%HTX-%'").await >= 2);

    let number = |i: usize| orders[i]["number"].as_str().unwrap().to_owned();
    let (honey_no, tea_no) = (number(0), number(1));
    // Each cooperative sees its own order only.
    let list: serde_json::Value = app
        .post(&honey_owner, "/api/orders/seller", &[("locale", "vi")])
        .await
        .json()
        .await
        .unwrap();
    let rows = list["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["number"], honey_no.as_str());
    let res = app
        .post(
            &honey_owner,
            "/api/orders/seller-one",
            &[("number", &tea_no), ("locale", "vi")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND, "another cooperative's order");
    assert_eq!(
        seller_action(&app, &honey_owner, &tea_no, "confirm", &[])
            .await
            .status(),
        StatusCode::NOT_FOUND
    );

    // Honey: confirm, ship (tracking required), deliver; the shopper confirms receipt.
    assert_eq!(
        seller_action(&app, &honey_owner, &honey_no, "confirm", &[])
            .await
            .status(),
        StatusCode::OK
    );
    let res = seller_action(&app, &honey_owner, &honey_no, "ship", &[("carrier", "VNPost")]).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        field_keys(&error_of(res).await),
        vec![("tracking_code".into(), "error-tracking-required".into())]
    );
    let res = seller_action(
        &app,
        &honey_owner,
        &honey_no,
        "ship",
        &[("carrier", "VNPost"), ("tracking_code", "EB123456789VN")],
    )
    .await;
    assert_eq!(res.status(), StatusCode::OK);
    // Out of order: a shipped order cannot be confirmed again.
    assert_eq!(
        seller_action(&app, &honey_owner, &honey_no, "confirm", &[])
            .await
            .status(),
        StatusCode::CONFLICT
    );
    assert_eq!(
        seller_action(&app, &honey_owner, &honey_no, "deliver", &[])
            .await
            .status(),
        StatusCode::OK
    );
    // Cash collected on delivery enters the ledger: 8 % commission by default.
    assert_eq!(
        scalar(
            &app,
            "SELECT COUNT(*) AS n FROM ledger_entries WHERE kind = 'sale'"
        )
        .await,
        1
    );
    assert_eq!(
        scalar(&app, "SELECT commission_vnd AS n FROM ledger_entries").await,
        48_000
    );
    let res = app
        .post(
            &guest,
            "/api/orders/shopper-action",
            &[("number", &honey_no), ("action", "complete"), ("token", &token)],
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);

    // Tea: the cooperative cancels, with a reason; the stock comes back.
    let res = seller_action(&app, &tea_owner, &tea_no, "cancel", &[("reason", "")]).await;
    assert_eq!(
        res.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "a reason is required"
    );
    let res = seller_action(
        &app,
        &tea_owner,
        &tea_no,
        "cancel",
        &[("reason", "Hết hàng vụ này")],
    )
    .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(stock(&app, tea).await, 5);
    assert_eq!(stock(&app, honey).await, 6, "shipped units stay sold");

    let checkout = by_token(&app, &guest, &token).await;
    let honey_order = &checkout["orders"][0];
    assert_eq!(honey_order["status"], "completed");
    let steps: Vec<&str> = honey_order["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["to_status"].as_str().unwrap())
        .collect();
    assert_eq!(
        steps,
        ["placed", "confirmed", "shipped", "delivered", "completed"]
    );
    assert_eq!(honey_order["tracking_code"], "EB123456789VN");
    assert_eq!(checkout["orders"][1]["cancel_reason"], "Hết hàng vụ này");
    // The seller's pages render, and the CSV holds the order with its items.
    for path in [
        format!("/vi/sell/orders/{honey_no}"),
        format!("/vi/sell/orders/{honey_no}/slip"),
    ] {
        let res = honey_owner.get(app.url(&path)).send().await.unwrap();
        assert_eq!(res.status(), StatusCode::OK, "{path}");
        assert!(res.text().await.unwrap().contains("EB123456789VN") || path.ends_with("slip"));
    }
    let csv = honey_owner
        .get(app.url(&format!("/sell/orders.csv?coop={honey_coop}&locale=en")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        csv.contains(&honey_no) && csv.contains("MO-1") && csv.contains("Nguyễn Thị Mai"),
        "{csv}"
    );
    assert!(!csv.contains(&tea_no));
    let res = tea_owner
        .get(app.url(&format!("/sell/orders.csv?coop={honey_coop}")))
        .send()
        .await
        .unwrap();
    assert_eq!(
        res.status(),
        StatusCode::NOT_FOUND,
        "not the tea cooperative's export"
    );
    // The guest's link shows the orders page.
    let res = guest
        .get(app.url(&format!("/vi/orders/t/{token}")))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert!(res.text().await.unwrap().contains(&honey_no));
    app.finish().await;
}

#[tokio::test]
async fn bad_input_gets_a_clear_error_and_changes_nothing() {
    let app = TestApp::spawn().await;
    let admin = admin(&app).await;
    let (owner, _, honey) = seller(&app, &admin, "HTX Mật ong", "mo-2", 150_000, 10).await;
    let shopper = app.client();
    for bad in ["0", "-1", "1000000000", "abc", "1.5", ""] {
        let res = add(&app, &shopper, honey, bad).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY, "{bad:?}");
        assert_eq!(
            field_keys(&error_of(res).await),
            vec![("quantity".into(), "error-quantity".into())]
        );
    }
    assert_eq!(app.count("cart_items").await, 0);
    let res = add(&app, &shopper, honey, "11").await;
    assert_eq!(
        field_keys(&error_of(res).await),
        vec![("quantity".into(), "error-not-enough-stock".into())]
    );
    assert_eq!(
        add(&app, &shopper, 999_999, "1").await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(add(&app, &shopper, honey, "2").await.status(), StatusCode::OK);

    // Another visitor cannot touch this cart's lines.
    let stranger = app.client();
    let res = app
        .post(
            &stranger,
            "/api/shop/update",
            &[("variant_id", &honey.to_string()), ("quantity", "5")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    assert_eq!(cart(&app, &shopper).await["count"], 2);

    let total = quote(&app, &shopper, "VN", "ha-noi").await["total_vnd"]
        .as_i64()
        .unwrap();
    /// (fields changed, expected status, message id).
    type Case<'a> = (Vec<(&'a str, &'a str)>, StatusCode, &'a str);
    let cases: Vec<Case> = vec![
        (
            vec![("street", "<script>alert(1)</script>")],
            StatusCode::UNPROCESSABLE_ENTITY,
            "error-address-characters",
        ),
        (
            vec![("region_code", "atlantis")],
            StatusCode::UNPROCESSABLE_ENTITY,
            "error-region-unknown",
        ),
        // Phường Sài Gòn is in Hồ Chí Minh City, not Hà Nội.
        (
            vec![("ward", "26740")],
            StatusCode::UNPROCESSABLE_ENTITY,
            "error-ward-unknown",
        ),
        (
            vec![("ward", "")],
            StatusCode::UNPROCESSABLE_ENTITY,
            "error-required",
        ),
        (
            vec![("phone", "12")],
            StatusCode::UNPROCESSABLE_ENTITY,
            "error-phone-invalid",
        ),
        (
            vec![("email", "not-an-email")],
            StatusCode::UNPROCESSABLE_ENTITY,
            "error-email-invalid",
        ),
        (
            vec![("payment_method", "bitcoin")],
            StatusCode::UNPROCESSABLE_ENTITY,
            "error-payment-method",
        ),
        (
            vec![("payment_method", "card")],
            StatusCode::UNPROCESSABLE_ENTITY,
            "error-card-unavailable",
        ),
        (
            vec![("country", "JP"), ("lines", "Tokyo")],
            StatusCode::UNPROCESSABLE_ENTITY,
            "error-no-international-shipping",
        ),
        (
            vec![("idempotency_key", "x")],
            StatusCode::BAD_REQUEST,
            "error-form-tampered",
        ),
        (
            vec![("expected_total", "1")],
            StatusCode::CONFLICT,
            "error-checkout-price-changed",
        ),
        (
            vec![("expected_total", "-5")],
            StatusCode::BAD_REQUEST,
            "error-form-tampered",
        ),
    ];
    for (overrides, status, key) in cases {
        let res = place(&app, &shopper, &checkout_form(&new_key(), total, &overrides)).await;
        assert_eq!(res.status(), status, "{overrides:?}");
        let body = error_of(res).await.to_string();
        assert!(body.contains(key), "{overrides:?}: {body}");
    }
    assert_eq!(app.count("checkouts").await, 0, "nothing placed");
    assert_eq!(stock(&app, honey).await, 10, "nothing reserved");
    assert_eq!(cart(&app, &shopper).await["count"], 2, "the cart is kept");

    // An archived product's variant cannot be added, and blocks checkout while in the cart.
    let product_id = scalar(
        &app,
        &format!("SELECT product_id AS n FROM product_variants WHERE id = {honey}"),
    )
    .await;
    let res = app
        .post(
            &owner,
            "/api/catalog/set-product-status",
            &[("id", &product_id.to_string()), ("status", "archived")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let res = add(&app, &app.client(), honey, "1").await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
    let seen = cart(&app, &shopper).await;
    assert_eq!(seen["blocked"], true);
    assert_eq!(
        seen["groups"][0]["lines"][0]["problem"],
        "cart-problem-unavailable"
    );
    let res = place(&app, &shopper, &checkout_form(&new_key(), 0, &[])).await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
    assert!(error_of(res).await.to_string().contains("error-cart-unavailable"));
    // With something else in the cart, the archived line is left out of checkout and kept, flagged.
    let (_, _, tea) = seller(&app, &admin, "HTX Chè", "che-2", 90_000, 5).await;
    add(&app, &shopper, tea, "1").await;
    let q = quote(&app, &shopper, "VN", "ha-noi").await;
    assert_eq!(
        (q["left_out"].clone(), q["total_vnd"].clone()),
        (true.into(), 120_000.into())
    );
    let res = place(&app, &shopper, &checkout_form(&new_key(), 120_000, &[])).await;
    assert_eq!(res.status(), StatusCode::OK);
    let after = cart(&app, &shopper).await;
    assert_eq!(after["count"], 2, "the archived line stays");
    assert_eq!(
        after["groups"][0]["lines"][0]["problem"],
        "cart-problem-unavailable"
    );
    assert_eq!(stock(&app, honey).await, 10);

    // Someone else's order, by number or by a made-up link.
    let res = app
        .post(
            &shopper,
            "/api/orders/by-token",
            &[("token", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"), ("locale", "vi")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    app.finish().await;
}

#[tokio::test]
async fn a_price_change_is_shown_before_anything_is_placed() {
    let app = TestApp::spawn().await;
    let admin = admin(&app).await;
    let (owner, coop_id, honey) = seller(&app, &admin, "HTX Mật ong", "mo-3", 150_000, 10).await;
    let shopper = app.client();
    add(&app, &shopper, honey, "1").await;
    let seen = quote(&app, &shopper, "VN", "ha-noi").await["total_vnd"]
        .as_i64()
        .unwrap();
    assert_eq!(seen, 180_000);

    // The cooperative raises the price while the shopper is on the checkout page.
    let product_id = scalar(
        &app,
        &format!("SELECT product_id AS n FROM product_variants WHERE id = {honey}"),
    )
    .await;
    let version = scalar(
        &app,
        &format!("SELECT version AS n FROM products WHERE id = {product_id}"),
    )
    .await;
    let form: Vec<(String, String)> = [
        ("cooperative_id", coop_id.to_string()),
        ("id", product_id.to_string()),
        ("version", version.to_string()),
        ("fields[category_code]", "honey".into()),
        ("fields[unit]", "jar".into()),
        ("fields[name_vi]", "Mật ong mo-3".into()),
        ("fields[variants][0][sku]", "mo-3".into()),
        ("fields[variants][0][label]", "250 g".into()),
        ("fields[variants][0][price]", "165000".into()),
        ("fields[variants][0][stock]", "10".into()),
        ("fields[variants][0][weight_grams]", "350".into()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect();
    let res = owner
        .post(app.url("/api/catalog/save-product"))
        .header("origin", &app.base)
        .header("accept", "application/json")
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK, "{:?}", res.text().await);
    assert_eq!(
        variant_id(&app, "mo-3").await,
        honey,
        "the variant keeps its id across edits"
    );

    let key = new_key();
    let res = place(&app, &shopper, &checkout_form(&key, seen, &[])).await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
    assert!(error_of(res)
        .await
        .to_string()
        .contains("error-checkout-price-changed"));
    assert_eq!(app.count("checkouts").await, 0);
    // The page reloads its summary: the new total, which the shopper confirms.
    let now = quote(&app, &shopper, "VN", "ha-noi").await["total_vnd"]
        .as_i64()
        .unwrap();
    assert_eq!(now, 195_000);
    let seen = cart(&app, &shopper).await;
    assert_eq!(seen["price_changed"], true, "the cart says so too");
    assert_eq!(seen["groups"][0]["lines"][0]["price_seen_vnd"], 150_000);
    let res = place(&app, &shopper, &checkout_form(&key, now, &[])).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(
        scalar(&app, "SELECT total_vnd AS n FROM checkouts").await,
        195_000
    );
    assert_eq!(
        scalar(&app, "SELECT unit_price_vnd AS n FROM order_items").await,
        165_000
    );
    app.finish().await;
}

#[tokio::test]
async fn a_double_submission_places_one_checkout() {
    let app = TestApp::spawn().await;
    let admin = admin(&app).await;
    let (_, _, honey) = seller(&app, &admin, "HTX Mật ong", "mo-4", 100_000, 10).await;
    let shopper = app.client();
    add(&app, &shopper, honey, "1").await;
    let total = quote(&app, &shopper, "VN", "ha-noi").await["total_vnd"]
        .as_i64()
        .unwrap();
    let form = checkout_form(&new_key(), total, &[]);
    let (a, b) = tokio::join!(place(&app, &shopper, &form), place(&app, &shopper, &form));
    assert_eq!((a.status(), b.status()), (StatusCode::OK, StatusCode::OK));
    let (a, b): (serde_json::Value, serde_json::Value) = (a.json().await.unwrap(), b.json().await.unwrap());
    assert_eq!(a["token"], b["token"], "the same checkout");
    let again = place(&app, &shopper, &form)
        .await
        .json::<serde_json::Value>()
        .await
        .unwrap();
    assert_eq!(again["token"], a["token"]);
    assert_eq!(app.count("checkouts").await, 1);
    assert_eq!(stock(&app, honey).await, 9, "reserved once");
    // The same key from someone else is refused, not answered with this checkout.
    let other = app.client();
    add(&app, &other, honey, "1").await;
    let res = place(&app, &other, &form).await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    app.finish().await;
}

#[tokio::test]
async fn a_guest_cart_joins_the_account_at_login_and_orders_show_in_the_account() {
    let app = TestApp::spawn().await;
    let admin = admin(&app).await;
    let (_, _, honey) = seller(&app, &admin, "HTX Mật ong", "mo-5", 100_000, 10).await;
    let (user, email) = member(&app, "shopper").await;
    add(&app, &user, honey, "1").await;
    assert_eq!(
        app.post(&user, "/api/auth/logout", &[]).await.status(),
        StatusCode::OK
    );

    // As a guest on the same browser, two more; then logging in merges them.
    add(&app, &user, honey, "2").await;
    assert_eq!(cart(&app, &user).await["count"], 2);
    let res = app.login(&user, &email, common::PASSWORD).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(cart(&app, &user).await["count"], 3);
    assert_eq!(
        app.count("carts WHERE user_id IS NULL").await,
        0,
        "the guest cart is gone"
    );

    let token = place_cod(&app, &user).await;
    let mine: serde_json::Value = app
        .post(&user, "/api/orders/mine", &[("locale", "vi")])
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(mine.as_array().unwrap().len(), 1);
    let number = mine[0]["number"].as_str().unwrap().to_owned();
    // The shopper cancels before confirmation: the stock comes back.
    let res = app
        .post(
            &user,
            "/api/orders/shopper-action",
            &[("number", &number), ("action", "cancel")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(stock(&app, honey).await, 10);
    // Nobody else can read or cancel it by number.
    let (stranger, _) = member(&app, "stranger").await;
    let res = app
        .post(
            &stranger,
            "/api/orders/mine-one",
            &[("number", &number), ("locale", "vi")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let res = app
        .post(
            &stranger,
            "/api/orders/shopper-action",
            &[("number", &number), ("action", "cancel")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        by_token(&app, &stranger, &token).await["orders"][0]["status"],
        "cancelled"
    );
    app.finish().await;
}

/// 200 buyers, 10 units: exactly 10 sell, stock never goes below zero, everyone else is told the
/// item is out of stock.
#[tokio::test]
async fn two_hundred_buyers_for_ten_units_buy_exactly_ten() {
    let app = TestApp::spawn().await;
    let admin = admin(&app).await;
    let (_, _, honey) = seller(&app, &admin, "HTX Mật ong", "mo-6", 100_000, 10).await;
    let mut buyers = vec![];
    for _ in 0..200 {
        let c = app.client();
        assert_eq!(add(&app, &c, honey, "1").await.status(), StatusCode::OK);
        buyers.push(c);
    }
    let total = 130_000;
    let results = futures_util::future::join_all(buyers.iter().map(|c| {
        let form = checkout_form(&new_key(), total, &[]);
        let app = &app;
        async move {
            let res = place(app, c, &form).await;
            let status = res.status();
            (status, res.text().await.unwrap_or_default())
        }
    }))
    .await;
    let sold = results.iter().filter(|(s, _)| *s == StatusCode::OK).count();
    let refused: Vec<&String> = results
        .iter()
        .filter(|(s, _)| *s != StatusCode::OK)
        .map(|(_, body)| body)
        .collect();
    assert_eq!(sold, 10, "{:?}", refused.first());
    assert!(
        refused.iter().all(|b| b.contains("error-out-of-stock")),
        "{:?}",
        refused.first()
    );
    assert_eq!(stock(&app, honey).await, 0);
    assert_eq!(
        scalar(&app, "SELECT COALESCE(SUM(quantity), 0) AS n FROM order_items").await,
        10
    );
    assert_eq!(app.count("checkouts").await, 10);
    app.finish().await;
}

#[tokio::test]
async fn administrators_see_what_cooperatives_are_owed_and_record_payouts() {
    let app = TestApp::spawn().await;
    let admin = admin(&app).await;
    let (owner, coop_id, honey) = seller(&app, &admin, "HTX Mật ong", "mo-7", 200_000, 10).await;
    // A 10 % commission for this cooperative only.
    let res = app
        .post(
            &admin,
            "/api/admin/commission",
            &[("cooperative_id", &coop_id.to_string()), ("percent", "10")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let res = app
        .post(
            &owner,
            "/api/admin/commission",
            &[("cooperative_id", &coop_id.to_string()), ("percent", "0")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN, "not for sellers");

    let shopper = app.client();
    add(&app, &shopper, honey, "3").await;
    let token = place_cod(&app, &shopper).await;
    let number = by_token(&app, &shopper, &token).await["orders"][0]["number"]
        .as_str()
        .unwrap()
        .to_owned();
    for (action, extra) in [
        ("confirm", vec![]),
        ("ship", vec![("carrier", "GHN"), ("tracking_code", "GHN123")]),
        ("deliver", vec![]),
    ] {
        assert_eq!(
            seller_action(&app, &owner, &number, action, &extra)
                .await
                .status(),
            StatusCode::OK
        );
    }
    let desk: serde_json::Value = app
        .post(&admin, "/api/admin/payments", &[("locale", "vi")])
        .await
        .json()
        .await
        .unwrap();
    let row = desk["balances"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["cooperative_id"] == coop_id)
        .unwrap()
        .clone();
    assert_eq!(row["gross_vnd"], 600_000);
    assert_eq!(row["commission_vnd"], 60_000);
    assert_eq!(row["owed_vnd"], 540_000);

    let payout = |amount: &str| {
        let id = coop_id.to_string();
        let amount = amount.to_owned();
        let admin = admin.clone();
        let app = &app;
        async move {
            app.post(
                &admin,
                "/api/admin/payout",
                &[
                    ("fields[cooperative_id]", id.as_str()),
                    ("fields[amount]", amount.as_str()),
                    ("fields[reference]", "VCB 0001"),
                ],
            )
            .await
        }
    };
    assert_eq!(
        payout("600000").await.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "more than owed"
    );
    assert_eq!(payout("0").await.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(payout("500000").await.status(), StatusCode::OK);
    let desk: serde_json::Value = app
        .post(&admin, "/api/admin/payments", &[("locale", "vi")])
        .await
        .json()
        .await
        .unwrap();
    let row = desk["balances"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["cooperative_id"] == coop_id)
        .unwrap()
        .clone();
    assert_eq!(row["owed_vnd"], 40_000);
    assert_eq!(desk["payouts"][0]["reference"], "VCB 0001");

    // Settings: bad values change nothing; good ones are used by the next quote.
    let save = |percent: &str, minutes: &str, usd: &str| {
        let form = [
            ("fields[commission_percent]", percent.to_owned()),
            ("fields[card_payment_minutes]", minutes.to_owned()),
            ("fields[rates][USD]", usd.to_owned()),
        ];
        let admin = admin.clone();
        let app = &app;
        async move {
            let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
            app.post(&admin, "/api/admin/payment-settings", &form).await
        }
    };
    assert_eq!(
        save("80", "60", "26000").await.status(),
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        save("8", "5", "26000").await.status(),
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        save("8", "60", "-1").await.status(),
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(save("7.5", "45", "25000").await.status(), StatusCode::OK);
    add(&app, &shopper, honey, "1").await;
    let q: serde_json::Value = app
        .post(
            &shopper,
            "/api/shop/quote",
            &[("country", "VN"), ("region_code", "ha-noi"), ("locale", "en")],
        )
        .await
        .json()
        .await
        .unwrap();
    // 230,000 ₫ at 25,000 ₫ per dollar: $9.20, marked as indicative on the page.
    assert_eq!(q["indicative"]["currency"], "USD");
    assert_eq!(q["indicative"]["amount_minor"], 920);
    app.finish().await;
}

/// Pages without a script of their own (the cart, a guest's order) post plain forms: a refusal
/// brings the browser back to the page, which says why in its language; nothing changes.
#[tokio::test]
async fn a_plain_form_comes_back_to_its_page_with_the_reason() {
    let app = TestApp::spawn().await;
    let admin = admin(&app).await;
    let (_, _, honey) = seller(&app, &admin, "HTX Mật ong", "mo-9", 150_000, 10).await;
    let shopper = app.client();
    assert_eq!(add(&app, &shopper, honey, "2").await.status(), StatusCode::OK);
    let cart_page = app.url("/en/cart");
    let post = |quantity: &'static str| {
        shopper
            .post(app.url("/api/shop/update"))
            .header("origin", &app.base)
            .header("accept", "text/html")
            .header("referer", &cart_page)
            .form(&[
                ("variant_id", honey.to_string()),
                ("quantity", quantity.to_owned()),
            ])
            .send()
    };
    let res = post("0").await.unwrap();
    assert_eq!(res.status(), StatusCode::FOUND);
    let back = res.headers()["location"].to_str().unwrap().to_owned();
    assert!(back.starts_with(&format!("{cart_page}?__path=")), "{back}");
    let page = shopper.get(&back).send().await.unwrap().text().await.unwrap();
    assert!(
        page.contains("Enter a whole number from 1 to 999."),
        "the cart says why"
    );
    assert_eq!(cart(&app, &shopper).await["count"], 2);

    let res = post("3").await.unwrap();
    assert_eq!(res.status(), StatusCode::FOUND);
    // (the query is emptied of the earlier refusal: "…/cart?")
    let back = res.headers()["location"].to_str().unwrap();
    assert_eq!(back.trim_end_matches('?'), cart_page);
    assert_eq!(cart(&app, &shopper).await["count"], 3);
    app.finish().await;
}

/// The checkout form's island gets the refusal worded in the shopper's language, with the summary
/// as it is now, and nothing is placed.
#[tokio::test]
async fn the_checkout_form_is_told_why_in_words() {
    let app = TestApp::spawn().await;
    let admin = admin(&app).await;
    let (_, _, honey) = seller(&app, &admin, "HTX Mật ong", "mo-8", 150_000, 10).await;
    let shopper = app.client();
    assert_eq!(add(&app, &shopper, honey, "1").await.status(), StatusCode::OK);
    let form = checkout_form(&new_key(), 150_000, &[("email", "not-an-email"), ("ward", "")]);
    let res = shopper
        .post(app.url("/api/shop/checkout"))
        .header("origin", &app.base)
        .header("accept", "application/json")
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let body: serde_json::Value = res.json().await.unwrap();
    let refused = &body["Refused"];
    assert_eq!(
        refused["refusal"]["message"],
        "Vui lòng sửa các ô được đánh dấu bên dưới."
    );
    let fields: Vec<&str> = refused["refusal"]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f[0].as_str().unwrap())
        .collect();
    assert!(
        fields.contains(&"email") && fields.contains(&"ward"),
        "{fields:?}"
    );
    assert!(refused["summary"]["total_vnd"].as_i64().unwrap() >= 150_000);
    assert_eq!(refused["summary"]["can_place"], true);
    assert!(refused["summary"]["total"].as_str().unwrap().ends_with("₫"));
    assert_eq!(app.count("orders").await, 0);

    // A form posted before the page's script ran goes straight on to the order.
    let total = refused["summary"]["total_vnd"].as_i64().unwrap();
    let res = shopper
        .post(app.url("/api/shop/place"))
        .header("origin", &app.base)
        .header("accept", "text/html")
        .header("referer", app.url("/vi/checkout"))
        .form(&checkout_form(&new_key(), total, &[]))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::FOUND);
    let next = res.headers()["location"].to_str().unwrap();
    assert!(next.starts_with("/vi/orders/t/"), "{next}");
    assert_eq!(app.count("orders").await, 1);
    app.finish().await;
}
