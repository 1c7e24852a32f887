//! The harness itself: a test that ends without `finish` (a failed assertion, say) leaves no
//! database and no files behind.

use crate::common::TestApp;
use sea_orm::ConnectionTrait;

#[tokio::test]
async fn a_test_app_dropped_without_finish_leaves_nothing_behind() {
    let app = TestApp::spawn().await;
    assert_eq!(app.count("users").await, 0);
    let dir = app.data_dir.clone();
    let url = app.database_url.clone();
    assert!(dir.exists());
    drop(app);
    assert!(!dir.exists(), "{} is still there", dir.display());
    if let Ok(admin_url) = std::env::var("TEST_DATABASE_URL") {
        let name = url.rsplit('/').next().expect("a database name").to_owned();
        let admin = sea_orm::Database::connect(&admin_url)
            .await
            .expect("admin connection");
        let left = admin
            .query_one(sea_orm::Statement::from_sql_and_values(
                sea_orm::DatabaseBackend::Postgres,
                "SELECT COUNT(*) AS n FROM pg_database WHERE datname = $1",
                [name.clone().into()],
            ))
            .await
            .expect("query")
            .expect("a row")
            .try_get::<i64>("", "n")
            .expect("n");
        assert_eq!(left, 0, "database {name} is still there");
        admin.close().await.ok();
    }
}
