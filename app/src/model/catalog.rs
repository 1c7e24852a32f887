//! What the catalog pages and server functions exchange.

use crate::i18n::Locale;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// One variant row of the product form, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct VariantFields {
    pub sku: String,
    pub label: String,
    pub price: String,
    pub stock: String,
    pub weight_grams: String,
}

impl VariantFields {
    pub fn is_blank(&self) -> bool {
        [
            &self.sku,
            &self.label,
            &self.price,
            &self.stock,
            &self.weight_grams,
        ]
        .iter()
        .all(|s| s.trim().is_empty())
    }
}

/// The product form as typed; checked by `backend::catalog::products`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProductFields {
    pub category_code: String,
    pub unit: String,
    pub origin_region_code: String,
    pub gtin: String,
    pub name_vi: String,
    pub name_en: String,
    pub name_zh: String,
    pub name_ja: String,
    pub name_ko: String,
    pub short_vi: String,
    pub short_en: String,
    pub short_zh: String,
    pub short_ja: String,
    pub short_ko: String,
    pub description_vi: String,
    pub description_en: String,
    pub description_zh: String,
    pub description_ja: String,
    pub description_ko: String,
    pub variants: Vec<VariantFields>,
}

impl ProductFields {
    /// (name, short description, Markdown description) in `locale`.
    pub fn texts(&self, locale: Locale) -> (&str, &str, &str) {
        match locale {
            Locale::Vi => (&self.name_vi, &self.short_vi, &self.description_vi),
            Locale::En => (&self.name_en, &self.short_en, &self.description_en),
            Locale::ZhCn => (&self.name_zh, &self.short_zh, &self.description_zh),
            Locale::Ja => (&self.name_ja, &self.short_ja, &self.description_ja),
            Locale::Ko => (&self.name_ko, &self.short_ko, &self.description_ko),
        }
    }

    pub fn set_texts(&mut self, locale: Locale, name: String, short: String, description: String) {
        let (n, s, d) = match locale {
            Locale::Vi => (&mut self.name_vi, &mut self.short_vi, &mut self.description_vi),
            Locale::En => (&mut self.name_en, &mut self.short_en, &mut self.description_en),
            Locale::ZhCn => (&mut self.name_zh, &mut self.short_zh, &mut self.description_zh),
            Locale::Ja => (&mut self.name_ja, &mut self.short_ja, &mut self.description_ja),
            Locale::Ko => (&mut self.name_ko, &mut self.short_ko, &mut self.description_ko),
        };
        *n = name;
        *s = short;
        *d = description;
    }
}

/// How many variant rows the form offers (blank rows are ignored).
pub const VARIANT_ROWS: usize = 5;

/// A category for pickers and breadcrumbs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CategoryOption {
    pub code: String,
    pub parent_code: Option<String>,
    pub name: String,
}

/// A product in the seller's list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SellerProductRow {
    pub id: i64,
    pub name: String,
    pub status: crate::domain::catalog::ProductStatus,
    pub stock: i64,
    pub variants: usize,
    /// Locale codes with a name.
    pub translated: Vec<String>,
    pub updated_at: DateTime<Utc>,
}

/// The seller's product list for one cooperative.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SellerProducts {
    pub cooperative_id: i64,
    pub cooperative_name: String,
    /// Only approved cooperatives edit their catalog.
    pub can_edit: bool,
    pub products: Vec<SellerProductRow>,
}

/// A product as its seller edits it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProductEdit {
    pub id: i64,
    pub cooperative_id: i64,
    pub status: crate::domain::catalog::ProductStatus,
    pub version: i32,
    pub fields: ProductFields,
    /// The public address in Vietnamese, once published.
    pub slug_vi: Option<String>,
    /// (id, label, stock) of each stored variant, for stock adjustments.
    pub stock: Vec<(i64, String, i32)>,
}

/// A variant as shoppers see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VariantView {
    pub id: i64,
    pub sku: String,
    pub label: String,
    pub price_vnd: i64,
    pub in_stock: bool,
    pub stock: i32,
}

/// A product card in lists.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProductCard {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub cooperative_name: String,
    /// The lowest price of its variants.
    pub price_from_vnd: Option<i64>,
    pub region_name: Option<String>,
    /// The cover photo, if processed.
    pub cover: Option<PhotoView>,
    /// Verified, unexpired OCOP stars.
    pub ocop_stars: Option<u8>,
}

/// A product's public page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProductPage {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub short_description: Option<String>,
    pub description_html: Option<String>,
    /// True when the reader's locale is missing and Vietnamese is shown.
    pub is_fallback: bool,
    pub category: Option<CategoryOption>,
    pub unit: String,
    pub origin_region_name: Option<String>,
    pub variants: Vec<VariantView>,
    pub cooperative_slug: String,
    pub cooperative_name: String,
    /// Slugs in every locale that has one, for hreflang alternates: (locale code, slug).
    pub alternates: Vec<(String, String)>,
    /// Verified, unexpired certifications (the OCOP badge among them).
    pub certifications: Vec<CertificationView>,
    /// The newest batch's lot code, for "where does this come from".
    pub latest_lot: Option<String>,
    /// Processed photos in order; the first is the cover.
    pub photos: Vec<PhotoView>,
    /// Verified, unexpired OCOP stars.
    pub ocop_stars: Option<u8>,
    pub gtin: Option<String>,
    /// What delivery costs from this cooperative, for the buy box.
    pub shipping: ShippingNote,
}

/// A cooperative's delivery terms in short, for the product page.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShippingNote {
    /// The fee within Vietnam (some provinces may differ).
    pub fee_vnd: i64,
    pub free_above_vnd: Option<i64>,
    pub ships_abroad: bool,
    pub cash_on_delivery: bool,
}

/// One step row of the batch form, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct StepFields {
    pub kind: String,
    pub happened_on: String,
    pub note: String,
}

/// The batch form, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct BatchFields {
    pub lot_code: String,
    pub produced_on: String,
    pub commune: String,
    pub region_code: String,
    pub quantity: String,
    pub quantity_unit: String,
    pub steps: Vec<StepFields>,
}

/// How many step rows the batch form offers (blank rows are ignored).
pub const STEP_ROWS: usize = 6;

/// A batch in the seller's list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BatchRow {
    pub id: i64,
    pub lot_code: String,
    pub produced_on: chrono::NaiveDate,
    pub steps: usize,
    /// The batch's photos (processed or not).
    pub photos: Vec<PhotoView>,
}

/// A step of a batch's public timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TraceStep {
    pub kind: crate::domain::catalog::StepKind,
    pub happened_on: chrono::NaiveDate,
    pub note: Option<String>,
}

/// A certification as shoppers see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CertificationView {
    pub kind: String,
    /// The scheme's name in the page's language.
    pub label: String,
    pub number: String,
    pub stars: Option<i32>,
    pub level: Option<String>,
    pub expires_on: Option<chrono::NaiveDate>,
}

/// A batch's public trace page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TraceView {
    pub lot_code: String,
    pub product_name: String,
    pub product_slug: String,
    pub cooperative_name: String,
    pub cooperative_slug: String,
    pub produced_on: chrono::NaiveDate,
    pub commune: Option<String>,
    pub region_name: Option<String>,
    pub quantity: Option<i32>,
    pub quantity_unit: Option<String>,
    pub steps: Vec<TraceStep>,
    pub certifications: Vec<CertificationView>,
    /// Photos of this batch.
    pub photos: Vec<PhotoView>,
    /// GTIN-14 of the product, when it has one.
    pub gtin: Option<String>,
}

/// The certification form, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CertificationFields {
    pub kind: String,
    pub number: String,
    pub stars: String,
    pub level: String,
    pub issued_on: String,
    pub expires_on: String,
}

/// A certification as its seller and the administrators see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CertificationRow {
    pub id: i64,
    pub kind: String,
    /// The scheme's name in the page's language.
    pub kind_label: String,
    pub number: String,
    pub stars: Option<i32>,
    pub level: Option<String>,
    pub issued_on: Option<chrono::NaiveDate>,
    pub expires_on: Option<chrono::NaiveDate>,
    pub status: crate::domain::catalog::CertificationStatus,
    pub reason: Option<String>,
    /// Expires within 30 days (or has expired): the seller is warned.
    pub expires_soon: bool,
    /// A scan of the certificate is attached (served at /media/certifications/{id}/scan).
    pub has_scan: bool,
    pub product_id: i64,
    pub product_name: String,
    pub cooperative_name: String,
}

/// A category page: its products, a page at a time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CategoryPage {
    pub category: CategoryOption,
    pub parent: Option<CategoryOption>,
    pub children: Vec<CategoryOption>,
    pub products: Vec<ProductCard>,
    pub page: u64,
    pub pages: u64,
    pub total: u64,
}

/// A product photo as pages show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhotoView {
    pub id: i64,
    pub position: i32,
    /// (width, URL), smallest first; empty until processed.
    pub renditions: Vec<(u32, String)>,
    /// The original's size, for the aspect ratio pages reserve before the picture arrives.
    pub width: u32,
    pub height: u32,
}

impl PhotoView {
    /// The srcset attribute: "url 320w, url 640w, …".
    pub fn srcset(&self) -> String {
        self.renditions
            .iter()
            .map(|(w, u)| format!("{u} {w}w"))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The smallest rendition (thumbnails) and the largest (fallback src).
    pub fn smallest(&self) -> Option<&str> {
        self.renditions.first().map(|(_, u)| u.as_str())
    }

    pub fn largest(&self) -> Option<&str> {
        self.renditions.last().map(|(_, u)| u.as_str())
    }

    /// The smallest rendition at least `width` px wide (else the largest): the `src` for a picture
    /// shown `width` px wide, for browsers that ignore srcset.
    pub fn at_least(&self, width: u32) -> Option<&str> {
        self.renditions
            .iter()
            .find(|(w, _)| *w >= width)
            .or(self.renditions.last())
            .map(|(_, u)| u.as_str())
    }

    /// The height of a rendering `width` px wide, keeping the original's proportions.
    pub fn height_at(&self, width: u32) -> u32 {
        if self.width == 0 {
            return width * 3 / 4;
        }
        ((u64::from(self.height) * u64::from(width)) / u64::from(self.width)).max(1) as u32
    }
}

/// One problem in an import file: spreadsheet row (the header is row 1), column name, message id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportProblem {
    pub row: usize,
    pub column: String,
    pub key: crate::error::ErrorId,
}

/// The result of an import or its dry run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportReport {
    pub id: i64,
    pub mode: String,
    pub rows: usize,
    pub products: usize,
    pub problems: Vec<ImportProblem>,
    /// True when the products were created (a run without problems).
    pub imported: bool,
    pub created_at: DateTime<Utc>,
}

/// The import file's columns, in template order (one row per variant; rows with the same
/// product_key are one product).
pub const IMPORT_COLUMNS: [&str; 25] = [
    "product_key",
    "category",
    "unit",
    "origin_region",
    "gtin",
    "name_vi",
    "name_en",
    "name_zh",
    "name_ja",
    "name_ko",
    "short_vi",
    "short_en",
    "short_zh",
    "short_ja",
    "short_ko",
    "description_vi",
    "description_en",
    "description_zh",
    "description_ja",
    "description_ko",
    "sku",
    "variant_label",
    "price",
    "stock",
    "weight_grams",
];

/// A certification scheme as administrators (and sellers choosing one) see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CertKindRow {
    pub code: String,
    pub label: String,
    pub active: bool,
    /// Named in the locale files rather than by administrators.
    pub built_in: bool,
    /// Administrators' names, in `Locale::ALL` order (empty for built-in schemes).
    pub names: Vec<String>,
}

/// The form adding or renaming a scheme: its code and a name per locale (`Locale::ALL` order).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CertKindFields {
    pub code: String,
    pub names: Vec<String>,
}
