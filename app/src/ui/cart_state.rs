//! The cart shared by the header badge, product pages and the cart page: the actions that change
//! it, and its unit count, refreshed after each of them (and after login, when a guest's cart
//! merges into the user's) without a page reload.

use crate::api::shop::{fetch_cart_count, AddToCart, RemoveCartLine, UpdateCartLine};
use crate::error::AppError;
use crate::ui::auth_state::use_auth;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct CartState {
    pub count: Resource<Result<i64, AppError>>,
    pub add: ServerAction<AddToCart>,
    pub update: ServerAction<UpdateCartLine>,
    pub remove: ServerAction<RemoveCartLine>,
    /// Bumped by anything else that changes the cart (placing an order empties it).
    pub changed: RwSignal<u32>,
}

impl CartState {
    /// Creates the cart state for the page tree and provides it (after the auth context).
    pub fn provide() -> CartState {
        let auth = use_auth();
        let add = ServerAction::<AddToCart>::new();
        let update = ServerAction::<UpdateCartLine>::new();
        let remove = ServerAction::<RemoveCartLine>::new();
        let changed = RwSignal::new(0);
        let count = Resource::new(
            move || {
                (
                    add.version().get(),
                    update.version().get(),
                    remove.version().get(),
                    auth.login.version().get(),
                    auth.logout.version().get(),
                    auth.register.version().get(),
                    changed.get(),
                )
            },
            |_| fetch_cart_count(),
        );
        let state = CartState {
            count,
            add,
            update,
            remove,
            changed,
        };
        provide_context(state);
        state
    }

    /// A key that changes whenever the cart may have changed (for resources that show it).
    pub fn version(&self) -> usize {
        self.add.version().get()
            + self.update.version().get()
            + self.remove.version().get()
            + self.changed.get() as usize
    }
}

pub fn use_cart() -> CartState {
    expect_context::<CartState>()
}
