//! Reading the audit log.

use super::{Store, StoreError, row};

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

impl Store {
    /// A project's audit trail, newest first.
    pub fn history(&self, project_id: i64) -> Result<Vec<Change>, StoreError> {
        let mut statement = self
            .conn
            .prepare_cached(
                "SELECT id, edit, project_id, field, old_value, new_value, author, changed_at
                   FROM changes WHERE project_id = ?1 ORDER BY id DESC",
            )
            .map_err(|e| StoreError::from_sqlite(e, "reading the history"))?;
        statement
            .query_map([project_id], |r| {
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
            })
            .and_then(|rows| rows.collect())
            .map_err(|e| StoreError::from_sqlite(e, "reading the history"))
    }
}
