//! What can go wrong with the database, each as a typed fact that `i18n::error` turns
//! into one sentence a person can act on.

use std::path::PathBuf;

use rusqlite::ErrorCode;

use super::Operation;
use crate::domain::{DomainError, Field};

/// Why a person of `ortaq access` cannot be added, changed or found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PeopleProblem {
    /// The name cannot name a person (empty, or not one word ortaq can put in a key line).
    BadName { name: String },
    /// The key is already another person's.
    KeyTaken { fingerprint: String, owner: String },
    /// The person is already allowed in.
    AlreadyIn { name: String },
    /// No such person.
    NotAmong { name: String },
    /// The name is written with compatibility characters (fullwidth letters,
    /// ligatures…); `plain` is how it is written plainly.
    NotPlain { name: String, plain: String },
    /// The name would pass for `existing`'s, who is already allowed in: the same letters
    /// but for case, width or alphabet (`ADMIN`, `Ａdmin`, Cyrillic `аdmin` beside `admin`).
    LooksLike { name: String, existing: String },
    /// The change would leave no admin: `name` is the last one, whom no one may demote
    /// or remove (no one could then let people in or change roles).
    LastAdmin { name: String },
}

/// What went wrong, as a typed fact; `i18n::error::store_error` puts it into words in the
/// language spoken (the `Display` of this type, for logs, is the English rendering).
#[derive(Debug)]
pub enum StoreError {
    NotSqlite {
        path: PathBuf,
    },
    EmptyFile {
        path: PathBuf,
    },
    ForeignDatabase {
        path: PathBuf,
    },
    Corrupt {
        path: PathBuf,
        detail: String,
    },
    NewerSchema {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    ReadOnly {
        path: PathBuf,
    },
    CannotFollow {
        path: PathBuf,
    },
    ReadOnlyNeedsUpgrade {
        path: PathBuf,
        supported: i64,
    },
    Busy,
    Full,
    /// Someone else changed the project after the caller read it.
    Conflict {
        project: i64,
        /// Who made the last change; `None` when the audit log does not say.
        author: Option<String>,
        /// When, as stored (UTC, RFC 3339).
        at: String,
        /// What that change did: the rows of the other user's last edit.
        changes: Vec<super::Change>,
        current_version: i64,
    },
    /// A version the project never had was named (`--if-version 99` when it is at 4).
    NoSuchVersion {
        project: i64,
        given: i64,
        current: i64,
    },
    TotalsTooLarge,
    /// No live project matches the reference typed.
    NotFound(String),
    /// The project was deleted; `undo` says whether `ortaq undo` may bring it back.
    Deleted {
        project: i64,
        undo: bool,
    },
    /// The reference matches several projects: `count` of them, the first few here.
    Ambiguous {
        reference: String,
        count: usize,
        candidates: Vec<(i64, String)>,
    },
    /// A value refused by the rules of the domain.
    Domain(DomainError),
    AlreadyDeleted {
        project: i64,
    },
    NotDeleted {
        project: i64,
    },
    NoSuchSource {
        id: i64,
    },
    NoSourceMatches {
        reference: String,
    },
    /// No reported figure has this id (or it cannot be read: `check` names it).
    NoSuchFigure {
        id: i64,
    },
    /// The reported figure was removed already.
    FigureRemoved {
        id: i64,
    },
    /// A live figure has the date, scope, kind and source of the one to record.
    FigureExists {
        existing: Box<super::Indicator>,
    },
    SourceAmbiguous {
        reference: String,
        ids: Vec<i64>,
    },
    NoSourceTitled {
        title: String,
    },
    /// A person of `ortaq access` cannot be added, changed or found.
    People(PeopleProblem),
    /// The person served over SSH was removed (`role: None`) or given a role below the
    /// one this write needs since their session began: nothing is written.
    NoLongerAllowed {
        role: Option<super::Role>,
        needed: super::Role,
    },
    /// The author has no change of theirs left to undo.
    NothingToUndo {
        author: String,
    },
    NothingToRedo {
        author: String,
    },
    /// Undo or redo refused: the author's last write was to a reported figure (recorded,
    /// removed or corrected), which the audit log of projects does not hold; going past
    /// it would take back an older change instead.
    FigureWriteLast {
        revert: Revert,
        figure: i64,
        at: String,
    },
    /// Undo or redo of a figure's edit refused: the figure was removed or put back since,
    /// or another live figure has its date, scope, kind and source.
    FigureChangedSince {
        revert: Revert,
        figure: i64,
    },
    /// Undo or redo refused: the project was deleted or restored by someone since.
    DeletedOrRestoredSince {
        project: i64,
    },
    /// Undo or redo refused: the project was deleted since.
    DeletedSince {
        revert: Revert,
        project: i64,
    },
    /// Undo or redo refused: the field was changed by someone since.
    ChangedSince {
        revert: Revert,
        project: i64,
        field: String,
        /// Who changed it and when (as stored), if the audit log says.
        by: Option<(String, String)>,
    },
    /// Undoing an addition refused: another user has worked on the project since.
    CreationChangedSince {
        project: i64,
        author: String,
        at: String,
    },
    /// `undo --skip` refused: the last change can be undone, so it is not stepped past.
    UndoNotStuck {
        edit: i64,
    },
    /// A refusal that changed nothing (the transaction was rolled back).
    NothingWritten(Box<StoreError>),
    /// The backup target exists already.
    FileExists {
        path: PathBuf,
    },
    Io {
        path: PathBuf,
        action: IoAction,
        /// Not a `source`: the message already says it, and a chain would repeat it.
        error: std::io::Error,
    },
    /// The database refused a value (a constraint), for the technical detail given.
    Refused {
        context: Operation,
        detail: String,
    },
    /// An upgrade refused, the file left as it was: rows refer to rows that are not there
    /// (written by another tool with foreign keys off), and the new schema would keep them.
    DanglingReferences {
        count: i64,
    },
    /// About a meeting or an agreement (issue 24).
    Commission(super::commission_log::CommissionProblem),
    /// Something that only a fault of ortaq, or a file tampered with, can cause.
    Internal(Fault),
    Sqlite {
        context: Operation,
        error: rusqlite::Error,
    },
}

/// A fault of ortaq itself, or of a file changed by another tool: never a person's doing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    /// The built-in seed failed its own checks (`detail` is the parser's, technical).
    SeedInvalid { detail: String },
    /// The built-in seed names a source it does not define.
    SeedUnknownSource { key: String },
    /// The built-in seed gives a field a value of the wrong kind.
    SeedOddValue { field: String },
    /// No step upgrades a database of this schema version.
    NoUpgradeFrom { version: i64 },
    /// An edit to undo has no rows.
    NoSuchChange { edit: i64 },
    /// The audit log holds a value of a field that does not read as one.
    OddHistoryValue { field: Field, text: String },
    /// An audit row of an update names no update.
    NoteWithoutUpdate,
    /// An audit row of a meeting or an agreement names a column it does not have.
    NoColumnToUndo { column: String },
}

/// Which of undo or redo was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Revert {
    Undo,
    Redo,
}

/// What ortaq was doing with a file when the system refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IoAction {
    Opening,
    OpeningReadOnly,
    Reading,
    Creating,
    CreatingDirectory,
    CreatingBackup,
    BackingUp,
    RemovingTemporary,
}

impl std::error::Error for StoreError {}

impl From<super::TotalsOverflow> for StoreError {
    fn from(_: super::TotalsOverflow) -> Self {
        StoreError::TotalsTooLarge
    }
}

impl From<DomainError> for StoreError {
    fn from(error: DomainError) -> Self {
        StoreError::Domain(error)
    }
}

impl StoreError {
    /// Turns an SQLite error into the most helpful variant.
    pub(crate) fn from_sqlite(error: rusqlite::Error, context: Operation) -> Self {
        match error.sqlite_error_code() {
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => StoreError::Busy,
            Some(ErrorCode::DiskFull) => StoreError::Full,
            Some(ErrorCode::ReadOnly) => StoreError::ReadOnly { path: PathBuf::new() },
            _ if error.to_string().contains("integer overflow") => StoreError::TotalsTooLarge,
            Some(ErrorCode::ConstraintViolation) => StoreError::Refused {
                context,
                detail: error.to_string(),
            },
            _ => StoreError::Sqlite { context, error },
        }
    }

    /// As [`StoreError::from_sqlite`], naming the file where that helps.
    pub(crate) fn at(self, path: &std::path::Path) -> Self {
        match self {
            StoreError::ReadOnly { .. } => StoreError::ReadOnly {
                path: path.to_path_buf(),
            },
            StoreError::Sqlite { error, context } => match error.sqlite_error_code() {
                Some(ErrorCode::NotADatabase) => StoreError::NotSqlite {
                    path: path.to_path_buf(),
                },
                Some(ErrorCode::DatabaseCorrupt) => StoreError::Corrupt {
                    path: path.to_path_buf(),
                    detail: error.to_string(),
                },
                _ => StoreError::Sqlite { context, error },
            },
            other => other,
        }
    }

    /// A refused write says that nothing was written (the errors that say it
    /// themselves, or that are no refusal of a value, are left as they are).
    pub(crate) fn nothing_written(self) -> Self {
        match self {
            StoreError::Domain(_)
            | StoreError::AlreadyDeleted { .. }
            | StoreError::NotDeleted { .. }
            | StoreError::NoSuchSource { .. }
            | StoreError::NoSuchFigure { .. }
            | StoreError::FigureRemoved { .. }
            | StoreError::NoSourceMatches { .. }
            | StoreError::SourceAmbiguous { .. }
            | StoreError::NoSourceTitled { .. }
            | StoreError::NothingToUndo { .. }
            | StoreError::NothingToRedo { .. }
            | StoreError::FigureWriteLast { .. }
            | StoreError::FigureChangedSince { .. }
            | StoreError::People(_)
            | StoreError::NoLongerAllowed { .. }
            | StoreError::DeletedOrRestoredSince { .. }
            | StoreError::DeletedSince { .. }
            | StoreError::ChangedSince { .. }
            | StoreError::CreationChangedSince { .. }
            | StoreError::UndoNotStuck { .. }
            | StoreError::Refused { .. }
            | StoreError::Internal(_) => StoreError::NothingWritten(Box::new(self)),
            other => other,
        }
    }

    /// Whether this is an undo refused because someone changed the project since: undo
    /// is stuck on that change until the user steps past it (`undo --skip`).
    pub fn is_undo_stuck(&self) -> bool {
        match self {
            StoreError::NothingWritten(inner) => inner.is_undo_stuck(),
            StoreError::ChangedSince {
                revert: Revert::Undo, ..
            }
            | StoreError::DeletedSince {
                revert: Revert::Undo, ..
            }
            | StoreError::FigureChangedSince {
                revert: Revert::Undo, ..
            }
            | StoreError::Commission(
                super::commission_log::CommissionProblem::ChangedSince { .. }
                | super::commission_log::CommissionProblem::BuiltOnSince { .. },
            )
            | StoreError::DeletedOrRestoredSince { .. }
            | StoreError::CreationChangedSince { .. } => true,
            _ => false,
        }
    }

    /// Whether trying again later may succeed.
    pub fn is_transient(&self) -> bool {
        matches!(self, StoreError::Busy)
    }
}
