//! The summary and the export as Excel and HTML, and spreadsheets imported: figures as
//! numbers read back with calamine (unknown empty, totals right), Russian headers,
//! hostile stored text escaped in HTML, and an import that is all or nothing.

mod common;

use calamine::{Data, Reader, Xlsx, open_workbook};
use common::TestDb;

/// An empty database: two agreed projects (one without an investment figure), one
/// proposed with no figures and a hostile sector, and a reported portfolio figure.
fn portfolio() -> TestDb {
    let db = TestDb::new();
    db.ok(&[
        "--empty",
        "add",
        "--name",
        "Cement plant",
        "--investment",
        "2.6bn",
        "--jobs-planned",
        "1200",
        "--status",
        "agreed",
        "--sector",
        "cement",
    ]);
    db.ok(&[
        "add",
        "--name",
        "Glass works",
        "--status",
        "agreed",
        "--jobs-planned",
        "300",
    ]);
    db.ok(&[
        "add",
        "--name",
        "Textile park",
        "--status",
        "proposed",
        "--sector",
        "<b>textile</b>",
    ]);
    db.ok(&[
        "source",
        "add",
        "--publisher",
        "Ministry <of> Industry",
        "--title",
        "Portfolio review",
    ]);
    db.ok(&[
        "indicator",
        "add",
        "--as-of",
        "2024-07",
        "--metric",
        "investment",
        "--value",
        "5.2bn",
        "--source",
        "1",
    ]);
    db
}

fn sheet(path: &std::path::Path, name: &str) -> calamine::Range<Data> {
    let mut book: Xlsx<_> = open_workbook(path).expect("an xlsx file");
    book.worksheet_range(name).expect("the sheet")
}

/// The row whose first cell is `label`.
fn row_of(range: &calamine::Range<Data>, label: &str) -> Vec<Data> {
    range
        .rows()
        .find(|row| row.first() == Some(&Data::String(label.into())))
        .map(<[Data]>::to_vec)
        .unwrap_or_else(|| panic!("no row {label:?} in {range:?}"))
}

#[test]
fn summary_as_xlsx_has_numbers_totals_and_empty_unknowns() {
    let db = portfolio();
    let file = db.dir.path().join("summary.xlsx");
    let file_text = file.display().to_string();
    db.ok(&["summary", "--format", "xlsx", "-o", &file_text]);
    let groups = sheet(&file, "Totals by group");
    assert_eq!(groups.get((0, 0)), Some(&Data::String("Status".into())));
    let agreed = row_of(&groups, "agreed");
    assert_eq!(agreed.get(1), Some(&Data::Float(2.0)));
    assert_eq!(agreed.get(2), Some(&Data::Float(2_600_000_000.0)));
    assert_eq!(agreed.get(3), Some(&Data::Float(1.0)));
    assert_eq!(agreed.get(4), Some(&Data::Float(1500.0)));
    // No project of the group has the figure: an empty cell, never 0.
    let proposed = row_of(&groups, "proposed");
    assert!(matches!(proposed.get(2), None | Some(Data::Empty)), "{proposed:?}");
    assert!(matches!(proposed.get(4), None | Some(Data::Empty)), "{proposed:?}");
    let total = row_of(&groups, "Total");
    assert_eq!(total.get(1), Some(&Data::Float(3.0)));
    assert_eq!(total.get(2), Some(&Data::Float(2_600_000_000.0)));
    assert_eq!(total.get(3), Some(&Data::Float(2.0)));
    assert_eq!(total.get(4), Some(&Data::Float(1500.0)));
    let comparison = sheet(&file, "Tracked vs reported");
    let investment = row_of(&comparison, "Investment");
    assert_eq!(investment.get(1), Some(&Data::Float(2_600_000_000.0)));
    assert_eq!(investment.get(3), Some(&Data::Float(5_200_000_000.0)));
    assert_eq!(investment.get(4), Some(&Data::String("50.0%".into())));
    let sources = sheet(&file, "Sources");
    assert_eq!(
        sources.get((1, 1)),
        Some(&Data::String("Ministry <of> Industry".into()))
    );
}

#[test]
fn summary_in_russian_and_as_html_escapes_stored_text() {
    let db = portfolio();
    let file = db.dir.path().join("svodka.xlsx");
    let file_text = file.display().to_string();
    db.ok(&["--lang", "ru", "summary", "--format", "xlsx", "-o", &file_text]);
    let groups = sheet(&file, "Итоги по группам");
    assert_eq!(groups.get((0, 0)), Some(&Data::String("Статус".into())));
    assert!(
        groups
            .rows()
            .any(|row| row.first() == Some(&Data::String("Итого".into())))
    );
    let error = db.fails(&["summary", "--format", "xlsx"]);
    assert!(error.contains("-o FILE"), "{error}");
    let html = db.ok(&["--lang", "ru", "summary", "--by", "sector", "--format", "html"]);
    assert!(html.starts_with("<!DOCTYPE html>"), "{html}");
    assert!(
        html.contains("&lt;b&gt;textile&lt;/b&gt;") && !html.contains("<b>"),
        "{html}"
    );
    assert!(html.contains("Ministry &lt;of&gt; Industry"), "{html}");
    assert!(html.contains("<th>Отрасль</th>"), "{html}");
}
