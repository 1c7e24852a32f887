//! The seller's catalog: the product list with stock and translation completeness, and the product
//! form (texts per locale, variants, status).

mod batches;
mod certifications;
mod form;
mod form_page;
mod import;
mod import_report;
mod labels;
mod list;
mod photos;
mod tools;
mod upload_notice;

pub use batches::BatchesSection;
pub use certifications::CertificationsSection;
use form::ProductForm;
pub use form_page::ProductFormPage;
pub use import::ImportPage;
use import_report::ImportReportView;
pub use labels::LabelsPage;
pub use list::SellerProductsPage;
pub use photos::PhotosSection;
use tools::SellerTools;
use upload_notice::UploadNotice;

use crate::domain::catalog::ProductStatus;
use crate::i18n::Locale;
// The page islands below need the prelude in scope wherever they are islands.
#[cfg(any(feature = "ssr", feature = "backoffice"))]
use leptos::prelude::*;

const NAMES: [&str; 5] = ["name_vi", "name_en", "name_zh", "name_ja", "name_ko"];
const SHORTS: [&str; 5] = ["short_vi", "short_en", "short_zh", "short_ja", "short_ko"];
const DESCRIPTIONS: [&str; 5] = [
    "description_vi",
    "description_en",
    "description_zh",
    "description_ja",
    "description_ko",
];

fn status_label(i18n: crate::i18n::I18n, status: ProductStatus) -> String {
    i18n.t(status.message_key())
}

/// "vi en ✓ · zh ja ko missing"
fn completeness(i18n: crate::i18n::I18n, translated: &[String]) -> String {
    let (have, missing): (Vec<Locale>, Vec<Locale>) = Locale::ALL
        .into_iter()
        .partition(|l| translated.iter().any(|t| t == l.code()));
    let codes = |ls: &[Locale]| ls.iter().map(|l| l.code()).collect::<Vec<_>>().join(" ");
    if missing.is_empty() {
        format!("{} ✓", codes(&have))
    } else {
        format!(
            "{} ✓ · {} {}",
            codes(&have),
            codes(&missing),
            i18n.t("products-missing")
        )
    }
}

crate::page_island!(
    "backoffice",
    /// The SellerProducts page in the browser (loaded only on its route).
    SellerProductsIsland => SellerProductsPage
);
crate::page_island!(
    "backoffice",
    /// The Import page in the browser (loaded only on its route).
    ImportIsland => ImportPage
);
crate::page_island!(
    "backoffice",
    /// The ProductForm page in the browser (loaded only on its route).
    ProductFormIsland => ProductFormPage
);
crate::page_island!(
    "backoffice",
    /// The Labels page in the browser (loaded only on its route).
    LabelsIsland => LabelsPage
);
