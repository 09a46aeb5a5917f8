//! Reading the audit log.

use super::{Store, StoreError, row};
use crate::store::Operation;

/// One changed field (or a creation, deletion, restoration or note) in the audit log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub id: i64,
    /// Rows of one edit share this number.
    pub edit: i64,
    pub project_id: i64,
    pub field: String,
    pub old_value: Option<String>,
    pub new_value: Option<String>,
    pub author: String,
    pub changed_at: String,
}

/// The rows of one edit (at most `limit`), in the order they were written.
pub(crate) fn edit_rows(tx: &rusqlite::Transaction<'_>, edit: i64, limit: usize) -> Vec<Change> {
    let limit = i64::try_from(limit).unwrap_or(i64::MAX);
    tx.prepare(
        "SELECT id, edit, project_id, field, old_value, new_value, author, changed_at
           FROM changes WHERE edit = ?1 ORDER BY id LIMIT ?2",
    )
    .and_then(|mut statement| {
        statement
            .query_map(rusqlite::params![edit, limit], change_from_row)
            .and_then(|rows| rows.collect())
    })
    .unwrap_or_default()
}

fn change_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Change> {
    Ok(Change {
        id: r.get(0)?,
        edit: row::integer(r, 1).unwrap_or(0),
        project_id: r.get(2)?,
        field: row::text(r, 3).unwrap_or_default(),
        old_value: row::text(r, 4),
        new_value: row::text(r, 5),
        author: row::text(r, 6).unwrap_or_default(),
        changed_at: row::text(r, 7).unwrap_or_default(),
    })
}

impl Store {
    /// A project's audit trail, newest first.
    pub fn history(&self, project_id: i64) -> Result<Vec<Change>, StoreError> {
        self.recent_history(project_id, usize::MAX)
    }

    /// The newest `limit` entries of a project's audit trail, and how many it has in all:
    /// a much-edited project must not slow down the detail pane.
    pub fn history_page(&self, project_id: i64, limit: usize) -> Result<(Vec<Change>, usize), StoreError> {
        let total: i64 = self
            .conn
            .prepare_cached("SELECT count(*) FROM changes WHERE project_id = ?1")
            .and_then(|mut s| s.query_row([project_id], |r| r.get(0)))
            .map_err(|e| StoreError::from_sqlite(e, Operation::ReadingHistory))?;
        Ok((
            self.recent_history(project_id, limit)?,
            usize::try_from(total).unwrap_or(0),
        ))
    }

    fn recent_history(&self, project_id: i64, limit: usize) -> Result<Vec<Change>, StoreError> {
        let mut statement = self
            .conn
            .prepare_cached(
                "SELECT id, edit, project_id, field, old_value, new_value, author, changed_at
                   FROM changes WHERE project_id = ?1 ORDER BY id DESC LIMIT ?2",
            )
            .map_err(|e| StoreError::from_sqlite(e, Operation::ReadingHistory))?;
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        statement
            .query_map(rusqlite::params![project_id, limit], change_from_row)
            .and_then(|rows| rows.collect())
            .map_err(|e| StoreError::from_sqlite(e, Operation::ReadingHistory))
    }
}
