//! Dates as uncertain as the text, through the store and the commands: updates and
//! reported figures in the order they happened, words typed in either language, and
//! `check` reading a stored date exactly as ortaq does.

mod common;

use common::TestDb;
use ortaq::domain::EdtfDate;
use ortaq::store::{Metric, NewDatedNote, NewIndicator, NewSource, Qualifier, Store};

/// The seed's and the dates, in the order they happened.
const HAPPENED: [&str; 7] = [
    "2021-11-25/2021-11-26",
    "2024-37",
    "2024",
    "2024-07-12",
    "2024-23",
    "2024-09/..",
    "2025-09/2025-10-22",
];

fn day(text: &str) -> EdtfDate {
    text.parse().unwrap_or_else(|e| panic!("{text}: {e}"))
}

#[test]
fn a_project_s_updates_come_out_in_the_order_they_happened_whatever_order_they_were_added() {
    for added in [[6, 5, 4, 3, 2, 1, 0], [3, 0, 6, 1, 5, 2, 4], [0, 1, 2, 3, 4, 5, 6]] {
        let db = TestDb::new();
        let mut store = Store::open(&db.path).unwrap();
        for index in added {
            let text = format!("dated {}", HAPPENED[index]);
            store
                .add_update(5, &NewDatedNote::new(day(HAPPENED[index]), &text, None).unwrap())
                .unwrap();
        }
        let newest_first: Vec<String> = store
            .updates(5)
            .unwrap()
            .into_iter()
            .filter(|u| u.text.starts_with("dated "))
            .map(|u| u.date)
            .collect();
        let mut expected: Vec<String> = HAPPENED.iter().map(|d| d.to_string()).collect();
        expected.reverse();
        assert_eq!(newest_first, expected, "added in the order {added:?}");
    }
}

#[test]
fn updates_of_the_same_date_keep_the_order_they_were_entered() {
    let db = TestDb::new();
    let mut store = Store::open(&db.path).unwrap();
    for text in ["dated first", "dated second"] {
        store
            .add_update(5, &NewDatedNote::new(day("2024-23"), text, None).unwrap())
            .unwrap();
    }
    let texts: Vec<String> = store
        .updates(5)
        .unwrap()
        .into_iter()
        .filter(|u| u.text.starts_with("dated "))
        .map(|u| u.text)
        .collect();
    assert_eq!(texts, ["dated second", "dated first"]);
}

#[test]
fn reported_figures_come_out_in_the_order_they_were_reported() {
    let db = TestDb::new();
    let mut store = Store::open(&db.path).unwrap();
    let source = store
        .add_source(&NewSource::new("Test", "Dates", None, None, None).unwrap())
        .unwrap()
        .id;
    for index in [4, 6, 0, 2, 5, 1, 3] {
        let figure = NewIndicator::new(
            day(HAPPENED[index]),
            "dates test",
            Metric::Projects,
            i64::try_from(index).unwrap(),
            Qualifier::Exact,
            source,
            None,
        )
        .unwrap();
        store.add_indicator(&figure).unwrap();
    }
    let order: Vec<String> = store
        .indicators()
        .unwrap()
        .into_iter()
        .filter(|i| i.scope == "dates test")
        .map(|i| i.as_of.to_string())
        .collect();
    assert_eq!(order, HAPPENED);
}

#[test]
fn a_note_takes_words_in_either_language_and_show_says_them_in_the_language_spoken() {
    let db = TestDb::new();
    db.ok(&["note", "5", "dated autumn", "--date", "осень 2024"]);
    db.ok(&["note", "5", "dated bound", "--date", "not before 09.2024"]);
    db.ok(&["note", "5", "dated early", "--date", "early 2024"]);
    let stored: Vec<String> = {
        let sql = db.sql();
        let mut statement = sql
            .prepare("SELECT date FROM updates WHERE text LIKE 'dated %' ORDER BY id")
            .unwrap();
        statement
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    };
    assert_eq!(stored, ["2024-23", "2024-09/..", "2024-37"]);
    let english = db.ok(&["--lang", "en", "show", "5"]);
    for said in ["autumn 2024", "not before 2024-09", "early 2024"] {
        assert!(english.contains(said), "{said} in {english}");
    }
    let russian = db.ok(&["--lang", "ru", "show", "5"]);
    for said in ["осень 2024", "не ранее 09.2024", "начало 2024"] {
        assert!(russian.contains(said), "{said} in {russian}");
    }
    let refused = db.fails(&["--lang", "ru", "note", "5", "dated set", "--date", "[2024,2025]"]);
    assert!(refused.contains("набор дат"), "{refused}");
}

/// Dates another tool wrote, with the schema's CHECKs off or within their loose shape:
/// `check` names exactly those `EdtfDate` cannot read, in every table.
#[test]
fn check_reads_a_stored_date_exactly_as_ortaq_does() {
    let db = TestDb::new();
    db.ok(&["note", "5", "dated fine", "--date", "autumn 2024"]);
    let conn = db.sql();
    conn.pragma_update(None, "ignore_check_constraints", true).unwrap();
    conn.execute_batch(
        "UPDATE projects SET started = '2024-23' WHERE id = 1;
         UPDATE projects SET completed = '2024-07' WHERE id = 2;
         UPDATE sources SET published = '2024-13' WHERE id = 1;
         UPDATE sources SET published = '2024-09/..' WHERE id = 2;
         UPDATE indicators SET as_of = '2024-25' WHERE id = 1;
         INSERT INTO updates (project_id, date, text, author, created_at)
              VALUES (5, '202X', 'dated badly', 'other tool', '2026-11-23T10:15:00Z');",
    )
    .unwrap();
    drop(conn);
    let output = db.cmd().args(["--lang", "en", "check"]).output().unwrap();
    assert!(!output.status.success(), "check reports the dates it cannot read");
    let report = String::from_utf8_lossy(&output.stdout);
    for named in [
        "project #1 started = '2024-23'",
        "source #1 published '2024-13'",
        "reported figure #1 as of '2024-25'",
        "of '202X'",
    ] {
        assert!(report.contains(named), "{named} in {report}");
    }
    for readable in ["'2024-07'", "'2024-09/..'", "'2024-23'\n"] {
        assert!(!report.contains(readable), "{readable} in {report}");
    }
    assert_eq!(report.matches("unreadable").count(), 4, "{report}");
}

#[test]
fn a_source_s_date_is_said_in_the_language_spoken_wherever_it_is_shown() {
    let db = TestDb::new();
    db.ok(&[
        "source",
        "add",
        "--publisher",
        "UzA",
        "--title",
        "Dates test",
        "--published",
        "after August 2024",
    ]);
    let listed = db.ok(&["--lang", "ru", "source", "list"]);
    assert!(listed.contains("(не ранее 09.2024)"), "{listed}");
    assert!(!listed.contains("2024-09/.."), "{listed}");
    let json = db.ok(&["export", "--format", "json"]);
    assert!(json.contains("\"published\": \"2024-09/..\""), "{json}");
}

/// Export carries the EDTF string, import takes it back (and words, as typed input).
#[test]
fn edtf_dates_survive_export_and_import() {
    let db = TestDb::new();
    db.ok(&["note", "5", "dated early", "--date", "early 2024"]);
    db.ok(&["note", "5", "dated range", "--date", "09.2025–22.10.2025"]);
    let file = db.dir.path().join("portfolio.json");
    db.ok(&["export", "--format", "json", "-o", file.to_str().unwrap()]);
    let json = std::fs::read_to_string(&file).unwrap();
    assert!(
        json.contains("\"2024-37\"") && json.contains("\"2025-09/2025-10-22\""),
        "{json}"
    );
    // The same file, with one date in words as a person would type it.
    let worded = json.replacen("\"2024-37\"", "\"начало 2024\"", 1);
    std::fs::write(&file, worded).unwrap();
    let other = TestDb::new();
    other.ok(&["--empty", "import", file.to_str().unwrap()]);
    let dates = |db: &TestDb| -> Vec<String> {
        let sql = db.sql();
        let mut statement = sql.prepare("SELECT date FROM updates ORDER BY text, date").unwrap();
        statement
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    };
    assert_eq!(dates(&other), dates(&db));
}

/// A project's start and completion stay a day, a month or a year (the schema's CHECK).
#[test]
fn a_project_s_start_refuses_a_season_with_a_clear_sentence() {
    let db = TestDb::new();
    let english = db.fails(&["--lang", "en", "set", "5", "started=autumn 2024"]);
    assert!(english.contains("not a plain day, month or year"), "{english}");
    let russian = db.fails(&["--lang", "ru", "set", "5", "completed=не ранее 09.2024"]);
    assert!(russian.contains("не день, месяц или год"), "{russian}");
    db.ok(&["set", "5", "started=07.2024"]);
    assert!(db.ok(&["--lang", "ru", "show", "5"]).contains("07.2024"));
}

/// The forms analysts write are taken wherever a date is typed, in either language.
#[test]
fn the_forms_analysts_write_are_taken_wherever_a_date_is_typed() {
    let forms = [
        ("2024 г.", "2024"),
        ("до 06.2024", "../2024-05"),
        ("первое полугодие 2024", "2024-40"),
        ("конце 2024", "2024-39"),
        ("сентябрь–декабрь 2024", "2024-09/2024-12"),
        ("09–12.2024", "2024-09/2024-12"),
        ("July 12, 2024", "2024-07-12"),
        ("until June 2024", "../2024-06"),
        ("зима 2024/25", "2024-24"),
    ];
    let db = TestDb::new();
    let column = |sql: &str| -> Vec<String> {
        let sql_db = db.sql();
        let mut statement = sql_db.prepare(sql).unwrap();
        statement
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    };
    for (n, (lang, (typed, _))) in ["en", "ru"].iter().cycle().zip(forms).enumerate() {
        // A scope of its own: two forms may say the same date, and a twin is refused.
        let scope = format!("zzdate {n}");
        let text = format!("zzdate {typed}");
        db.ok(&["--lang", lang, "note", "5", &text, "--date", typed]);
        let title = format!("Zzdate {typed}");
        db.ok(&[
            "--lang",
            lang,
            "source",
            "add",
            "--publisher",
            "UzA",
            "--title",
            &title,
            "--published",
            typed,
        ]);
        db.ok(&[
            "--lang",
            lang,
            "indicator",
            "add",
            "--as-of",
            typed,
            "--scope",
            &scope,
            "--metric",
            "projects",
            "--value",
            "5",
            "--source",
            "1",
        ]);
    }
    let expected: Vec<String> = forms.iter().map(|(_, stored)| stored.to_string()).collect();
    assert_eq!(
        column("SELECT date FROM updates WHERE text LIKE 'zzdate %' ORDER BY id"),
        expected
    );
    assert_eq!(
        column("SELECT published FROM sources WHERE title LIKE 'Zzdate %' ORDER BY id"),
        expected
    );
    assert_eq!(
        column("SELECT as_of FROM indicators WHERE scope LIKE 'zzdate %' ORDER BY id"),
        expected
    );
    // JSON import reads the words too.
    let file = db.dir.path().join("portfolio.json");
    db.ok(&["export", "--format", "json", "-o", file.to_str().unwrap()]);
    let json = std::fs::read_to_string(&file).unwrap();
    let worded = json.replacen("\"2024-40\"", "\"первое полугодие 2024\"", 1);
    assert_ne!(worded, json);
    std::fs::write(&file, worded).unwrap();
    let other = TestDb::new();
    other.ok(&["--empty", "import", file.to_str().unwrap()]);
    let sql = other.sql();
    let imported: i64 = sql
        .query_row("SELECT count(*) FROM updates WHERE date = '2024-40'", [], |r| r.get(0))
        .unwrap();
    assert_eq!(imported, 1);
}

/// A reversed interval says it ends before it starts, typed as EDTF or as words.
#[test]
fn a_reversed_interval_is_said_to_end_before_it_starts() {
    let db = TestDb::new();
    for typed in ["2024-12/2024-09", "12.2024–09.2024"] {
        let english = db.fails(&["--lang", "en", "note", "5", "reversed", "--date", typed]);
        assert!(english.contains("ends before it starts"), "{english}");
        let russian = db.fails(&["--lang", "ru", "note", "5", "reversed", "--date", typed]);
        assert!(russian.contains("кончается раньше, чем начинается"), "{russian}");
    }
}

/// A date after a preposition reads wrong for most forms ("от осень 2024"): the messages
/// that embed a date put it where every form reads right.
#[test]
fn the_confirmation_of_a_note_reads_right_for_every_date_form() {
    let db = TestDb::new();
    // The confirmation goes to standard error; the output stays data.
    let said = |args: &[&str]| {
        let output = db.cmd().args(args).output().unwrap();
        assert!(output.status.success(), "{args:?}");
        String::from_utf8(output.stderr).unwrap()
    };
    let russian = said(&["--lang", "ru", "note", "5", "dated", "--date", "осень 2024"]);
    assert!(russian.contains("(дата: осень 2024;"), "{russian}");
    assert!(!russian.contains("от осень"), "{russian}");
    let russian = said(&["--lang", "ru", "note", "5", "dated", "--date", "начало 2024"]);
    assert!(russian.contains("(дата: начало 2024;"), "{russian}");
    let english = said(&["--lang", "en", "note", "5", "dated", "--date", "autumn 2024"]);
    assert!(english.contains("added an update dated autumn 2024 to #5"), "{english}");
}

/// With no figure reported by the date, the summary says so of that date.
#[test]
fn a_summary_as_of_a_date_before_every_figure_says_none_is_dated_by_it() {
    let db = TestDb::new();
    let english = db.ok(&["--lang", "en", "summary", "--as-of", "2000"]);
    assert!(
        english.contains("No reported portfolio figure is dated on or before 2000."),
        "{english}"
    );
    assert!(!english.contains("are recorded"), "{english}");
    let russian = db.ok(&["--lang", "ru", "summary", "--as-of", "осень 2000"]);
    assert!(russian.contains("не позднее указанной даты (осень 2000)"), "{russian}");
    let help = db.ok(&["--lang", "ru", "summary", "--help"]);
    assert!(help.contains("самый ранний день"), "{help}");
}

#[test]
fn a_source_or_a_figure_dated_after_today_is_refused_as_a_typo() {
    let db = TestDb::new();
    db.ok(&["list"]);
    let today = chrono::Utc::now().date_naive();
    let next_year = (today + chrono::Days::new(366)).format("%Y").to_string();
    let figures = db.count("SELECT count(*) FROM indicators");
    for (lang, said) in [("en", "has not come yet"), ("ru", "ещё не наступила")] {
        let error = db.fails(&[
            "--lang",
            lang,
            "indicator",
            "add",
            "--as-of",
            &next_year,
            "--metric",
            "projects",
            "--value",
            "81",
            "--source",
            "5",
        ]);
        assert!(error.contains(said), "{lang}: {error}");
        let error = db.fails(&[
            "--lang",
            lang,
            "source",
            "add",
            "--publisher",
            "X",
            "--title",
            "Y",
            "--published",
            "2099",
        ]);
        assert!(error.contains(said), "{lang}: {error}");
    }
    assert_eq!(db.count("SELECT count(*) FROM indicators"), figures, "nothing recorded");
    assert_eq!(db.count("SELECT count(*) FROM sources WHERE publisher = 'X'"), 0);
    // This year is not in the future: its first day has come.
    let this_year = today.format("%Y").to_string();
    db.ok(&[
        "indicator",
        "add",
        "--as-of",
        &this_year,
        "--metric",
        "projects",
        "--value",
        "81",
        "--source",
        "5",
    ]);
}

/// An update dated 12.07.2052 was accepted: updates say what happened, as sources and
/// figures do, and a date after today is refused as a typo in either language.
#[test]
fn an_update_dated_after_today_is_refused_as_a_typo() {
    let db = TestDb::new();
    db.ok(&["list"]);
    let updates = db.count("SELECT count(*) FROM updates");
    for (lang, said) in [("en", "has not come yet"), ("ru", "ещё не наступила")] {
        let error = db.fails(&["--lang", lang, "note", "5", "typo", "--date", "12.07.2052"]);
        assert!(error.contains(said), "{lang}: {error}");
        let shown = if lang == "ru" { "12.07.2052" } else { "2052-07-12" };
        assert!(error.contains(shown), "{lang}: {error}");
    }
    assert_eq!(db.count("SELECT count(*) FROM updates"), updates, "nothing recorded");
    db.ok(&["note", "5", "yesterday's news", "--date", "вчера"]);
}

/// `started=2025 completed=2020` was accepted: a project is completed after it starts,
/// whether both are set at once or one after the other, in either language.
#[test]
fn a_project_completed_before_it_started_is_refused() {
    let db = TestDb::new();
    let english = db.fails(&["--lang", "en", "set", "5", "started=2025", "completed=2020"]);
    assert!(
        english.contains("completed: 2020 is before the start (2025)"),
        "{english}"
    );
    db.ok(&["set", "5", "started=2025", "completed=2025-06"]);
    let russian = db.fails(&["--lang", "ru", "set", "5", "completed=2020"]);
    assert!(russian.contains("завершение: 2020 — раньше начала (2025)"), "{russian}");
    let russian = db.fails(&["--lang", "ru", "set", "5", "started=01.07.2025"]);
    assert!(russian.contains("06.2025 — раньше начала (01.07.2025)"), "{russian}");
    let stored: (String, String) = db
        .sql()
        .query_row("SELECT started, completed FROM projects WHERE id = 5", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    assert_eq!(stored, ("2025".to_string(), "2025-06".to_string()));
    let added = db.fails(&[
        "--lang",
        "en",
        "add",
        "--name",
        "Backwards plant",
        "--started",
        "2025",
        "--completed",
        "2020",
    ]);
    assert!(added.contains("is before the start"), "{added}");
}

/// Typed wherever a date is typed: a winter of one year, a day-or-month and a bound "до
/// 2025 года" are refused offering both readings, in the language spoken; the forms people
/// write are stored as meant.
#[test]
fn what_reads_two_ways_is_refused_with_both_readings_and_the_forms_people_write_are_taken() {
    let db = TestDb::new();
    let russian = db.fails(&["--lang", "ru", "note", "5", "x", "--date", "зима 2025"]);
    assert!(
        russian.contains("читается двояко") && russian.contains("зима 2024/25") && russian.contains("зима 2025/26"),
        "{russian}"
    );
    let english = db.fails(&["--lang", "en", "note", "5", "x", "--date", "winter 2025"]);
    assert!(
        english.contains("winter 2024/25") && english.contains("winter 2025/26"),
        "{english}"
    );
    let english = db.fails(&["--lang", "en", "note", "5", "x", "--date", "12/07/2024"]);
    assert!(
        english.contains("2024-07-12") && english.contains("2024-12-07"),
        "{english}"
    );
    let russian = db.fails(&["--lang", "ru", "note", "5", "x", "--date", "до 2025 года"]);
    assert!(
        russian.contains("не позднее 2024") && russian.contains("не позднее 2025"),
        "{russian}"
    );
    let russian = db.fails(&["--lang", "ru", "set", "5", "completed=IV кв. 2026"]);
    assert!(russian.contains("12.2026"), "{russian}");
    for typed in ["до конца 2025 года", "к 2026 году", "9 мес. 2025", "март-апрель 2025"] {
        db.ok(&["note", "5", &format!("zz {typed}"), "--date", typed]);
    }
    let stored: Vec<String> = {
        let sql = db.sql();
        let mut statement = sql
            .prepare("SELECT date FROM updates WHERE text LIKE 'zz %' ORDER BY id")
            .unwrap();
        statement
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    };
    assert_eq!(stored, ["../2025", "../2026", "2025-01/2025-09", "2025-03/2025-04"]);
}

/// A completion before the start, stored by an older version: `check` names the project
/// and says both dates as read (it said the database was fine).
#[test]
fn check_flags_a_project_completed_before_it_started() {
    let db = TestDb::new();
    db.ok(&["check"]);
    db.sql()
        .execute_batch("UPDATE projects SET started = '2025', completed = '2020' WHERE id = 3;")
        .unwrap();
    let output = db.cmd().args(["--lang", "ru", "check"]).output().unwrap();
    assert!(!output.status.success(), "check reports the reversed dates");
    let report = String::from_utf8_lossy(&output.stdout);
    assert!(
        report.contains("проект #3: завершение 2020 — раньше начала (2025)"),
        "{report}"
    );
    assert_eq!(report.matches("раньше начала").count(), 1, "{report}");
}
