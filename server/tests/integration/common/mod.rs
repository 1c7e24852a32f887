//! Test harness: boots the real server on a random port with a fresh database (SQLite in a temporary
//! directory, or a new PostgreSQL database when TEST_DATABASE_URL is set) and talks to it over HTTP.
#![allow(dead_code)]

pub mod coops;
pub mod shop;

use reqwest::header::HeaderMap;
use reqwest::{Client, Response, StatusCode};
use sea_orm::{ConnectionTrait, DatabaseConnection};
use server::config::Config;
use server::run::{start, Running};
use std::collections::HashMap;
use std::path::PathBuf;
use tokio::net::TcpListener;

pub const PASSWORD: &str = "mat-ong-rung-u-minh";

pub struct TestApp {
    pub base: String,
    pub db: DatabaseConnection,
    pub data_dir: PathBuf,
    /// The server's database, for a connection of a test's own.
    pub database_url: String,
    running: Option<Running>,
    /// Declared last: dropped after the server has gone.
    scratch: ScratchDatabase,
}

fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// A database of one test's own, dropped with this value: a new PostgreSQL database when
/// TEST_DATABASE_URL is set, or a SQLite file in the test's directory.
pub struct ScratchDatabase {
    pub url: String,
    /// The admin URL and the database's name, on PostgreSQL.
    pg: Option<(String, String)>,
}

/// A fresh database for a test (see `ScratchDatabase`).
pub async fn fresh_database(dir: &std::path::Path) -> ScratchDatabase {
    match std::env::var("TEST_DATABASE_URL").ok().filter(|s| !s.is_empty()) {
        Some(admin_url) => {
            let name = format!("htx_test_{}", uuid::Uuid::new_v4().simple());
            let admin = sea_orm::Database::connect(&admin_url)
                .await
                .expect("TEST_DATABASE_URL must reach PostgreSQL");
            admin
                .execute_unprepared(&format!("CREATE DATABASE {name}"))
                .await
                .expect("create test database");
            admin.close().await.ok();
            let mut url = url::Url::parse(&admin_url).expect("TEST_DATABASE_URL is a URL");
            url.set_path(&format!("/{name}"));
            ScratchDatabase {
                url: url.to_string(),
                pg: Some((admin_url, name)),
            }
        }
        None => ScratchDatabase {
            url: format!("sqlite://{}?mode=rwc", dir.join("htx.db").display()),
            pg: None,
        },
    }
}

/// However the test ends (a failed assertion included), its PostgreSQL database goes. Drop cannot
/// await, so the database is dropped from a thread with a runtime of its own.
impl Drop for ScratchDatabase {
    fn drop(&mut self) {
        let Some((admin_url, name)) = self.pg.take() else {
            return;
        };
        let cleanup = std::thread::spawn(move || {
            let Ok(rt) = tokio::runtime::Builder::new_current_thread().enable_all().build() else {
                return;
            };
            rt.block_on(async {
                if let Ok(admin) = sea_orm::Database::connect(&admin_url).await {
                    let _ = admin
                        .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                        .await;
                    admin.close().await.ok();
                }
            });
        });
        let _ = cleanup.join();
    }
}

impl TestApp {
    /// Starts a server with default settings.
    pub async fn spawn() -> TestApp {
        TestApp::spawn_with(&[]).await
    }

    /// Starts a server with extra environment settings.
    pub async fn spawn_with(extra: &[(&str, &str)]) -> TestApp {
        let data_dir = std::env::temp_dir().join(format!("htx-test-{}", uuid::Uuid::new_v4().simple()));
        std::fs::create_dir_all(&data_dir).expect("temp dir");
        let scratch = fresh_database(&data_dir).await;
        let database_url = scratch.url.clone();
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        let base = format!("http://{addr}");
        let mut vars: HashMap<String, String> = HashMap::from([
            ("DATABASE_URL".into(), database_url.clone()),
            ("DATA_DIR".into(), data_dir.display().to_string()),
            ("PUBLIC_BASE_URL".into(), base.clone()),
            ("LEPTOS_SITE_ADDR".into(), addr.to_string()),
            (
                "LEPTOS_SITE_ROOT".into(),
                workspace_root().join("target/site").display().to_string(),
            ),
        ]);
        for (k, v) in extra {
            vars.insert((*k).into(), (*v).into());
        }
        let config = Config::from_lookup(|k| vars.get(k).cloned()).expect("test config");
        let running = start(config, listener).await.expect("server starts");
        let db = running.state.db.clone();
        TestApp {
            base,
            db,
            data_dir,
            database_url,
            running: Some(running),
            scratch,
        }
    }

    /// A browser-like client: keeps cookies, does not follow redirects.
    pub fn client(&self) -> Client {
        Client::builder()
            .cookie_store(true)
            .timeout(std::time::Duration::from_secs(15))
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("client")
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    /// POSTs a form to a server function as our own pages do (same Origin).
    pub async fn post(&self, client: &Client, path: &str, form: &[(&str, &str)]) -> Response {
        client
            .post(self.url(path))
            .header("origin", &self.base)
            .header("accept", "application/json")
            .form(form)
            .send()
            .await
            .expect("request")
    }

    pub async fn register(&self, client: &Client, email: &str, name: &str) -> Response {
        self.post(
            client,
            "/api/auth/register",
            &[
                ("email", email),
                ("display_name", name),
                ("password", PASSWORD),
                ("locale", "vi"),
            ],
        )
        .await
    }

    pub async fn login(&self, client: &Client, email: &str, password: &str) -> Response {
        self.post(
            client,
            "/api/auth/login",
            &[("email", email), ("password", password)],
        )
        .await
    }

    /// The current user as the server sees this client (None when logged out).
    pub async fn me(&self, client: &Client) -> Option<serde_json::Value> {
        let res = self.post(client, "/api/auth/me", &[]).await;
        assert_eq!(res.status(), StatusCode::OK);
        let v: serde_json::Value = res.json().await.expect("json");
        (!v.is_null()).then_some(v)
    }

    /// Waits (up to 20 s) until the background jobs due so far have run, so that a test measures
    /// the state they leave rather than racing them.
    pub async fn settle(&self) {
        use app::backend::entities::jobs;
        use app::domain::work::JobStatus;
        use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
        for _ in 0..200 {
            let busy = jobs::Entity::find()
                .filter(jobs::Column::Status.is_in([JobStatus::Pending, JobStatus::Running]))
                .filter(jobs::Column::RunAt.lte(chrono::Utc::now()))
                .count(&self.db)
                .await
                .expect("jobs query");
            if busy == 0 {
                return;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        panic!("background jobs did not finish within 20 s");
    }

    pub async fn count(&self, table: &str) -> i64 {
        let row = self
            .db
            .query_one(sea_orm::Statement::from_string(
                self.db.get_database_backend(),
                format!("SELECT COUNT(*) AS n FROM {table}"),
            ))
            .await
            .expect("count query")
            .expect("a row");
        row.try_get::<i64>("", "n").expect("n")
    }

    /// Stops the server cleanly (and checks that it does); the database and files go on drop.
    pub async fn finish(mut self) {
        if let Some(r) = self.running.take() {
            r.stop().await.expect("clean stop");
        }
        self.db.clone().close().await.ok();
    }
}

/// A test that fails before `finish` still leaves nothing behind (the database goes with
/// `scratch`).
impl Drop for TestApp {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.data_dir);
    }
}

/// The error body of a server function: its variant name and the field errors, if any.
pub async fn error_of(res: Response) -> serde_json::Value {
    res.json().await.expect("error json")
}

/// The session cookie set by a response, if any.
pub fn set_cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with(&format!("{name}=")))
        .map(str::to_owned)
}

pub fn unique_email(tag: &str) -> String {
    format!("{tag}-{}@example.vn", uuid::Uuid::new_v4().simple())
}
