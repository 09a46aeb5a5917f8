//! Kinds of reported figure (issue 13): the trend has one series per kind, the
//! tracked-vs-reported comparison sets like against like, the qualifier ("over",
//! "about", "up to") is said in words and carried as a code, and `indicator add`
//! refuses what would mix kinds.

mod common;

use common::TestDb;
use ortaq::report::summary::Summary;
use ortaq::report::trend;
use ortaq::store::{Metric, NewIndicator, Qualifier, Store};

/// A database with the seed portfolio.
fn seeded() -> TestDb {
    let db = TestDb::new();
    db.ok(&["list"]);
    db
}

/// An empty database with one source and one project of known jobs (100 created,
/// 1,000 planned), and the given portfolio figures reported by that source.
fn with_figures(figures: &[(&str, &str, Option<&str>)]) -> TestDb {
    let db = TestDb::new();
    db.ok(&["--empty", "list"]);
    db.ok(&["source", "add", "--publisher", "Ministry", "--title", "Review"]);
    db.ok(&[
        "add",
        "--name",
        "Glass works",
        "--jobs-created",
        "100",
        "--jobs-planned",
        "1000",
    ]);
    for (metric, value, qualifier) in figures {
        let mut args = vec![
            "indicator",
            "add",
            "--as-of",
            "2024-07",
            "--metric",
            metric,
            "--value",
            value,
            "--source",
            "1",
        ];
        if let Some(qualifier) = qualifier {
            args.extend(["--qualifier", qualifier]);
        }
        db.ok(&args);
    }
    db
}

fn summary_of(db: &TestDb) -> Summary {
    let store = Store::open(&db.path).expect("open");
    Summary::build(&store, &Default::default(), &[], None).expect("summary")
}

#[test]
fn the_seed_trend_keeps_created_and_planned_jobs_in_separate_series() {
    let db = seeded();
    let store = Store::open(&db.path).expect("open");
    let points = trend::trend(
        &store.indicators().expect("figures"),
        &store.sources().expect("sources"),
    );
    let series = trend::series(&points);
    assert!(series.contains(&Metric::JobsCreated), "{series:?}");
    assert!(series.contains(&Metric::JobsPlanned), "{series:?}");
    assert!(
        !series.contains(&Metric::Jobs),
        "no seeded figure is of unrecorded kind"
    );
    let values = |metric: Metric| -> Vec<i64> {
        let mut values: Vec<i64> = points
            .iter()
            .filter_map(|p| p.figure(metric).map(|i| i.value))
            .collect();
        values.sort_unstable();
        values
    };
    assert_eq!(values(Metric::Projects), [60, 69, 74]);
    assert_eq!(values(Metric::JobsCreated), [13_000, 14_000]);
    assert_eq!(values(Metric::JobsPlanned), [14_600]);
    // Each point's label (date and source) tells it from the others.
    let mut labels: Vec<String> = points.iter().map(|p| p.label()).collect();
    labels.sort();
    labels.dedup();
    assert_eq!(labels.len(), points.len(), "{labels:?}");
    assert!(labels.iter().any(|l| l.contains("#4 UzA")), "{labels:?}");
    // No column of any format mixes them: the CSV names each row's kind.
    let csv = db.ok(&["summary", "--trend", "--format", "csv"]);
    assert!(csv.contains(",jobs_created,13000,over,4\n"), "{csv}");
    assert!(csv.contains(",jobs_planned,14600,exact,1\n"), "{csv}");
    let json: serde_json::Value =
        serde_json::from_str(&db.ok(&["summary", "--trend", "--format", "json"])).expect("json");
    let planned_in = |key: &str| {
        json.as_array()
            .into_iter()
            .flatten()
            .filter(|p| p.get(key).is_some())
            .count()
    };
    assert_eq!(planned_in("jobs_created"), 2);
    assert_eq!(planned_in("jobs_planned"), 1);
}

#[test]
fn comparisons_set_only_like_against_like() {
    let db = with_figures(&[
        ("jobs_created", "200", None),
        ("jobs_planned", "4000", Some("about")),
        ("trade_contracts", "7", None),
    ]);
    let summary = summary_of(&db);
    let comparisons = summary.comparisons();
    let line = |metric: Metric| {
        comparisons
            .iter()
            .find(|c| c.metric == metric)
            .unwrap_or_else(|| panic!("no {metric:?} line in {comparisons:?}"))
    };
    // 100 tracked created of 200 reported created; 1,000 planned of 4,000 planned.
    // Created against planned would be 2.5% and 500%.
    assert_eq!(line(Metric::JobsCreated).tracked, Some(100));
    assert_eq!(line(Metric::JobsCreated).coverage.map(|p| p.tenths), Some(500));
    assert_eq!(line(Metric::JobsPlanned).tracked, Some(1000));
    assert_eq!(line(Metric::JobsPlanned).coverage.map(|p| p.tenths), Some(250));
    let contracts = line(Metric::TradeContracts);
    assert!(!contracts.compared);
    assert_eq!((contracts.tracked, contracts.coverage), (None, None));
    assert_eq!(contracts.reported.as_ref().map(|(i, _)| i.value), Some(7));
    assert!(
        comparisons.iter().all(|c| c.metric != Metric::TradeContractsValue),
        "a kind not reported has no line"
    );
    let text = db.ok(&["summary"]);
    assert!(text.contains("about 4,000"), "{text}");
    assert!(text.contains("50.0%") && text.contains("25.0%"), "{text}");
}

#[test]
fn jobs_of_unrecorded_kind_are_shown_and_never_compared() {
    let db = with_figures(&[]);
    let mut store = Store::open(&db.path).expect("open");
    // Only an old row can be of this kind: the command line refuses it for a new one.
    let old = NewIndicator::new(
        "2023".parse().expect("a date"),
        "portfolio",
        Metric::Jobs,
        900,
        Qualifier::Over,
        1,
        None,
    )
    .expect("a figure");
    store.add_indicator(&old).expect("recorded");
    let summary = summary_of(&db);
    let jobs = summary
        .comparisons()
        .into_iter()
        .find(|c| c.metric == Metric::Jobs)
        .expect("a line for it");
    assert!(!jobs.compared);
    assert_eq!((jobs.tracked, jobs.coverage), (None, None));
    let trend = db.ok(&["summary", "--trend"]);
    assert!(trend.contains("over 900"), "{trend}");
    assert!(trend.contains("not recorded"), "{trend}");
}

#[test]
fn indicator_add_refuses_what_would_mix_kinds() {
    let db = with_figures(&[]);
    let add = |extra: &[&str]| {
        let mut args = vec!["indicator", "add", "--as-of", "2024", "--value", "5", "--source", "1"];
        args.extend(extra);
        args.into_iter().map(String::from).collect::<Vec<_>>()
    };
    let run_fails = |args: Vec<String>| db.fails(&args.iter().map(String::as_str).collect::<Vec<_>>());
    let error = run_fails(add(&["--metric", "jobs"]));
    assert!(
        error.contains("jobs_created") && error.contains("jobs_planned"),
        "says to choose: {error}"
    );
    let error = run_fails(add(&["--metric", "jobs-created", "--over", "--qualifier", "about"]));
    assert!(error.contains("--over and --qualifier"), "{error}");
    let error = run_fails(add(&["--metric", "projects", "--qualifier", "roughly"]));
    assert!(error.contains("roughly") && error.contains("up_to"), "{error}");
    let error = run_fails(add(&["--lang", "ru", "--metric", "jobs"]));
    assert!(error.contains("укажите"), "{error}");
    assert_eq!(db.count("SELECT count(*) FROM indicators"), 0, "nothing was recorded");
    let args = add(&["--metric", "jobs-created", "--qualifier", "up to"]);
    db.ok(&args.iter().map(String::as_str).collect::<Vec<_>>());
    let stored: (String, String) = db
        .sql()
        .query_row("SELECT metric, qualifier FROM indicators", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .expect("one row");
    assert_eq!(stored, ("jobs_created".into(), "up_to".into()));
}

#[test]
fn indicator_list_says_the_qualifier_and_the_scope_in_the_language() {
    let db = seeded();
    let english = db.ok(&["indicator", "list"]);
    assert!(english.contains("portfolio: jobs created over 14,000"), "{english}");
    assert!(english.contains("planned in Kazakhstan"), "{english}");
    let russian = db.ok(&["--lang", "ru", "indicator", "list"]);
    assert!(
        russian.contains("портфель: созданные рабочие места более 14\u{a0}000"),
        "{russian}"
    );
    assert!(russian.contains("планируемые в Казахстане"), "{russian}");
}

#[test]
fn the_qualifier_survives_export_and_import() {
    let db = with_figures(&[
        ("projects", "74", Some("about")),
        ("investment", "3.4bn", Some("up_to")),
        ("jobs_created", "14000", Some("over")),
        ("jobs_planned", "14600", None),
    ]);
    let exported = db.ok(&["export", "--format", "json"]);
    assert!(exported.contains("\"qualifier\": \"up_to\""), "{exported}");
    let file = db.dir.path().join("export.json");
    std::fs::write(&file, &exported).expect("written");
    let other = TestDb::new();
    other.ok(&["--empty", "list"]);
    other.ok(&["import", file.to_str().expect("a path")]);
    let qualifiers = |db: &TestDb| -> Vec<(String, String)> {
        let sql = db.sql();
        let mut statement = sql
            .prepare("SELECT metric, qualifier FROM indicators ORDER BY metric")
            .expect("query");
        statement
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .expect("rows")
            .collect::<Result<_, _>>()
            .expect("read")
    };
    assert_eq!(qualifiers(&other), qualifiers(&db));
    assert_eq!(qualifiers(&other).len(), 4);
    // The trend's CSV carries the code of each.
    let csv = other.ok(&["summary", "--trend", "--format", "csv"]);
    assert!(csv.contains(",projects,74,about,"), "{csv}");
    assert!(csv.contains(",investment,3400000000,up_to,"), "{csv}");
}

#[test]
fn an_export_from_before_the_qualifier_still_imports() {
    let db = TestDb::new();
    db.ok(&["--empty", "list"]);
    let old = r#"{"format": "ortaq-export", "version": 1,
        "sources": [{"publisher": "TCA", "title": "Portfolio"}],
        "projects": [],
        "indicators": [
          {"as_of": "2024-07-12", "scope": "portfolio", "metric": "jobs_created", "value": 14000,
           "over": true, "source": {"publisher": "TCA", "title": "Portfolio"}},
          {"as_of": "2024-07-12", "scope": "portfolio", "metric": "projects", "value": 69,
           "over": false, "source": {"publisher": "TCA", "title": "Portfolio"}}
        ]}"#;
    let file = db.dir.path().join("old.json");
    std::fs::write(&file, old).expect("written");
    db.ok(&["import", file.to_str().expect("a path")]);
    let over = db.count("SELECT count(*) FROM indicators WHERE qualifier = 'over' AND metric = 'jobs_created'");
    let exact = db.count("SELECT count(*) FROM indicators WHERE qualifier = 'exact' AND metric = 'projects'");
    assert_eq!((over, exact), (1, 1));
}

/// One figure of every kind, with every qualifier among them.
const EVERY_KIND: &[(&str, &str, Option<&str>)] = &[
    ("projects", "74", None),
    ("investment", "3.4bn", Some("about")),
    ("jobs_created", "14000", Some("over")),
    ("jobs_planned", "14600", Some("up_to")),
    ("trade_contracts", "7", None),
    ("trade_contracts_value", "2.6bn", None),
];

/// Every kind and every qualifier in one trend and one summary, in both languages.
#[test]
fn every_kind_and_qualifier_in_english_and_russian() {
    let db = with_figures(EVERY_KIND);
    for lang in ["en", "ru"] {
        let trend = db.ok(&["--lang", lang, "summary", "--trend", "--ascii"]);
        insta::assert_snapshot!(format!("kinds_trend_{lang}"), trend);
        let summary = db.ok(&["--lang", lang, "summary", "--ascii"]);
        insta::assert_snapshot!(format!("kinds_summary_{lang}"), summary);
    }
}

/// The interface's summary with every kind: each comparison line and each series fits
/// at 80x24, created and planned on lines of their own.
#[test]
fn the_interface_summary_shows_every_kind() {
    use ratatui::crossterm::event::KeyCode;
    let db = with_figures(EVERY_KIND);
    let store = Store::open(&db.path).expect("open");
    let mut h = common::tui::Harness::on(db, store, 80, 24);
    h.key(KeyCode::Char('S'));
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 24)).expect("a test terminal");
    terminal
        .draw(|frame| ortaq::tui::ui::draw(frame, &h.app, ortaq::tui::ui::Theme::plain()))
        .expect("drawn");
    insta::assert_snapshot!("kinds_interface_summary_80x24", terminal.backend());
}
