//! A large import does not hold everyone else up: while 50,000 rows are written, another
//! person's edits go through (none fails with "database is locked"), and afterwards both
//! the import and the edits are in the database; one undo then takes the whole import
//! back, holding no one up either. How long it takes is measured in
//! benches/import.rs, not asserted here.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use chrono::NaiveDate;
use ortaq::domain::{Field, FieldValue};
use ortaq::exchange;
use ortaq::store::{ImportOutcome, ImportRights, Store};

const ROWS: usize = 50_000;

fn csv() -> Vec<u8> {
    let mut text = String::from("name,country,sector,status,investment,jobs_planned,partners\n");
    for i in 0..ROWS {
        text.push_str(&format!(
            "Imported {i:06} plant,KZ,Sector {},agreed,{},{},Partner {} LLP\n",
            i % 7,
            1_000_000 + i,
            i % 500,
            i % 13
        ));
    }
    text.into_bytes()
}

#[test]
fn another_persons_edits_go_through_while_a_large_import_runs() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let path = dir.path().join("ortaq.db");
    let mut importer = Store::open(&path).expect("database");
    let mut other = Store::open(&path).expect("second connection");
    other.set_author_for_tests("aigerim");
    let no_sources = |_: &str| -> Result<i64, String> { Err("no sources".into()) };
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).expect("date");
    let parsed = exchange::parse_csv(&csv(), &no_sources, today).expect("the CSV reads");
    let done = AtomicBool::new(false);
    let (outcome, edits) = std::thread::scope(|scope| {
        let import = scope.spawn(|| {
            let outcome = importer.import_document(&parsed.document, false, ImportRights::ALL);
            done.store(true, Ordering::SeqCst);
            outcome
        });
        let mut edits = Vec::new();
        while !done.load(Ordering::SeqCst) {
            let during = !done.load(Ordering::SeqCst);
            let version = other.project(1).expect("project 1").version;
            let value = FieldValue::Text(format!("edit {}", edits.len()));
            let result = other.edit_project(1, version, vec![(Field::Partners, value)]);
            edits.push((during, result));
            std::thread::sleep(Duration::from_millis(20));
        }
        (import.join().expect("the import thread"), edits)
    });
    assert!(
        matches!(outcome, Ok(ImportOutcome::Imported { projects: ROWS, .. })),
        "{outcome:?}"
    );
    assert!(
        edits.iter().any(|(during, _)| *during),
        "no edit was tried while the import ran"
    );
    for (_, result) in &edits {
        assert!(result.is_ok(), "an edit failed during the import: {result:?}");
    }
    let last = format!("edit {}", edits.len() - 1);
    let project = other.project(1).expect("project 1");
    assert_eq!(
        project.partners.as_deref(),
        Some(last.as_str()),
        "the last edit is there"
    );
    let imported: i64 = rusqlite::Connection::open(&path)
        .expect("open")
        .query_row(
            "SELECT count(*) FROM projects WHERE name LIKE 'Imported %' AND deleted_at IS NULL",
            [],
            |r| r.get(0),
        )
        .expect("count");
    assert_eq!(
        imported,
        i64::try_from(ROWS).expect("rows"),
        "the whole import is there"
    );

    // One undo takes the whole import back, and holds no one up either.
    let done = AtomicBool::new(false);
    let (undone, edits) = std::thread::scope(|scope| {
        let undo = scope.spawn(|| {
            let undone = importer.undo();
            done.store(true, Ordering::SeqCst);
            undone
        });
        let mut edits = Vec::new();
        while !done.load(Ordering::SeqCst) {
            let version = other.project(1).expect("project 1").version;
            let value = FieldValue::Text(format!("during undo {}", edits.len()));
            edits.push(other.edit_project(1, version, vec![(Field::Partners, value)]));
            std::thread::sleep(Duration::from_millis(20));
        }
        (undo.join().expect("the undo thread"), edits)
    });
    let undone = undone.expect("undone");
    assert_eq!(undone.projects, ROWS);
    for result in &edits {
        assert!(result.is_ok(), "an edit failed during the undo: {result:?}");
    }
    let live: i64 = rusqlite::Connection::open(&path)
        .expect("open")
        .query_row(
            "SELECT count(*) FROM projects WHERE name LIKE 'Imported %' AND deleted_at IS NULL",
            [],
            |r| r.get(0),
        )
        .expect("count");
    assert_eq!(live, 0, "the whole import is taken back");
}

#[test]
fn one_undo_takes_back_a_whole_import_and_redo_brings_it_back() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let path = dir.path().join("ortaq.db");
    let mut store = Store::open(&path).expect("database");
    let no_sources = |_: &str| -> Result<i64, String> { Err("no sources".into()) };
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).expect("date");
    let text = "name,country,sector\nFirst plant,KZ,Textiles\nSecond plant,UZ,Cement\nThird plant,KZ,Glass\n";
    let parsed = exchange::parse_csv(text.as_bytes(), &no_sources, today).expect("reads");
    let live = |store: &Store| store.portfolio().expect("portfolio").projects.len();
    let before = live(&store);
    store
        .import_document(&parsed.document, false, ImportRights::ALL)
        .expect("imports");
    assert_eq!(live(&store), before + 3);
    let undone = store.undo().expect("undo");
    assert_eq!(undone.projects, 3, "{undone:?}");
    assert!(undone.undid_creation);
    assert_eq!(live(&store), before, "all three taken back at once");
    let redone = store.redo().expect("redo");
    assert_eq!(redone.projects, 3, "{redone:?}");
    assert_eq!(live(&store), before + 3);
}

#[test]
fn a_disk_full_part_way_takes_back_what_was_written() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let path = dir.path().join("ortaq.db");
    let mut store = Store::open(&path).expect("database");
    let no_sources = |_: &str| -> Result<i64, String> { Err("no sources".into()) };
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).expect("date");
    let parsed = exchange::parse_csv(&csv(), &no_sources, today).expect("the CSV reads");
    let count = |sql: &str| -> i64 {
        rusqlite::Connection::open(&path)
            .expect("open")
            .query_row(sql, [], |r| r.get(0))
            .expect("count")
    };
    let live = "SELECT count(*) FROM projects WHERE name LIKE 'Imported %' AND deleted_at IS NULL";
    // Room for a few transactions of the import, not for 50,000 projects (the rest of
    // the room is enough to take back what they wrote).
    store.limit_growth_for_tests(3_000).expect("limit");
    let failed = store.import_document(&parsed.document, false, ImportRights::ALL);
    assert!(failed.is_err(), "{failed:?}");
    let written = count("SELECT count(*) FROM projects WHERE name LIKE 'Imported %'");
    store.limit_growth_for_tests(1_000_000).expect("room again");
    if count(live) > 0 {
        // Taking back found no room either. It is one transaction, so it wrote nothing
        // (taken back in several, it once left undo rows naming the import's edit, and
        // undo then found "nothing to undo"): what was written is one edit, which one
        // undo takes back. Which branch a run takes depends on how much the import wrote
        // before the disk was full; each holds.
        assert_eq!(count("SELECT count(*) FROM changes WHERE kind = 'undo'"), 0);
        let undone = store.undo().expect("undone");
        assert_eq!(i64::try_from(undone.projects).expect("count"), written);
    } else {
        let taken_back = count("SELECT count(*) FROM changes WHERE kind = 'undo' AND field = 'deleted'");
        assert_eq!(taken_back, written, "each project written was taken back, as an undo");
    }
    assert_eq!(count(live), 0, "nothing of the import is left");
    eprintln!("written before the disk was full: {written}");
}
