//! Pieces shared by the applicant's pages and the administrators' review: the application form,
//! a read-only summary, the status banner and the documents list.

mod documents;
mod form;
mod missing;
mod status_banner;
mod summary;

pub use documents::DocumentList;
pub use form::ApplicationForm;
pub use missing::MissingList;
pub use status_banner::StatusBanner;
pub use summary::ApplicationSummary;

use crate::domain::cooperative_status::CooperativeStatus;
use crate::i18n::{format_number, I18n};

/// Form names of the per-locale fields, in `Locale::ALL` order.
const TRADING_NAMES: [&str; 5] = [
    "trading_name_vi",
    "trading_name_en",
    "trading_name_zh",
    "trading_name_ja",
    "trading_name_ko",
];
const DESCRIPTIONS: [&str; 5] = [
    "description_vi",
    "description_en",
    "description_zh",
    "description_ja",
    "description_ko",
];

/// The Fluent id of a field's label ("legal_name_vi" → "coop-field-legal-name-vi").
pub fn field_label_key(field: &str) -> String {
    format!("coop-field-{}", field.replace('_', "-"))
}

/// The translated name of a status stored as text.
pub fn status_label(i18n: I18n, status: CooperativeStatus) -> String {
    i18n.t(status.message_key())
}

/// Human file sizes ("2.4 MB", "830 KB").
pub fn file_size(bytes: i64, i18n: I18n) -> String {
    if bytes >= 1024 * 1024 {
        format!(
            "{}.{} MB",
            format_number(bytes / (1024 * 1024), i18n.locale),
            (bytes % (1024 * 1024)) * 10 / (1024 * 1024)
        )
    } else {
        format!("{} KB", format_number((bytes + 1023) / 1024, i18n.locale))
    }
}
