//! Where projects stand (issue 25): latitude and longitude are set, refused, shown and
//! exported like any field; the seed's places are located; a version-6 file (before
//! locations) is upgraded with its rows kept and its schema ending as a new file's.

mod common;

use common::TestDb;

/// A database as schema version 6 left it: no location columns, no index on them, and
/// none of version 8's meetings, nor version 9's log of figures.
fn version_6() -> TestDb {
    let db = TestDb::new();
    db.ok(&["list"]);
    db.sql()
        .execute_batch(
            "DROP TABLE figure_changes; DROP TABLE commission_changes; DROP TABLE agreement_notes; DROP TABLE agreement_projects;
             DROP TABLE agreements; DROP TABLE meetings;
             DROP INDEX projects_live_located;
             ALTER TABLE projects DROP COLUMN latitude;
             ALTER TABLE projects DROP COLUMN longitude;
             UPDATE projects SET region = 'Angren (an analyst''s edit)' WHERE id = 5;
             PRAGMA user_version = 6;",
        )
        .unwrap();
    db
}

fn schema(db: &TestDb) -> Vec<String> {
    let conn = db.sql();
    let mut statement = conn
        .prepare("SELECT coalesce(sql, '') FROM sqlite_master ORDER BY name")
        .unwrap();
    statement
        .query_map([], |r| r.get::<_, String>(0))
        .unwrap()
        .map(|sql| {
            sql.unwrap()
                .chars()
                .filter(|c| !c.is_whitespace() && *c != '"')
                .collect()
        })
        .collect()
}

#[test]
fn a_version_6_database_gets_the_location_columns_and_keeps_its_rows() {
    let db = version_6();
    let shown = db.ok(&["show", "5"]);
    assert!(shown.contains("Angren (an analyst's edit)"), "{shown}");
    assert_eq!(db.count("PRAGMA user_version"), ortaq::store::SCHEMA_VERSION);
    let fresh = TestDb::new();
    fresh.ok(&["list"]);
    assert_eq!(schema(&db), schema(&fresh));
    // The upgraded rows have no location yet, and can be given one.
    assert_eq!(db.count("SELECT count(*) FROM projects WHERE latitude IS NOT NULL"), 0);
    db.ok(&["set", "5", "lat=41.02", "lon=70.14"]);
    assert!(db.ok(&["show", "5"]).contains("70.14"));
    assert!(db.ok(&["check"]).contains("integrity: ok"));
}

#[test]
fn a_location_is_set_shown_and_refused_out_of_range() {
    let db = TestDb::new();
    db.ok(&["set", "1", "latitude=53,2144", "longitude=63.6246"]);
    let shown = db.ok(&["show", "1"]);
    assert!(shown.contains("53.2144") && shown.contains("63.6246"), "{shown}");
    let shown = db.ok(&["--lang", "ru", "show", "1"]);
    assert!(shown.contains("Широта") && shown.contains("53,2144"), "{shown}");
    let said = db.fails(&["set", "1", "lat=91"]);
    assert!(said.contains("between -90 and 90"), "{said}");
    let said = db.fails(&["set", "1", "lon=181"]);
    assert!(said.contains("between -180 and 180"), "{said}");
    assert!(db.ok(&["show", "1"]).contains("53.2144"), "nothing was written");
    db.ok(&["set", "1", "lat=~53.2"]);
    assert!(db.ok(&["show", "1"]).contains("≈ 53.2 (approximate)"));
    assert!(
        db.ok(&["--lang", "ru", "show", "1"])
            .contains("≈ 53,2 (приблизительно)")
    );
}

#[test]
fn the_database_refuses_a_latitude_another_tool_writes_out_of_range() {
    let db = TestDb::new();
    db.ok(&["list"]);
    let refused = db
        .sql()
        .execute("UPDATE projects SET latitude = '123.5' WHERE id = 1", []);
    assert!(refused.is_err());
}

#[test]
fn the_seed_locates_its_towns_and_marks_the_border_site_approximate() {
    let db = TestDb::new();
    db.ok(&["list"]);
    let located = db.count("SELECT count(*) FROM projects WHERE latitude IS NOT NULL AND longitude IS NOT NULL");
    assert!(located >= 5, "{located}");
    let icic = db.count(
        "SELECT count(*) FROM projects WHERE name LIKE 'International Center%' AND latitude LIKE '%~' AND longitude LIKE '%~'",
    );
    assert_eq!(icic, 1, "the ICIC's site is marked approximate");
    // Every seeded position lies within the two countries' box.
    let outside = db.count(
        "SELECT count(*) FROM projects WHERE latitude IS NOT NULL AND NOT (
            CAST(rtrim(latitude, '~') AS REAL) BETWEEN 37 AND 56
            AND CAST(rtrim(longitude, '~') AS REAL) BETWEEN 46 AND 88)",
    );
    assert_eq!(outside, 0);
}
