//! Shopping: carts, checkout (one order per cooperative, stock reserved at once), the order
//! lifecycle, card payments through Stripe, the marketplace ledger and its settings.

pub mod admin;
pub mod cart;
pub mod checkout;
pub mod ledger;
pub mod mails;
pub mod orders;
pub mod payments;
pub mod queries;
pub mod settings;
pub mod shipping;
