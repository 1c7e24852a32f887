//! The HTTP surface: locale redirects and pages, health, request ids, and the guards that refuse
//! cross-origin writes, oversized bodies and malformed input without touching the database.

use crate::common;

use crate::common::{TestApp, PASSWORD};
use reqwest::StatusCode;

#[tokio::test]
async fn root_redirects_to_the_best_locale() {
    let app = TestApp::spawn().await;
    let client = app.client();
    let cases = [
        (None, None, "/vi/"),
        (Some("ko-KR,ko;q=0.9,en;q=0.8"), None, "/ko/"),
        (Some("fr-FR,fr;q=0.9,zh-TW;q=0.7"), None, "/zh-CN/"),
        (Some("en-US,en;q=0.9"), Some("lang=ja"), "/ja/"),
        (Some("de"), None, "/vi/"),
    ];
    for (accept, cookie, expected) in cases {
        let mut req = client.get(app.url("/"));
        if let Some(a) = accept {
            req = req.header("accept-language", a);
        }
        if let Some(c) = cookie {
            req = req.header("cookie", c);
        }
        let res = req.send().await.unwrap();
        assert_eq!(res.status(), StatusCode::FOUND, "{accept:?} {cookie:?}");
        assert_eq!(res.headers()["location"], expected, "{accept:?} {cookie:?}");
    }
    app.finish().await;
}

#[tokio::test]
async fn pages_are_rendered_in_their_locale_with_alternates() {
    let app = TestApp::spawn().await;
    let client = app.client();
    let expectations = [
        ("vi", "Đăng nhập"),
        ("en", "Log in"),
        ("zh-CN", "lang=\"zh-CN\""),
        ("ja", "lang=\"ja\""),
        ("ko", "lang=\"ko\""),
    ];
    for (code, text) in expectations {
        for path in ["/", "/login", "/register"] {
            let res = client
                .get(app.url(&format!("/{code}{path}")))
                .send()
                .await
                .unwrap();
            assert_eq!(res.status(), StatusCode::OK, "/{code}{path}");
            // Public pages are the same for everyone: no response but /lang sets the cookie.
            assert!(
                common::set_cookie(res.headers(), "lang").is_none(),
                "/{code}{path}"
            );
            let html = res.text().await.unwrap();
            assert!(html.contains(&format!("<html lang=\"{code}\"")), "/{code}{path}");
            assert!(html.contains(text), "/{code}{path} lacks {text}");
            if path != "/" {
                continue;
            }
            // The home page names its address in every language, absolute.
            let links = link_tags(&html);
            let href = |rel: &str, lang: Option<&str>| {
                links
                    .iter()
                    .find(|l| {
                        l.get("rel").map(String::as_str) == Some(rel)
                            && l.get("hreflang").map(String::as_str) == lang
                    })
                    .and_then(|l| l.get("href").cloned())
            };
            for alt in ["vi", "en", "zh-CN", "ja", "ko"] {
                assert_eq!(
                    href("alternate", Some(alt)),
                    Some(format!("{}/{alt}", app.base)),
                    "/{code}/"
                );
            }
            assert_eq!(
                href("alternate", Some("x-default")),
                Some(format!("{}/vi", app.base))
            );
            assert_eq!(href("canonical", None), Some(format!("{}/{code}", app.base)));
        }
    }
    // The English page speaks English, not Vietnamese, in the same markup.
    let en = client
        .get(app.url("/en/register"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(en.contains("Create an account") && !en.contains("Tạo tài khoản"));
    app.finish().await;
}

#[tokio::test]
async fn unknown_locales_and_pages_are_localized_404s() {
    let app = TestApp::spawn().await;
    let client = app.client();
    let res = client.get(app.url("/fr/")).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let res = client
        .get(app.url("/xx/login"))
        .header("accept-language", "en")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    assert!(res.text().await.unwrap().contains("Page not found"));
    let res = client.get(app.url("/ja/no-such-page")).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let html = res.text().await.unwrap();
    assert!(html.contains("<html lang=\"ja\"") && !html.contains("Page not found"));
    let res = client.get(app.url("/vi/khong-co")).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    assert!(res.text().await.unwrap().contains("Không tìm thấy trang"));
    app.finish().await;
}

#[tokio::test]
async fn healthz_reports_the_database() {
    let app = TestApp::spawn().await;
    let res = app.client().get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert!(res.headers().contains_key("x-request-id"));
    let body: serde_json::Value = res.json().await.unwrap();
    assert_eq!(
        body,
        serde_json::json!({ "status": "ok", "database": "ok", "search": "ok" })
    );

    // Close the pool under the server: the instance must say it cannot serve.
    app.db.clone().close().await.unwrap();
    let res = app.client().get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::SERVICE_UNAVAILABLE);
    let body: serde_json::Value = res.json().await.unwrap();
    assert_eq!(body["database"], "unreachable");
    app.finish().await;
}

#[tokio::test]
async fn every_response_carries_a_request_id() {
    let app = TestApp::spawn().await;
    let mut ids = vec![];
    for _ in 0..2 {
        let res = app.client().get(app.url("/vi/")).send().await.unwrap();
        ids.push(res.headers()["x-request-id"].clone());
        res.text().await.unwrap();
    }
    assert_ne!(ids[0], ids[1]);
    let given = app
        .client()
        .get(app.url("/healthz"))
        .header("x-request-id", "lb-1234")
        .send()
        .await
        .unwrap();
    assert_eq!(given.headers()["x-request-id"], "lb-1234");
    app.finish().await;
}

#[tokio::test]
async fn writes_from_other_origins_are_refused() {
    let app = TestApp::spawn().await;
    let form = [
        ("email", "x@example.vn"),
        ("display_name", "X"),
        ("password", PASSWORD),
        ("locale", "vi"),
    ];
    let evil = app
        .client()
        .post(app.url("/api/auth/register"))
        .header("origin", "https://evil.example")
        .header("accept-language", "en")
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(evil.status(), StatusCode::FORBIDDEN);
    assert!(evil
        .text()
        .await
        .unwrap()
        .contains("didn't come from the HTX Market site"));
    let cross_site = app
        .client()
        .post(app.url("/api/auth/register"))
        .header("sec-fetch-site", "cross-site")
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(cross_site.status(), StatusCode::FORBIDDEN);
    assert_eq!(app.count("users").await, 0);
    // The same request from our own pages goes through.
    assert_eq!(
        app.post(&app.client(), "/api/auth/register", &form)
            .await
            .status(),
        StatusCode::OK
    );
    app.finish().await;
}

#[tokio::test]
async fn oversized_bodies_are_refused_before_reading() {
    let app = TestApp::spawn().await;
    let big = "a".repeat(3 * 1024 * 1024);
    let res = app
        .client()
        .post(app.url("/api/auth/register"))
        .header("origin", &app.base)
        .header("accept-language", "vi")
        .form(&[
            ("email", "big@example.vn"),
            ("display_name", big.as_str()),
            ("password", PASSWORD),
            ("locale", "vi"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(res.text().await.unwrap(), "Dữ liệu gửi lên quá lớn.");

    // Without Content-Length (chunked), the limit still holds.
    let stream = futures_body(3 * 1024 * 1024);
    let res = app
        .client()
        .post(app.url("/api/auth/register"))
        .header("origin", &app.base)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(stream)
        .send()
        .await
        .unwrap();
    assert!(res.status().is_client_error(), "{}", res.status());
    assert_eq!(app.count("users").await, 0);
    app.finish().await;
}

/// A body of `n` bytes sent in chunks, so no Content-Length is declared.
fn futures_body(n: usize) -> reqwest::Body {
    let chunk = vec![b'a'; 64 * 1024];
    let chunks: Vec<Result<Vec<u8>, std::io::Error>> =
        (0..n / chunk.len()).map(|_| Ok(chunk.clone())).collect();
    reqwest::Body::wrap_stream(futures_util::stream::iter(chunks))
}

#[tokio::test]
async fn malformed_input_is_a_clear_400() {
    let app = TestApp::spawn().await;
    // Invalid UTF-8, percent-encoded and raw.
    for body in [
        b"email=%FF%FE&display_name=x&password=mat-ong-rung-u-minh&locale=vi".to_vec(),
        b"email=\xff\xfe@example.vn&display_name=x&password=mat-ong-rung-u-minh&locale=vi".to_vec(),
    ] {
        let res = app
            .client()
            .post(app.url("/api/auth/register"))
            .header("origin", &app.base)
            .header("content-type", "application/x-www-form-urlencoded")
            .header("accept-language", "en")
            .body(body)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::BAD_REQUEST);
        assert_eq!(
            res.text().await.unwrap(),
            "The data you sent isn't valid UTF-8 text."
        );
    }
    // Missing fields.
    let res = app
        .post(&app.client(), "/api/auth/register", &[("email", "a@example.vn")])
        .await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    let err: serde_json::Value = res.json().await.unwrap();
    assert!(err.get("BadRequest").is_some(), "{err}");
    assert_eq!(app.count("users").await, 0);
    app.finish().await;
}

#[tokio::test]
async fn migrations_run_down_and_up_again() {
    use migrations::{Migrator, MigratorTrait};
    let app = TestApp::spawn().await;
    let applied = Migrator::get_applied_migrations(&app.db).await.unwrap();
    assert_eq!(applied.len(), Migrator::migrations().len());
    Migrator::down(&app.db, None)
        .await
        .expect("every migration reverses");
    assert!(Migrator::get_applied_migrations(&app.db)
        .await
        .unwrap()
        .is_empty());
    Migrator::up(&app.db, None).await.expect("and applies again");
    assert_eq!(app.count("users").await, 0);

    // The region table is seeded with the 34 provincial-level units, named in every locale.
    use app::backend::entities::regions;
    use app::i18n::Locale;
    use sea_orm::EntityTrait;
    let all = regions::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(all.len(), 34);
    let hcm = regions::Entity::find_by_id("ho-chi-minh")
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(hcm.name(Locale::Vi), "Thành phố Hồ Chí Minh");
    assert_eq!(hcm.name(Locale::Ja), "ホーチミン市");

    // The cooperative tables take a full application with its texts and owner, and cascade.
    use app::backend::entities::{cooperative_members, cooperative_translations, cooperatives};
    use sea_orm::{ActiveModelTrait, ModelTrait, Set};
    let owner = app::backend::accounts::create_admin(&app.db, "owner@example.vn", "mat-ong-rung-u-minh")
        .await
        .unwrap();
    let now = chrono::Utc::now();
    let coop = cooperatives::ActiveModel {
        slug: Set("htx-mat-ong-u-minh".into()),
        status: Set(app::domain::cooperative_status::CooperativeStatus::Draft),
        legal_name_vi: Set("Hợp tác xã Mật ong U Minh".into()),
        registration_number: Set("1900123456".into()),
        region_code: Set(Some("ca-mau".into())),
        applied_locale: Set("vi".into()),
        created_by_user_id: Set(owner),
        version: Set(0),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
    cooperative_translations::ActiveModel {
        cooperative_id: Set(coop.id),
        locale: Set("en".into()),
        trading_name: Set(Some("U Minh Honey Cooperative".into())),
        description_md: Set(Some("**Wild** honey".into())),
    }
    .insert(&app.db)
    .await
    .unwrap();
    cooperative_members::ActiveModel {
        cooperative_id: Set(coop.id),
        user_id: Set(owner),
        role: Set(app::domain::cooperative_status::MemberRole::Owner),
        created_at: Set(now),
    }
    .insert(&app.db)
    .await
    .unwrap();
    coop.delete(&app.db).await.unwrap();
    assert_eq!(app.count("cooperative_translations").await, 0);
    assert_eq!(app.count("cooperative_members").await, 0);
    app.finish().await;
}

#[tokio::test]
async fn stopping_lets_in_flight_requests_finish() {
    let app = TestApp::spawn().await;
    let base = app.base.clone();
    // Headers are in, the body is still to be read when shutdown begins.
    let res = app.client().get(app.url("/vi/")).send().await.unwrap();
    let stopping = tokio::spawn(app.finish());
    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    let html = res.text().await.unwrap();
    assert!(
        html.trim_end().ends_with("</html>") || html.contains("</html>"),
        "{html}"
    );
    stopping.await.unwrap();
    assert!(
        reqwest::get(format!("{base}/healthz")).await.is_err(),
        "no longer listening"
    );
}

/// The attributes of every `<link>` tag of a page.
fn link_tags(html: &str) -> Vec<std::collections::HashMap<String, String>> {
    html.split("<link ")
        .skip(1)
        .map(|tag| {
            let tag = &tag[..tag.find('>').unwrap_or(tag.len())];
            tag.split('"')
                .collect::<Vec<_>>()
                .chunks(2)
                .filter_map(|kv| match kv {
                    [k, v] => Some((k.trim().trim_end_matches('=').to_owned(), (*v).to_owned())),
                    _ => None,
                })
                .collect()
        })
        .collect()
}

/// A status outside its enum cannot be stored, on either database; and the migration that adds
/// the guard refuses to run over rows that already break it, naming the column.
#[tokio::test]
async fn a_state_outside_its_enum_cannot_be_stored() {
    use migrations::{Migrator, MigratorTrait};
    use sea_orm::ConnectionTrait;
    let app = TestApp::spawn().await;
    app::backend::accounts::create_admin(&app.db, "admin@example.vn", "mat-ong-rung-u-minh")
        .await
        .unwrap();
    let refused = app
        .db
        .execute_unprepared("UPDATE users SET role = 'superuser'")
        .await;
    assert!(refused.is_err(), "an unknown role was stored");
    let job = |status: &str| {
        format!(
            "INSERT INTO jobs (kind, payload, status, attempts, run_at, created_at) \
             VALUES ('deliver_mail', '{{}}', '{status}', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
        )
    };
    let before = app.count("jobs").await;
    app.db
        .execute_unprepared(&job("done"))
        .await
        .expect("a known job status is stored");
    let refused = app.db.execute_unprepared(&job("lost")).await;
    assert!(refused.is_err(), "an unknown job status was stored");
    assert_eq!(app.count("jobs").await, before + 1);
    // Known values still go in.
    app.db
        .execute_unprepared("UPDATE users SET role = 'shopper'")
        .await
        .expect("a known role is stored");

    // Without the guard a bad row can be written; the migration then stops and says where.
    Migrator::down(&app.db, Some(1))
        .await
        .expect("the guard comes off");
    app.db
        .execute_unprepared("UPDATE users SET role = 'superuser'")
        .await
        .expect("unguarded");
    let err = Migrator::up(&app.db, None)
        .await
        .expect_err("the migration refuses");
    assert!(err.to_string().contains("users.role: 1 row(s)"), "{err}");
    app.db
        .execute_unprepared("UPDATE users SET role = 'admin'")
        .await
        .unwrap();
    Migrator::up(&app.db, None)
        .await
        .expect("applies once the rows are right");
    app.finish().await;
}
