//! Moderation: shoppers report products; administrators hide them (gone from pages, search, feeds
//! and carts, the cooperative told why) and restore them, and disable accounts (sessions end at
//! once). Non-administrators get 403 from every administrators' page and server function.

use crate::common::coops::*;
use crate::common::shop::*;
use crate::common::{error_of, TestApp, PASSWORD};
use reqwest::StatusCode;

#[tokio::test]
async fn administrators_hide_reported_products_and_cooperatives_are_told() {
    let app = TestApp::spawn().await;
    let admin = admin(&app).await;
    let (_, _, honey) = seller(&app, &admin, "HTX Mật ong", "mo-m1", 150_000, 10).await;
    let product_id = scalar(
        &app,
        &format!("SELECT product_id AS n FROM product_variants WHERE id = {honey}"),
    )
    .await;
    let pid = product_id.to_string();
    let shopper = app.client();

    for (reason, status) in [
        ("", StatusCode::UNPROCESSABLE_ENTITY),
        ("<script>x</script>", StatusCode::UNPROCESSABLE_ENTITY),
        ("Nhãn ghi sai xuất xứ", StatusCode::OK),
    ] {
        let res = app
            .post(
                &shopper,
                "/api/moderation/report",
                &[("product_id", &pid), ("reason", reason)],
            )
            .await;
        assert_eq!(res.status(), status, "{reason:?}");
    }
    let res = app
        .post(
            &shopper,
            "/api/moderation/report",
            &[("product_id", "999999"), ("reason", "x")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    assert_eq!(app.count("product_reports").await, 1);

    let rows: serde_json::Value = app
        .post(&admin, "/api/moderation/reports", &[("locale", "vi")])
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(rows[0]["reason"], "Nhãn ghi sai xuất xứ");
    assert_eq!(rows[0]["hidden"], false);

    let res = app
        .post(
            &admin,
            "/api/moderation/hide",
            &[("product_id", &pid), ("reason", " ")],
        )
        .await;
    assert_eq!(
        res.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "a reason is required"
    );
    let res = app
        .post(
            &admin,
            "/api/moderation/hide",
            &[("product_id", &pid), ("reason", "Sai xuất xứ trên nhãn")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    // Gone for shoppers: page, feed, cart.
    assert_eq!(
        shopper
            .get(app.url("/vi/products/mat-ong-mo-m1"))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::NOT_FOUND
    );
    let xml = shopper
        .get(app.url("/feeds/vi/products.xml"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!xml.contains("MO-M1"));
    assert_eq!(
        add(&app, &shopper, honey, "1").await.status(),
        StatusCode::CONFLICT
    );
    // The cooperative is told why; the report is resolved; the audit log has it.
    assert_eq!(
        app.count("outbox_emails WHERE body_text LIKE '%Sai xuất xứ trên nhãn%'")
            .await,
        1
    );
    assert_eq!(app.count("product_reports WHERE resolved_at IS NULL").await, 0);
    assert_eq!(app.count("audit_events WHERE action = 'product.hidden'").await, 1);
    // The administrators' list shows it as hidden until they restore it.
    let rows: serde_json::Value = app
        .post(&admin, "/api/moderation/reports", &[("locale", "vi")])
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(rows[0]["hidden"], true);

    let res = app
        .post(&admin, "/api/moderation/restore", &[("product_id", &pid)])
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(
        shopper
            .get(app.url("/vi/products/mat-ong-mo-m1"))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::OK
    );
    assert_eq!(
        app.count("audit_events WHERE action = 'product.restored'").await,
        1
    );
    app.finish().await;
}

#[tokio::test]
async fn a_disabled_account_is_logged_out_at_once_and_cannot_log_in() {
    let app = TestApp::spawn().await;
    let admin = admin(&app).await;
    let (user, email) = member(&app, "shopper").await;
    let id = app.me(&user).await.unwrap()["id"].as_i64().unwrap().to_string();
    let found: serde_json::Value = app
        .post(&admin, "/api/moderation/users", &[("q", &email[..12])])
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(found[0]["email"], email.as_str());

    let res = app
        .post(
            &admin,
            "/api/moderation/set-disabled",
            &[("user_id", &id), ("disabled", "true")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(app.me(&user).await.is_none(), "the session ended");
    assert_eq!(
        app.login(&user, &email, PASSWORD).await.status(),
        StatusCode::UNAUTHORIZED
    );
    let res = app
        .post(
            &admin,
            "/api/moderation/set-disabled",
            &[("user_id", &id), ("disabled", "false")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(app.login(&user, &email, PASSWORD).await.status(), StatusCode::OK);
    // Not one's own account.
    let me = app.me(&admin).await.unwrap()["id"].as_i64().unwrap().to_string();
    let res = app
        .post(
            &admin,
            "/api/moderation/set-disabled",
            &[("user_id", &me), ("disabled", "true")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
    assert!(error_of(res).await.to_string().contains("error-disable-self"));
    app.finish().await;
}

#[tokio::test]
async fn every_administrators_page_and_function_answers_403_to_others() {
    let app = TestApp::spawn().await;
    let (user, _) = member(&app, "shopper").await;
    for (path, form) in [
        ("/api/moderation/reports", vec![("locale", "vi")]),
        ("/api/moderation/hide", vec![("product_id", "1"), ("reason", "x")]),
        ("/api/moderation/restore", vec![("product_id", "1")]),
        ("/api/moderation/dismiss", vec![("report_id", "1")]),
        ("/api/moderation/users", vec![("q", "")]),
        (
            "/api/moderation/set-disabled",
            vec![("user_id", "1"), ("disabled", "true")],
        ),
        ("/api/admin/payments", vec![("locale", "vi")]),
        ("/api/admin/featured", vec![("featured", "")]),
        (
            "/api/admin/payment-settings",
            vec![("fields[commission_percent]", "1")],
        ),
        (
            "/api/admin/commission",
            vec![("cooperative_id", "1"), ("percent", "1")],
        ),
        (
            "/api/admin/payout",
            vec![
                ("fields[cooperative_id]", "1"),
                ("fields[amount]", "1"),
                ("fields[reference]", "x"),
            ],
        ),
    ] {
        let res = app.post(&user, path, &form).await;
        assert_eq!(res.status(), StatusCode::FORBIDDEN, "{path}");
    }
    for (path, form) in [
        ("/api/reports/dashboard", vec![("locale", "vi")]),
        (
            "/api/reports/report",
            vec![("locale", "vi"), ("period[kind]", "h1")],
        ),
        ("/api/admin/cert-kinds", vec![("locale", "vi")]),
        ("/api/admin/save-cert-kind", vec![("fields[code]", "abc")]),
        (
            "/api/admin/set-cert-kind-active",
            vec![("code", "halal"), ("active", "false")],
        ),
    ] {
        let res = app.post(&user, path, &form).await;
        assert_eq!(res.status(), StatusCode::FORBIDDEN, "{path}");
    }
    for download in [
        "/admin/dashboard.csv?chart=orders-by-month",
        "/admin/reports.csv?kind=h1",
    ] {
        let res = user.get(app.url(download)).send().await.unwrap();
        assert_eq!(res.status(), StatusCode::FORBIDDEN, "{download}");
        let res = app.client().get(app.url(download)).send().await.unwrap();
        assert_eq!(res.status(), StatusCode::UNAUTHORIZED, "{download}");
    }
    for page in [
        "/en/admin",
        "/en/admin/reports",
        "/en/admin/certifications",
        "/en/admin/moderation",
        "/en/admin/users",
        "/en/admin/payments",
    ] {
        let res = user.get(app.url(page)).send().await.unwrap();
        assert_eq!(res.status(), StatusCode::FORBIDDEN, "{page}");
    }
    app.finish().await;
}

#[tokio::test]
async fn administrators_feature_products_on_the_home_page() {
    let app = TestApp::spawn().await;
    let admin = admin(&app).await;
    seller(&app, &admin, "HTX Mật ong", "mo-m2", 150_000, 10).await;
    let home = || async {
        app.client()
            .get(app.url("/en/"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap()
    };
    assert!(!home().await.contains("data-testid=\"featured\""));
    let res = app
        .post(
            &admin,
            "/api/admin/featured",
            &[("featured", "https://htx.example.vn/vi/products/khong-co")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(error_of(res).await.to_string().contains("error-featured-unknown"));
    let res = app
        .post(
            &admin,
            "/api/admin/featured",
            &[("featured", &format!("{}/en/products/honey-mo-m2\n", app.base))],
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let html = home().await;
    assert!(
        html.contains("data-testid=\"featured\"") && html.contains("Honey mo-m2"),
        "featured on the home page"
    );
    assert_eq!(
        app.count("audit_events WHERE action = 'marketplace.featured_saved'")
            .await,
        1
    );
    app.finish().await;
}
