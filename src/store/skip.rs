//! Stepping past a change that undo cannot take back (someone changed its field since,
//! or deleted or restored its project), so that undo never gets stuck on it.
//!
//! The skip is recorded in the audit log, as every write is: one row of kind `undo`,
//! field `skipped`, that `reverts` the skipped edit (its number also in `new_value`).
//! An `undo` row that reverts the edit is exactly what makes [`undo`](Store::undo) pass it
//! by, so the next undo takes the change before; redo never offers a skip back (there is
//! nothing to redo), and the history shows who stepped past which change and when. No
//! new column or table: the schema and its CHECK on `kind` stay as they are.

use rusqlite::Transaction;

use super::edit::{AuditRow, audit_row, next_edit};
use super::history::{Change, edit_rows};
use super::undo::{last_to_undo, refuse_past_a_figure_write, trial_undo};
use super::{Revert, Store, StoreError, now_utc};

/// The audit field of a skip.
pub(super) const SKIPPED: &str = "skipped";

/// A change the user stepped past, and why undo could not take it back.
#[derive(Debug)]
pub struct Skipped {
    /// The edit stepped past.
    pub edit: i64,
    /// Its rows (at most ten): what it changed, where, when.
    pub changes: Vec<Change>,
    /// The refusal an undo gave.
    pub why: StoreError,
}

impl Store {
    /// The user's change that the next undo would take back, as its rows (at most ten):
    /// named when an undo of it is refused. `None` when nothing is left to undo.
    pub fn next_to_undo(&mut self) -> Result<Option<Vec<Change>>, StoreError> {
        self.write("finding your last change", |tx, author| {
            match last_to_undo(tx, author) {
                Ok(edit) => Ok(Some(edit_rows(tx, edit, 10))),
                Err(StoreError::NothingToUndo { .. }) => Ok(None),
                Err(other) => Err(other),
            }
        })
    }

    /// Steps past the user's last change when undo cannot take it back, so that the next
    /// undo takes the one before. A change that undo can take back is not skipped.
    pub fn skip_undo(&mut self) -> Result<Skipped, StoreError> {
        self.write("stepping past your last change", |tx, author| {
            let edit = last_to_undo(tx, author)?;
            // A figure written last is not what a skip steps past (undo refuses it for
            // another reason, which skipping a project change would not cure).
            refuse_past_a_figure_write(tx, author, Revert::Undo)?;
            let why = match trial_undo(tx, edit, author) {
                Ok(()) => return Err(StoreError::UndoNotStuck { edit }),
                Err(why) if why.is_undo_stuck() => why,
                Err(other) => return Err(other),
            };
            let changes = edit_rows(tx, edit, 10);
            write_skip(tx, edit, &changes, author)?;
            Ok(Skipped { edit, changes, why })
        })
    }
}

fn write_skip(tx: &Transaction<'_>, edit: i64, changes: &[Change], author: &str) -> Result<(), StoreError> {
    let project = changes
        .first()
        .map(|c| c.project_id)
        .ok_or_else(|| StoreError::Internal(format!("no change #{edit}")))?;
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
