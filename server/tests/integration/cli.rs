//! The `server` binary as an operator uses it: help, configuration errors, create-admin, and a clean
//! stop on SIGTERM.

use crate::common;

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_server");

fn temp_dir() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("htx-cli-{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn help_lists_the_commands() {
    let out = Command::new(BIN).arg("--help").output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    for cmd in ["serve", "migrate", "create-admin"] {
        assert!(text.contains(cmd), "{text}");
    }
}

#[test]
fn a_bad_setting_stops_start_up_with_one_clear_line() {
    let out = Command::new(BIN)
        .arg("migrate")
        .env("DATABASE_URL", "mysql://root@localhost/htx")
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
    assert!(stderr.starts_with("error: DATABASE_URL: "), "{stderr}");

    let out = Command::new(BIN)
        .env("PUBLIC_BASE_URL", "htx.example.vn")
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("error: PUBLIC_BASE_URL: "));
}

fn create_admin(dir: &std::path::Path, db: &str, email: &str, password: &str) -> std::process::Output {
    let mut child = Command::new(BIN)
        .args(["create-admin", "--email", email])
        .env("DATA_DIR", dir)
        .env("DATABASE_URL", db)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(format!("{password}\n").as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

#[tokio::test]
async fn create_admin_reads_the_password_from_stdin() {
    let dir = temp_dir();
    let scratch = common::fresh_database(&dir).await;
    let db = scratch.url.clone();
    let short = create_admin(&dir, &db, "admin@example.vn", "short");
    assert!(!short.status.success());
    assert!(String::from_utf8_lossy(&short.stderr).contains("at least 10 characters"));

    let ok = create_admin(&dir, &db, "admin@example.vn", "quan-tri-vien-2026");
    assert!(ok.status.success(), "{}", String::from_utf8_lossy(&ok.stderr));
    assert!(String::from_utf8_lossy(&ok.stdout).contains("administrator admin@example.vn ready"));

    let conn = sea_orm::Database::connect(&db).await.unwrap();
    use app::backend::entities::users;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let admin = users::Entity::find()
        .filter(users::Column::Email.eq("admin@example.vn"))
        .one(&conn)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(admin.role, app::domain::Role::Admin);
    conn.close().await.ok();
}

#[test]
fn sigterm_stops_the_server_cleanly() {
    let dir = temp_dir();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut child = Command::new(BIN)
        .arg("serve")
        .env("DATA_DIR", &dir)
        .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
        .env("RUST_LOG", "info")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    loop {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "server did not start"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let stopped = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(status.success(), "exit status {status}");
            break;
        }
        assert!(
            stopped.elapsed() < Duration::from_secs(10),
            "server did not stop on SIGTERM"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let out = child.wait_with_output().unwrap();
    let logs = String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(logs.contains("shutting down"), "{logs}");
}
