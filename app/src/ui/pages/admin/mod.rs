//! Administrators: the review queue, one application with its documents and the decisions on it,
//! and the audit log. The server functions refuse everyone else (403), and so do these pages.

mod audit;
mod coop;
mod ocop_review;
mod queue;
mod review;

pub use audit::AuditPage;
pub use coop::AdminCoopPage;
pub use ocop_review::OcopReviewPage;
pub use queue::AdminQueuePage;
use review::ReviewDetail;
// The page islands below need the prelude in scope wherever they are islands.
#[cfg(any(feature = "ssr", feature = "backoffice"))]
use leptos::prelude::*;

/// "5 hours" under two days, "3 days" after.
fn waiting(i18n: crate::i18n::I18n, hours: i64) -> String {
    if hours < 48 {
        i18n.t_with("admin-waiting-hours", &[("count", hours.into())])
    } else {
        i18n.t_with("admin-waiting-days", &[("count", (hours / 24).into())])
    }
}

crate::page_island!(
    "backoffice",
    /// The AdminQueue page in the browser (loaded only on its route).
    AdminQueueIsland => AdminQueuePage
);
crate::page_island!(
    "backoffice",
    /// The AdminCoop page in the browser (loaded only on its route).
    AdminCoopIsland => AdminCoopPage
);
crate::page_island!(
    "backoffice",
    /// The Audit page in the browser (loaded only on its route).
    AuditIsland => AuditPage
);
crate::page_island!(
    "backoffice",
    /// The OcopReview page in the browser (loaded only on its route).
    OcopReviewIsland => OcopReviewPage
);
