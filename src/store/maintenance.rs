//! Looking after the file: online backups and integrity checks.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::time::Duration;

use rusqlite::Connection;
use rusqlite::backup::Backup;

use super::{IoAction, Store, StoreError};

/// What `check` found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckReport {
    /// `ok`, or SQLite's list of problems.
    pub integrity: Vec<String>,
    /// Rows whose foreign key points nowhere: (table, rowid, parent table).
    pub foreign_keys: Vec<(String, i64, String)>,
    pub schema_version: i64,
    pub projects: i64,
    pub deleted_projects: i64,
    pub updates: i64,
    pub changes: i64,
    pub search_index: SearchIndex,
    /// Values the schema forbids, written by another tool: shown as unknown and left
    /// out of every sum.
    pub unreadable: Vec<UnreadableValue>,
    /// Projects whose stored completion ends before their start begins: older versions
    /// (and other tools) let such dates in; today `set` and the forms refuse them.
    pub completed_before_start: Vec<ReversedDates>,
}

/// A project completed before it started, with the dates as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReversedDates {
    pub project: i64,
    pub started: String,
    pub completed: String,
}

/// A value in a row that ortaq could not have written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnreadableValue {
    /// `projects`, `sources`, `updates` or `indicators` (a reported figure).
    pub table: &'static str,
    /// The row's id.
    pub project: i64,
    pub field: &'static str,
    /// The value as SQLite quotes it (`-5`, `'lots'`, `X'FF'`).
    pub value: String,
}

/// The columns checked for values the schema forbids, with what each may hold (dates
/// are checked apart, by the domain: see [`valid::DATES`](super::valid::DATES)).
fn unreadable_conditions() -> [(&'static str, String); 5] {
    use super::valid;
    let [investment, planned, created] =
        valid::FIGURES.map(|(column, ceiling)| (column, valid::figure(column, ceiling)));
    [
        investment,
        planned,
        created,
        ("status", valid::status("status")),
        ("country", valid::country("country")),
    ]
}

/// Whether the search index matches the projects it was built from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SearchIndex {
    Ok,
    /// SQLite checks the index by writing to it, which a read-only database refuses.
    NotChecked,
    /// What SQLite found; searches may miss projects until it is rebuilt.
    OutOfStep(String),
}

impl CheckReport {
    pub fn is_ok(&self) -> bool {
        self.integrity == ["ok"]
            && self.foreign_keys.is_empty()
            && !matches!(self.search_index, SearchIndex::OutOfStep(_))
            && self.unreadable.is_empty()
            && self.completed_before_start.is_empty()
    }
}

impl Store {
    /// Copies the database to `target` with SQLite's online backup, which is safe while
    /// others read and write. Refuses to overwrite an existing file.
    pub fn backup(&self, target: &Path) -> Result<(), StoreError> {
        let io = |action, error| StoreError::Io {
            path: target.to_path_buf(),
            action,
            error,
        };
        if target.exists() {
            return Err(StoreError::FileExists {
                path: target.to_path_buf(),
            });
        }
        let dir = target
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        super::open::create_dirs(dir).map_err(|e| io(IoAction::CreatingDirectory, e))?;
        // A fresh temporary name, so no file of the user's is ever written over; it is
        // never world-writable, even under `umask 000`.
        let (file, temp) = super::open::tempfile_in(dir).map_err(|e| io(IoAction::CreatingBackup, e))?;
        if super::open::copy_mode(&self.path) == 0o600 {
            file.set_permissions(std::fs::Permissions::from_mode(0o600))
                .map_err(|e| io(IoAction::CreatingBackup, e))?;
        }
        drop(file);
        let result = (|| {
            let mut copy = Connection::open(&temp).map_err(|e| StoreError::from_sqlite(e, "creating the backup"))?;
            {
                let backup =
                    Backup::new(&self.conn, &mut copy).map_err(|e| StoreError::from_sqlite(e, "backing up"))?;
                backup
                    .run_to_completion(256, Duration::from_millis(5), None)
                    .map_err(|e| StoreError::from_sqlite(e, "backing up"))?;
            }
            copy.close()
                .map_err(|(_, e)| StoreError::from_sqlite(e, "finishing the backup"))?;
            // A link, not a rename: a file that appeared at the target meanwhile is kept.
            match std::fs::hard_link(&temp, target) {
                Ok(()) => Ok(()),
                // A file system without links: rename, unless the target appeared.
                Err(e) if e.kind() != std::io::ErrorKind::AlreadyExists => {
                    std::fs::rename(&temp, target).map_err(|e| io(IoAction::BackingUp, e))
                }
                Err(e) => Err(io(IoAction::BackingUp, e)),
            }
        })();
        // The temporary name goes whether the backup was linked into place or failed.
        if let Err(e) = std::fs::remove_file(&temp)
            && result.is_ok()
            && e.kind() != std::io::ErrorKind::NotFound
        {
            return Err(io(IoAction::RemovingTemporary, e));
        }
        result
    }

    /// Runs SQLite's integrity and foreign-key checks and counts the rows.
    pub fn check(&self) -> Result<CheckReport, StoreError> {
        let sql = |e| StoreError::from_sqlite(e, "checking the database");
        let mut integrity = self.conn.prepare("PRAGMA integrity_check").map_err(sql)?;
        let integrity: Vec<String> = integrity
            .query_map([], |r| r.get(0))
            .and_then(|rows| rows.collect())
            .map_err(sql)?;
        // SQLite's integrity check does not look inside the search index; the index's own
        // check holds it against the projects it was built from.
        let search_index = if self.is_read_only() {
            SearchIndex::NotChecked
        } else {
            match self.conn.execute(
                "INSERT INTO project_search (project_search, rank) VALUES ('integrity-check', 1)",
                [],
            ) {
                Ok(_) => SearchIndex::Ok,
                Err(error) => SearchIndex::OutOfStep(error.to_string()),
            }
        };
        let mut foreign = self.conn.prepare("PRAGMA foreign_key_check").map_err(sql)?;
        let foreign_keys = foreign
            .query_map([], |r| {
                Ok((r.get(0)?, r.get::<_, Option<i64>>(1)?.unwrap_or(0), r.get(2)?))
            })
            .and_then(|rows| rows.collect())
            .map_err(sql)?;
        let count = |query: &str| self.conn.query_row(query, [], |r| r.get::<_, i64>(0)).map_err(sql);
        let unreadable = self.unreadable_values()?;
        Ok(CheckReport {
            integrity,
            foreign_keys,
            schema_version: count("PRAGMA user_version")?,
            projects: count("SELECT count(*) FROM projects WHERE deleted_at IS NULL")?,
            deleted_projects: count("SELECT count(*) FROM projects WHERE deleted_at IS NOT NULL")?,
            updates: count("SELECT count(*) FROM updates WHERE deleted_at IS NULL")?,
            changes: count("SELECT count(*) FROM changes")?,
            search_index,
            unreadable,
            completed_before_start: self.completed_before_start()?,
        })
    }

    /// Every project (live or deleted) whose completion ends before its start begins, by
    /// the same rule `set` refuses them with.
    pub fn completed_before_start(&self) -> Result<Vec<ReversedDates>, StoreError> {
        use crate::domain::{FieldValue, check_start_and_completion};
        let sql = |e| StoreError::from_sqlite(e, "checking the dates");
        let mut statement = self
            .conn
            .prepare("SELECT id, started, completed FROM projects WHERE started IS NOT NULL AND completed IS NOT NULL ORDER BY id")
            .map_err(sql)?;
        let rows = statement
            .query_map([], |r| {
                Ok((r.get::<_, i64>(0)?, super::row::text(r, 1), super::row::text(r, 2)))
            })
            .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
            .map_err(sql)?;
        Ok(rows
            .into_iter()
            .filter_map(|(project, started, completed)| {
                let (started, completed) = (started?, completed?);
                let reversed = check_start_and_completion(
                    &FieldValue::Text(started.clone()),
                    &FieldValue::Text(completed.clone()),
                )
                .is_err();
                reversed.then_some(ReversedDates {
                    project,
                    started,
                    completed,
                })
            })
            .collect())
    }

    /// Every value in a live or deleted project that the schema forbids.
    pub fn unreadable_values(&self) -> Result<Vec<UnreadableValue>, StoreError> {
        let mut found = Vec::new();
        for (field, allowed) in unreadable_conditions() {
            let sql = format!(
                "SELECT id, quote({field}) FROM projects WHERE {field} IS NOT NULL AND NOT ({allowed}) ORDER BY id"
            );
            let mut statement = self
                .conn
                .prepare(&sql)
                .map_err(|e| StoreError::from_sqlite(e, "checking the figures"))?;
            let rows = statement
                .query_map([], |r| {
                    Ok(UnreadableValue {
                        table: "projects",
                        project: r.get(0)?,
                        field,
                        value: super::row::text(r, 1).unwrap_or_default(),
                    })
                })
                .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
                .map_err(|e| StoreError::from_sqlite(e, "checking the figures"))?;
            found.extend(rows);
        }
        found.extend(self.unreadable_dates()?);
        // A project's values together, then each other table's rows in order.
        found.sort_by_key(|v| (v.table != "projects", v.table, v.project));
        let sql = format!(
            "SELECT id, quote(value) FROM indicators WHERE NOT ({}) ORDER BY id",
            super::valid::reported_figure()
        );
        let mut statement = self
            .conn
            .prepare(&sql)
            .map_err(|e| StoreError::from_sqlite(e, "checking the reported figures"))?;
        let figures = statement
            .query_map([], |r| {
                Ok(UnreadableValue {
                    table: "indicators",
                    project: r.get(0)?,
                    field: "value",
                    value: super::row::text(r, 1).unwrap_or_default(),
                })
            })
            .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
            .map_err(|e| StoreError::from_sqlite(e, "checking the reported figures"))?;
        found.extend(figures);
        Ok(found)
    }

    /// Every stored date the domain cannot read, in any table: a project's start or
    /// completion (shown as unknown), a source's, an update's or a figure's date.
    fn unreadable_dates(&self) -> Result<Vec<UnreadableValue>, StoreError> {
        let sql_error = |e| StoreError::from_sqlite(e, "checking the dates");
        let mut found = Vec::new();
        for (table, column, rule) in super::valid::DATES {
            // Table and column names are ortaq's own constants, never input.
            let sql =
                format!("SELECT id, {column}, quote({column}) FROM {table} WHERE {column} IS NOT NULL ORDER BY id");
            let mut statement = self.conn.prepare(&sql).map_err(sql_error)?;
            let rows = statement
                .query_map([], |r| {
                    Ok((r.get::<_, i64>(0)?, super::row::text(r, 1), super::row::text(r, 2)))
                })
                .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
                .map_err(sql_error)?;
            found.extend(rows.into_iter().filter_map(|(id, text, quoted)| {
                let readable = text.is_some_and(|text| super::valid::readable_date(rule, &text));
                (!readable).then(|| UnreadableValue {
                    table,
                    project: id,
                    field: column,
                    value: quoted.unwrap_or_default(),
                })
            }));
        }
        Ok(found)
    }

    /// Builds the search index again from the projects: safe at any time, and the cure
    /// when `check` finds it out of step.
    pub fn rebuild_search_index(&mut self) -> Result<(), StoreError> {
        self.write_needing(Some(super::Role::Admin), "rebuilding the search index", |tx, _| {
            tx.execute(super::migrate::REBUILD_SEARCH_INDEX, [])
                .map_err(|e| StoreError::from_sqlite(e, "rebuilding the search index"))?;
            Ok(())
        })
    }
}
