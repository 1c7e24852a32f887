//! The order lifecycle: one state machine for every order of every cooperative.
//!
//! pending_payment → placed → confirmed → shipped → delivered → completed, with cancellation by the
//! shopper before confirmation, by the cooperative before shipment (with a reason), and by the
//! system when a card payment fails or is never made. Nothing else changes an order's status.

use crate::error::ErrorId;
use serde::{Deserialize, Serialize};

stored_enum! {
    /// Where an order stands.
    pub enum OrderStatus {
        /// A card checkout waiting for Stripe to confirm payment; stock is reserved.
        PendingPayment => "pending_payment",
        /// Paid by card, or cash on delivery: the cooperative has a new order.
        Placed => "placed",
        Confirmed => "confirmed",
        Shipped => "shipped",
        Delivered => "delivered",
        Completed => "completed",
        Cancelled => "cancelled",
    }
}

impl OrderStatus {
    /// The Fluent id of the status's name.
    pub fn message_key(self) -> &'static str {
        match self {
            OrderStatus::PendingPayment => "order-status-pending_payment",
            OrderStatus::Placed => "order-status-placed",
            OrderStatus::Confirmed => "order-status-confirmed",
            OrderStatus::Shipped => "order-status-shipped",
            OrderStatus::Delivered => "order-status-delivered",
            OrderStatus::Completed => "order-status-completed",
            OrderStatus::Cancelled => "order-status-cancelled",
        }
    }

    /// Whether the order still holds stock that a cancellation must give back.
    pub fn holds_stock(self) -> bool {
        matches!(
            self,
            OrderStatus::PendingPayment | OrderStatus::Placed | OrderStatus::Confirmed
        )
    }
}

/// Who acts on an order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Actor {
    Shopper,
    Cooperative,
    /// Payments, expiry and other automatic steps.
    System,
}

impl Actor {
    pub fn as_str(self) -> &'static str {
        match self {
            Actor::Shopper => "shopper",
            Actor::Cooperative => "cooperative",
            Actor::System => "system",
        }
    }
}

/// What someone asks to happen to an order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum OrderAction {
    /// Stripe confirmed the card payment.
    PaymentReceived,
    /// The card payment failed for good or its time ran out.
    PaymentLapsed,
    Confirm,
    Ship {
        carrier: String,
        tracking_code: String,
    },
    Deliver,
    /// The shopper (or, later, the system) closes a delivered order.
    Complete,
    Cancel {
        reason: Option<String>,
    },
}

impl OrderAction {
    /// The stored name of the action, for history and audit.
    pub fn name(&self) -> &'static str {
        match self {
            OrderAction::PaymentReceived => "payment_received",
            OrderAction::PaymentLapsed => "payment_lapsed",
            OrderAction::Confirm => "confirm",
            OrderAction::Ship { .. } => "ship",
            OrderAction::Deliver => "deliver",
            OrderAction::Complete => "complete",
            OrderAction::Cancel { .. } => "cancel",
        }
    }
}

/// Why a transition was refused; each maps to a Fluent message id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum TransitionError {
    /// The action does not apply to an order in this state (or is not this actor's to take).
    #[error("not allowed in this state")]
    NotAllowed,
    /// The cooperative must say why it cancels.
    #[error("a reason is required")]
    ReasonRequired,
    #[error("carrier and tracking code are required")]
    TrackingRequired,
}

impl TransitionError {
    pub fn message_key(self) -> ErrorId {
        match self {
            TransitionError::NotAllowed => ErrorId::OrderTransition,
            TransitionError::ReasonRequired => ErrorId::CancelReason,
            TransitionError::TrackingRequired => ErrorId::TrackingRequired,
        }
    }
}

/// The longest free text (reason, carrier, tracking code) kept on an order.
pub const MAX_NOTE_CHARS: usize = 500;

/// The status after `action` by `actor`, or why it may not happen.
pub fn next(status: OrderStatus, actor: Actor, action: &OrderAction) -> Result<OrderStatus, TransitionError> {
    use Actor::*;
    use OrderAction as A;
    use OrderStatus as S;
    let to = match (status, actor, action) {
        (S::PendingPayment, System, A::PaymentReceived) => S::Placed,
        (S::PendingPayment, System, A::PaymentLapsed) => S::Cancelled,
        (S::Placed, Cooperative, A::Confirm) => S::Confirmed,
        (
            S::Confirmed,
            Cooperative,
            A::Ship {
                carrier,
                tracking_code,
            },
        ) => {
            if blank(carrier) || blank(tracking_code) {
                return Err(TransitionError::TrackingRequired);
            }
            S::Shipped
        }
        (S::Shipped, Cooperative, A::Deliver) => S::Delivered,
        (S::Delivered, Shopper | System, A::Complete) => S::Completed,
        // The shopper may change their mind until the cooperative has confirmed.
        (S::PendingPayment | S::Placed, Shopper, A::Cancel { .. }) => S::Cancelled,
        // The cooperative may cancel until it ships, and must say why.
        (S::Placed | S::Confirmed, Cooperative, A::Cancel { reason }) => {
            if reason.as_deref().is_none_or(|r| r.trim().is_empty()) {
                return Err(TransitionError::ReasonRequired);
            }
            S::Cancelled
        }
        _ => return Err(TransitionError::NotAllowed),
    };
    Ok(to)
}

fn blank(s: &str) -> bool {
    s.trim().is_empty()
}

/// The actions `actor` may take on an order in `status` (for showing buttons).
pub fn available(status: OrderStatus, actor: Actor) -> Vec<&'static str> {
    let probes = [
        OrderAction::Confirm,
        OrderAction::Ship {
            carrier: "x".into(),
            tracking_code: "x".into(),
        },
        OrderAction::Deliver,
        OrderAction::Complete,
        OrderAction::Cancel {
            reason: Some("x".into()),
        },
    ];
    probes
        .iter()
        .filter(|a| next(status, actor, a).is_ok())
        .map(OrderAction::name)
        .collect()
}

stored_enum! {
    /// How a checkout is paid.
    pub enum PaymentMethod {
        CashOnDelivery => "cod",
        Card => "card",
    }
}

impl PaymentMethod {
    /// The status a new order starts in.
    pub fn initial_status(self) -> OrderStatus {
        match self {
            PaymentMethod::CashOnDelivery => OrderStatus::Placed,
            PaymentMethod::Card => OrderStatus::PendingPayment,
        }
    }
}

stored_enum! {
    /// Where a checkout (one payment for the orders of several cooperatives) stands.
    pub enum CheckoutStatus {
        /// A card checkout sent to Stripe; its stock is reserved until it is paid or expires.
        AwaitingPayment => "awaiting_payment",
        Paid => "paid",
        /// Cash on delivery: nothing to collect online.
        CashOnDelivery => "cod",
        /// Never paid in time: the stock went back.
        Expired => "expired",
    }
}

stored_enum! {
    /// What a ledger entry records.
    pub enum LedgerKind {
        Sale => "sale",
        Refund => "refund",
    }
}

/// Order numbers: "HTX-" and six characters from an alphabet without look-alikes (no 0/O, 1/I/L),
/// easy to read out on the phone. 30^6 ≈ 729 million; a collision is retried.
pub const ORDER_NUMBER_ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/// An order number from six random indexes into the alphabet.
pub fn order_number(random: [u8; 6]) -> String {
    let n = ORDER_NUMBER_ALPHABET.len();
    let tail: String = random
        .iter()
        .map(|b| ORDER_NUMBER_ALPHABET[*b as usize % n] as char)
        .collect();
    format!("HTX-{tail}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use Actor::*;
    use OrderStatus as S;

    fn ship() -> OrderAction {
        OrderAction::Ship {
            carrier: "VNPost".into(),
            tracking_code: "EB123456789VN".into(),
        }
    }

    fn cancel(reason: Option<&str>) -> OrderAction {
        OrderAction::Cancel {
            reason: reason.map(str::to_owned),
        }
    }

    #[test]
    fn the_happy_path_of_a_card_order() {
        let mut s = S::PendingPayment;
        for (actor, action) in [
            (System, OrderAction::PaymentReceived),
            (Cooperative, OrderAction::Confirm),
            (Cooperative, ship()),
            (Cooperative, OrderAction::Deliver),
            (Shopper, OrderAction::Complete),
        ] {
            s = next(s, actor, &action).expect("allowed");
        }
        assert_eq!(s, S::Completed);
    }

    #[test]
    fn payment_only_moves_pending_orders() {
        assert_eq!(
            next(S::PendingPayment, System, &OrderAction::PaymentReceived),
            Ok(S::Placed)
        );
        assert_eq!(
            next(S::PendingPayment, System, &OrderAction::PaymentLapsed),
            Ok(S::Cancelled)
        );
        for s in [
            S::Placed,
            S::Confirmed,
            S::Shipped,
            S::Delivered,
            S::Completed,
            S::Cancelled,
        ] {
            assert_eq!(
                next(s, System, &OrderAction::PaymentReceived),
                Err(TransitionError::NotAllowed),
                "{s:?}"
            );
            assert_eq!(
                next(s, System, &OrderAction::PaymentLapsed),
                Err(TransitionError::NotAllowed)
            );
        }
        // Nobody but the system reports payments.
        assert!(next(S::PendingPayment, Shopper, &OrderAction::PaymentReceived).is_err());
        assert!(next(S::PendingPayment, Cooperative, &OrderAction::PaymentReceived).is_err());
    }

    #[test]
    fn only_the_cooperative_confirms_ships_and_delivers_in_order() {
        assert_eq!(
            next(S::Placed, Cooperative, &OrderAction::Confirm),
            Ok(S::Confirmed)
        );
        assert_eq!(next(S::Confirmed, Cooperative, &ship()), Ok(S::Shipped));
        assert_eq!(
            next(S::Shipped, Cooperative, &OrderAction::Deliver),
            Ok(S::Delivered)
        );
        assert!(next(S::PendingPayment, Cooperative, &OrderAction::Confirm).is_err());
        assert!(
            next(S::Placed, Cooperative, &ship()).is_err(),
            "ship before confirm"
        );
        assert!(next(S::Confirmed, Cooperative, &OrderAction::Deliver).is_err());
        assert!(next(S::Placed, Shopper, &OrderAction::Confirm).is_err());
        assert!(next(S::Confirmed, Shopper, &ship()).is_err());
        assert!(next(S::Shipped, Shopper, &OrderAction::Deliver).is_err());
        assert!(next(S::Shipped, Cooperative, &OrderAction::Confirm).is_err());
    }

    #[test]
    fn shipping_needs_carrier_and_tracking_code() {
        let blank = OrderAction::Ship {
            carrier: " ".into(),
            tracking_code: "EB1".into(),
        };
        assert_eq!(
            next(S::Confirmed, Cooperative, &blank),
            Err(TransitionError::TrackingRequired)
        );
        let no_code = OrderAction::Ship {
            carrier: "GHN".into(),
            tracking_code: "".into(),
        };
        assert_eq!(
            next(S::Confirmed, Cooperative, &no_code),
            Err(TransitionError::TrackingRequired)
        );
    }

    #[test]
    fn completion_follows_delivery() {
        assert_eq!(
            next(S::Delivered, Shopper, &OrderAction::Complete),
            Ok(S::Completed)
        );
        assert_eq!(
            next(S::Delivered, System, &OrderAction::Complete),
            Ok(S::Completed)
        );
        assert!(next(S::Delivered, Cooperative, &OrderAction::Complete).is_err());
        assert!(next(S::Shipped, Shopper, &OrderAction::Complete).is_err());
    }

    #[test]
    fn the_shopper_cancels_only_before_confirmation() {
        assert_eq!(next(S::Placed, Shopper, &cancel(None)), Ok(S::Cancelled));
        assert_eq!(next(S::PendingPayment, Shopper, &cancel(None)), Ok(S::Cancelled));
        for s in [S::Confirmed, S::Shipped, S::Delivered, S::Completed, S::Cancelled] {
            assert_eq!(
                next(s, Shopper, &cancel(Some("x"))),
                Err(TransitionError::NotAllowed),
                "{s:?}"
            );
        }
    }

    #[test]
    fn the_cooperative_cancels_before_shipment_with_a_reason() {
        assert_eq!(
            next(S::Placed, Cooperative, &cancel(Some("Hết hàng"))),
            Ok(S::Cancelled)
        );
        assert_eq!(
            next(S::Confirmed, Cooperative, &cancel(Some("Hết hàng"))),
            Ok(S::Cancelled)
        );
        assert_eq!(
            next(S::Placed, Cooperative, &cancel(None)),
            Err(TransitionError::ReasonRequired)
        );
        assert_eq!(
            next(S::Placed, Cooperative, &cancel(Some("  "))),
            Err(TransitionError::ReasonRequired)
        );
        for s in [
            S::PendingPayment,
            S::Shipped,
            S::Delivered,
            S::Completed,
            S::Cancelled,
        ] {
            assert_eq!(
                next(s, Cooperative, &cancel(Some("x"))),
                Err(TransitionError::NotAllowed),
                "{s:?}"
            );
        }
    }

    #[test]
    fn final_states_accept_nothing() {
        let all = [
            OrderAction::PaymentReceived,
            OrderAction::PaymentLapsed,
            OrderAction::Confirm,
            ship(),
            OrderAction::Deliver,
            OrderAction::Complete,
            cancel(Some("x")),
        ];
        for s in [S::Completed, S::Cancelled] {
            for actor in [Shopper, Cooperative, System] {
                for a in &all {
                    assert!(next(s, actor, a).is_err(), "{s:?} {actor:?} {a:?}");
                }
            }
        }
    }

    #[test]
    fn stock_is_held_until_shipment() {
        assert!(S::PendingPayment.holds_stock() && S::Placed.holds_stock() && S::Confirmed.holds_stock());
        assert!(!S::Shipped.holds_stock() && !S::Cancelled.holds_stock() && !S::Completed.holds_stock());
    }

    #[test]
    fn buttons_match_the_machine() {
        assert_eq!(available(S::Placed, Cooperative), vec!["confirm", "cancel"]);
        assert_eq!(available(S::Confirmed, Cooperative), vec!["ship", "cancel"]);
        assert_eq!(available(S::Shipped, Cooperative), vec!["deliver"]);
        assert_eq!(available(S::Placed, Shopper), vec!["cancel"]);
        assert_eq!(available(S::Delivered, Shopper), vec!["complete"]);
        assert!(available(S::Cancelled, Cooperative).is_empty());
    }

    #[test]
    fn statuses_and_methods_round_trip() {
        for s in OrderStatus::ALL {
            assert_eq!(OrderStatus::parse(s.as_str()), Some(s));
        }
        assert_eq!(OrderStatus::parse("lost"), None);
        assert_eq!(PaymentMethod::parse("cod"), Some(PaymentMethod::CashOnDelivery));
        assert_eq!(
            PaymentMethod::parse("card").map(|m| m.initial_status()),
            Some(S::PendingPayment)
        );
        assert_eq!(PaymentMethod::parse("bitcoin"), None);
    }

    #[test]
    fn order_numbers_are_short_and_unambiguous() {
        let n = order_number([0, 1, 29, 30, 255, 7]);
        assert_eq!(n.len(), 10);
        assert!(n.starts_with("HTX-"));
        assert!(!n[4..].contains(['0', 'O', '1', 'I', 'L']));
    }
}
