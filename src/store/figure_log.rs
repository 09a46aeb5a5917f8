//! The audit log of reported figures (`figure_changes`), and undo and redo of their
//! edits (issue 21: undo got stuck on a figure recorded last, and nothing unstuck it).
//!
//! A figure is recorded, removed or corrected as one edit numbered in the sequence of
//! `changes` and `commission_changes`, so "undo my last change" is one order across the
//! three logs. Undoing a recording removes the figure; undoing a removal puts it back;
//! undoing a correction does both. Each refuses, naming the figure, when someone has
//! removed or put back the figure since, or a figure with its date, scope, kind and
//! source stands in its place: then `undo --skip` steps past it.

use rusqlite::{Connection, OptionalExtension, Transaction, params};

use super::edit::next_edit;
use super::indicators::{Indicator, any_figure};
use super::{Revert, StoreError, now_utc};
use crate::store::{Fault, Operation};

/// What a row of the log did to its figure.
pub(super) const ADDED: &str = "added";
pub(super) const REMOVED: &str = "removed";

/// What an undo or a redo of a figure's edit did: each figure it touched, as it is now,
/// and whether it is live after (put back) or removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FigureReverted {
    pub edit: i64,
    pub figures: Vec<(Indicator, bool)>,
}

/// Writes one row of the log.
pub(super) fn log(
    tx: &Transaction<'_>,
    edit: i64,
    figure: i64,
    field: &str,
    author: &str,
    kind: &str,
    reverts: Option<i64>,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO figure_changes (edit, indicator_id, field, author, changed_at, kind, reverts)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![edit, figure, field, author, now_utc(), kind, reverts],
    )
    .map(|_| ())
    .map_err(|e| StoreError::from_sqlite(e, Operation::WritingAuditLog))
}

/// This person's last edit of figures that undo may take back (not undone nor stepped
/// past), if any.
pub(super) fn last_to_undo(conn: &Connection, author: &str) -> Result<Option<i64>, StoreError> {
    conn.query_row(
        "SELECT edit FROM figure_changes c WHERE author = ?1 AND kind IN ('do', 'redo')
            AND NOT EXISTS (SELECT 1 FROM figure_changes u WHERE u.kind = 'undo' AND u.reverts = c.edit)
          ORDER BY edit DESC LIMIT 1",
        [author],
        |r| r.get(0),
    )
    .optional()
    .map_err(|e| StoreError::from_sqlite(e, Operation::FindingLastChange))
}

/// This person's last undo of figures that is not redone (a skip is not an undo to redo).
pub(super) fn last_to_redo(conn: &Connection, author: &str) -> Result<Option<i64>, StoreError> {
    conn.query_row(
        "SELECT edit FROM figure_changes c WHERE author = ?1 AND kind = 'undo' AND field <> 'skipped'
            AND NOT EXISTS (SELECT 1 FROM figure_changes r WHERE r.kind = 'redo' AND r.reverts = c.edit)
          ORDER BY edit DESC LIMIT 1",
        [author],
        |r| r.get(0),
    )
    .optional()
    .map_err(|e| StoreError::from_sqlite(e, Operation::FindingLastUndo))
}

/// Whether this person has done anything (in any of the three logs) after `edit`: then
/// an undo of theirs is not redone.
pub(super) fn done_since(conn: &Connection, author: &str, edit: i64) -> Result<bool, StoreError> {
    conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM changes WHERE author = ?1 AND kind = 'do' AND edit > ?2)
             OR EXISTS (SELECT 1 FROM commission_changes WHERE author = ?1 AND kind = 'do' AND edit > ?2)
             OR EXISTS (SELECT 1 FROM figure_changes WHERE author = ?1 AND kind = 'do' AND edit > ?2)",
        params![author, edit],
        |r| r.get(0),
    )
    .map_err(|e| StoreError::from_sqlite(e, Operation::FindingLastUndo))
}

/// Takes back every row of `edit`, newest first, as one new edit naming it.
pub(super) fn revert_edit(
    tx: &Transaction<'_>,
    edit: i64,
    author: &str,
    revert: Revert,
) -> Result<FigureReverted, StoreError> {
    let rows: Vec<(i64, String)> = tx
        .prepare("SELECT indicator_id, field FROM figure_changes WHERE edit = ?1 ORDER BY id DESC")
        .and_then(|mut s| s.query_map([edit], |r| Ok((r.get(0)?, r.get(1)?)))?.collect())
        .map_err(|e| StoreError::from_sqlite(e, Operation::ReadingAuditLog))?;
    if rows.is_empty() {
        return Err(StoreError::Internal(Fault::NoSuchChange { edit }));
    }
    let new_edit = next_edit(tx)?;
    let kind = match revert {
        Revert::Undo => "undo",
        Revert::Redo => "redo",
    };
    let mut figures = Vec::new();
    for (figure, field) in rows {
        let put_back = match field.as_str() {
            ADDED => false,
            REMOVED => true,
            _ => return Err(StoreError::Internal(Fault::NoSuchChange { edit })),
        };
        let now = any_figure(tx, figure)?;
        if now.removed.is_none() == put_back || (put_back && has_live_twin(tx, &now)?) {
            return Err(StoreError::FigureChangedSince { revert, figure });
        }
        let at = now_utc();
        tx.execute(
            "UPDATE indicators SET removed_at = ?1, removed_by = ?2 WHERE id = ?3",
            params![(!put_back).then_some(&at), (!put_back).then_some(author), figure],
        )
        .map_err(|e| StoreError::from_sqlite(e, Operation::Undoing))?;
        log(
            tx,
            new_edit,
            figure,
            if put_back { ADDED } else { REMOVED },
            author,
            kind,
            Some(edit),
        )?;
        figures.push((any_figure(tx, figure)?, put_back));
    }
    Ok(FigureReverted { edit, figures })
}

/// Whether another live figure has this one's date, scope, kind and source (putting it
/// back would set two side by side in the trend).
fn has_live_twin(tx: &Transaction<'_>, figure: &Indicator) -> Result<bool, StoreError> {
    tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM indicators WHERE removed_at IS NULL AND id <> ?1
            AND as_of = ?2 AND scope = ?3 AND metric = ?4 AND source_id = ?5)",
        params![
            figure.id,
            figure.as_of.to_string(),
            figure.scope,
            figure.metric.as_str(),
            figure.source_id
        ],
        |r| r.get(0),
    )
    .map_err(|e| StoreError::from_sqlite(e, Operation::CheckingSameFigure))
}

/// The figure an edit of this log is about (its first row's), for a skip to name.
pub(super) fn first_figure(tx: &Transaction<'_>, edit: i64) -> Result<Indicator, StoreError> {
    let figure: i64 = tx
        .query_row(
            "SELECT indicator_id FROM figure_changes WHERE edit = ?1 ORDER BY id LIMIT 1",
            [edit],
            |r| r.get(0),
        )
        .map_err(|e| StoreError::from_sqlite(e, Operation::ReadingAuditLog))?;
    any_figure(tx, figure)
}
