//! A search as the shopper asked for it, checked at the boundary: the page and the JSON API parse
//! the same query parameters here, and anything malformed is a 400 naming the parameter. The
//! browser uses the same types to build the links of the facet sidebar.

use crate::error::AppError;
use crate::error::ErrorId;
use crate::i18n::Locale;
use serde::{Deserialize, Serialize};

/// Longer queries are cut, not refused (a pasted paragraph still searches its start).
pub const MAX_QUERY_CHARS: usize = 200;
/// Hits per page.
pub const PER_PAGE: u32 = 24;
/// Deeper pages are refused: nobody reads them, and engines pay for every skipped hit.
pub const MAX_PAGE: u32 = 400;

/// How hits are ordered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Sort {
    #[default]
    Relevance,
    PriceAsc,
    PriceDesc,
    Newest,
    Stars,
}

impl Sort {
    pub const ALL: [Sort; 5] = [
        Sort::Relevance,
        Sort::PriceAsc,
        Sort::PriceDesc,
        Sort::Newest,
        Sort::Stars,
    ];

    /// The value in URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            Sort::Relevance => "relevance",
            Sort::PriceAsc => "price_asc",
            Sort::PriceDesc => "price_desc",
            Sort::Newest => "newest",
            Sort::Stars => "ocop",
        }
    }

    pub fn parse(s: &str) -> Option<Sort> {
        Sort::ALL.into_iter().find(|v| v.as_str() == s)
    }
}

/// Narrowing of the hits; every filter is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Filters {
    /// A category code; its sub-categories' products match too.
    pub category: Option<String>,
    /// A province (region) code.
    pub province: Option<String>,
    /// At least this many OCOP stars (3 to 5).
    pub min_stars: Option<u8>,
    /// A certification kind.
    pub certification: Option<String>,
    pub min_price: Option<i64>,
    pub max_price: Option<i64>,
    pub in_stock: bool,
    /// A cooperative's slug.
    pub cooperative: Option<String>,
}

/// A checked search.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchRequest {
    pub q: String,
    pub locale: Locale,
    pub filters: Filters,
    pub sort: Sort,
    /// 1-based.
    pub page: u32,
    pub per_page: u32,
}

impl SearchRequest {
    pub fn offset(&self) -> usize {
        (self.page.saturating_sub(1) * self.per_page) as usize
    }
}

/// The query parameters as they arrive (all text, all optional).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchParams {
    #[serde(default)]
    pub q: Option<String>,
    #[serde(default)]
    pub category: Option<String>,
    #[serde(default)]
    pub province: Option<String>,
    #[serde(default)]
    pub ocop: Option<String>,
    #[serde(default)]
    pub cert: Option<String>,
    #[serde(default)]
    pub min_price: Option<String>,
    #[serde(default)]
    pub max_price: Option<String>,
    #[serde(default)]
    pub in_stock: Option<String>,
    #[serde(default)]
    pub cooperative: Option<String>,
    #[serde(default)]
    pub sort: Option<String>,
    #[serde(default)]
    pub page: Option<String>,
}

impl SearchParams {
    /// The parameter names, in the order URLs carry them.
    pub const KEYS: [&'static str; 11] = [
        "q",
        "category",
        "province",
        "ocop",
        "cert",
        "min_price",
        "max_price",
        "in_stock",
        "cooperative",
        "sort",
        "page",
    ];

    fn slot(&mut self, key: &str) -> Option<&mut Option<String>> {
        Some(match key {
            "q" => &mut self.q,
            "category" => &mut self.category,
            "province" => &mut self.province,
            "ocop" => &mut self.ocop,
            "cert" => &mut self.cert,
            "min_price" => &mut self.min_price,
            "max_price" => &mut self.max_price,
            "in_stock" => &mut self.in_stock,
            "cooperative" => &mut self.cooperative,
            "sort" => &mut self.sort,
            "page" => &mut self.page,
            _ => return None,
        })
    }

    /// The parameters read from a URL's query (`get` looks one up by name).
    pub fn from_query(get: impl Fn(&str) -> Option<String>) -> SearchParams {
        let mut params = SearchParams::default();
        for key in SearchParams::KEYS {
            if let Some(slot) = params.slot(key) {
                *slot = get(key).filter(|v| !v.is_empty());
            }
        }
        params
    }

    /// (name, value) of every parameter that is set.
    pub fn pairs(&self) -> Vec<(&'static str, String)> {
        let mut copy = self.clone();
        SearchParams::KEYS
            .into_iter()
            .filter_map(|k| copy.slot(k).and_then(Option::take).map(|v| (k, v)))
            .collect()
    }

    /// These parameters with some changed (None removes one). Any change but the page's own goes
    /// back to page 1.
    pub fn with(&self, changes: &[(&str, Option<&str>)]) -> SearchParams {
        let mut next = self.clone();
        if changes.iter().any(|(k, _)| *k != "page") {
            next.page = None;
        }
        for (key, value) in changes {
            if let Some(slot) = next.slot(key) {
                *slot = value.filter(|v| !v.is_empty()).map(str::to_owned);
            }
        }
        next
    }

    /// The URL query for these parameters ("q=mat+ong&ocop=4"), empty when none is set.
    pub fn query_string(&self) -> String {
        let mut out = url::form_urlencoded::Serializer::new(String::new());
        for (k, v) in self.pairs() {
            out.append_pair(k, &v);
        }
        out.finish()
    }
}

fn bad(key: ErrorId) -> AppError {
    AppError::Refused(key)
}

/// Empty means absent (forms send empty fields).
fn given(v: &Option<String>) -> Option<&str> {
    v.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// Codes and slugs are short lower-case ASCII words with hyphens; anything else cannot name one
/// (and never reaches an engine's filter syntax).
fn code(v: &Option<String>, key: ErrorId) -> Result<Option<String>, AppError> {
    match given(v) {
        None => Ok(None),
        Some(s)
            if s.len() <= 80
                && s.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') =>
        {
            Ok(Some(s.to_owned()))
        }
        Some(_) => Err(bad(key)),
    }
}

fn price(v: &Option<String>) -> Result<Option<i64>, AppError> {
    match given(v) {
        None => Ok(None),
        // Thousands separators of either convention are fine; VND has no fractions.
        Some(s) => s
            .replace(['.', ',', ' ', '\u{a0}'], "")
            .parse::<i64>()
            .ok()
            .filter(|p| (0..=1_000_000_000_000).contains(p))
            .map(Some)
            .ok_or_else(|| bad(ErrorId::SearchPrice)),
    }
}

impl SearchParams {
    /// Checks every parameter; the first malformed one is named in a 400.
    pub fn check(&self, locale: Locale) -> Result<SearchRequest, AppError> {
        let q: String = given(&self.q)
            .unwrap_or_default()
            .chars()
            .filter(|c| !c.is_control())
            .take(MAX_QUERY_CHARS)
            .collect();
        let min_stars = match given(&self.ocop) {
            None => None,
            Some(s) => Some(
                s.parse::<u8>()
                    .ok()
                    .filter(|n| (1..=5).contains(n))
                    .ok_or_else(|| bad(ErrorId::SearchOcop))?,
            ),
        };
        let certification = match given(&self.cert) {
            None => None,
            Some(c) if crate::domain::catalog::is_cert_kind_code(c) => Some(c.to_owned()),
            Some(_) => return Err(bad(ErrorId::SearchCert)),
        };
        let (min_price, max_price) = (price(&self.min_price)?, price(&self.max_price)?);
        if let (Some(lo), Some(hi)) = (min_price, max_price) {
            if lo > hi {
                return Err(bad(ErrorId::SearchPrice));
            }
        }
        let in_stock = match given(&self.in_stock) {
            None | Some("0") | Some("false") => false,
            Some("1") | Some("true") | Some("on") => true,
            Some(_) => return Err(bad(ErrorId::SearchInStock)),
        };
        let sort = match given(&self.sort) {
            None => Sort::Relevance,
            Some(s) => Sort::parse(s).ok_or_else(|| bad(ErrorId::SearchSort))?,
        };
        let page = match given(&self.page) {
            None => 1,
            Some(s) => s
                .parse::<u32>()
                .ok()
                .filter(|p| (1..=MAX_PAGE).contains(p))
                .ok_or_else(|| bad(ErrorId::SearchPage))?,
        };
        Ok(SearchRequest {
            q: q.trim().to_owned(),
            locale,
            filters: Filters {
                category: code(&self.category, ErrorId::SearchCategory)?,
                province: code(&self.province, ErrorId::SearchProvince)?,
                min_stars,
                certification,
                min_price,
                max_price,
                in_stock,
                cooperative: code(&self.cooperative, ErrorId::SearchCooperative)?,
            },
            sort,
            page,
            per_page: PER_PAGE,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(pairs: &[(&str, &str)]) -> SearchParams {
        let json: serde_json::Map<String, serde_json::Value> = pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), serde_json::Value::String((*v).to_owned())))
            .collect();
        serde_json::from_value(serde_json::Value::Object(json)).unwrap()
    }

    fn refused(pairs: &[(&str, &str)]) -> ErrorId {
        match params(pairs).check(Locale::En) {
            Err(AppError::Refused(key)) => key,
            other => panic!("{pairs:?} → {other:?}"),
        }
    }

    #[test]
    fn a_full_search_is_read() {
        let r = params(&[
            ("q", "  mật ong  "),
            ("category", "honey"),
            ("province", "ca-mau"),
            ("ocop", "4"),
            ("cert", "vietgap"),
            ("min_price", "100.000"),
            ("max_price", "300000"),
            ("in_stock", "1"),
            ("cooperative", "htx-mat-ong-u-minh"),
            ("sort", "price_asc"),
            ("page", "2"),
        ])
        .check(Locale::Vi)
        .unwrap();
        assert_eq!(r.q, "mật ong");
        assert_eq!(r.filters.min_price, Some(100_000));
        assert_eq!(r.filters.min_stars, Some(4));
        assert!(r.filters.in_stock);
        assert_eq!((r.sort, r.page, r.offset()), (Sort::PriceAsc, 2, 24));
    }

    #[test]
    fn empty_parameters_are_absent() {
        let r = params(&[("q", ""), ("category", ""), ("page", ""), ("sort", "")])
            .check(Locale::En)
            .unwrap();
        assert_eq!(r.filters, Filters::default());
        assert_eq!(r.page, 1);
    }

    #[test]
    fn long_queries_are_cut_not_refused() {
        let long = "mật ong ".repeat(1_500);
        let r = params(&[("q", &long)]).check(Locale::Vi).unwrap();
        assert!(r.q.chars().count() <= MAX_QUERY_CHARS);
    }

    #[test]
    fn links_change_one_parameter_and_go_back_to_page_one() {
        let p = SearchParams::from_query(|k| match k {
            "q" => Some("mật ong".into()),
            "page" => Some("3".into()),
            "ocop" => Some(String::new()),
            _ => None,
        });
        assert_eq!(p.query_string(), "q=m%E1%BA%ADt+ong&page=3");
        assert_eq!(
            p.with(&[("category", Some("honey"))]).query_string(),
            "q=m%E1%BA%ADt+ong&category=honey"
        );
        assert_eq!(
            p.with(&[("page", Some("4"))]).query_string(),
            "q=m%E1%BA%ADt+ong&page=4"
        );
        assert_eq!(p.with(&[("q", None)]).query_string(), "");
    }

    #[test]
    fn malformed_parameters_are_named() {
        assert_eq!(refused(&[("page", "-1")]), ErrorId::SearchPage);
        assert_eq!(refused(&[("page", "0")]), ErrorId::SearchPage);
        assert_eq!(refused(&[("page", "100000")]), ErrorId::SearchPage);
        assert_eq!(refused(&[("sort", "price")]), ErrorId::SearchSort);
        assert_eq!(refused(&[("ocop", "6")]), ErrorId::SearchOcop);
        assert_eq!(refused(&[("cert", "ISO 9001")]), ErrorId::SearchCert);
        assert_eq!(refused(&[("min_price", "1.5e3")]), ErrorId::SearchPrice);
        assert_eq!(refused(&[("min_price", "-5")]), ErrorId::SearchPrice);
        assert_eq!(
            refused(&[("min_price", "9"), ("max_price", "1")]),
            ErrorId::SearchPrice
        );
        assert_eq!(refused(&[("in_stock", "maybe")]), ErrorId::SearchInStock);
        // Filter-syntax injection never gets past the boundary.
        assert_eq!(
            refused(&[("category", "honey\" OR id > 0")]),
            ErrorId::SearchCategory
        );
        assert_eq!(refused(&[("province", "ca-mau'; --")]), ErrorId::SearchProvince);
    }
}
