//! What `update` asks of the outside world, and what comes back. The app never performs
//! I/O itself: it returns effects as data, the event loop runs them against the store,
//! and hands the outcome back to the app.

use crate::domain::{Field, FieldValue, NewProject, Project};
use crate::report::summary::Summary;
use crate::report::trend::TrendPoint;
use crate::store::{ActivityLog, Change, DatedNote, Dimension, NewDatedNote, PastValue, ProjectQuery, Source, Totals};

/// A request to the store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Find `keep` (or else use `fallback`) in the query's list and load the rows around
    /// it; the totals follow with [`Effect::CountTotals`].
    Reload {
        query: ProjectQuery,
        keep: Option<i64>,
        fallback: usize,
        window: usize,
    },
    /// Count and total the query's projects, for the footer.
    CountTotals(ProjectQuery),
    /// Load rows `start..start + len` of the query.
    LoadRows {
        query: ProjectQuery,
        start: usize,
        len: usize,
    },
    /// Load a project's fields, updates and history for the detail.
    LoadDetail(i64),
    /// Load the sources and sectors the forms and filter offer.
    LoadLookups,
    /// Write fields of a project, if still at `version`.
    Save {
        id: i64,
        version: i64,
        values: Vec<(Field, FieldValue)>,
    },
    AddProject(NewProject),
    AddUpdate {
        project: i64,
        update: NewDatedNote,
    },
    /// Add a dated update on an agreement's progress (issue 24).
    NoteAgreement {
        agreement: i64,
        update: NewDatedNote,
    },
    /// Add a meeting or an agreement (issue 24).
    AddCommission(Box<super::CommissionNew>),
    Delete {
        id: i64,
        version: i64,
    },
    /// Total the query's projects by a dimension, with the reported figures.
    LoadSummary {
        query: ProjectQuery,
        by: Dimension,
    },
    /// The activity: what was entered from `since` (a stored UTC time) up to now.
    LoadActivity {
        since: String,
    },
    /// Where the query's located projects stand, for the map.
    LoadPlaces(ProjectQuery),
    /// The meetings, agreements, their linked projects' names and notes (issue 24).
    LoadMeetings,
    /// Take back the user's last change, or redo the last one taken back.
    Undo,
    Redo,
    /// Step past the user's last change, which undo cannot take back.
    SkipUndo,
}

/// What the store answered.
#[derive(Debug, Clone)]
pub enum Outcome {
    Reloaded {
        /// How many projects are known to be in the list: all of them when `totals`
        /// is there or the window reached the end, else at least this many.
        known: usize,
        /// The window reached the end of the list, so `known` is the count.
        complete: bool,
        totals: Option<Totals>,
        position: usize,
        start: usize,
        rows: Vec<Project>,
    },
    Totals {
        query: ProjectQuery,
        totals: Totals,
    },
    Rows {
        start: usize,
        rows: Vec<Project>,
    },
    Detail {
        project: Project,
        updates: Vec<DatedNote>,
        history: Vec<Change>,
        history_total: usize,
        figures: Vec<(Field, Vec<PastValue>)>,
        /// The agreements linked to the project (issue 24).
        agreements: Vec<crate::domain::Agreement>,
    },
    Lookups {
        sources: Vec<Source>,
        sectors: Vec<String>,
    },
    Saved {
        project: Project,
        fields: Vec<Field>,
    },
    Added(Project),
    /// A meeting or an agreement was added: what was stored, and its meeting.
    CommissionAdded {
        meeting: Box<crate::domain::Meeting>,
        agreement: Option<Box<crate::domain::Agreement>>,
        /// The projects the agreement concerns (id, name).
        linked: Vec<(i64, String)>,
    },
    /// An update on a project was stored: the project as it is now, and the update.
    UpdateAdded {
        project: Box<crate::domain::Project>,
        date: crate::domain::EdtfDate,
        source: Option<i64>,
    },
    /// Fields of a meeting or an agreement were changed.
    CommissionSet(Box<super::CommissionSet>),
    /// An update on an agreement was stored: the note as stored.
    AgreementNoted {
        agreement: i64,
        note: crate::store::AgreementNote,
    },
    Deleted(Project),
    Summary {
        summary: Summary,
        trend: Vec<TrendPoint>,
    },
    /// The activity since `since`: its entries, newest first, and the totals.
    Activity {
        since: String,
        log: ActivityLog,
    },
    /// The located projects of `query`, for the map.
    Places {
        query: ProjectQuery,
        places: Vec<crate::store::Placed>,
    },
    /// The meetings screen's data.
    Meetings(Box<super::MeetingsData>),
    /// An undo (`redo` false) or a redo was applied to a project.
    Reverted {
        project: i64,
        summary: String,
        redo: bool,
    },
    /// An undo was refused because someone changed the project since: `change` names
    /// the user's change it is stuck on, which a skip steps past.
    UndoStuck {
        why: std::sync::Arc<crate::store::StoreError>,
        change: String,
    },
    /// The user's last change was stepped past (`change` names it); the next undo takes
    /// the one before.
    Skipped {
        project: i64,
        change: String,
    },
    /// A write was refused; `conflict` names who changed the project since.
    WriteFailed {
        error: std::sync::Arc<crate::store::StoreError>,
        conflict: Option<ConflictInfo>,
    },
    /// A read failed.
    ReadFailed(std::sync::Arc<crate::store::StoreError>),
    /// Another connection holds the write lock: nothing was written, and the write
    /// is handed back to be tried again.
    Busy(Effect),
    /// The count for the footer gave way to a key; it is done again when idle.
    CountGaveWay(ProjectQuery),
}

impl Outcome {
    /// Whether this answers a write (landed or refused), ending any wait for one.
    pub fn ends_a_write(&self) -> bool {
        matches!(
            self,
            Outcome::Saved { .. }
                | Outcome::Added(_)
                | Outcome::CommissionAdded { .. }
                | Outcome::AgreementNoted { .. }
                | Outcome::CommissionSet(_)
                | Outcome::UpdateAdded { .. }
                | Outcome::Deleted(_)
                | Outcome::Reverted { .. }
                | Outcome::UndoStuck { .. }
                | Outcome::Skipped { .. }
                | Outcome::WriteFailed { .. }
        )
    }
}

/// Who changed a project after an edit started, and its version now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConflictInfo {
    pub author: String,
    pub at: String,
    /// What they changed: the rows of their last edit.
    pub changes: Vec<crate::store::Change>,
    pub current_version: i64,
}
