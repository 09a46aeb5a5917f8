//! Writers killed with SIGKILL at random moments, many times: afterwards the file is
//! intact, every write that reported success is there, and no write is half-applied.
//!
//! `ORTAQ_CRASH_ROUNDS` sets how many kills of each kind (default 100: store writers and
//! command-line writers, so 200 in all).

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use common::TestDb;
use ortaq::domain::{EdtfDate, Field, FieldValue};
use ortaq::store::{NewDatedNote, Store};

/// Not a test of its own: the writer process the crash test starts and kills. It edits
/// two fields in one change, and adds a note now and then, printing each success.
#[test]
fn crash_writer_child() {
    let Ok(path) = std::env::var("ORTAQ_CRASH_CHILD_DB") else {
        return;
    };
    let mut store = Store::open(std::path::Path::new(&path)).expect("open");
    let year: EdtfDate = "2025".parse().expect("date");
    for i in 0_i64.. {
        let version = store.project(5).expect("project").version;
        let values = vec![
            (Field::JobsPlanned, FieldValue::Integer(i)),
            (Field::JobsCreated, FieldValue::Integer(i)),
        ];
        if store.edit_project(5, version, values).is_ok() {
            println!("edit {i}");
        }
        if i % 3 == 0
            && store
                .add_update(
                    5,
                    &NewDatedNote::new(year.clone(), &format!("crash note {i}"), None).expect("note"),
                )
                .is_ok()
        {
            println!("note {i}");
        }
    }
}

/// A small deterministic sequence of pauses, so that failures can be replayed.
struct Pauses(u64);

impl Pauses {
    fn next(&mut self) -> Duration {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        Duration::from_micros(2_000 + (self.0 >> 33) % 40_000)
    }
}

fn rounds() -> usize {
    std::env::var("ORTAQ_CRASH_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(100)
}

fn kill(child: &mut Child) {
    let _ = child.kill();
    let _ = child.wait();
}

/// The file is intact and every acknowledged write is present and whole.
fn check_consistent(db: &TestDb, acknowledged_edits: &[i64], acknowledged_notes: &[i64]) {
    let conn = db.sql();
    let integrity: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(integrity, "ok");
    let (planned, created, version): (Option<i64>, Option<i64>, i64) = conn
        .query_row(
            "SELECT jobs_planned, jobs_created, version FROM projects WHERE id = 5",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!(planned, created, "both fields of one edit, or neither");
    let rows = |field: &str| {
        db.count(&format!(
            "SELECT count(*) FROM changes WHERE project_id = 5 AND field = '{field}'"
        ))
    };
    assert_eq!(
        rows("jobs_planned"),
        rows("jobs_created"),
        "audit rows come in whole edits"
    );
    let edits = db.count("SELECT count(DISTINCT edit) FROM changes WHERE project_id = 5 AND field <> 'note'");
    assert_eq!(version, edits, "one version per edit, no more, no less");
    for i in acknowledged_edits {
        let found = db.count(&format!(
            "SELECT count(*) FROM changes WHERE field = 'jobs_planned' AND new_value = '{i}'"
        ));
        assert!(found >= 1, "acknowledged edit {i} is in the audit log");
    }
    for i in acknowledged_notes {
        let found = db.count(&format!("SELECT count(*) FROM updates WHERE text = 'crash note {i}'"));
        assert_eq!(found, 1, "acknowledged note {i} is stored once");
    }
    let notes = db.count("SELECT count(*) FROM updates WHERE project_id = 5");
    let note_rows = db.count("SELECT count(*) FROM changes WHERE project_id = 5 AND field = 'note'");
    assert_eq!(notes, note_rows, "every note has its audit row");
}

#[test]
fn killed_store_writers_lose_nothing_acknowledged() {
    let db = TestDb::new();
    db.ok(&["list"]);
    let mut pauses = Pauses(42);
    let mut edits = Vec::new();
    let mut notes = Vec::new();
    let test_binary = std::env::current_exe().unwrap();
    for _ in 0..rounds() {
        let mut child = Command::new(&test_binary)
            .args(["crash_writer_child", "--exact", "--nocapture", "--test-threads=1", "-q"])
            .env("ORTAQ_CRASH_CHILD_DB", &db.path)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(pauses.next());
        kill(&mut child);
        let stdout = child.stdout.take().unwrap();
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if let Some(i) = line.strip_prefix("edit ") {
                edits.push(i.parse::<i64>().unwrap());
            } else if let Some(i) = line.strip_prefix("note ") {
                notes.push(i.parse::<i64>().unwrap());
            }
        }
        check_consistent(&db, &edits, &[]);
    }
    // Notes repeat their numbers across runs; count each text once per acknowledgement.
    notes.sort_unstable();
    notes.dedup();
    for i in &notes {
        assert!(db.count(&format!("SELECT count(*) FROM updates WHERE text = 'crash note {i}'")) >= 1);
    }
    assert!(!edits.is_empty(), "some writes were acknowledged before the kills");
}

#[test]
fn killed_command_line_writers_lose_nothing_acknowledged() {
    let db = TestDb::new();
    db.ok(&["list"]);
    let mut pauses = Pauses(7);
    let mut acknowledged = Vec::new();
    let mut notes = Vec::new();
    let mut killed = 0;
    let binary = assert_cmd::cargo::cargo_bin("ortaq");
    for i in 0..rounds() as i64 {
        let value = 100_000 + i;
        let note = i % 4 == 0;
        let mut command = Command::new(&binary);
        command
            .env_remove("ORTAQ_DB")
            .arg("--db")
            .arg(&db.path)
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        if note {
            command.args(["note", "5", &format!("crash note {value}"), "--date", "2025"]);
        } else {
            command.args([
                "set",
                "5",
                &format!("jobs_planned={value}"),
                &format!("jobs_created={value}"),
            ]);
        }
        let mut child = command.spawn().unwrap();
        // Most runs are killed at a random moment; every tenth runs to the end, so that
        // acknowledged writes are checked however slow the machine is.
        let finished = if i % 10 == 9 {
            Some(child.wait().unwrap())
        } else {
            std::thread::sleep(pauses.next() / 2);
            child.try_wait().unwrap()
        };
        if finished.is_none() {
            killed += 1;
        }
        kill(&mut child);
        if finished.is_some_and(|status| status.success()) {
            if note {
                notes.push(value)
            } else {
                acknowledged.push(value)
            }
        }
        check_consistent(&db, &acknowledged, &notes);
    }
    assert!(
        killed > 0 && !acknowledged.is_empty(),
        "{killed} killed, {} acknowledged",
        acknowledged.len()
    );
}
