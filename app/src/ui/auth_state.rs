//! Who is logged in, for the pages that need it (account, seller pages), and the actions that log in
//! and register. Each page island has its own: the header learns of a change on the next page load.

use crate::api::auth::{fetch_current_user, Login, Logout, Register};
use crate::api::CurrentUser;
use crate::error::AppError;
use leptos::prelude::*;

/// The session state and the actions that change it.
#[derive(Clone, Copy)]
pub struct AuthContext {
    pub user: Resource<Result<Option<CurrentUser>, AppError>>,
    pub login: ServerAction<Login>,
    pub logout: ServerAction<Logout>,
    pub register: ServerAction<Register>,
}

impl AuthContext {
    /// Creates the context for the current page tree and provides it.
    pub fn provide() -> AuthContext {
        let login = ServerAction::<Login>::new();
        let logout = ServerAction::<Logout>::new();
        let register = ServerAction::<Register>::new();
        let user = Resource::new(
            move || {
                (
                    login.version().get(),
                    logout.version().get(),
                    register.version().get(),
                )
            },
            |_| fetch_current_user(),
        );
        let ctx = AuthContext {
            user,
            login,
            logout,
            register,
        };
        provide_context(ctx);
        ctx
    }
}

/// The page's auth context, made on first use.
pub fn use_auth() -> AuthContext {
    use_context::<AuthContext>().unwrap_or_else(AuthContext::provide)
}
