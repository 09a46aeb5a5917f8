//! Issue 13's hostile review, follow-up: figures given "at least" (не менее), Russian
//! scope words, labels that do not collide, Russian agreement in messages and help for
//! every positional argument, and the source picker's order.

mod common;

use common::TestDb;

/// An empty database with one source (#1).
fn with_a_source() -> TestDb {
    let db = TestDb::new();
    db.ok(&["--empty", "list"]);
    db.ok(&["source", "add", "--publisher", "Ministry", "--title", "Review"]);
    db
}

/// `indicator add` of 14000 jobs created in 2024 with these extra arguments.
fn add_figure(db: &TestDb, extra: &[&str]) {
    let mut args = vec![
        "indicator",
        "add",
        "--as-of",
        "2024",
        "--metric",
        "jobs_created",
        "--value",
        "14000",
        "--source",
        "1",
    ];
    args.extend_from_slice(extra);
    db.ok(&args);
}

#[test]
fn at_least_is_its_own_qualifier_read_in_both_languages_and_said_as_the_text_says() {
    let words = ["at least", "at_least", "no less than", "не менее", "Не  меньше"];
    for word in words {
        let db = with_a_source();
        add_figure(&db, &["--qualifier", word]);
        let stored: String = db
            .sql()
            .query_row("SELECT qualifier FROM indicators", [], |r| r.get(0))
            .expect("recorded");
        assert_eq!(stored, "at_least", "{word}");
    }
    let db = with_a_source();
    add_figure(&db, &["--qualifier", "не менее"]);
    let english = db.ok(&["indicator", "list"]);
    assert!(english.contains("at least 14,000"), "{english}");
    let russian = db.ok(&["--lang", "ru", "indicator", "list"]);
    assert!(
        russian.contains("не менее 14\u{a0}000") || russian.contains("не менее 14 000"),
        "{russian}"
    );
    assert!(!russian.contains("более"), "{russian}");
}

#[test]
fn a_scope_given_in_russian_is_stored_as_its_code_and_any_other_as_typed() {
    let cases = [
        ("портфель", "portfolio"),
        ("  Портфель ", "portfolio"),
        ("реализованные", "implemented"),
        ("реализовано", "implemented"),
        ("перспективные", "promising"),
        ("В  проработке", "in preparation"),
        ("планируется в Казахстане", "planned in kz"),
        ("запланировано в КЗ", "planned in kz"),
        ("реализованные в Казахстане", "implemented in kz"),
        ("реализованные в Узбекистане", "implemented in uz"),
        ("Implemented  in KZ", "implemented in kz"),
        ("Приграничные", "приграничные"),
    ];
    for (typed, code) in cases {
        let db = with_a_source();
        add_figure(&db, &["--scope", typed]);
        let stored: String = db
            .sql()
            .query_row("SELECT scope FROM indicators", [], |r| r.get(0))
            .expect("recorded");
        assert_eq!(stored, code, "{typed}");
    }
}

#[test]
fn a_portfolio_figure_given_in_russian_enters_the_comparison() {
    let db = with_a_source();
    db.ok(&[
        "indicator",
        "add",
        "--as-of",
        "2024",
        "--metric",
        "projects",
        "--value",
        "7",
        "--source",
        "1",
        "--scope",
        "портфель",
    ]);
    let store = ortaq::store::Store::open(&db.path).expect("open");
    let summary = ortaq::report::summary::Summary::build(&store, &Default::default(), &[], None).expect("summary");
    let reported = summary
        .reported
        .get(ortaq::store::Metric::Projects)
        .map(|(f, _)| f.value);
    assert_eq!(reported, Some(7));
}

#[test]
fn no_two_labels_of_statuses_scopes_metrics_countries_or_qualifiers_read_alike() {
    use ortaq::domain::{Country, Status};
    use ortaq::i18n::{self, Lang};
    use ortaq::store::{KNOWN_SCOPES, Metric, Qualifier};
    for lang in [Lang::En, Lang::Ru] {
        i18n::set_language(lang);
        let mut labels: Vec<String> = Vec::new();
        labels.extend(Status::ALL.iter().map(|s| i18n::status_label(*s)));
        labels.extend(Country::ALL.iter().map(|c| i18n::country_label(*c)));
        labels.extend(Metric::ALL.iter().map(|m| i18n::metric_label(*m)));
        labels.extend(
            Qualifier::ALL
                .iter()
                .map(|q| i18n::qualifier_word(*q))
                .filter(|w| !w.is_empty()),
        );
        labels.extend(KNOWN_SCOPES.iter().map(|(code, _)| i18n::scope_label(code)));
        let mut seen = std::collections::HashSet::new();
        for label in &labels {
            assert!(seen.insert(label.to_lowercase()), "{lang:?}: {label} names two things");
        }
    }
    i18n::set_language(Lang::Ru);
    assert_eq!(i18n::scope_label("in preparation"), "в проработке");
}

#[test]
fn the_russian_change_message_agrees_with_one_field_and_with_several() {
    let db = TestDb::new();
    db.ok(&["list"]);
    // The message goes to standard error, as every message does.
    let said = |args: &[&str]| {
        let output = db.cmd().args(args).output().expect("run ortaq");
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        String::from_utf8(output.stderr).expect("UTF-8")
    };
    let several = said(&[
        "--lang",
        "ru",
        "set",
        "1",
        "jobs_created=5",
        "investment=1m",
        "--source",
        "1",
    ]);
    assert!(several.contains("изменены поля: "), "{several}");
    assert!(!several.contains("изменено "), "{several}");
    let one = said(&["--lang", "ru", "set", "1", "jobs_created=6", "--source", "1"]);
    assert!(one.contains("изменено поле "), "{one}");
}

#[test]
fn every_positional_argument_is_explained_in_russian_help() {
    let db = TestDb::new();
    for (command, value) in [("note", "<ПРОЕКТ>"), ("set", "<ПРОЕКТ>"), ("history", "<ПРОЕКТ>")] {
        let help = db.ok(&["--lang", "ru", command, "--help"]);
        let line = help
            .lines()
            .find(|l| l.trim_start().starts_with(value))
            .unwrap_or_else(|| panic!("{value} not in:\n{help}"));
        assert!(line.contains("однозначная часть названия"), "{help}");
    }
}
