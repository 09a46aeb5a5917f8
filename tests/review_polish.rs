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
    assert!(russian.contains("не менее 14\u{a0}000") || russian.contains("не менее 14 000"), "{russian}");
    assert!(!russian.contains("более"), "{russian}");
}
