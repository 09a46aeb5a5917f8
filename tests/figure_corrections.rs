//! A mistyped reported figure can be set right (issue 13's review): `indicator add`
//! refuses a second figure of the same date, scope, kind and source, naming the one
//! there; `indicator remove` keeps the row but leaves it out of every list, trend and
//! comparison; `indicator correct` replaces a figure in one write. Also: the qualifier
//! words the help shows are taken, and a figure above the ceiling is refused as a figure.

mod common;

use common::TestDb;
use ortaq::report::summary::Summary;
use ortaq::report::trend;
use ortaq::store::{Correction, Metric, Store};

/// A database with the seed portfolio (figure #11: 74 projects, source #1, not before
/// September 2024).
fn seeded() -> TestDb {
    let db = TestDb::new();
    db.ok(&["list"]);
    db
}

const MISTYPED: [&str; 10] = [
    "indicator",
    "add",
    "--as-of",
    "2024-09/..",
    "--metric",
    "projects",
    "--value",
    "47",
    "--source",
    "1",
];

/// The reported number of projects the summary compares with.
fn reported_projects(db: &TestDb) -> Option<i64> {
    let store = Store::open(&db.path).expect("open");
    let summary = Summary::build(&store, &Default::default(), &[], None).expect("summary");
    summary.reported.get(Metric::Projects).map(|(figure, _)| figure.value)
}

/// The newest point of the projects series of the trend.
fn newest_trend_projects(db: &TestDb) -> Option<i64> {
    let store = Store::open(&db.path).expect("open");
    let points = trend::trend(
        &store.indicators().expect("figures"),
        &store.sources().expect("sources"),
    );
    points
        .iter()
        .rev()
        .find_map(|p| p.figures.iter().find(|f| f.metric == Metric::Projects).map(|f| f.value))
}

#[test]
fn a_second_figure_of_the_same_date_scope_kind_and_source_is_refused_naming_the_first() {
    let db = seeded();
    let before = db.count("SELECT count(*) FROM indicators");
    let error = db.fails(&MISTYPED);
    assert!(error.contains("#11"), "names the figure there: {error}");
    assert!(error.contains("74"), "says its value: {error}");
    assert!(
        error.contains("indicator correct 11"),
        "says how to replace it: {error}"
    );
    assert_eq!(db.count("SELECT count(*) FROM indicators"), before, "nothing recorded");
    assert_eq!(reported_projects(&db), Some(74));
    assert_eq!(newest_trend_projects(&db), Some(74));
}

#[test]
fn a_removed_figure_stays_on_record_but_leaves_every_list_trend_and_comparison() {
    let db = seeded();
    db.ok(&["indicator", "remove", "#11"]);
    let (removed_at, removed_by): (Option<String>, Option<String>) = db
        .sql()
        .query_row("SELECT removed_at, removed_by FROM indicators WHERE id = 11", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .expect("the row is kept");
    assert!(removed_at.is_some(), "when it was removed");
    assert_eq!(removed_by.as_deref(), Some(common::os_user().as_str()), "by whom");

    let listed = db.ok(&["indicator", "list"]);
    assert!(!listed.lines().any(|l| l.starts_with("#11 ")), "{listed}");
    let all = db.ok(&["indicator", "list", "--all"]);
    let line = all.lines().find(|l| l.starts_with("#11 ")).expect("--all shows it");
    assert!(line.contains("removed"), "marked as removed: {line}");

    // The 74 was the newest count of projects: the trend and the comparison fall back
    // to the 69 reported before it.
    assert_eq!(newest_trend_projects(&db), Some(69));
    assert_eq!(reported_projects(&db), Some(69));
    let trend = db.ok(&["summary", "--trend"]);
    assert!(!trend.contains(" 74 "), "{trend}");

    let again = db.fails(&["indicator", "remove", "11"]);
    assert!(again.contains("#11") && again.contains("removed already"), "{again}");
    let none = db.fails(&["indicator", "remove", "99"]);
    assert!(none.contains("#99"), "{none}");
}

#[test]
fn a_correction_replaces_the_figure_in_one_write_naming_it() {
    let db = seeded();
    db.ok(&["indicator", "remove", "11"]);
    db.ok(&MISTYPED);
    let mistyped: i64 = db.count("SELECT max(id) FROM indicators");
    assert_eq!(reported_projects(&db), Some(47));

    let said = db
        .cmd()
        .args(["indicator", "correct", &mistyped.to_string(), "--value", "74"])
        .output()
        .expect("run");
    assert!(said.status.success(), "{}", String::from_utf8_lossy(&said.stderr));
    let corrected: i64 = db.count("SELECT max(id) FROM indicators");
    assert_eq!(
        db.count(&format!("SELECT replaces FROM indicators WHERE id = {corrected}")),
        mistyped
    );
    assert_eq!(
        db.count(&format!(
            "SELECT count(*) FROM indicators WHERE id = {mistyped} AND removed_at IS NOT NULL"
        )),
        1
    );
    assert_eq!(reported_projects(&db), Some(74));
    assert_eq!(newest_trend_projects(&db), Some(74));
    let all = db.ok(&["indicator", "list", "--all"]);
    assert!(all.contains(&format!("(replaces #{mistyped})")), "{all}");
}

#[test]
fn a_correction_keeps_date_scope_kind_source_and_qualifier() {
    let db = seeded();
    let mut store = Store::open(&db.path).expect("open");
    let old = store.indicator(7).expect("figure #7: over 14,000 jobs created");
    let correction = Correction {
        value: 14_100,
        qualifier: None,
        note: None,
    };
    let new = store.correct_indicator(7, &correction).expect("corrected");
    assert_eq!(
        (
            &new.as_of,
            &new.scope,
            new.metric,
            new.source_id,
            new.qualifier,
            &new.note
        ),
        (
            &old.as_of,
            &old.scope,
            old.metric,
            old.source_id,
            old.qualifier,
            &old.note
        )
    );
    assert_eq!((new.value, new.replaces), (14_100, Some(7)));
    assert!(store.indicator(7).is_err(), "the old one is removed");
    assert!(
        store.correct_indicator(7, &correction).is_err(),
        "and cannot be corrected twice"
    );
}

#[test]
fn the_qualifier_words_the_help_shows_are_taken_in_both_languages() {
    let db = TestDb::new();
    db.ok(&["--empty", "list"]);
    db.ok(&["source", "add", "--publisher", "Ministry", "--title", "Review"]);
    let words = [
        ("over", "over"),
        ("more than", "over"),
        ("более", "over"),
        ("свыше", "over"),
        ("about", "about"),
        ("около", "about"),
        ("порядка", "about"),
        ("up to", "up_to"),
        ("до", "up_to"),
        ("exact", "exact"),
        ("точно", "exact"),
    ];
    for (year, (word, code)) in (2001..).zip(words) {
        let year = year.to_string();
        db.ok(&[
            "indicator",
            "add",
            "--as-of",
            &year,
            "--metric",
            "projects",
            "--value",
            "10",
            "--qualifier",
            word,
            "--source",
            "1",
        ]);
        let stored: String = db
            .sql()
            .query_row("SELECT qualifier FROM indicators WHERE as_of = ?1", [&year], |r| {
                r.get(0)
            })
            .expect("recorded");
        assert_eq!(stored, code, "{word}");
    }
}

#[test]
fn a_figure_above_the_ceiling_is_refused_as_a_reported_figure_in_both_languages() {
    let db = seeded();
    let args = [
        "indicator",
        "add",
        "--as-of",
        "2025",
        "--metric",
        "projects",
        "--value",
        "2000000",
        "--source",
        "1",
    ];
    let english = db.fails(&args);
    assert!(english.contains("reported figure"), "{english}");
    assert!(!english.contains("single project"), "{english}");
    let output = db.cmd().env("LANG", "ru_RU.UTF-8").args(args).output().expect("run");
    let russian = String::from_utf8_lossy(&output.stderr);
    assert!(russian.contains("официального показателя"), "{russian}");
    assert!(!russian.contains("отдельного проекта"), "{russian}");
}

#[test]
fn an_export_leaves_removed_figures_out() {
    let db = seeded();
    db.ok(&["indicator", "remove", "11"]);
    let exported: serde_json::Value = serde_json::from_str(&db.ok(&["export"])).expect("JSON");
    let figures = exported["indicators"].as_array().expect("indicators");
    assert_eq!(figures.len() as i64, db.count("SELECT count(*) FROM indicators") - 1);
    assert!(
        !figures.iter().any(|f| f["metric"] == "projects" && f["value"] == 74),
        "the removed 74 is not exported"
    );
}

/// The html and xlsx trend have no width to keep: the source's whole publisher is
/// written, where the text table cuts it (`#2 The Times of Ce...`).
#[test]
fn the_html_and_xlsx_trend_name_the_whole_publisher() {
    use calamine::{Data, Reader, Xlsx, open_workbook};
    let db = seeded();
    let whole = "#2 The Times of Central Asia (Sergey Kwan)";
    let html = db.ok(&["summary", "--trend", "--format", "html"]);
    assert!(html.contains(whole), "{html}");
    assert!(!html.contains("The Times of Ce…") && !html.contains("Ce..."), "{html}");
    let file = db.dir.path().join("trend.xlsx");
    db.ok(&[
        "summary",
        "--trend",
        "--format",
        "xlsx",
        "-o",
        file.to_str().expect("a path"),
    ]);
    let mut book: Xlsx<_> = open_workbook(&file).expect("an xlsx file");
    let name = book.sheet_names().first().cloned().expect("a sheet");
    let trend = book.worksheet_range(&name).expect("the trend sheet");
    assert!(
        trend.rows().any(|row| row.get(1) == Some(&Data::String(whole.into()))),
        "{trend:?}"
    );
}

/// Runs a command that must succeed and returns what it said (standard error).
fn said(db: &TestDb, args: &[&str]) -> String {
    let output = db.cmd().args(args).output().expect("run ortaq");
    let stderr = String::from_utf8(output.stderr).expect("UTF-8");
    assert!(output.status.success(), "ortaq {args:?} failed: {stderr}");
    stderr
}

fn live(db: &TestDb, figure: i64) -> bool {
    db.count(&format!(
        "SELECT count(*) FROM indicators WHERE id = {figure} AND removed_at IS NULL"
    )) == 1
}

/// Undo got stuck on a reported figure (issue 21): after `indicator add` every undo was
/// refused naming the figure, and neither `undo --skip` nor `indicator remove` unstuck
/// it. A figure's recording, correction and removal are now edits that undo takes back
/// in order with the person's project changes, naming the figure, and redo brings back.
#[test]
fn undo_takes_back_figure_writes_in_order_with_project_changes() {
    let db = TestDb::new();
    db.ok(&["set", "saran", "investment=5m", "--source", "1"]);
    let add = [
        "indicator",
        "add",
        "--as-of",
        "2024",
        "--metric",
        "projects",
        "--value",
        "70",
        "--source",
        "2",
    ];
    db.ok(&add);
    db.ok(&["indicator", "correct", "23", "--value", "71"]);
    db.ok(&["indicator", "remove", "24"]);
    let changes = db.count("SELECT count(*) FROM changes");
    // The removal taken back: #24 stands again.
    let undone = said(&db, &["--lang", "ru", "undo"]);
    assert!(undone.contains("официальный показатель возвращён: #24"), "{undone}");
    assert!(live(&db, 24) && !live(&db, 23));
    // The correction taken back: #23 stands again, #24 is gone.
    let undone = said(&db, &["undo"]);
    assert!(undone.contains("reported figure removed: #24"), "{undone}");
    assert!(undone.contains("reported figure put back: #23"), "{undone}");
    assert!(live(&db, 23) && !live(&db, 24));
    // The recording taken back.
    let undone = said(&db, &["undo"]);
    assert!(undone.contains("reported figure removed: #23"), "{undone}");
    assert!(!live(&db, 23));
    assert_eq!(
        db.count("SELECT count(*) FROM changes"),
        changes,
        "no project touched yet"
    );
    // Then the project change before them.
    db.ok(&["undo"]);
    assert_eq!(
        db.count("SELECT count(*) FROM projects WHERE id = 2 AND investment IS NULL"),
        1
    );
    // Redo brings them back in order: the project change, then the recording.
    db.ok(&["redo"]);
    assert_eq!(db.count("SELECT investment FROM projects WHERE id = 2"), 5_000_000);
    let redone = said(&db, &["redo"]);
    assert!(redone.contains("reported figure put back: #23"), "{redone}");
    assert!(live(&db, 23));
    // A figure recorded after an undo stands in the way of redo, as any change does.
    db.ok(&["undo"]);
    db.ok(&[
        "indicator",
        "add",
        "--as-of",
        "2023",
        "--metric",
        "projects",
        "--value",
        "50",
        "--source",
        "2",
    ]);
    let error = db.fails(&["redo"]);
    assert!(error.contains("nothing to redo"), "{error}");
    assert!(!live(&db, 23));
    assert_eq!(db.count("SELECT count(*) FROM figure_changes WHERE kind = 'undo'"), 5);
}

/// Undo of a figure someone else has removed since is refused, naming the figure; the
/// skip steps past it (recorded) and the next undo takes the change before. The same for
/// a meeting's change someone else has changed since (the skip once handled only
/// project changes).
#[test]
fn undo_skips_past_a_figure_or_a_meeting_change_it_cannot_take_back() {
    let db = TestDb::new();
    db.ok(&["set", "saran", "jobs_planned=300"]);
    db.ok(&[
        "indicator",
        "add",
        "--as-of",
        "2024",
        "--metric",
        "projects",
        "--value",
        "70",
        "--source",
        "2",
    ]);
    let mut bekzod = ortaq::store::Store::open(&db.path).unwrap();
    bekzod.set_author_for_tests("bekzod");
    bekzod.remove_indicator(23).unwrap();
    let refused = db.fails(&["--lang", "ru", "undo"]);
    assert!(refused.contains("официальный показатель #23 с тех пор"), "{refused}");
    assert!(refused.contains("ortaq undo --skip"), "{refused}");
    assert!(
        refused.contains("ваше изменение официального показателя #23"),
        "{refused}"
    );
    let skipped = said(&db, &["undo", "--skip"]);
    assert!(
        skipped.contains("stepped past your change to the reported figure #23"),
        "{skipped}"
    );
    assert_eq!(
        db.count(
            "SELECT count(*) FROM figure_changes WHERE field = 'skipped' AND kind = 'undo' AND reverts IS NOT NULL"
        ),
        1
    );
    assert!(!live(&db, 23), "a skip writes no value");
    db.ok(&["undo"]);
    assert_eq!(
        db.count("SELECT count(*) FROM projects WHERE id = 2 AND jobs_planned IS NULL"),
        1
    );
    // A meeting's change, changed since by someone else: the skip steps past it too.
    db.ok(&["set", "saran", "jobs_planned=400"]);
    db.ok(&["meeting", "set", "1", "place=Tashkent"]);
    let place = ortaq::store::MeetingField::Place;
    bekzod
        .set_meeting(1, &[(place, Some("Astana".into()))], &ortaq::i18n::place_names)
        .unwrap();
    let refused = db.fails(&["undo"]);
    assert!(refused.contains("undo --skip"), "{refused}");
    assert!(refused.contains("your change to meeting #1"), "{refused}");
    let skipped = said(&db, &["undo", "--skip"]);
    assert!(skipped.contains("stepped past your change to meeting #1"), "{skipped}");
    db.ok(&["undo"]);
    assert_eq!(
        db.count("SELECT count(*) FROM projects WHERE id = 2 AND jobs_planned IS NULL"),
        1
    );
    assert_eq!(
        db.count("SELECT count(*) FROM meetings WHERE id = 1 AND place = 'Astana'"),
        1
    );
    db.ok(&["redo"]);
    assert_eq!(db.count("SELECT jobs_planned FROM projects WHERE id = 2"), 400);
    let error = db.fails(&["redo"]);
    assert!(
        error.contains("nothing to redo"),
        "the skipped change is not redone: {error}"
    );
    assert_eq!(
        db.count("SELECT count(*) FROM meetings WHERE id = 1 AND place = 'Astana'"),
        1
    );
}

/// Reported figures are an admin's to write, and so are their undo, redo and skip: an
/// admin demoted to editor while connected (over SSH) cannot take one back (a review
/// found undo reverting an admin-only figure write with an editor's rights).
#[test]
fn a_demoted_admin_cannot_undo_or_skip_a_figure_write() {
    use ortaq::store::{NewIndicator, NewPerson, Qualifier, Role};
    let db = TestDb::new();
    let mut boss = Store::open(&db.path).expect("database");
    let person = |name: &str, role| NewPerson {
        name: name.to_string(),
        role,
        public_key: format!("ssh-ed25519 AAAA{name}"),
        fingerprint: format!("SHA256:{name}"),
    };
    boss.add_person(&person("boss", Role::Admin)).expect("admin");
    let adil = boss.add_person(&person("adil", Role::Admin)).expect("adil");
    let mut as_adil = Store::open(&db.path).expect("session");
    as_adil.serve_as(&adil);
    let as_of = "2024-07".parse().expect("a date");
    let figure =
        NewIndicator::new(as_of, "portfolio", Metric::Projects, 999, Qualifier::Exact, 1, None).expect("a figure");
    let recorded = as_adil.add_indicator(&figure).expect("an admin records it");
    boss.set_role("adil", Role::Editor).expect("demoted");
    assert!(
        as_adil.undo_last().is_err(),
        "an editor may not take back a figure write"
    );
    assert!(as_adil.skip_undo().is_err(), "nor step past it");
    let still = boss.indicators().expect("figures");
    assert!(still.iter().any(|i| i.id == recorded.id), "the figure stands");
    // Promoted again, the same undo goes through.
    boss.set_role("adil", Role::Admin).expect("promoted");
    as_adil.undo_last().expect("an admin takes it back");
    assert!(!boss.indicators().expect("figures").iter().any(|i| i.id == recorded.id));
}
