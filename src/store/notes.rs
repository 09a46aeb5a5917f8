//! Dated updates on a project ("frames of eight production buildings finished").

use rusqlite::params;

use super::edit::{AuditRow, audit_row, next_edit, read_project};
use super::{Store, StoreError, now_utc, row};
use crate::domain::{EdtfDate, NewDatedNote};
use crate::store::Operation;

/// A dated note on a project: what the interface and the commands call an update
/// («обновление»), stored in the `updates` table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatedNote {
    pub id: i64,
    pub project_id: i64,
    /// The date the note is about, as precise as known.
    pub date: String,
    pub text: String,
    pub author: String,
    pub source_id: Option<i64>,
    /// When it was entered (UTC).
    pub created_at: String,
}

impl Store {
    /// Adds a dated update to a live project; the audit log records it too.
    pub fn add_update(&mut self, project_id: i64, update: &NewDatedNote) -> Result<DatedNote, StoreError> {
        self.write(Operation::AddingUpdate, |tx, author| {
            insert_update(tx, project_id, update, author)
        })
    }

    /// A project's updates, newest first: in the reverse of the order they happened (by
    /// their earliest possible day, then their latest, then the order they were entered).
    /// The stored text does not sort so: `2024-23` (autumn) is after `2024-07-12`.
    pub fn updates(&self, project_id: i64) -> Result<Vec<DatedNote>, StoreError> {
        // A date another tool wrote that ortaq cannot read goes last, as the oldest.
        let mut keyed: Vec<(Option<EdtfDate>, DatedNote)> = self
            .updates_as_stored(project_id)?
            .into_iter()
            .map(|update| (update.date.parse::<EdtfDate>().ok(), update))
            .collect();
        keyed.sort_by(|(a, x), (b, y)| b.cmp(a).then(y.id.cmp(&x.id)));
        Ok(keyed.into_iter().map(|(_, update)| update).collect())
    }

    fn updates_as_stored(&self, project_id: i64) -> Result<Vec<DatedNote>, StoreError> {
        let mut statement = self
            .conn
            .prepare_cached(
                "SELECT id, project_id, date, text, author, source_id, created_at FROM updates
                  WHERE project_id = ?1 AND deleted_at IS NULL",
            )
            .map_err(|e| StoreError::from_sqlite(e, Operation::ReadingUpdates))?;
        statement
            .query_map([project_id], |r| {
                Ok(DatedNote {
                    id: r.get(0)?,
                    project_id: r.get(1)?,
                    date: row::text(r, 2).unwrap_or_default(),
                    text: row::text(r, 3).unwrap_or_default(),
                    author: row::text(r, 4).unwrap_or_default(),
                    source_id: row::integer(r, 5),
                    created_at: row::text(r, 6).unwrap_or_default(),
                })
            })
            .and_then(|rows| rows.collect())
            .map_err(|e| StoreError::from_sqlite(e, Operation::ReadingUpdates))
    }
}

pub(crate) fn insert_update(
    tx: &rusqlite::Transaction<'_>,
    project_id: i64,
    update: &NewDatedNote,
    author: &str,
) -> Result<DatedNote, StoreError> {
    let project = read_project(tx, project_id)?;
    if project.deleted_at.is_some() {
        return Err(StoreError::Deleted {
            project: project_id,
            undo: false,
        });
    }
    // An update says what happened: 12.07.2052 is a typo, as for a source or a figure.
    update
        .date
        .refuse_future(chrono::Utc::now().date_naive())
        .map_err(StoreError::Domain)?;
    if let Some(source) = update.source_id {
        let exists: bool = tx
            .query_row("SELECT EXISTS (SELECT 1 FROM sources WHERE id = ?1)", [source], |r| {
                r.get(0)
            })
            .map_err(|e| StoreError::from_sqlite(e, Operation::CheckingSource))?;
        if !exists {
            return Err(StoreError::NoSuchSource { id: source });
        }
    }
    let now = now_utc();
    tx.execute(
        "INSERT INTO updates (project_id, date, text, author, source_id, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            project_id,
            update.date.to_string(),
            update.text,
            author,
            update.source_id,
            now
        ],
    )
    .map_err(|e| StoreError::from_sqlite(e, Operation::AddingUpdate))?;
    let id = tx.last_insert_rowid();
    let row = AuditRow {
        edit: next_edit(tx)?,
        project: project_id,
        field: "note",
        old: None,
        new: Some(update.text.clone()),
        author,
        at: &now,
        kind: "do",
        reverts: None,
        update: Some(id),
    };
    audit_row(tx, &row)?;
    Ok(DatedNote {
        id,
        project_id,
        date: update.date.to_string(),
        text: update.text.clone(),
        author: author.to_string(),
        source_id: update.source_id,
        created_at: now,
    })
}
