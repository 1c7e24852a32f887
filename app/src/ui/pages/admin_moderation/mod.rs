//! /{locale}/admin/moderation (reported and hidden products) and /{locale}/admin/users (search,
//! disable, re-enable).

mod moderation;
mod users;

pub use moderation::ModerationPage;
pub use users::UsersPage;
// The page islands below need the prelude in scope wherever they are islands.
#[cfg(any(feature = "ssr", feature = "backoffice"))]
use leptos::prelude::*;

crate::page_island!(
    "backoffice",
    /// The Moderation page in the browser (loaded only on its route).
    ModerationIsland => ModerationPage
);
crate::page_island!(
    "backoffice",
    /// The Users page in the browser (loaded only on its route).
    UsersIsland => UsersPage
);
