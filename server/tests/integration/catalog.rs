//! Products over HTTP: who may edit a catalog, what bad input is refused, and that only published
//! products of approved cooperatives reach shoppers — on SQLite and PostgreSQL.

use crate::common;

use crate::common::coops::*;
use crate::common::{error_of, TestApp};
use reqwest::{Client, StatusCode};
use sea_orm::ConnectionTrait;

fn honey_form(cooperative_id: i64, price: &str, stock: &str) -> Vec<(String, String)> {
    [
        ("cooperative_id", cooperative_id.to_string()),
        ("fields[category_code]", "honey".into()),
        ("fields[unit]", "jar".into()),
        ("fields[origin_region_code]", "ca-mau".into()),
        ("fields[gtin]", "8934563138165".into()),
        ("fields[name_vi]", "Mật ong rừng U Minh".into()),
        ("fields[name_en]", "U Minh forest honey".into()),
        (
            "fields[description_vi]",
            "Mật ong **rừng tràm** <script>alert(1)</script>".into(),
        ),
        ("fields[variants][0][sku]", "mo-um-250".into()),
        ("fields[variants][0][label]", "250 g".into()),
        ("fields[variants][0][price]", price.into()),
        ("fields[variants][0][stock]", stock.into()),
        ("fields[variants][0][weight_grams]", "350".into()),
        ("fields[variants][1][sku]", "mo-um-500".into()),
        ("fields[variants][1][label]", "500 g".into()),
        ("fields[variants][1][price]", "270000".into()),
        ("fields[variants][1][stock]", "0".into()),
        ("fields[variants][1][weight_grams]", "650".into()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect()
}

async fn save_product(app: &TestApp, client: &Client, form: &[(String, String)]) -> reqwest::Response {
    client
        .post(app.url("/api/catalog/save-product"))
        .header("origin", &app.base)
        .header("accept", "application/json")
        .form(form)
        .send()
        .await
        .expect("request")
}

async fn set_status(app: &TestApp, client: &Client, id: i64, status: &str) -> StatusCode {
    app.post(
        client,
        "/api/catalog/set-product-status",
        &[("id", &id.to_string()), ("status", status)],
    )
    .await
    .status()
}

#[tokio::test]
async fn published_products_of_approved_cooperatives_reach_shoppers_and_nothing_else_does() {
    let app = TestApp::spawn().await;
    let admin = admin(&app).await;
    let (owner, coop_id, coop_slug) = approved_coop(&app, &admin, "Hợp tác xã Mật ong U Minh").await;
    let shopper = app.client();

    let res = save_product(&app, &owner, &honey_form(coop_id, "150.000", "40")).await;
    assert_eq!(res.status(), StatusCode::OK, "{:?}", res.text().await);
    let id: i64 = res.json().await.unwrap();

    // A draft is invisible.
    let page = |path: &str| shopper.get(app.url(path)).send();
    assert_eq!(
        page("/vi/products/mat-ong-rung-u-minh").await.unwrap().status(),
        StatusCode::NOT_FOUND
    );

    assert_eq!(set_status(&app, &owner, id, "published").await, StatusCode::OK);
    let res = page("/vi/products/mat-ong-rung-u-minh").await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let html = res.text().await.unwrap();
    assert!(html.contains("150.000"), "price formatted for vi");
    assert!(html.contains("<strong>rừng tràm</strong>") && !html.contains("<script>alert"));
    // The English slug works too, and English readers see the Vietnamese description marked.
    let html = page("/en/products/u-minh-forest-honey")
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("U Minh forest honey") && html.contains("fallback-note"));
    assert!(html.contains("₫150,000"));
    // Listed on the cooperative's page and the home page.
    let html = page(&format!("/en/coops/{coop_slug}"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("/en/products/u-minh-forest-honey"));
    let html = page("/en/").await.unwrap().text().await.unwrap();
    assert!(html.contains("/en/products/u-minh-forest-honey"));
    // On its category's page and its parent's (honey sits under food), and in the API's listing.
    for category in ["honey", "food"] {
        let html = page(&format!("/en/c/{category}"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(html.contains("/en/products/u-minh-forest-honey"), "{category}");
    }
    let listed: serde_json::Value = page("/api/v1/products?category=food")
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(listed["total"], 1, "{listed}");

    // Suspending the cooperative takes the product off at once; reinstating brings it back.
    assert_eq!(
        decide(&app, &admin, coop_id, "suspend", Some("Kiểm tra"))
            .await
            .status(),
        StatusCode::OK
    );
    assert_eq!(
        page("/vi/products/mat-ong-rung-u-minh").await.unwrap().status(),
        StatusCode::NOT_FOUND
    );
    let html = page("/en/").await.unwrap().text().await.unwrap();
    assert!(!html.contains("/en/products/u-minh-forest-honey"));
    let html = page("/en/c/food").await.unwrap().text().await.unwrap();
    assert!(!html.contains("/en/products/u-minh-forest-honey"));
    let listed: serde_json::Value = page("/api/v1/products").await.unwrap().json().await.unwrap();
    assert_eq!(listed["total"], 0, "{listed}");
    // A suspended cooperative edits nothing.
    assert_eq!(
        set_status(&app, &owner, id, "archived").await,
        StatusCode::CONFLICT
    );
    assert_eq!(
        decide(&app, &admin, coop_id, "reinstate", Some("Xong"))
            .await
            .status(),
        StatusCode::OK
    );
    assert_eq!(
        page("/vi/products/mat-ong-rung-u-minh").await.unwrap().status(),
        StatusCode::OK
    );
    let html = page("/en/c/honey").await.unwrap().text().await.unwrap();
    assert!(html.contains("/en/products/u-minh-forest-honey"));

    // Archived products leave too.
    assert_eq!(set_status(&app, &owner, id, "archived").await, StatusCode::OK);
    assert_eq!(
        page("/vi/products/mat-ong-rung-u-minh").await.unwrap().status(),
        StatusCode::NOT_FOUND
    );
    let html = page("/en/c/honey").await.unwrap().text().await.unwrap();
    assert!(!html.contains("/en/products/u-minh-forest-honey"));
    app.finish().await;
}

#[tokio::test]
async fn only_members_of_an_approved_cooperative_edit_its_products() {
    let app = TestApp::spawn().await;
    let admin = admin(&app).await;
    let (owner, coop_id, _) = approved_coop(&app, &admin, "HTX Chè Shan Tuyết").await;
    let (other_owner, other_coop, _) = approved_coop(&app, &admin, "HTX Cà phê Cầu Đất").await;
    let id: i64 = save_product(&app, &owner, &honey_form(coop_id, "150000", "40"))
        .await
        .json()
        .await
        .unwrap();

    // Another cooperative's member: not found (no probing), neither by product nor by cooperative.
    assert_eq!(
        app.post(
            &other_owner,
            "/api/catalog/product-edit",
            &[("id", &id.to_string())]
        )
        .await
        .status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        set_status(&app, &other_owner, id, "published").await,
        StatusCode::NOT_FOUND
    );
    let mut form = honey_form(coop_id, "1", "1");
    form.push(("id".into(), id.to_string()));
    form.push(("version".into(), "0".into()));
    assert_eq!(
        save_product(&app, &other_owner, &form).await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        save_product(&app, &other_owner, &honey_form(coop_id, "1", "1"))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    // Administrators moderate; they do not write catalogs.
    assert_eq!(
        save_product(&app, &admin, &honey_form(coop_id, "1", "1"))
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    // Nothing changed.
    let edit: serde_json::Value = app
        .post(&owner, "/api/catalog/product-edit", &[("id", &id.to_string())])
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(edit["version"].as_i64(), Some(0));
    assert_eq!(edit["fields"]["variants"][0]["price"].as_str(), Some("150000"));

    // A cooperative not yet approved has no catalog to edit.
    let (applicant, _) = member(&app, "applicant").await;
    let pending = create(&app, &applicant, "HTX Gạo ST25").await;
    let res = save_product(&app, &applicant, &honey_form(pending, "1", "1")).await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
    assert_eq!(
        error_of(res).await["Conflict"].as_str(),
        Some("error-catalog-not-approved")
    );
    // SKUs are unique across the marketplace.
    let res = save_product(&app, &other_owner, &honey_form(other_coop, "1", "1")).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        field_keys(&error_of(res).await),
        [("variant_0_sku".into(), "error-sku-taken".into())]
    );
    assert_eq!(app.count("products").await, 1);
    app.finish().await;
}

#[tokio::test]
async fn bad_prices_and_stock_are_refused_per_cell_and_change_nothing() {
    let app = TestApp::spawn().await;
    let admin = admin(&app).await;
    let (owner, coop_id, _) = approved_coop(&app, &admin, "HTX Nước mắm Phú Quốc").await;
    for (price, stock, field, key) in [
        ("-150000", "4", "variant_0_price", "error-price-negative"),
        ("150000.5", "4", "variant_0_price", "error-price-fractional"),
        ("12,5", "4", "variant_0_price", "error-price-fractional"),
        ("150000", "-1", "variant_0_stock", "error-stock-negative"),
    ] {
        let res = save_product(&app, &owner, &honey_form(coop_id, price, stock)).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY, "{price} {stock}");
        assert_eq!(
            field_keys(&error_of(res).await),
            [(field.into(), key.into())],
            "{price} {stock}"
        );
    }
    let mut form = honey_form(coop_id, "150000", "4");
    form.retain(|(k, _)| k != "fields[gtin]");
    form.push(("fields[gtin]".into(), "8934563138166".into()));
    let res = save_product(&app, &owner, &form).await;
    assert_eq!(
        field_keys(&error_of(res).await),
        [("gtin".into(), "error-gtin-invalid".into())]
    );
    assert_eq!(app.count("products").await, 0);
    assert_eq!(app.count("product_variants").await, 0);
    app.finish().await;
}

#[tokio::test]
async fn batches_have_trace_pages_qr_codes_and_gs1_digital_links() {
    let app = TestApp::spawn().await;
    let admin = admin(&app).await;
    let (owner, coop_id, _) = approved_coop(&app, &admin, "HTX Mật ong Cà Mau").await;
    let id: i64 = save_product(&app, &owner, &honey_form(coop_id, "150000", "40"))
        .await
        .json()
        .await
        .unwrap();
    let batch = |lot: &str, date: &str| {
        vec![
            ("product_id".to_owned(), id.to_string()),
            ("fields[lot_code]".to_owned(), lot.to_owned()),
            ("fields[produced_on]".to_owned(), date.to_owned()),
            ("fields[commune]".to_owned(), "Khánh An".to_owned()),
            ("fields[region_code]".to_owned(), "ca-mau".to_owned()),
            ("fields[quantity]".to_owned(), "1200".to_owned()),
            ("fields[steps][0][kind]".to_owned(), "harvest".to_owned()),
            (
                "fields[steps][0][happened_on]".to_owned(),
                "2026-10-10".to_owned(),
            ),
            (
                "fields[steps][0][note]".to_owned(),
                "Rừng tràm U Minh Hạ".to_owned(),
            ),
            ("fields[steps][1][kind]".to_owned(), "packing".to_owned()),
            (
                "fields[steps][1][happened_on]".to_owned(),
                "2026-10-15".to_owned(),
            ),
        ]
    };
    let post = |form: Vec<(String, String)>| {
        owner
            .post(app.url("/api/catalog/create-batch"))
            .header("origin", &app.base)
            .header("accept", "application/json")
            .form(&form)
            .send()
    };
    let res = post(batch("um-2026-10", "2026-10-15")).await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.json::<String>().await.unwrap(), "UM-2026-10");
    // A lot code already used (in any case) is refused; so is a future date.
    let res = post(batch("UM-2026-10", "2026-10-15")).await.unwrap();
    assert_eq!(
        field_keys(&error_of(res).await),
        [("lot_code".into(), "error-lot-code-taken".into())]
    );
    let res = post(batch("UM-2099", "2099-01-01")).await.unwrap();
    assert_eq!(
        field_keys(&error_of(res).await),
        [("produced_on".into(), "error-date-invalid".into())]
    );
    assert_eq!(app.count("batches").await, 1);

    let client = app.client();
    // Nothing public while the product is a draft.
    let get = |path: &str| client.get(app.url(path)).header("accept-language", "ja").send();
    assert_eq!(
        get("/en/trace/UM-2026-10").await.unwrap().status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        get("/qr/UM-2026-10.svg").await.unwrap().status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(set_status(&app, &owner, id, "published").await, StatusCode::OK);

    let html = get("/en/trace/um-2026-10").await.unwrap().text().await.unwrap();
    assert!(html.contains("U Minh forest honey") && html.contains("Khánh An, Ca Mau"));
    assert!(html.contains("Harvest") && html.contains("Packing") && html.contains("10/10/2026"));
    // The QR code encodes the GS1 Digital Link (the product has a GTIN) …
    let res = get("/qr/UM-2026-10.svg").await.unwrap();
    assert_eq!(res.headers()["content-type"], "image/svg+xml");
    assert!(res.text().await.unwrap().starts_with("<?xml"));
    let png = get("/qr/UM-2026-10.png").await.unwrap().bytes().await.unwrap();
    assert_eq!(&png[..4], b"\x89PNG");
    // … which redirects to the trace page in the scanner's language (a phone that never visited,
    // so no language cookie); so does the short form.
    let phone = app.client();
    let get = |path: &str| phone.get(app.url(path)).header("accept-language", "ja").send();
    let res = get("/01/08934563138165/10/UM-2026-10").await.unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(res.headers()["location"], "/ja/trace/UM-2026-10");
    let res = get("/trace/UM-2026-10").await.unwrap();
    assert_eq!(res.headers()["location"], "/ja/trace/UM-2026-10");
    // A GTIN that is not this batch's product's does not resolve.
    assert_eq!(
        get("/01/00000096385074/10/UM-2026-10").await.unwrap().status(),
        StatusCode::NOT_FOUND
    );
    // The product page links to the latest batch.
    let html = get("/en/products/u-minh-forest-honey")
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("/en/trace/UM-2026-10"));

    // Photos of the batch (members only) show on its trace page and in the API, processed off the
    // request path, and stay out of the product's own gallery.
    let batch_id: i64 = app
        .db
        .query_one(sea_orm::Statement::from_string(
            app.db.get_database_backend(),
            "SELECT id FROM batches".to_owned(),
        ))
        .await
        .unwrap()
        .unwrap()
        .try_get("", "id")
        .unwrap();
    let upload = |client: &Client| {
        let form = reqwest::multipart::Form::new().text("locale", "en").part(
            "file",
            reqwest::multipart::Part::bytes(jpeg_with_exif(64, 48)).file_name("harvest.jpg"),
        );
        client
            .post(app.url(&format!("/uploads/batches/{batch_id}/photos")))
            .header("origin", &app.base)
            .header("accept", "application/json")
            .multipart(form)
            .send()
    };
    let (stranger, _) = member(&app, "stranger").await;
    assert_eq!(upload(&stranger).await.unwrap().status(), StatusCode::NOT_FOUND);
    assert_eq!(upload(&owner).await.unwrap().status(), StatusCode::CREATED);
    let mut trace = serde_json::Value::Null;
    for _ in 0..100 {
        trace = app
            .client()
            .get(app.url("/api/v1/trace/UM-2026-10"))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        if trace["photos"].as_array().is_some_and(|p| !p.is_empty()) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    assert_eq!(trace["photos"].as_array().map(Vec::len), Some(1), "{trace}");
    let html = get("/en/trace/UM-2026-10").await.unwrap().text().await.unwrap();
    assert!(html.contains("data-testid=\"trace-photos\"") && html.contains("/media/photos/"));
    let html = get("/en/products/u-minh-forest-honey")
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        !html.contains("data-testid=\"gallery\""),
        "not in the product's gallery"
    );
    let gallery: Vec<serde_json::Value> = app
        .post(&owner, "/api/catalog/photos", &[("product_id", &id.to_string())])
        .await
        .json()
        .await
        .unwrap();
    assert!(gallery.is_empty());
    app.finish().await;
}

#[tokio::test]
async fn the_demo_catalog_seeds_an_empty_marketplace_once() {
    let app = TestApp::spawn().await;
    let files = app::backend::storage::FileStore::open(&app::backend::storage::StorageConfig::Local(
        app.data_dir.join("files"),
    ))
    .unwrap();
    let report = server::demo::seed(&app.db, &files).await.expect("seeded");
    assert!(
        report.cooperatives >= 15 && report.regions >= 10 && report.products >= 80,
        "{report:?}"
    );
    assert_eq!(app.count("products").await as usize, report.products);
    assert!(matches!(
        server::demo::seed(&app.db, &files).await,
        Err(server::demo::SeedError::NotEmpty)
    ));
    assert_eq!(
        app.count("products").await as usize,
        report.products,
        "the second run added nothing"
    );

    // Every locale's home page shows products; every listed product page and its trace page work.
    let client = app.client();
    for locale in ["vi", "en", "zh-CN", "ja", "ko"] {
        let html = client
            .get(app.url(&format!("/{locale}/")))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let link = html
            .split(&format!("href=\"/{locale}/products/"))
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .unwrap_or_else(|| panic!("{locale}: no product on the home page"))
            .to_owned();
        let res = client
            .get(app.url(&format!("/{locale}/products/{link}")))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::OK, "{locale}/{link}");
        let html = res.text().await.unwrap();
        assert!(
            !html.contains("fallback-note"),
            "{locale}: demo products are translated"
        );
        let lot = html
            .split(&format!("/{locale}/trace/"))
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .expect("trace link")
            .to_owned();
        let res = client
            .get(app.url(&format!("/{locale}/trace/{lot}")))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::OK, "{locale} trace {lot}");
    }
    // Category pages list the category and its sub-categories, a page at a time.
    let html = client
        .get(app.url("/en/c/food"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("data-testid=\"category-page\"") && html.contains("data-testid=\"pagination\""));
    assert!(html.contains("Page 1 of"));
    let res = client
        .get(app.url("/en/c/no-such-category"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    // Every listed product is under "*", its category and each ancestor; the migration that
    // introduced listings backfills exactly what the live maintenance writes.
    let listings = || async {
        app.db
            .query_all(sea_orm::Statement::from_string(
                app.db.get_database_backend(),
                "SELECT category_code, product_id FROM product_listings ORDER BY category_code, product_id"
                    .to_owned(),
            ))
            .await
            .unwrap()
            .into_iter()
            .map(|r| {
                (
                    r.try_get::<String>("", "category_code").unwrap(),
                    r.try_get::<i64>("", "product_id").unwrap(),
                )
            })
            .collect::<Vec<_>>()
    };
    let live = listings().await;
    let under = |code: &str| live.iter().filter(|(c, _)| c == code).count();
    assert_eq!(under("*"), report.products);
    assert!(under("food") > under("sauces-spices") && under("sauces-spices") >= under("fish-sauce"));
    assert!(under("fish-sauce") > 0);
    {
        use migrations::{Migrator, MigratorTrait};
        // On a connection of its own: a pooled SQLite connection still reading an older snapshot
        // would see the schema as it was before `down` and refuse `up`.
        let mut options = sea_orm::ConnectOptions::new(app.database_url.clone());
        options.max_connections(1);
        let own = sea_orm::Database::connect(options).await.expect("connect");
        Migrator::down(&own, Some(2)).await.expect("down");
        Migrator::up(&own, None).await.expect("up");
        own.close().await.expect("close");
    }
    assert_eq!(listings().await, live);
    // Demo sellers can log in.
    let seller = app.client();
    assert_eq!(
        app.login(&seller, &report.seller_email, server::demo::DEMO_PASSWORD)
            .await
            .status(),
        StatusCode::OK
    );
    app.finish().await;
}

#[tokio::test]
async fn administrators_verify_ocop_certificates_before_shoppers_see_the_stars() {
    let app = TestApp::spawn().await;
    let admin = admin(&app).await;
    let (owner, coop_id, _) = approved_coop(&app, &admin, "HTX Trà Shan Tuyết").await;
    let id: i64 = save_product(&app, &owner, &honey_form(coop_id, "150000", "40"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(set_status(&app, &owner, id, "published").await, StatusCode::OK);
    let declare = |stars: &str, issued: &str| {
        let form = vec![
            ("product_id".to_owned(), id.to_string()),
            ("fields[kind]".to_owned(), "ocop".to_owned()),
            ("fields[number]".to_owned(), "OCOP-TQ-2025-031".to_owned()),
            ("fields[stars]".to_owned(), stars.to_owned()),
            ("fields[level]".to_owned(), "provincial".to_owned()),
            ("fields[issued_on]".to_owned(), issued.to_owned()),
        ];
        owner
            .post(app.url("/api/catalog/add-certification"))
            .header("origin", &app.base)
            .header("accept", "application/json")
            .form(&form)
            .send()
    };
    let res = declare("7", "2025-03-10").await.unwrap();
    assert_eq!(
        field_keys(&error_of(res).await),
        [("stars".into(), "error-ocop-stars".into())]
    );
    let res = declare("4", "2025-03-10").await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let cert: i64 = res.json().await.unwrap();

    let page = || async {
        app.client()
            .get(app.url("/en/products/u-minh-forest-honey"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap()
    };
    assert!(!page().await.contains("★★★★"), "not shown while pending");

    // The seller attaches a scan (checked by content); only members and administrators see it.
    let attach = |client: &Client, name: &str, bytes: &[u8]| {
        let form = reqwest::multipart::Form::new().text("locale", "en").part(
            "file",
            reqwest::multipart::Part::bytes(bytes.to_vec()).file_name(name.to_owned()),
        );
        client
            .post(app.url(&format!("/uploads/certifications/{cert}/scan")))
            .header("origin", &app.base)
            .header("accept", "application/json")
            .multipart(form)
            .send()
    };
    let res = attach(&owner, "ocop.pdf", EXE).await.unwrap();
    assert_eq!(
        field_keys(&error_of(res).await),
        [("file".into(), "error-file-type".into())]
    );
    let (stranger, _) = member(&app, "stranger").await;
    assert_eq!(
        attach(&stranger, "ocop.pdf", PDF).await.unwrap().status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        attach(&owner, "ocop.pdf", PDF).await.unwrap().status(),
        StatusCode::CREATED
    );
    let scan_url = app.url(&format!("/media/certifications/{cert}/scan"));
    for (client, status) in [
        (&app.client(), StatusCode::UNAUTHORIZED),
        (&stranger, StatusCode::NOT_FOUND),
        (&owner, StatusCode::OK),
        (&admin, StatusCode::OK),
    ] {
        let res = client.get(&scan_url).send().await.unwrap();
        assert_eq!(res.status(), status);
        if status == StatusCode::OK {
            assert_eq!(res.headers()["content-type"], "application/pdf");
            assert_eq!(res.bytes().await.unwrap().as_ref(), PDF);
        }
    }

    // Only administrators decide; a rejection needs a reason.
    let decide = |client: &Client, verdict: &str, reason: &str| {
        let id = cert.to_string();
        let form = vec![
            ("id", id),
            ("verdict", verdict.to_owned()),
            ("reason", reason.to_owned()),
        ];
        client
            .post(app.url("/api/admin/decide-certification"))
            .header("origin", &app.base)
            .header("accept", "application/json")
            .form(&form)
            .send()
    };
    assert_eq!(
        decide(&owner, "verify", "").await.unwrap().status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.post(&owner, "/api/admin/certifications", &[("locale", "en")])
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        decide(&admin, "reject", " ").await.unwrap().status(),
        StatusCode::UNPROCESSABLE_ENTITY
    );
    let queue: serde_json::Value = app
        .post(&admin, "/api/admin/certifications", &[("locale", "en")])
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(queue[0]["id"].as_i64(), Some(cert));
    assert_eq!(
        queue[0]["expires_on"].as_str(),
        Some("2028-03-10"),
        "36 months by default"
    );
    assert_eq!(
        decide(&admin, "verify", "").await.unwrap().status(),
        StatusCode::OK
    );
    assert!(
        page().await.contains("★★★★"),
        "verified and unexpired: the badge shows"
    );
    // Deciding twice is refused with the new state; a decided certificate keeps its scan.
    assert_eq!(
        decide(&admin, "reject", "Sai số").await.unwrap().status(),
        StatusCode::CONFLICT
    );
    let res = attach(&owner, "new.pdf", PDF).await.unwrap();
    assert_eq!(res.status(), StatusCode::CONFLICT);
    assert_eq!(
        error_of(res).await["Conflict"].as_str(),
        Some("error-cert-decided")
    );

    // Thirty days before expiry the cooperative's owners get one mail, whichever instance sends it.
    let today = chrono::Utc::now().date_naive();
    app.db
        .execute(sea_orm::Statement::from_string(
            app.db.get_database_backend(),
            format!(
                "UPDATE product_certifications SET expires_on = '{}'",
                today + chrono::Duration::days(20)
            ),
        ))
        .await
        .unwrap();
    let mails = app.count("outbox_emails").await;
    let warn = || app::backend::catalog::certifications::warn_expiring(&app.db, today);
    assert_eq!(warn().await.unwrap(), 1);
    assert_eq!(warn().await.unwrap(), 0, "warned once");
    assert_eq!(app.count("outbox_emails").await, mails + 1);
    let subject: String = app
        .db
        .query_one(sea_orm::Statement::from_string(
            app.db.get_database_backend(),
            "SELECT subject FROM outbox_emails ORDER BY id DESC LIMIT 1".to_owned(),
        ))
        .await
        .unwrap()
        .unwrap()
        .try_get("", "subject")
        .unwrap();
    // In the language the cooperative applied in (English here).
    assert!(
        subject.contains("U Minh forest honey") && subject.contains("OCOP"),
        "{subject}"
    );

    // An expired certificate disappears from the page and warns the seller.
    app.db
        .execute(sea_orm::Statement::from_string(
            app.db.get_database_backend(),
            "UPDATE product_certifications SET expires_on = '2026-01-01'".to_owned(),
        ))
        .await
        .unwrap();
    assert!(!page().await.contains("★★★★"));
    let mine: serde_json::Value = app
        .post(
            &owner,
            "/api/catalog/certifications",
            &[("product_id", &id.to_string()), ("locale", "en")],
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(mine[0]["expires_soon"].as_bool(), Some(true));
    app.finish().await;
}

fn jpeg_with_exif(w: u32, h: u32) -> Vec<u8> {
    let img = image::RgbImage::from_fn(w, h, |x, y| image::Rgb([(x % 200) as u8, (y % 200) as u8, 90]));
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Jpeg).unwrap();
    let jpeg = out.into_inner();
    // An APP1 (EXIF) segment carrying a location, right after the start-of-image marker.
    let payload = b"Exif\0\0GPSLatitude=10.7769-secret-farm";
    let mut with_exif = jpeg[..2].to_vec();
    with_exif.extend_from_slice(&[0xFF, 0xE1]);
    with_exif.extend_from_slice(&((payload.len() + 2) as u16).to_be_bytes());
    with_exif.extend_from_slice(payload);
    with_exif.extend_from_slice(&jpeg[2..]);
    with_exif
}

async fn upload_photo(
    app: &TestApp,
    client: &Client,
    product: i64,
    name: &str,
    bytes: Vec<u8>,
) -> reqwest::Response {
    let form = reqwest::multipart::Form::new().text("locale", "en").part(
        "file",
        reqwest::multipart::Part::bytes(bytes).file_name(name.to_owned()),
    );
    client
        .post(app.url(&format!("/uploads/products/{product}/photos")))
        .header("origin", &app.base)
        .header("accept", "application/json")
        .multipart(form)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn photos_are_checked_stripped_resized_off_the_request_path_and_ordered() {
    let app = TestApp::spawn().await;
    let admin = admin(&app).await;
    let (owner, coop_id, _) = approved_coop(&app, &admin, "HTX Mật ong U Minh").await;
    let (stranger, _) = member(&app, "stranger").await;
    let id: i64 = save_product(&app, &owner, &honey_form(coop_id, "150000", "40"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(set_status(&app, &owner, id, "published").await, StatusCode::OK);

    // Refused: someone else's product, an executable, a decompression bomb.
    assert_eq!(
        upload_photo(&app, &stranger, id, "a.jpg", jpeg_with_exif(64, 48))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    let res = upload_photo(&app, &owner, id, "a.jpg", b"MZ\x90\x00 not an image".to_vec()).await;
    assert_eq!(
        field_keys(&error_of(res).await),
        [("file".into(), "error-file-type".into())]
    );
    let mut bomb = Vec::new();
    image::RgbImage::new(1, 1)
        .write_to(&mut std::io::Cursor::new(&mut bomb), image::ImageFormat::Png)
        .unwrap();
    bomb[16..20].copy_from_slice(&8_000u32.to_be_bytes());
    bomb[20..24].copy_from_slice(&8_000u32.to_be_bytes());
    let crc = {
        let mut crc = 0xFFFF_FFFFu32;
        for b in &bomb[12..29] {
            crc ^= u32::from(*b);
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xEDB8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    };
    bomb[29..33].copy_from_slice(&crc.to_be_bytes());
    let res = upload_photo(&app, &owner, id, "bomb.png", bomb).await;
    assert_eq!(
        field_keys(&error_of(res).await),
        [("file".into(), "error-image-too-many-pixels".into())]
    );
    assert_eq!(app.count("product_photos").await, 0);

    // Accepted, then processed by the background worker.
    assert_eq!(
        upload_photo(&app, &owner, id, "ong.jpg", jpeg_with_exif(1600, 1200))
            .await
            .status(),
        StatusCode::CREATED
    );
    let photos = loop_until_processed(&app, &owner, id, 1).await;
    let widths: Vec<i64> = photos[0]["renditions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r[0].as_i64().unwrap())
        .collect();
    assert_eq!(widths, [160, 320, 480, 640, 960, 1280]);
    let url = photos[0]["renditions"][3][1].as_str().unwrap().to_owned();
    let res = app.client().get(app.url(&url)).send().await.unwrap();
    assert_eq!(res.headers()["content-type"], "image/webp");
    let body = res.bytes().await.unwrap();
    assert_eq!(&body[8..12], b"WEBP");
    assert!(!body.windows(6).any(|w| w == b"secret"), "metadata stripped");
    let html = app
        .client()
        .get(app.url("/en/products/u-minh-forest-honey"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("640w") && html.contains(&url));

    // Ten at most; the eleventh is refused.
    for n in 2..=10 {
        let res = upload_photo(&app, &owner, id, &format!("{n}.jpg"), jpeg_with_exif(40, 30)).await;
        assert_eq!(res.status(), StatusCode::CREATED, "photo {n}");
    }
    let res = upload_photo(&app, &owner, id, "11.jpg", jpeg_with_exif(40, 30)).await;
    assert_eq!(
        field_keys(&error_of(res).await),
        [("file".into(), "error-photo-limit".into())]
    );

    // The seller moves the second photo to the front: it becomes the cover.
    let photos = loop_until_processed(&app, &owner, id, 10).await;
    let second = photos[1]["id"].as_i64().unwrap();
    let res = app
        .post(
            &owner,
            "/api/catalog/move-photo",
            &[("photo_id", &second.to_string()), ("up", "true")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let photos = loop_until_processed(&app, &owner, id, 10).await;
    assert_eq!(photos[0]["id"].as_i64(), Some(second));
    let res = app
        .post(
            &stranger,
            "/api/catalog/remove-photo",
            &[("photo_id", &second.to_string())],
        )
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    app.finish().await;
}

/// The seller's photos once `count` of them have renditions (the worker runs in the background).
async fn loop_until_processed(
    app: &TestApp,
    owner: &Client,
    product: i64,
    count: usize,
) -> Vec<serde_json::Value> {
    for _ in 0..100 {
        let list: Vec<serde_json::Value> = app
            .post(
                owner,
                "/api/catalog/photos",
                &[("product_id", &product.to_string())],
            )
            .await
            .json()
            .await
            .unwrap();
        let ready = list
            .iter()
            .filter(|p| !p["renditions"].as_array().unwrap().is_empty())
            .count();
        if list.len() == count && ready == count {
            return list;
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    panic!("photos not processed in 20 s");
}

/// The property names a schema of the OpenAPI document declares.
fn schema_keys(doc: &serde_json::Value, name: &str) -> std::collections::BTreeSet<String> {
    doc["components"]["schemas"][name]["properties"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect()
}

fn keys(v: &serde_json::Value) -> std::collections::BTreeSet<String> {
    v.as_object().unwrap().keys().cloned().collect()
}

#[tokio::test]
async fn the_public_api_answers_exactly_what_its_openapi_document_describes() {
    let app = TestApp::spawn().await;
    let files = app::backend::storage::FileStore::open(&app::backend::storage::StorageConfig::Local(
        app.data_dir.join("files"),
    ))
    .unwrap();
    server::demo::seed(&app.db, &files).await.unwrap();
    let client = app.client();
    let get = |path: &str| client.get(app.url(path)).send();
    let doc: serde_json::Value = get("/api/v1/openapi.json").await.unwrap().json().await.unwrap();
    assert_eq!(doc["openapi"], "3.1.0");

    let list: serde_json::Value = get("/api/v1/products?locale=ja&per_page=5&page=2")
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(keys(&list), schema_keys(&doc, "ProductList"));
    assert_eq!(list["products"].as_array().unwrap().len(), 5);
    assert_eq!(list["page"], 2);
    assert!(list["total"].as_u64().unwrap() >= 80);
    let first = &list["products"][0];
    assert_eq!(keys(first), schema_keys(&doc, "ProductSummary"));
    assert_eq!(first["currency"], "VND");
    assert!(first["url"].as_str().unwrap().contains("/ja/products/"));

    let id = first["id"].as_i64().unwrap();
    let product: serde_json::Value = get(&format!("/api/v1/products/{id}?locale=ja"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(keys(&product), schema_keys(&doc, "Product"));
    assert!(product["variants"][0]["price"].is_i64());
    let lot = product["latest_lot_code"].as_str().unwrap().to_owned();
    let trace: serde_json::Value = get(&format!("/api/v1/trace/{lot}?locale=ko"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(keys(&trace), schema_keys(&doc, "Trace"));

    let coops: serde_json::Value = get("/api/v1/cooperatives").await.unwrap().json().await.unwrap();
    assert_eq!(
        keys(&coops["cooperatives"][0]),
        schema_keys(&doc, "CooperativeCard")
    );

    // Per page is capped; unknown ids and lots are 404 with an error body.
    let big: serde_json::Value = get("/api/v1/products?per_page=1000")
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(big["per_page"], 100);
    let res = get("/api/v1/products/999999").await.unwrap();
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        res.json::<serde_json::Value>().await.unwrap()["error"],
        "not_found"
    );
    assert_eq!(
        get("/api/v1/trace/NO-SUCH-LOT").await.unwrap().status(),
        StatusCode::NOT_FOUND
    );
    app.finish().await;
}

#[tokio::test]
async fn sellers_duplicate_preview_and_adjust_stock_of_their_own_products_only() {
    let app = TestApp::spawn().await;
    let admin = admin(&app).await;
    let (owner, coop_id, _) = approved_coop(&app, &admin, "HTX Cà phê Cầu Đất").await;
    let (stranger, _) = member(&app, "stranger").await;
    let id: i64 = save_product(&app, &owner, &honey_form(coop_id, "150000", "40"))
        .await
        .json()
        .await
        .unwrap();
    let id_s = id.to_string();

    // A draft can be previewed by its sellers, not by others.
    let preview = [("id", id_s.as_str()), ("locale", "en")];
    assert_eq!(
        app.post(&owner, "/api/catalog/preview", &preview).await.status(),
        StatusCode::OK
    );
    assert_eq!(
        app.post(&stranger, "/api/catalog/preview", &preview)
            .await
            .status(),
        StatusCode::NOT_FOUND
    );

    let edit: serde_json::Value = app
        .post(&owner, "/api/catalog/product-edit", &[("id", id_s.as_str())])
        .await
        .json()
        .await
        .unwrap();
    let variant = edit["stock"][0][0].as_i64().unwrap().to_string();
    let adjust = |delta: &'static str| [("variant_id", variant.clone()), ("delta", delta.to_owned())];
    let post = |c: &Client, form: [(&'static str, String); 2]| {
        c.post(app.url("/api/catalog/adjust-stock"))
            .header("origin", &app.base)
            .header("accept", "application/json")
            .form(&form)
            .send()
    };
    assert_eq!(
        post(&owner, adjust("-15"))
            .await
            .unwrap()
            .json::<i32>()
            .await
            .unwrap(),
        25
    );
    let res = post(&owner, adjust("-26")).await.unwrap();
    assert_eq!(
        field_keys(&error_of(res).await),
        [("delta".into(), "error-stock-negative".into())]
    );
    assert_eq!(
        post(&stranger, adjust("100")).await.unwrap().status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        post(&owner, adjust("5"))
            .await
            .unwrap()
            .json::<i32>()
            .await
            .unwrap(),
        30
    );

    let res = app
        .post(&owner, "/api/catalog/duplicate-product", &[("id", id_s.as_str())])
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let copy = res.json::<i64>().await.unwrap().to_string();
    let copied: serde_json::Value = app
        .post(&owner, "/api/catalog/product-edit", &[("id", copy.as_str())])
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(copied["status"], "draft");
    assert_eq!(copied["fields"]["variants"][0]["sku"], "MO-UM-250-2");
    assert_eq!(copied["fields"]["name_vi"], "Mật ong rừng U Minh");
    let res = app
        .post(
            &stranger,
            "/api/catalog/duplicate-product",
            &[("id", id_s.as_str())],
        )
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    assert_eq!(app.count("products").await, 2);
    app.finish().await;
}

/// An import file: `products` products with two variants each; `price` for every first variant.
fn import_csv(products: usize, price: &str, sku_prefix: &str) -> String {
    let mut csv = app::model::catalog::IMPORT_COLUMNS.join(",") + "\n";
    for p in 0..products {
        for (v, label) in ["250 g", "500 g"].iter().enumerate() {
            let price = if v == 0 {
                price.to_owned()
            } else {
                "180000".to_owned()
            };
            csv.push_str(&format!(
                "P{p},honey,jar,ca-mau,,Mật ong rừng số {p},Forest honey {p},,,,Ngọt thanh,,,,,,,,,,{sku_prefix}-{p}-{v},{label},{price},10,400\n"
            ));
        }
    }
    csv
}

async fn import(app: &TestApp, client: &Client, coop: i64, bytes: Vec<u8>, mode: &str) -> reqwest::Response {
    let form = reqwest::multipart::Form::new()
        .text("locale", "vi")
        .text("mode", mode.to_owned())
        .part(
            "file",
            reqwest::multipart::Part::bytes(bytes).file_name("products.csv"),
        );
    client
        .post(app.url(&format!("/uploads/cooperatives/{coop}/import")))
        .header("origin", &app.base)
        .header("accept", "application/json")
        .multipart(form)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn spreadsheets_import_only_when_every_row_is_right() {
    let app = TestApp::spawn().await;
    let admin = admin(&app).await;
    let (owner, coop_id, _) = approved_coop(&app, &admin, "HTX Mật ong U Minh").await;
    let (stranger, _) = member(&app, "stranger").await;

    // Problems are reported by row and column; nothing is created, even with mode=import.
    let mut bad = import_csv(3, "150000", "A");
    bad = bad.replacen(",150000,10,400\n", ",-150000,10,400\n", 1); // row 2
    bad = bad.replace("P2,honey", "P2,spaceships"); // rows 6 and 7
    let report: serde_json::Value = import(&app, &owner, coop_id, bad.into_bytes(), "import")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(report["imported"], false);
    let problems: Vec<(u64, String, String)> = report["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["row"].as_u64().unwrap(),
                p["column"].as_str().unwrap().into(),
                p["key"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert_eq!(
        problems,
        [
            (2, "price".into(), "error-price-negative".into()),
            (6, "category".into(), "error-category-unknown".into()),
        ]
    );
    assert_eq!(app.count("products").await, 0);

    // A dry run of a good file creates nothing; the import creates every product as a draft.
    let good = import_csv(300, "150.000", "B").into_bytes();
    let report: serde_json::Value = import(&app, &owner, coop_id, good.clone(), "dry_run")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        (
            report["rows"].as_u64(),
            report["products"].as_u64(),
            report["imported"].as_bool()
        ),
        (Some(600), Some(300), Some(false))
    );
    assert_eq!(app.count("products").await, 0);
    let report: serde_json::Value = import(&app, &owner, coop_id, good.clone(), "import")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(report["imported"], true);
    assert_eq!(app.count("products").await, 300);
    assert_eq!(app.count("product_variants").await, 600);
    // The same file again: every SKU is taken now.
    let report: serde_json::Value = import(&app, &owner, coop_id, good, "import")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(report["problems"][0]["key"], "error-sku-taken");
    assert_eq!(app.count("products").await, 300);

    // Windows-1258 and UTF-16 files are read correctly.
    let header = app::model::catalog::IMPORT_COLUMNS.join(",");
    let mut cp1258 = format!("{header}\n").into_bytes();
    cp1258.extend_from_slice(b"W1,tea,bag,,,Tr\xE0 M\xE2\xF2t,,,,,,,,,,,,,,,W-1,100 g,90000,5,150\n");
    let report: serde_json::Value = import(&app, &owner, coop_id, cp1258, "import")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(report["imported"], true, "{report}");
    let mut utf16 = vec![0xFF, 0xFE];
    let row = format!("{header}\nU1,tea,bag,,,Trà Shan Tuyết,,,,,,,,,,,,,,,U-1,100 g,90000,5,150\n");
    utf16.extend(row.encode_utf16().flat_map(u16::to_le_bytes));
    let report: serde_json::Value = import(&app, &owner, coop_id, utf16, "import")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(report["imported"], true, "{report}");

    // The export is the same format, and cells a spreadsheet would run are escaped.
    let res = owner
        .get(app.url(&format!("/exports/cooperatives/{coop_id}/products.csv")))
        .send()
        .await
        .unwrap();
    assert_eq!(res.headers()["content-type"], "text/csv; charset=utf-8");
    let csv = res.text().await.unwrap();
    assert!(
        csv.contains("Trà Mật") && csv.contains("Trà Shan Tuyết"),
        "decoded to the same letters"
    );
    assert_eq!(csv.lines().count(), 1 + 600 + 2);
    let evil = {
        let mut f = import_csv(1, "150000", "C");
        f = f.replace("Forest honey 0", "=HYPERLINK(\"http://evil\")");
        f
    };
    // Formula-looking text is stored as typed and neutralised on the way out.
    let report: serde_json::Value = import(&app, &owner, coop_id, evil.into_bytes(), "import")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(report["imported"], true, "{report}");
    let csv = owner
        .get(app.url(&format!("/exports/cooperatives/{coop_id}/products.csv")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        csv.contains("\"'=HYPERLINK(\"\"http://evil\"\")\""),
        "escaped: {}",
        csv.lines().last().unwrap()
    );

    // Strangers can neither import into nor export another cooperative's catalog.
    let res = import(
        &app,
        &stranger,
        coop_id,
        import_csv(1, "1", "D").into_bytes(),
        "import",
    )
    .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let res = stranger
        .get(app.url(&format!("/exports/cooperatives/{coop_id}/products.csv")))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    app.finish().await;
}

/// The product's edit version, as the edit form would send it back.
async fn product_version(app: &TestApp, owner: &Client, id: i64) -> i64 {
    let edit: serde_json::Value = app
        .post(owner, "/api/catalog/product-edit", &[("id", &id.to_string())])
        .await
        .json()
        .await
        .unwrap();
    edit["version"].as_i64().expect("version")
}

/// A public page is the same bytes for every anonymous visitor: cacheable by a CDN, answered 304
/// to a browser that has it, and changed on the very next request after the seller changes the
/// price, the name (the old address then redirects) or the visibility.
#[tokio::test]
async fn storefront_pages_are_shared_revalidated_and_never_stale() {
    let app = TestApp::spawn().await;
    let admin = admin(&app).await;
    let (owner, coop_id, _) = approved_coop(&app, &admin, "Hợp tác xã Mật ong U Minh").await;
    let res = save_product(&app, &owner, &honey_form(coop_id, "150000", "40")).await;
    assert_eq!(res.status(), StatusCode::OK, "{:?}", res.text().await);
    let id: i64 = res.json().await.unwrap();
    assert_eq!(set_status(&app, &owner, id, "published").await, StatusCode::OK);
    // The jobs that publishing queued (search sync, mail) run first: the test is about the cache.
    app.settle().await;
    let shopper = app.client();
    let get = |path: &str, etag: Option<&str>| {
        let mut req = shopper.get(app.url(path));
        if let Some(e) = etag {
            req = req.header("if-none-match", e);
        }
        req.send()
    };
    let path = "/en/products/u-minh-forest-honey";

    let first = get(path, None).await.unwrap();
    assert_eq!(first.status(), StatusCode::OK);
    assert_eq!(first.headers()["cache-control"], "public, max-age=0, s-maxage=60");
    assert!(
        first.headers().get("set-cookie").is_none(),
        "a shared page sets no cookie"
    );
    let etag = first.headers()["etag"].to_str().unwrap().to_owned();
    let body = first.text().await.unwrap();
    assert!(body.contains("₫150,000"));
    // What search engines read: the product with its offers and seller, and the breadcrumb trail.
    let data = structured_data(&body);
    let product = data
        .iter()
        .find(|d| d["@type"] == "Product")
        .expect("Product JSON-LD");
    let url = format!("{}{path}", app.base);
    assert_eq!(product["name"], "U Minh forest honey");
    assert_eq!(product["url"], url.as_str());
    assert_eq!(product["sku"], "MO-UM-250");
    assert_eq!(product["gtin"], "08934563138165");
    assert!(product["brand"]["name"].is_string() && product["description"].is_string());
    let offer = &product["offers"][0];
    assert_eq!(
        (offer["price"].as_i64(), offer["priceCurrency"].as_str()),
        (Some(150_000), Some("VND"))
    );
    assert_eq!(offer["url"], url.as_str());
    assert_eq!(offer["availability"], "https://schema.org/InStock");
    assert_eq!(
        product["offers"][1]["availability"],
        "https://schema.org/OutOfStock"
    );
    assert_eq!(offer["seller"]["@type"], "Organization");
    let crumbs = data
        .iter()
        .find(|d| d["@type"] == "BreadcrumbList")
        .expect("BreadcrumbList");
    let last = crumbs["itemListElement"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(last["item"], url.as_str());
    // The same bytes again, from the cache; the browser's copy is still good.
    let again = get(path, None).await.unwrap();
    assert_eq!(again.headers()["etag"].to_str().unwrap(), etag);
    assert_eq!(again.text().await.unwrap(), body);
    let not_modified = get(path, Some(&etag)).await.unwrap();
    assert_eq!(not_modified.status(), StatusCode::NOT_MODIFIED);
    let metrics = get("/metrics", None).await.unwrap().text().await.unwrap();
    let hits: u64 = metrics
        .lines()
        .find_map(|l| l.strip_prefix("htx_page_cache_hits_total "))
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    assert!(hits >= 2, "{metrics}");

    // A new price shows on the very next request; the old ETag no longer matches.
    let edit_form = |price: &str, version: i64| {
        let mut form = honey_form(coop_id, price, "40");
        form.push(("id".to_owned(), id.to_string()));
        form.push(("version".to_owned(), version.to_string()));
        form
    };
    let version = product_version(&app, &owner, id).await;
    let res = save_product(&app, &owner, &edit_form("165000", version)).await;
    assert_eq!(res.status(), StatusCode::OK, "{:?}", res.text().await);
    let changed = get(path, Some(&etag)).await.unwrap();
    assert_eq!(changed.status(), StatusCode::OK);
    assert_ne!(changed.headers()["etag"].to_str().unwrap(), etag);
    assert!(changed.text().await.unwrap().contains("₫165,000"));

    // Renamed: the new address serves the page and the old one sends readers there for good.
    let mut renamed = edit_form("165000", product_version(&app, &owner, id).await);
    for (k, v) in renamed.iter_mut() {
        if k == "fields[name_en]" {
            *v = "Wild U Minh honey".to_owned();
        }
    }
    assert_eq!(
        save_product(&app, &owner, &renamed).await.status(),
        StatusCode::OK
    );
    let new_path = "/en/products/wild-u-minh-honey";
    assert!(get(new_path, None)
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
        .contains("Wild U Minh honey"));
    let no_redirects = Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let old = no_redirects.get(app.url(path)).send().await.unwrap();
    assert_eq!(old.status(), StatusCode::MOVED_PERMANENTLY);
    assert_eq!(old.headers()["location"], new_path);

    // The language switcher alone sets the cookie, and keeps the reader on the same product.
    let switched = no_redirects
        .get(app.url(&format!("/lang/vi?from={new_path}")))
        .send()
        .await
        .unwrap();
    assert_eq!(switched.status(), StatusCode::SEE_OTHER);
    assert_eq!(switched.headers()["location"], "/vi/products/mat-ong-rung-u-minh");
    let cookie = common::set_cookie(switched.headers(), "lang").expect("lang cookie");
    assert!(cookie.starts_with("lang=vi;"), "{cookie}");
    // Japanese has no text of its own: the product keeps its Vietnamese address there.
    let switched = no_redirects
        .get(app.url(&format!("/lang/ja?from={new_path}")))
        .send()
        .await
        .unwrap();
    assert_eq!(switched.headers()["location"], "/ja/products/mat-ong-rung-u-minh");
    for evil in ["//evil.example/", "https://evil.example/"] {
        let res = no_redirects
            .get(app.url(&format!("/lang/en?from={evil}")))
            .send()
            .await
            .unwrap();
        assert_eq!(res.headers()["location"], "/en/", "{evil}");
    }

    // Archived: gone on the next request.
    assert_eq!(set_status(&app, &owner, id, "archived").await, StatusCode::OK);
    assert_eq!(get(new_path, None).await.unwrap().status(), StatusCode::NOT_FOUND);
    app.finish().await;
}

/// The JSON-LD blocks of a page.
fn structured_data(html: &str) -> Vec<serde_json::Value> {
    html.split("<script type=\"application/ld+json\">")
        .skip(1)
        .filter_map(|rest| rest.split("</script>").next())
        .map(|json| serde_json::from_str(&json.replace("<\\/", "</")).expect("valid JSON-LD"))
        .collect()
}
