//! Several real processes writing to one database at once: every write that reported
//! success is in the database and the audit log, every refused one was reported as a
//! conflict (never "database is locked"), and the file stays intact.

mod common;

use std::process::{Command, Output};
use std::thread;

use common::TestDb;

fn run(db: &TestDb, args: &[String]) -> Output {
    Command::new(assert_cmd::cargo::cargo_bin("ortaq"))
        .env_remove("ORTAQ_DB")
        .arg("--db")
        .arg(&db.path)
        .args(args)
        .output()
        .expect("run ortaq")
}

#[test]
fn concurrent_writers_lose_nothing() {
    let db = TestDb::new();
    db.ok(&["list"]);
    const WRITERS: usize = 6;
    const EDITS: usize = 15;
    let results: Vec<Vec<(String, Output)>> = thread::scope(|scope| {
        let handles: Vec<_> = (0..WRITERS)
            .map(|writer| {
                let db = &db;
                scope.spawn(move || {
                    (0..EDITS)
                        .map(|edit| {
                            let value = (writer * 1_000 + edit).to_string();
                            // Writers 0-2 share project 5; the others each have their own.
                            let project = if writer < 3 {
                                "5".to_string()
                            } else {
                                (writer - 2).to_string()
                            };
                            let mut args = vec!["set".to_string(), project, format!("jobs_planned={value}")];
                            // Every other edit names a stale version, as a slow editor would.
                            if edit % 2 == 1 {
                                args.extend(["--if-version".to_string(), "1".to_string()]);
                            }
                            (value, run(db, &args))
                        })
                        .collect()
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().expect("writer thread")).collect()
    });
    let mut succeeded = 0;
    let mut conflicts = 0;
    for (value, output) in results.into_iter().flatten() {
        let error = String::from_utf8_lossy(&output.stderr);
        assert!(!error.contains("locked") && !error.contains("busy"), "{error}");
        if output.status.success() {
            succeeded += 1;
            let audited = db.count(&format!(
                "SELECT count(*) FROM changes WHERE field = 'jobs_planned' AND new_value = '{value}'"
            ));
            assert_eq!(audited, 1, "success {value} is in the audit log");
        } else {
            assert!(error.contains("was changed by"), "a refusal is a conflict: {error}");
            conflicts += 1;
            let audited = db.count(&format!(
                "SELECT count(*) FROM changes WHERE field = 'jobs_planned' AND new_value = '{value}'"
            ));
            assert_eq!(audited, 0, "refused {value} left no trace");
        }
    }
    assert_eq!(succeeded + conflicts, WRITERS * EDITS);
    assert!(
        succeeded >= WRITERS * EDITS / 2,
        "every edit without a stale version succeeds: {succeeded}"
    );
    assert!(conflicts > 0, "stale versions were refused");
    // The last successful value of each project is its value now, and versions count edits.
    for project in [5, 1, 2, 3] {
        let (last, version): (String, i64) = db
            .sql()
            .query_row(
                "SELECT (SELECT new_value FROM changes WHERE project_id = ?1 AND field = 'jobs_planned' ORDER BY id DESC LIMIT 1),
                        (SELECT version FROM projects WHERE id = ?1)",
                [project],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        let now: i64 = db
            .sql()
            .query_row("SELECT jobs_planned FROM projects WHERE id = ?1", [project], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(now.to_string(), last);
        let edits = db.count(&format!(
            "SELECT count(DISTINCT edit) FROM changes WHERE project_id = {project}"
        ));
        assert_eq!(version, edits, "one version per edit of project {project}");
    }
    let check: String = db.sql().query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(check, "ok");
}
