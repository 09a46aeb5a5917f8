//! Stepping past a change that undo cannot take back (someone changed its field since,
//! deleted or restored its project, changed the meeting or agreement, or removed or put
//! back the reported figure), so that undo never gets stuck on it.
//!
//! The skip is recorded in the log that holds the change, as every write is: one row of
//! kind `undo`, field `skipped`, that `reverts` the skipped edit (in `changes` its
//! number also in `new_value`). An `undo` row that reverts the edit is exactly what makes
//! [`undo`](Store::undo) pass it by, so the next undo takes the change before; redo never
//! offers a skip back (there is nothing to redo), and the history shows who stepped past
//! which change and when. The three logs share their edit numbers, so "the latest
//! change" is the latest of any of them.

use rusqlite::Transaction;

use super::commission_log::{self, Entity, Logged, Newest};
use super::edit::{AuditRow, audit_row, next_edit};
use super::history::{Change, edit_rows};
use super::indicators::Indicator;
use super::undo::{refuse_past_a_figure_write, trial_undo};
use super::{Revert, Store, StoreError, figure_log, now_utc};
use crate::store::{Fault, Operation};

/// The audit field of a skip.
pub(super) const SKIPPED: &str = "skipped";

/// The change the next undo would take back, as a refusal names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NextUndo {
    /// A project's change: its rows (at most ten).
    Project(Vec<Change>),
    /// A meeting's or an agreement's.
    Commission { entity: Entity, id: i64 },
    /// A reported figure's (the first it touched), as it is now.
    Figure(Indicator),
}

/// A change the user stepped past, and why undo could not take it back.
#[derive(Debug)]
pub struct Skipped {
    /// The edit stepped past.
    pub edit: i64,
    /// A project's change: its rows (at most ten), what it changed, where, when; empty
    /// for a change of another log (see `change`).
    pub changes: Vec<Change>,
    /// The change stepped past.
    pub change: NextUndo,
    /// The refusal an undo gave.
    pub why: StoreError,
}

impl Store {
    /// The user's change that the next undo would take back: named when an undo of it
    /// is refused. `None` when nothing is left to undo.
    pub fn next_to_undo(&mut self) -> Result<Option<NextUndo>, StoreError> {
        self.write(Operation::FindingLastChange, |tx, author| {
            commission_log::newest(tx, author, true)?
                .map(|newest| describe(tx, newest))
                .transpose()
        })
    }

    /// Steps past the user's last change when undo cannot take it back, so that the next
    /// undo takes the one before. A change that undo can take back is not skipped.
    pub fn skip_undo(&mut self) -> Result<Skipped, StoreError> {
        let served = self.served;
        self.write(Operation::SteppingPastLastChange, |tx, author| {
            let newest = commission_log::newest(tx, author, true)?.ok_or_else(|| StoreError::NothingToUndo {
                author: author.to_string(),
            })?;
            let (edit, tried) = match newest {
                Newest::Project(edit) => {
                    // A figure written last is not what a skip steps past (undo refuses it
                    // for another reason, which skipping a project change would not cure).
                    refuse_past_a_figure_write(tx, author, Revert::Undo)?;
                    (edit, trial_undo(tx, edit, author))
                }
                Newest::Commission(edit) => (
                    edit,
                    trial(tx, |tx| commission_log::revert_edit(tx, edit, author, true).map(|_| ())),
                ),
                Newest::Figure(edit) => {
                    // Stepping past a reported figure's write is an admin's, as the write was.
                    if let Some(person) = served {
                        super::people::still_allowed(tx, person, author, super::Role::Admin)?;
                    }
                    (
                        edit,
                        trial(tx, |tx| {
                            figure_log::revert_edit(tx, edit, author, Revert::Undo).map(|_| ())
                        }),
                    )
                }
            };
            let why = match tried {
                Ok(()) => return Err(StoreError::UndoNotStuck { edit }),
                Err(why) if why.is_undo_stuck() => why,
                Err(other) => return Err(other),
            };
            let change = describe(tx, newest)?;
            match &change {
                NextUndo::Project(changes) => write_skip(tx, edit, changes, author)?,
                NextUndo::Commission { entity, id } => {
                    let row = Logged {
                        entity: *entity,
                        id: *id,
                        field: SKIPPED,
                        old: None,
                        new: Some(edit.to_string()),
                    };
                    commission_log::log_as(tx, next_edit(tx)?, &row, author, "undo", Some(edit))?;
                }
                NextUndo::Figure(figure) => {
                    figure_log::log(tx, next_edit(tx)?, figure.id, SKIPPED, author, "undo", Some(edit))?;
                }
            }
            let changes = match &change {
                NextUndo::Project(changes) => changes.clone(),
                _ => Vec::new(),
            };
            Ok(Skipped {
                edit,
                changes,
                change,
                why,
            })
        })
    }
}

/// Tries a revert and takes it back whatever happened: `Ok` when it can be done, else
/// the refusal it gave.
fn trial(
    tx: &Transaction<'_>,
    revert: impl FnOnce(&Transaction<'_>) -> Result<(), StoreError>,
) -> Result<(), StoreError> {
    let sql = |e| StoreError::from_sqlite(e, Operation::TryingUndo);
    tx.execute_batch("SAVEPOINT trial_skip").map_err(sql)?;
    let tried = revert(tx);
    tx.execute_batch("ROLLBACK TO trial_skip; RELEASE trial_skip")
        .map_err(sql)?;
    tried
}

/// The change an edit of any log made, as a refusal or a skip names it.
fn describe(tx: &Transaction<'_>, newest: Newest) -> Result<NextUndo, StoreError> {
    Ok(match newest {
        Newest::Project(edit) => NextUndo::Project(edit_rows(tx, edit, 10)),
        Newest::Commission(edit) => {
            let (entity, id) = commission_log::first_entity(tx, edit)?;
            NextUndo::Commission { entity, id }
        }
        Newest::Figure(edit) => NextUndo::Figure(figure_log::first_figure(tx, edit)?),
    })
}

fn write_skip(tx: &Transaction<'_>, edit: i64, changes: &[Change], author: &str) -> Result<(), StoreError> {
    let project = changes
        .first()
        .map(|c| c.project_id)
        .ok_or_else(|| StoreError::Internal(Fault::NoSuchChange { edit }))?;
    audit_row(
        tx,
        &AuditRow {
            edit: next_edit(tx)?,
            project,
            field: SKIPPED,
            old: None,
            new: Some(edit.to_string()),
            author,
            at: &now_utc(),
            kind: "undo",
            reverts: Some(edit),
            update: None,
        },
    )
}
