//! Checkout benchmark: the marketplace (this build, in-process, with its job worker) on a fresh
//! database with the demo catalog, and 32 concurrent buyers (BUYERS to change) for 20 s (SECONDS).
//! Each buyer, as a new guest, adds two products of different cooperatives, asks for the summary,
//! and places the order (cash on delivery) — one checkout holding two orders, with stock reserved.
//! Prints checkouts per second and the latency of placing the order (p50/p95/p99), then checks
//! that every unit sold was taken from stock exactly once.
//!
//!   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres cargo bench -p server --bench checkout
//!   cargo bench -p server --bench checkout        # SQLite

use reqwest::Client;
use sea_orm::{ConnectionTrait, Statement};
use server::config::Config;
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::net::TcpListener;

/// Units given to every variant, so the run measures checkouts rather than sell-outs.
const STOCK: i64 = 1_000_000;

fn env_or(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

#[tokio::main]
async fn main() {
    let buyers = env_or("BUYERS", 32) as usize;
    let seconds = env_or("SECONDS", 20);
    let dir = std::env::temp_dir().join(format!("htx-bench-{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let (database_url, pg) = match std::env::var("BENCH_DATABASE_URL").ok().filter(|s| !s.is_empty()) {
        Some(admin_url) => {
            let name = format!("htx_bench_{}", uuid::Uuid::new_v4().simple());
            let admin = sea_orm::Database::connect(&admin_url).await.expect("PostgreSQL");
            admin
                .execute_unprepared(&format!("CREATE DATABASE {name}"))
                .await
                .expect("create database");
            let mut url = url::Url::parse(&admin_url).expect("URL");
            url.set_path(&format!("/{name}"));
            (url.to_string(), Some((admin_url, name)))
        }
        None => (
            format!("sqlite://{}?mode=rwc", dir.join("htx.db").display()),
            None,
        ),
    };
    let backend = if pg.is_some() { "postgresql" } else { "sqlite" };
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    let base = format!("http://{addr}");
    let vars: HashMap<&str, String> = HashMap::from([
        ("DATABASE_URL", database_url),
        ("DATA_DIR", dir.display().to_string()),
        ("PUBLIC_BASE_URL", base.clone()),
        ("LEPTOS_SITE_ADDR", addr.to_string()),
    ]);
    let config = Config::from_lookup(|k| vars.get(k).cloned()).expect("config");
    let running = server::run::start(config, listener).await.expect("server starts");
    let db = running.state.db.clone();
    server::demo::seed(&db, &running.state.files)
        .await
        .expect("demo catalog");
    db.execute_unprepared(&format!("UPDATE product_variants SET stock = {STOCK}"))
        .await
        .expect("stock");

    // One variant of each published product of the cooperatives that take cash on delivery,
    // grouped by cooperative.
    let rows = db
        .query_all(Statement::from_string(
            db.get_database_backend(),
            "SELECT MIN(v.id) AS variant, p.cooperative_id AS coop FROM product_variants v \
             JOIN products p ON p.id = v.product_id WHERE p.status = 'published' \
             AND p.cooperative_id NOT IN (SELECT cooperative_id FROM shipping_rules WHERE NOT cod_enabled) \
             GROUP BY p.id, p.cooperative_id ORDER BY p.id"
                .to_owned(),
        ))
        .await
        .expect("variants");
    let mut by_coop: HashMap<i64, Vec<i64>> = HashMap::new();
    for r in rows {
        let v: i64 = r.try_get("", "variant").expect("variant");
        let c: i64 = r.try_get("", "coop").expect("coop");
        by_coop.entry(c).or_default().push(v);
    }
    let coops: Vec<Vec<i64>> = by_coop.into_values().collect();
    assert!(coops.len() >= 2, "the demo catalog has several cooperatives");
    let coops = Arc::new(coops);

    println!(
        "checkout bench: {backend}, {buyers} buyers, {seconds} s, {} cooperatives",
        coops.len()
    );
    let stop = Arc::new(AtomicBool::new(false));
    let started = Instant::now();
    let mut tasks = vec![];
    for b in 0..buyers {
        let (base, coops, stop) = (base.clone(), coops.clone(), stop.clone());
        tasks.push(tokio::spawn(async move {
            let mut latencies = vec![];
            let mut failures = 0u64;
            let mut n = b;
            while !stop.load(Ordering::Relaxed) {
                n += buyers;
                match buy(&base, &coops, n).await {
                    Ok(took) => latencies.push(took),
                    Err(e) => {
                        failures += 1;
                        if failures <= 3 {
                            eprintln!("buyer {b}: {e}");
                        }
                    }
                }
            }
            (latencies, failures)
        }));
    }
    tokio::time::sleep(Duration::from_secs(seconds)).await;
    stop.store(true, Ordering::Relaxed);
    let mut latencies = vec![];
    let mut failures = 0;
    for t in tasks {
        let (l, f) = t.await.expect("buyer");
        latencies.extend(l);
        failures += f;
    }
    let elapsed = started.elapsed().as_secs_f64();
    latencies.sort();
    let pct = |p: f64| {
        latencies
            .get(((latencies.len() as f64 * p).ceil() as usize).saturating_sub(1))
            .map(|d| d.as_secs_f64() * 1000.0)
            .unwrap_or(0.0)
    };
    println!(
        "{backend:<10} {buyers} buyers  {:>7.1} checkouts/s  place order p50 {:>7.2} ms  p95 {:>7.2} ms  p99 {:>7.2} ms  ({} checkouts, {failures} failed)",
        latencies.len() as f64 / elapsed,
        pct(0.50),
        pct(0.95),
        pct(0.99),
        latencies.len()
    );

    // Every unit ordered was taken from stock exactly once.
    let one = |sql: &str| {
        let db = db.clone();
        let sql = sql.to_owned();
        async move {
            let row = db
                .query_one(Statement::from_string(db.get_database_backend(), sql))
                .await
                .expect("query")
                .expect("row");
            row.try_get::<i64>("", "n").expect("n")
        }
    };
    let sold = one("SELECT CAST(COALESCE(SUM(quantity), 0) AS BIGINT) AS n FROM order_items").await;
    let taken = one(&format!(
        "SELECT CAST(SUM({STOCK} - stock) AS BIGINT) AS n FROM product_variants WHERE stock <= {STOCK}"
    ))
    .await;
    let checkouts = one("SELECT COUNT(*) AS n FROM checkouts").await;
    println!("units ordered {sold}, units taken from stock {taken}, checkouts {checkouts}");
    assert_eq!(sold, taken, "stock and orders agree");
    assert_eq!(
        checkouts as usize,
        latencies.len(),
        "one checkout per successful purchase"
    );

    running.stop().await.ok();
    db.close().await.ok();
    if let Some((admin_url, name)) = pg {
        if let Ok(admin) = sea_orm::Database::connect(&admin_url).await {
            let _ = admin
                .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                .await;
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// One purchase by a new guest: add two products of two cooperatives, get the summary, place the
/// order. Returns how long placing the order took.
async fn buy(base: &str, coops: &[Vec<i64>], n: usize) -> Result<Duration, String> {
    let client = Client::builder()
        .cookie_store(true)
        .timeout(Duration::from_secs(30))
        .build()
        .map_err(|e| e.to_string())?;
    let post = |path: &str, form: Vec<(String, String)>| {
        client
            .post(format!("{base}{path}"))
            .header("origin", base)
            .header("accept", "application/json")
            .form(&form)
            .send()
    };
    let a = &coops[n % coops.len()];
    let b = &coops[(n + 1) % coops.len()];
    for variant in [a[n % a.len()], b[(n / 2) % b.len()]] {
        let res = post(
            "/api/shop/add",
            vec![
                ("variant_id".into(), variant.to_string()),
                ("quantity".into(), "1".into()),
            ],
        )
        .await
        .map_err(|e| e.to_string())?;
        if !res.status().is_success() {
            return Err(format!("add: {}", res.status()));
        }
    }
    let quote: serde_json::Value = post(
        "/api/shop/quote",
        vec![
            ("country".into(), "VN".into()),
            ("region_code".into(), "ha-noi".into()),
            ("locale".into(), "vi".into()),
        ],
    )
    .await
    .map_err(|e| e.to_string())?
    .json()
    .await
    .map_err(|e| e.to_string())?;
    let total = quote["total_vnd"].as_i64().ok_or("no total")?;
    let fields = [
        ("email", "bench@example.vn".to_owned()),
        ("phone", "0912345678".into()),
        ("recipient", "Nguyễn Văn Bench".into()),
        ("country", "VN".into()),
        ("region_code", "ha-noi".into()),
        ("ward", "00070".into()),
        ("street", "1 Tràng Tiền".into()),
        ("payment_method", "cod".into()),
        ("idempotency_key", uuid::Uuid::new_v4().to_string()),
        ("expected_total", total.to_string()),
    ];
    let mut form: Vec<(String, String)> = fields
        .into_iter()
        .map(|(k, v)| (format!("fields[{k}]"), v))
        .collect();
    form.push(("locale".into(), "vi".into()));
    let started = Instant::now();
    let res = post("/api/shop/place", form).await.map_err(|e| e.to_string())?;
    let took = started.elapsed();
    if res.status().is_success() {
        Ok(took)
    } else {
        Err(format!(
            "place: {} {}",
            res.status(),
            res.text().await.unwrap_or_default()
        ))
    }
}
