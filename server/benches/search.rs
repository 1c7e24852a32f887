//! Search benchmark: 100,000 generated products in five locales (BENCH_DOCS to change), indexed
//! by the embedded engine — or by Meilisearch when MEILI_URL is set — then a mixed query set (one
//! word, two words, typos, no tone marks, CJK, filtered and faceted) with 1 and with 32 concurrent
//! clients. Prints index build time and size, latency p50/p95/p99 inside the engine, and the
//! process's memory.
//!
//!   cargo bench -p server --bench search
//!   MEILI_URL=http://127.0.0.1:7700 cargo bench -p server --bench search

use app::backend::search::embedded::EmbeddedEngine;
use app::backend::search::meili::MeiliEngine;
use app::backend::search::{DocBatches, Engine, Filters, SearchDoc, SearchError, SearchRequest, Sort};
use app::i18n::Locale;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// (vi, en, zh-CN, ja, ko) names of product kinds, with their category chain.
const KINDS: [([&str; 5], &[&str]); 12] = [
    (["Mật ong", "honey", "蜂蜜", "はちみつ", "꿀"], &["honey", "food"]),
    (
        ["Nước mắm", "fish sauce", "鱼露", "ヌクマム", "피시소스"],
        &["fish-sauce", "sauces-spices", "food"],
    ),
    (["Trà", "tea", "茶", "お茶", "차"], &["tea", "beverages"]),
    (
        ["Cà phê", "coffee", "咖啡", "コーヒー", "커피"],
        &["coffee", "beverages"],
    ),
    (["Gạo", "rice", "大米", "米", "쌀"], &["rice-grains", "food"]),
    (
        ["Hạt điều", "cashew nuts", "腰果", "カシューナッツ", "캐슈넛"],
        &["dried-fruit-nuts", "food"],
    ),
    (
        ["Long nhãn", "dried longan", "龙眼干", "乾燥竜眼", "말린 용안"],
        &["dried-fruit-nuts", "food"],
    ),
    (
        ["Quế", "cinnamon", "肉桂", "シナモン", "계피"],
        &["spices", "sauces-spices", "food"],
    ),
    (
        ["Đường phèn", "rock sugar", "冰糖", "氷砂糖", "얼음설탕"],
        &["food"],
    ),
    (
        ["Giỏ tre", "bamboo basket", "竹篮", "竹かご", "대나무 바구니"],
        &["bamboo-rattan", "handicrafts"],
    ),
    (
        [
            "Bình gốm",
            "pottery vase",
            "陶瓷花瓶",
            "陶器の花瓶",
            "도자기 화병",
        ],
        &["pottery", "handicrafts"],
    ),
    (
        ["Khăn lụa", "silk scarf", "丝巾", "シルクスカーフ", "실크 스카프"],
        &["silk-textiles", "handicrafts"],
    ),
];

/// Places of origin, with their province code.
const PLACES: [([&str; 5], &str); 10] = [
    (["U Minh", "U Minh", "乌明", "ウーミン", "우민"], "ca-mau"),
    (
        ["Phú Quốc", "Phu Quoc", "富国", "フーコック", "푸꾸옥"],
        "an-giang",
    ),
    (["Hà Giang", "Ha Giang", "河江", "ハザン", "하장"], "tuyen-quang"),
    (["Đắk Lắk", "Dak Lak", "多乐", "ダクラク", "닥락"], "dak-lak"),
    (["Bến Tre", "Ben Tre", "槟椥", "ベンチェ", "벤쩨"], "vinh-long"),
    (["Hưng Yên", "Hung Yen", "兴安", "フンイエン", "흥옌"], "hung-yen"),
    (
        ["Quảng Ngãi", "Quang Ngai", "广义", "クアンガイ", "꽝응아이"],
        "quang-ngai",
    ),
    (["Bát Tràng", "Bat Trang", "钵场", "バッチャン", "밧짱"], "ha-noi"),
    (["Vạn Phúc", "Van Phuc", "万福", "ヴァンフック", "반푹"], "ha-noi"),
    (["Lâm Đồng", "Lam Dong", "林同", "ラムドン", "럼동"], "lam-dong"),
];

const STYLES: [[&str; 5]; 4] = [
    ["thượng hạng", "premium", "特级", "特級", "프리미엄"],
    ["hữu cơ", "organic", "有机", "有機", "유기농"],
    ["truyền thống", "traditional", "传统", "伝統", "전통"],
    ["nguyên chất", "pure", "纯正", "純", "순수"],
];

fn doc(n: usize) -> SearchDoc {
    let (kind, categories) = KINDS[n % KINDS.len()];
    let (place, region) = PLACES[(n / KINDS.len()) % PLACES.len()];
    let style = STYLES[(n / 7) % STYLES.len()];
    let names = (0..5)
        .map(|l| match l {
            0 => format!("{} {} {} lô {}", kind[0], place[0], style[0], n % 997),
            1 => format!(
                "{} {} {} from {} no. {}",
                style[1],
                place[1],
                kind[1],
                place[1],
                n % 997
            ),
            _ => format!("{}{}{} {}", place[l], style[l], kind[l], n % 997),
        })
        .collect();
    let descriptions = vec![
        format!(
            "{} {} do hợp tác xã sản xuất theo phương pháp {}.",
            kind[0], place[0], style[0]
        ),
        format!("{} {} made by a cooperative, {}.", place[1], kind[1], style[1]),
        format!("{}合作社生产的{}{}。", place[2], style[2], kind[2]),
        format!("{}の協同組合が作る{}{}です。", place[3], style[3], kind[3]),
        format!("{} 협동조합이 만든 {} {}입니다.", place[4], style[4], kind[4]),
    ];
    SearchDoc {
        id: n as i64 + 1,
        names,
        descriptions,
        context: vec![format!("Hợp tác xã {} {}", kind[0], place[0])],
        categories: categories.iter().map(|c| (*c).to_owned()).collect(),
        region: Some(region.to_owned()),
        cooperative: format!("htx-{}", n % 400),
        ocop_stars: [0, 3, 4, 5][(n / KINDS.len()) % 4],
        certifications: match n % 5 {
            0 => vec!["ocop".into(), "vietgap".into()],
            1 => vec!["ocop".into()],
            2 => vec!["organic".into()],
            _ => vec![],
        },
        price_min: 30_000 + (n as i64 * 7_919) % 900_000,
        in_stock: !n.is_multiple_of(9),
        published_at: 1_700_000_000 + n as i64,
    }
}

struct Generated {
    next: usize,
    total: usize,
}

#[async_trait::async_trait]
impl DocBatches for Generated {
    async fn next_batch(&mut self) -> Result<Option<Vec<SearchDoc>>, SearchError> {
        if self.next >= self.total {
            return Ok(None);
        }
        let end = (self.next + 2_000).min(self.total);
        let batch = (self.next..end).map(doc).collect();
        self.next = end;
        Ok(Some(batch))
    }
}

fn queries() -> Vec<(&'static str, SearchRequest)> {
    let base = |q: &str| SearchRequest {
        q: q.to_owned(),
        locale: Locale::Vi,
        filters: Filters::default(),
        sort: Sort::Relevance,
        page: 1,
        per_page: 24,
    };
    vec![
        ("one word", base("honey")),
        ("one word vi", base("trà")),
        ("two words", base("mật ong")),
        ("two words en", base("fish sauce")),
        ("typo", base("nuoc mam phu quco")),
        ("typo en", base("cinamon")),
        ("no tone marks", base("duong phen quang ngai")),
        ("no tone marks 2", base("ca phe dak lak")),
        ("CJK zh", base("蜂蜜")),
        ("CJK ja", base("コーヒー")),
        ("CJK ko", base("꿀")),
        (
            "filtered",
            SearchRequest {
                filters: Filters {
                    category: Some("food".into()),
                    min_stars: Some(4),
                    in_stock: true,
                    ..Filters::default()
                },
                ..base("mat ong")
            },
        ),
        (
            "faceted browse, by price",
            SearchRequest {
                filters: Filters {
                    province: Some("ha-noi".into()),
                    ..Filters::default()
                },
                sort: Sort::PriceAsc,
                ..base("")
            },
        ),
        ("prefix", base("hat di")),
    ]
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i].as_secs_f64() * 1_000.0
}

/// (peak, current) resident memory of this process in MB.
fn memory_mb() -> (f64, f64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|kb| kb.parse::<f64>().ok())
            .map_or(0.0, |kb| kb / 1024.0)
    };
    (field("VmHWM:"), field("VmRSS:"))
}

fn dir_size(path: &std::path::Path) -> u64 {
    std::fs::read_dir(path)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| match e.metadata() {
                    Ok(m) if m.is_dir() => dir_size(&e.path()),
                    Ok(m) => m.len(),
                    Err(_) => 0,
                })
                .sum()
        })
        .unwrap_or(0)
}

async fn run(engine: &Engine, clients: usize, per_client: usize) -> (Vec<Duration>, f64) {
    let qs = Arc::new(queries());
    let started = Instant::now();
    let mut tasks = Vec::new();
    for c in 0..clients {
        let (engine, qs) = (engine.clone(), qs.clone());
        tasks.push(tokio::spawn(async move {
            let mut times = Vec::with_capacity(per_client);
            for i in 0..per_client {
                let (_, r) = &qs[(c + i) % qs.len()];
                let t = Instant::now();
                engine.search(r).await.expect("search");
                times.push(t.elapsed());
            }
            times
        }));
    }
    let mut all = Vec::new();
    for t in tasks {
        all.extend(t.await.expect("client"));
    }
    all.sort();
    let per_second = all.len() as f64 / started.elapsed().as_secs_f64();
    (all, per_second)
}

#[tokio::main]
async fn main() {
    let total: usize = std::env::var("BENCH_DOCS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(100_000);
    let dir = std::env::temp_dir().join(format!("htx-search-bench-{}", std::process::id()));
    let engine: Engine = match std::env::var("MEILI_URL").ok().filter(|s| !s.is_empty()) {
        Some(url) => {
            let key = std::env::var("MEILI_MASTER_KEY").ok();
            Arc::new(
                MeiliEngine::connect(&url, key.as_deref(), "bench_products")
                    .await
                    .expect("Meilisearch"),
            )
        }
        None => Arc::new(EmbeddedEngine::open(&dir).expect("embedded engine")),
    };
    println!("engine: {}, {total} products in five locales", engine.name());

    let started = Instant::now();
    let n = engine
        .rebuild(&mut Generated { next: 0, total }, &|_| {})
        .await
        .expect("index built");
    let built = started.elapsed();
    print!("index build: {n} documents in {:.1} s", built.as_secs_f64());
    if engine.name() == "embedded" {
        print!(", {:.0} MB on disk", dir_size(&dir) as f64 / 1_048_576.0);
    }
    println!();

    // Every query once, to show what each finds (and warm the caches).
    for (label, r) in queries() {
        let hits = engine.search(&r).await.expect("search");
        println!("  {label:<26} {:>6} hits", hits.total);
    }
    for (clients, per_client) in [(1, 1_400), (32, 100)] {
        let (times, per_second) = run(&engine, clients, per_client).await;
        println!(
            "{clients:>2} client(s): {} searches, {per_second:>7.0} /s, p50 {:.2} ms, p95 {:.2} ms, p99 {:.2} ms",
            times.len(),
            percentile(&times, 0.50),
            percentile(&times, 0.95),
            percentile(&times, 0.99),
        );
    }
    let (peak, now) = memory_mb();
    println!("memory: peak {peak:.0} MB, now {now:.0} MB resident (this process: engine + generator)");
    let _ = std::fs::remove_dir_all(&dir);
}
