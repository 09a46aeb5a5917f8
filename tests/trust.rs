//! The promises at the edges (issue 11): who is credited with what, read-only viewers
//! that see what others commit, figures that cannot overflow, filters that match the way
//! search does. Each test here failed before the fix it guards.

mod common;

use std::os::unix::fs::PermissionsExt;
use std::process::{Command, Output};

use common::{TestDb, os_user};

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Runs ortaq as another uid (with group `gid` and umask 002), for tests run as root.
fn as_uid(db: &TestDb, uid: u32, gid: u32, args: &[&str]) -> Output {
    let binary = assert_cmd::cargo::cargo_bin("ortaq");
    Command::new("setpriv")
        .arg(format!("--reuid={uid}"))
        .arg(format!("--regid={gid}"))
        .args(["--clear-groups", "--", "sh", "-c", "umask 002; exec \"$0\" \"$@\""])
        .arg(binary)
        .arg("--db")
        .arg(&db.path)
        .args(args)
        .env_remove("ORTAQ_DB")
        .env("NO_COLOR", "1")
        .output()
        .expect("run ortaq as another user")
}

/// Lets group `gid` write the database and everything beside it.
fn share_with_group(db: &TestDb, gid: u32) {
    let status = Command::new("chgrp")
        .arg("-R")
        .arg(gid.to_string())
        .arg(db.dir.path())
        .status()
        .expect("chgrp");
    assert!(status.success());
    std::fs::set_permissions(db.dir.path(), std::fs::Permissions::from_mode(0o2775)).expect("chmod dir");
    for entry in std::fs::read_dir(db.dir.path()).expect("list dir") {
        let path = entry.expect("entry").path();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o664)).expect("chmod file");
    }
}

#[test]
fn undo_on_a_fresh_database_never_reaches_the_seed() {
    let db = TestDb::new();
    db.ok(&["list"]);
    let refused = db.fails(&["undo"]);
    assert!(refused.contains("no change left to undo"), "{refused}");
    assert_eq!(db.count("SELECT count(*) FROM projects WHERE deleted_at IS NULL"), 9);
    assert_eq!(
        db.count("SELECT count(*) FROM changes WHERE author <> 'seed'"),
        0,
        "every seed row is the seed's"
    );
    let history = db.ok(&["history", "angren"]);
    assert!(history.contains("seed"), "{history}");
    assert!(!history.contains(&os_user()), "{history}");
}

#[test]
fn users_without_a_passwd_entry_are_each_their_own_author() {
    if common::lacks(os_user() == "root", "root, to play other users") {
        return;
    }
    let db = TestDb::new();
    db.ok(&["list"]);
    share_with_group(&db, 4200);
    let first = as_uid(&db, 4242, 4200, &["set", "angren", "investment=12.5m"]);
    assert!(first.status.success(), "{}", text(&first.stderr));
    let history = db.ok(&["history", "angren"]);
    assert!(history.contains("uid 4242"), "{history}");
    let second = as_uid(&db, 4243, 4200, &["undo"]);
    assert!(!second.status.success(), "uid 4243 must not undo uid 4242's change");
    assert!(
        text(&second.stderr).contains("uid 4243 has no change left to undo"),
        "{}",
        text(&second.stderr)
    );
    assert_eq!(
        db.count("SELECT investment FROM projects WHERE name LIKE '%aerated%'"),
        12_500_000
    );
    let own = as_uid(&db, 4242, 4200, &["undo"]);
    assert!(own.status.success(), "{}", text(&own.stderr));
    assert_eq!(
        db.count("SELECT count(*) FROM projects WHERE name LIKE '%aerated%' AND investment IS NULL"),
        1
    );
}

/// Leaves the database readable, not writable, by other users (and its directory too).
fn readable_by_others(db: &TestDb) {
    std::fs::set_permissions(db.dir.path(), std::fs::Permissions::from_mode(0o755)).expect("chmod dir");
    for entry in std::fs::read_dir(db.dir.path()).expect("list dir") {
        let path = entry.expect("entry").path();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).expect("chmod file");
    }
}

fn companions(db: &TestDb) -> [std::path::PathBuf; 2] {
    let with = |suffix: &str| {
        let mut name = db.path.as_os_str().to_owned();
        name.push(suffix);
        std::path::PathBuf::from(name)
    };
    [with("-wal"), with("-shm")]
}

#[test]
fn the_wal_companions_stay_when_the_last_writer_closes() {
    let db = TestDb::new();
    db.ok(&["set", "angren", "investment=12.5m"]);
    for companion in companions(&db) {
        let metadata = std::fs::metadata(&companion)
            .unwrap_or_else(|e| panic!("{} should stay for readers: {e}", companion.display()));
        assert_eq!(metadata.permissions().mode() & 0o002, 0, "never world-writable");
    }
    assert!(db.ok(&["check"]).contains("integrity: ok"));
}

/// The interface as `nobody` (who may only read), in a pseudo-terminal.
fn viewer_in_a_terminal(db: &TestDb) -> rexpect::session::PtySession {
    let binary = assert_cmd::cargo::cargo_bin("ortaq");
    let script = format!(
        "stty rows 24 cols 100; exec setpriv --reuid=65534 --regid=65534 --clear-groups -- '{}' --db '{}'",
        binary.display(),
        db.path.display()
    );
    common::spawn_in_pty(&script, true)
}

fn a_viewer_sees_a_later_commit(remove_companions: bool) {
    if common::lacks(os_user() == "root", "root, to play other users") {
        return;
    }
    let db = TestDb::new();
    db.ok(&["list"]);
    if remove_companions {
        // As a database last closed by an older ortaq (or copied without them) is.
        for companion in companions(&db) {
            std::fs::remove_file(companion).expect("remove companion");
        }
    }
    readable_by_others(&db);
    let mut viewer = viewer_in_a_terminal(&db);
    viewer.exp_string("Autoclaved aerated").expect("first frame");
    db.ok(&["set", "angren", "name=Zeolite works"]);
    viewer
        .exp_string("Zeolite works")
        .expect("the viewer shows the commit made after it opened");
    viewer.send("q").expect("quit");
    viewer.flush().expect("flush");
    viewer.exp_eof().expect("exits");
}

#[test]
fn a_read_only_viewer_sees_commits_made_after_it_opened() {
    a_viewer_sees_a_later_commit(false);
}

#[test]
fn a_read_only_viewer_of_a_file_without_companions_sees_later_commits() {
    a_viewer_sees_a_later_commit(true);
}

#[test]
fn a_killed_writers_wal_without_its_shm_never_shows_an_old_value() {
    if common::lacks(os_user() == "root", "root, to play other users") {
        return;
    }
    let db = TestDb::new();
    db.ok(&["list"]);
    let writer = db.sql();
    writer
        .pragma_update(None, "wal_autocheckpoint", 0)
        .expect("no checkpoints");
    writer
        .execute(
            "UPDATE projects SET investment = 777000 WHERE name LIKE '%aerated%'",
            [],
        )
        .expect("commit a figure");
    // Killed: its connection never closes, so the commit stays in the -wal file.
    std::mem::forget(writer);
    let copy = TestDb::new();
    std::fs::copy(&db.path, &copy.path).expect("copy db");
    std::fs::copy(&companions(&db)[0], &companions(&copy)[0]).expect("copy -wal, not -shm");
    readable_by_others(&copy);
    let binary = assert_cmd::cargo::cargo_bin("ortaq");
    let shown = Command::new("setpriv")
        .args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
        .arg(binary)
        .arg("--db")
        .arg(&copy.path)
        .args(["show", "angren", "--format", "json"])
        .env_remove("ORTAQ_DB")
        .output()
        .expect("run ortaq as nobody");
    let stdout = text(&shown.stdout);
    if shown.status.success() {
        assert!(stdout.contains("777000"), "a committed figure is shown: {stdout}");
    } else {
        let error = text(&shown.stderr);
        assert!(error.contains("cannot read the latest changes"), "{error}");
        assert!(stdout.is_empty(), "{stdout}");
    }
}

#[test]
fn a_typo_beyond_the_ceiling_is_refused_and_the_message_names_the_ceiling() {
    let db = TestDb::new();
    db.ok(&["list"]);
    let error = db.fails(&["set", "angren", "investment=3400000000000000000"]);
    assert!(error.contains("$100,000,000,000"), "{error}");
    let error = db.fails(&["set", "angren", "jobs_planned=14600000"]);
    assert!(error.contains("1,000,000"), "{error}");
    assert_eq!(
        db.count("SELECT count(*) FROM changes WHERE author <> 'seed'"),
        0,
        "nothing written"
    );
}

#[test]
fn a_leading_zero_group_is_never_read_as_thousands() {
    let db = TestDb::new();
    db.ok(&["list"]);
    let error = db.fails(&["set", "angren", "jobs_planned=0,500"]);
    assert!(error.contains("whole number"), "{error}");
    db.ok(&["set", "angren", "investment=0,500 млрд"]);
    assert_eq!(
        db.count("SELECT investment FROM projects WHERE name LIKE '%aerated%'"),
        500_000_000
    );
}

/// Writes values the schema forbids, as another tool could with CHECKs switched off.
fn tamper(db: &TestDb, sql: &str) {
    let conn = db.sql();
    conn.pragma_update(None, "ignore_check_constraints", true)
        .expect("pragma");
    conn.execute_batch(sql).expect("tamper");
}

#[test]
fn tampered_figures_are_left_out_of_sums_counted_and_named_by_check() {
    let db = TestDb::new();
    db.ok(&["list"]);
    db.ok(&["set", "angren", "investment=12.5m", "jobs_planned=300"]);
    db.ok(&["set", "onix", "investment=1m"]);
    tamper(
        &db,
        "UPDATE projects SET investment = 9223372036854775807 WHERE name LIKE '%sewing%';
         UPDATE projects SET investment = 9223372036854775807 WHERE name LIKE '%spinning%';
         UPDATE projects SET investment = 9223372036854775807 WHERE name LIKE '%Saran%';
         UPDATE projects SET investment = -5, jobs_planned = 'lots' WHERE name LIKE '%railway%';",
    );
    let json = db.ok(&["summary", "--format", "json"]);
    let summary: serde_json::Value = serde_json::from_str(&json).expect("json");
    assert_eq!(summary["total"]["investment"], 13_500_000, "{json}");
    assert_eq!(summary["total"]["jobs_planned"], 300, "{json}");
    assert!(
        summary["total"]["unreadable"].as_i64().expect("unreadable") >= 4,
        "{json}"
    );
    let text = db.ok(&["summary"]);
    assert!(text.contains("cannot read"), "{text}");
    let shown = db.ok(&["list", "--format", "json"]);
    assert!(
        !shown.contains("-5") && !shown.contains("9223372036854775807"),
        "{shown}"
    );
    let output = db.cmd().arg("check").output().expect("check");
    assert!(!output.status.success(), "check reports the tampered rows");
    let report = String::from_utf8_lossy(&output.stdout);
    assert!(report.contains("investment = -5"), "{report}");
    assert!(report.contains("jobs_planned = 'lots'"), "{report}");
    assert!(report.contains("investment = 9223372036854775807"), "{report}");
}

#[test]
fn filters_match_whatever_the_case_in_latin_and_cyrillic() {
    let db = TestDb::new();
    db.ok(&["list"]);
    db.ok(&["set", "angren", "sector=Textiles"]);
    db.ok(&["set", "onix", "sector=textiles"]);
    db.ok(&["set", "saran", "sector=Текстиль"]);
    db.ok(&["set", "7", "sector=Виноделие"]);
    // The seed has two textile factories: five in all, «Текстиль» being textiles' Russian
    // label (stored as the code); a sector not known is matched in any case too.
    for (filter, expected) in [
        ("textiles", 5),
        ("TEXTILES", 5),
        (" Textiles ", 5),
        ("текстиль", 5),
        ("ТЕКСТИЛЬ", 5),
        ("виноделие", 1),
        ("ВИНОДЕЛИЕ", 1),
    ] {
        let json = db.ok(&["list", "--sector", filter, "--format", "json"]);
        let listed: serde_json::Value = serde_json::from_str(&json).expect("json");
        assert_eq!(
            listed.as_array().map(Vec::len),
            Some(expected),
            "--sector {filter:?}: {json}"
        );
    }
    let summary = db.ok(&["summary", "--sector", "TEXTILES", "--format", "json"]);
    let summary: serde_json::Value = serde_json::from_str(&summary).expect("json");
    assert_eq!(summary["total"]["projects"], 5);
}

fn stderr_of(db: &TestDb, args: &[&str]) -> String {
    text(&db.cmd().args(args).output().expect("run ortaq").stderr)
}

#[test]
fn dates_are_read_in_any_case_and_year_first_with_dots() {
    let db = TestDb::new();
    db.ok(&["list"]);
    db.ok(&["note", "angren", "first", "--date", "Сегодня"]);
    db.ok(&["note", "angren", "second", "--date", "2024.07.12"]);
    assert_eq!(
        db.count("SELECT count(*) FROM updates WHERE date = '2024-07-12' AND text = 'second'"),
        1
    );
    let error = db.fails(&["note", "angren", "third", "--date", "2024.13.01"]);
    assert!(error.contains("no such month"), "{error}");
}

#[test]
fn a_name_of_invisible_characters_is_refused() {
    let db = TestDb::new();
    db.ok(&["list"]);
    let error = db.fails(&["add", "--name", "\u{200b}"]);
    assert!(error.contains("cannot be empty"), "{error}");
    let error = db.fails(&["set", "angren", "name=\u{feff}\u{200b} "]);
    assert!(error.contains("cannot be empty"), "{error}");
}

#[test]
fn a_refused_redo_says_redo() {
    let db = TestDb::new();
    db.ok(&["list"]);
    let mut alice = ortaq::store::Store::open(&db.path).expect("open");
    alice.set_author_for_tests("alice");
    let mut bob = ortaq::store::Store::open(&db.path).expect("open");
    bob.set_author_for_tests("bob");
    let angren = alice.find_project("angren").expect("angren");
    let investment = |n: i64| vec![(ortaq::domain::Field::Investment, ortaq::domain::FieldValue::Integer(n))];
    alice
        .edit_project(angren.id, angren.version, investment(1_000_000))
        .expect("alice sets");
    alice.undo().expect("alice undoes");
    let now = bob.project(angren.id).expect("read");
    bob.edit_project(angren.id, now.version, investment(2_000_000))
        .expect("bob sets");
    let refused = alice.redo().expect_err("bob changed it since");
    let message = refused.to_string();
    assert!(message.starts_with("cannot redo:"), "{message}");
    assert!(message.contains("bob"), "{message}");
}

#[test]
fn the_trend_follows_format_and_refuses_filters() {
    let db = TestDb::new();
    db.ok(&["list"]);
    let csv = db.ok(&["summary", "--trend", "--format", "csv"]);
    assert!(csv.starts_with("as_of,metric,value,qualifier,source_id\n"), "{csv}");
    assert!(csv.contains("2024-07-12,projects,69,exact,2"), "{csv}");
    assert!(csv.contains("2024-07-12,jobs_created,14000,over,2"), "{csv}");
    assert!(!csv.contains(",jobs,"), "no seeded figure is of unrecorded kind: {csv}");
    let json: serde_json::Value =
        serde_json::from_str(&db.ok(&["summary", "--trend", "--format", "json"])).expect("json");
    assert_eq!(json.as_array().map(Vec::len), Some(3));
    let markdown = db.ok(&["summary", "--trend", "--format", "markdown"]);
    assert!(markdown.contains("| As of"), "{markdown}");
    let error = db.fails(&["summary", "--trend", "--status", "operating"]);
    assert!(error.contains("whole portfolio"), "{error}");
}

#[test]
fn ascii_output_has_only_ascii_marks() {
    let db = TestDb::new();
    db.ok(&["list"]);
    for args in [
        &["summary", "--ascii", "--status", "operating"][..],
        &["summary", "--ascii", "--trend"][..],
        &["summary", "--ascii", "--by", "country,status"][..],
    ] {
        let out = db.ok(args);
        let marks: Vec<char> = out.chars().filter(|c| matches!(c, '—' | '…' | '→' | '─')).collect();
        assert!(marks.is_empty(), "{args:?} printed {marks:?}:\n{out}");
    }
}

#[test]
fn a_filtered_summary_says_the_reported_figures_are_the_whole_portfolios() {
    let db = TestDb::new();
    db.ok(&["list"]);
    let filtered = db.ok(&["summary", "--status", "operating"]);
    assert!(filtered.contains("only the projects shown"), "{filtered}");
    assert!(filtered.contains("the whole portfolio"), "{filtered}");
    let whole = db.ok(&["summary"]);
    assert!(!whole.contains("only the projects shown"), "{whole}");
    let json: serde_json::Value =
        serde_json::from_str(&db.ok(&["summary", "--sector", "transport", "--format", "json"])).expect("json");
    assert_eq!(json["filtered"], true);
}

#[test]
fn a_new_database_is_announced_with_its_path() {
    let db = TestDb::new();
    let first = stderr_of(&db, &["list"]);
    assert!(first.contains("created a new database at"), "{first}");
    assert!(first.contains(&db.path.display().to_string()), "{first}");
    let second = stderr_of(&db, &["list"]);
    assert!(!second.contains("created"), "only when it is created: {second}");
}

/// No part of an error message says the same thing twice in a row (`source: source:`,
/// `integer overflow: integer overflow`).
#[test]
fn errors_never_repeat_themselves() {
    let db = TestDb::new();
    db.ok(&["list"]);
    let csv = db.dir.path().join("bad.csv");
    std::fs::write(&csv, "name,source,investment\nA,zzz,1\nB,#99,lots\n").expect("write csv");
    tamper(
        &db,
        "UPDATE projects SET investment = 9223372036854775807 WHERE id IN (1, 2, 3);",
    );
    let csv = csv.to_string_lossy().into_owned();
    for args in [
        &["import", csv.as_str()][..],
        &["set", "angren", "source=zzz"][..],
        &["set", "angren", "source=#99"][..],
        &["note", "angren", "x", "--source", "zzz"][..],
        &["note", "angren", "x", "--date", "2024-13-01"][..],
        &["set", "angren", "investment=lots"][..],
        &["summary", "--as-of", "tomorrow"][..],
        &["show", "nothing at all"][..],
    ] {
        let output = db.cmd().args(args).output().expect("run");
        let error = text(&output.stderr);
        for line in error.lines() {
            let parts: Vec<&str> = line.split(": ").map(str::trim).collect();
            for pair in parts.windows(2) {
                assert_ne!(pair[0], pair[1], "{args:?} repeats itself: {line}");
            }
        }
    }
    let summary = db.ok(&["summary"]);
    assert!(summary.contains("cannot read"), "{summary}");
}

#[test]
fn tampered_reported_figures_are_never_shown_and_check_names_them() {
    let db = TestDb::new();
    db.ok(&["list"]);
    tamper(
        &db,
        "UPDATE indicators SET value = 'abc' WHERE metric = 'projects' AND value = 74;
         UPDATE indicators SET value = -74 WHERE metric = 'projects' AND value = 69;
         UPDATE indicators SET value = 1e30 WHERE metric = 'investment' AND value = 3400000000;",
    );
    let json: serde_json::Value = serde_json::from_str(&db.ok(&["summary", "--format", "json"])).expect("json");
    assert_eq!(
        json["reported"]["projects"]["value"], 60,
        "the last readable figure: {json}"
    );
    assert_eq!(json["reported"]["investment"]["value"], 3_100_000_000_i64, "{json}");
    let trend = db.ok(&["summary", "--trend", "--format", "csv"]);
    assert!(!trend.contains("-74") && !trend.contains(",0,"), "{trend}");
    let output = db.cmd().arg("check").output().expect("check");
    assert!(!output.status.success());
    let report = text(&output.stdout);
    assert!(
        report.contains("reported figure") && report.contains("'abc'") && report.contains("-74"),
        "{report}"
    );
}

#[test]
fn a_summary_by_sector_is_one_group_whatever_the_case() {
    let db = TestDb::new();
    db.ok(&["list"]);
    db.ok(&["set", "angren", "sector=TEXTILES"]);
    let json: serde_json::Value =
        serde_json::from_str(&db.ok(&["summary", "--by", "sector", "--format", "json"])).expect("json");
    let textiles: Vec<&serde_json::Value> = json["groups"]
        .as_array()
        .expect("groups")
        .iter()
        .filter(|g| {
            g["group"]["sector"]
                .as_str()
                .is_some_and(|s| s.eq_ignore_ascii_case("textiles"))
        })
        .collect();
    assert_eq!(textiles.len(), 1, "{json}");
    assert_eq!(textiles[0]["projects"], 3);
    assert_eq!(
        textiles[0]["group"]["sector"], "textiles",
        "the spelling most projects use"
    );
}

#[test]
fn a_status_or_country_another_tool_wrote_is_unknown_in_the_summary_and_named_by_check() {
    let db = TestDb::new();
    db.ok(&["list"]);
    tamper(
        &db,
        "UPDATE projects SET status = 'weird', country = 'RU', started = 'yesterday' WHERE name LIKE '%aerated%';",
    );
    let summary = db.ok(&["summary", "--by", "status,country", "--format", "csv"]);
    assert!(!summary.contains("weird") && !summary.contains("RU"), "{summary}");
    let report = text(&db.cmd().arg("check").output().expect("check").stdout);
    for wanted in ["status = 'weird'", "country = 'RU'", "started = 'yesterday'"] {
        assert!(report.contains(wanted), "{wanted}: {report}");
    }
}

#[test]
fn names_that_only_look_different_are_duplicates_on_import() {
    let db = TestDb::new();
    db.ok(&["add", "--name", "Завод Алматы"]);
    for name in ["Завод\u{a0}Алматы", "завод   АЛМАТЫ"] {
        let file = db.dir.path().join("dup.csv");
        std::fs::write(&file, format!("name\n{name}\n")).expect("write");
        let error = db.fails(&["import", file.to_str().expect("path")]);
        assert!(error.contains("already in the database"), "{name:?}: {error}");
    }
    let file = db.dir.path().join("forms.csv");
    std::fs::write(&file, "name\nЗаво\u{439} x\nЗаво\u{438}\u{306} x\n").expect("write");
    let error = db.fails(&["import", file.to_str().expect("path")]);
    assert!(error.contains("twice in the file"), "{error}");
}

#[test]
fn adding_a_project_by_a_name_already_used_says_so() {
    let db = TestDb::new();
    db.ok(&["add", "--name", "Завод Алматы"]);
    let said = stderr_of(&db, &["add", "--name", "завод\u{a0}  АЛМАТЫ"]);
    assert!(said.contains("same name") && said.contains("Завод Алматы"), "{said}");
    let other = stderr_of(&db, &["add", "--name", "Завод Алматы 2"]);
    assert!(!other.contains("same name"), "{other}");
}

#[test]
fn an_export_says_when_values_it_cannot_read_leave_as_empty() {
    let db = TestDb::new();
    db.ok(&["list"]);
    assert!(!stderr_of(&db, &["export"]).contains("cannot read"));
    tamper(&db, "UPDATE projects SET investment = -5 WHERE name LIKE '%aerated%';");
    let said = stderr_of(&db, &["export"]);
    assert!(said.contains("1 value ortaq cannot read"), "{said}");
}

#[test]
fn russian_text_output_names_a_project_by_its_russian_name() {
    let db = TestDb::new();
    db.ok(&["list"]);
    let list = db.ok(&["--lang", "ru", "list", "--search", "Central Asia"]);
    assert!(list.contains("Международный центр"), "{list}");
    let show = db.ok(&["--lang", "ru", "show", "Central Asia"]);
    assert!(
        show.lines().next().is_some_and(|l| l.contains("Международный центр")),
        "{show}"
    );
    let english = db.ok(&["--lang", "en", "list", "--search", "Central Asia"]);
    assert!(english.contains("International Center"), "{english}");
    let json = db.ok(&["--lang", "ru", "list", "--search", "Central Asia", "--format", "json"]);
    assert!(
        json.contains("\"name\": \"International Center"),
        "machine formats unchanged: {json}"
    );
}

#[test]
fn the_language_flag_takes_any_case() {
    let db = TestDb::new();
    db.ok(&["list"]);
    let russian = db.ok(&["--lang", "RU", "summary", "--trend"]);
    assert!(russian.contains("Официальные"), "{russian}");
}
