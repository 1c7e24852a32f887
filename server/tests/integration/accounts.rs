//! Accounts over HTTP: registration, login, logout, sessions, throttling, password change and reset.

use crate::common::{error_of, set_cookie, unique_email, TestApp, PASSWORD};
use reqwest::StatusCode;
use sea_orm::ConnectionTrait;

#[tokio::test]
async fn registering_logs_the_user_in_with_a_safe_cookie() {
    let app = TestApp::spawn().await;
    let client = app.client();
    let email = unique_email("lan");
    let res = app.register(&client, &email, "Chị Lan").await;
    assert_eq!(res.status(), StatusCode::OK);
    let cookie = set_cookie(res.headers(), "htx_session").expect("session cookie");
    assert!(cookie.contains("HttpOnly"), "{cookie}");
    assert!(cookie.contains("SameSite=Lax"), "{cookie}");
    assert!(!cookie.contains("Secure"), "plain http base URL: {cookie}");
    let me = app.me(&client).await.expect("logged in");
    assert_eq!(me["email"], email.as_str());
    assert_eq!(me["display_name"], "Chị Lan");
    assert_eq!(me["is_admin"], false);

    let hash: String = app
        .db
        .query_one(sea_orm::Statement::from_string(
            app.db.get_database_backend(),
            "SELECT password_hash FROM users".to_owned(),
        ))
        .await
        .unwrap()
        .unwrap()
        .try_get("", "password_hash")
        .unwrap();
    assert!(hash.starts_with("$argon2id$"), "{hash}");
    assert_eq!(app.count("audit_events").await, 1);
    app.finish().await;
}

#[tokio::test]
async fn cookies_are_secure_behind_https() {
    let app = TestApp::spawn_with(&[("PUBLIC_BASE_URL", "https://htx.example.vn")]).await;
    let client = app.client();
    // Our own pages send Sec-Fetch-Site; the public origin differs from the test address here.
    let res = client
        .post(app.url("/api/auth/register"))
        .header("sec-fetch-site", "same-origin")
        .form(&[
            ("email", "a@example.vn"),
            ("display_name", "A"),
            ("password", PASSWORD),
            ("locale", "en"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let cookie = set_cookie(res.headers(), "htx_session").unwrap();
    assert!(cookie.ends_with("; Secure"), "{cookie}");
    app.finish().await;
}

#[tokio::test]
async fn bad_registrations_change_nothing() {
    let app = TestApp::spawn().await;
    let client = app.client();
    let cases: [(&str, &str, &str, &str, &str); 4] = [
        ("not-an-email", "Minh", PASSWORD, "email", "error-email-invalid"),
        (
            "minh@example.vn",
            "Minh",
            "short",
            "password",
            "error-password-too-short",
        ),
        ("minh@example.vn", "", PASSWORD, "display_name", "error-required"),
        (
            "minh@example.vn",
            &"x".repeat(81),
            PASSWORD,
            "display_name",
            "error-name-too-long",
        ),
    ];
    for (email, name, password, field, key) in cases {
        let res = app
            .post(
                &client,
                "/api/auth/register",
                &[
                    ("email", email),
                    ("display_name", name),
                    ("password", password),
                    ("locale", "vi"),
                ],
            )
            .await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY, "{field}");
        let err = error_of(res).await;
        let fields = err["Invalid"].as_array().expect("field errors");
        assert!(
            fields.iter().any(|f| f["field"] == field && f["key"] == key),
            "{field}: {err}"
        );
    }
    assert_eq!(app.count("users").await, 0);
    assert_eq!(app.count("sessions").await, 0);
    app.finish().await;
}

#[tokio::test]
async fn an_email_registers_once_whatever_its_case() {
    let app = TestApp::spawn().await;
    let client = app.client();
    assert_eq!(
        app.register(&client, "Hoa@Example.vn", "Hoa").await.status(),
        StatusCode::OK
    );
    let res = app.register(&app.client(), "hoa@example.VN", "Hoa 2").await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let err = error_of(res).await;
    assert_eq!(err["Invalid"][0]["key"], "error-email-taken");
    assert_eq!(app.count("users").await, 1);
    app.finish().await;
}

#[tokio::test]
async fn login_rotates_the_session_and_logout_ends_it() {
    let app = TestApp::spawn().await;
    let email = unique_email("minh");
    let first = app.client();
    let reg = app.register(&first, &email, "Minh").await;
    let first_cookie = set_cookie(reg.headers(), "htx_session").unwrap();

    // Log in again from the same browser: a new session id replaces the old one.
    let res = app.login(&first, &email, PASSWORD).await;
    assert_eq!(res.status(), StatusCode::OK);
    let second_cookie = set_cookie(res.headers(), "htx_session").unwrap();
    assert_ne!(first_cookie, second_cookie);
    let old_token = first_cookie.split(';').next().unwrap().to_owned();
    let stale = app
        .client()
        .post(app.url("/api/auth/me"))
        .header("cookie", &old_token)
        .send()
        .await
        .unwrap();
    assert_eq!(
        stale.json::<serde_json::Value>().await.unwrap(),
        serde_json::Value::Null
    );
    assert_eq!(app.count("sessions").await, 1);

    // Logout deletes the session and clears the cookie.
    let res = app.post(&first, "/api/auth/logout", &[]).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(set_cookie(res.headers(), "htx_session")
        .unwrap()
        .contains("Max-Age=0"));
    assert!(app.me(&first).await.is_none());
    assert_eq!(app.count("sessions").await, 0);
    app.finish().await;
}

#[tokio::test]
async fn wrong_password_and_unknown_email_look_the_same() {
    let app = TestApp::spawn().await;
    let email = unique_email("an");
    app.register(&app.client(), &email, "An").await;
    let client = app.client();
    let wrong = app.login(&client, &email, "not-the-password").await;
    assert_eq!(wrong.status(), StatusCode::UNAUTHORIZED);
    let wrong = error_of(wrong).await;
    let unknown = app.login(&client, "nobody@example.vn", "not-the-password").await;
    assert_eq!(unknown.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(error_of(unknown).await, wrong);
    assert_eq!(wrong, serde_json::json!("InvalidCredentials"));
    assert!(app.me(&client).await.is_none());
    app.finish().await;
}

#[tokio::test]
async fn five_failures_for_one_email_lock_it_for_fifteen_minutes() {
    let app = TestApp::spawn().await;
    let email = unique_email("throttle");
    app.register(&app.client(), &email, "T").await;
    let client = app.client();
    for _ in 0..5 {
        assert_eq!(
            app.login(&client, &email, "wrong-password").await.status(),
            StatusCode::UNAUTHORIZED
        );
    }
    // Even the right password is refused now, with a message to show.
    let res = app.login(&client, &email, PASSWORD).await;
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(error_of(res).await, serde_json::json!("TooManyAttempts"));
    assert!(app.me(&client).await.is_none());

    // Once the failures are older than the window, the account opens again.
    app.db
        .execute_unprepared("UPDATE login_attempts SET created_at = '2000-01-01 00:00:00+00:00'")
        .await
        .unwrap();
    assert_eq!(
        app.login(&client, &email, PASSWORD).await.status(),
        StatusCode::OK
    );
    app.finish().await;
}

#[tokio::test]
async fn twenty_failures_from_one_address_block_it() {
    let app = TestApp::spawn().await;
    let client = app.client();
    for i in 0..20 {
        let email = format!("guess{i}@example.vn");
        assert_eq!(
            app.login(&client, &email, "wrong-password").await.status(),
            StatusCode::UNAUTHORIZED
        );
    }
    let res = app.login(&client, "another@example.vn", "wrong-password").await;
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    app.finish().await;
}

#[tokio::test]
async fn changing_the_password_ends_other_sessions() {
    let app = TestApp::spawn().await;
    let email = unique_email("doi");
    let phone = app.client();
    let laptop = app.client();
    app.register(&phone, &email, "Đời").await;
    assert_eq!(
        app.login(&laptop, &email, PASSWORD).await.status(),
        StatusCode::OK
    );

    let wrong = app
        .post(
            &phone,
            "/api/auth/change-password",
            &[
                ("current_password", "nope-nope-nope"),
                ("new_password", "a-brand-new-password"),
            ],
        )
        .await;
    assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        error_of(wrong).await["Invalid"][0]["key"],
        "error-current-password-wrong"
    );

    let short = app
        .post(
            &phone,
            "/api/auth/change-password",
            &[("current_password", PASSWORD), ("new_password", "short")],
        )
        .await;
    assert_eq!(short.status(), StatusCode::UNPROCESSABLE_ENTITY);

    let ok = app
        .post(
            &phone,
            "/api/auth/change-password",
            &[
                ("current_password", PASSWORD),
                ("new_password", "a-brand-new-password"),
            ],
        )
        .await;
    assert_eq!(ok.status(), StatusCode::OK);
    assert!(
        app.me(&phone).await.is_some(),
        "the session that changed it stays"
    );
    assert!(app.me(&laptop).await.is_none(), "other sessions end");
    assert_eq!(
        app.login(&laptop, &email, PASSWORD).await.status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        app.login(&laptop, &email, "a-brand-new-password").await.status(),
        StatusCode::OK
    );

    let anonymous = app
        .post(
            &app.client(),
            "/api/auth/change-password",
            &[
                ("current_password", PASSWORD),
                ("new_password", "whatever-whatever"),
            ],
        )
        .await;
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);
    app.finish().await;
}

/// Waits for the outbox worker to write the mail for `to` and returns the .eml text.
async fn mailed_to(app: &TestApp, to: &str) -> String {
    let dir = app.data_dir.join("outbox");
    for _ in 0..100 {
        if let Ok(entries) = std::fs::read_dir(&dir) {
            for entry in entries.flatten() {
                let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
                if text.contains(&format!("To: {to}")) {
                    return text;
                }
            }
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("no mail to {to} in {}", dir.display());
}

/// The reset token from a mail's link (quoted-printable soft breaks undone).
fn token_in(mail: &str) -> String {
    let body = mail.replace("=\r\n", "").replace("=\n", "").replace("=3D", "=");
    let start = body.find("token=").expect("link in mail") + "token=".len();
    body[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect()
}

#[tokio::test]
async fn forgotten_password_is_reset_once_through_the_mailed_link() {
    let app = TestApp::spawn().await;
    let email = unique_email("quen");
    let old_browser = app.client();
    app.register(&old_browser, &email, "Quên").await;
    let client = app.client();

    // An unknown address gets the same answer and no mail.
    let res = app
        .post(
            &client,
            "/api/auth/forgot-password",
            &[("email", "stranger@example.vn"), ("locale", "en")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(app.count("outbox_emails").await, 0);

    let res = app
        .post(
            &client,
            "/api/auth/forgot-password",
            &[("email", &email), ("locale", "en")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let mail = mailed_to(&app, &email).await;
    assert!(mail.contains("Subject: Reset your HTX Market password"), "{mail}");
    let token = token_in(&mail);
    assert_eq!(token.len(), 43, "{mail}");
    assert_eq!(app.count("outbox_emails").await, 1);

    let short = app
        .post(
            &client,
            "/api/auth/reset-password",
            &[("token", &token), ("password", "short")],
        )
        .await;
    assert_eq!(short.status(), StatusCode::UNPROCESSABLE_ENTITY);

    let ok = app
        .post(
            &client,
            "/api/auth/reset-password",
            &[("token", &token), ("password", "rung-tram-chim-2026")],
        )
        .await;
    assert_eq!(ok.status(), StatusCode::OK);
    assert!(app.me(&old_browser).await.is_none(), "a reset ends every session");

    let again = app
        .post(
            &client,
            "/api/auth/reset-password",
            &[("token", &token), ("password", "another-password-1")],
        )
        .await;
    assert_eq!(again.status(), StatusCode::CONFLICT);
    assert_eq!(error_of(again).await["Conflict"], "error-reset-token-invalid");

    assert_eq!(
        app.login(&client, &email, "rung-tram-chim-2026").await.status(),
        StatusCode::OK
    );
    app.finish().await;
}

#[tokio::test]
async fn reset_links_expire() {
    let app = TestApp::spawn().await;
    let email = unique_email("het-han");
    app.register(&app.client(), &email, "Hết hạn").await;
    let client = app.client();
    app.post(
        &client,
        "/api/auth/forgot-password",
        &[("email", &email), ("locale", "vi")],
    )
    .await;
    let mail = mailed_to(&app, &email).await;
    assert!(
        mail.contains("Subject: =?utf-8?") || mail.contains("Subject: "),
        "{mail}"
    );
    app.db
        .execute_unprepared("UPDATE password_reset_tokens SET expires_at = '2000-01-01 00:00:00+00:00'")
        .await
        .unwrap();
    let res = app
        .post(
            &client,
            "/api/auth/reset-password",
            &[("token", &token_in(&mail)), ("password", "rung-tram-chim-2026")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
    assert_eq!(
        app.login(&client, &email, PASSWORD).await.status(),
        StatusCode::OK
    );
    app.finish().await;
}

#[tokio::test]
async fn administrators_are_made_by_create_admin_only() {
    let app = TestApp::spawn().await;
    let id = app::backend::accounts::create_admin(&app.db, "admin@example.vn", "quan-tri-vien-2026")
        .await
        .expect("admin created");
    assert!(id > 0);
    let client = app.client();
    assert_eq!(
        app.login(&client, "admin@example.vn", "quan-tri-vien-2026")
            .await
            .status(),
        StatusCode::OK
    );
    assert_eq!(app.me(&client).await.unwrap()["is_admin"], true);

    // Registration never makes an administrator, whatever the form says.
    let other = app.client();
    let res = app
        .post(
            &other,
            "/api/auth/register",
            &[
                ("email", "x@example.vn"),
                ("display_name", "X"),
                ("password", PASSWORD),
                ("locale", "vi"),
                ("role", "admin"),
            ],
        )
        .await;
    assert!(res.status() == StatusCode::OK || res.status().is_client_error());
    if let Some(me) = app.me(&other).await {
        assert_eq!(me["is_admin"], false);
    }
    app.finish().await;
}

#[tokio::test]
async fn housekeeping_removes_expired_sessions_only() {
    let app = TestApp::spawn().await;
    let client = app.client();
    app.register(&client, &unique_email("old"), "Old").await;
    app.register(&app.client(), &unique_email("new"), "New").await;
    app.db
        .execute_unprepared(
            "UPDATE sessions SET expires_at = '2000-01-01 00:00:00+00:00' WHERE id = (SELECT MIN(id) FROM sessions)",
        )
        .await
        .unwrap();
    let removed = app::backend::maintenance::purge_expired(&app.db).await.unwrap();
    assert_eq!(removed, 1);
    assert_eq!(app.count("sessions").await, 1);
    app.finish().await;
}
