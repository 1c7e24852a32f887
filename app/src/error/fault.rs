//! What went wrong on our side, kept with the error: the cause and the line that raised it. It is
//! logged once, when it is raised, inside the request's span (so with its request id), and never
//! crosses the wire: the browser only learns that something failed.

use std::fmt;
use std::panic::Location;
use std::sync::Arc;

/// The cause of an internal error and where it was raised.
#[derive(Clone, Default)]
pub struct Fault(Option<Arc<Inner>>);

struct Inner {
    what: String,
    source: Option<Box<dyn std::error::Error + Send + Sync>>,
    at: &'static Location<'static>,
}

impl Fault {
    /// Records and logs a failure described by `what`, raised at the caller's line.
    #[track_caller]
    pub fn new(what: impl fmt::Display) -> Fault {
        Fault::raise(what.to_string(), None, Location::caller())
    }

    /// Records and logs a failure caused by `source`, raised at the caller's line.
    #[track_caller]
    pub fn caused_by(what: &str, source: impl std::error::Error + Send + Sync + 'static) -> Fault {
        Fault::raise(what.to_owned(), Some(Box::new(source)), Location::caller())
    }

    fn raise(
        what: String,
        source: Option<Box<dyn std::error::Error + Send + Sync>>,
        at: &'static Location<'static>,
    ) -> Fault {
        #[cfg(feature = "ssr")]
        match &source {
            Some(cause) => tracing::error!(at = %at, error = %cause, "{what}"),
            None => tracing::error!(at = %at, "{what}"),
        }
        Fault(Some(Arc::new(Inner { what, source, at })))
    }

    /// The line that raised it (none for an error decoded from the wire).
    pub fn location(&self) -> Option<&'static Location<'static>> {
        self.0.as_ref().map(|inner| inner.at)
    }

    /// The underlying error, when there was one.
    pub fn source(&self) -> Option<&(dyn std::error::Error + Send + Sync + 'static)> {
        self.0.as_ref().and_then(|inner| inner.source.as_deref())
    }
}

impl fmt::Debug for Fault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            None => f.write_str("Fault"),
            Some(inner) => {
                write!(f, "{} at {}", inner.what, inner.at)?;
                if let Some(source) = &inner.source {
                    write!(f, ": {source}")?;
                }
                Ok(())
            }
        }
    }
}

impl fmt::Display for Fault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self, f)
    }
}

/// Two internal errors are the same error to a caller: what differs is only in the log.
impl PartialEq for Fault {
    fn eq(&self, _: &Fault) -> bool {
        true
    }
}

impl Eq for Fault {}

/// `.or_internal("what")` on a `Result` or an `Option` whose failure is a bug or an outage, not
/// the user's doing: it keeps the cause and the caller's line, and logs them once.
pub trait OrInternal<T> {
    fn or_internal(self, what: &str) -> Result<T, super::AppError>;
}

impl<T, E: std::error::Error + Send + Sync + 'static> OrInternal<T> for Result<T, E> {
    #[track_caller]
    fn or_internal(self, what: &str) -> Result<T, super::AppError> {
        match self {
            Ok(value) => Ok(value),
            Err(err) => Err(super::AppError::Internal(Fault::caused_by(what, err))),
        }
    }
}

impl<T> OrInternal<T> for Option<T> {
    #[track_caller]
    fn or_internal(self, what: &str) -> Result<T, super::AppError> {
        match self {
            Some(value) => Ok(value),
            None => Err(super::AppError::Internal(Fault::new(what))),
        }
    }
}
