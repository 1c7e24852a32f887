//! Domain types built once at the boundary and trusted everywhere after ("parse, don't validate").
//! Plain Rust, shared by the server and the browser so forms can check input before sending it.

#[macro_use]
mod stored_enum;

mod account;
pub mod catalog;
pub mod checkout;
pub mod contact;
pub mod cooperative_status;
pub mod documents;
pub mod orders;
pub mod redirect;
pub mod reporting;
pub mod search;
pub mod slug;
pub mod work;

pub use account::{DisplayName, Email, FieldProblem, Password, Role, MIN_PASSWORD_LEN};
