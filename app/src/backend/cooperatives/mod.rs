//! Cooperatives' applications to sell. The state machine in `domain::cooperative_status` decides
//! what may happen; this module authorizes, applies it with optimistic concurrency (two
//! administrators acting at once: exactly one wins), records the audit event and mails the applicant
//! in the language they applied in, all in one transaction.

mod decisions;

pub use decisions::{apply_action, Decision};
