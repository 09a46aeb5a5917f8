//! The command line in Russian: every human line in the language chosen, plurals by
//! CLDR, machine formats byte for byte the same in every language, and the language
//! chosen by `--lang`, then `ORTAQ_LANG`, then the locale.

mod common;

use common::{TestDb, bare_cmd, os_user};
use ortaq::i18n::{Arg, Lang, message_in};

/// A database whose data is all Cyrillic, so any Latin word in the output is ortaq's.
fn russian_db() -> TestDb {
    let db = TestDb::new();
    db.ok(&[
        "--empty",
        "source",
        "add",
        "--publisher",
        "Минэкономики",
        "--title",
        "Отчёт",
        "--published",
        "2024-07",
    ]);
    db.ok(&[
        "add",
        "--name",
        "Цементный завод",
        "--country",
        "KZ",
        "--region",
        "Шымкент",
        "--sector",
        "стройматериалы",
        "--status",
        "construction",
        "--investment",
        "3,4 млрд",
        "--jobs-planned",
        "14600",
        "--started",
        "12.07.2024",
        "--source",
        "1",
    ]);
    db.ok(&["add", "--name", "Текстильная фабрика", "--country", "UZ"]);
    db.ok(&["note", "1", "Заложен фундамент", "--date", "2024-08"]);
    db.ok(&[
        "indicator",
        "add",
        "--as-of",
        "2024",
        "--metric",
        "projects",
        "--value",
        "74",
        "--source",
        "1",
    ]);
    db.ok(&[
        "indicator",
        "add",
        "--as-of",
        "2024",
        "--metric",
        "investment",
        "--value",
        "3,4 млрд",
        "--over",
        "--source",
        "1",
    ]);
    db
}

fn run_ru(db: &TestDb, args: &[&str]) -> (String, String) {
    let output = db.cmd().arg("--lang").arg("ru").args(args).output().expect("run ortaq");
    assert!(
        output.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    (
        String::from_utf8(output.stdout).expect("UTF-8"),
        String::from_utf8(output.stderr).expect("UTF-8"),
    )
}

/// Latin words that may stand in Russian text: commands, options, codes, ortaq itself.
const CODES: &[&str] = &[
    "ortaq",
    "indicator",
    "add",
    "check",
    "repair",
    "restore",
    "set",
    "KZ",
    "UZ",
    // A field as `set FIELD=VALUE` names it, and SQLite's journal mode: codes.
    "investment",
    "WAL",
    // The scope of a reported figure: data, written as typed (`--scope portfolio`).
    "portfolio",
    // The time zone, as Russian writes it too (UTC, UTC+05:00).
    "UTC",
    // An option to give (`укажите --source`): the seed's add names its source, which a
    // figure set later without one loses, and the message says how to keep it.
    "source",
];

/// Latin words in `text` other than codes and the author's name (data).
fn latin_words(text: &str) -> Vec<String> {
    let user = os_user();
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() > 1 && !CODES.contains(w) && *w != user)
        .map(str::to_string)
        .collect()
}

#[test]
fn every_text_output_in_russian_has_no_english_word() {
    let db = russian_db();
    let commands: &[&[&str]] = &[
        &["list"],
        &["list", "--format", "text"],
        &["show", "1"],
        &["summary"],
        &["summary", "--by", "country,status"],
        &["summary", "--by", "sector", "--format", "markdown"],
        &["summary", "--status", "construction"],
        &["summary", "--trend"],
        &["summary", "--trend", "--format", "markdown"],
        &["check"],
        &["source", "list"],
        &["indicator", "list"],
        &["set", "1", "investment=5m"],
        &["delete", "2"],
        &["restore", "2"],
    ];
    for args in commands {
        let (out, err) = run_ru(&db, args);
        let words = latin_words(&format!("{out}\n{err}"));
        assert!(words.is_empty(), "{args:?}: {words:?}\n{out}{err}");
    }
    let (out, _) = run_ru(&db, &["summary"]);
    // Not a terminal: the text table is ASCII marks, so digit groups are plain spaces.
    for russian in [
        "Статус",
        "Проекты",
        "Инвестиции",
        "Итого",
        "строительство",
        "$5 млн",
        "14 600",
    ] {
        assert!(out.contains(russian), "{russian}: {out}");
    }
}

#[test]
fn russian_errors_and_refusals() {
    let db = russian_db();
    let output = db
        .cmd()
        .args(["--lang", "ru", "list", "--sort", "колонка"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success() && err.contains("нельзя сортировать"), "{err}");
    let output = db
        .cmd()
        .args(["--lang", "ru", "summary", "--trend", "--status", "construction"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(err.contains("--trend показывает"), "{err}");
}

#[test]
fn russian_help_of_every_command() {
    let db = TestDb::new();
    for args in [
        &["--help"][..],
        &["list", "--help"],
        &["add", "--help"],
        &["summary", "--help"],
        &["source", "add", "--help"],
        &["help", "export"],
    ] {
        let (out, _) = run_ru(&db, args);
        assert!(out.contains("Использование:"), "{args:?}: {out}");
        for english in [
            "Usage",
            "Options",
            "Commands",
            "Arguments",
            "Print help",
            "default:",
            "possible values",
        ] {
            assert!(!out.contains(english), "{args:?}: {english} in\n{out}");
        }
    }
}

#[test]
fn import_counts_take_the_russian_plural_forms() {
    for (count, expected) in [
        (0, "импортировано 0 проектов"),
        (1, "импортирован 1 проект"),
        (2, "импортировано 2 проекта"),
        (5, "импортировано 5 проектов"),
        (11, "импортировано 11 проектов"),
        (21, "импортирован 21 проект"),
        (22, "импортировано 22 проекта"),
        (111, "импортировано 111 проектов"),
    ] {
        let text = message_in(
            Lang::Ru,
            "cli-imported",
            &[
                ("projects", Arg::Count(count)),
                ("updates", Arg::Count(count)),
                ("figures", Arg::Count(count)),
                ("sources", Arg::Count(count)),
                ("reused", Arg::Count(0)),
                ("file", Arg::Text("p.csv".into())),
                ("how", Arg::Text("UTF-8".into())),
            ],
        );
        assert!(text.starts_with(expected), "{count}: {text}");
    }
    // And from the real binary: 21 projects.
    let db = TestDb::new();
    db.ok(&["--empty", "list"]);
    let csv = db.dir.path().join("p.csv");
    let mut data = String::from("name\n");
    for n in 1..=21 {
        data.push_str(&format!("Проект {n}\n"));
    }
    std::fs::write(&csv, data).unwrap();
    let (_, said) = run_ru(&db, &["import", csv.to_str().unwrap()]);
    assert!(said.contains("импортирован 21 проект, 0 обновлений"), "{said}");
}

#[test]
fn machine_formats_are_the_same_bytes_in_every_language() {
    let db = russian_db();
    let seeded = TestDb::new();
    seeded.ok(&["list"]);
    for args in [
        &["list", "--format", "csv"][..],
        &["list", "--format", "json"],
        &["show", "1", "--format", "json"],
        &["show", "1", "--format", "csv"],
        &["history", "1", "--format", "json"],
        &["history", "1", "--format", "csv"],
        &["summary", "--format", "csv"],
        &["summary", "--by", "country,status", "--format", "json"],
        &["summary", "--trend", "--format", "json"],
        &["summary", "--trend", "--format", "csv"],
        &["export"],
        &["export", "--format", "csv"],
    ] {
        for db in [&db, &seeded] {
            let english = db.ok(&[&["--lang", "en"][..], args].concat());
            let (russian, _) = run_ru(db, args);
            assert_eq!(english, russian, "{args:?}");
        }
    }
}

fn help_first_line(env: &[(&str, &str)], args: &[&str]) -> String {
    let mut cmd = bare_cmd();
    for (name, value) in env {
        cmd.env(name, value);
    }
    let out = cmd.args(args).arg("--help").output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    if text.contains("Использование:") {
        "ru"
    } else {
        "en"
    }
    .to_string()
}

#[test]
fn the_flag_beats_ortaq_lang_which_beats_the_locale() {
    assert_eq!(help_first_line(&[], &[]), "en");
    assert_eq!(help_first_line(&[("LANG", "ru_RU.UTF-8")], &[]), "ru");
    assert_eq!(help_first_line(&[("LC_ALL", "ru_RU.UTF-8")], &[]), "ru");
    assert_eq!(
        help_first_line(&[("LANG", "ru_RU.UTF-8"), ("ORTAQ_LANG", "en")], &[]),
        "en"
    );
    assert_eq!(
        help_first_line(&[("LANG", "en_US.UTF-8"), ("ORTAQ_LANG", "ru")], &[]),
        "ru"
    );
    assert_eq!(help_first_line(&[("ORTAQ_LANG", "en")], &["--lang", "ru"]), "ru");
    assert_eq!(
        help_first_line(&[("ORTAQ_LANG", "ru"), ("LANG", "ru_RU.UTF-8")], &["--lang=en"]),
        "en"
    );
}

#[test]
fn russian_summary_snapshots() {
    let db = TestDb::new();
    db.ok(&["list"]);
    let (text, _) = run_ru(&db, &["summary", "--by", "country,status"]);
    insta::assert_snapshot!("summary_ru_country_status_text", text);
    let (markdown, _) = run_ru(&db, &["summary", "--format", "markdown"]);
    insta::assert_snapshot!("summary_ru_status_markdown", markdown);
    let (trend, _) = run_ru(&db, &["summary", "--trend"]);
    insta::assert_snapshot!("summary_ru_trend", trend);
}

#[test]
fn mistyped_command_lines_are_refused_in_russian() {
    let db = TestDb::new();
    for args in [
        &["add", "--bogus"][..],
        &["bogus"],
        &["summary", "--format", "xml"],
        &["add"],
        &["list", "--sort"],
    ] {
        let output = db.cmd().args(["--lang", "ru"]).args(args).output().unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&output.stderr);
        assert!(err.starts_with("ошибка: "), "{args:?}: {err}");
        for english in ["error:", "Usage", "unexpected", "For more information"] {
            assert!(!err.contains(english), "{args:?}: {english} in {err}");
        }
    }
}

/// Words a Russian analyst types on the command line are read (issue 21): `обе` for both
/// countries, `7д` for seven days; `restore Тараз` says that it takes an id.
#[test]
fn russian_words_on_the_command_line_are_read() {
    let db = russian_db();
    let both = db.ok(&["--lang", "ru", "list", "--country", "обе", "--format", "csv"]);
    let all_both = db.ok(&["list", "--country", "KZ+UZ", "--format", "csv"]);
    assert_eq!(both, all_both);
    let russian = db.ok(&["--lang", "ru", "digest", "--since", "7д", "--format", "json"]);
    let english = db.ok(&["--lang", "ru", "digest", "--since", "7d", "--format", "json"]);
    let window = |json: &str| json.lines().take(4).collect::<Vec<_>>().join("\n");
    assert_eq!(window(&russian).len(), window(&english).len(), "{russian}");
    let said = db.fails(&["--lang", "ru", "restore", "Тараз"]);
    assert!(
        said.contains("нужен номер удалённого проекта") && said.contains("«Тараз»"),
        "{said}"
    );
}

/// Times are shown in the reader's time zone (`TZ`), and documents name it (issue 21):
/// an analyst in Tashkent reads 15:15 for a change entered at 10:15 UTC.
#[test]
fn times_are_in_the_readers_zone_and_named() {
    let db = russian_db();
    let history = |tz: &str| {
        let output = db
            .cmd()
            .args(["--lang", "ru", "history", "1"])
            .env("TZ", tz)
            .output()
            .unwrap();
        String::from_utf8(output.stdout).unwrap()
    };
    let utc = history("UTC");
    let tashkent = history("<+05>-5"); // POSIX form: Tashkent's offset, no tzdata needed
    assert!(utc.contains("(время: UTC)"), "{utc}");
    assert!(tashkent.contains("(время: UTC+05:00)"), "{tashkent}");
    let hour = |text: &str| -> u32 {
        let line = text.lines().nth(1).unwrap_or_default();
        let time = line.split_whitespace().nth(1).unwrap_or_default();
        time.split(':').next().unwrap_or_default().parse().unwrap_or(99)
    };
    assert_eq!((hour(&utc) + 5) % 24, hour(&tashkent), "{utc}\n{tashkent}");
}

/// A sector is a code with a label per language: «электротехника» typed by a user joins
/// `electrical`'s group (it was a group of its own), and a Russian screen names the seed's
/// sectors and places in Russian; an unknown sector stays as typed.
#[test]
fn a_sector_typed_in_russian_joins_its_code_s_group() {
    let db = TestDb::new();
    db.ok(&["set", "1", "sector=electrical"]);
    db.ok(&["--lang", "ru", "set", "2", "sector=Электротехника"]);
    db.ok(&["--lang", "ru", "set", "3", "sector=виноделие"]);
    let stored = |id: i64| -> String {
        db.sql()
            .query_row("SELECT sector FROM projects WHERE id = ?1", [id], |r| r.get(0))
            .unwrap()
    };
    assert_eq!(
        (stored(1), stored(2), stored(3)),
        ("electrical".into(), "electrical".into(), "виноделие".into())
    );
    let csv = db.ok(&["summary", "--by", "sector", "--format", "csv"]);
    assert!(csv.contains("\nelectrical,2,"), "one group, by its code: {csv}");
    let summary = db.ok(&["--lang", "ru", "summary", "--by", "sector"]);
    let electrical: Vec<&str> = summary.lines().filter(|l| l.contains("электротехника")).collect();
    assert_eq!(electrical.len(), 1, "one group: {summary}");
    assert!(!summary.contains("electrical"), "{summary}");
    let shown = db.ok(&["--lang", "ru", "show", "angren"]);
    assert!(shown.contains("стройматериалы"), "{shown}");
    assert!(shown.contains("Ангрен, [Ташкентская область]"), "{shown}");
    let listed = db.ok(&["--lang", "ru", "list", "--sector", "электротехника"]);
    assert_eq!(listed.matches("электротехника").count(), 2, "{listed}");
}

/// `set` says what it stored, not only which fields changed (issue 21): each field with
/// its value as read, and a figure's source by number and title.
#[test]
fn set_says_each_value_stored_and_its_source() {
    let db = TestDb::new();
    db.ok(&["list"]);
    let (_, said) = run_ru(
        &db,
        &[
            "set",
            "5",
            "investment=12,5 млн",
            "status=строительство",
            "--source",
            "BAQ",
        ],
    );
    // Russian groups digits with a no-break space.
    let said = said.replace(['\u{a0}', '\u{202f}'], " ");
    assert!(said.contains("инвестиции = $12 500 000"), "{said}");
    assert!(said.contains("статус = строительство"), "{said}");
    assert!(said.contains("источник инвестиций = #5 BAQ.KZ"), "{said}");
    let (_, said) = run_ru(&db, &["set", "5", "completed=12.2026"]);
    assert!(said.contains("завершение = 12.2026"), "{said}");
}

/// `note`, `source add` and `indicator add` say what they stored (issue 21): the source
/// a note names, the date a source was published, the figure as recorded.
#[test]
fn notes_sources_and_figures_say_what_was_stored() {
    let db = TestDb::new();
    db.ok(&["list"]);
    let (_, said) = run_ru(
        &db,
        &["note", "8", "Текст", "--date", "15.04.2025 г.", "--source", "BAQ"],
    );
    assert!(said.contains("дата: 15.04.2025; источник: #5 BAQ.KZ"), "{said}");
    let (_, said) = run_ru(
        &db,
        &[
            "source",
            "add",
            "--publisher",
            "Минпром",
            "--title",
            "Справка",
            "--published",
            "2024-07",
        ],
    );
    assert!(said.contains("Минпром — Справка (дата публикации: 07.2024)"), "{said}");
    let (_, said) = run_ru(
        &db,
        &[
            "indicator",
            "add",
            "--as-of",
            "2025",
            "--metric",
            "projects",
            "--value",
            "70",
            "--source",
            "BAQ",
        ],
    );
    assert!(said.contains("проекты 70 (источник #5)"), "{said}");
}

/// `list --search` by a place, sector or country as a Russian screen shows it found
/// nothing (issue 21); it matches the label shown as well as the stored text.
#[test]
fn list_search_finds_what_a_russian_screen_shows() {
    let db = TestDb::new();
    let ids = |search: &str, lang: &str| -> Vec<String> {
        let out = db.ok(&["--lang", lang, "list", "--search", search, "--format", "csv"]);
        let mut ids: Vec<String> = out
            .lines()
            .skip(1)
            .filter_map(|l| l.split([',', ';']).next().map(str::to_string))
            .collect();
        ids.sort();
        ids
    };
    assert_eq!(ids("Ангрен", "ru"), ["5"]);
    assert_eq!(ids("текстиль", "ru"), ["3", "4"]);
    assert_eq!(ids("Казахстан", "ru").len(), 8, "KZ and cross-border");
    assert_eq!(ids("Uzbekistan", "en"), ["5", "6", "7", "8", "9"]);
    assert_eq!(ids("angren", "ru"), ["5"], "the stored text still matches");
    assert!(ids("Ангрен", "en").is_empty(), "English screens show the stored place");
    // A project named by the place its Russian screen shows (a walk: `show ангрен` found none).
    let shown = db.ok(&["--lang", "ru", "show", "ангрен"]);
    assert!(shown.contains("#5"), "{shown}");
}

/// `list` showed the stored English place on a Russian screen (issue 21).
#[test]
fn list_shows_the_place_as_a_russian_screen_names_it() {
    let db = TestDb::new();
    let listed = db.ok(&["--lang", "ru", "list", "--search", "angren"]);
    assert!(listed.contains("UZ · Ангрен, [Ташкентская область]"), "{listed}");
    let html = db.ok(&["--lang", "ru", "list", "--search", "angren", "--format", "html"]);
    assert!(html.contains("Ангрен, [Ташкентская область]"), "{html}");
    let csv = db.ok(&["--lang", "ru", "list", "--search", "angren", "--format", "csv"]);
    assert!(
        csv.contains("Angren, [Tashkent region]"),
        "machine formats keep the stored place: {csv}"
    );
}

/// `set`, `note`, `delete` and `restore` named a project by its English name on a
/// Russian screen though it has a Russian one (issue 21: every save names the project).
#[test]
fn saves_name_the_project_as_a_russian_screen_does() {
    let db = TestDb::new();
    let said = |args: &[&str]| {
        let output = db.cmd().args(["--lang", "ru"]).args(args).output().unwrap();
        assert!(output.status.success(), "{output:?}");
        String::from_utf8(output.stderr).unwrap()
    };
    let russian = "#6 Международный центр промышленной кооперации «Центральная Азия»";
    for args in [
        &["set", "6", "investment=5m"][..],
        &["note", "6", "работы идут", "--date", "2025"],
        &["delete", "6"],
        &["restore", "6"],
    ] {
        let out = said(args);
        assert!(out.contains(&russian[1..]), "{args:?}: {out}");
        assert!(!out.contains("International"), "{args:?}: {out}");
    }
}
