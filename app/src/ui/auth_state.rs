//! Who is logged in, shared by the header and the account pages, refreshed after login, registration
//! and logout without a page reload.

use crate::api::auth::{fetch_current_user, Login, Logout, Register};
use crate::api::CurrentUser;
use crate::error::AppError;
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

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
        let i18n = use_i18n();
        let navigate = use_navigate();
        // After logging out, go home: the page may have been one that needs an account.
        Effect::new(move |_| {
            if let Some(Ok(())) = logout.value().get() {
                navigate(&i18n.href("/"), Default::default());
            }
        });
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

/// The context provided by the locale layout.
pub fn use_auth() -> AuthContext {
    expect_context::<AuthContext>()
}
