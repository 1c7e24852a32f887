//! The search conformance suite: the same cases against every engine available — the embedded
//! engine always, and Meilisearch too when MEILI_URL (and MEILI_MASTER_KEY if it needs one) is set.
//! Engine level: documents in, ids out, no database.

use app::backend::search::embedded::EmbeddedEngine;
use app::backend::search::meili::MeiliEngine;
use app::backend::search::{DocBatches, Engine, Filters, SearchDoc, SearchError, SearchRequest, Sort};
use app::i18n::Locale;
use std::sync::Arc;

struct Engines {
    list: Vec<Engine>,
    _dir: std::path::PathBuf,
}

async fn engines() -> Engines {
    let dir = std::env::temp_dir().join(format!("htx-search-{}", uuid::Uuid::new_v4().simple()));
    let mut list: Vec<Engine> = vec![Arc::new(EmbeddedEngine::open(&dir).expect("embedded engine"))];
    if let Some(url) = std::env::var("MEILI_URL").ok().filter(|s| !s.is_empty()) {
        let key = std::env::var("MEILI_MASTER_KEY").ok();
        let uid = format!("conformance_{}", uuid::Uuid::new_v4().simple());
        list.push(Arc::new(
            MeiliEngine::connect(&url, key.as_deref(), &uid)
                .await
                .expect("Meilisearch at MEILI_URL"),
        ));
    }
    for e in &list {
        e.upsert(catalog()).await.expect("documents indexed");
    }
    Engines { list, _dir: dir }
}

#[allow(clippy::too_many_arguments)]
fn doc(
    id: i64,
    names: &[&str],
    categories: &[&str],
    region: &str,
    stars: u8,
    certs: &[&str],
    price: i64,
    in_stock: bool,
) -> SearchDoc {
    SearchDoc {
        id,
        names: names.iter().map(|s| (*s).to_owned()).collect(),
        descriptions: vec![],
        context: vec![],
        categories: categories.iter().map(|s| (*s).to_owned()).collect(),
        region: Some(region.to_owned()),
        cooperative: format!("htx-{id}"),
        ocop_stars: stars,
        certifications: certs.iter().map(|s| (*s).to_owned()).collect(),
        price_min: price,
        in_stock,
        published_at: id * 1_000,
    }
}

fn catalog() -> Vec<SearchDoc> {
    vec![
        doc(
            1,
            &["Mật ong rừng U Minh", "U Minh forest honey", "乌明森林蜂蜜"],
            &["honey", "food"],
            "ca-mau",
            4,
            &["ocop"],
            150_000,
            true,
        ),
        doc(
            2,
            &["Nước mắm Phú Quốc 40 độ đạm", "Phu Quoc fish sauce", "富国鱼露"],
            &["fish-sauce", "sauces-spices", "food"],
            "an-giang",
            5,
            &["ocop", "haccp"],
            120_000,
            true,
        ),
        doc(
            3,
            &["Đường phèn Quảng Ngãi"],
            &["food"],
            "quang-ngai",
            0,
            &[],
            60_000,
            false,
        ),
        doc(
            4,
            &["Cà phê Dương Minh", "Duong Minh coffee"],
            &["coffee", "beverages"],
            "lam-dong",
            3,
            &["ocop"],
            180_000,
            true,
        ),
        doc(
            5,
            &[
                "Cà phê Robusta Đắk Lắk",
                "Dak Lak robusta coffee",
                "ダクラク産ロブスタコーヒー",
            ],
            &["coffee", "beverages"],
            "dak-lak",
            4,
            &["vietgap", "ocop"],
            250_000,
            true,
        ),
        doc(
            6,
            &[
                "Trà Shan Tuyết Hà Giang",
                "Ha Giang Shan Tuyet tea",
                "河江雪山茶",
                "하장 샨뚜옛 차",
            ],
            &["tea", "beverages"],
            "tuyen-quang",
            5,
            &["ocop", "organic"],
            400_000,
            true,
        ),
    ]
}

fn request(q: &str) -> SearchRequest {
    SearchRequest {
        q: q.to_owned(),
        locale: Locale::Vi,
        filters: Filters::default(),
        sort: Sort::Relevance,
        page: 1,
        per_page: 24,
    }
}

async fn ids(e: &Engine, r: &SearchRequest) -> Vec<i64> {
    e.search(r)
        .await
        .unwrap_or_else(|err| panic!("{} {r:?}: {err}", e.name()))
        .ids
}

async fn query(e: &Engine, q: &str) -> Vec<i64> {
    ids(e, &request(q)).await
}

async fn filtered(e: &Engine, f: Filters) -> Vec<i64> {
    let mut v = ids(
        e,
        &SearchRequest {
            filters: f,
            ..request("")
        },
    )
    .await;
    v.sort();
    v
}

#[tokio::test(flavor = "multi_thread")]
async fn words_match_without_marks_with_typos_as_prefixes_and_in_every_language() {
    for e in engines().await.list {
        let name = e.name();
        assert_eq!(query(&e, "mat ong").await.first(), Some(&1), "{name}");
        assert_eq!(query(&e, "Mật ong").await.first(), Some(&1), "{name}");
        assert_eq!(
            query(&e, "nuoc mam phu quco").await.first(),
            Some(&2),
            "{name}: typo + no marks"
        );
        assert_eq!(query(&e, "NƯỚC MẮM").await.first(), Some(&2), "{name}: case");
        assert_eq!(
            query(&e, "nuoc ma").await.first(),
            Some(&2),
            "{name}: last word as a prefix"
        );
        assert_eq!(query(&e, "honye").await, [1], "{name}: a swap is one typo");
        assert_eq!(query(&e, "honey").await, [1], "{name}");
        assert_eq!(query(&e, "蜂蜜").await, [1], "{name}: Chinese");
        assert!(query(&e, "コーヒー").await.contains(&5), "{name}: Japanese");
        assert!(query(&e, "차").await.contains(&6), "{name}: Korean");
        // Three letters allow no typo: "mam" is not "mat".
        assert_eq!(query(&e, "mam ").await, [2], "{name}");
        assert!(query(&e, "zzzzqqq").await.is_empty(), "{name}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_marks_typed_rank_first_and_synonyms_widen() {
    for e in engines().await.list {
        let name = e.name();
        let sugar = query(&e, "đường").await;
        assert!(sugar.contains(&4), "{name}: marks are not required to match");
        assert_eq!(sugar.first(), Some(&3), "{name}: đường before dương");
        assert_eq!(
            query(&e, "dương").await.first(),
            Some(&4),
            "{name}: dương before đường"
        );
        for q in ["cafe", "cà phê", "coffee"] {
            let mut found = query(&e, q).await;
            found.sort();
            assert_eq!(found, [4, 5], "{name}: {q}");
        }
        assert_eq!(query(&e, "fish sauce").await.first(), Some(&2), "{name}");
        assert!(
            query(&e, "咖啡").await.contains(&5),
            "{name}: a synonym in Chinese"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn filters_narrow_and_facets_count_the_current_query() {
    for e in engines().await.list {
        let name = e.name();
        let f = |f: Filters| f;
        assert_eq!(
            filtered(
                &e,
                f(Filters {
                    category: Some("food".into()),
                    ..Default::default()
                })
            )
            .await,
            [1, 2, 3],
            "{name}: a category includes its sub-categories"
        );
        assert_eq!(
            filtered(
                &e,
                Filters {
                    province: Some("ca-mau".into()),
                    ..Default::default()
                }
            )
            .await,
            [1],
            "{name}"
        );
        assert_eq!(
            filtered(
                &e,
                Filters {
                    min_stars: Some(5),
                    ..Default::default()
                }
            )
            .await,
            [2, 6],
            "{name}"
        );
        assert_eq!(
            filtered(
                &e,
                Filters {
                    min_stars: Some(4),
                    ..Default::default()
                }
            )
            .await,
            [1, 2, 5, 6],
            "{name}"
        );
        assert_eq!(
            filtered(
                &e,
                Filters {
                    certification: Some("haccp".into()),
                    ..Default::default()
                }
            )
            .await,
            [2],
            "{name}"
        );
        assert_eq!(
            filtered(
                &e,
                Filters {
                    min_price: Some(100_000),
                    max_price: Some(180_000),
                    ..Default::default()
                }
            )
            .await,
            [1, 2, 4],
            "{name}: the range is inclusive"
        );
        assert_eq!(
            filtered(
                &e,
                Filters {
                    in_stock: true,
                    category: Some("food".into()),
                    ..Default::default()
                }
            )
            .await,
            [1, 2],
            "{name}"
        );
        assert_eq!(
            filtered(
                &e,
                Filters {
                    cooperative: Some("htx-6".into()),
                    ..Default::default()
                }
            )
            .await,
            [6],
            "{name}"
        );
        // Unknown or hostile values find nothing rather than failing.
        assert!(filtered(
            &e,
            Filters {
                category: Some("no-such".into()),
                ..Default::default()
            }
        )
        .await
        .is_empty());
        assert!(
            filtered(
                &e,
                Filters {
                    category: Some("food\" OR categories = \"tea".into()),
                    ..Default::default()
                }
            )
            .await
            .is_empty(),
            "{name}: injection in a filter value"
        );

        // Facets over the query "cà phê" and over everything.
        let found = e.search(&request("cà phê")).await.unwrap();
        let count = |list: &[app::backend::search::FacetCount], v: &str| {
            list.iter().find(|c| c.value == v).map_or(0, |c| c.count)
        };
        assert_eq!(found.total, 2, "{name}");
        assert_eq!(count(&found.facets.categories, "coffee"), 2, "{name}");
        assert_eq!(count(&found.facets.categories, "food"), 0, "{name}");
        assert_eq!(count(&found.facets.provinces, "dak-lak"), 1, "{name}");
        let all = e.search(&request("")).await.unwrap();
        assert_eq!(all.total, 6, "{name}");
        assert_eq!(count(&all.facets.categories, "beverages"), 3, "{name}");
        assert_eq!(count(&all.facets.ocop_stars, "5"), 2, "{name}");
        assert_eq!(
            count(&all.facets.ocop_stars, "0"),
            0,
            "{name}: no stars is no facet"
        );
        assert_eq!(count(&all.facets.certifications, "ocop"), 5, "{name}");
        assert_eq!(count(&all.facets.prices, "0-100000"), 1, "{name}");
        assert_eq!(count(&all.facets.prices, "100000-200000"), 3, "{name}");
        assert_eq!(all.facets.in_stock, 5, "{name}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn sorts_and_pages() {
    for e in engines().await.list {
        let name = e.name();
        let sorted = |sort: Sort| SearchRequest { sort, ..request("") };
        assert_eq!(
            ids(&e, &sorted(Sort::PriceAsc)).await,
            [3, 2, 1, 4, 5, 6],
            "{name}"
        );
        assert_eq!(
            ids(&e, &sorted(Sort::PriceDesc)).await,
            [6, 5, 4, 1, 2, 3],
            "{name}"
        );
        assert_eq!(ids(&e, &sorted(Sort::Newest)).await, [6, 5, 4, 3, 2, 1], "{name}");
        let by_stars = ids(&e, &sorted(Sort::Stars)).await;
        assert!(
            by_stars[..2].contains(&2) && by_stars[..2].contains(&6),
            "{name}: {by_stars:?}"
        );
        assert_eq!(by_stars.last(), Some(&3), "{name}");
        let page = |page: u32| SearchRequest {
            sort: Sort::PriceAsc,
            page,
            per_page: 2,
            ..request("")
        };
        let second = e.search(&page(2)).await.unwrap();
        assert_eq!((second.ids, second.total), (vec![1, 4], 6), "{name}");
        let past = e.search(&page(9)).await.unwrap();
        assert!(past.ids.is_empty() && past.total == 6, "{name}: past the end");
        // Odd queries are answered, not refused.
        for q in ["\"mat ong", "(((", "AND OR NOT", "-", "*", "mat\"ong\\"] {
            e.search(&request(q))
                .await
                .unwrap_or_else(|err| panic!("{name} {q}: {err}"));
        }
    }
}

struct Batches(Vec<Vec<SearchDoc>>);

#[async_trait::async_trait]
impl DocBatches for Batches {
    async fn next_batch(&mut self) -> Result<Option<Vec<SearchDoc>>, SearchError> {
        Ok(if self.0.is_empty() {
            None
        } else {
            Some(self.0.remove(0))
        })
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn changes_and_rebuilds_replace_what_is_found() {
    for e in engines().await.list {
        let name = e.name();
        e.delete(&[2]).await.unwrap();
        assert!(query(&e, "nuoc mam").await.is_empty(), "{name}: deleted");
        let mut sold_out = catalog().remove(0);
        sold_out.in_stock = false;
        e.upsert(vec![sold_out]).await.unwrap();
        assert_eq!(
            query(&e, "mat ong").await,
            [1],
            "{name}: replaced, not duplicated"
        );
        assert!(!filtered(
            &e,
            Filters {
                in_stock: true,
                ..Default::default()
            }
        )
        .await
        .contains(&1));

        let seen = std::sync::Mutex::new(vec![]);
        let mut docs = catalog();
        docs.truncate(4);
        let n = e
            .rebuild(&mut Batches(vec![docs[..2].to_vec(), docs[2..].to_vec()]), &|n| {
                seen.lock().unwrap().push(n)
            })
            .await
            .unwrap();
        assert_eq!(n, 4, "{name}");
        assert_eq!(*seen.lock().unwrap(), [2, 4], "{name}: progress per batch");
        assert_eq!(
            filtered(&e, Filters::default()).await,
            [1, 2, 3, 4],
            "{name}: swapped in"
        );
        assert!(e.health().await.is_ok());
    }
}
