//! The one error type that crosses the server-function boundary. It carries Fluent message ids, not
//! text, so the browser shows it in the shopper's language; `status()` is the single mapping from
//! error to HTTP status, applied to every server-function response by the server's error layer.

use crate::domain::FieldProblem;
use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

/// A problem with one form field: the field's name and the Fluent id of the message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: String,
    pub key: String,
}

impl FieldError {
    pub fn new(field: &str, key: &str) -> FieldError {
        FieldError {
            field: field.to_owned(),
            key: key.to_owned(),
        }
    }
}

/// Everything a server function can answer instead of a result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    /// Input was refused; nothing was changed.
    #[error("invalid input: {0:?}")]
    Invalid(Vec<FieldError>),
    /// The action needs a logged-in user.
    #[error("login required")]
    Unauthenticated,
    /// The user may not do this.
    #[error("forbidden")]
    Forbidden,
    #[error("not found")]
    NotFound,
    /// Wrong email or password (deliberately not saying which).
    #[error("invalid credentials")]
    InvalidCredentials,
    /// Too many failed attempts; try again later.
    #[error("too many attempts")]
    TooManyAttempts,
    /// The request conflicts with the current state (the key says how).
    #[error("conflict: {0}")]
    Conflict(String),
    /// Someone else changed the thing first; it is now in the given state.
    #[error("changed meanwhile; now {0}")]
    Changed(String),
    /// Something failed on our side; details are only in the server log.
    #[error("internal error")]
    Internal,
    /// The request could not be decoded.
    #[error("bad request: {0}")]
    BadRequest(String),
    /// The browser could not reach the server or read its answer.
    #[error("network: {0}")]
    Network(String),
}

impl AppError {
    /// One invalid field.
    pub fn field(field: &str, problem: FieldProblem) -> AppError {
        AppError::invalid(field, problem.message_key())
    }

    /// One invalid field with an explicit message id.
    pub fn invalid(field: &str, key: &str) -> AppError {
        AppError::Invalid(vec![FieldError::new(field, key)])
    }

    /// The Fluent id of the general message for this error.
    pub fn message_key(&self) -> &str {
        match self {
            AppError::Invalid(_) => "error-invalid-form",
            AppError::Unauthenticated => "error-login-required",
            AppError::Forbidden => "error-forbidden",
            AppError::NotFound => "error-not-found",
            AppError::InvalidCredentials => "error-invalid-credentials",
            AppError::TooManyAttempts => "error-too-many-attempts",
            AppError::Conflict(key) => key,
            AppError::Changed(_) => "error-changed-meanwhile",
            AppError::Internal => "error-internal",
            // A request refused for a reason we can name carries its message id.
            AppError::BadRequest(key) if key.starts_with("error-") => key,
            AppError::BadRequest(_) => "error-bad-request",
            AppError::Network(_) => "error-network",
        }
    }

    /// The message id for one field, if this error names it.
    pub fn field_key(&self, field: &str) -> Option<&str> {
        match self {
            AppError::Invalid(errors) => errors.iter().find(|e| e.field == field).map(|e| e.key.as_str()),
            _ => None,
        }
    }

    /// The HTTP status for this error: the one place errors become statuses.
    pub fn status(&self) -> http::StatusCode {
        use http::StatusCode as S;
        match self {
            AppError::Invalid(_) => S::UNPROCESSABLE_ENTITY,
            AppError::BadRequest(_) => S::BAD_REQUEST,
            AppError::Unauthenticated => S::UNAUTHORIZED,
            AppError::Forbidden => S::FORBIDDEN,
            AppError::NotFound => S::NOT_FOUND,
            AppError::InvalidCredentials => S::UNAUTHORIZED,
            AppError::TooManyAttempts => S::TOO_MANY_REQUESTS,
            AppError::Conflict(_) | AppError::Changed(_) => S::CONFLICT,
            AppError::Internal => S::INTERNAL_SERVER_ERROR,
            AppError::Network(_) => S::BAD_GATEWAY,
        }
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Args(msg) | ServerFnErrorErr::Deserialization(msg) => AppError::BadRequest(msg),
            ServerFnErrorErr::MissingArg(msg) => AppError::BadRequest(msg),
            ServerFnErrorErr::Request(msg) | ServerFnErrorErr::Response(msg) => AppError::Network(msg),
            other => AppError::BadRequest(other.to_string()),
        }
    }
}

#[cfg(feature = "ssr")]
impl From<sea_orm::DbErr> for AppError {
    fn from(err: sea_orm::DbErr) -> Self {
        tracing::error!(error = %err, "database error");
        AppError::Internal
    }
}

#[cfg(feature = "ssr")]
impl From<sea_orm::TransactionError<AppError>> for AppError {
    fn from(err: sea_orm::TransactionError<AppError>) -> Self {
        match err {
            sea_orm::TransactionError::Connection(db) => db.into(),
            sea_orm::TransactionError::Transaction(app) => app,
        }
    }
}
