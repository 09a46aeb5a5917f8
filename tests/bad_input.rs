//! A corpus of bad values for every editable field, tried through the command line,
//! import and the interface: each is refused with a sentence, and nothing changes.

mod common;

use common::TestDb;
use common::tui::Harness;
use ortaq::tui::app::{Column, Overlay};
use ratatui::crossterm::event::{Event, KeyCode};

/// (field, bad value, words the refusal must contain)
fn corpus() -> Vec<(&'static str, String, &'static str)> {
    let long = "x".repeat(100_000);
    let mut cases: Vec<(&'static str, String, &'static str)> = vec![
        ("name", "".into(), "cannot be empty"),
        ("name", "   \t ".into(), "cannot be empty"),
        ("name", long.clone(), "too long"),
        ("name_ru", long.clone(), "too long"),
        ("region", long.clone(), "too long"),
        ("sector", long.clone(), "too long"),
        ("partners", long.clone(), "too long"),
        ("description", "y".repeat(30_000), "too long"),
        ("country", "Russia".into(), "KZ+UZ"),
        ("country", "KZ+RU".into(), "KZ+UZ"),
        ("status", "finished".into(), "proposed, agreed"),
        ("status", "1".into(), "proposed, agreed"),
        ("source", "0".into(), "source"),
        ("source", "#99".into(), "no source #99"),
        ("started", "31.02.2024".into(), "no such day"),
        ("started", "2024-13".into(), "no such month"),
        ("completed", "1800".into(), "1900–2100"),
        ("completed", "next year".into(), "not a date"),
        ("completed", "2024/07/12".into(), "not a date"),
    ];
    for field in ["investment", "jobs_planned", "jobs_created"] {
        for (bad, words) in [
            ("-5", "negative"),
            ("−3", "negative"),
            ("99999999999999999999", "more than"),
            ("9300000000 bn", "more than"),
            ("3400000000000000000", "extra zeros"),
            ("1,500 million", "ambiguous"),
            ("3bn 200m", "not"),
            ("lots", "not"),
            ("1e9", "not"),
            ("12.5.3", "not"),
            ("0x10", "not"),
        ] {
            cases.push((field, bad.into(), words));
        }
    }
    cases.push(("investment", "12.345".into(), "ambiguous"));
    cases.push(("jobs_planned", "1.5".into(), "whole number"));
    cases.push(("jobs_created", "0,500".into(), "whole number"));
    cases.push(("investment", "0,500".into(), "whole dollars"));
    cases
}

#[test]
fn every_bad_value_is_refused_by_the_command_line() {
    let db = TestDb::new();
    db.ok(&["list"]);
    let before = db.count("SELECT count(*) FROM changes");
    for (field, value, words) in corpus() {
        let error = db.fails(&["set", "angren", &format!("{field}={value}")]);
        assert!(error.contains(words), "{field}={:.40}: {error:.300}", value);
        assert!(error.contains("nothing was written"), "{error:.200}");
        assert!(
            error.len() < 1_000 || field != "name",
            "the message does not echo 100 KB back"
        );
    }
    assert_eq!(
        db.count("SELECT count(*) FROM changes"),
        before,
        "the database is unchanged"
    );
}

#[test]
fn every_bad_value_is_refused_by_import() {
    let db = TestDb::new();
    db.ok(&["list"]);
    let file = db.dir.path().join("bad.csv");
    for (field, value, words) in corpus() {
        let name = if field == "name" {
            value.clone()
        } else {
            "Importable".to_string()
        };
        let mut writer = csv::Writer::from_path(&file).unwrap();
        if field == "name" {
            writer.write_record(["name"]).unwrap();
            writer.write_record([&name]).unwrap();
        } else {
            writer.write_record(["name", field]).unwrap();
            writer.write_record([name.as_str(), value.as_str()]).unwrap();
        }
        writer.flush().unwrap();
        let error = db.fails(&["import", file.to_str().unwrap()]);
        assert!(
            error.contains("line 2") && error.contains(words),
            "{field}={:.40}: {error:.300}",
            value
        );
    }
    // NUL bytes: the whole file is refused as binary, not read row by row.
    std::fs::write(&file, b"name,region\n\0\0,Angren\nGood,x\n").unwrap();
    let error = db.fails(&["import", file.to_str().unwrap()]);
    assert!(error.contains("binary data"), "{error}");
    assert_eq!(db.count("SELECT count(*) FROM projects"), 9);
}

#[test]
fn every_bad_value_is_refused_by_the_interface() {
    let mut h = Harness::seeded();
    let audit = h.store.history(5).unwrap().len();
    let columns = [
        ("name", Column::Name),
        ("region", Column::Region),
        ("sector", Column::Sector),
        ("investment", Column::Investment),
        ("jobs_planned", Column::JobsPlanned),
        ("jobs_created", Column::JobsCreated),
    ];
    for (field, value, words) in corpus() {
        let Some((_, column)) = columns.iter().find(|(name, _)| *name == field) else {
            continue;
        };
        while h.app.table.column() != *column {
            let forward = Column::ALL.iter().position(|c| c == column) > Some(h.app.table.column);
            h.key(if forward {
                KeyCode::Char('l')
            } else {
                KeyCode::Char('h')
            });
        }
        h.key(KeyCode::Enter);
        h.ctrl('u');
        h.event(Event::Paste(value.clone()));
        h.key(KeyCode::Enter);
        let Some(Overlay::Edit(edit)) = &h.app.overlay else {
            panic!("{field}: the input stays open")
        };
        let error = edit.error.as_ref().map(|p| p.text()).unwrap_or_default();
        assert!(error.contains(words), "{field}={:.40}: {error:.200}", value);
        // What was typed is not thrown away by one Esc: it asks; a second one discards.
        h.key(KeyCode::Esc);
        assert!(
            matches!(h.app.overlay, Some(Overlay::Edit(_))),
            "{field}: Esc asks first"
        );
        h.key(KeyCode::Esc);
        assert!(h.app.overlay.is_none(), "{field}: a second Esc discards");
    }
    assert_eq!(h.store.history(5).unwrap().len(), audit, "nothing was written");
}

/// The stderr of ortaq run with these arguments (and no `--db` of the test's own).
fn stderr_of(args: &[&std::ffi::OsStr]) -> String {
    let output = common::bare_cmd().args(args).output().expect("run ortaq");
    assert!(!output.status.success(), "{args:?} succeeded");
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn errors_say_their_cause_once() {
    let db = TestDb::new();
    db.ok(&["list"]);
    let dir = db.dir.path().as_os_str();
    let error = stderr_of(&["--db".as_ref(), dir, "list".as_ref()]);
    assert_eq!(error.matches("Is a directory").count(), 1, "{error}");
    let missing = db.dir.path().join("no/such/dir/x.db");
    let error = stderr_of(&[
        "--db".as_ref(),
        missing.as_os_str(),
        "--read-only".as_ref(),
        "list".as_ref(),
    ]);
    assert_eq!(error.matches("no such file").count(), 1, "{error}");
    let taken = db.dir.path().join("taken.db");
    std::fs::write(&taken, b"mine").unwrap();
    let error = db.fails(&["backup", taken.to_str().unwrap()]);
    assert_eq!(error.matches("the file exists").count(), 1, "{error}");
    for (value, words) in [
        ("investment=0,500", "whole dollars"),
        ("investment=-5m", "negative"),
        ("investment=1,500 million", "ambiguous"),
    ] {
        let error = db.fails(&["set", "1", value]);
        assert!(error.contains(words), "{error}");
        assert_eq!(error.matches("investment").count(), 1, "{value}: {error}");
        assert!(error.matches("write ").count() <= 1, "one instruction: {error}");
    }
}

#[test]
fn a_version_that_never_was_is_named() {
    let db = TestDb::new();
    db.ok(&["list"]);
    let error = db.fails(&["set", "1", "name=x", "--if-version", "99"]);
    assert!(error.contains("no version 99"), "{error}");
    assert!(error.contains("current version is 1"), "{error}");
    assert!(!error.contains("was changed by"), "{error}");
}

#[test]
fn uzbek_names_of_uzbekistan_are_understood() {
    let db = TestDb::new();
    let uzbek = db.ok(&["list", "--country", "UZ"]);
    for name in ["Ўзбекистон", "Oʻzbekiston", "O'zbekiston", "O‘zbekiston", "Uzbekiston"] {
        assert_eq!(db.ok(&["list", "--country", name]), uzbek, "{name}");
    }
}

#[test]
fn a_refusal_speaks_russian() {
    let db = TestDb::new();
    db.ok(&["list"]);
    let output = db
        .cmd()
        .env("ORTAQ_LANG", "ru")
        .args(["set", "angren", "investment=-5"])
        .output()
        .expect("run ortaq");
    let error = String::from_utf8_lossy(&output.stderr);
    assert!(error.contains("сумма не может быть отрицательной"), "{error}");
}
