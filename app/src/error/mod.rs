//! The one error type that crosses the server-function boundary. It carries Fluent message ids, not
//! text, so the browser shows it in the shopper's language; `status()` is the single mapping from
//! error to HTTP status, applied to every server-function response by the server's error layer.

mod fault;
mod id;

pub use fault::{Fault, OrInternal};
pub use id::ErrorId;

use crate::domain::FieldProblem;
use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

/// A problem with one form field: the field's name and the Fluent id of the message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: String,
    pub key: ErrorId,
}

impl FieldError {
    pub fn new(field: &str, key: ErrorId) -> FieldError {
        FieldError {
            field: field.to_owned(),
            key,
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
    /// The request conflicts with the current state (the id says how).
    #[error("conflict: {0}")]
    Conflict(ErrorId),
    /// Someone else changed the thing first; it is now in the given state.
    #[error("changed meanwhile; now {0}")]
    Changed(String),
    /// Something failed on our side. The cause and the line that raised it stay on the server (and
    /// in its log, written once when raised); the browser gets only "internal error".
    #[error("internal error: {0}")]
    Internal(#[serde(skip)] Fault),
    /// A request that no form of ours sends (the id says what was wrong with it).
    #[error("refused: {0}")]
    Refused(ErrorId),
    /// The request could not be decoded (the detail is for developers, not shoppers).
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
    pub fn invalid(field: &str, key: ErrorId) -> AppError {
        AppError::Invalid(vec![FieldError::new(field, key)])
    }

    /// A failure on our side described by `what`: logged once, here, with the caller's line.
    #[track_caller]
    pub fn internal(what: impl std::fmt::Display) -> AppError {
        AppError::Internal(Fault::new(what))
    }

    /// The id of the general message for this error.
    pub fn id(&self) -> ErrorId {
        match self {
            AppError::Invalid(_) => ErrorId::InvalidForm,
            AppError::Unauthenticated => ErrorId::LoginRequired,
            AppError::Forbidden => ErrorId::Forbidden,
            AppError::NotFound => ErrorId::NotFound,
            AppError::InvalidCredentials => ErrorId::InvalidCredentials,
            AppError::TooManyAttempts => ErrorId::TooManyAttempts,
            AppError::Conflict(id) | AppError::Refused(id) => *id,
            AppError::Changed(_) => ErrorId::ChangedMeanwhile,
            AppError::Internal(_) => ErrorId::Internal,
            AppError::BadRequest(_) => ErrorId::BadRequest,
            AppError::Network(_) => ErrorId::Network,
        }
    }

    /// The Fluent id of the general message for this error.
    pub fn message_key(&self) -> &'static str {
        self.id().as_str()
    }

    /// The message id for one field, if this error names it.
    pub fn field_key(&self, field: &str) -> Option<ErrorId> {
        match self {
            AppError::Invalid(errors) => errors.iter().find(|e| e.field == field).map(|e| e.key),
            _ => None,
        }
    }

    /// The HTTP status for this error: the one place errors become statuses.
    pub fn status(&self) -> http::StatusCode {
        use http::StatusCode as S;
        match self {
            AppError::Invalid(_) => S::UNPROCESSABLE_ENTITY,
            AppError::BadRequest(_) | AppError::Refused(_) => S::BAD_REQUEST,
            AppError::Unauthenticated => S::UNAUTHORIZED,
            AppError::Forbidden => S::FORBIDDEN,
            AppError::NotFound => S::NOT_FOUND,
            AppError::InvalidCredentials => S::UNAUTHORIZED,
            AppError::TooManyAttempts => S::TOO_MANY_REQUESTS,
            AppError::Conflict(_) | AppError::Changed(_) => S::CONFLICT,
            AppError::Internal(_) => S::INTERNAL_SERVER_ERROR,
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

/// `?` on a database call: the error keeps the database's message and the line of the `?`.
#[cfg(feature = "ssr")]
impl From<sea_orm::DbErr> for AppError {
    #[track_caller]
    fn from(err: sea_orm::DbErr) -> Self {
        AppError::Internal(Fault::caused_by("database error", err))
    }
}

#[cfg(feature = "ssr")]
impl From<sea_orm::TransactionError<AppError>> for AppError {
    #[track_caller]
    fn from(err: sea_orm::TransactionError<AppError>) -> Self {
        match err {
            sea_orm::TransactionError::Connection(db) => AppError::from(db),
            sea_orm::TransactionError::Transaction(app) => app,
        }
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    fn failing_query() -> Result<(), AppError> {
        Err(sea_orm::DbErr::Custom("connection reset".into()))?;
        Ok(())
    }

    #[test]
    fn an_internal_error_keeps_its_cause_and_the_line_that_raised_it() {
        let Err(AppError::Internal(fault)) = failing_query() else {
            panic!("expected an internal error");
        };
        let at = fault.location().expect("a location");
        assert_eq!(at.file(), file!());
        assert_eq!(at.line(), line!() - 11, "the line of the `?`");
        assert!(fault
            .source()
            .expect("a source")
            .to_string()
            .contains("connection reset"));

        let missing: Option<i32> = None;
        let Err(AppError::Internal(fault)) = missing.or_internal("a row that must exist") else {
            panic!("expected an internal error");
        };
        assert_eq!(fault.location().map(|l| l.line()), Some(line!() - 3));
        assert!(format!("{fault:?}").contains("a row that must exist"));
    }

    #[test]
    fn the_cause_never_crosses_the_wire() {
        let err = AppError::Internal(Fault::caused_by(
            "db",
            sea_orm::DbErr::Custom("secret dsn".into()),
        ));
        let json = serde_json::to_string(&err).expect("serialises");
        assert!(!json.contains("secret"), "{json}");
        let back: AppError = serde_json::from_str(&json).expect("parses");
        assert_eq!(back.id(), ErrorId::Internal);
        assert_eq!(back.status(), http::StatusCode::INTERNAL_SERVER_ERROR);
    }
}
