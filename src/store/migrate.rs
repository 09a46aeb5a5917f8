//! Versioned schema migrations on `PRAGMA user_version`.
//!
//! `schema.sql` is the whole current schema, applied to a new file. An older file is
//! brought forward by the statements `schema.sql` marks with the version that added
//! them, and [`AFTER_UPGRADE`], all in one IMMEDIATE transaction that
//! re-reads the version first, so several users starting a new ortaq at once all succeed.

use rusqlite::{Connection, Transaction, TransactionBehavior};

use super::{SCHEMA_VERSION, StoreError};

/// The schema, embedded from the repository's `schema.sql`.
pub const SCHEMA_SQL: &str = include_str!("../../schema.sql");

/// What an upgrade to a version does after the statements `schema.sql` marks as added
/// in it (between `-- version N begins` and `-- version N ends`), for versions 2 and up.
const AFTER_UPGRADE: &[&str] = &[
    // 2: fill the search index from the projects already there.
    REBUILD_SEARCH_INDEX,
    // 3: the index on the time of entry is built by its CREATE INDEX; nothing more.
    "",
    // 4: the people and the access log start empty.
    "",
];

/// Fills the search index afresh from the projects.
pub(super) const REBUILD_SEARCH_INDEX: &str = "INSERT INTO project_search (project_search) VALUES ('rebuild')";

/// The statements `schema.sql` marks as added in `version`.
fn added_in(version: i64) -> Option<&'static str> {
    let begin = format!("-- version {version} begins");
    let end = format!("-- version {version} ends");
    let start = SCHEMA_SQL.find(&begin)?;
    let stop = SCHEMA_SQL[start..].find(&end)? + start;
    Some(&SCHEMA_SQL[start..stop])
}
const _: () = assert!(AFTER_UPGRADE.len() as i64 == SCHEMA_VERSION - 1);

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
            let next = version + 1;
            let after = usize::try_from(version - 1).ok().and_then(|i| AFTER_UPGRADE.get(i));
            let (Some(added), Some(after)) = (added_in(next), after) else {
                return Err(StoreError::Internal(format!(
                    "no upgrade from schema version {version}"
                )));
            };
            conn.execute_batch(added).map_err(sql)?;
            conn.execute_batch(after).map_err(sql)?;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schema_sql_marks_what_each_version_added() {
        for version in 2..=SCHEMA_VERSION {
            let added = added_in(version).unwrap_or_default();
            assert!(added.contains("CREATE"), "version {version}: {added}");
        }
        assert!(added_in(2).is_some_and(|sql| sql.contains("project_search") && sql.contains("projects_live_figures")));
        assert_eq!(added_in(SCHEMA_VERSION + 1), None);
    }
}
