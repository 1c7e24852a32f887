//! Helpers for tests about cooperatives: users, administrators, applications, uploads, decisions.

use super::{unique_email, TestApp, PASSWORD};
use reqwest::multipart::{Form, Part};
use reqwest::{Client, StatusCode};
use sea_orm::{ConnectionTrait, Statement};

pub const PDF: &[u8] = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n";
pub const EXE: &[u8] =
    b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00This program cannot be run";

/// A logged-in user's client.
pub async fn member(app: &TestApp, tag: &str) -> (Client, String) {
    let client = app.client();
    let email = unique_email(tag);
    let res = app.register(&client, &email, "Chị Lan").await;
    assert_eq!(res.status(), StatusCode::OK, "register");
    (client, email)
}

/// An administrator's logged-in client.
pub async fn admin(app: &TestApp) -> Client {
    let email = unique_email("admin");
    app::backend::accounts::create_admin(&app.db, &email, PASSWORD)
        .await
        .expect("admin");
    let client = app.client();
    assert_eq!(
        app.login(&client, &email, PASSWORD).await.status(),
        StatusCode::OK
    );
    client
}

pub fn complete_fields(name: &str) -> Vec<(String, String)> {
    [
        ("legal_name_vi", name),
        ("registration_number", "1900 123 456"),
        ("region_code", "ca-mau"),
        ("address", "Ấp 3, xã Khánh An, Cà Mau"),
        ("year_founded", "2012"),
        ("member_count", "27"),
        ("legal_representative", "Nguyễn Văn Ba"),
        ("contact_phone", "0912 345 678"),
        ("contact_email", "lienhe@matong.example.vn"),
        ("trading_name_vi", name),
        ("trading_name_en", "U Minh Forest Honey"),
        (
            "description_vi",
            "Mật ong **rừng tràm** U Minh. <script>alert('x')</script>",
        ),
    ]
    .into_iter()
    .map(|(k, v)| (format!("fields[{k}]"), v.to_owned()))
    .collect()
}

/// Saves an application (new when `id` is None) and returns its id, or the error response.
pub async fn save(
    app: &TestApp,
    client: &Client,
    id: Option<(i64, i64)>,
    fields: &[(String, String)],
    extra: &[(&str, &str)],
) -> reqwest::Response {
    let mut form: Vec<(String, String)> = fields.to_vec();
    form.push(("locale".into(), "en".into()));
    if let Some((id, version)) = id {
        form.push(("id".into(), id.to_string()));
        form.push(("version".into(), version.to_string()));
    }
    for (k, v) in extra {
        form.push(((*k).into(), (*v).into()));
    }
    client
        .post(app.url("/api/coops/save"))
        .header("origin", &app.base)
        .header("accept", "application/json")
        .form(&form)
        .send()
        .await
        .expect("request")
}

pub async fn create(app: &TestApp, client: &Client, name: &str) -> i64 {
    let res = save(app, client, None, &complete_fields(name), &[]).await;
    assert_eq!(res.status(), StatusCode::OK, "save: {:?}", res.text().await);
    res.json::<i64>().await.expect("id")
}

pub async fn application(app: &TestApp, client: &Client, id: i64) -> reqwest::Response {
    app.post(
        client,
        "/api/coops/application",
        &[("id", &id.to_string()), ("locale", "en")],
    )
    .await
}

pub async fn version(app: &TestApp, client: &Client, id: i64) -> i64 {
    let res = application(app, client, id).await;
    assert_eq!(res.status(), StatusCode::OK);
    res.json::<serde_json::Value>().await.unwrap()["version"]
        .as_i64()
        .unwrap()
}

pub async fn upload(app: &TestApp, client: &Client, id: i64, name: &str, bytes: &[u8]) -> reqwest::Response {
    let form = Form::new()
        .text("locale", "en")
        .text("kind", "registration")
        .part("file", Part::bytes(bytes.to_vec()).file_name(name.to_owned()));
    client
        .post(app.url(&format!("/uploads/cooperatives/{id}/documents")))
        .header("origin", &app.base)
        .header("accept", "application/json")
        .multipart(form)
        .send()
        .await
        .expect("upload")
}

pub async fn decide(
    app: &TestApp,
    client: &Client,
    id: i64,
    action: &str,
    reason: Option<&str>,
) -> reqwest::Response {
    let v = version(app, client, id).await.to_string();
    let id = id.to_string();
    let mut form = vec![
        ("cooperative_id", id.as_str()),
        ("version", v.as_str()),
        ("action", action),
    ];
    if let Some(r) = reason {
        form.push(("reason", r));
    }
    app.post(client, "/api/coops/decide", &form).await
}

pub fn field_keys(err: &serde_json::Value) -> Vec<(String, String)> {
    err["Invalid"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|e| {
                    (
                        e["field"].as_str().unwrap().to_owned(),
                        e["key"].as_str().unwrap().to_owned(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

pub async fn get(client: &Client, url: String) -> reqwest::Response {
    client.get(url).send().await.expect("get")
}

pub async fn slug_of(app: &TestApp, id: i64) -> String {
    let row = app
        .db
        .query_one(Statement::from_string(
            app.db.get_database_backend(),
            format!("SELECT slug FROM cooperatives WHERE id = {id}"),
        ))
        .await
        .unwrap()
        .unwrap();
    row.try_get::<String>("", "slug").unwrap()
}

/// An approved cooperative owned by a new user: (owner's client, cooperative id, slug).
pub async fn approved_coop(app: &TestApp, admin: &Client, name: &str) -> (Client, i64, String) {
    let (owner, _) = member(app, "owner").await;
    let id = create(app, &owner, name).await;
    assert_eq!(
        upload(app, &owner, id, "cert.pdf", PDF).await.status(),
        StatusCode::CREATED
    );
    assert_eq!(
        decide(app, &owner, id, "submit", None).await.status(),
        StatusCode::OK
    );
    assert_eq!(
        decide(app, admin, id, "approve", None).await.status(),
        StatusCode::OK
    );
    let slug = slug_of(app, id).await;
    (owner, id, slug)
}
