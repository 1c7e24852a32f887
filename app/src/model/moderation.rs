//! What the moderation pages and their server functions exchange.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// An open report, or a product currently hidden.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportRow {
    /// None for a hidden product listed without an open report.
    pub report_id: Option<i64>,
    pub product_id: i64,
    pub product_name: String,
    pub product_slug: String,
    pub cooperative_name: String,
    /// The shopper's reason, or why the product was hidden.
    pub reason: String,
    pub at: DateTime<Utc>,
    pub hidden: bool,
}

/// An account in the administrators' user search.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserRow {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub is_admin: bool,
    pub disabled: bool,
    pub created_at: DateTime<Utc>,
}
