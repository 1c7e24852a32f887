//! Helpers for tests about carts, checkout and orders.

use super::coops::approved_coop;
use super::TestApp;
use reqwest::{Client, Response, StatusCode};
use sea_orm::{ConnectionTrait, Statement};

/// A published product with one variant: returns the variant's id.
pub async fn product(app: &TestApp, owner: &Client, coop_id: i64, sku: &str, price: i64, stock: i64) -> i64 {
    let form: Vec<(String, String)> = [
        ("cooperative_id", coop_id.to_string()),
        ("fields[category_code]", "honey".into()),
        ("fields[unit]", "jar".into()),
        ("fields[origin_region_code]", "ca-mau".into()),
        ("fields[name_vi]", format!("Mật ong {sku}")),
        ("fields[name_en]", format!("Honey {sku}")),
        ("fields[variants][0][sku]", sku.into()),
        ("fields[variants][0][label]", "250 g".into()),
        ("fields[variants][0][price]", price.to_string()),
        ("fields[variants][0][stock]", stock.to_string()),
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
        .expect("request");
    assert_eq!(res.status(), StatusCode::OK, "save product");
    let product_id: i64 = res.json().await.expect("id");
    let res = app
        .post(
            owner,
            "/api/catalog/set-product-status",
            &[("id", &product_id.to_string()), ("status", "published")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK, "publish");
    variant_id(app, sku).await
}

/// The id of the variant with this SKU.
pub async fn variant_id(app: &TestApp, sku: &str) -> i64 {
    scalar(
        app,
        &format!(
            "SELECT id AS n FROM product_variants WHERE sku = '{}'",
            sku.to_uppercase()
        ),
    )
    .await
}

/// A variant's stock now.
pub async fn stock(app: &TestApp, variant_id: i64) -> i64 {
    scalar(
        app,
        &format!("SELECT stock AS n FROM product_variants WHERE id = {variant_id}"),
    )
    .await
}

/// One integer from SQL (the column must be named n).
pub async fn scalar(app: &TestApp, sql: &str) -> i64 {
    let row = app
        .db
        .query_one(Statement::from_string(
            app.db.get_database_backend(),
            sql.to_owned(),
        ))
        .await
        .expect("query")
        .expect("a row");
    row.try_get::<i32>("", "n")
        .map(i64::from)
        .or_else(|_| row.try_get::<i64>("", "n"))
        .expect("n")
}

/// An approved cooperative with one published product: (owner, cooperative id, variant id).
pub async fn seller(
    app: &TestApp,
    admin: &Client,
    name: &str,
    sku: &str,
    price: i64,
    stock: i64,
) -> (Client, i64, i64) {
    let (owner, coop_id, _) = approved_coop(app, admin, name).await;
    let variant = product(app, &owner, coop_id, sku, price, stock).await;
    (owner, coop_id, variant)
}

pub async fn add(app: &TestApp, client: &Client, variant_id: i64, quantity: &str) -> Response {
    app.post(
        client,
        "/api/shop/add",
        &[("variant_id", &variant_id.to_string()), ("quantity", quantity)],
    )
    .await
}

pub async fn cart(app: &TestApp, client: &Client) -> serde_json::Value {
    let res = app.post(client, "/api/shop/cart", &[("locale", "vi")]).await;
    assert_eq!(res.status(), StatusCode::OK);
    res.json().await.expect("cart")
}

pub async fn quote(app: &TestApp, client: &Client, country: &str, region: &str) -> serde_json::Value {
    let res = app
        .post(
            client,
            "/api/shop/quote",
            &[("country", country), ("region_code", region), ("locale", "vi")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK, "quote");
    res.json().await.expect("quote")
}

/// A complete checkout form for Hà Nội; `overrides` replace fields by name (without "fields[…]").
pub fn checkout_form(key: &str, expected_total: i64, overrides: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut fields: Vec<(String, String)> = [
        ("email", "khach@example.vn"),
        ("phone", "0912 345 678"),
        ("recipient", "Nguyễn Thị Mai"),
        ("country", "VN"),
        ("region_code", "ha-noi"),
        ("ward", "00070"),
        ("street", "12 Hàng Bài"),
        ("lines", ""),
        ("note", "Gọi trước khi giao"),
        ("payment_method", "cod"),
        ("idempotency_key", key),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect();
    fields.push(("expected_total".into(), expected_total.to_string()));
    for (k, v) in overrides {
        match fields.iter_mut().find(|(name, _)| name == k) {
            Some(f) => f.1 = (*v).to_owned(),
            None => fields.push(((*k).to_owned(), (*v).to_owned())),
        }
    }
    let mut form: Vec<(String, String)> = fields
        .into_iter()
        .map(|(k, v)| (format!("fields[{k}]"), v))
        .collect();
    form.push(("locale".into(), "vi".into()));
    form
}

pub async fn place(app: &TestApp, client: &Client, form: &[(String, String)]) -> Response {
    client
        .post(app.url("/api/shop/place"))
        .header("origin", &app.base)
        .header("accept", "application/json")
        .form(form)
        .send()
        .await
        .expect("request")
}

pub fn new_key() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// Places the client's cart for Hà Nội, cash on delivery, at the quoted total: the checkout token.
pub async fn place_cod(app: &TestApp, client: &Client) -> String {
    let total = quote(app, client, "VN", "ha-noi").await["total_vnd"]
        .as_i64()
        .expect("total");
    let res = place(app, client, &checkout_form(&new_key(), total, &[])).await;
    assert_eq!(res.status(), StatusCode::OK, "place: {:?}", res.text().await);
    let placed: serde_json::Value = res.json().await.expect("placed");
    placed["token"].as_str().expect("token").to_owned()
}

pub async fn seller_action(
    app: &TestApp,
    client: &Client,
    number: &str,
    action: &str,
    extra: &[(&str, &str)],
) -> Response {
    let mut form = vec![("number", number), ("action", action)];
    form.extend_from_slice(extra);
    app.post(client, "/api/orders/seller-action", &form).await
}

pub async fn by_token(app: &TestApp, client: &Client, token: &str) -> serde_json::Value {
    let res = app
        .post(
            client,
            "/api/orders/by-token",
            &[("token", token), ("locale", "vi")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    res.json().await.expect("checkout")
}
