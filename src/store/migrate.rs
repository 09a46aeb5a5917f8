//! Versioned schema migrations on `PRAGMA user_version`.
//!
//! `schema.sql` is the whole current schema, applied to a new file. An older file is
//! brought forward by the statements `schema.sql` marks with the version that added
//! them, and [`AFTER_UPGRADE`], all in one IMMEDIATE transaction that
//! re-reads the version first, so several users starting a new ortaq at once all succeed.

use rusqlite::{Connection, Transaction, TransactionBehavior};

use super::{SCHEMA_VERSION, StoreError};
use crate::store::{Fault, Operation};

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
    // 5: the old rows, copied into the rebuilt tables; a figure with no qualifier was
    // given exactly. Then the seed's own rows are corrected (see seed_corrections).
    "INSERT INTO sources (id, publisher, title, url, published, note, created_at)
         SELECT id, publisher, title, url, published, note, created_at FROM sources_v4;
     INSERT INTO updates (id, project_id, date, text, author, source_id, created_at, deleted_at)
         SELECT id, project_id, date, text, author, source_id, created_at, deleted_at FROM updates_v4;
     INSERT INTO indicators (id, as_of, scope, metric, value, qualifier, source_id, note, created_at)
         SELECT id, as_of, scope, metric, value, coalesce(qualifier, 'exact'), source_id, note, created_at
         FROM indicators_v4;
     DROP TABLE indicators_v4;
     DROP TABLE updates_v4;
     DROP TABLE sources_v4;",
    // 6: the people there are the first of their names; the log's old sessions stay unpaired.
    "",
    // 7: the projects there have no location yet.
    "",
    // 8 (issue 24): the meetings and agreements start with the seed's (see step_up).
    "",
    // 9 (issue 21): the figures recorded before have no rows in the log of figures (undo
    // still refuses to reach past one written after the person's last change).
    "",
];

/// What an upgrade to a version does before the statements `schema.sql` marks as added
/// in it, for versions 2 and up.
const BEFORE_UPGRADE: &[&str] = &["", "", "", SET_ASIDE_REBUILT_TABLES, "", "", "", ""];

/// Version 5 relaxes CHECKs, which SQLite can only do by making the table anew: the old
/// tables step aside under another name, with their indexes, for the new ones to be
/// created under the real name. With `legacy_alter_table` on and foreign keys off (see
/// [`upgrade`]), the tables that refer to them keep naming `sources` and `updates`.
const SET_ASIDE_REBUILT_TABLES: &str = "
    PRAGMA legacy_alter_table = ON;
    DROP INDEX IF EXISTS updates_by_project;
    DROP INDEX IF EXISTS indicators_by_metric;
    ALTER TABLE sources RENAME TO sources_v4;
    ALTER TABLE updates RENAME TO updates_v4;
    ALTER TABLE indicators RENAME TO indicators_v4;
    PRAGMA legacy_alter_table = OFF;";

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
const _: () = assert!(BEFORE_UPGRADE.len() == AFTER_UPGRADE.len());

pub(super) fn user_version(conn: &Connection) -> Result<i64, StoreError> {
    conn.query_row("PRAGMA user_version", [], |row| row.get(0))
        .map_err(|e| StoreError::from_sqlite(e, Operation::ReadingSchemaVersion))
}

pub(super) fn has_ortaq_tables(conn: &Connection) -> Result<bool, StoreError> {
    conn.query_row(
        "SELECT count(*) FROM sqlite_schema WHERE type = 'table'
           AND name IN ('projects', 'updates', 'sources', 'indicators', 'changes')",
        [],
        |row| row.get::<_, i64>(0),
    )
    .map(|count| count == 5)
    .map_err(|e| StoreError::from_sqlite(e, Operation::ReadingSchema))
}

/// Applies the whole schema to a new, empty database, then `fill` (the seed).
pub(super) fn create(
    conn: &mut Connection,
    fill: impl FnOnce(&Transaction<'_>) -> Result<(), StoreError>,
) -> Result<(), StoreError> {
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .map_err(|e| StoreError::from_sqlite(e, Operation::CreatingSchema))?;
    tx.execute_batch(SCHEMA_SQL)
        .map_err(|e| StoreError::from_sqlite(e, Operation::CreatingSchema))?;
    tx.pragma_update(None, "user_version", SCHEMA_VERSION)
        .map_err(|e| StoreError::from_sqlite(e, Operation::CreatingSchema))?;
    fill(&tx)?;
    tx.commit()
        .map_err(|e| StoreError::from_sqlite(e, Operation::CreatingSchema))
}

/// Brings an older database up to [`SCHEMA_VERSION`].
///
/// Foreign keys are off for the while (SQLite ignores the pragma inside a transaction),
/// so that tables can be made anew under their own names; before the commit every
/// reference is checked, and a dangling one undoes the whole upgrade.
pub(super) fn upgrade(conn: &Connection) -> Result<(), StoreError> {
    let sql = |e| StoreError::from_sqlite(e, Operation::UpgradingSchema);
    conn.pragma_update(None, "foreign_keys", false).map_err(sql)?;
    let upgraded = upgrade_in_transaction(conn);
    let restored = conn.pragma_update(None, "foreign_keys", true).map_err(sql);
    upgraded.and(restored)
}

fn upgrade_in_transaction(conn: &Connection) -> Result<(), StoreError> {
    let sql = |e| StoreError::from_sqlite(e, Operation::UpgradingSchema);
    // Dropped without a commit (an error), the transaction rolls back.
    let tx = Transaction::new_unchecked(conn, TransactionBehavior::Immediate).map_err(sql)?;
    let from = user_version(&tx)?;
    let mut version = from;
    while version < SCHEMA_VERSION {
        step_up(&tx, version)?;
        version += 1;
        tx.pragma_update(None, "user_version", version).map_err(sql)?;
    }
    // The seed's corrections read and write projects with every column of today's
    // schema, so they wait until the file has them all.
    if from < 5 {
        super::reread::correct_seed_of_version_4(&tx)?;
    }
    dangling_references(&tx)?;
    tx.commit().map_err(sql)
}

/// Upgrades a database of `version` to the next.
fn step_up(conn: &Transaction<'_>, version: i64) -> Result<(), StoreError> {
    let sql = |e| StoreError::from_sqlite(e, Operation::UpgradingSchema);
    let next = version + 1;
    let index = usize::try_from(version - 1).ok();
    let before = index.and_then(|i| BEFORE_UPGRADE.get(i));
    let after = index.and_then(|i| AFTER_UPGRADE.get(i));
    let (Some(before), Some(added), Some(after)) = (before, added_in(next), after) else {
        return Err(StoreError::Internal(Fault::NoUpgradeFrom { version }));
    };
    conn.execute_batch(before).map_err(sql)?;
    conn.execute_batch(added).map_err(sql)?;
    conn.execute_batch(after).map_err(sql)?;
    // Version 8 (issue 24): the seed's meetings and agreements, on the seed's sources.
    if next == 8 {
        super::seed::load_meetings_on_upgrade(conn)?;
    }
    Ok(())
}

/// Refuses an upgrade that would leave a row naming one that is not there.
fn dangling_references(conn: &Connection) -> Result<(), StoreError> {
    let sql = |e| StoreError::from_sqlite(e, Operation::UpgradingSchema);
    let dangling: i64 = conn
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |row| row.get(0))
        .map_err(sql)?;
    if dangling > 0 {
        return Err(StoreError::DanglingReferences { count: dangling });
    }
    Ok(())
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
