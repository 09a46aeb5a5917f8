//! Versioned schema migrations on `PRAGMA user_version`.
//!
//! `schema.sql` is the whole current schema, applied to a new file. An older file is
//! brought forward by the steps in [`UPGRADES`], all in one IMMEDIATE transaction that
//! re-reads the version first, so several users starting a new ortaq at once all succeed.

use rusqlite::{Connection, Transaction, TransactionBehavior};

use super::{SCHEMA_VERSION, StoreError};

/// The schema, embedded from the repository's `schema.sql`.
pub const SCHEMA_SQL: &str = include_str!("../../schema.sql");

/// Steps from version N to N + 1, for N from 1 up. Each leaves the file as `schema.sql`
/// would have made it (a test holds them to that).
const UPGRADES: &[&str] = &[
    // 2: the trigram search index, filled from the projects already there, and the
    // index of figures for totals.
    "CREATE INDEX projects_live_figures ON projects (status, country, sector, investment, jobs_planned, jobs_created)
         WHERE deleted_at IS NULL;
     CREATE VIRTUAL TABLE project_search USING fts5 (
         search_text, content = 'projects', content_rowid = 'id', tokenize = 'trigram', detail = 'none'
     );
     CREATE TRIGGER project_search_insert AFTER INSERT ON projects
     BEGIN
         INSERT INTO project_search (rowid, search_text) VALUES (new.id, new.search_text);
     END;
     CREATE TRIGGER project_search_update AFTER UPDATE OF search_text ON projects
     BEGIN
         INSERT INTO project_search (project_search, rowid, search_text) VALUES ('delete', old.id, old.search_text);
         INSERT INTO project_search (rowid, search_text) VALUES (new.id, new.search_text);
     END;
     CREATE TRIGGER project_search_delete AFTER DELETE ON projects
     BEGIN
         INSERT INTO project_search (project_search, rowid, search_text) VALUES ('delete', old.id, old.search_text);
     END;
     INSERT INTO project_search (project_search) VALUES ('rebuild');",
];

const _: () = assert!(UPGRADES.len() as i64 == SCHEMA_VERSION - 1);

pub(super) fn user_version(conn: &Connection) -> Result<i64, StoreError> {
    conn.query_row("PRAGMA user_version", [], |row| row.get(0))
        .map_err(|e| StoreError::from_sqlite(e, "reading the schema version"))
}

pub(super) fn has_ortaq_tables(conn: &Connection) -> Result<bool, StoreError> {
    conn.query_row(
        "SELECT count(*) FROM sqlite_schema WHERE type = 'table'
           AND name IN ('projects', 'updates', 'sources', 'indicators', 'changes')",
        [],
        |row| row.get::<_, i64>(0),
    )
    .map(|count| count == 5)
    .map_err(|e| StoreError::from_sqlite(e, "reading the schema"))
}

/// Applies the whole schema to a new, empty database, then `fill` (the seed).
pub(super) fn create(
    conn: &mut Connection,
    fill: impl FnOnce(&Transaction<'_>) -> Result<(), StoreError>,
) -> Result<(), StoreError> {
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .map_err(|e| StoreError::from_sqlite(e, "creating the schema"))?;
    tx.execute_batch(SCHEMA_SQL)
        .map_err(|e| StoreError::from_sqlite(e, "creating the schema"))?;
    tx.pragma_update(None, "user_version", SCHEMA_VERSION)
        .map_err(|e| StoreError::from_sqlite(e, "creating the schema"))?;
    fill(&tx)?;
    tx.commit()
        .map_err(|e| StoreError::from_sqlite(e, "creating the schema"))
}

/// Brings an older database up to [`SCHEMA_VERSION`].
pub(super) fn upgrade(conn: &Connection) -> Result<(), StoreError> {
    let sql = |e| StoreError::from_sqlite(e, "upgrading the schema");
    conn.execute_batch("BEGIN IMMEDIATE").map_err(sql)?;
    let result = (|| {
        let mut version = user_version(conn)?;
        while version < SCHEMA_VERSION {
            let step = usize::try_from(version - 1)
                .ok()
                .and_then(|i| UPGRADES.get(i))
                .ok_or_else(|| StoreError::Invalid(format!("no upgrade from schema version {version}")))?;
            conn.execute_batch(step).map_err(sql)?;
            version += 1;
            conn.pragma_update(None, "user_version", version).map_err(sql)?;
        }
        Ok(())
    })();
    match result {
        Ok(()) => conn.execute_batch("COMMIT").map_err(sql),
        Err(error) => {
            let _ = conn.execute_batch("ROLLBACK");
            Err(error)
        }
    }
}
