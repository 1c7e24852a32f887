//! The seller's side: apply (new and edit, documents, logo, submit), the dashboard with its
//! cooperative switcher and staff, and accepting an invitation.

mod application;
mod application_detail;
mod coop_switcher;
mod current_coop;
mod dashboard;
mod invitation;
mod new_application;

pub use application::ApplicationPage;
use application_detail::ApplicationDetail;
use coop_switcher::CoopSwitcher;
use current_coop::CurrentCoop;
pub use dashboard::SellDashboardPage;
pub use invitation::InvitationPage;
pub use new_application::NewApplicationPage;
// The page islands below need the prelude in scope wherever they are islands.
#[cfg(any(feature = "ssr", feature = "backoffice"))]
use leptos::prelude::*;

crate::page_island!(
    "backoffice",
    /// The SellDashboard page in the browser (loaded only on its route).
    SellDashboardIsland => SellDashboardPage
);
crate::page_island!(
    "backoffice",
    /// The NewApplication page in the browser (loaded only on its route).
    NewApplicationIsland => NewApplicationPage
);
crate::page_island!(
    "backoffice",
    /// The Application page in the browser (loaded only on its route).
    ApplicationIsland => ApplicationPage
);
crate::page_island!(
    "backoffice",
    /// The Invitation page in the browser (loaded only on its route).
    InvitationIsland => InvitationPage
);
