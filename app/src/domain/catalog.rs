//! Catalog values parsed once at the boundary: VND prices (integers, never fractional or negative),
//! stock, weights, SKUs, lot codes, GTINs (check digit verified) and OCOP certificates.

use crate::error::ErrorId;
use chrono::{Months, NaiveDate};

/// How a product is sold (each has a translated name, "unit-…").
pub const UNITS: [&str; 8] = ["jar", "bottle", "bag", "box", "pack", "kg", "piece", "set"];

stored_enum! {
    /// The processing steps a batch timeline may show (each has a translated name, "step-…").
    pub enum StepKind {
        Harvest => "harvest",
        Sorting => "sorting",
        Drying => "drying",
        Fermenting => "fermenting",
        Roasting => "roasting",
        Milling => "milling",
        Weaving => "weaving",
        Firing => "firing",
        Testing => "testing",
        Packing => "packing",
    }
}

impl StepKind {
    /// The Fluent id of the step's name.
    pub fn message_key(self) -> String {
        format!("step-{self}")
    }
}

/// The built-in certification schemes (named in the locale files). Administrators can add
/// others and withdraw any but OCOP: `backend::catalog::cert_kinds`.
pub const CERT_KINDS: [&str; 7] = [
    "ocop",
    "vietgap",
    "globalgap",
    "organic",
    "haccp",
    "halal",
    "other",
];

/// Why a catalog value was refused; each maps to a Fluent message id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum CatalogProblem {
    #[error("price is negative")]
    NegativePrice,
    #[error("price has a fraction")]
    FractionalPrice,
    #[error("price is not a number or out of range")]
    Price,
    #[error("stock below zero")]
    NegativeStock,
    #[error("stock is not a whole number or out of range")]
    Stock,
    #[error("weight")]
    Weight,
    #[error("sku")]
    Sku,
    #[error("lot code")]
    LotCode,
    #[error("gtin")]
    Gtin,
    #[error("ocop stars")]
    Stars,
    #[error("ocop level")]
    Level,
}

impl CatalogProblem {
    pub fn message_key(self) -> ErrorId {
        match self {
            CatalogProblem::NegativePrice => ErrorId::PriceNegative,
            CatalogProblem::FractionalPrice => ErrorId::PriceFractional,
            CatalogProblem::Price => ErrorId::PriceInvalid,
            CatalogProblem::NegativeStock => ErrorId::StockNegative,
            CatalogProblem::Stock => ErrorId::StockInvalid,
            CatalogProblem::Weight => ErrorId::WeightInvalid,
            CatalogProblem::Sku => ErrorId::SkuInvalid,
            CatalogProblem::LotCode => ErrorId::LotCodeInvalid,
            CatalogProblem::Gtin => ErrorId::GtinInvalid,
            CatalogProblem::Stars => ErrorId::OcopStars,
            CatalogProblem::Level => ErrorId::OcopLevel,
        }
    }
}

/// The most a single variant may cost: 1 billion đồng.
pub const MAX_PRICE_VND: i64 = 1_000_000_000;
pub const MAX_STOCK: i64 = 10_000_000;
/// 100 kg: heavier goods are not parcels.
pub const MAX_WEIGHT_GRAMS: i64 = 100_000;

/// Digits with optional thousands separators in any locale's style ("150000", "150.000", "150,000",
/// "150 000"), an optional currency mark. Returns the integer.
fn whole_number(input: &str) -> Result<i64, CatalogProblem> {
    let s: String = input
        .trim()
        .trim_end_matches(['₫', 'đ', 'd'])
        .trim_end_matches("VND")
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .collect();
    if s.starts_with('-') {
        return Err(CatalogProblem::NegativePrice);
    }
    if s.is_empty() || !s.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',') {
        return Err(CatalogProblem::Price);
    }
    let groups: Vec<&str> = s.split(['.', ',']).collect();
    let grouped = groups.len() > 1
        && (1..=3).contains(&groups[0].len())
        && groups[1..].iter().all(|g| g.len() == 3)
        // One separator style only: "1.000,5" is a fraction, not a grouping.
        && !(s.contains('.') && s.contains(','));
    if groups.len() > 1 && !grouped {
        return Err(CatalogProblem::FractionalPrice);
    }
    groups.concat().parse::<i64>().map_err(|_| CatalogProblem::Price)
}

/// A price in whole đồng (VND has no minor unit).
pub fn parse_price(input: &str) -> Result<i64, CatalogProblem> {
    let n = whole_number(input)?;
    if (0..=MAX_PRICE_VND).contains(&n) {
        Ok(n)
    } else {
        Err(CatalogProblem::Price)
    }
}

/// Units in stock: a whole number, zero or more.
pub fn parse_stock(input: &str) -> Result<i32, CatalogProblem> {
    match whole_number(input) {
        Ok(n) if n <= MAX_STOCK => Ok(n as i32),
        Err(CatalogProblem::NegativePrice) => Err(CatalogProblem::NegativeStock),
        _ => Err(CatalogProblem::Stock),
    }
}

/// Shipping weight in grams, 1 g to 100 kg.
pub fn parse_weight(input: &str) -> Result<i32, CatalogProblem> {
    match whole_number(input) {
        Ok(n) if (1..=MAX_WEIGHT_GRAMS).contains(&n) => Ok(n as i32),
        _ => Err(CatalogProblem::Weight),
    }
}

fn code_chars(s: &str) -> bool {
    s.chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

/// A stock-keeping unit: 1–64 letters, digits, "-", "_" or "."; stored upper-case.
pub fn parse_sku(input: &str) -> Result<String, CatalogProblem> {
    let s = input.trim();
    if (1..=64).contains(&s.len()) && code_chars(s) {
        Ok(s.to_ascii_uppercase())
    } else {
        Err(CatalogProblem::Sku)
    }
}

/// A batch's lot code: 3–40 letters, digits, "-", "_" or "."; stored upper-case so "lo-01" and
/// "LO-01" are the same lot.
pub fn parse_lot_code(input: &str) -> Result<String, CatalogProblem> {
    let s = input.trim();
    if (3..=40).contains(&s.len()) && code_chars(s) {
        Ok(s.to_ascii_uppercase())
    } else {
        Err(CatalogProblem::LotCode)
    }
}

/// A GTIN-8, -12, -13 or -14 with a correct check digit, as GTIN-14 (zero-padded), the form GS1
/// Digital Link uses.
pub fn parse_gtin(input: &str) -> Result<String, CatalogProblem> {
    let digits: String = input
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect();
    if !matches!(digits.len(), 8 | 12 | 13 | 14) || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(CatalogProblem::Gtin);
    }
    let padded = format!("{digits:0>14}");
    let values: Vec<u32> = padded.bytes().map(|b| u32::from(b - b'0')).collect();
    // GS1 mod-10: from the right (excluding the check digit), weights 3, 1, 3, 1, …
    let sum: u32 = values[..13]
        .iter()
        .rev()
        .enumerate()
        .map(|(i, d)| if i % 2 == 0 { d * 3 } else { *d })
        .sum();
    if (10 - sum % 10) % 10 == values[13] {
        Ok(padded)
    } else {
        Err(CatalogProblem::Gtin)
    }
}

/// A certification scheme's code: 2–32 lower-case ASCII letters, digits and hyphens, starting with
/// a letter or digit (it appears in URLs and search filters).
pub fn is_cert_kind_code(code: &str) -> bool {
    (2..=32).contains(&code.len())
        && code
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !code.starts_with('-')
}

/// OCOP ratings that put a product on the market: 3, 4 or 5 stars.
pub fn parse_ocop_stars(input: &str) -> Result<i32, CatalogProblem> {
    match input.trim().parse::<i32>() {
        Ok(n @ 3..=5) => Ok(n),
        _ => Err(CatalogProblem::Stars),
    }
}

/// Who issued an OCOP certificate.
pub fn parse_ocop_level(input: &str) -> Result<&'static str, CatalogProblem> {
    match input.trim() {
        "provincial" => Ok("provincial"),
        "national" => Ok("national"),
        _ => Err(CatalogProblem::Level),
    }
}

/// OCOP certificates are valid for 36 months unless stated otherwise.
pub const OCOP_VALIDITY_MONTHS: u32 = 36;
/// Sellers are warned this many days before a certificate expires.
pub const EXPIRY_WARNING_DAYS: i64 = 30;

pub fn default_ocop_expiry(issued_on: NaiveDate) -> NaiveDate {
    issued_on
        .checked_add_months(Months::new(OCOP_VALIDITY_MONTHS))
        .unwrap_or(issued_on)
}

/// Whether shoppers see the star badge: verified and not yet expired.
pub fn ocop_badge_shown(
    status: CertificationStatus,
    expires_on: Option<NaiveDate>,
    today: NaiveDate,
) -> bool {
    status == CertificationStatus::Verified && expires_on.is_none_or(|d| d >= today)
}

/// Whether to warn the seller that a certificate expires soon (or has expired).
pub fn expires_soon(expires_on: Option<NaiveDate>, today: NaiveDate) -> bool {
    expires_on.is_some_and(|d| (d - today).num_days() <= EXPIRY_WARNING_DAYS)
}

stored_enum! {
    /// Where a certificate's check by the administrators stands.
    pub enum CertificationStatus {
        Pending => "pending",
        Verified => "verified",
        Rejected => "rejected",
    }
}

stored_enum! {
    /// A product's lifecycle on the shelf.
    pub enum ProductStatus {
        Draft => "draft",
        Published => "published",
        Archived => "archived",
    }
}

impl ProductStatus {
    pub const fn message_key(self) -> &'static str {
        match self {
            ProductStatus::Draft => "product-status-draft",
            ProductStatus::Published => "product-status-published",
            ProductStatus::Archived => "product-status-archived",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scheme_codes() {
        for ok in ["ocop", "vietgap", "rainforest-alliance", "iso22000"] {
            assert!(is_cert_kind_code(ok), "{ok}");
        }
        for bad in ["", "x", "-x", "Ocop", "fair trade", "a/b", &"a".repeat(33)] {
            assert!(!is_cert_kind_code(bad), "{bad}");
        }
    }

    #[test]
    fn prices_are_whole_dong_in_any_locale_style() {
        assert_eq!(parse_price("150000"), Ok(150_000));
        assert_eq!(parse_price("150.000"), Ok(150_000));
        assert_eq!(parse_price("150,000 ₫"), Ok(150_000));
        assert_eq!(parse_price("1 250 000 VND"), Ok(1_250_000));
        assert_eq!(parse_price("0"), Ok(0));
        assert_eq!(parse_price("-5000"), Err(CatalogProblem::NegativePrice));
        assert_eq!(parse_price("12.5"), Err(CatalogProblem::FractionalPrice));
        assert_eq!(parse_price("150000.50"), Err(CatalogProblem::FractionalPrice));
        assert_eq!(parse_price("1.000,5"), Err(CatalogProblem::FractionalPrice));
        assert_eq!(parse_price("abc"), Err(CatalogProblem::Price));
        assert_eq!(parse_price(""), Err(CatalogProblem::Price));
        assert_eq!(parse_price("2000000000"), Err(CatalogProblem::Price));
    }

    #[test]
    fn stock_and_weight() {
        assert_eq!(parse_stock("120"), Ok(120));
        assert_eq!(parse_stock("-1"), Err(CatalogProblem::NegativeStock));
        assert_eq!(parse_stock("1.5"), Err(CatalogProblem::Stock));
        assert_eq!(parse_weight("500"), Ok(500));
        assert_eq!(parse_weight("0"), Err(CatalogProblem::Weight));
        assert_eq!(parse_weight("200000"), Err(CatalogProblem::Weight));
    }

    #[test]
    fn codes_are_normalised() {
        assert_eq!(parse_sku(" mo-um-250 "), Ok("MO-UM-250".into()));
        assert_eq!(parse_sku("mật ong"), Err(CatalogProblem::Sku));
        assert_eq!(parse_lot_code("um-2026-11"), Ok("UM-2026-11".into()));
        assert_eq!(parse_lot_code("ab"), Err(CatalogProblem::LotCode));
        assert_eq!(parse_lot_code("LO/01"), Err(CatalogProblem::LotCode));
    }

    #[test]
    fn gtins_need_a_correct_check_digit() {
        // 893 is Vietnam's GS1 prefix.
        assert_eq!(parse_gtin("8934563138165"), Ok("08934563138165".into()));
        assert_eq!(parse_gtin("8934563138166"), Err(CatalogProblem::Gtin));
        assert_eq!(parse_gtin("96385074"), Ok("00000096385074".into()));
        assert_eq!(parse_gtin("12345"), Err(CatalogProblem::Gtin));
    }

    #[test]
    fn ocop_certificates() {
        assert_eq!(parse_ocop_stars("4"), Ok(4));
        assert_eq!(parse_ocop_stars("2"), Err(CatalogProblem::Stars));
        assert_eq!(parse_ocop_level("national"), Ok("national"));
        assert_eq!(parse_ocop_level("district"), Err(CatalogProblem::Level));
        let issued = NaiveDate::from_ymd_opt(2024, 2, 29).unwrap();
        assert_eq!(
            default_ocop_expiry(issued),
            NaiveDate::from_ymd_opt(2027, 2, 28).unwrap()
        );
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let soon = NaiveDate::from_ymd_opt(2026, 12, 20).unwrap();
        let past = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        assert!(ocop_badge_shown(CertificationStatus::Verified, Some(soon), today));
        assert!(
            !ocop_badge_shown(CertificationStatus::Verified, Some(past), today),
            "expired"
        );
        assert!(
            !ocop_badge_shown(CertificationStatus::Pending, Some(soon), today),
            "not verified"
        );
        assert!(expires_soon(Some(soon), today));
        assert!(!expires_soon(
            Some(NaiveDate::from_ymd_opt(2027, 6, 1).unwrap()),
            today
        ));
    }
}
