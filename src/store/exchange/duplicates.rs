//! The names an import would give twice: a project already live, or twice in the file.

use std::collections::HashSet;

use rusqlite::Transaction;

use super::ImportProject;
use crate::domain::text;
use crate::store::Operation;
use crate::store::{StoreError, now_utc};

/// What makes two project names the same to a reader: `text::name_key` (case, spaces,
/// Unicode form), then the confusable skeleton people's names are kept apart by
/// (`person::look`: a Cyrillic `С` in "Chevrolet", a non-breaking hyphen).
pub(super) fn duplicate_key(name: &str) -> String {
    crate::domain::person::look(&text::name_key(name))
}

/// The names an import would duplicate, checked outside the write lock against every
/// live project (a million names take a while to read and fold), then again inside it
/// against the projects changed since: any project created, renamed or restored has a
/// row in the audit log from then on.
pub(super) struct DuplicateCheck {
    /// Each name of the file, after its key.
    keys: Vec<(String, String)>,
    /// When the live names were read, as the audit log writes times.
    since: String,
}

impl DuplicateCheck {
    /// Names of projects that are already live, or come twice in the file, compared as
    /// a reader would (`duplicate_key`: case, spaces, Unicode form and lookalike letters
    /// aside), each
    /// once, in file order; and what to check again in the transaction.
    pub(super) fn read(
        conn: &rusqlite::Connection,
        projects: &[ImportProject],
    ) -> Result<(Vec<String>, Self), StoreError> {
        let since = now_utc();
        let sql = |e| StoreError::from_sqlite(e, Operation::ReadingProjectNames);
        let mut statement = conn
            .prepare("SELECT name FROM projects WHERE deleted_at IS NULL")
            .map_err(sql)?;
        let mut live: HashSet<String> = statement
            .query_map([], |r| r.get::<_, String>(0))
            .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
            .map_err(sql)?
            .iter()
            .map(|name| duplicate_key(name))
            .collect();
        let keys: Vec<(String, String)> = projects
            .iter()
            .map(|p| (duplicate_key(p.project.name()), p.project.name().to_string()))
            .collect();
        let mut duplicates = Vec::new();
        let mut reported = HashSet::new();
        for (key, name) in &keys {
            if !live.insert(key.clone()) && reported.insert(key.clone()) {
                duplicates.push(name.clone());
            }
        }
        Ok((duplicates, Self { keys, since }))
    }

    /// The file's names that a project created, renamed or restored since the first
    /// check now has.
    pub(super) fn again(&self, tx: &Transaction<'_>) -> Result<Vec<String>, StoreError> {
        let sql = |e| StoreError::from_sqlite(e, Operation::ReadingProjectNames);
        let mut statement = tx
            .prepare(
                "SELECT DISTINCT p.name FROM changes c JOIN projects p ON p.id = c.project_id
                  WHERE c.changed_at >= ?1 AND p.deleted_at IS NULL",
            )
            .map_err(sql)?;
        let changed: HashSet<String> = statement
            .query_map([&self.since], |r| r.get::<_, String>(0))
            .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
            .map_err(sql)?
            .iter()
            .map(|name| duplicate_key(name))
            .collect();
        let mut duplicates = Vec::new();
        let mut reported = HashSet::new();
        for (key, name) in &self.keys {
            if changed.contains(key) && reported.insert(key.clone()) {
                duplicates.push(name.clone());
            }
        }
        Ok(duplicates)
    }
}
