//! `ortaq check` watches what replication depends on: a database not in WAL mode, and a
//! `-wal` file full of changes that are never checkpointed (a stuck Litestream or a
//! reader left open), each get a warning; a healthy file says `journal: wal`.

mod common;

use common::TestDb;

#[test]
fn a_healthy_database_reports_wal_and_no_warning() {
    let db = TestDb::new();
    let out = db.ok(&["check"]);
    assert!(out.contains("journal: wal\n"), "{out}");
    assert!(!out.contains("warning"), "{out}");
}

#[test]
fn a_database_taken_out_of_wal_mode_is_warned_about() {
    let db = TestDb::new();
    db.ok(&["check"]);
    let conn = db.sql();
    let mode: String = conn
        .query_row("PRAGMA journal_mode = DELETE", [], |r| r.get(0))
        .expect("change the journal mode");
    assert_eq!(mode, "delete");
    drop(conn);
    let out = db.ok(&["check"]);
    assert!(
        out.contains("warning: the journal mode is delete, not WAL: Litestream cannot replicate"),
        "{out}"
    );
    // Read-only users see it too.
    let out = db.ok(&["--read-only", "check"]);
    assert!(out.contains("warning: the journal mode is delete"), "{out}");
}

#[test]
fn a_wal_that_is_never_checkpointed_is_warned_about() {
    let db = TestDb::new();
    db.ok(&["check"]);
    // A reader that stays in one transaction, as a stuck replication does, keeps every
    // later change in the -wal file: no checkpoint may pass it.
    let reader = db.sql();
    reader
        .execute_batch("BEGIN; SELECT count(*) FROM projects;")
        .expect("read");
    let writer = db.sql();
    writer
        .execute_batch(
            "PRAGMA wal_autocheckpoint = 0;
             CREATE TABLE bulk (b BLOB);
             INSERT INTO bulk SELECT zeroblob(1024 * 1024) FROM generate_series(1, 70);",
        )
        .or_else(|_| {
            // Without the generate_series extension: the same 70 MB, one row at a time.
            writer.execute_batch("CREATE TABLE IF NOT EXISTS bulk (b BLOB);")?;
            for _ in 0..70 {
                writer.execute("INSERT INTO bulk VALUES (zeroblob(1024 * 1024))", [])?;
            }
            Ok::<(), rusqlite::Error>(())
        })
        .expect("write 70 MB");
    let out = db.ok(&["check"]);
    assert!(
        out.contains("warning: the -wal file holds 7") && out.contains("MB of changes not yet checkpointed"),
        "{out}"
    );
    assert!(out.contains("(more than 64 MB)"), "{out}");
    // Once the reader lets go and a checkpoint runs, the warning goes, although the file
    // (kept between sessions) is as large as before.
    reader.execute_batch("COMMIT").expect("end the read");
    writer
        .query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(()))
        .expect("checkpoint");
    let wal = std::fs::metadata(format!("{}-wal", db.path.display())).expect("the -wal file");
    assert!(wal.len() > 64 * 1024 * 1024, "the file stays large");
    let out = db.ok(&["check"]);
    assert!(!out.contains("warning"), "{out}");
}
