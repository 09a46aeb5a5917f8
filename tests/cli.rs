//! The command line, run as the real binary over temporary databases.

mod common;

use common::{TestDb, bare_cmd, checksum, os_user};

#[test]
fn first_run_creates_and_seeds_the_database() {
    let db = TestDb::new();
    let listed = db.ok(&["list"]);
    assert!(listed.contains("Chevrolet Onix small-scale car production"), "{listed}");
    assert!(listed.contains("Autoclaved aerated concrete production"));
    assert_eq!(db.count("SELECT count(*) FROM projects"), 9);
    assert_eq!(db.count("SELECT count(*) FROM sources"), 5);
    assert_eq!(db.count("PRAGMA user_version"), ortaq::store::SCHEMA_VERSION);
    let journal: String = db.sql().query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
    assert_eq!(journal, "wal");
    assert!(db.ok(&["check"]).contains("integrity: ok"));
}

#[test]
fn missing_parent_directories_are_created() {
    let db = TestDb::new();
    let nested = db.dir.path().join("a/b/c/ortaq.db");
    bare_cmd()
        .args(["--db", nested.to_str().unwrap(), "list"])
        .assert()
        .success();
    assert!(nested.exists());
}

#[test]
fn empty_flag_skips_the_seed_and_an_existing_database_is_never_reseeded() {
    let db = TestDb::new();
    assert_eq!(db.ok(&["--empty", "list", "--format", "csv"]).lines().count(), 1);
    assert_eq!(db.count("SELECT count(*) FROM projects"), 0);
    // Opening again without --empty does not load the seed into the existing file.
    db.ok(&["list"]);
    assert_eq!(db.count("SELECT count(*) FROM projects"), 0);
}

#[test]
fn add_set_show_and_history() {
    let db = TestDb::new();
    let id = db.ok(&[
        "add",
        "--name",
        "Cement plant",
        "--country",
        "Uzbekistan",
        "--region",
        "Шымкент",
        "--investment",
        "3,4 млрд",
        "--jobs-planned",
        "1 200",
        "--status",
        "under construction",
        "--started",
        "12.07.2024",
        "--source",
        "BAQ",
    ]);
    let id = id.trim();
    assert_eq!(id, "10");
    let shown = db.ok(&["show", id]);
    assert!(shown.contains("$3,400,000,000"), "{shown}");
    assert!(shown.contains("construction"));
    assert!(shown.contains("2024-07-12"));
    assert!(shown.contains("#5 BAQ.KZ"));

    db.ok(&["set", "cement", "investment=12.5m", "jobs_created=300"]);
    let shown = db.ok(&["show", "cement"]);
    assert!(shown.contains("$12,500,000"), "{shown}");

    let history = db.ok(&["history", "cement"]);
    assert!(history.contains("investment: 3400000000 -> 12500000"), "{history}");
    assert!(history.contains("jobs_created: — -> 300"));
    let author = os_user();
    assert!(history.contains(&author), "{history}");
    let version: i64 = db
        .sql()
        .query_row("SELECT version FROM projects WHERE id = 10", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, 2);
    // One audit row per changed field, sharing one edit.
    assert_eq!(
        db.count(
            "SELECT count(DISTINCT edit) FROM changes WHERE project_id = 10 AND field IN ('investment', 'jobs_created')
               AND edit > (SELECT edit FROM changes WHERE project_id = 10 AND field = 'created')"
        ),
        1
    );
}

#[test]
fn bad_values_are_refused_and_nothing_is_written() {
    let db = TestDb::new();
    db.ok(&["list"]);
    let before = db.count("SELECT count(*) FROM changes");
    for (args, expected) in [
        (vec!["set", "angren", "investment=lots"], "US dollars"),
        (vec!["set", "angren", "investment=-5"], "negative"),
        (vec!["set", "angren", "jobs_planned=1.5"], "whole number"),
        (vec!["set", "angren", "status=finished"], "proposed, agreed"),
        (vec!["set", "angren", "country=RU"], "KZ+UZ"),
        (vec!["set", "angren", "started=31.02.2024"], "no such day"),
        (vec!["set", "angren", "name="], "cannot be empty"),
        (vec!["set", "angren", "budget=5"], "not a field"),
        (vec!["set", "angren", "investment"], "FIELD=VALUE"),
        (
            vec!["set", "angren", "investment=1m", "status=nope"],
            "nothing was written",
        ),
        (vec!["set", "nonexistent", "investment=1"], "no project matches"),
        (vec!["set", "factory", "investment=1"], "matches 3 projects"),
        (vec!["add", "--name", "  "], "cannot be empty"),
        (vec!["add", "--name", "X", "--investment", "1,500 million"], "ambiguous"),
        (vec!["add", "--name", "X", "--source", "nobody"], "no source matches"),
        (vec!["note", "angren", "  "], "cannot be empty"),
        (vec!["note", "angren", "text", "--date", "someday"], "not a date"),
        (vec!["list", "--sort", "colour"], "cannot sort"),
        (vec!["summary", "--by", "planet"], "cannot group"),
    ] {
        let error = db.fails(&args);
        assert!(error.contains(expected), "{args:?}: {error}");
        assert!(error.starts_with("ortaq: "), "{error}");
    }
    assert_eq!(db.count("SELECT count(*) FROM changes"), before, "nothing was audited");
    assert_eq!(db.count("SELECT count(*) FROM projects"), 9);
    let investment: Option<i64> = db
        .sql()
        .query_row("SELECT investment FROM projects WHERE id = 5", [], |r| r.get(0))
        .unwrap();
    assert_eq!(investment, None);
}

#[test]
fn a_stale_edit_is_refused_as_a_conflict_naming_who_and_when() {
    let db = TestDb::new();
    db.ok(&["set", "angren", "investment=12.5m", "--if-version", "1"]);
    let error = db.fails(&["set", "angren", "investment=13m", "--if-version", "1"]);
    let author = os_user();
    assert!(error.contains("was changed by"), "{error}");
    assert!(error.contains(&author), "{error}");
    assert!(
        error.contains("(investment: — -> 12500000)"),
        "says what changed: {error}"
    );
    assert!(error.contains("nothing was written"));
    let investment: i64 = db
        .sql()
        .query_row("SELECT investment FROM projects WHERE id = 5", [], |r| r.get(0))
        .unwrap();
    assert_eq!(investment, 12_500_000);
}

#[test]
fn notes_delete_and_restore() {
    let db = TestDb::new();
    db.ok(&[
        "note",
        "angren",
        "Second line of autoclaves launched",
        "--date",
        "12.07.2024",
        "--source",
        "2",
    ]);
    let shown = db.ok(&["show", "angren"]);
    assert!(
        shown.contains("2024-07-12  Second line of autoclaves launched"),
        "{shown}"
    );
    assert!(shown.contains("The Times of Central Asia"));
    db.ok(&["delete", "angren"]);
    assert!(!db.ok(&["list"]).contains("Autoclaved"));
    assert!(db.fails(&["show", "5"]).contains("deleted"));
    assert!(db.ok(&["history", "5"]).contains("deleted"));
    db.ok(&["restore", "5"]);
    assert!(db.ok(&["list"]).contains("Autoclaved"));
    assert_eq!(
        db.count("SELECT count(*) FROM projects"),
        9,
        "soft delete keeps the row"
    );
}

#[test]
fn search_is_case_insensitive_in_cyrillic_and_latin() {
    let db = TestDb::new();
    db.ok(&["add", "--name", "Текстильная фабрика", "--region", "Шымкент"]);
    assert!(db.ok(&["list", "--search", "шымкент"]).contains("Текстильная фабрика"));
    assert!(db.ok(&["list", "--search", "ТЕКСТИЛЬНАЯ"]).contains("Шымкент"));
    assert!(db.ok(&["list", "--search", "ANGREN"]).contains("Autoclaved"));
    assert!(
        db.ok(&["list", "--search", "центр"]).contains("Central Asia"),
        "Russian name is searched"
    );
    let filtered = db.ok(&["list", "--status", "proposed", "--country", "both", "--format", "csv"]);
    assert_eq!(
        filtered.lines().count(),
        3,
        "the header and the two railways: {filtered}"
    );
    let sorted = db.ok(&["list", "--sort", "id", "--reverse", "--format", "csv"]);
    assert!(sorted.lines().nth(1).unwrap().starts_with("10,"), "{sorted}");
}

#[test]
fn files_that_are_not_ortaq_databases_are_refused_untouched() {
    let db = TestDb::new();
    let cases: [(&str, &[u8], &str); 4] = [
        ("text.db", b"name,investment\nx,1\n", "not an SQLite database"),
        ("empty.db", b"", "empty (0 bytes)"),
        (
            "corrupt.db",
            b"SQLite format 3\0garbagegarbagegarbagegarbagegarbagegarbage",
            "ortaq left it untouched",
        ),
        ("half.db", b"SQLite form", "not an SQLite database"),
    ];
    for (name, bytes, expected) in cases {
        let path = db.dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        let output = bare_cmd()
            .args(["--db", path.to_str().unwrap(), "list"])
            .output()
            .unwrap();
        let error = String::from_utf8_lossy(&output.stderr);
        assert!(!output.status.success(), "{name}");
        assert!(error.contains(expected), "{name}: {error}");
        assert_eq!(checksum(&path), bytes, "{name} untouched");
        assert!(
            !db.dir.path().join(format!("{name}-wal")).exists(),
            "{name}: no WAL file left"
        );
    }
}

#[test]
fn a_database_from_a_newer_ortaq_is_refused_untouched() {
    let db = TestDb::new();
    db.ok(&["list"]);
    db.sql().pragma_update(None, "user_version", 99).unwrap();
    let before = checksum(&db.path);
    let error = db.fails(&["list"]);
    assert!(error.contains("newer ortaq"), "{error}");
    assert!(error.contains("99"));
    assert_eq!(checksum(&db.path), before);
}

#[test]
fn a_foreign_sqlite_database_is_refused() {
    let db = TestDb::new();
    rusqlite::Connection::open(&db.path)
        .unwrap()
        .execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
        .unwrap();
    let before = checksum(&db.path);
    assert!(db.fails(&["list"]).contains("not an ortaq one"));
    assert_eq!(checksum(&db.path), before);
}

#[test]
fn read_only_flag_reads_but_refuses_writes() {
    let db = TestDb::new();
    db.ok(&["list"]);
    assert!(db.ok(&["--read-only", "list"]).contains("Chevrolet"));
    let error = db.fails(&["--read-only", "set", "angren", "investment=1m"]);
    assert!(error.contains("you may only read"), "{error}");
}

#[test]
fn export_and_import_round_trip_all_or_nothing() {
    let db = TestDb::new();
    db.ok(&["set", "angren", "investment=12.5m", "jobs_planned=14 600"]);
    let json = db.dir.path().join("all.json");
    let csv = db.dir.path().join("all.csv");
    db.ok(&["export", "--format", "json", "-o", json.to_str().unwrap()]);
    db.ok(&["export", "--format", "csv", "-o", csv.to_str().unwrap()]);
    let exported: serde_json::Value = serde_json::from_slice(&std::fs::read(&json).unwrap()).unwrap();
    let angren = &exported["projects"][4];
    assert_eq!(angren["investment"], 12_500_000);
    assert_eq!(angren["jobs_planned"], 14_600);
    assert_eq!(angren["region"], "Angren, [Tashkent region]");
    assert!(
        angren["source"]["title"]
            .as_str()
            .unwrap()
            .starts_with("Kazakhstan will launch 65")
    );

    for file in [&json, &csv] {
        // The same projects again would double every total: refused, unless asked for.
        let other = TestDb::new();
        let error = other.fails(&["import", file.to_str().unwrap()]);
        assert!(
            error.contains("already in the database") && error.contains("--allow-duplicates"),
            "{error}"
        );
        other.ok(&["import", "--allow-duplicates", file.to_str().unwrap()]);
        assert_eq!(other.count("SELECT count(*) FROM projects"), 18);
        assert_eq!(other.count("SELECT investment FROM projects WHERE id = 14"), 12_500_000);
        assert_eq!(other.count("SELECT source_id FROM projects WHERE id = 14"), 1);
    }
    // The CSV names sources by title: a database without them refuses every row.
    let empty = TestDb::new();
    let error = empty.fails(&["--empty", "import", csv.to_str().unwrap()]);
    assert!(error.contains("source: no source matches"), "{error}");
    assert_eq!(empty.count("SELECT count(*) FROM projects"), 0);
    // The JSON document brings its sources, updates and figures along.
    empty.ok(&["import", json.to_str().unwrap()]);
    assert_eq!(empty.count("SELECT count(*) FROM projects"), 9);
    assert_eq!(empty.count("SELECT count(*) FROM sources"), 5);
    assert_eq!(empty.count("SELECT count(*) FROM indicators"), 22);
}

#[test]
fn import_reports_every_bad_row_and_writes_nothing() {
    let db = TestDb::new();
    let file = db.dir.path().join("new.csv");
    std::fs::write(
        &file,
        "name,investment,country,started\nGood one,1m,KZ,2024\nBad money,lots,KZ,\n,5,UZ,\nBad date,1,UZ,2024-13\n",
    )
    .unwrap();
    let error = db.fails(&["import", file.to_str().unwrap()]);
    assert!(error.contains("line 3: investment"), "{error}");
    assert!(error.contains("line 4: name"), "{error}");
    assert!(error.contains("line 5: started"), "{error}");
    assert!(error.contains("nothing was imported"));
    assert_eq!(db.count("SELECT count(*) FROM projects"), 9);
    std::fs::write(
        &file,
        "name,investment,country,source\nGood one,1m,KZ,uza\nGood two,,UZ,#2\n",
    )
    .unwrap();
    db.ok(&["import", file.to_str().unwrap()]);
    assert_eq!(db.count("SELECT count(*) FROM projects"), 11);
    assert_eq!(db.count("SELECT source_id FROM projects WHERE name = 'Good one'"), 4);
}

#[test]
fn backup_copies_a_consistent_database() {
    let db = TestDb::new();
    db.ok(&["set", "angren", "investment=12.5m"]);
    let copy = db.dir.path().join("backup/copy.db");
    db.ok(&["backup", copy.to_str().unwrap()]);
    let shown = bare_cmd()
        .args(["--db", copy.to_str().unwrap(), "show", "angren"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&shown.stdout).contains("$12,500,000"));
    assert!(db.fails(&["backup", copy.to_str().unwrap()]).contains("exists"));
}

#[test]
fn every_seeded_figure_names_its_source() {
    let db = TestDb::new();
    db.ok(&["list"]);
    assert_eq!(
        db.count(
            "SELECT count(*) FROM indicators WHERE source_id IS NULL OR source_id NOT IN (SELECT id FROM sources)"
        ),
        0
    );
    assert_eq!(db.count("SELECT count(*) FROM projects WHERE source_id IS NULL"), 0);
    assert_eq!(db.count("SELECT count(*) FROM updates WHERE source_id IS NULL"), 0);
    // No article gives a single project's investment or jobs: they stay unknown.
    assert_eq!(db.count("SELECT count(*) FROM projects WHERE investment IS NOT NULL OR jobs_planned IS NOT NULL OR jobs_created IS NOT NULL"), 0);
    // The portfolio trend 60 -> 69 -> 74 projects, $2.6B -> $3.1B -> $3.4B.
    let trend = db.ok(&["summary", "--trend"]);
    let order: Vec<usize> = ["$2.6B", "$3.1B", "$3.4B"]
        .iter()
        .map(|v| trend.find(v).unwrap())
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{trend}");
    // Each point its own row, told apart by its date and source, in the order reported.
    let rows: Vec<&str> = trend.lines().filter(|l| l.contains('#')).collect();
    assert_eq!(rows.len(), 3, "{trend}");
    for (row, (date, source, projects)) in rows.iter().zip([
        ("early 2024", "#4 UzA", " 60 "),
        ("2024-07-12", "#2 ", " 69 "),
        ("not before 2024-09", "#1 informkz", " 74 "),
    ]) {
        assert!(
            row.starts_with(date) && row.contains(source) && row.contains(projects),
            "{row}"
        );
    }
    let indicators = db.ok(&["indicator", "list"]);
    assert!(indicators.contains("2024-07-12 portfolio: projects 69"), "{indicators}");
    // The ICIC's updates in the order they happened, newest first, each dated as its text
    // allows (two of its sources print no date at all).
    let icic = db.ok(&["show", "6"]);
    let dated: Vec<usize> = [
        "  2025-09 – 2025-10-22  ",
        "  not before 2024-09  ",
        "  2024-07-12  ",
        "  early 2024  ",
        "  2021-11-25 – 2021-11-26  ",
    ]
    .iter()
    .map(|date| icic.find(date).unwrap_or_else(|| panic!("{date} in {icic}")))
    .collect();
    assert!(dated.windows(2).all(|w| w[0] < w[1]), "{icic}");
}

#[test]
fn summary_formats_on_the_seed() {
    let db = TestDb::new();
    let csv = db.ok(&["summary", "--format", "csv"]);
    assert_eq!(
        csv,
        "status,projects,investment,investment_unknown,jobs_planned,jobs_planned_unknown,jobs_created,jobs_created_unknown\n\
         proposed,2,,2,,2,,2\nconstruction,1,,1,,1,,1\n,6,,6,,6,,6\ntotal,9,,9,,9,,9\n"
    );
    let json: serde_json::Value =
        serde_json::from_str(&db.ok(&["summary", "--format", "json", "--by", "country"])).unwrap();
    assert_eq!(json["total"]["projects"], 9);
    assert_eq!(json["groups"][0]["group"]["country"], "KZ");
    assert_eq!(json["groups"][0]["projects"], 4);
    assert_eq!(json["reported"]["projects"]["value"], 74);
    assert_eq!(json["reported"]["investment"]["value"], 3_400_000_000_i64);
    let as_of =
        serde_json::from_str::<serde_json::Value>(&db.ok(&["summary", "--format", "json", "--as-of", "2024-08-01"]))
            .unwrap();
    assert_eq!(as_of["reported"]["projects"]["value"], 69);
    let text = db.ok(&["summary"]);
    assert!(
        text.lines().all(|l| unicode_width::UnicodeWidthStr::width(l) <= 80),
        "{text}"
    );
    assert!(text.is_ascii() || text.contains('—'), "piped output is plain: {text}");
    assert!(!text.contains('─'), "no box drawing to a pipe");
    let markdown = db.ok(&["summary", "--format", "markdown"]);
    assert!(markdown.contains("| Status "), "{markdown}");
    assert!(markdown.contains("|---"));
}

#[test]
fn summary_totals_on_a_hand_built_portfolio() {
    let db = TestDb::new();
    db.ok(&["--empty", "list"]);
    db.ok(&[
        "add",
        "--name",
        "A",
        "--country",
        "KZ",
        "--status",
        "operating",
        "--investment",
        "100m",
        "--jobs-planned",
        "500",
        "--jobs-created",
        "200",
    ]);
    db.ok(&[
        "add",
        "--name",
        "B",
        "--country",
        "KZ",
        "--status",
        "operating",
        "--investment",
        "300m",
        "--jobs-planned",
        "100",
    ]);
    db.ok(&["add", "--name", "C", "--country", "UZ", "--status", "proposed"]);
    let csv = db.ok(&["summary", "--format", "csv", "--by", "country,status"]);
    assert_eq!(
        csv,
        "country,status,projects,investment,investment_unknown,jobs_planned,jobs_planned_unknown,jobs_created,jobs_created_unknown\n\
         KZ,operating,2,400000000,0,600,0,200,1\nUZ,proposed,1,,1,,1,,1\ntotal,,3,400000000,1,600,1,200,2\n"
    );
    let text = db.ok(&["summary", "--by", "country", "--ascii"]);
    assert!(text.contains("100.0%"), "{text}");
    assert!(text.contains("$400M"), "{text}");
}

#[test]
fn hostile_text_is_shown_inertly_and_exported_exactly() {
    let db = TestDb::new();
    db.ok(&["list"]);
    let hostile = "Evil\u{1b}]0;pwned\u{7}\u{1b}[2J\u{9b}31m\u{202e}name";
    db.sql()
        .execute("UPDATE projects SET name = ?1 WHERE id = 5", [hostile])
        .unwrap();
    for args in [vec!["list"], vec!["show", "5"], vec!["summary"], vec!["history", "5"]] {
        let out = db.ok(&args);
        assert!(
            !out.contains('\u{1b}') && !out.contains('\u{7}') && !out.contains('\u{9b}') && !out.contains('\u{202e}'),
            "{args:?}: {out:?}"
        );
    }
    assert!(db.ok(&["list"]).contains("Evil^[]0;pwned^G^[[2J"));
    let json: serde_json::Value = serde_json::from_str(&db.ok(&["export"])).unwrap();
    assert_eq!(json["projects"][4]["name"], hostile, "JSON keeps the data exact");
    let csv = db.ok(&["export", "--format", "csv"]);
    assert!(csv.contains(hostile), "CSV keeps the data exact");
    // Typed input is cleaned before it is stored.
    db.ok(&["set", "6", "region=Border\u{1b}[31m zone\u{7}"]);
    let region: String = db
        .sql()
        .query_row("SELECT region FROM projects WHERE id = 6", [], |r| r.get(0))
        .unwrap();
    assert_eq!(region, "Border[31m zone");
}

#[test]
fn sql_is_never_built_from_input() {
    let db = TestDb::new();
    let evil = "'; DROP TABLE projects;--";
    db.ok(&["add", "--name", evil, "--sector", evil]);
    assert!(db.ok(&["list", "--search", evil]).contains(evil));
    assert!(db.ok(&["list", "--sector", evil]).contains(evil));
    assert_eq!(db.count("SELECT count(*) FROM projects"), 10);
}

#[test]
fn several_users_starting_at_once_all_succeed() {
    let db = TestDb::new();
    let children: Vec<_> = (0..6)
        .map(|_| {
            std::process::Command::new(assert_cmd::cargo::cargo_bin("ortaq"))
                .args(["--db", db.path.to_str().unwrap(), "list", "--format", "csv"])
                .env_remove("ORTAQ_DB")
                .output()
        })
        .collect();
    for child in children {
        let output = child.unwrap();
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    }
    assert_eq!(db.count("SELECT count(*) FROM projects"), 9, "seeded exactly once");
}

#[test]
fn output_to_a_closed_pipe_is_not_an_error() {
    let db = TestDb::new();
    db.ok(&["list"]);
    let status = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!(
            "{} --db {} export | head -c 10 >/dev/null",
            assert_cmd::cargo::cargo_bin("ortaq").display(),
            db.path.display()
        ))
        .status()
        .unwrap();
    assert!(status.success());
}

/// Runs ortaq as a user who may only read the database: `nobody` when the tests run as
/// root (root may write anything), or the same user with the write bits taken away.
fn as_reader(db: &TestDb, args: &[&str]) -> std::process::Output {
    use std::os::unix::fs::PermissionsExt;
    let root = os_user() == "root";
    std::fs::set_permissions(
        db.dir.path(),
        std::fs::Permissions::from_mode(if root { 0o755 } else { 0o555 }),
    )
    .unwrap();
    std::fs::set_permissions(
        &db.path,
        std::fs::Permissions::from_mode(if root { 0o644 } else { 0o444 }),
    )
    .unwrap();
    let binary = assert_cmd::cargo::cargo_bin("ortaq");
    let mut command = if root {
        let mut command = std::process::Command::new("setpriv");
        command
            .args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
            .arg(binary);
        command
    } else {
        std::process::Command::new(binary)
    };
    command
        .env_remove("ORTAQ_DB")
        .arg("--db")
        .arg(&db.path)
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn a_file_the_user_may_only_read_opens_read_only() {
    let db = TestDb::new();
    db.ok(&["list"]);
    let before = checksum(&db.path);
    let listed = as_reader(&db, &["list"]);
    assert!(listed.status.success(), "{}", String::from_utf8_lossy(&listed.stderr));
    assert!(String::from_utf8_lossy(&listed.stdout).contains("Chevrolet"));
    let refused = as_reader(&db, &["set", "angren", "investment=1m"]);
    assert!(!refused.status.success());
    let error = String::from_utf8_lossy(&refused.stderr);
    assert!(error.contains("you may only read"), "{error}");
    assert_eq!(checksum(&db.path), before, "the file is untouched");
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(db.dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
}

#[test]
fn a_created_database_is_not_world_writable() {
    use std::os::unix::fs::PermissionsExt;
    let db = TestDb::new();
    db.ok(&["list"]);
    let mode = std::fs::metadata(&db.path).unwrap().permissions().mode();
    assert_eq!(mode & 0o002, 0, "mode {mode:o}");
}

#[test]
fn check_finds_a_search_index_out_of_step_with_the_projects() {
    let db = TestDb::new();
    db.ok(&["list"]);
    db.sql()
        .execute_batch("DROP TRIGGER project_search_update; UPDATE projects SET search_text = 'zzz' WHERE id = 1;")
        .unwrap();
    let output = bare_cmd()
        .args(["--db", db.path.to_str().unwrap(), "check"])
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&output.stdout).to_string() + &String::from_utf8_lossy(&output.stderr);
    assert!(said.contains("search index: out of step"), "{said}");
    assert!(!output.status.success(), "{said}");
    // The trigger is gone, so rebuild after putting it back, as an upgrade would.
    db.sql()
        .execute_batch(
            "CREATE TRIGGER project_search_update AFTER UPDATE OF search_text ON projects BEGIN
                 INSERT INTO project_search (project_search, rowid, search_text) VALUES ('delete', old.id, old.search_text);
                 INSERT INTO project_search (rowid, search_text) VALUES (new.id, new.search_text);
             END;",
        )
        .unwrap();
    let repaired = db.ok(&["check", "--repair"]);
    assert!(repaired.contains("search index: ok"), "{repaired}");
    assert_eq!(
        db.count("SELECT count(*) FROM project_search WHERE project_search MATCH '\"zzz\"'"),
        1,
        "the index holds the text the project has now"
    );
}

#[test]
fn a_read_only_check_says_the_search_index_was_not_checked() {
    let db = TestDb::new();
    db.ok(&["list"]);
    let said = db.ok(&["--read-only", "check"]);
    assert!(said.contains("integrity: ok"), "{said}");
    assert!(said.contains("search index: not checked"), "{said}");
}

#[test]
fn list_to_a_pipe_keeps_its_lines_whole_whatever_the_terminal_width() {
    let db = TestDb::new();
    let output = db.cmd().args(["list"]).env("COLUMNS", "60").output().unwrap();
    assert!(output.status.success());
    let listed = String::from_utf8(output.stdout).unwrap();
    assert!(
        listed.contains("International Center for Industrial Cooperation"),
        "{listed}"
    );
    assert!(!listed.contains('…'), "{listed}");
}
