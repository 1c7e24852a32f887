//! The cooperative's order desk: orders filtered by status with CSV export, one order with the
//! actions its status allows (confirm, ship with carrier and tracking code, deliver, cancel with a
//! reason), and a printable packing slip.

mod actions;
mod list;
mod order;
mod packing_slip;

use actions::SellerActions;
pub use list::SellerOrdersPage;
pub use order::SellerOrderPage;
pub use packing_slip::PackingSlipPage;
// The page islands below need the prelude in scope wherever they are islands.
#[cfg(any(feature = "ssr", feature = "backoffice"))]
use leptos::prelude::*;

crate::page_island!(
    "backoffice",
    /// The SellerOrders page in the browser (loaded only on its route).
    SellerOrdersIsland => SellerOrdersPage
);
crate::page_island!(
    "backoffice",
    /// The SellerOrder page in the browser (loaded only on its route).
    SellerOrderIsland => SellerOrderPage
);
crate::page_island!(
    "backoffice",
    /// The PackingSlip page in the browser (loaded only on its route).
    PackingSlipIsland => PackingSlipPage
);
