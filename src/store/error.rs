//! What can go wrong with the database, each as one sentence a person can act on.

use std::path::PathBuf;

use rusqlite::ErrorCode;
use thiserror::Error;

use crate::domain::DomainError;

#[derive(Debug, Error)]
pub enum StoreError {
    #[error("{}: not an SQLite database; ortaq left it untouched (choose another path with --db)", path.display())]
    NotSqlite { path: PathBuf },

    #[error("{}: the file is empty (0 bytes), not an ortaq database; ortaq left it untouched (remove it to start afresh, or choose another path with --db)", path.display())]
    EmptyFile { path: PathBuf },

    #[error("{}: an SQLite database, but not an ortaq one; ortaq left it untouched", path.display())]
    ForeignDatabase { path: PathBuf },

    #[error("{}: the database is damaged ({detail}); ortaq left it untouched (restore a backup, see `ortaq backup`)", path.display())]
    Corrupt { path: PathBuf, detail: String },

    #[error("{}: written by a newer ortaq (schema version {found}, this one knows up to {supported}); ortaq left it untouched — upgrade ortaq", path.display())]
    NewerSchema { path: PathBuf, found: i64, supported: i64 },

    #[error("{}: you may only read this database; nothing was written", path.display())]
    ReadOnly { path: PathBuf },

    #[error("{}: ortaq cannot read the latest changes: they wait in the -wal file beside it, and reading them needs a -shm file that you may not create there; ask someone who may write the database to open it once (any ortaq command will do), then try again", path.display())]
    CannotFollow { path: PathBuf },

    #[error("{}: the database needs upgrading to schema version {supported}, but you may only read it; ask its owner to run ortaq once", path.display())]
    ReadOnlyNeedsUpgrade { path: PathBuf, supported: i64 },

    #[error("the database is busy: another user has been writing for too long; nothing was written, try again")]
    Busy,

    #[error("the disk is full (or the database reached its size limit); nothing was written")]
    Full,

    #[error(
        "project #{project} was changed by {author} at {at} ({}) after you started; nothing was written",
        super::history::describe_changes(changes)
    )]
    Conflict {
        project: i64,
        author: String,
        at: String,
        /// What that change did: the rows of the other user's last edit.
        changes: Vec<super::Change>,
        current_version: i64,
    },

    #[error(
        "the totals are too large to add up in whole numbers; ortaq shows no total rather than a wrong one (`ortaq check` names figures another tool may have written)"
    )]
    TotalsTooLarge,

    #[error("no project matches {0:?}")]
    NotFound(String),

    #[error("{reference:?} matches {count} projects: {candidates}; give the id or more of the name")]
    Ambiguous {
        reference: String,
        count: usize,
        candidates: String,
    },

    #[error("{0}")]
    Invalid(String),

    #[error("{}: {action}: {source}", path.display())]
    Io {
        path: PathBuf,
        action: &'static str,
        source: std::io::Error,
    },

    #[error("{context}: {source}")]
    Sqlite { context: String, source: rusqlite::Error },
}

impl From<super::TotalsOverflow> for StoreError {
    fn from(_: super::TotalsOverflow) -> Self {
        StoreError::TotalsTooLarge
    }
}

impl From<DomainError> for StoreError {
    fn from(error: DomainError) -> Self {
        StoreError::Invalid(error.message().to_string())
    }
}

impl StoreError {
    /// Turns an SQLite error into the most helpful variant.
    pub(crate) fn from_sqlite(error: rusqlite::Error, context: &str) -> Self {
        match error.sqlite_error_code() {
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => StoreError::Busy,
            Some(ErrorCode::DiskFull) => StoreError::Full,
            Some(ErrorCode::ReadOnly) => StoreError::ReadOnly { path: PathBuf::new() },
            _ if error.to_string().contains("integer overflow") => StoreError::TotalsTooLarge,
            Some(ErrorCode::ConstraintViolation) => {
                StoreError::Invalid(format!("{context}: the database refused the value ({error})"))
            }
            _ => StoreError::Sqlite {
                context: context.to_string(),
                source: error,
            },
        }
    }

    /// As [`StoreError::from_sqlite`], naming the file where that helps.
    pub(crate) fn at(self, path: &std::path::Path) -> Self {
        match self {
            StoreError::ReadOnly { .. } => StoreError::ReadOnly {
                path: path.to_path_buf(),
            },
            StoreError::Sqlite { source, context } => match source.sqlite_error_code() {
                Some(ErrorCode::NotADatabase) => StoreError::NotSqlite {
                    path: path.to_path_buf(),
                },
                Some(ErrorCode::DatabaseCorrupt) => StoreError::Corrupt {
                    path: path.to_path_buf(),
                    detail: source.to_string(),
                },
                _ => StoreError::Sqlite { context, source },
            },
            other => other,
        }
    }

    /// A refused write says that nothing was written.
    pub(crate) fn nothing_written(self) -> Self {
        match self {
            StoreError::Invalid(message) if !message.contains("nothing was written") => {
                StoreError::Invalid(format!("{message}; nothing was written"))
            }
            other => other,
        }
    }

    /// Whether trying again later may succeed.
    pub fn is_transient(&self) -> bool {
        matches!(self, StoreError::Busy)
    }
}
