//! The integration tests: one test binary (one link of the server instead of one per area), one
//! module per area. Each test boots the real server on its own database (SQLite, or PostgreSQL
//! when TEST_DATABASE_URL is set) through `common::TestApp`, which drops it again however the
//! test ends.

mod common;

mod accounts;
mod catalog;
mod cli;
mod cooperative_flow;
mod cooperatives;
mod feeds;
mod harness;
mod http;
mod jobs;
mod moderation;
mod orders;
mod payments;
mod reports;
mod search;
mod search_conformance;
