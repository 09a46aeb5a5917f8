//! The digest as a list of entries for the activity screen, each with who made it and
//! when (the digest itself is grouped by kind, with no time per entry), and a figure's
//! past values for the detail. Both read the audit log by project and field through its
//! index, never the whole log.

use rusqlite::params;

use super::{Digest, ProjectRef, Store, StoreError, Totals, row};
use crate::store::Operation;

/// What one entry of the activity says happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ActivityKind {
    Created,
    Deleted,
    Restored,
    /// A status or a figure, net over the window (`None`: unknown).
    Changed {
        field: String,
        from: Option<String>,
        to: Option<String>,
    },
    /// An update entered in the window: the date it reports, and its text.
    Note {
        date: String,
        text: String,
    },
}

/// One entry of the activity: what, to which project, by whom, when (UTC).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Activity {
    pub project: ProjectRef,
    pub kind: ActivityKind,
    pub author: String,
    pub at: String,
    /// The audit row it was read from: entries of one second keep the order they
    /// were made in.
    pub row: i64,
}

/// The activity of a window: the portfolio's totals at its start and now, and the
/// entries, newest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActivityLog {
    pub then: Totals,
    pub now: Totals,
    pub entries: Vec<Activity>,
}

/// A value a figure took, and when it was entered (UTC).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PastValue {
    pub value: Option<String>,
    pub at: String,
}

impl Store {
    /// The digest of `since` up to now as entries, newest first, with the totals then
    /// and now.
    pub fn activity(&self, since: &str) -> Result<ActivityLog, StoreError> {
        let digest = self.digest(since, None)?;
        let mut entries = self.lifecycle_entries(&digest, since)?;
        for change in digest.status_changes.iter().chain(&digest.figure_changes) {
            let (row, author, at) = self.last_entry(change.project.id, &change.field, None, since)?;
            entries.push(Activity {
                project: change.project.clone(),
                kind: ActivityKind::Changed {
                    field: change.field.clone(),
                    from: change.from.clone(),
                    to: change.to.clone(),
                },
                author,
                at,
                row,
            });
        }
        for note in &digest.notes {
            let (row, _, _) = self.last_entry(note.project.id, "note", Some(note.update.id), since)?;
            entries.push(Activity {
                project: note.project.clone(),
                kind: ActivityKind::Note {
                    date: note.update.date.clone(),
                    text: note.update.text.clone(),
                },
                author: note.update.author.clone(),
                at: note.update.created_at.clone(),
                row,
            });
        }
        // Stored times are all `YYYY-MM-DDTHH:MM:SSZ`, so text order is time order.
        entries.sort_by(|a, b| b.at.cmp(&a.at).then_with(|| b.row.cmp(&a.row)));
        Ok(ActivityLog {
            then: digest.then,
            now: digest.now,
            entries,
        })
    }

    fn lifecycle_entries(&self, digest: &Digest, since: &str) -> Result<Vec<Activity>, StoreError> {
        let kinds = [
            (&digest.created, "created", ActivityKind::Created),
            (&digest.deleted, "deleted", ActivityKind::Deleted),
            (&digest.restored, "restored", ActivityKind::Restored),
        ];
        let mut entries = Vec::new();
        for (projects, field, kind) in kinds {
            for project in projects {
                let (row, author, at) = self.last_entry(project.id, field, None, since)?;
                entries.push(Activity {
                    project: project.clone(),
                    kind: kind.clone(),
                    author,
                    at,
                    row,
                });
            }
        }
        Ok(entries)
    }

    /// The last audit row of a project's field (of one update, for notes) since
    /// `since`: its id, who made it and when.
    fn last_entry(
        &self,
        project: i64,
        field: &str,
        update: Option<i64>,
        since: &str,
    ) -> Result<(i64, String, String), StoreError> {
        let mut statement = self
            .conn
            .prepare_cached(
                "SELECT id, author, changed_at FROM changes INDEXED BY changes_by_project
                  WHERE project_id = ?1 AND field = ?2 AND changed_at >= ?3
                    AND (?4 IS NULL OR update_id = ?4)
                  ORDER BY id DESC LIMIT 1",
            )
            .map_err(|e| StoreError::from_sqlite(e, Operation::ReadingHistory))?;
        let mut rows = statement
            .query_map(params![project, field, since, update], |r| {
                Ok((
                    r.get(0)?,
                    row::text(r, 1).unwrap_or_default(),
                    row::text(r, 2).unwrap_or_default(),
                ))
            })
            .map_err(|e| StoreError::from_sqlite(e, Operation::ReadingHistory))?;
        match rows.next() {
            Some(found) => found.map_err(|e| StoreError::from_sqlite(e, Operation::ReadingHistory)),
            None => Ok((0, String::new(), String::new())),
        }
    }

    /// Every value a field of a project took, oldest first, with when it was entered;
    /// an undo is an entry like any other. A project's history is short, and read
    /// through its index.
    pub fn past_values(&self, project: i64, field: &str) -> Result<Vec<PastValue>, StoreError> {
        let mut statement = self
            .conn
            .prepare_cached(
                "SELECT new_value, changed_at FROM changes INDEXED BY changes_by_project
                  WHERE project_id = ?1 AND field = ?2 ORDER BY id",
            )
            .map_err(|e| StoreError::from_sqlite(e, Operation::ReadingHistory))?;
        statement
            .query_map(params![project, field], |r| {
                Ok(PastValue {
                    value: row::text(r, 0),
                    at: row::text(r, 1).unwrap_or_default(),
                })
            })
            .and_then(|rows| rows.collect())
            .map_err(|e| StoreError::from_sqlite(e, Operation::ReadingHistory))
    }
}
