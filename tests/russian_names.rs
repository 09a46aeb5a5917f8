//! A Russian page names a project by its Russian name (issue 21, "Words"): the list as
//! HTML and xlsx, the digest in every format; data (CSV, JSON, xlsx) keeps the name and
//! the Russian name each in its column; a list sorted by name is in the order of the
//! names shown. The seed gives one project a Russian name: #6, the ICIC.

mod common;

use calamine::{Data, Reader, Xlsx, open_workbook};
use common::TestDb;

const RUSSIAN: &str = "Международный центр промышленной кооперации «Центральная Азия»";
/// The English name whole (an update's text quotes parts of it).
const ENGLISH: &str = "International Center for Industrial Cooperation \"Central Asia\"";

fn seeded() -> TestDb {
    let db = TestDb::new();
    db.ok(&["list"]);
    db
}

#[test]
fn the_list_as_html_and_xlsx_names_a_project_in_russian_on_a_russian_page() {
    let db = seeded();
    let html = db.ok(&["--lang", "ru", "list", "--format", "html"]);
    assert!(html.contains(RUSSIAN), "{html}");
    assert!(!html.contains(ENGLISH), "people read one name: {html}");
    let english = db.ok(&["list", "--format", "html"]);
    assert!(english.contains(ENGLISH) && !english.contains(RUSSIAN), "{english}");

    let file = db.dir.path().join("list.xlsx");
    db.ok(&[
        "--lang",
        "ru",
        "list",
        "--format",
        "xlsx",
        "-o",
        &file.display().to_string(),
    ]);
    let mut book: Xlsx<_> = open_workbook(&file).expect("an xlsx file");
    let range = book.worksheet_range("Проекты").expect("the projects sheet");
    let header: Vec<Data> = range.rows().next().map(<[Data]>::to_vec).unwrap_or_default();
    assert_eq!(header.get(1), Some(&Data::String("Проект".into())), "{header:?}");
    assert_eq!(
        header.get(2),
        Some(&Data::String("Название (рус.)".into())),
        "{header:?}"
    );
    let icic = range
        .rows()
        .find(|row| row.first() == Some(&Data::Float(6.0)))
        .map(<[Data]>::to_vec)
        .unwrap_or_default();
    assert!(
        matches!(icic.get(1), Some(Data::String(name)) if name == ENGLISH),
        "{icic:?}"
    );
    assert_eq!(icic.get(2), Some(&Data::String(RUSSIAN.into())), "{icic:?}");
}

#[test]
fn the_digest_names_a_project_in_russian_in_every_format() {
    let db = seeded();
    let window = ["--since", "2000-01-01"];
    for format in ["text", "markdown", "html"] {
        let out = db.ok(&[&["--lang", "ru", "digest", "--format", format][..], &window[..]].concat());
        assert!(out.contains(RUSSIAN), "{format}: {out}");
        assert!(!out.contains(ENGLISH), "{format}: one name for people: {out}");
    }
    // Data is the same in every language, and carries both names.
    let csv = db.ok(&[&["--lang", "ru", "digest", "--format", "csv"][..], &window[..]].concat());
    assert!(csv.contains("section,id,project,project_ru,"), "{csv}");
    assert!(
        csv.contains(RUSSIAN) && csv.contains("International Center for Industrial Cooperation \"\"Central Asia\"\""),
        "{csv}"
    );
    let english = db.ok(&[&["digest", "--format", "csv"][..], &window[..]].concat());
    assert_eq!(csv, english, "CSV is the same in every language");
    let json = db.ok(&[&["digest", "--format", "json"][..], &window[..]].concat());
    assert!(json.contains(&format!("\"project_ru\": \"{RUSSIAN}\"")), "{json}");
}

#[test]
fn a_list_sorted_by_name_is_in_the_order_of_the_names_shown() {
    let db = seeded();
    let ids = |lang: &str| -> Vec<String> {
        db.ok(&["--lang", lang, "list", "--sort", "name"])
            .lines()
            .skip(1)
            .filter_map(|line| line.split_whitespace().next().map(String::from))
            .collect()
    };
    let russian = ids("ru");
    // The only Cyrillic name sorts after the Latin ones; in English it is under "I".
    assert_eq!(russian.last().map(String::as_str), Some("6"), "{russian:?}");
    let english = ids("en");
    assert_ne!(english.last().map(String::as_str), Some("6"), "{english:?}");
}
