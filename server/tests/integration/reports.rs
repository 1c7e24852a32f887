//! The administrators' dashboard and reports, on SQLite and PostgreSQL: a report's figures per
//! province and in total, its comparison with the period before, and the dashboard's monthly
//! figures for the same period agree, on the pages and in the CSV downloads; periods are Vietnam's
//! days; bad periods and provinces are refused with a reason; certification schemes are kept by
//! administrators.

use crate::common::coops::*;
use crate::common::shop::*;
use crate::common::{error_of, TestApp};
use app::backend::entities::{checkouts, cooperative_status_changes, cooperatives, orders};
use chrono::{DateTime, TimeZone, Utc};
use reqwest::{Client, StatusCode};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

fn at(y: i32, m: u32, d: u32, h: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, 0, 0).unwrap()
}

/// Moves every order of a checkout (and the checkout) to `when`.
async fn order_time(app: &TestApp, token: &str, when: DateTime<Utc>) -> i64 {
    let checkout = checkouts::Entity::find()
        .filter(checkouts::Column::PublicToken.eq(token))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    orders::Entity::update_many()
        .col_expr(orders::Column::CreatedAt, Expr::value(when))
        .filter(orders::Column::CheckoutId.eq(checkout.id))
        .exec(&app.db)
        .await
        .unwrap();
    checkout.id
}

async fn report(app: &TestApp, admin: &Client, form: &[(&str, &str)]) -> reqwest::Response {
    let mut form = form.to_vec();
    form.push(("locale", "en"));
    app.post(admin, "/api/reports/report", &form).await
}

async fn report_json(app: &TestApp, admin: &Client, form: &[(&str, &str)]) -> serde_json::Value {
    let res = report(app, admin, form).await;
    assert_eq!(res.status(), StatusCode::OK, "report {form:?}");
    res.json().await.unwrap()
}

async fn csv(admin: &Client, url: String) -> Vec<Vec<String>> {
    let res = get(admin, url).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(res.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/csv"));
    let text = res.text().await.unwrap();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

/// The column of a CSV whose heading starts with `prefix`.
fn column(rows: &[Vec<String>], prefix: &str) -> usize {
    rows[0]
        .iter()
        .position(|h| h.starts_with(prefix))
        .unwrap_or_else(|| panic!("no column {prefix} in {:?}", rows[0]))
}

#[tokio::test]
async fn reports_and_the_dashboard_agree_per_province_month_and_payment() {
    let app = TestApp::spawn().await;
    let admin = admin(&app).await;
    let (_, _, honey) = seller(&app, &admin, "HTX Mật ong Cà Mau", "rp-a", 150_000, 50).await;
    let (_, coop_b, tea) = seller(&app, &admin, "HTX Chè Sơn La", "rp-b", 90_000, 50).await;
    cooperatives::Entity::update_many()
        .col_expr(cooperatives::Column::RegionCode, Expr::value("son-la"))
        .filter(cooperatives::Column::Id.eq(coop_b))
        .exec(&app.db)
        .await
        .unwrap();
    // Sơn La's cooperative applied and was approved in February 2026.
    cooperative_status_changes::Entity::update_many()
        .col_expr(
            cooperative_status_changes::Column::At,
            Expr::value(at(2026, 2, 3, 3)),
        )
        .filter(cooperative_status_changes::Column::CooperativeId.eq(coop_b))
        .exec(&app.db)
        .await
        .unwrap();

    // March 2026: one checkout from both cooperatives, in English, Sơn La's order paid by card.
    let shopper = app.client();
    add(&app, &shopper, honey, "2").await;
    add(&app, &shopper, tea, "1").await;
    let march = place_cod(&app, &shopper).await;
    let march_id = order_time(&app, &march, at(2026, 3, 10, 2)).await;
    checkouts::Entity::update_many()
        .col_expr(checkouts::Column::Locale, Expr::value("en"))
        .filter(checkouts::Column::Id.eq(march_id))
        .exec(&app.db)
        .await
        .unwrap();
    orders::Entity::update_many()
        .col_expr(orders::Column::PaymentMethod, Expr::value("card"))
        .filter(orders::Column::CheckoutId.eq(march_id))
        .filter(orders::Column::CooperativeId.eq(coop_b))
        .exec(&app.db)
        .await
        .unwrap();
    // 30 June 18:00 UTC is 1 July in Vietnam: the second half-year.
    add(&app, &shopper, honey, "1").await;
    let july = place_cod(&app, &shopper).await;
    order_time(&app, &july, at(2026, 6, 30, 18)).await;
    // August 2025: the half-year before.
    add(&app, &shopper, honey, "3").await;
    let last_year = place_cod(&app, &shopper).await;
    order_time(&app, &last_year, at(2025, 8, 1, 5)).await;
    // A cancelled order counts for nothing.
    add(&app, &shopper, tea, "4").await;
    let cancelled = place_cod(&app, &shopper).await;
    let cancelled_id = order_time(&app, &cancelled, at(2026, 4, 2, 5)).await;
    orders::Entity::update_many()
        .col_expr(orders::Column::Status, Expr::value("cancelled"))
        .filter(orders::Column::CheckoutId.eq(cancelled_id))
        .exec(&app.db)
        .await
        .unwrap();

    let total_of = |sql: String| {
        let app = &app;
        async move {
            scalar(
                app,
                &format!("SELECT CAST(SUM(total_vnd) AS BIGINT) AS n FROM orders WHERE {sql}"),
            )
            .await
        }
    };
    let march_gmv = total_of(format!("checkout_id = {march_id}")).await;
    let march_card = total_of(format!("checkout_id = {march_id} AND cooperative_id = {coop_b}")).await;

    let r = report_json(&app, &admin, &[("period[kind]", "h1"), ("period[year]", "2026")]).await;
    let total = &r["total"];
    assert_eq!(total["now"]["orders"], 2, "{r}");
    assert_eq!(total["now"]["gmv_vnd"], march_gmv);
    assert_eq!(total["now"]["buyers"], 1, "one shopper, two cooperatives");
    assert_eq!(total["now"]["active_sellers"], 2);
    assert_eq!(total["now"]["foreign_orders"], 2);
    assert_eq!(total["now"]["applications"], 1, "Sơn La's, in February");
    assert_eq!(total["now"]["approved"], 1);
    assert_eq!(total["before"]["orders"], 1, "August 2025");
    assert_eq!(r["previous"]["from"], "2025-07-01");
    let rows = r["rows"].as_array().unwrap();
    let row = |code: &str| rows.iter().find(|x| x["province_code"] == code).unwrap().clone();
    assert_eq!(row("son-la")["now"]["gmv_vnd"], march_card);
    assert_eq!(row("son-la")["province"], "Son La", "named in English");
    assert_eq!(row("ca-mau")["now"]["orders"], 1);
    assert_eq!(row("ca-mau")["before"]["orders"], 1);
    // Products first published and batches: everything was made today, in the second half.
    assert_eq!(total["now"]["products_listed"], 0);
    let h2 = report_json(&app, &admin, &[("period[kind]", "h2"), ("period[year]", "2026")]).await;
    assert_eq!(h2["total"]["now"]["products_listed"], 2, "{h2}");
    assert_eq!(h2["total"]["now"]["orders"], 1, "1 July in Vietnam");
    assert_eq!(h2["total"]["now"]["applications"], 1, "Cà Mau's, today");

    // One province: only its figures.
    let sl = report_json(
        &app,
        &admin,
        &[
            ("period[kind]", "h1"),
            ("period[year]", "2026"),
            ("province", "son-la"),
        ],
    )
    .await;
    assert_eq!(sl["total"]["now"]["orders"], 1);
    assert_eq!(sl["rows"].as_array().unwrap().len(), 1);

    // The dashboard for the same dates shows the same orders and value, month by month.
    let res = app
        .post(
            &admin,
            "/api/reports/dashboard",
            &[("locale", "en"), ("from", "2026-01-01"), ("to", "2026-06-30")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let d: serde_json::Value = res.json().await.unwrap();
    let months = d["months"].as_array().unwrap();
    assert_eq!(months.len(), 6);
    let sum = |k: &str| months.iter().map(|m| m[k].as_i64().unwrap()).sum::<i64>();
    assert_eq!(
        sum("cod_orders") + sum("card_orders"),
        total["now"]["orders"].as_i64().unwrap()
    );
    assert_eq!(
        sum("cod_vnd") + sum("card_vnd"),
        total["now"]["gmv_vnd"].as_i64().unwrap()
    );
    assert_eq!(months[2]["month"], "2026-03");
    assert_eq!(months[2]["card_vnd"], march_card);
    assert_eq!(months[2]["cod_orders"], 1);
    assert_eq!(
        d["top_cooperatives"][0]["gmv_vnd"].as_i64().unwrap(),
        march_gmv - march_card
    );
    // The catalog as it stands: two listed honey products, counted once each.
    let bars = |k: &str| d[k].as_array().unwrap().clone();
    let by_category = bars("products_by_category");
    assert_eq!(by_category.len(), 1, "{by_category:?}");
    assert_eq!(by_category[0]["key"], "food");
    assert_eq!(by_category[0]["value"], 2);
    let none = bars("products_by_stars")
        .into_iter()
        .find(|b| b["key"] == "none")
        .unwrap();
    assert_eq!(none["value"], 2, "neither has an OCOP certificate");
    let approved = bars("coops_by_status")
        .into_iter()
        .find(|b| b["key"] == "approved")
        .unwrap();
    assert_eq!(approved["value"], 2);

    // And so do the CSV downloads.
    let report_csv = csv(&admin, app.url("/admin/reports.csv?kind=h1&year=2026&locale=en")).await;
    let orders_col = column(&report_csv, "Orders 2026-01-01");
    let last = report_csv.last().unwrap();
    assert_eq!(last[0], "total");
    assert_eq!(last[orders_col], "2");
    assert_eq!(last[orders_col + 1], "1", "the period before, next to it");
    let monthly = csv(
        &admin,
        app.url("/admin/dashboard.csv?chart=orders-by-month&from=2026-01-01&to=2026-06-30&locale=en"),
    )
    .await;
    let gmv_col = column(&monthly, "Value, total");
    let csv_gmv: i64 = monthly[1..]
        .iter()
        .map(|r| r[gmv_col].parse::<i64>().unwrap())
        .sum();
    assert_eq!(csv_gmv, march_gmv);
    for chart in app::backend::reports::csv::CHARTS {
        let rows = csv(
            &admin,
            app.url(&format!("/admin/dashboard.csv?chart={chart}&locale=vi")),
        )
        .await;
        assert!(!rows.is_empty(), "{chart}");
    }

    // The pages: charts with accessible names, the report's tables.
    let page = get(&admin, app.url("/en/admin")).await.text().await.unwrap();
    assert!(page.contains("data-testid=\"chart-orders-by-month\""));
    assert!(page.contains("role=\"img\""));
    assert!(page
        .contains("<title id=\"cooperatives-by-province-title\">Approved cooperatives by province</title>"));
    let page = get(&admin, app.url("/vi/admin/reports?kind=h1&year=2026"))
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("data-testid=\"report-summary\""));
    assert!(page.contains("6 tháng đầu năm 2026"), "the period, in Vietnamese");
    app.finish().await;
}

#[tokio::test]
async fn bad_periods_and_provinces_are_refused_with_a_reason() {
    let app = TestApp::spawn().await;
    let admin = admin(&app).await;
    for (form, field, key) in [
        (
            vec![
                ("period[kind]", "range"),
                ("period[from]", "2026-05-01"),
                ("period[to]", "2026-04-01"),
            ],
            "to",
            "error-report-inverted",
        ),
        (
            vec![
                ("period[kind]", "range"),
                ("period[from]", "1990-01-01"),
                ("period[to]", "1990-02-01"),
            ],
            "from",
            "error-report-bounds",
        ),
        (
            vec![
                ("period[kind]", "range"),
                ("period[from]", "2001-01-01"),
                ("period[to]", "2026-01-01"),
            ],
            "to",
            "error-report-too-long",
        ),
        (
            vec![
                ("period[kind]", "range"),
                ("period[from]", "2026-02-30"),
                ("period[to]", "2026-03-01"),
            ],
            "from",
            "error-report-date",
        ),
        (
            vec![("period[kind]", "year"), ("period[year]", "3000")],
            "from",
            "error-report-bounds",
        ),
        (vec![("period[kind]", "quarter")], "kind", "error-report-kind"),
        (
            vec![("period[kind]", "year"), ("period[year]", "20x6")],
            "year",
            "error-report-year",
        ),
        (
            vec![("period[kind]", "h1"), ("province", "atlantis")],
            "province",
            "error-report-province",
        ),
    ] {
        let res = report(&app, &admin, &form).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY, "{form:?}");
        assert_eq!(
            field_keys(&error_of(res).await),
            vec![(field.into(), key.into())],
            "{form:?}"
        );
    }
    // The same in the CSV download and on the pages, in the reader's language.
    let res = get(
        &admin,
        app.url("/admin/reports.csv?kind=range&from=2026-05-01&to=2026-04-01&locale=en"),
    )
    .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        res.text().await.unwrap(),
        "The end date is before the start date."
    );
    let res = get(&admin, app.url("/admin/dashboard.csv?chart=nothing&locale=en")).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let res = get(&admin, app.url("/en/admin?from=2026-05-01&to=2026-01-01")).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res
        .text()
        .await
        .unwrap()
        .contains("The end date is before the start date."));
    let res = get(&admin, app.url("/vi/admin/reports?kind=h1&province=atlantis")).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res
        .text()
        .await
        .unwrap()
        .contains("Không có tỉnh, thành phố này."));
    app.finish().await;
}

#[tokio::test]
async fn administrators_keep_the_certification_schemes() {
    let app = TestApp::spawn().await;
    let admin = admin(&app).await;
    let (owner, _, variant) = seller(&app, &admin, "HTX Cà phê", "ck-1", 120_000, 5).await;
    let product_id = scalar(
        &app,
        &format!("SELECT product_id AS n FROM product_variants WHERE id = {variant}"),
    )
    .await;
    let pid = product_id.to_string();
    let declare = |kind: &'static str| {
        let (app, owner, pid) = (&app, &owner, pid.clone());
        async move {
            app.post(
                owner,
                "/api/catalog/add-certification",
                &[
                    ("product_id", pid.as_str()),
                    ("fields[kind]", kind),
                    ("fields[number]", "RA-2026-001"),
                    ("fields[issued_on]", "2026-01-10"),
                    ("fields[expires_on]", "2027-01-10"),
                ],
            )
            .await
        }
    };
    let names = [
        ("fields[names][0]", "Rainforest Alliance"),
        ("fields[names][1]", "Rainforest Alliance"),
        ("fields[names][2]", "雨林联盟"),
        ("fields[names][3]", "レインフォレスト・アライアンス"),
        ("fields[names][4]", "열대우림동맹"),
    ];
    let res = declare("rainforest").await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY, "not a scheme yet");

    let save = |code: &'static str, names: &[(&'static str, &'static str)]| {
        let mut form = vec![("fields[code]", code)];
        form.extend_from_slice(names);
        let (app, admin) = (&app, &admin);
        async move { app.post(admin, "/api/admin/save-cert-kind", &form).await }
    };
    // Refused: a bad code, a missing name, renaming a built-in scheme.
    for (code, names, field, key) in [
        ("Rain Forest", &names[..], "code", "error-certkind-code"),
        ("rainforest", &names[..4], "names[4]", "error-certkind-name"),
        ("vietgap", &names[..], "code", "error-certkind-built-in"),
    ] {
        let res = save(code, names).await;
        assert_eq!(
            field_keys(&error_of(res).await),
            vec![(field.into(), key.into())],
            "{code}"
        );
    }
    assert_eq!(app.count("certification_kinds").await, 7, "nothing changed");

    assert_eq!(save("rainforest", &names).await.status(), StatusCode::OK);
    let offered: serde_json::Value = app
        .post(&owner, "/api/catalog/cert-kinds", &[("locale", "ja")])
        .await
        .json()
        .await
        .unwrap();
    let labels: Vec<&str> = offered
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["label"].as_str().unwrap())
        .collect();
    assert!(labels.contains(&"レインフォレスト・アライアンス"), "{labels:?}");
    assert_eq!(declare("rainforest").await.status(), StatusCode::OK);

    // Withdrawn: no longer offered, the certificate already declared keeps its name.
    let res = app
        .post(
            &admin,
            "/api/admin/set-cert-kind-active",
            &[("code", "rainforest"), ("active", "false")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let res = declare("rainforest").await;
    assert_eq!(
        field_keys(&error_of(res).await),
        vec![("kind".into(), "error-cert-kind-withdrawn".into())]
    );
    let mine: serde_json::Value = app
        .post(
            &owner,
            "/api/catalog/certifications",
            &[("product_id", pid.as_str()), ("locale", "zh-CN")],
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(mine[0]["kind_label"], "雨林联盟");
    let res = app
        .post(
            &admin,
            "/api/admin/set-cert-kind-active",
            &[("code", "ocop"), ("active", "false")],
        )
        .await;
    assert_eq!(
        field_keys(&error_of(res).await),
        vec![("code".into(), "error-certkind-ocop".into())]
    );
    assert_eq!(
        app.count("audit_events WHERE action LIKE 'certification_kind.%'")
            .await,
        2
    );
    let page = get(&admin, app.url("/en/admin/certifications"))
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("data-code=\"rainforest\""));
    app.finish().await;
}
