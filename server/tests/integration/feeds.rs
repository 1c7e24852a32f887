//! Product feeds for other platforms: only listed products, one item per variant with absolute
//! links, VND prices, availability and brand; ETag and Last-Modified; unknown locales are 404.

use crate::common::coops::*;
use crate::common::shop::*;
use crate::common::TestApp;
use reqwest::StatusCode;
use sea_orm::ConnectionTrait;

#[tokio::test]
async fn feeds_list_what_shoppers_can_buy_and_answer_304_until_it_changes() {
    let app = TestApp::spawn().await;
    let admin = admin(&app).await;
    let (owner, _, honey) = seller(&app, &admin, "HTX Mật ong U Minh", "mo-f1", 150_000, 10).await;
    let client = app.client();

    let res = client
        .get(app.url("/feeds/en/products.xml"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert!(res.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("application/rss+xml"));
    let etag = res.headers()["etag"].to_str().unwrap().to_owned();
    assert!(res.headers().contains_key("last-modified"));
    let xml = res.text().await.unwrap();
    assert!(
        xml.starts_with("<?xml") && xml.trim_end().ends_with("</rss>"),
        "{xml}"
    );
    assert_eq!(xml.matches("<item>").count(), 1);
    for part in [
        "<g:id>MO-F1</g:id>",
        "<title>Honey mo-f1</title>",
        "<g:price>150000 VND</g:price>",
        "<g:availability>in_stock</g:availability>",
        "<g:brand>U Minh Forest Honey</g:brand>",
        &format!("<link>{}/en/products/honey-mo-f1</link>", app.base),
    ] {
        assert!(xml.contains(part), "{part} in {xml}");
    }

    // Unchanged: 304 without a body.
    let res = client
        .get(app.url("/feeds/en/products.xml"))
        .header("if-none-match", &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::NOT_MODIFIED);

    // Sold out: the validator changes and the item says so.
    app.db
        .execute_unprepared(&format!(
            "UPDATE product_variants SET stock = 0 WHERE id = {honey}"
        ))
        .await
        .unwrap();
    let res = client
        .get(app.url("/feeds/en/products.xml"))
        .header("if-none-match", &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert!(res
        .text()
        .await
        .unwrap()
        .contains("<g:availability>out_of_stock</g:availability>"));

    // The JSON feed carries the same items.
    let res = client
        .get(app.url("/feeds/vi/products.json"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let feed: serde_json::Value = res.json().await.unwrap();
    assert_eq!(feed["version"], "https://jsonfeed.org/version/1.1");
    assert_eq!(feed["items"].as_array().unwrap().len(), 1);
    assert_eq!(feed["items"][0]["_htx"]["price"], 150_000);
    assert_eq!(feed["items"][0]["title"], "Mật ong mo-f1");

    // Archived products leave the feed; unknown locales and files are 404.
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
    let xml = client
        .get(app.url("/feeds/en/products.xml"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(xml.matches("<item>").count(), 0);
    for path in ["/feeds/fr/products.xml", "/feeds/en/products.csv"] {
        assert_eq!(
            client.get(app.url(path)).send().await.unwrap().status(),
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }
    app.finish().await;
}
