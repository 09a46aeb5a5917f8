//! SQLite storage: opening a database safely, the schema migrations, reading projects,
//! and every write, each in one short IMMEDIATE transaction with an audit row per change.
//!
//! The store knows nothing of terminals; the interface and the command line reach the
//! database only through [`Store`].

mod access_log;
mod activity;
mod agreement_digest;
mod agreements;
mod commission_log;
mod digest;
mod edit;
mod error;
mod exchange;
mod figure_log;
mod history;
mod indicators;
mod interrupt;
mod journal;
mod maintenance;
mod meetings;
mod migrate;
mod notes;
mod open;
mod operation;
mod people;
mod places;
mod projects;
mod query;
mod reread;
mod row;
mod seed;
mod seed_meetings;
mod skip;
mod sources;
mod undo;
mod valid;

pub use access_log::{AccessEntry, AccessEvent};
pub use activity::{Activity, ActivityKind, ActivityLog, PastValue};
pub use agreement_digest::AgreementDigest;
pub use agreements::{AgreementField, AgreementNote, AgreementQuery, NewAgreement};
pub use commission_log::{CommissionChange, CommissionProblem, CommissionReverted, Entity, Undone};
pub use digest::{AuthorActivity, Digest, NetChange, NewNote, ProjectRef};
pub use edit::{Changed, ProjectChange, search_text};
pub use error::{Fault, IoAction, PeopleProblem, Revert, StoreError};
pub use exchange::{
    Corrected, ImportDocument, ImportIndicator, ImportOutcome, ImportProject, ImportRights, ImportUpdate, Portfolio,
    RowSkipped, SourceKey, SourceRef, UpdateConflict, UpdateOptions, UpdateOutcome, UpdateRow,
};
pub use figure_log::FigureReverted;
pub use history::Change;
pub use indicators::{Correction, FigureEntry, Indicator, NewIndicator, Removal};
// The figure's closed sets are the domain's; named here too for the code that reads
// them with the figures.
pub use crate::domain::NewDatedNote;
pub use crate::domain::{KNOWN_SCOPES, Metric, Qualifier, scope_code};
pub use journal::{JournalHealth, WAL_WARNING_BYTES, sqlite_version};
pub use maintenance::{CheckReport, ReversedDates, SearchIndex, UnreadableValue};
pub use meetings::{MeetingField, NewMeeting, PlaceNames, place_as_stored};
pub use notes::DatedNote;
pub use open::{OpenOptions, copy_mode};
pub use operation::Operation;
pub use people::{NewPerson, Person, Role, valid_person_name};
pub use places::Placed;
pub use projects::{GroupTotals, Totals, TotalsOverflow};
pub use query::{Dimension, ProjectQuery, SearchAlso, SearchLabels, SortDirection, SortKey};
pub use skip::{NextUndo, Skipped};
pub use sources::{NewSource, Source, SourceMatch, match_source};
pub use undo::Reverted;

use std::path::{Path, PathBuf};

use rusqlite::Connection;

/// The schema this version of ortaq writes; see `schema.sql`.
pub const SCHEMA_VERSION: i64 = 9;

/// An open ortaq database.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    read_only: bool,
    author: String,
    /// Set when the file could only be opened immutable: what it looked like then.
    immutable: Option<open::FileStamp>,
    /// How many times an immutable reader opened the file again; part of `data_version`.
    reopened: i64,
    /// Whether opening created the file (a mistyped path creates one too).
    created: bool,
    /// The person served over SSH (their id in `people`), whose role every write checks.
    served: Option<i64>,
    /// What a search word also matches in the language spoken (the labels shown for
    /// stored places, sectors and countries); `None`: the stored text alone.
    search_labels: Option<query::SearchLabels>,
}

impl Store {
    /// Opens (creating and seeding if new) the database at `path`.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        open::open(path, &OpenOptions::default())
    }

    pub fn open_with(path: &Path, options: &OpenOptions) -> Result<Self, StoreError> {
        open::open(path, options)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether this open created the database (and loaded the seed, unless asked not to).
    pub fn was_created(&self) -> bool {
        self.created
    }

    /// Whether this user may only read the file; every write is then refused.
    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    /// The operating-system user that audit rows name.
    pub fn author(&self) -> &str {
        &self.author
    }

    /// Lets a search match what the screen shows for stored values as well as the stored
    /// text (the edge gives `i18n::search_also`).
    pub fn set_search_labels(&mut self, labels: query::SearchLabels) {
        self.search_labels = Some(labels);
    }

    /// Replaces the audit author; for tests that play several users in one process.
    #[doc(hidden)]
    pub fn set_author_for_tests(&mut self, author: &str) {
        self.author = author.to_string();
    }

    /// Caps the file at its current size plus `pages` pages, as a full disk would.
    #[doc(hidden)]
    pub fn limit_growth_for_tests(&self, pages: i64) -> Result<(), StoreError> {
        let current: i64 = self
            .conn
            .query_row("PRAGMA page_count", [], |row| row.get(0))
            .map_err(|e| StoreError::from_sqlite(e, Operation::ReadingSize))?;
        self.conn
            .query_row(&format!("PRAGMA max_page_count = {}", current + pages), [], |_| Ok(()))
            .map_err(|e| StoreError::from_sqlite(e, Operation::LimitingSize))
    }

    /// A counter that changes when another connection commits: cheap to poll. A reader
    /// that could only open the file immutable opens it again once it changed.
    pub fn data_version(&mut self) -> Result<i64, StoreError> {
        if let Some(stamp) = &self.immutable
            && *stamp != open::FileStamp::of(&self.path)
        {
            let (conn, immutable) = open::reconnect_reader(&self.path)?;
            self.conn = conn;
            self.immutable = immutable;
            self.reopened += 1;
        }
        let version: i64 = self
            .conn
            .query_row("PRAGMA data_version", [], |row| row.get(0))
            .map_err(|e| StoreError::from_sqlite(e, Operation::CheckingForChanges))?;
        // data_version is per connection: a new one starts again, so count the reopenings.
        Ok(version.saturating_add(self.reopened.saturating_mul(1 << 32)))
    }

    fn ensure_writable(&self) -> Result<(), StoreError> {
        if self.read_only {
            return Err(StoreError::ReadOnly {
                path: self.path.clone(),
            });
        }
        Ok(())
    }
}

/// The current time in UTC, as the audit log and timestamps store it.
pub(crate) fn now_utc() -> String {
    chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// The operating-system user running ortaq, from the password database (never from
/// `$USER`, which anyone can set). A uid with no entry there is its own author,
/// `uid 4242`, so that two such users never share an undo history.
pub(crate) fn os_user() -> String {
    match whoami::username() {
        Ok(name) if !name.trim().is_empty() && name != SEED_AUTHOR => name,
        _ => format!("uid {}", rustix::process::getuid().as_raw()),
    }
}

/// The author of the seed's rows: nobody's edit, so nobody's undo reaches them.
pub const SEED_AUTHOR: &str = "seed";
