//! A source for each figure: `set ... --source`, the source cleared when a figure
//! changes without one, `show` beside the figure, history, undo, export and import.

mod common;

use common::TestDb;

/// Runs a command that must succeed; returns its standard error (where messages go).
fn said(db: &TestDb, args: &[&str]) -> String {
    let output = db.cmd().args(args).output().expect("run ortaq");
    assert!(
        output.status.success(),
        "ortaq {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stderr).expect("UTF-8 messages")
}

fn figure_source(db: &TestDb, column: &str) -> Option<i64> {
    db.sql()
        .query_row(&format!("SELECT {column} FROM projects WHERE id = 5"), [], |r| r.get(0))
        .expect("read the project")
}

#[test]
fn set_with_source_writes_both_in_one_edit_and_one_undo_takes_both_back() {
    let db = TestDb::new();
    db.ok(&["set", "angren", "investment=12.5m", "jobs_planned=300", "--source", "2"]);
    assert_eq!(figure_source(&db, "investment_source_id"), Some(2));
    assert_eq!(figure_source(&db, "jobs_planned_source_id"), Some(2));
    assert_eq!(figure_source(&db, "status_source_id"), None);
    assert_eq!(
        db.count("SELECT count(DISTINCT edit) FROM changes WHERE field IN ('investment', 'investment_source', 'jobs_planned_source')"),
        1
    );
    // A fragment names the source as `note --source` does.
    db.ok(&["set", "angren", "status=operating", "--source", "uza"]);
    assert_eq!(figure_source(&db, "status_source_id"), Some(4));
    db.ok(&["undo"]);
    assert_eq!(figure_source(&db, "status_source_id"), None);
    db.ok(&["undo"]);
    assert_eq!(figure_source(&db, "investment_source_id"), None);
    assert_eq!(
        db.count("SELECT coalesce(investment, -1) FROM projects WHERE id = 5"),
        -1
    );
}

#[test]
fn a_figure_changed_without_source_loses_its_source_and_says_so() {
    let db = TestDb::new();
    db.ok(&["set", "angren", "investment=12.5m", "--source", "2"]);
    let message = said(&db, &["set", "angren", "investment=13m"]);
    assert!(
        message.contains("source cleared; give --source to keep one"),
        "{message}"
    );
    assert_eq!(figure_source(&db, "investment_source_id"), None);
    // Both in one edit: one undo brings back the figure and its source.
    db.ok(&["undo"]);
    assert_eq!(figure_source(&db, "investment_source_id"), Some(2));
    assert_eq!(db.count("SELECT investment FROM projects WHERE id = 5"), 12_500_000);
    // Another field leaves the figure's source alone, and says nothing about it.
    let message = said(&db, &["set", "angren", "region=Angren"]);
    assert!(!message.contains("source cleared"), "{message}");
    assert_eq!(figure_source(&db, "investment_source_id"), Some(2));
}

#[test]
fn source_without_a_figure_or_a_missing_source_is_refused_and_nothing_written() {
    let db = TestDb::new();
    db.ok(&["list"]);
    let before = db.count("SELECT count(*) FROM changes");
    let error = db.fails(&["set", "angren", "region=Angren", "--source", "2"]);
    assert!(error.contains("--source names the source of a figure"), "{error}");
    let error = db.fails(&["set", "angren", "investment=1m", "investment_source=99"]);
    assert!(error.contains("99"), "{error}");
    let error = db.fails(&["set", "angren", "investment=1m", "investment_source=2", "--source", "3"]);
    assert!(error.contains("investment_source"), "{error}");
    assert_eq!(db.count("SELECT count(*) FROM changes"), before);
}

#[test]
fn a_source_attached_alone_shows_beside_its_figure_and_in_history() {
    let db = TestDb::new();
    db.ok(&["set", "angren", "investment=12.5m"]);
    db.ok(&["set", "angren", "investment_source=2"]);
    let shown = db.ok(&["show", "angren"]);
    let line = shown
        .lines()
        .find(|l| l.contains("Investment"))
        .expect("an investment line");
    assert!(
        line.contains("$12,500,000") && line.contains("#2 The Times of Central Asia"),
        "{line}"
    );
    assert!(!shown.contains("Source of investment"), "{shown}");
    let history = db.ok(&["history", "angren"]);
    assert!(history.contains("investment_source: — -> #2"), "{history}");
    // Detaching: an empty value.
    db.ok(&["set", "angren", "investment_source="]);
    assert_eq!(figure_source(&db, "investment_source_id"), None);
}

#[test]
fn a_figures_source_survives_export_then_import_into_an_empty_database() {
    let db = TestDb::new();
    db.ok(&["set", "angren", "investment=12.5m", "status=operating", "--source", "2"]);
    let json = db.dir.path().join("all.json");
    db.ok(&["export", "--format", "json", "-o", json.to_str().unwrap()]);
    let exported: serde_json::Value = serde_json::from_slice(&std::fs::read(&json).unwrap()).unwrap();
    let angren = &exported["projects"][4];
    assert!(
        angren["investment_source"]["title"]
            .as_str()
            .unwrap()
            .starts_with("Kazakhstan and Uzbekistan Set"),
        "{angren}"
    );
    assert_eq!(angren["jobs_created_source"], serde_json::Value::Null);

    let other = TestDb::new();
    other.ok(&["--empty", "import", json.to_str().unwrap()]);
    let imported_id: i64 = other
        .sql()
        .query_row(
            "SELECT investment_source_id FROM projects WHERE name LIKE 'Autoclaved%'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let title: String = other
        .sql()
        .query_row("SELECT title FROM sources WHERE id = ?1", [imported_id], |r| r.get(0))
        .unwrap();
    assert!(title.starts_with("Kazakhstan and Uzbekistan Set"), "{title}");
    let again = other.dir.path().join("again.json");
    other.ok(&["export", "--format", "json", "-o", again.to_str().unwrap()]);
    let reexported: serde_json::Value = serde_json::from_slice(&std::fs::read(&again).unwrap()).unwrap();
    assert_eq!(
        reexported["projects"][4]["investment_source"],
        angren["investment_source"]
    );
    assert_eq!(reexported["projects"][4]["status_source"], angren["status_source"]);
}

#[test]
fn csv_export_carries_figure_sources_by_title_and_import_reads_them() {
    let db = TestDb::new();
    db.ok(&["set", "angren", "jobs_created=120", "--source", "3"]);
    let csv = db.dir.path().join("all.csv");
    db.ok(&["export", "--format", "csv", "-o", csv.to_str().unwrap()]);
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(text.lines().next().unwrap().contains("jobs_created_source"), "{text}");
    let other = TestDb::new();
    other.ok(&["import", "--allow-duplicates", csv.to_str().unwrap()]);
    assert_eq!(
        other.count("SELECT jobs_created_source_id FROM projects WHERE id = 14"),
        3,
        "the ninth imported project is Angren"
    );
}

#[test]
fn an_xlsx_export_carries_figure_sources_and_import_reads_them_back() {
    let db = TestDb::new();
    db.ok(&[
        "set",
        "angren",
        "investment=12.5m",
        "status=construction",
        "--source",
        "2",
    ]);
    let book = db.dir.path().join("all.xlsx");
    db.ok(&["export", "--format", "xlsx", "-o", book.to_str().unwrap()]);
    let other = TestDb::new();
    other.ok(&["import", "--allow-duplicates", book.to_str().unwrap()]);
    // The seed's nine, then the nine imported in the export's order: Angren is the fifth.
    let angren = "SELECT id FROM projects WHERE name LIKE 'Autoclaved%' ORDER BY id DESC LIMIT 1";
    let id = other.count(angren);
    assert!(id > 9, "imported as a new project");
    for column in ["investment_source_id", "status_source_id"] {
        assert_eq!(
            other.count(&format!("SELECT {column} FROM projects WHERE id = {id}")),
            2,
            "{column}"
        );
    }
    assert_eq!(
        other.count(&format!("SELECT investment FROM projects WHERE id = {id}")),
        12_500_000
    );
    // The seed's own sources of status came along too: the ICIC's is BAQ.KZ (#5).
    let icic = "SELECT status_source_id FROM projects WHERE name LIKE 'International%' ORDER BY id DESC LIMIT 1";
    assert_eq!(other.count(icic), 5);
}

#[test]
fn an_unknown_figure_takes_no_source() {
    let db = TestDb::new();
    db.ok(&["set", "angren", "jobs_planned=14600", "--source", "1"]);
    let changes = db.count("SELECT count(*) FROM changes");
    // Clearing a figure while naming a source for it, or attaching one to an unknown figure.
    for args in [
        &["set", "angren", "jobs_planned=", "--source", "4"][..],
        &["set", "angren", "investment_source=2"][..],
        &["--lang", "ru", "set", "angren", "jobs_created_source=2"][..],
    ] {
        let said = db.fails(args);
        assert!(
            said.contains("no source can support it") || said.contains("подтверждать источнику нечего"),
            "{args:?}: {said}"
        );
    }
    assert_eq!(db.count("SELECT count(*) FROM changes"), changes, "nothing written");
    // Cleared without naming one, a figure's source goes with it.
    db.ok(&["set", "angren", "jobs_planned="]);
    assert_eq!(figure_source(&db, "jobs_planned_source_id"), None);
}

/// `ortaq add --source` was the project's source alone: the figures given with it are
/// from that text too, as `set --source` says of the figures it sets.
#[test]
fn add_with_source_names_it_for_the_figures_given() {
    let db = TestDb::new();
    let id = db.ok(&[
        "add",
        "--name",
        "Cement plant",
        "--investment",
        "12.5m",
        "--status",
        "agreed",
        "--source",
        "2",
    ]);
    let id: i64 = id.trim().parse().expect("the new id");
    let column = |column: &str| -> Option<i64> {
        db.sql()
            .query_row(&format!("SELECT {column} FROM projects WHERE id = ?1"), [id], |r| {
                r.get(0)
            })
            .expect("read the project")
    };
    assert_eq!(column("source_id"), Some(2));
    assert_eq!(column("investment_source_id"), Some(2));
    assert_eq!(column("status_source_id"), Some(2));
    assert_eq!(column("jobs_planned_source_id"), None, "no figure, no source");
}
