//! Search over HTTP on a real server: changes reach the index through the job queue within
//! seconds, suspension takes products out of results, and bad input is a clear 400 — on SQLite and
//! PostgreSQL.

use crate::common::coops::*;
use crate::common::TestApp;
use reqwest::{Client, StatusCode};
use std::time::{Duration, Instant};

async fn publish_honey(app: &TestApp, owner: &Client, coop_id: i64) -> i64 {
    let form: Vec<(String, String)> = [
        ("cooperative_id", coop_id.to_string()),
        ("fields[category_code]", "honey".into()),
        ("fields[unit]", "jar".into()),
        ("fields[origin_region_code]", "ca-mau".into()),
        ("fields[name_vi]", "Mật ong rừng U Minh".into()),
        ("fields[name_en]", "U Minh forest honey".into()),
        ("fields[name_zh-CN]", "乌明森林蜂蜜".into()),
        ("fields[variants][0][sku]", "mo-250".into()),
        ("fields[variants][0][label]", "250 g".into()),
        ("fields[variants][0][price]", "150000".into()),
        ("fields[variants][0][stock]", "40".into()),
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
    let id: i64 = res.json().await.unwrap();
    let res = app
        .post(
            owner,
            "/api/catalog/set-product-status",
            &[("id", &id.to_string()), ("status", "published")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    id
}

async fn search(app: &TestApp, query: &str) -> (StatusCode, serde_json::Value) {
    let res = app
        .client()
        .get(app.url(&format!("/api/v1/search?{query}")))
        .send()
        .await
        .unwrap();
    let status = res.status();
    (status, res.json().await.unwrap_or_default())
}

/// Polls until the search's hit ids are `want`; returns how long it took.
async fn until_hits(app: &TestApp, query: &str, want: &[i64]) -> Duration {
    let started = Instant::now();
    loop {
        let (status, body) = search(app, query).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        let ids: Vec<i64> = body["hits"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| h["id"].as_i64().unwrap())
            .collect();
        if ids == want {
            return started.elapsed();
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "{query}: {ids:?}, wanted {want:?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn changes_reach_search_and_suspension_removes_products_within_two_seconds() {
    let app = TestApp::spawn().await;
    let admin = admin(&app).await;
    let (owner, coop_id, coop_slug) = approved_coop(&app, &admin, "Hợp tác xã Mật ong U Minh").await;
    let id = publish_honey(&app, &owner, coop_id).await;

    let took = until_hits(&app, "q=mat+ong&locale=en", &[id]).await;
    assert!(
        took < Duration::from_secs(2),
        "published → searchable in {took:?}"
    );
    until_hits(&app, "q=%E8%9C%82%E8%9C%9C", &[id]).await; // 蜂蜜
    let (_, body) = search(&app, "q=honey&locale=en&category=food").await;
    assert_eq!(body["total"], 1, "{body}");
    assert_eq!(body["hits"][0]["name"], "U Minh forest honey");
    assert_eq!(body["facets"]["province"][0]["value"], "ca-mau");
    assert!(body["took_ms"].is_u64());
    // Exactly the fields the OpenAPI document describes.
    let doc: serde_json::Value = app
        .client()
        .get(app.url("/api/v1/openapi.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let described = |name: &str| -> Vec<String> {
        let mut k: Vec<String> = doc["components"]["schemas"][name]["properties"]
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect();
        k.sort();
        k
    };
    let keys = |v: &serde_json::Value| -> Vec<String> {
        let mut k: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
        k.sort();
        k
    };
    assert_eq!(keys(&body), described("SearchResults"));
    assert_eq!(keys(&body["hits"][0]), described("SearchHit"));
    let (_, body) = search(&app, &format!("cooperative={coop_slug}&in_stock=1")).await;
    assert_eq!(body["total"], 1, "{body}");

    assert_eq!(
        decide(&app, &admin, coop_id, "suspend", Some("Kiểm tra"))
            .await
            .status(),
        StatusCode::OK
    );
    let took = until_hits(&app, "q=mat+ong", &[]).await;
    assert!(took < Duration::from_secs(2), "suspended → gone in {took:?}");
    assert_eq!(
        decide(&app, &admin, coop_id, "reinstate", Some("Xong"))
            .await
            .status(),
        StatusCode::OK
    );
    until_hits(&app, "q=mat+ong", &[id]).await;

    let health: serde_json::Value = app
        .client()
        .get(app.url("/healthz"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(health["search"], "ok");
    app.finish().await;
}

#[tokio::test]
async fn bad_search_input_is_a_clear_400_never_a_500() {
    let app = TestApp::spawn().await;
    for (query, key) in [
        ("page=-1", "error-search-page"),
        ("page=abc", "error-search-page"),
        ("sort=cheapest", "error-search-sort"),
        ("ocop=9", "error-search-ocop"),
        ("cert=ISO%209001", "error-search-cert"),
        ("min_price=-1", "error-search-price"),
        ("min_price=500&max_price=100", "error-search-price"),
        ("in_stock=perhaps", "error-search-in-stock"),
        ("category=honey%22%20OR%20id%20%3E%200", "error-search-category"),
        ("province=ca-mau%27%3B--", "error-search-province"),
    ] {
        let (status, body) = search(&app, query).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{query}: {body}");
        assert_eq!(body["message"], key, "{query}");
    }
    // Answered, not refused: a 10 KB query (cut), unbalanced quotes, an unknown category or
    // certification scheme, a page past the end.
    let long = "mat%20ong%20".repeat(1_000);
    for query in [
        format!("q={long}"),
        "q=%22mat%20ong".to_owned(),
        "category=no-such-category".to_owned(),
        "cert=iso9001".to_owned(),
        "page=399".to_owned(),
    ] {
        let (status, body) = search(&app, &query).await;
        assert_eq!(
            status,
            StatusCode::OK,
            "{}: {body}",
            &query[..query.len().min(40)]
        );
        assert_eq!(body["total"], 0);
    }
    app.finish().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn an_unreachable_engine_degrades_search_and_nothing_else() {
    // Nothing listens on port 9: Meilisearch "is down".
    let app = TestApp::spawn_with(&[("MEILI_URL", "http://127.0.0.1:9")]).await;
    let health: serde_json::Value = app
        .client()
        .get(app.url("/healthz"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(health["status"], "ok");
    assert_eq!(health["search"], "degraded");
    let (status, body) = search(&app, "q=honey").await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(body["error"], "search_unavailable");
    let res = app
        .client()
        .get(app.url("/en/search?q=honey"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let html = res.text().await.unwrap();
    assert!(html.contains("data-testid=\"search-unavailable\"") && html.contains("Search is unavailable"));
    // The rest of the site is untouched.
    for page in ["/en/", "/en/coops", "/en/c/food"] {
        assert_eq!(
            app.client().get(app.url(page)).send().await.unwrap().status(),
            StatusCode::OK,
            "{page}"
        );
    }
    app.finish().await;
}
