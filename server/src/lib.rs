//! HTX Market's server: configuration, the HTTP service, background workers and the command line.
//! `main.rs` only parses the command line; everything here is reachable from integration tests.

pub mod cli;
pub mod config;
pub mod db;
pub mod demo;
pub mod http;
pub mod run;
pub mod searching;
pub mod telemetry;
