//! Cooperatives and their applications to sell. The state machine in `domain::cooperative_status`
//! decides what may happen; these services authorize (`access`), check input (`application`), store
//! files (`documents`), manage staff (`members`), apply decisions with optimistic concurrency
//! (`decisions`: two administrators acting at once, exactly one wins) and read for pages
//! (`directory`). Every change is audited in the same transaction as the change itself.

pub mod access;
pub mod application;
pub mod decisions;
pub mod directory;
pub mod documents;
pub mod members;

pub use decisions::{apply_action, Decision};
