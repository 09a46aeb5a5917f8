//! The audit log of meetings and agreements (`commission_changes`), and undo and redo
//! of their edits.
//!
//! Why a log beside `changes` rather than an entity column in it: every row of
//! `changes` names a project (NOT NULL, a foreign key), and history, the digest, undo,
//! the activity screen and conflict messages all read it as a project's log. Widening
//! it would mean rebuilding an append-only table of hundreds of thousands of rows and
//! touching each of those readers. A parallel log leaves them as they are; its edits are
//! numbered in one sequence with those of `changes` (see [`next_edit`]), so "undo my
//! last change" is one order across both.

use super::Operation;
use super::error::Fault;
use rusqlite::{OptionalExtension, Transaction, params};

use super::{Store, StoreError, now_utc, row};

/// What an audit row of this log is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entity {
    Meeting,
    Agreement,
}

impl Entity {
    pub fn code(self) -> &'static str {
        match self {
            Entity::Meeting => "meeting",
            Entity::Agreement => "agreement",
        }
    }

    fn parse(code: &str) -> Option<Self> {
        match code {
            "meeting" => Some(Entity::Meeting),
            "agreement" => Some(Entity::Agreement),
            _ => None,
        }
    }

    /// What reading one of its rows is called in an error.
    fn reading(self) -> Operation {
        match self {
            Entity::Meeting => Operation::ReadingMeeting,
            Entity::Agreement => Operation::ReadingAgreement,
        }
    }

    fn table(self) -> &'static str {
        match self {
            Entity::Meeting => "meetings",
            Entity::Agreement => "agreements",
        }
    }

    /// The columns an edit may write, so that a column read back from the log is never
    /// put into SQL unless it is one of these.
    fn columns(self) -> &'static [&'static str] {
        match self {
            Entity::Meeting => &[
                "date",
                "place",
                "kind",
                "number",
                "co_chairs",
                "title",
                "held",
                "source_id",
            ],
            Entity::Agreement => &[
                "meeting_id",
                "text",
                "side",
                "responsible",
                "due",
                "status",
                "source_id",
            ],
        }
    }
}

/// What went wrong with a meeting or an agreement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CommissionProblem {
    /// No live meeting matches the reference.
    NoMeeting {
        reference: String,
    },
    /// More than one does: the choices, as (id, date, place).
    MeetingAmbiguous {
        reference: String,
        candidates: Vec<(i64, crate::domain::EdtfDate, String)>,
    },
    /// A meeting of the same kind, date and place is already recorded: this one.
    DuplicateMeeting {
        there: Box<crate::domain::Meeting>,
    },
    NoAgreement {
        id: i64,
    },
    /// An agreement due before the meeting that made it began.
    DueBeforeMeeting {
        due: Box<crate::domain::EdtfDate>,
        meeting: Box<crate::domain::Meeting>,
    },
    /// A meeting's date moved after the due dates of some of its agreements: the
    /// meeting as it would be, and those agreements as (id, text, due).
    MeetingAfterAgreementsDue {
        meeting: Box<crate::domain::Meeting>,
        agreements: Vec<(i64, String, Option<crate::domain::EdtfDate>)>,
    },
    /// An update on an agreement dated before the meeting that made it.
    NoteBeforeMeeting {
        date: Box<crate::domain::EdtfDate>,
        meeting: Box<crate::domain::Meeting>,
    },
    /// An undo or redo would overwrite a change made since.
    ChangedSince {
        entity: Entity,
        id: i64,
        field: String,
    },
    /// Taking back the adding of a meeting or an agreement would delete what `by` has
    /// done on it since.
    BuiltOnSince {
        entity: Entity,
        id: i64,
        by: String,
    },
    /// A meeting recorded as held before its date has come.
    HeldBeforeItsDate {
        date: crate::domain::EdtfDate,
    },
    /// `undo` or `redo` found an edit of this log it cannot read (a fault or a tampered file).
    UnreadableEdit {
        edit: i64,
    },
}

impl From<CommissionProblem> for StoreError {
    fn from(problem: CommissionProblem) -> Self {
        StoreError::Commission(problem)
    }
}

/// One row of this log, as history shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommissionChange {
    pub edit: i64,
    pub entity: Entity,
    pub entity_id: i64,
    pub field: String,
    pub old_value: Option<String>,
    pub new_value: Option<String>,
    pub author: String,
    pub changed_at: String,
}

/// What an undo or redo of a meeting's or an agreement's edit did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommissionReverted {
    pub edit: i64,
    pub entity: Entity,
    pub entity_id: i64,
    /// How many rows the revert wrote.
    pub rows: usize,
}

/// The next edit number, one sequence across `changes`, `commission_changes` and
/// `figure_changes`. An upgrade from before version 8 writes edits (the re-read seed of
/// version 5) before the later logs exist: then the logs there number them.
pub(crate) fn next_edit(tx: &Transaction<'_>) -> Result<i64, StoreError> {
    let sql = |e| StoreError::from_sqlite(e, Operation::WritingAuditLog);
    let has = |table: &str| -> Result<bool, StoreError> {
        tx.query_row(
            "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?1",
            [table],
            |r| r.get::<_, i64>(0),
        )
        .map(|count| count > 0)
        .map_err(sql)
    };
    let mut logs = vec!["coalesce((SELECT max(edit) FROM changes), 0)"];
    if has("commission_changes")? {
        logs.push("coalesce((SELECT max(edit) FROM commission_changes), 0)");
    }
    if has("figure_changes")? {
        logs.push("coalesce((SELECT max(edit) FROM figure_changes), 0)");
    }
    let query = if logs.len() == 1 {
        format!("SELECT {} + 1", logs[0])
    } else {
        format!("SELECT max({}) + 1", logs.join(", "))
    };
    tx.query_row(&query, [], |r| r.get(0)).map_err(sql)
}

/// One row of an edit to be written.
pub(crate) struct Logged<'a> {
    pub entity: Entity,
    pub id: i64,
    pub field: &'a str,
    pub old: Option<String>,
    pub new: Option<String>,
}

pub(crate) fn log(tx: &Transaction<'_>, edit: i64, row: &Logged<'_>, author: &str) -> Result<(), StoreError> {
    log_as(tx, edit, row, author, "do", None)
}

pub(super) fn log_as(
    tx: &Transaction<'_>,
    edit: i64,
    row: &Logged<'_>,
    author: &str,
    kind: &str,
    reverts: Option<i64>,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO commission_changes
             (edit, entity, entity_id, field, old_value, new_value, author, changed_at, kind, reverts)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            edit,
            row.entity.code(),
            row.id,
            row.field,
            row.old,
            row.new,
            author,
            now_utc(),
            kind,
            reverts
        ],
    )
    .map(|_| ())
    .map_err(|e| StoreError::from_sqlite(e, Operation::WritingAuditLog))
}

/// Sets one column of a meeting or an agreement, bumps its version and logs the change.
pub(crate) fn set_column(tx: &Transaction<'_>, edit: i64, row: &Logged<'_>, author: &str) -> Result<(), StoreError> {
    write_column(tx, row.entity, row.id, row.field, row.new.as_deref())?;
    log(tx, edit, row, author)
}

/// Sets `column` of a meeting or an agreement to `value` in `edit` (bumping its version
/// and logging the change) unless it holds that already; says whether it changed. The
/// old value is compared as text, as the log keeps it.
pub(crate) fn set_if_changed(
    tx: &Transaction<'_>,
    edit: i64,
    entity: Entity,
    id: i64,
    column: &'static str,
    value: &Option<String>,
    author: &str,
) -> Result<bool, StoreError> {
    let old = read_column_as(tx, entity, id, column, entity.reading())?;
    if old == *value {
        return Ok(false);
    }
    let row = Logged {
        entity,
        id,
        field: column,
        old,
        new: value.clone(),
    };
    set_column(tx, edit, &row, author)?;
    Ok(true)
}

fn write_column(
    tx: &Transaction<'_>,
    entity: Entity,
    id: i64,
    column: &str,
    value: Option<&str>,
) -> Result<(), StoreError> {
    if !entity.columns().contains(&column) {
        return Err(StoreError::Internal(Fault::NoColumnToUndo {
            column: format!("{}.{column}", entity.table()),
        }));
    }
    let sql = format!(
        "UPDATE {} SET {column} = ?1, version = version + 1, updated_at = ?2 WHERE id = ?3",
        entity.table()
    );
    tx.execute(&sql, params![value, now_utc(), id])
        .map(|_| ())
        .map_err(|e| StoreError::from_sqlite(e, Operation::ChangingMeetingOrAgreement))
}

fn read_column(tx: &Transaction<'_>, entity: Entity, id: i64, column: &str) -> Result<Option<String>, StoreError> {
    read_column_as(tx, entity, id, column, Operation::ReadingMeetingOrAgreement)
}

fn read_column_as(
    tx: &Transaction<'_>,
    entity: Entity,
    id: i64,
    column: &str,
    reading: Operation,
) -> Result<Option<String>, StoreError> {
    if !entity.columns().contains(&column) {
        return Err(StoreError::Internal(Fault::NoColumnToUndo {
            column: format!("{}.{column}", entity.table()),
        }));
    }
    let sql = format!("SELECT CAST({column} AS TEXT) FROM {} WHERE id = ?1", entity.table());
    tx.query_row(&sql, [id], |r| r.get(0))
        .map_err(|e| StoreError::from_sqlite(e, reading))
}

/// This person's last edit of this log that undo may take back, if any.
pub(super) fn last_to_undo(tx: &rusqlite::Connection, author: &str) -> Result<Option<i64>, StoreError> {
    tx.query_row(
        "SELECT edit FROM commission_changes c WHERE author = ?1 AND kind IN ('do', 'redo')
            AND NOT EXISTS (SELECT 1 FROM commission_changes u WHERE u.kind = 'undo' AND u.reverts = c.edit)
          ORDER BY edit DESC LIMIT 1",
        [author],
        |r| r.get(0),
    )
    .optional()
    .map_err(|e| StoreError::from_sqlite(e, Operation::FindingLastChange))
}

/// This person's last undo of this log that redo may take back: not redone, and nothing
/// done since in either log.
fn last_to_redo(tx: &rusqlite::Connection, author: &str) -> Result<Option<i64>, StoreError> {
    tx.query_row(
        "SELECT edit FROM commission_changes c WHERE author = ?1 AND kind = 'undo' AND field <> 'skipped'
            AND NOT EXISTS (SELECT 1 FROM commission_changes r WHERE r.kind = 'redo' AND r.reverts = c.edit)
            AND NOT EXISTS (SELECT 1 FROM commission_changes d WHERE d.author = ?1 AND d.kind = 'do' AND d.edit > c.edit)
            AND NOT EXISTS (SELECT 1 FROM changes d WHERE d.author = ?1 AND d.kind = 'do' AND d.edit > c.edit)
          ORDER BY edit DESC LIMIT 1",
        [author],
        |r| r.get(0),
    )
    .optional()
    .map_err(|e| StoreError::from_sqlite(e, Operation::FindingLastUndo))
}

/// The newest edit of `changes` by this person that undo (or redo) may take back, to
/// compare with this log's.
fn last_project_edit(tx: &rusqlite::Connection, author: &str, undo: bool) -> Result<Option<i64>, StoreError> {
    if undo {
        return super::undo::newest_undoable(tx, author);
    }
    tx.query_row(
        "SELECT edit FROM changes c WHERE author = ?1 AND kind = 'undo' AND field <> 'skipped'
            AND NOT EXISTS (SELECT 1 FROM changes r WHERE r.kind = 'redo' AND r.reverts = c.edit)
          ORDER BY edit DESC LIMIT 1",
        [author],
        |r| r.get(0),
    )
    .optional()
    .map_err(|e| StoreError::from_sqlite(e, Operation::FindingLastChange))
}

/// What `undo` or `redo` took back: a project's edit, a meeting's or an agreement's,
/// or a reported figure's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Undone {
    Project(super::Reverted),
    Commission(CommissionReverted),
    Figure(super::FigureReverted),
}

/// Which log holds a person's newest edit that undo (or redo) would take back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Newest {
    Project(i64),
    Commission(i64),
    Figure(i64),
}

/// The person's newest edit to undo (or undo to redo), across the three logs; `None`
/// when there is none (or, for redo, when they have done something since).
pub(super) fn newest(conn: &rusqlite::Connection, author: &str, undo: bool) -> Result<Option<Newest>, StoreError> {
    let (commission, figure) = if undo {
        (
            last_to_undo(conn, author)?,
            super::figure_log::last_to_undo(conn, author)?,
        )
    } else {
        (
            last_to_redo(conn, author)?,
            super::figure_log::last_to_redo(conn, author)?,
        )
    };
    let project = last_project_edit(conn, author, undo)?;
    let found = [
        project.map(Newest::Project),
        commission.map(Newest::Commission),
        figure.map(Newest::Figure),
    ]
    .into_iter()
    .flatten()
    .max_by_key(|n| match n {
        Newest::Project(e) | Newest::Commission(e) | Newest::Figure(e) => *e,
    });
    if let (false, Some(Newest::Project(e) | Newest::Commission(e) | Newest::Figure(e))) = (undo, found)
        && super::figure_log::done_since(conn, author, e)?
    {
        return Ok(None);
    }
    Ok(found)
}

impl Store {
    /// Undoes this person's last change, whichever log holds it.
    pub fn undo_last(&mut self) -> Result<Undone, StoreError> {
        self.revert_newest(true)
    }

    /// Redoes this person's last undo, whichever log holds it.
    pub fn redo_last(&mut self) -> Result<Undone, StoreError> {
        self.revert_newest(false)
    }

    fn revert_newest(&mut self, undo: bool) -> Result<Undone, StoreError> {
        let context = if undo { Operation::Undoing } else { Operation::Redoing };
        let revert = if undo { super::Revert::Undo } else { super::Revert::Redo };
        match newest(&self.conn, &self.author, undo)? {
            Some(Newest::Commission(edit)) => self
                .write(context, |tx, author| revert_edit(tx, edit, author, undo))
                .map(Undone::Commission),
            // Reported figures are an admin's to write: so are their undo and redo (an
            // admin demoted since may not take one back as an editor).
            Some(Newest::Figure(edit)) => self
                .write_needing(Some(super::Role::Admin), context, |tx, author| {
                    super::figure_log::revert_edit(tx, edit, author, revert)
                })
                .map(Undone::Figure),
            Some(Newest::Project(_)) | None if undo => self.undo().map(Undone::Project),
            Some(Newest::Project(_)) => self.redo().map(Undone::Project),
            // They have done something since their last undo.
            None => Err(StoreError::NothingToRedo {
                author: self.author.clone(),
            }
            .nothing_written()),
        }
    }

    /// The audit trail of a meeting or an agreement, newest first.
    pub fn commission_history(&self, entity: Entity, id: i64) -> Result<Vec<CommissionChange>, StoreError> {
        let mut statement = self
            .conn
            .prepare_cached(
                "SELECT edit, entity, entity_id, field, old_value, new_value, author, changed_at
                   FROM commission_changes WHERE entity = ?1 AND entity_id = ?2 ORDER BY id DESC",
            )
            .map_err(|e| StoreError::from_sqlite(e, Operation::ReadingHistory))?;
        let rows = statement
            .query_map(params![entity.code(), id], |r| {
                Ok(CommissionChange {
                    edit: r.get(0)?,
                    entity: Entity::parse(&row::text(r, 1).unwrap_or_default()).unwrap_or(entity),
                    entity_id: r.get(2)?,
                    field: row::text(r, 3).unwrap_or_default(),
                    old_value: row::text(r, 4),
                    new_value: row::text(r, 5),
                    author: row::text(r, 6).unwrap_or_default(),
                    changed_at: row::text(r, 7).unwrap_or_default(),
                })
            })
            .map_err(|e| StoreError::from_sqlite(e, Operation::ReadingHistory))?;
        rows.collect::<Result<_, _>>()
            .map_err(|e| StoreError::from_sqlite(e, Operation::ReadingHistory))
    }
}

/// The meeting or agreement an edit of this log is about (its first row's).
pub(super) fn first_entity(tx: &Transaction<'_>, edit: i64) -> Result<(Entity, i64), StoreError> {
    let (code, id): (String, i64) = tx
        .query_row(
            "SELECT entity, entity_id FROM commission_changes WHERE edit = ?1 ORDER BY id LIMIT 1",
            [edit],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .map_err(|e| StoreError::from_sqlite(e, Operation::ReadingAuditLog))?;
    let entity = Entity::parse(&code).ok_or(CommissionProblem::UnreadableEdit { edit })?;
    Ok((entity, id))
}

struct Step {
    entity: Entity,
    id: i64,
    field: String,
    old: Option<String>,
    new: Option<String>,
}

fn steps(tx: &Transaction<'_>, edit: i64) -> Result<Vec<Step>, StoreError> {
    let mut statement = tx
        .prepare("SELECT entity, entity_id, field, old_value, new_value FROM commission_changes WHERE edit = ?1 ORDER BY id DESC")
        .map_err(|e| StoreError::from_sqlite(e, Operation::ReadingAuditLog))?;
    let rows = statement
        .query_map([edit], |r| {
            Ok((
                row::text(r, 0).unwrap_or_default(),
                r.get(1)?,
                row::text(r, 2).unwrap_or_default(),
                row::text(r, 3),
                row::text(r, 4),
            ))
        })
        .map_err(|e| StoreError::from_sqlite(e, Operation::ReadingAuditLog))?;
    let mut steps = Vec::new();
    for found in rows {
        let (entity, id, field, old, new) =
            found.map_err(|e| StoreError::from_sqlite(e, Operation::ReadingAuditLog))?;
        let entity = Entity::parse(&entity).ok_or(CommissionProblem::UnreadableEdit { edit })?;
        steps.push(Step {
            entity,
            id,
            field,
            old,
            new,
        });
    }
    Ok(steps)
}

/// Takes back every row of `edit`, newest first, as one new edit naming it.
pub(super) fn revert_edit(
    tx: &Transaction<'_>,
    edit: i64,
    author: &str,
    undo: bool,
) -> Result<CommissionReverted, StoreError> {
    let steps = steps(tx, edit)?;
    let first = steps.last().ok_or(CommissionProblem::UnreadableEdit { edit })?;
    let (entity, entity_id) = (first.entity, first.id);
    for step in steps
        .iter()
        .filter(|s| matches!(s.field.as_str(), "created" | "restored"))
    {
        refuse_if_others_built_on(tx, step, edit, author)?;
    }
    let new_edit = next_edit(tx)?;
    let kind = if undo { "undo" } else { "redo" };
    for step in &steps {
        let (field, old, new) = revert_step(tx, step)?;
        let row = Logged {
            entity: step.entity,
            id: step.id,
            field,
            old,
            new,
        };
        log_as(tx, new_edit, &row, author, kind, Some(edit))?;
    }
    Ok(CommissionReverted {
        edit,
        entity,
        entity_id,
        rows: steps.len(),
    })
}

/// Taking back the adding of a meeting or an agreement deletes it: refused when someone
/// else has changed it since, or (a meeting) added or changed an agreement of it, as
/// taking back the adding of a project is. Their work would vanish with it.
fn refuse_if_others_built_on(tx: &Transaction<'_>, step: &Step, edit: i64, author: &str) -> Result<(), StoreError> {
    let sql = "SELECT author FROM commission_changes c
                WHERE c.edit > ?3 AND c.author <> ?4
                  AND ((c.entity = ?1 AND c.entity_id = ?2)
                    OR (?1 = 'meeting' AND c.entity = 'agreement'
                        AND c.entity_id IN (SELECT id FROM agreements WHERE meeting_id = ?2)))
                ORDER BY c.edit LIMIT 1";
    let by: Option<String> = tx
        .query_row(sql, params![step.entity.code(), step.id, edit, author], |r| r.get(0))
        .optional()
        .map_err(|e| StoreError::from_sqlite(e, Operation::Undoing))?;
    match by {
        Some(by) => Err(CommissionProblem::BuiltOnSince {
            entity: step.entity,
            id: step.id,
            by,
        }
        .into()),
        None => Ok(()),
    }
}

/// Reverts one row; returns the row the revert logs (field, old, new).
fn revert_step(
    tx: &Transaction<'_>,
    step: &Step,
) -> Result<(&'static str, Option<String>, Option<String>), StoreError> {
    let now = now_utc();
    let table = step.entity.table();
    let set_deleted = |deleted: Option<&str>| {
        tx.execute(
            &format!("UPDATE {table} SET deleted_at = ?1, version = version + 1 WHERE id = ?2"),
            params![deleted, step.id],
        )
        .map_err(|e| StoreError::from_sqlite(e, Operation::Undoing))
    };
    match step.field.as_str() {
        "created" | "restored" => {
            set_deleted(Some(&now))?;
            Ok(("deleted", None, Some(now)))
        }
        "deleted" => {
            set_deleted(None)?;
            Ok(("restored", step.new.clone(), None))
        }
        "project" => {
            let project: i64 = step
                .new
                .as_deref()
                .or(step.old.as_deref())
                .and_then(|v| v.parse().ok())
                .unwrap_or(0);
            if step.new.is_some() {
                tx.execute(
                    "DELETE FROM agreement_projects WHERE agreement_id = ?1 AND project_id = ?2",
                    params![step.id, project],
                )
            } else {
                tx.execute(
                    "INSERT OR IGNORE INTO agreement_projects (agreement_id, project_id) VALUES (?1, ?2)",
                    params![step.id, project],
                )
            }
            .map_err(|e| StoreError::from_sqlite(e, Operation::Undoing))?;
            Ok(("project", step.new.clone(), step.old.clone()))
        }
        "note" => {
            let note: i64 = step
                .new
                .as_deref()
                .or(step.old.as_deref())
                .and_then(|v| v.parse().ok())
                .unwrap_or(0);
            let deleted = step.new.is_some().then(|| now.clone());
            tx.execute(
                "UPDATE agreement_notes SET deleted_at = ?1 WHERE id = ?2",
                params![deleted, note],
            )
            .map_err(|e| StoreError::from_sqlite(e, Operation::Undoing))?;
            Ok(("note", step.new.clone(), step.old.clone()))
        }
        column => {
            let column = step.entity.columns().iter().find(|c| **c == column).ok_or_else(|| {
                StoreError::Internal(Fault::NoColumnToUndo {
                    column: column.to_string(),
                })
            })?;
            let current = read_column(tx, step.entity, step.id, column)?;
            if current != step.new {
                return Err(CommissionProblem::ChangedSince {
                    entity: step.entity,
                    id: step.id,
                    field: column.to_string(),
                }
                .into());
            }
            write_column(tx, step.entity, step.id, column, step.old.as_deref())?;
            Ok((column, step.new.clone(), step.old.clone()))
        }
    }
}
