//! Workbooks as ministries send them (`tests/import_files/ministry/`, made by its
//! `make.py` with openpyxl and LibreOffice, described in its README), each run through
//! the real `ortaq import` on a new database: what was stored or refused, and what was
//! said, in English and in Russian (issue 23).

mod common;

use std::path::PathBuf;

use common::TestDb;

fn ministry(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/import_files/ministry")
        .join(name)
        .to_str()
        .expect("a UTF-8 path")
        .to_string()
}

/// What `ortaq import` said (standard error and output together) and whether it worked.
fn import(db: &TestDb, lang: &str, file: &str, extra: &[&str]) -> (bool, String) {
    let path = ministry(file);
    let mut args = vec!["--lang", lang, "import", "--empty", path.as_str()];
    args.extend_from_slice(extra);
    let output = db.cmd().args(&args).output().expect("run ortaq");
    let said = String::from_utf8_lossy(&output.stderr).into_owned() + &String::from_utf8_lossy(&output.stdout);
    (output.status.success(), said)
}

fn accepted(file: &str, extra: &[&str]) -> (TestDb, String) {
    let db = TestDb::new();
    let (ok, said) = import(&db, "en", file, extra);
    assert!(ok, "{file} refused: {said}");
    (db, said)
}

fn refused(lang: &str, file: &str, extra: &[&str]) -> String {
    let db = TestDb::new();
    let (ok, said) = import(&db, lang, file, extra);
    assert!(!ok, "{file} accepted: {said}");
    assert_eq!(
        db.count("SELECT count(*) FROM projects"),
        0,
        "nothing written from {file}"
    );
    said
}

fn number(db: &TestDb, query: &str) -> Option<i64> {
    db.sql().query_row(query, [], |r| r.get(0)).expect(query)
}

fn text(db: &TestDb, query: &str) -> String {
    db.sql().query_row(query, [], |r| r.get(0)).expect(query)
}

fn names(db: &TestDb) -> Vec<String> {
    let conn = db.sql();
    let mut statement = conn.prepare("SELECT name FROM projects ORDER BY id").expect("names");
    statement
        .query_map([], |r| r.get(0))
        .and_then(|rows| rows.collect())
        .expect("names")
}

#[test]
fn a_title_a_totals_row_and_a_notes_column_are_read_past_and_said() {
    for file in ["title_totals.xlsx", "title_totals.ods"] {
        let (db, said) = accepted(file, &[]);
        assert_eq!(names(&db).len(), 4, "{file}: the totals row is no project: {said}");
        let of = |name: &str, field: &str| number(&db, &format!("SELECT {field} FROM projects WHERE name = '{name}'"));
        assert_eq!(
            of("Завод стеклянной тары «Пример»", "investment"),
            Some(12_500_000),
            "млн applied"
        );
        assert_eq!(of("Химический комплекс «Тест»", "investment"), Some(3_400_000_000));
        assert_eq!(
            of("Логистический центр «Проба»", "investment"),
            None,
            "unknown stays empty"
        );
        assert_eq!(of("Текстильная фабрика «Образец»", "jobs_planned"), Some(1200));
        let statuses = text(
            &db,
            "SELECT group_concat(status || ':' || country, ' ') FROM projects ORDER BY id",
        );
        assert_eq!(
            statuses, "construction:KZ operating:UZ proposed:KZ construction:KZ+UZ",
            "{file}: Реализуется, Функционирует, Проработка; Республика ..., Казахстан и Узбекистан"
        );
        // Sectors named in Russian are stored as their codes, as `set` stores them.
        assert_eq!(
            text(
                &db,
                "SELECT sector || '/' || (SELECT sector FROM projects WHERE id = 2) FROM projects WHERE id = 1"
            ),
            "construction materials/textiles",
            "{file}: «Стройматериалы», «Текстиль»"
        );
        assert!(said.contains("row 9: a totals row (\"Итого\") was read past"), "{said}");
        assert!(
            said.contains("column 8 \"Примечание\" holds notes, not a field; it was left out"),
            "{said}"
        );
        assert!(said.contains("sheet 1 \"Проекты\""), "the sheet read is named: {said}");
    }
    let db = TestDb::new();
    let (ok, said) = import(&db, "ru", "title_totals.xlsx", &[]);
    assert!(ok, "{said}");
    assert!(said.contains("строка итогов («Итого») пропущена"), "{said}");
    assert!(said.contains("столбец 8 «Примечание» содержит примечания"), "{said}");
    assert!(said.contains("лист 1 «Проекты»"), "{said}");
}

#[test]
fn a_russian_excel_csv_with_a_title_above_its_header_is_read() {
    let (db, said) = accepted("title_cp1251.csv", &[]);
    assert_eq!(names(&db).len(), 4, "{said}");
    assert_eq!(
        text(
            &db,
            "SELECT group_concat(coalesce(investment, '-'), ' ') FROM projects ORDER BY id"
        ),
        "12500000 217000000 3400000000 -"
    );
    assert!(said.contains("line 4: column 8 \"Примечание\" holds notes"), "{said}");
    assert!(
        said.contains("line 9: a totals row (\"Итого\") was read past"),
        "{said}"
    );
    assert!(said.contains("windows-1251, ';'-separated"), "{said}");
}

#[test]
fn a_two_level_header_reads_planned_and_created_jobs() {
    let (db, said) = accepted("two_level_header.xlsx", &[]);
    assert_eq!(names(&db).len(), 2, "{said}");
    let first = "FROM projects WHERE name = 'Завод стеклянной тары «Пример»'";
    assert_eq!(number(&db, &format!("SELECT jobs_planned {first}")), Some(300));
    assert_eq!(number(&db, &format!("SELECT jobs_created {first}")), Some(120));
    assert_eq!(number(&db, &format!("SELECT investment {first}")), Some(12_500_000));
    assert!(said.contains("a totals row (\"Всего\") was read past"), "{said}");
}

#[test]
fn a_hidden_sheet_is_read_only_when_named() {
    for file in ["hidden_first_sheet.xlsx", "hidden_first_sheet.ods"] {
        let (db, said) = accepted(file, &[]);
        assert_eq!(names(&db).len(), 4, "{file}: {said}");
        assert!(!names(&db).contains(&"Устаревший проект".to_string()));
        assert!(said.contains("sheet 2 \"Проекты\""), "{file}: {said}");
        let (db, said) = accepted(file, &["--sheet", "Старое"]);
        assert_eq!(names(&db), ["Устаревший проект"], "{file}: {said}");
        assert!(said.contains("sheet 1 \"Старое\""), "{file}: {said}");
    }
}

#[test]
fn several_sheets_of_projects_are_refused_with_their_names_until_one_is_chosen() {
    let said = refused("en", "two_year_sheets.xlsx", &[]);
    assert!(
        said.contains(
            "several sheets hold a table of projects: \"2023\", \"2024\"; say which one to read with --sheet NAME"
        ),
        "{said}"
    );
    let said = refused("ru", "two_year_sheets.xlsx", &[]);
    assert!(
        said.contains("таблица проектов есть на нескольких листах: «2023», «2024»"),
        "{said}"
    );
    let (db, said) = accepted("two_year_sheets.xlsx", &["--sheet", "2024"]);
    assert_eq!(names(&db).len(), 4, "{said}");
    assert!(said.contains("sheet 2 \"2024\""), "{said}");
    let said = refused("en", "two_year_sheets.xlsx", &["--sheet", "2025"]);
    assert!(
        said.contains("the workbook has no sheet \"2025\"; its sheets are \"2023\", \"2024\""),
        "{said}"
    );
}

#[test]
fn formulas_saved_without_results_are_refused_naming_their_cells() {
    let said = refused("en", "formulas_without_results.xlsx", &[]);
    assert!(
        said.contains("sheet 1, row 2, column C: the formula \"=12500000\" was saved without its result"),
        "{said}"
    );
    assert!(
        said.contains("row 3, column C: the formula \"=200000000+17000000\""),
        "{said}"
    );
    let said = refused("ru", "formulas_without_results.xlsx", &[]);
    assert!(said.contains("формула «=12500000» сохранена без результата"), "{said}");
}

#[test]
fn small_figures_without_a_unit_are_refused_as_millions_until_a_unit_is_given() {
    let said = refused("en", "millions_without_unit.xlsx", &[]);
    assert!(
        said.contains(
            "column 3 \"Инвестиции\" gives no unit, and every figure in it is below 100,000 (the largest is 3400)"
        ),
        "{said}"
    );
    assert!(said.contains("--unit millions"), "{said}");
    assert!(
        said.contains("row 2, column C: investment: the amount must be in whole dollars"),
        "12.5: {said}"
    );
    assert!(said.contains("2 problems"), "{said}");
    let said = refused("ru", "millions_without_unit.xlsx", &[]);
    assert!(said.contains("Это миллионы?"), "{said}");
    let (db, _) = accepted("millions_without_unit.xlsx", &["--unit", "millions"]);
    assert_eq!(
        text(&db, "SELECT group_concat(investment, ' ') FROM projects ORDER BY id"),
        "12500000 217000000 3400000000"
    );
}

#[test]
fn every_unknown_header_is_named_at_once_with_the_nearest_field() {
    let said = refused("en", "unknown_headers.xlsx", &[]);
    assert!(said.contains("3 problems"), "{said}");
    assert!(
        said.contains(
            "sheet 1, row 4, column A: column 1 \"Наименвание проекта\" is not a field ortaq knows; did you mean name?"
        ),
        "below the title: {said}"
    );
    assert!(
        said.contains("column 3 \"Ответственный орган\" is not a field"),
        "{said}"
    );
    assert!(
        said.contains("column 4 \"Отросль\" is not a field ortaq knows; did you mean sector?"),
        "{said}"
    );
    assert!(!said.contains("Примечание"), "a notes column is no problem: {said}");
    let said = refused("ru", "unknown_headers.xlsx", &[]);
    assert!(said.contains("может быть, имелось в виду «отрасль»?"), "{said}");
    assert!(
        !said.contains("sector ("),
        "no English code in the hint on a Russian screen: {said}"
    );
}

#[test]
fn english_headers_with_units_notes_and_a_total_are_read_from_csv() {
    let (db, said) = accepted("english_headers.csv", &[]);
    assert_eq!(names(&db), ["Glass container plant", "Textile mill"], "{said}");
    assert_eq!(
        text(
            &db,
            "SELECT group_concat(investment || ':' || country || ':' || status, ' ') FROM projects ORDER BY id"
        ),
        "12500000:KZ:operating 217000000:KZ+UZ:construction"
    );
    assert!(
        said.contains("line 4: a totals row (\"Total\") was read past"),
        "{said}"
    );
    assert!(said.contains("column 7 \"Notes\" holds notes"), "{said}");
}

#[test]
fn lookalike_letters_do_not_pass_the_duplicate_check() {
    let db = TestDb::new();
    db.ok(&["list"]);
    let path = ministry("lookalike_names.csv");
    let said = db.fails(&["import", path.as_str()]);
    assert!(
        said.contains("2 projects already in the database or twice in the file"),
        "{said}"
    );
    assert!(said.contains("\u{0421}hevr\u{043e}let Onix"), "{said}");
    assert!(said.contains("Шымкент\u{2011}Текстиль"), "{said}");
}

#[test]
fn a_short_mac_cyrillic_csv_keeps_its_capitals() {
    let (db, said) = accepted("mac_cyrillic.csv", &[]);
    assert_eq!(names(&db), ["Завод"], "{said}");
    assert!(said.contains("x-mac-cyrillic"), "{said}");
}

#[test]
fn a_password_and_a_csv_named_xlsx_are_said_as_such() {
    let said = refused("en", "password.xlsx", &[]);
    assert!(said.contains("the workbook is protected by a password"), "{said}");
    let said = refused("ru", "password.xlsx", &[]);
    assert!(said.contains("книга защищена паролем"), "{said}");
    let said = refused("en", "csv_named.xlsx", &[]);
    assert!(
        said.contains("the file is text (a CSV file?), not a workbook"),
        "{said}"
    );
    assert!(said.contains("--format csv"), "{said}");
    let said = refused("ru", "csv_named.xlsx", &[]);
    assert!(said.contains("это текстовый файл (CSV?), а не книга"), "{said}");
    let (db, _) = accepted("csv_named.xlsx", &["--format", "csv"]);
    assert_eq!(names(&db), ["Завод стеклянной тары"]);
}

#[test]
fn a_stray_far_cell_is_refused_at_its_place() {
    let said = refused("en", "stray_far_cell.xlsx", &[]);
    assert!(said.contains("row 1048576, column XFD"), "{said}");
}

#[test]
fn a_date_shown_as_a_month_or_a_year_is_stored_as_that_month_or_year() {
    let (db, said) = accepted("month_dates.xlsx", &[]);
    let dates = text(
        &db,
        "SELECT group_concat(started || '/' || completed, ' ') FROM (SELECT * FROM projects ORDER BY id)",
    );
    assert_eq!(
        dates, "2025-03/2026-12 2025/2027 2024-07-12/2026-05",
        "what each cell shows (MM.YYYY, YYYY, dd.mm.yyyy; mmm.yy, mmmm yyyy): {said}"
    );
}

#[test]
fn a_period_of_implementation_is_refused_naming_start_and_completion() {
    let said = refused("ru", "period_header.xlsx", &[]);
    assert!(
        said.contains(
            "столбец 3 «Срок реализации» — срок, а это может быть начало, завершение или и то и другое; \
             ortaq не угадывает: назовите столбец «начало» или «завершение» либо разделите его на два"
        ),
        "{said}"
    );
    assert!(!said.contains("страна") && !said.contains("country"), "{said}");
    let said = refused("en", "period_header.xlsx", &[]);
    assert!(
        said.contains("column 3 \"Срок реализации\" gives a period, which may be the start, the completion or both"),
        "{said}"
    );
    assert!(said.contains("name the column started or completed"), "{said}");
}
