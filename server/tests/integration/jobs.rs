//! Background jobs: queued by type inside the caller's transaction, run by the server's worker, and a
//! row of a kind no worker knows kept and reported instead of dropped.

use crate::common::TestApp;
use app::backend::jobs::{self, Job};
use app::backend::mail::DeliverMail;
use sea_orm::{ConnectionTrait, Statement};
use std::time::Duration;

/// The row of job `id`: (kind, payload, status, attempts, last error).
async fn job_row(app: &TestApp, id: i64) -> (String, String, String, i32, Option<String>) {
    let row = app
        .db
        .query_one(Statement::from_string(
            app.db.get_database_backend(),
            format!("SELECT kind, payload, status, attempts, last_error FROM jobs WHERE id = {id}"),
        ))
        .await
        .expect("query")
        .expect("the job's row");
    (
        row.try_get("", "kind").expect("kind"),
        row.try_get("", "payload").expect("payload"),
        row.try_get("", "status").expect("status"),
        row.try_get("", "attempts").expect("attempts"),
        row.try_get("", "last_error").expect("last_error"),
    )
}

/// Waits (at most 10 s) until the worker has tried job `id` at least once.
async fn tried(app: &TestApp, id: i64) -> (String, String, String, i32, Option<String>) {
    for _ in 0..100 {
        let row = job_row(app, id).await;
        if row.3 > 0 && row.2 != "running" {
            return row;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the worker never ran job {id}");
}

/// A job type of a newer release that this server's registry does not hold.
#[derive(serde::Serialize, serde::Deserialize)]
struct WeeklyReport {}

impl Job for WeeklyReport {
    const KIND: &'static str = "report.weekly";

    async fn run(self, _: &jobs::JobContext) -> Result<(), String> {
        Err("never run by this server".into())
    }
}

#[tokio::test]
async fn typed_jobs_run_and_unknown_kinds_are_kept_for_a_worker_that_knows_them() {
    let app = TestApp::spawn().await;

    // A typed job is stored under its name with its payload as JSON, as rows queued before were.
    let id = jobs::enqueue(&app.db, &DeliverMail { id: 987_654 }, chrono::Utc::now())
        .await
        .expect("enqueue");
    let (kind, payload, status, attempts, error) = tried(&app, id).await;
    assert_eq!(kind, DeliverMail::KIND);
    assert_eq!(kind, "mail.deliver");
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&payload).expect("json"),
        serde_json::json!({ "id": 987_654 })
    );
    // It reached the mail code, whose answer is on the row, and will be tried again.
    assert_eq!(
        (status.as_str(), attempts, error.as_deref()),
        ("pending", 1, Some("outbox mail 987654 does not exist"))
    );

    // A kind this worker does not know (a newer instance's, during a deploy): not done, not dropped,
    // the reason on the row, tried again later.
    let unknown = jobs::enqueue(&app.db, &WeeklyReport {}, chrono::Utc::now())
        .await
        .expect("enqueue");
    let (_, _, status, attempts, error) = tried(&app, unknown).await;
    assert_eq!(status, "pending", "kept for another try");
    assert_eq!(attempts, 1);
    assert_eq!(error.as_deref(), Some("unknown job kind report.weekly"));

    // Every job type the server runs has one name.
    let kinds: Vec<&str> = server::run::job_registry().kinds().collect();
    assert_eq!(
        kinds,
        [
            "mail.deliver",
            "photo.process",
            "search.sync",
            "checkout.expire",
            "payment.refund"
        ]
    );
    app.finish().await;
}
