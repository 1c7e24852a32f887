//! What the dashboard and the reports show, as sent to the browser.

use crate::domain::reporting::Period;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One bar of a chart: a stable key (for CSV), its label in the page's language, its value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bar {
    pub key: String,
    pub label: String,
    pub value: i64,
}

/// Orders and gross merchandise value of one month, by payment method.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MonthRow {
    /// "YYYY-MM".
    pub month: String,
    pub cod_orders: i64,
    pub card_orders: i64,
    pub cod_vnd: i64,
    pub card_vnd: i64,
}

/// A cooperative or product among those that sold most.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TopRow {
    pub id: i64,
    pub name: String,
    pub orders: i64,
    pub gmv_vnd: i64,
}

/// A verified certificate running out soon.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExpiringRow {
    pub product_id: i64,
    pub product_name: String,
    pub cooperative_name: String,
    pub kind: String,
    /// The scheme's name in the page's language.
    pub kind_label: String,
    pub number: String,
    pub expires_on: NaiveDate,
}

/// The administrators' dashboard: the marketplace now, and its trade over a period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DashboardView {
    pub period: Period,
    pub coops_by_status: Vec<Bar>,
    pub coops_by_province: Vec<Bar>,
    /// Applications waiting for a decision, and the median time they have waited so far.
    pub waiting: i64,
    pub median_wait_hours: Option<i64>,
    pub products_by_category: Vec<Bar>,
    pub products_by_stars: Vec<Bar>,
    pub expiring: Vec<ExpiringRow>,
    pub months: Vec<MonthRow>,
    pub top_cooperatives: Vec<TopRow>,
    pub top_products: Vec<TopRow>,
}

/// The figures of one province (or all) over one period.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Metrics {
    /// Cooperatives that submitted an application.
    pub applications: i64,
    pub approved: i64,
    pub suspended: i64,
    /// Cooperatives with at least one order.
    pub active_sellers: i64,
    /// Products published for the first time.
    pub products_listed: i64,
    /// Products whose OCOP certificate was verified, by 3, 4 and 5 stars.
    pub ocop_stars: [i64; 3],
    /// Batches recorded (each has a public trace page).
    pub batches: i64,
    pub orders: i64,
    /// Distinct shoppers (by email).
    pub buyers: i64,
    pub gmv_vnd: i64,
    /// Orders placed in a language other than Vietnamese.
    pub foreign_orders: i64,
}

/// One line of a report: a province, or the total.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportRow {
    /// None for the total.
    pub province_code: Option<String>,
    pub province: String,
    pub now: Metrics,
    pub before: Metrics,
}

/// The semi-annual, annual or any-period report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportView {
    pub period: Period,
    pub previous: Period,
    pub province: Option<String>,
    pub rows: Vec<ReportRow>,
    pub total: ReportRow,
}

/// Which figure a report column holds: the Fluent id of its heading, and whether it is money.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Figure {
    pub key: &'static str,
    pub money: bool,
}

impl Metrics {
    /// Every figure in the order reports show them.
    pub fn figures(&self) -> [(Figure, i64); 13] {
        let f = |key| Figure { key, money: false };
        [
            (f("reports-applications"), self.applications),
            (f("reports-approved"), self.approved),
            (f("reports-suspended"), self.suspended),
            (f("reports-active-sellers"), self.active_sellers),
            (f("reports-products-listed"), self.products_listed),
            (f("reports-ocop-3"), self.ocop_stars[0]),
            (f("reports-ocop-4"), self.ocop_stars[1]),
            (f("reports-ocop-5"), self.ocop_stars[2]),
            (f("reports-batches"), self.batches),
            (f("reports-orders"), self.orders),
            (f("reports-buyers"), self.buyers),
            (
                Figure {
                    key: "reports-gmv",
                    money: true,
                },
                self.gmv_vnd,
            ),
            (f("reports-foreign-orders"), self.foreign_orders),
        ]
    }

    /// The share of orders placed in another language than Vietnamese, in whole percent.
    pub fn foreign_percent(&self) -> Option<i64> {
        (self.orders > 0).then(|| (self.foreign_orders * 100 + self.orders / 2) / self.orders)
    }
}
