//! sea-orm entities, one module per table. The schema itself is defined by the migrations crate.

pub mod audit_events;
pub mod batch_steps;
pub mod batches;
pub mod categories;
pub mod cooperative_documents;
pub mod cooperative_invitations;
pub mod cooperative_members;
pub mod cooperative_translations;
pub mod cooperatives;
pub mod import_reports;
pub mod jobs;
pub mod login_attempts;
pub mod outbox_emails;
pub mod password_reset_tokens;
pub mod product_certifications;
pub mod product_listings;
pub mod product_photos;
pub mod product_translations;
pub mod product_variants;
pub mod products;
pub mod regions;
pub mod sessions;
pub mod users;
