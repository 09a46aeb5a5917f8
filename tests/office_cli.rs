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
    // Coverage is a number Excel formats as a percent (a sum or a sort works on it).
    assert_eq!(investment.get(4), Some(&Data::Float(0.5)));
    // The filter covers the groups, not the totals row under them (a sort keeps it last).
    let xml = part(&file, "xl/worksheets/sheet1.xml");
    let last_group_row = groups.height() - 1;
    assert!(
        xml.contains(&format!(":F{last_group_row}\"/>")) && xml.contains("<autoFilter ref=\"A1:"),
        "{xml}"
    );
    let sources = sheet(&file, "Sources");
    assert_eq!(
        sources.get((1, 1)),
        Some(&Data::String("Ministry <of> Industry".into()))
    );
}

/// A part of a workbook (a zip), as text.
fn part(file: &std::path::Path, name: &str) -> String {
    let bytes = std::fs::read(file).expect("the workbook");
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
    let mut xml = String::new();
    std::io::Read::read_to_string(&mut archive.by_name(name).expect("the part"), &mut xml).expect("text");
    xml
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
    // Without -o, to a pipe (as over SSH): the workbook itself, a zip file.
    let piped = db
        .cmd()
        .args(["summary", "--format", "xlsx"])
        .output()
        .expect("run ortaq");
    assert!(
        piped.status.success() && piped.stdout.starts_with(b"PK\x03\x04"),
        "{piped:?}"
    );
    let html = db.ok(&["--lang", "ru", "summary", "--by", "sector", "--format", "html"]);
    assert!(html.starts_with("<!DOCTYPE html>"), "{html}");
    assert!(
        html.contains("&lt;b&gt;textile&lt;/b&gt;") && !html.contains("<b>"),
        "{html}"
    );
    assert!(html.contains("Ministry &lt;of&gt; Industry"), "{html}");
    assert!(html.contains("<th>Отрасль</th>"), "{html}");
    // The groups drawn as bars beside their table, named for screen readers; the
    // stored sector name inside the picture is escaped as in the table.
    assert!(html.contains("<svg role=\"img\" aria-label=\"Проекты\""), "{html}");
    let picture = &html[html.find("<svg").expect("a chart")..html.find("</svg>").expect("its end")];
    assert!(picture.contains("&lt;b&gt;textile&lt;/b&gt;"), "{picture}");
}

#[test]
fn export_as_xlsx_has_exact_values_and_the_sources_and_imports_back() {
    let db = portfolio();
    db.ok(&["set", "1", "source=Portfolio review", "started=2024-07"]);
    // A name that looks like a guarded formula in CSV is text in a workbook: kept whole.
    db.ok(&["add", "--name", "'+7 plant"]);
    let file = db.dir.path().join("export.xlsx");
    let file_text = file.display().to_string();
    // Without -o, to a pipe (as over SSH): the workbook itself, a zip file.
    let piped = db
        .cmd()
        .args(["export", "--format", "xlsx"])
        .output()
        .expect("run ortaq");
    assert!(
        piped.status.success() && piped.stdout.starts_with(b"PK\x03\x04"),
        "{piped:?}"
    );
    db.ok(&["--lang", "ru", "export", "--format", "xlsx", "-o", &file_text]);
    let projects = sheet(&file, "Проекты");
    // The export's own column names, in every language: the file imports back.
    assert_eq!(projects.get((0, 1)), Some(&Data::String("name".into())));
    let cement = row_of_name(&projects, "Cement plant");
    let column = |name: &str| {
        projects
            .rows()
            .next()
            .and_then(|h| h.iter().position(|c| c == &Data::String(name.into())))
            .unwrap_or_else(|| panic!("no column {name}"))
    };
    assert_eq!(cement.get(column("investment")), Some(&Data::Float(2_600_000_000.0)));
    assert_eq!(cement.get(column("jobs_planned")), Some(&Data::Float(1200.0)));
    assert_eq!(cement.get(column("status")), Some(&Data::String("agreed".into())));
    assert_eq!(cement.get(column("started")), Some(&Data::String("2024-07".into())));
    assert_eq!(
        cement.get(column("source")),
        Some(&Data::String("Portfolio review".into()))
    );
    let glass = row_of_name(&projects, "Glass works");
    assert!(
        matches!(glass.get(column("investment")), None | Some(Data::Empty)),
        "{glass:?}"
    );
    let sources = sheet(&file, "Источники");
    assert_eq!(sources.get((1, 2)), Some(&Data::String("Portfolio review".into())));
    // Back into a database that has the source: the same values.
    db.ok(&["delete", "1"]);
    db.ok(&["import", &file_text, "--allow-duplicates"]);
    let sql = db.sql();
    let (investment, started, status): (i64, String, String) = sql
        .query_row(
            "SELECT investment, started, status FROM projects WHERE name = 'Cement plant' AND deleted_at IS NULL",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .expect("the project imported back");
    assert_eq!(
        (investment, started.as_str(), status.as_str()),
        (2_600_000_000, "2024-07", "agreed")
    );
    assert_eq!(db.count("SELECT count(*) FROM projects WHERE name = '''+7 plant'"), 2);
}

/// The row whose second cell (the name) is `name`.
fn row_of_name(range: &calamine::Range<Data>, name: &str) -> Vec<Data> {
    range
        .rows()
        .find(|row| row.get(1) == Some(&Data::String(name.into())))
        .map(<[Data]>::to_vec)
        .unwrap_or_else(|| panic!("no project {name:?}"))
}

/// A workbook as a ministry might send it: headers in any case, then `rows`.
fn workbook(path: &std::path::Path, rows: &[(&str, f64, &str)]) {
    use rust_xlsxwriter::Workbook;
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Проекты").expect("a sheet name");
    for (col, header) in ["Name", "Investment", "Status"].iter().enumerate() {
        sheet.write_string(0, col as u16, *header).expect("a header");
    }
    for (i, (name, investment, status)) in rows.iter().enumerate() {
        let row = i as u32 + 1;
        sheet.write_string(row, 0, *name).expect("a name");
        sheet.write_number(row, 1, *investment).expect("a number");
        sheet.write_string(row, 2, *status).expect("a status");
    }
    book.save(path).expect("the workbook saved");
}

#[test]
fn a_workbook_with_a_bad_row_is_refused_whole_and_a_good_one_imported() {
    let db = portfolio();
    let before = db.ok(&["export"]);
    let bad = db.dir.path().join("bad.xlsx");
    workbook(
        &bad,
        &[
            ("Steel mill", 450_000_000.0, "agreed"),
            ("Copper smelter", -5.0, "dreaming"),
        ],
    );
    let error = db.fails(&["import", bad.to_str().expect("a path")]);
    assert!(error.contains("sheet 1, row 3, column B"), "{error}");
    assert!(error.contains("sheet 1, row 3, column C"), "{error}");
    assert!(error.contains("nothing was imported"), "{error}");
    assert_eq!(db.ok(&["export"]), before, "nothing was written");
    let error = db.fails(&["--lang", "ru", "import", bad.to_str().expect("a path")]);
    assert!(error.contains("лист 1, строка 3, столбец C"), "{error}");
    let good = db.dir.path().join("good.xlsx");
    workbook(
        &good,
        &[
            ("Steel mill", 450_000_000.0, "agreed"),
            ("Copper smelter", 1.5e9, "proposed"),
        ],
    );
    db.ok(&["import", good.to_str().expect("a path")]);
    assert_eq!(
        db.count("SELECT investment FROM projects WHERE name = 'Copper smelter'"),
        1_500_000_000
    );
    assert_eq!(
        db.count("SELECT count(*) FROM projects WHERE name = 'Steel mill' AND status = 'agreed'"),
        1
    );
}

#[test]
fn the_trend_is_written_as_xlsx_and_html_and_to_the_file_named() {
    let db = portfolio();
    db.ok(&[
        "indicator",
        "add",
        "--as-of",
        "2025-03",
        "--metric",
        "jobs-planned",
        "--value",
        "14600",
        "--qualifier",
        "up to",
        "--source",
        "1",
    ]);
    let file = db.dir.path().join("trend.xlsx");
    let file_text = file.display().to_string();
    db.ok(&["summary", "--trend", "--format", "xlsx", "-o", &file_text]);
    let trend = sheet(&file, "Reported portfolio figures");
    // As of, source, then one column per kind reported, then how it was said.
    assert_eq!(trend.get((0, 1)), Some(&Data::String("Source".into())));
    assert_eq!(trend.get((0, 3)), Some(&Data::String("Jobs planned".into())));
    assert_eq!(trend.get((1, 2)), Some(&Data::Float(5_200_000_000.0)));
    assert!(matches!(trend.get((1, 3)), None | Some(Data::Empty)));
    assert_eq!(trend.get((2, 3)), Some(&Data::Float(14_600.0)));
    assert_eq!(trend.get((2, 4)), Some(&Data::String("Jobs planned: up to".into())));
    // A month stays text as people write it; the first day it stands for is a real date
    // (the chart's time axis reads it).
    assert_eq!(trend.get((1, 0)), Some(&Data::String("2024-07".into())));
    assert_eq!(
        trend.get((0, 5)),
        Some(&Data::String("From (first day the date stands for)".into()))
    );
    assert!(
        matches!(trend.get((1, 5)), Some(Data::DateTime(day)) if day.as_datetime().map(|d| d.date().to_string()) == Some("2024-07-01".into())),
        "{:?}",
        trend.get((1, 5))
    );
    assert!(
        matches!(trend.get((2, 1)), Some(Data::String(source)) if source.starts_with("#1 Ministry")),
        "{trend:?}"
    );
    db.ok(&[
        "indicator",
        "add",
        "--as-of",
        "2025-06",
        "--metric",
        "investment",
        "--value",
        "6000000000",
        "--source",
        "1",
    ]);
    let html = db.ok(&["summary", "--trend", "--format", "html"]);
    assert!(html.contains("Ministry &lt;of&gt; Industry"), "{html}");
    assert!(
        html.contains("<figcaption>Investment (USD)</figcaption>"),
        "the investment reported twice is drawn as a line: {html}"
    );
    assert!(
        !html.contains("<figcaption>Jobs planned</figcaption>"),
        "jobs planned, reported once, is no line: {html}"
    );
    // Text goes to the file -o names, not to standard output.
    let text_file = db.dir.path().join("trend.txt");
    let shown = db.ok(&["summary", "--trend", "-o", text_file.to_str().expect("a path")]);
    assert!(shown.is_empty(), "{shown}");
    let written = std::fs::read_to_string(&text_file).expect("the file written");
    assert!(written.contains("2025"), "{written}");
}

/// Workbooks saved by LibreOffice (from `tests/import_files/*.ods`): one imports with its
/// values, one with a bad row is refused whole with sheet, row and column.
#[test]
fn an_ods_from_libreoffice_imports_all_or_nothing() {
    let files = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/import_files");
    let db = TestDb::new();
    db.ok(&["--empty", "list"]);
    let bad = files.join("libreoffice_bad_row.ods");
    let error = db.fails(&["import", bad.to_str().expect("path")]);
    assert!(error.contains("sheet 1, row 3, column C"), "{error}");
    assert_eq!(db.count("SELECT count(*) FROM projects"), 0, "nothing was imported");
    let good = files.join("libreoffice_good.ods");
    let output = db
        .cmd()
        .args(["import", good.to_str().expect("path")])
        .output()
        .expect("import");
    assert!(output.status.success());
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(said.contains("read as ods"), "{said}");
    assert_eq!(
        db.count("SELECT investment FROM projects WHERE name = 'Ods plant one'"),
        12_500_000
    );
    assert_eq!(
        db.count("SELECT jobs_planned FROM projects WHERE name = 'Ods plant two'"),
        1_600
    );
}

#[test]
fn a_workbook_naming_sources_the_database_lacks_says_what_to_do() {
    let seeded = TestDb::new();
    let book = seeded.dir.path().join("all.xlsx");
    seeded.ok(&["export", "--format", "xlsx", "-o", book.to_str().expect("a path")]);
    let empty = TestDb::new();
    let said = empty.fails(&["--empty", "import", book.to_str().expect("a path")]);
    assert!(
        said.contains("names each source by its title") && said.contains("export --format json"),
        "{said}"
    );
    assert_eq!(empty.count("SELECT count(*) FROM projects"), 0);
}
