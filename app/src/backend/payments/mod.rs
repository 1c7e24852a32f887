//! Payments: card payments through Stripe Checkout (hosted payment page, refunds, signed webhooks).

pub mod stripe;
