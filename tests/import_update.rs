//! Corrections as edits (`import --update`, issue 23): ortaq's own workbooks (`export`
//! and `list`, in English and Russian) edited as a ministry would, read back as
//! corrections: the dry run shows exactly the edits and writes nothing, the update
//! writes exactly them as one change, and one `undo` takes it all back. Conflicts, empty
//! cells, new and ambiguous rows, and a ministry-shaped corrected workbook.

mod common;

use std::path::{Path, PathBuf};

use calamine::{Data, Reader, open_workbook_auto};
use common::TestDb;

/// A cell to write: text, a number, or nothing.
#[derive(Clone)]
enum Put {
    Text(&'static str),
    Number(f64),
    Empty,
}

/// Copies the first sheet of `from` to a new workbook at `to`, with each `(row, header,
/// value)` of `edits` written over the cell under that header (row 1 is the first under
/// the header); a row past the end is a new row.
fn edited(from: &Path, to: &Path, edits: &[(usize, &str, Put)]) {
    let mut book = open_workbook_auto(from).expect("open the workbook");
    let name = book.sheet_names()[0].clone();
    let range = book.worksheet_range(&name).expect("the first sheet");
    let rows: Vec<Vec<Data>> = range.rows().map(<[Data]>::to_vec).collect();
    let header: Vec<String> = rows[0].iter().map(ToString::to_string).collect();
    let mut out = rust_xlsxwriter::Workbook::new();
    let sheet = out.add_worksheet();
    sheet.set_name(&name).expect("sheet name");
    let last = edits
        .iter()
        .map(|(row, _, _)| *row)
        .max()
        .unwrap_or(0)
        .max(rows.len() - 1);
    for r in 0..=last {
        for (c, head) in header.iter().enumerate() {
            let edit = edits
                .iter()
                .find(|(row, h, _)| *row == r && h == head)
                .map(|(_, _, put)| put.clone());
            let cell = rows.get(r).and_then(|row| row.get(c)).cloned().unwrap_or(Data::Empty);
            let put = edit.unwrap_or(match cell {
                Data::Float(n) => Put::Number(n),
                Data::Int(n) => Put::Number(n as f64),
                Data::Empty => Put::Empty,
                other => {
                    let text: &'static str = Box::leak(other.to_string().into_boxed_str());
                    Put::Text(text)
                }
            });
            let (r, c) = (r as u32, c as u16);
            match put {
                Put::Text(text) => sheet.write_string(r, c, text).map(drop),
                Put::Number(n) => sheet.write_number(r, c, n).map(drop),
                Put::Empty => Ok(()),
            }
            .expect("write a cell");
        }
    }
    out.save(to).expect("save the workbook");
}

fn path(db: &TestDb, name: &str) -> PathBuf {
    db.dir.path().join(name)
}

fn text(path: &Path) -> String {
    path.to_str().expect("a UTF-8 path").to_string()
}

/// What `ortaq import --update` printed (standard output: the diff; standard error:
/// the rest), and whether it worked.
fn update(db: &TestDb, lang: &str, file: &Path, extra: &[&str]) -> (bool, String, String) {
    let file = text(file);
    let mut args = vec!["--lang", lang, "import", file.as_str(), "--update"];
    args.extend_from_slice(extra);
    let output = db.cmd().args(&args).output().expect("run ortaq");
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// The projects as CSV without the time of their last change (which every edit moves).
fn projects(db: &TestDb) -> Vec<String> {
    let csv = db.ok(&["export", "--format", "csv"]);
    csv.lines()
        .map(|line| line.rsplit_once(',').map_or(line, |(before, _)| before).to_string())
        .collect()
}

/// The lines of `after` that are not in `before`.
fn new_lines(before: &[String], after: &[String]) -> Vec<String> {
    after.iter().filter(|l| !before.contains(l)).cloned().collect()
}

fn value(db: &TestDb, sql: &str) -> Option<String> {
    db.sql().query_row(sql, [], |r| r.get(0)).expect(sql)
}

fn seeded() -> TestDb {
    let db = TestDb::new();
    db.ok(&["check"]);
    db
}

#[test]
fn an_edited_export_workbook_goes_back_as_exactly_its_edits_and_one_undo_takes_them_back() {
    let db = seeded();
    let exported = path(&db, "export.xlsx");
    db.ok(&["export", "--format", "xlsx", "-o", &text(&exported)]);
    // Nothing edited: nothing to change.
    let (ok, diff, said) = update(&db, "en", &exported, &["--dry-run"]);
    assert!(ok, "{said}");
    assert_eq!(diff, "", "{said}");
    // Row 1 is project #1 (the export is by id), row 2 project #2.
    let corrected = path(&db, "corrected.xlsx");
    edited(
        &exported,
        &corrected,
        &[
            (1, "status", Put::Text("operating")),
            (1, "investment", Put::Number(12_500_000.0)),
            (2, "jobs_planned", Put::Number(300.0)),
        ],
    );
    let before = projects(&db);
    let (ok, dry, said) = update(&db, "en", &corrected, &["--dry-run"]);
    assert!(ok, "{said}");
    assert_eq!(
        dry,
        "Chevrolet Onix small-scale car production (#1, sheet 1, row 2):\n  \
         status: — → operating\n  investment: — → $12,500,000\n\
         Household appliance factory (#2, sheet 1, row 3):\n  jobs_planned: — → 300\n"
    );
    assert!(said.contains("nothing was written"), "{said}");
    assert_eq!(projects(&db), before, "a dry run writes nothing");
    let (ok, stored, said) = update(&db, "en", &corrected, &[]);
    assert!(ok, "{said}");
    assert_eq!(stored, dry, "what was stored is what the dry run said");
    assert!(said.contains("updated 2 projects"), "{said}");
    let after = projects(&db);
    let changed = new_lines(&before, &after);
    assert_eq!(changed.len(), 2, "{changed:?}");
    assert!(
        changed[0].starts_with("1,") && changed[0].contains(",operating,12500000,"),
        "{changed:?}"
    );
    assert!(
        changed[1].starts_with("2,") && changed[1].contains(",300,"),
        "{changed:?}"
    );
    // Credited to the person, and one edit for both projects.
    let edits = value(
        &db,
        "SELECT count(DISTINCT edit) || '' FROM changes WHERE author <> 'seed'",
    );
    assert_eq!(edits.as_deref(), Some("1"));
    let said = db.cmd().arg("undo").output().expect("undo");
    assert!(said.status.success());
    assert_eq!(projects(&db), before, "one undo takes the whole import back");
}

#[test]
fn list_workbooks_in_english_and_russian_match_their_rows_by_name() {
    for lang in ["en", "ru"] {
        let db = seeded();
        let listed = path(&db, "list.xlsx");
        db.ok(&["--lang", lang, "list", "--format", "xlsx", "-o", &text(&listed)]);
        let (ok, diff, said) = update(&db, lang, &listed, &["--dry-run"]);
        assert!(ok && diff.is_empty(), "{lang}: {diff}{said}");
        // The list is sorted by name: row 1 is the aerated-concrete plant (#5).
        let (status, investment) = if lang == "ru" {
            ("Статус", "Инвестиции (долл. США)")
        } else {
            ("Status", "Investment (USD)")
        };
        let status_written = if lang == "ru" {
            "Реализуется"
        } else {
            "under construction"
        };
        let corrected = path(&db, "corrected.xlsx");
        edited(
            &listed,
            &corrected,
            &[
                (1, status, Put::Text(status_written)),
                (2, investment, Put::Number(217_000_000.0)),
            ],
        );
        let before = projects(&db);
        let (ok, dry, said) = update(&db, lang, &corrected, &["--dry-run"]);
        assert!(ok, "{lang}: {said}");
        let (ok, stored, said) = update(&db, lang, &corrected, &[]);
        assert!(ok, "{lang}: {said}");
        assert_eq!(stored, dry, "{lang}");
        if lang == "ru" {
            assert!(stored.contains("статус: — → строительство"), "{stored}");
            assert!(stored.contains("инвестиции: — → $217"), "{stored}");
            assert!(said.contains("нет столбца updated_at"), "{said}");
        } else {
            assert!(stored.contains("status: — → construction"), "{stored}");
            assert!(stored.contains("investment: — → $217,000,000"), "{stored}");
        }
        let changed = new_lines(&before, &projects(&db));
        assert_eq!(changed.len(), 2, "{lang}: {changed:?}");
        assert_eq!(
            value(&db, "SELECT status FROM projects WHERE id = 5").as_deref(),
            Some("construction")
        );
        assert_eq!(
            value(&db, "SELECT investment || '' FROM projects WHERE id = 1").as_deref(),
            Some("217000000")
        );
        db.ok(&["undo"]);
        assert_eq!(projects(&db), before, "{lang}: undo restores");
    }
}

#[test]
fn a_project_changed_since_the_export_is_a_conflict_until_forced_and_keeps_the_change_made_here() {
    let db = seeded();
    let exported = path(&db, "export.xlsx");
    db.ok(&["export", "--format", "xlsx", "-o", &text(&exported)]);
    // Someone changes #1 after the export (a second later, so its time differs).
    std::thread::sleep(std::time::Duration::from_millis(1100));
    db.ok(&["set", "1", "investment=7m"]);
    let corrected = path(&db, "corrected.xlsx");
    edited(&exported, &corrected, &[(1, "status", Put::Text("operating"))]);
    let (ok, diff, said) = update(&db, "en", &corrected, &["--clear-empty"]);
    assert!(ok, "{said}");
    assert!(diff.contains("was changed here since the file was written"), "{diff}");
    assert!(diff.contains("NOT applied"), "{diff}");
    assert!(
        !diff.contains("investment"),
        "the file's empty investment is the one it was written with, not a correction: {diff}"
    );
    assert!(said.contains("1 conflict not applied"), "{said}");
    assert_eq!(value(&db, "SELECT status FROM projects WHERE id = 1"), None);
    let (ok, diff, said) = update(&db, "en", &corrected, &["--force", "--clear-empty"]);
    assert!(ok, "{said}");
    assert!(diff.contains("applied over that change"), "{diff}");
    assert_eq!(
        value(&db, "SELECT status FROM projects WHERE id = 1").as_deref(),
        Some("operating")
    );
    assert_eq!(
        value(&db, "SELECT investment || '' FROM projects WHERE id = 1").as_deref(),
        Some("7000000"),
        "--force applies the file's corrections, never reverts a change made here it did not touch"
    );
}

#[test]
fn empty_cells_clear_only_when_asked_and_new_rows_are_added_only_when_asked() {
    let db = seeded();
    db.ok(&["set", "2", "investment=5m"]);
    let exported = path(&db, "export.xlsx");
    db.ok(&["export", "--format", "xlsx", "-o", &text(&exported)]);
    let rows = db.count("SELECT count(*) FROM projects");
    let new_row = usize::try_from(rows).expect("rows") + 1;
    let corrected = path(&db, "corrected.xlsx");
    edited(
        &exported,
        &corrected,
        &[
            (2, "investment", Put::Empty),
            (new_row, "name", Put::Text("Cement plant in Jizzakh")),
            (new_row, "country", Put::Text("UZ")),
        ],
    );
    let (ok, diff, said) = update(&db, "en", &corrected, &[]);
    assert!(ok, "{said}");
    assert_eq!(diff, "", "{said}");
    assert!(said.contains("row skipped (--add-new adds it"), "{said}");
    assert_eq!(
        value(&db, "SELECT investment || '' FROM projects WHERE id = 2").as_deref(),
        Some("5000000")
    );
    let (ok, diff, said) = update(&db, "en", &corrected, &["--clear-empty", "--add-new"]);
    assert!(ok, "{said}");
    assert!(diff.contains("investment: $5,000,000 → —"), "{diff}");
    assert!(diff.contains("Cement plant in Jizzakh (#"), "{diff}");
    assert!(diff.contains("a new project"), "{diff}");
    assert_eq!(value(&db, "SELECT investment FROM projects WHERE id = 2"), None);
    assert_eq!(db.count("SELECT count(*) FROM projects"), rows + 1);
    db.ok(&["undo"]);
    assert_eq!(
        value(&db, "SELECT investment || '' FROM projects WHERE id = 2").as_deref(),
        Some("5000000")
    );
    assert_eq!(
        db.count("SELECT count(*) FROM projects WHERE deleted_at IS NULL"),
        rows,
        "the new project is taken back with the rest"
    );
}

#[test]
fn a_name_that_reads_as_two_projects_is_reported_with_both_never_guessed() {
    let db = seeded();
    db.ok(&["add", "--name", "Cement plant"]);
    db.ok(&["add", "--name", "CEMENT  plant"]);
    let csv = path(&db, "fix.csv");
    std::fs::write(&csv, "name,jobs_planned\nCement plant,120\n").expect("write");
    let (ok, diff, said) = update(&db, "en", &csv, &[]);
    assert!(ok, "{said}");
    assert_eq!(diff, "");
    assert!(said.contains("reads as the name of 2 projects"), "{said}");
    // A source for figures when no figure changes is said, not silently dropped.
    let (ok, _, said) = update(&db, "en", &csv, &["--source", "1"]);
    assert!(ok, "{said}");
    assert!(
        said.contains("--source was given, but the file changes no figure"),
        "{said}"
    );
    assert_eq!(
        db.count("SELECT count(*) FROM projects WHERE jobs_planned IS NOT NULL AND name LIKE '%ement%'"),
        0
    );
}

fn ministry(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/import_files/ministry")
        .join(name)
}

#[test]
fn a_ministrys_corrected_workbook_in_russian_is_applied_by_name() {
    let db = seeded();
    let file = ministry("corrections_ru.xlsx");
    let (ok, dry, said) = update(&db, "ru", &file, &["--dry-run"]);
    assert!(ok, "{said}");
    // «Сhevrolet» with a Cyrillic С is the seed's Chevrolet; «Реализуется» is under
    // construction; millions by the header's unit.
    assert!(
        dry.contains("Chevrolet Onix small-scale car production (#1, лист 1, строка 5):"),
        "{dry}"
    );
    assert!(dry.contains("статус: — → строительство"), "{dry}");
    assert!(dry.contains("Household appliance factory (#2"), "{dry}");
    assert!(said.contains("«Итого»"), "{said}");
    assert!(said.contains("Несуществующий завод"), "{said}");
    let (ok, stored, said) = update(&db, "ru", &file, &[]);
    assert!(ok, "{said}");
    assert_eq!(stored, dry);
    assert_eq!(
        value(&db, "SELECT status FROM projects WHERE id = 1").as_deref(),
        Some("construction")
    );
    assert_eq!(
        value(&db, "SELECT investment || '' FROM projects WHERE id = 2").as_deref(),
        Some("12500000")
    );
}

#[test]
fn a_month_shown_by_its_cell_is_no_correction_when_read_again() {
    let db = TestDb::new();
    let file = ministry("month_dates.xlsx");
    db.ok(&["import", "--empty", &text(&file)]);
    // The month typed by hand, as an analyst would (the day read before was replaced).
    db.ok(&["set", "1", "completed=12.2026"]);
    // «12.2026» shown by an `mmm.yy` cell was stored as the month; read again, it is
    // the month still, never «12.2026 → 01.12.2026».
    let (ok, dry, said) = update(&db, "ru", &file, &["--dry-run"]);
    assert!(ok, "{said}");
    assert_eq!(dry, "", "nothing to change: {said}");
    assert_eq!(
        value(&db, "SELECT completed FROM projects WHERE name = 'Завод «Месяц»'").as_deref(),
        Some("2026-12")
    );
}

#[test]
fn a_sector_imported_in_russian_is_no_correction_when_read_again() {
    let db = TestDb::new();
    let file = ministry("title_totals.xlsx");
    db.ok(&["import", "--empty", &text(&file)]);
    // «Текстиль» is stored as the sector's code, as `set` stores it, so the same file
    // read again changes nothing (never «отрасль: текстиль → текстиль»).
    let (ok, dry, said) = update(&db, "ru", &file, &["--dry-run"]);
    assert!(ok, "{said}");
    assert_eq!(dry, "", "nothing to change: {said}");
    assert_eq!(
        value(
            &db,
            "SELECT sector FROM projects WHERE name = 'Текстильная фабрика «Образец»'"
        )
        .as_deref(),
        Some("textiles")
    );
}

/// A figure changed beside its own source cell keeps that source (a review: changing only
/// a status in an export cleared its status_source, the cell being the same as stored);
/// and a file with nothing to change says so, never "one change undo takes back".
#[test]
fn a_changed_figure_keeps_the_source_its_row_gives_and_nothing_to_change_is_said() {
    let db = seeded();
    let (id, source): (i64, i64) = db
        .sql()
        .query_row(
            "SELECT id, status_source_id FROM projects WHERE status_source_id IS NOT NULL AND status <> 'operating' ORDER BY id LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .expect("a seeded project with a status and its source");
    let export = path(&db, "export.xlsx");
    db.ok(&["export", "--format", "xlsx", "-o", &text(&export)]);
    let corrected = path(&db, "corrected.xlsx");
    let row = usize::try_from(id).expect("an id");
    edited(&export, &corrected, &[(row, "status", Put::Text("operating"))]);
    let (ok, diff, said) = update(&db, "en", &corrected, &[]);
    assert!(ok, "{said}");
    assert!(diff.contains("operating") && !diff.contains("status_source"), "{diff}");
    let stored = value(
        &db,
        &format!("SELECT status || ' ' || status_source_id FROM projects WHERE id = {id}"),
    );
    assert_eq!(stored, Some(format!("operating {source}")));
    // The same file again: nothing to change, and the last change stays the undo's.
    let (ok, _, said) = update(&db, "en", &corrected, &["--force"]);
    assert!(ok && said.contains("nothing written from"), "{said}");
    assert!(!said.contains("ortaq undo"), "{said}");
}
