//! The life of a cooperative's application to sell, as one state machine:
//!
//! ```text
//! draft ──submit──▶ submitted ──approve──▶ approved ──suspend──▶ suspended
//!                     │  ▲                    ▲                      │
//!          reject ◀───┘  └── resubmit ──┐     └────── reinstate ─────┘
//!            │        request_changes ──▶ changes_requested
//!            ▼
//!         rejected
//! ```
//!
//! Applicants submit and resubmit; only administrators decide. Every administrator decision except
//! approval must carry a reason, which the applicant reads.

stored_enum! {
    /// Where an application stands.
    pub enum CooperativeStatus {
        Draft => "draft",
        Submitted => "submitted",
        Approved => "approved",
        Rejected => "rejected",
        ChangesRequested => "changes_requested",
        Suspended => "suspended",
    }
}

impl CooperativeStatus {
    /// The Fluent id of the status's name.
    pub const fn message_key(self) -> &'static str {
        match self {
            CooperativeStatus::Draft => "coop-status-draft",
            CooperativeStatus::Submitted => "coop-status-submitted",
            CooperativeStatus::Approved => "coop-status-approved",
            CooperativeStatus::Rejected => "coop-status-rejected",
            CooperativeStatus::ChangesRequested => "coop-status-changes-requested",
            CooperativeStatus::Suspended => "coop-status-suspended",
        }
    }

    /// Whether the applicant may still edit the application.
    pub const fn is_editable(self) -> bool {
        matches!(
            self,
            CooperativeStatus::Draft | CooperativeStatus::ChangesRequested
        )
    }

    /// Whether the cooperative and its products are shown to shoppers.
    pub const fn is_public(self) -> bool {
        matches!(self, CooperativeStatus::Approved)
    }
}

/// Who asks for a transition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Actor {
    /// A member of the cooperative (the applicant or its staff).
    Member,
    Administrator,
}

stored_enum! {
    /// What someone asks to do with an application.
    pub enum CooperativeAction {
        Submit => "submit",
        Approve => "approve",
        Reject => "reject",
        RequestChanges => "request_changes",
        Suspend => "suspend",
        Reinstate => "reinstate",
    }
}

impl CooperativeAction {
    /// Who may take the action.
    pub const fn actor(self) -> Actor {
        match self {
            CooperativeAction::Submit => Actor::Member,
            _ => Actor::Administrator,
        }
    }

    /// Every administrator decision but approval must say why.
    pub const fn needs_reason(self) -> bool {
        !matches!(self, CooperativeAction::Submit | CooperativeAction::Approve)
    }

    /// The Fluent id of the action's button label.
    pub const fn message_key(self) -> &'static str {
        match self {
            CooperativeAction::Submit => "coop-action-submit",
            CooperativeAction::Approve => "coop-action-approve",
            CooperativeAction::Reject => "coop-action-reject",
            CooperativeAction::RequestChanges => "coop-action-request-changes",
            CooperativeAction::Suspend => "coop-action-suspend",
            CooperativeAction::Reinstate => "coop-action-reinstate",
        }
    }
}

stored_enum! {
    /// A member's part in a cooperative: owners manage members; staff keep the catalog and orders.
    pub enum MemberRole {
        Owner => "owner",
        Staff => "staff",
    }
}

impl MemberRole {
    /// The Fluent id of the role's name.
    pub const fn message_key(self) -> &'static str {
        match self {
            MemberRole::Owner => "coop-role-owner",
            MemberRole::Staff => "coop-role-staff",
        }
    }
}

/// Why a transition was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TransitionError {
    #[error("{action:?} is not possible from {from:?}")]
    NotAllowed {
        from: CooperativeStatus,
        action: CooperativeAction,
    },
    #[error("only {0:?} may do this")]
    WrongActor(Actor),
    #[error("a reason is required")]
    ReasonRequired,
}

/// Longest reason accepted, in characters.
pub const MAX_REASON_CHARS: usize = 2000;

/// The state after `action`, or why it cannot happen. `reason` is trimmed before checking.
pub fn transition(
    from: CooperativeStatus,
    action: CooperativeAction,
    actor: Actor,
    reason: Option<&str>,
) -> Result<CooperativeStatus, TransitionError> {
    use CooperativeAction as A;
    use CooperativeStatus as S;
    if actor != action.actor() {
        return Err(TransitionError::WrongActor(action.actor()));
    }
    let to = match (from, action) {
        (S::Draft, A::Submit) | (S::ChangesRequested, A::Submit) => S::Submitted,
        (S::Submitted, A::Approve) => S::Approved,
        (S::Submitted, A::Reject) => S::Rejected,
        (S::Submitted, A::RequestChanges) => S::ChangesRequested,
        (S::Approved, A::Suspend) => S::Suspended,
        (S::Suspended, A::Reinstate) => S::Approved,
        _ => return Err(TransitionError::NotAllowed { from, action }),
    };
    if action.needs_reason() {
        let given = reason.map(str::trim).unwrap_or("");
        if given.is_empty() || given.chars().count() > MAX_REASON_CHARS {
            return Err(TransitionError::ReasonRequired);
        }
    }
    Ok(to)
}

#[cfg(test)]
mod tests {
    use super::*;
    use CooperativeAction as A;
    use CooperativeStatus as S;

    /// The complete table of allowed transitions; every other pair must be refused.
    const ALLOWED: [(S, A, S); 7] = [
        (S::Draft, A::Submit, S::Submitted),
        (S::ChangesRequested, A::Submit, S::Submitted),
        (S::Submitted, A::Approve, S::Approved),
        (S::Submitted, A::Reject, S::Rejected),
        (S::Submitted, A::RequestChanges, S::ChangesRequested),
        (S::Approved, A::Suspend, S::Suspended),
        (S::Suspended, A::Reinstate, S::Approved),
    ];

    fn allowed(from: S, action: A) -> Option<S> {
        ALLOWED
            .iter()
            .find(|(f, a, _)| *f == from && *a == action)
            .map(|(_, _, to)| *to)
    }

    #[test]
    fn every_allowed_transition_succeeds() {
        for (from, action, to) in ALLOWED {
            let reason = action.needs_reason().then_some("Giấy chứng nhận không đọc được");
            assert_eq!(
                transition(from, action, action.actor(), reason),
                Ok(to),
                "{from:?} {action:?}"
            );
        }
    }

    #[test]
    fn every_other_transition_is_refused() {
        let mut refused = 0;
        for from in S::ALL {
            for action in A::ALL {
                if allowed(from, action).is_some() {
                    continue;
                }
                refused += 1;
                assert_eq!(
                    transition(from, action, action.actor(), Some("reason")),
                    Err(TransitionError::NotAllowed { from, action }),
                    "{from:?} {action:?}"
                );
            }
        }
        assert_eq!(refused, 6 * 6 - ALLOWED.len());
    }

    #[test]
    fn only_the_right_actor_may_act() {
        for (from, action, _) in ALLOWED {
            let wrong = match action.actor() {
                Actor::Member => Actor::Administrator,
                Actor::Administrator => Actor::Member,
            };
            assert_eq!(
                transition(from, action, wrong, Some("reason")),
                Err(TransitionError::WrongActor(action.actor()))
            );
        }
    }

    #[test]
    fn decisions_other_than_approval_need_a_reason() {
        for (from, action, _) in ALLOWED {
            if !action.needs_reason() {
                assert!(transition(from, action, action.actor(), None).is_ok());
                continue;
            }
            for missing in [None, Some(""), Some("   ")] {
                assert_eq!(
                    transition(from, action, action.actor(), missing),
                    Err(TransitionError::ReasonRequired),
                    "{action:?} {missing:?}"
                );
            }
            let too_long = "x".repeat(MAX_REASON_CHARS + 1);
            assert_eq!(
                transition(from, action, action.actor(), Some(&too_long)),
                Err(TransitionError::ReasonRequired)
            );
        }
        assert!(!A::Approve.needs_reason() && !A::Submit.needs_reason());
    }

    #[test]
    fn approving_twice_is_refused() {
        assert!(matches!(
            transition(S::Approved, A::Approve, Actor::Administrator, None),
            Err(TransitionError::NotAllowed { .. })
        ));
    }

    #[test]
    fn statuses_round_trip_and_know_their_visibility() {
        for s in S::ALL {
            assert_eq!(S::parse(s.as_str()), Some(s));
        }
        assert_eq!(S::parse("deleted"), None);
        let public: Vec<_> = S::ALL.into_iter().filter(|s| s.is_public()).collect();
        assert_eq!(public, vec![S::Approved]);
        let editable: Vec<_> = S::ALL.into_iter().filter(|s| s.is_editable()).collect();
        assert_eq!(editable, vec![S::Draft, S::ChangesRequested]);
    }
}
