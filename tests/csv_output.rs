//! CSV as it leaves ortaq: on a terminal, stored escape sequences are shown, never sent
//! (OSC 52 included); to a pipe or a file the data stays exact; and a value a
//! spreadsheet would run as a formula is written as text and read back exactly.

mod common;

use std::process::Command;

use common::TestDb;
use rexpect::reader::Options;
use rexpect::session::spawn_with_options;

const HOSTILE: &str = "Evil\u{1b}]52;c;ZXZpbA==\u{7}\u{1b}[2J\u{9b}31m\u{202e}\rname";

/// Runs ortaq in a pseudo-terminal and returns all it printed.
fn in_a_terminal(db: &TestDb, args: &str) -> String {
    let binary = assert_cmd::cargo::cargo_bin("ortaq");
    let script = format!("'{}' --db '{}' {args}", binary.display(), db.path.display());
    let mut command = Command::new("sh");
    command.arg("-c").arg(script).env_remove("ORTAQ_DB");
    let mut session = spawn_with_options(
        command,
        Options {
            timeout_ms: Some(15_000),
            strip_ansi_escape_codes: false,
        },
    )
    .expect("spawn in a pty");
    session.exp_eof().expect("exits")
}

#[test]
fn csv_and_json_on_a_terminal_are_made_safe_and_exact_in_a_pipe() {
    let db = TestDb::new();
    db.ok(&["list"]);
    db.sql()
        .execute("UPDATE projects SET name = ?1, sector = ?1 WHERE id = 5", [HOSTILE])
        .unwrap();
    db.sql()
        .execute(
            "INSERT INTO changes (edit, project_id, field, old_value, new_value, author, changed_at)
             VALUES (999, 5, 'name', 'x', ?1, 'x', '2026-01-01T00:00:00Z')",
            [HOSTILE],
        )
        .unwrap();
    for args in [
        "list --format csv",
        "list --format json",
        "show 5 --format csv",
        "history 5 --format csv",
        "summary --by sector --format csv",
        "export --format csv",
        "export",
    ] {
        let shown = in_a_terminal(&db, args);
        // JSON escapes C0 controls itself (`\u001b`); CSV shows them in caret notation.
        let visible = if args.contains("csv") {
            "Evil^[]52;c;ZXZpbA==^G"
        } else {
            "Evil\\u001b]52"
        };
        assert!(shown.contains(visible), "{args}: {shown:?}");
        for payload in ["\u{1b}]52", "\u{1b}[2J", "\u{7}", "\u{9b}", "\u{202e}"] {
            assert!(!shown.contains(payload), "{args}: {payload:?} reached the terminal");
        }
    }
    db.ok(&["set", "5", "region=Angren"]);
    db.sql()
        .execute("UPDATE projects SET name = ?1, sector = ?1 WHERE id = 5", [HOSTILE])
        .unwrap();
    let piped = db.ok(&["list", "--format", "csv"]);
    assert!(piped.contains(HOSTILE), "a pipe gets the exact data");
    let history = db.ok(&["history", "5", "--format", "csv"]);
    assert!(
        history.starts_with("id,edit,project_id,field,old_value,new_value,author,changed_at\n"),
        "{history}"
    );
    assert!(
        history.contains(",region,\"Angren, [Tashkent region]\",Angren,"),
        "{history}"
    );
}

#[test]
fn formulas_are_written_as_text_and_read_back_exactly() {
    let db = TestDb::new();
    db.ok(&[
        "add",
        "--name",
        "=HYPERLINK(\"http://evil\",\"x\")",
        "--partners",
        "'quoted",
        "--sector",
        "@SUM(A1)",
    ]);
    db.ok(&["add", "--name", "+7 777 plant", "--region=-west"]);
    let csv = db.ok(&["export", "--format", "csv"]);
    assert!(csv.contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\""), "{csv}");
    assert!(csv.contains(",''quoted,") && csv.contains(",'@SUM(A1),"), "{csv}");
    assert!(csv.contains("'+7 777 plant") && csv.contains(",'-west,"), "{csv}");
    let summary = db.ok(&["summary", "--by", "sector", "--format", "csv"]);
    assert!(summary.contains("'@SUM(A1)"), "{summary}");
    let file = db.dir.path().join("all.csv");
    std::fs::write(&file, &csv).unwrap();
    let copy = TestDb::new();
    copy.ok(&["import", "--allow-duplicates", file.to_str().unwrap()]);
    let value = |query: &str| -> String { copy.sql().query_row(query, [], |r| r.get(0)).unwrap() };
    assert_eq!(
        value("SELECT name FROM projects WHERE id = 19"),
        "=HYPERLINK(\"http://evil\",\"x\")"
    );
    assert_eq!(value("SELECT partners FROM projects WHERE id = 19"), "'quoted");
    assert_eq!(value("SELECT sector FROM projects WHERE id = 19"), "@SUM(A1)");
    assert_eq!(value("SELECT name FROM projects WHERE id = 20"), "+7 777 plant");
    assert_eq!(value("SELECT region FROM projects WHERE id = 20"), "-west");
}
