//! Defects a tester found at the edges of the command line: exports over a database's
//! journal, ASCII Markdown, folders made without a word, free text starting with `-`,
//! and a CSV export that cannot be imported into an empty database.

mod common;

use common::{TestDb, checksum};

#[test]
fn an_export_never_replaces_the_journal_beside_another_database() {
    let db = TestDb::new();
    let other = TestDb {
        path: db.dir.path().join("e2.db"),
        dir: tempfile::tempdir().unwrap(),
    };
    other.ok(&["add", "--name", "Other"]);
    for suffix in ["-wal", "-shm", "-journal"] {
        let companion = db.dir.path().join(format!("e2.db{suffix}"));
        let before = companion.exists().then(|| checksum(&companion));
        let error = db.fails(&["export", "-o", companion.to_str().unwrap(), "--force"]);
        assert!(error.contains("journal of the SQLite database"), "{suffix}: {error}");
        assert_eq!(
            companion.exists().then(|| checksum(&companion)),
            before,
            "{suffix} untouched"
        );
    }
    // The other database still takes writes.
    other.ok(&["add", "--name", "Another"]);
    // A file merely named like a journal, with no database beside it, is an ordinary file.
    let lonely = db.dir.path().join("notes.db-wal");
    db.ok(&["export", "-o", lonely.to_str().unwrap()]);
    assert!(lonely.exists());
}

#[test]
fn ascii_markdown_has_no_typographic_marks() {
    let db = TestDb::new();
    db.ok(&["list"]);
    db.ok(&["add", "--name", "No figures at all"]);
    for extra in [&[][..], &["--trend"][..]] {
        let mut args = vec!["summary", "--ascii", "--format", "markdown"];
        args.extend_from_slice(extra);
        let out = db.ok(&args);
        assert!(out.is_ascii(), "{args:?}: {out}");
    }
    // Without --ascii Markdown keeps its dash for unknown cells.
    assert!(db.ok(&["summary", "--format", "markdown"]).contains('—'));
}

#[test]
fn backup_and_export_say_when_they_create_a_folder() {
    let db = TestDb::new();
    db.ok(&["list"]);
    let backup = db.dir.path().join("new/backups/b.db");
    let out = db.cmd().args(["backup", backup.to_str().unwrap()]).output().unwrap();
    assert!(out.status.success());
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("created the folder") && said.contains("new/backups"),
        "{said}"
    );
    assert!(backup.exists());
    let export = db.dir.path().join("out/x.json");
    let out = db
        .cmd()
        .args(["export", "-o", export.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("created the folder") && said.contains("out"), "{said}");
    assert!(export.exists());
    // An existing folder is not announced.
    let again = db.dir.path().join("out/y.json");
    let out = db
        .cmd()
        .args(["export", "-o", again.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&out.stderr).contains("folder"));
}

#[test]
fn free_text_may_start_with_a_minus() {
    let db = TestDb::new();
    let id = db.ok(&[
        "add",
        "--name",
        "-Minus plant",
        "--description",
        "-minus",
        "--region",
        "-north",
        "--partners",
        "-x",
    ]);
    let id = id.trim();
    db.ok(&["note", id, "-5% output", "--date", "2024"]);
    let source = db.ok(&["source", "add", "--publisher", "-P", "--title", "-T", "--note", "-n"]);
    assert!(!source.trim().is_empty());
    let shown = db.ok(&["show", id]);
    for text in ["-Minus plant", "-minus", "-north", "-x", "-5% output"] {
        assert!(shown.contains(text), "{text}: {shown}");
    }
    assert!(db.ok(&["list", "--search", "-Minus"]).contains("-Minus plant"));
}

#[test]
fn a_csv_export_refused_for_its_sources_points_to_the_json_export() {
    let db = TestDb::new();
    let csv = db.dir.path().join("p.csv");
    db.ok(&["export", "--format", "csv", "-o", csv.to_str().unwrap()]);
    let empty = TestDb::new();
    let error = empty.fails(&["--empty", "import", csv.to_str().unwrap()]);
    assert!(error.contains("nothing was imported"), "{error}");
    assert!(
        error.contains("CSV file carries the projects only") && error.contains("export --format json"),
        "{error}"
    );
    assert_eq!(empty.count("SELECT count(*) FROM projects"), 0);
    // The JSON export carries the sources and goes in whole.
    let json = db.dir.path().join("p.json");
    db.ok(&["export", "-o", json.to_str().unwrap()]);
    empty.ok(&["import", json.to_str().unwrap()]);
    assert_eq!(empty.count("SELECT count(*) FROM projects"), 9);
}
