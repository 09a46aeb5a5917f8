//! A corpus of files as they arrive from ministries (`tests/import_files/`, described in
//! its README), each run through `ortaq import`: accepted with the right values, or
//! refused with a sentence that names the cause, and then nothing written (the export
//! before and after is the same).

mod common;

use std::path::PathBuf;

use common::TestDb;

fn corpus(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/import_files")
        .join(name)
}

/// Imports a corpus file into a new seeded database, which must accept it.
fn accepted(name: &str) -> TestDb {
    let db = TestDb::new();
    db.ok(&["list"]);
    db.ok(&["import", corpus(name).to_str().unwrap()]);
    db
}

fn text(db: &TestDb, query: &str) -> String {
    db.sql().query_row(query, [], |r| r.get(0)).expect(query)
}

#[test]
fn russian_excel_with_semicolons_and_windows_1251_is_read() {
    let db = accepted("russian_excel_cp1251.csv");
    assert_eq!(
        db.count("SELECT count(*) FROM projects"),
        11,
        "two rows; empty rows skipped"
    );
    let plant = "FROM projects WHERE name = 'Завод газобетона'";
    assert_eq!(db.count(&format!("SELECT investment {plant}")), 12_500_000);
    assert_eq!(db.count(&format!("SELECT jobs_planned {plant}")), 14_600);
    assert_eq!(
        text(&db, &format!("SELECT region {plant}")),
        "Ангрен, Ташкентская область"
    );
    assert_eq!(text(&db, &format!("SELECT status {plant}")), "construction");
    assert_eq!(
        db.count(&format!("SELECT source_id {plant}")),
        2,
        "the source by its title"
    );
    let sewing = "FROM projects WHERE name = 'Швейная фабрика «Туркестан»'";
    assert_eq!(db.count(&format!("SELECT investment {sewing}")), 3_400_000_000);
}

#[test]
fn utf16_and_utf8_byte_order_marks_are_read() {
    let db = accepted("utf16le_bom_tabs.csv");
    let cluster = "FROM projects WHERE name = 'Текстильный кластер'";
    assert_eq!(db.count(&format!("SELECT jobs_created {cluster}")), 4_800);
    assert_eq!(text(&db, &format!("SELECT country {cluster}")), "KZ+UZ");
    let db = accepted("utf16be_bom.csv");
    assert_eq!(
        db.count("SELECT investment FROM projects WHERE name = 'Cement works'"),
        217_000_000
    );
    let db = accepted("utf8_bom.csv");
    assert_eq!(
        text(&db, "SELECT region FROM projects WHERE name = 'Appliance plant'"),
        "Сарань"
    );
    let db = accepted("utf8_bom.json");
    assert_eq!(
        db.count("SELECT investment FROM projects WHERE name = 'Glass works'"),
        1_200_000
    );
}

#[test]
fn guarded_cells_read_back_to_the_stored_value() {
    let db = accepted("formula_guarded.csv");
    assert_eq!(text(&db, "SELECT partners FROM projects WHERE id = 10"), "'Ltd");
    assert_eq!(
        text(&db, "SELECT name FROM projects WHERE id = 10"),
        "=HYPERLINK(\"http://x\")"
    );
    assert_eq!(
        text(&db, "SELECT sector FROM projects WHERE id = 10"),
        "'Uzbek-Kazakh' JV"
    );
}

#[test]
fn bad_files_are_refused_with_the_cause_and_nothing_is_written() {
    let cases: [(&str, &[&str]); 13] = [
        ("empty.csv", &["the file is empty"]),
        ("header_only.csv", &["a header but no rows"]),
        ("bom_only.csv", &["only a UTF-8 byte-order mark"]),
        ("embedded_newline.csv", &["line 5: investment: \"lots\""]),
        (
            "long_line.csv",
            &["line 3: a value of 100,000 bytes is too long: one cell may hold at most 64 KiB"],
        ),
        ("binary_garbage.csv", &["binary data"]),
        (
            "spreadsheet.xlsx",
            &["cannot read it as a spreadsheet (xlsx, xls or ods)"],
        ),
        ("trailing_commas.json", &["not valid JSON: trailing comma at line 2"]),
        (
            "bom_not_utf8.csv",
            &["byte-order mark says UTF-8, but it is not valid UTF-8"],
        ),
        ("undecodable.csv", &["cannot be decoded cleanly", "save it as UTF-8"]),
        (
            "unknown_header.csv",
            &["line 1: column 2 \"Budget\" is not a field", "jobs_planned"],
        ),
        ("utf16_no_bom.csv", &["UTF-16 text without a byte-order mark"]),
        ("crlf_line_numbers.csv", &["line 4: investment", "line 6: started"]),
    ];
    let db = TestDb::new();
    db.ok(&["list"]);
    let before = db.ok(&["export"]);
    for (name, words) in cases {
        let error = db.fails(&["import", corpus(name).to_str().unwrap()]);
        for word in words {
            assert!(error.contains(word), "{name}: {word:?} not in {error}");
        }
        assert!(error.contains("nothing was imported"), "{name}: {error}");
        assert!(!error.contains("line 0"), "{name}: {error}");
    }
    assert_eq!(db.ok(&["export"]), before, "nothing was written");
}

#[test]
fn the_same_projects_twice_are_refused_unless_asked_for() {
    let db = TestDb::new();
    db.ok(&["list"]);
    let file = db.dir.path().join("twice.csv");
    std::fs::write(
        &file,
        "name\nNew plant\nnew PLANT\nautoclaved aerated concrete production\n",
    )
    .unwrap();
    let before = db.ok(&["export"]);
    let error = db.fails(&["import", file.to_str().unwrap()]);
    assert!(
        error.contains("2 projects already in the database or twice in the file"),
        "{error}"
    );
    assert!(
        error.contains("\"new PLANT\"") && error.contains("\"autoclaved aerated"),
        "{error}"
    );
    assert_eq!(db.ok(&["export"]), before);
    db.ok(&["import", "--allow-duplicates", file.to_str().unwrap()]);
    assert_eq!(db.count("SELECT count(*) FROM projects"), 12);
}

#[test]
fn export_import_export_is_the_same_portfolio() {
    let db = TestDb::new();
    db.ok(&["set", "angren", "investment=12.5m", "status=construction"]);
    db.ok(&[
        "note",
        "angren",
        "Frames of eight buildings finished",
        "--date",
        "2024-07",
        "--source",
        "uza",
    ]);
    db.ok(&["note", "angren", "Second note, same month", "--date", "2024-07"]);
    let file = db.dir.path().join("all.json");
    db.ok(&["export", "-o", file.to_str().unwrap()]);
    let copy = TestDb::new();
    copy.ok(&["--empty", "import", file.to_str().unwrap()]);
    let strip = |json: &str| {
        let mut value: serde_json::Value = serde_json::from_str(json).unwrap();
        for project in value["projects"].as_array_mut().unwrap() {
            let project = project.as_object_mut().unwrap();
            for key in ["id", "created_at", "updated_at"] {
                project.remove(key);
            }
            for update in project["updates"].as_array_mut().unwrap() {
                update.as_object_mut().unwrap().remove("created_at");
            }
        }
        value
    };
    let original = strip(&std::fs::read_to_string(&file).unwrap());
    assert_eq!(strip(&copy.ok(&["export"])), original);
    assert_eq!(original["projects"][4]["updates"].as_array().unwrap().len(), 2);
    assert_eq!(
        copy.ok(&["summary", "--format", "csv"]),
        db.ok(&["summary", "--format", "csv"])
    );
    // A second import of the same document into the copy changes nothing.
    let before = copy.ok(&["export"]);
    let error = copy.fails(&["import", file.to_str().unwrap()]);
    assert!(error.contains("--allow-duplicates"), "{error}");
    assert_eq!(copy.ok(&["export"]), before);
}
