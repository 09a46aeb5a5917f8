//! `ortaq digest` on the command line, in every format: the sections, machine values
//! exact in JSON and CSV, hostile stored text escaped in HTML and never a formula in
//! xlsx, figures as numbers (unknown empty) read back with calamine, Russian headers.

mod common;

use calamine::{Data, Reader, Xlsx, open_workbook};
use common::TestDb;

/// An empty database with one project edited, one added with a hostile name and
/// unknown figures, and a hostile update; everything entered after `since`.
fn history() -> TestDb {
    let db = TestDb::new();
    db.ok(&[
        "--empty",
        "add",
        "--name",
        "Cement plant",
        "--investment",
        "2.6bn",
        "--status",
        "agreed",
    ]);
    db.ok(&[
        "add",
        "--name",
        "=HYPERLINK(\"http://x\",\"<b>x</b>\")",
        "--status",
        "proposed",
    ]);
    db.ok(&["set", "1", "investment=3.1bn", "status=construction"]);
    db.ok(&[
        "note",
        "1",
        "<script>alert(1)</script> frames finished",
        "--date",
        "2024-07",
    ]);
    db
}

const SINCE: &str = "2000-01-01";

#[test]
fn json_has_every_section_with_exact_values() {
    let db = history();
    let out = db.ok(&["digest", "--since", SINCE, "--format", "json", "--lang", "ru"]);
    let json: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(json["created"].as_array().map(Vec::len), Some(2));
    assert_eq!(json["portfolio"][1]["metric"], "investment");
    assert_eq!(json["portfolio"][1]["now"], 3_100_000_000_i64);
    assert_eq!(json["notes"][0]["date"], "2024-07");
    assert!(json["authors"][0]["edits"].as_i64().is_some_and(|n| n >= 4));
    // New projects' own edits are not listed as changes of an existing project.
    assert_eq!(json["status_changes"].as_array().map(Vec::len), Some(0));
}

#[test]
fn a_window_after_the_creation_shows_net_changes() {
    let db = history();
    // The history so far was entered in 2020 (times have whole seconds: a test cannot wait).
    let sql = db.sql();
    // Only this test's copy loses the guard, to date its history back.
    sql.execute("DROP TRIGGER changes_no_update", [])
        .expect("drop the guard");
    let moved = sql
        .execute("UPDATE changes SET changed_at = '2020-01-01T00:00:00Z'", [])
        .expect("move the history back");
    assert!(moved > 0);
    db.ok(&["set", "2", "status=agreed"]);
    db.ok(&["set", "2", "jobs_planned=500"]);
    db.ok(&["set", "2", "jobs_planned=700"]);
    let out = db.ok(&["digest", "--since", "2021-01-01", "--format", "csv"]);
    assert!(out.contains("portfolio,projects,2,2"), "{out}");
    // Data names a project by both its names (the Russian one empty where not known).
    assert!(
        out.contains("section,id,project,project_ru,project_deleted,from,to"),
        "{out}"
    );
    assert!(out.contains("status_changes,2,"), "{out}");
    assert!(out.contains(",proposed,agreed"), "{out}");
    assert!(out.contains("figure_changes,2,"), "{out}");
    assert!(out.contains(",jobs_planned,,700"), "{out}");
    // The hostile name is guarded against formulas in CSV.
    assert!(out.contains("'=HYPERLINK"), "{out}");
}

#[test]
fn filters_keep_the_projects_listed() {
    let db = history();
    let out = db.ok(&[
        "digest",
        "--since",
        SINCE,
        "--format",
        "json",
        "--status",
        "construction",
    ]);
    let json: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(json["created"].as_array().map(Vec::len), Some(1));
    assert_eq!(json["created"][0]["id"], 1);
}

#[test]
fn text_and_markdown_show_the_sections() {
    let db = history();
    let text = db.ok(&["digest", "--since", SINCE]);
    assert!(text.contains("What changed") && text.contains("New projects"), "{text}");
    assert!(text.contains("$3,100,000,000"), "{text}");
    let markdown = db.ok(&["digest", "--since", SINCE, "--format", "markdown", "--lang", "ru"]);
    assert!(markdown.starts_with("# Что изменилось"), "{markdown}");
    assert!(markdown.contains("## Новые проекты"), "{markdown}");
}

#[test]
fn html_escapes_stored_text() {
    let db = history();
    let html = db.ok(&["digest", "--since", SINCE, "--format", "html", "--lang", "ru"]);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(!html.contains("<script>"), "{html}");
    assert!(!html.contains("<b>x</b>"), "{html}");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "{html}");
    assert!(html.contains("<th>Проект</th>"), "{html}");
}

fn sheet(path: &std::path::Path, name: &str) -> calamine::Range<Data> {
    let mut book: Xlsx<_> = open_workbook(path).expect("an xlsx file");
    book.worksheet_range(name).expect("the sheet")
}

#[test]
fn xlsx_has_numbers_empty_unknowns_and_no_formulas() {
    let db = history();
    let file = db.dir.path().join("digest.xlsx");
    let file_text = file.display().to_string();
    db.ok(&["digest", "--since", SINCE, "--format", "xlsx", "-o", &file_text]);
    let portfolio = sheet(&file, "The portfolio, then and now");
    assert_eq!(portfolio.get((0, 0)), Some(&Data::String("Figure".into())));
    assert_eq!(portfolio.get((2, 2)), Some(&Data::Float(3_100_000_000.0)));
    let created = sheet(&file, "New projects");
    let hostile = created.get((2, 1)).cloned();
    assert_eq!(
        hostile,
        Some(Data::String("=HYPERLINK(\"http://x\",\"<b>x</b>\")".into()))
    );
    let mut book: Xlsx<_> = open_workbook(&file).expect("xlsx");
    let formulas = book.worksheet_formula("New projects").expect("formulas");
    assert!(formulas.used_cells().all(|(_, _, f)| f.is_empty()));
    // A status change to and from nothing known: no figure is written as 0.
    let figures = sheet(&file, "Figure changes");
    assert!(figures.rows().flatten().all(|cell| cell != &Data::Float(0.0)));
}

#[test]
fn xlsx_headers_are_in_russian_and_go_to_a_file_or_a_pipe() {
    let db = history();
    let file = db.dir.path().join("ru.xlsx");
    let file_text = file.display().to_string();
    db.ok(&[
        "--lang", "ru", "digest", "--since", "7d", "--format", "xlsx", "-o", &file_text,
    ]);
    let portfolio = sheet(&file, "Портфель было и стало");
    assert_eq!(portfolio.get((0, 0)), Some(&Data::String("Показатель".into())));
    // To a pipe (as over SSH, where -o is refused), the workbook itself.
    let piped = db
        .cmd()
        .args(["--lang", "ru", "digest", "--since", "7d", "--format", "xlsx"])
        .output()
        .unwrap();
    assert!(piped.status.success(), "{}", String::from_utf8_lossy(&piped.stderr));
    let file = db.dir.path().join("piped.xlsx");
    std::fs::write(&file, &piped.stdout).unwrap();
    let portfolio = sheet(&file, "Портфель было и стало");
    assert_eq!(portfolio.get((0, 0)), Some(&Data::String("Показатель".into())));
    let error = db.fails(&["digest", "--since", "yesterday-ish"]);
    assert!(error.contains("--since"), "{error}");
}

#[test]
fn list_as_xlsx_has_totals_and_cited_sources_and_html_escapes() {
    let db = TestDb::new();
    db.ok(&["list"]);
    let file = db.dir.path().join("list.xlsx");
    let file_text = file.display().to_string();
    db.ok(&["--lang", "ru", "list", "--format", "xlsx", "-o", &file_text]);
    let projects = sheet(&file, "Проекты");
    assert_eq!(projects.get((0, 1)), Some(&Data::String("Проект".into())));
    let count = db.count("SELECT count(*) FROM projects WHERE deleted_at IS NULL");
    let investment = db.count("SELECT coalesce(sum(investment), -1) FROM projects WHERE deleted_at IS NULL");
    let total_row = usize::try_from(count).expect("a count") + 1;
    assert_eq!(projects.get((total_row, 1)), Some(&Data::String("Итого".into())));
    // The Russian name has its own column after the name: investment is the 8th.
    assert_eq!(projects.get((0, 2)), Some(&Data::String("Название (рус.)".into())));
    // The seed knows no investment: the total is unknown (empty), never $0.
    assert_eq!(investment, -1, "the seed gives no project's investment");
    let total = projects.get((total_row, 7));
    assert!(matches!(total, None | Some(Data::Empty)), "{total:?}");
    // Unknown investment is an empty cell, never 0.
    let unknown = db.count("SELECT count(*) FROM projects WHERE deleted_at IS NULL AND investment IS NULL");
    let empty = (1..total_row)
        .filter(|row| matches!(projects.get((*row, 7)), None | Some(Data::Empty)))
        .count();
    assert_eq!(i64::try_from(empty).ok(), Some(unknown));
    assert!(sheet(&file, "Источники").height() > 1);
    db.ok(&["add", "--name", "<img src=x onerror=alert(1)>"]);
    let html = db.ok(&["list", "--format", "html"]);
    assert!(
        html.contains("&lt;img src=x onerror=alert(1)&gt;") && !html.contains("<img"),
        "{html}"
    );
}

#[test]
fn a_sum_of_only_unknown_figures_is_unknown_in_the_digest_never_zero() {
    let db = TestDb::new();
    db.ok(&["list"]);
    let json: serde_json::Value =
        serde_json::from_str(&db.ok(&["digest", "--since", "7d", "--format", "json"])).expect("json");
    let text = json.to_string();
    let markdown = db.ok(&["digest", "--since", "7d", "--format", "markdown"]);
    let jobs_created = markdown
        .lines()
        .find(|l| l.contains("Jobs created"))
        .expect("a row for jobs created")
        .to_string();
    assert!(
        jobs_created.contains('—') && !jobs_created.contains(" 0 "),
        "unknown is not 0: {jobs_created}\n{text}"
    );
}

#[test]
fn reported_figures_recorded_and_removed_in_the_window_are_listed_with_who() {
    let db = history();
    db.ok(&["source", "add", "--publisher", "Kazinform", "--title", "Briefing"]);
    db.ok(&[
        "indicator",
        "add",
        "--as-of",
        "осень 2025",
        "--metric",
        "jobs_created",
        "--value",
        "15000",
        "--qualifier",
        "over",
        "--source",
        "1",
    ]);
    db.ok(&["indicator", "correct", "1", "--value", "15500"]);
    let out = db.ok(&["digest", "--since", SINCE, "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    let recorded = json["figures_recorded"].as_array().expect("recorded figures");
    assert_eq!(recorded.len(), 2, "the figure and its correction: {out}");
    assert_eq!(recorded[1]["value"], 15_500);
    assert_eq!(recorded[1]["kind"], "jobs_created");
    assert_eq!(recorded[1]["qualifier"], "over");
    assert_eq!(recorded[1]["as_of"], "2025-23");
    let removed = json["figures_removed"].as_array().expect("removed figures");
    assert_eq!(removed.len(), 1);
    assert_eq!(removed[0]["value"], 15_000);
    let author = recorded[0]["author"].as_str().expect("who recorded it").to_string();
    assert!(!author.is_empty());
    let text = db.ok(&["--lang", "ru", "digest", "--since", SINCE]);
    assert!(text.contains("Внесённые официальные показатели"), "{text}");
    assert!(text.contains("более") && text.contains("осень 2025"), "{text}");
    // The correction is one write of its author's, beside their project edits.
    let edits = |json: &serde_json::Value| {
        json["authors"]
            .as_array()
            .and_then(|a| a.iter().find(|x| x["author"] == author.as_str()))
            .and_then(|x| x["edits"].as_i64())
    };
    let before = db.ok(&["digest", "--since", SINCE, "--until", "2000-01-02", "--format", "json"]);
    assert_eq!(edits(&serde_json::from_str(&before).expect("JSON")), None);
    assert_eq!(
        edits(&json),
        Some(4 + 2),
        "four project edits, a figure, its correction"
    );
}

/// A project changed in the window and deleted since was listed with its changes and
/// updates but never said to be deleted (issue 21): every format says so now, in both
/// languages.
#[test]
fn a_changed_project_deleted_since_is_said_to_be_deleted() {
    let db = history();
    let sql = db.sql();
    sql.execute("DROP TRIGGER changes_no_update", [])
        .expect("drop the guard");
    sql.execute("UPDATE changes SET changed_at = '2020-01-01T00:00:00Z'", [])
        .expect("move the history back");
    db.ok(&["set", "2", "status=agreed"]);
    db.ok(&["delete", "2"]);
    let since = ["digest", "--since", "2021-01-01"];
    let text = db.ok(&[&since[..], &["--lang", "ru"]].concat());
    let status_changes = text.split("Изменения статуса").nth(1).unwrap_or_default();
    assert!(status_changes.contains("(удалён)"), "{text}");
    let english = db.ok(&since);
    assert!(english.contains("(deleted)"), "{english}");
    let csv = db.ok(&[&since[..], &["--format", "csv"]].concat());
    assert!(
        csv.lines()
            .any(|l| l.starts_with("status_changes,2,") && l.contains(",true,")),
        "{csv}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&db.ok(&[&since[..], &["--format", "json"]].concat())).expect("JSON");
    assert_eq!(json["status_changes"][0]["project_deleted"], "true");
    let html = db.ok(&[&since[..], &["--format", "html", "--lang", "ru"]].concat());
    assert!(html.contains("(удалён)"), "{html}");
    let markdown = db.ok(&[&since[..], &["--format", "markdown"]].concat());
    assert!(markdown.contains("(deleted)"), "{markdown}");
}
