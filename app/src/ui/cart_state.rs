//! The cart actions shared by a page's forms. After each change the header's count is told to
//! refresh (a browser event: the header is an island of its own).

use crate::api::shop::{AddToCart, RemoveCartLine, UpdateCartLine};
use crate::ui::header::CART_CHANGED_EVENT;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct CartState {
    pub add: ServerAction<AddToCart>,
    pub update: ServerAction<UpdateCartLine>,
    pub remove: ServerAction<RemoveCartLine>,
    /// Bumped by anything else that changes the cart (placing an order empties it).
    pub changed: RwSignal<u32>,
}

impl CartState {
    /// Creates the cart state for the page tree and provides it.
    pub fn provide() -> CartState {
        let state = CartState {
            add: ServerAction::<AddToCart>::new(),
            update: ServerAction::<UpdateCartLine>::new(),
            remove: ServerAction::<RemoveCartLine>::new(),
            changed: RwSignal::new(0),
        };
        Effect::new(move |first: Option<()>| {
            state.version();
            if first.is_some() {
                crate::ui::browser::announce(CART_CHANGED_EVENT);
            }
        });
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

/// The page's cart state, made on first use.
pub fn use_cart() -> CartState {
    use_context::<CartState>().unwrap_or_else(CartState::provide)
}
