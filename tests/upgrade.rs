//! Databases written by older ortaq versions, opened by this one: every value they hold
//! is kept, the old seed's rows are corrected, and the schema ends exactly as a new
//! file's. `tests/fixtures/version4.sqlite` was written by the release binary of schema
//! version 4 (commit e7a40fb): the seed, plus an analyst's source, figures and updates
//! with partial dates (`2024-07`, `2023`, `2024-05-17`, `2024-10-03`, an 'over' jobs figure).

mod common;

use std::collections::BTreeMap;

use common::TestDb;

const VERSION_4: &str = "tests/fixtures/version4.sqlite";

fn from_version_4() -> TestDb {
    let db = TestDb::new();
    std::fs::copy(VERSION_4, &db.path).expect("copy the version 4 fixture");
    db
}

/// The schema as SQLite holds it, object by object, whitespace and quotes aside (SQLite
/// appends a column added by ALTER TABLE in its own spacing).
fn schema_of(db: &TestDb) -> Vec<(String, String)> {
    let conn = db.sql();
    let mut statement = conn
        .prepare("SELECT name, coalesce(sql, '') FROM sqlite_master ORDER BY name")
        .unwrap();
    statement
        .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
        .unwrap()
        .map(|row| {
            let (name, sql) = row.unwrap();
            (name, sql.chars().filter(|c| !c.is_whitespace() && *c != '"').collect())
        })
        .collect()
}

fn fresh_schema() -> Vec<(String, String)> {
    let fresh = TestDb::new();
    fresh.ok(&["list"]);
    schema_of(&fresh)
}

/// Every date of a source, an update and a reported figure, with the row's source.
fn dates(db: &TestDb) -> BTreeMap<(String, i64), (String, Option<i64>)> {
    let conn = db.sql();
    let mut all = BTreeMap::new();
    for (table, query) in [
        ("sources", "SELECT id, coalesce(published, ''), id FROM sources"),
        ("updates", "SELECT id, date, source_id FROM updates"),
        ("indicators", "SELECT id, as_of, source_id FROM indicators"),
    ] {
        let mut statement = conn.prepare(query).unwrap();
        let rows = statement
            .query_map([], |r| {
                Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, Option<i64>>(2)?))
            })
            .unwrap();
        for row in rows {
            let (id, date, source) = row.unwrap();
            all.insert((table.to_string(), id), (date, source));
        }
    }
    all
}

/// The seed as `seed/portfolio.json` has it now.
fn seed() -> serde_json::Value {
    serde_json::from_str(include_str!("../seed/portfolio.json")).unwrap()
}

/// The old seed's five sources were written first, in the seed's order.
fn seed_source_key(id: i64) -> Option<String> {
    let seed = seed();
    let index = usize::try_from(id - 1).ok()?;
    seed["sources"][index]["key"].as_str().map(str::to_string)
}

#[test]
fn a_version_4_database_keeps_every_date_and_gets_the_seed_reread() {
    let db = from_version_4();
    let before = dates(&db);
    let listed = db.ok(&["list"]);
    assert!(listed.contains("Chevrolet Onix"), "{listed}");
    assert_eq!(db.count("PRAGMA user_version"), ortaq::store::SCHEMA_VERSION);
    assert_eq!(schema_of(&db), fresh_schema());
    let after = dates(&db);
    assert!(before.keys().all(|key| after.contains_key(key)), "no row lost");
    // Added: the ICIC's five updates as re-read (the old ones removed, kept as rows) and
    // the 7 trade contracts and their value.
    assert_eq!(after.len(), before.len() + 5 + 2);
    let seed = seed();
    let mut corrected = 0;
    for (key, (old_date, _)) in &before {
        let (date, source) = &after[key];
        let from_seed_source = source.and_then(seed_source_key);
        // The analyst's rows (source 6 or none) keep exactly what they held.
        let Some(seed_key) = from_seed_source else {
            assert_eq!(date, old_date, "{key:?}");
            continue;
        };
        let seed_source = seed["sources"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["key"] == seed_key.as_str())
            .unwrap();
        let expected_dates: Vec<&str> = match key.0.as_str() {
            "sources" => vec![seed_source["published"].as_str().unwrap()],
            "updates" => seed["projects"]
                .as_array()
                .unwrap()
                .iter()
                .flat_map(|p| p["updates"].as_array().cloned().unwrap_or_default())
                .filter(|u| u["source"] == seed_key.as_str())
                .map(|u| u["date"].as_str().unwrap().to_string())
                .map(|d| &*d.leak())
                .collect(),
            _ => seed["indicators"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|i| i["source"] == seed_key.as_str())
                .map(|i| i["as_of"].as_str().unwrap())
                .collect(),
        };
        assert!(
            expected_dates.contains(&date.as_str()),
            "{key:?}: {date} not in {expected_dates:?}"
        );
        corrected += usize::from(date != old_date);
    }
    assert!(corrected > 0, "the seed's dates were corrected");
    // What the articles support (seed/README.md gives the lines): 000 after August 2024,
    // 003 early 2024, 004 after August 2025 and before the Khiva meeting it announces.
    let published = |id: i64| -> String {
        db.sql()
            .query_row("SELECT published FROM sources WHERE id = ?1", [id], |r| r.get(0))
            .unwrap()
    };
    assert_eq!(published(1), "2024-09/..");
    assert_eq!(published(4), "2024-37");
    assert_eq!(published(5), "2025-09/2025-10-22");
    assert_eq!(published(6), "2024-10", "the analyst's source is untouched");
    let trend = db.ok(&["summary", "--trend"]);
    let at = |text: &str| trend.find(text).unwrap_or_else(|| panic!("{text} in {trend}"));
    assert!(
        at("early 2024") < at("2024-07-12") && at("2024-07-12") < at("not before 2024-09"),
        "{trend}"
    );
    // Jobs figures now say what kind they are; the analyst's keeps its unrecorded kind.
    assert_eq!(db.count("SELECT count(*) FROM indicators WHERE metric = 'jobs'"), 1);
    assert_eq!(
        db.count("SELECT count(*) FROM indicators WHERE metric = 'jobs_created'"),
        4
    );
    assert_eq!(
        db.count("SELECT count(*) FROM indicators WHERE metric = 'jobs_planned'"),
        2
    );
    assert_eq!(db.count("SELECT count(*) FROM indicators WHERE qualifier = 'over'"), 3);
    assert_eq!(db.count("SELECT count(*) FROM indicators WHERE qualifier IS NULL"), 0);
    assert!(db.ok(&["check"]).contains("integrity: ok"));
    // The analyst's one edit is as it was, and Angren, which they edited, keeps the old
    // seed's words; the projects nobody touched say what the articles say, by an edit
    // credited to the seed, which the history shows.
    assert_eq!(db.count("SELECT count(*) FROM changes WHERE field = 'investment'"), 1);
    let region = |id: i64| -> String {
        db.sql()
            .query_row("SELECT region FROM projects WHERE id = ?1", [id], |r| r.get(0))
            .unwrap()
    };
    assert_eq!(region(5), "Angren, Tashkent region");
    assert_eq!(region(1), "Kostanay, [Kostanay region]");
    assert_eq!(
        db.count("SELECT count(*) FROM projects WHERE status = 'operating'"),
        0,
        "the Onix"
    );
    assert_eq!(
        db.count("SELECT count(*) FROM projects WHERE status = 'proposed'"),
        2,
        "the railways"
    );
    assert_eq!(
        db.count("SELECT source_id FROM projects WHERE id = 6"),
        1,
        "the ICIC's description is 000's"
    );
    assert_eq!(db.count("SELECT status_source_id FROM projects WHERE id = 6"), 5);
    let history = db.ok(&["history", "1"]);
    assert!(history.contains("seed  status: operating -> —"), "{history}");
    let icic = db.ok(&["show", "6"]);
    assert!(!icic.contains("focused on the launch of practical work"), "{icic}");
    assert!(
        icic.contains("Ministry says 15,000 jobs"),
        "the analyst's update stays: {icic}"
    );
    assert_eq!(
        db.count("SELECT count(*) FROM indicators WHERE metric LIKE 'trade_contracts%'"),
        2
    );
    // A second opening changes nothing more.
    let changes = db.count("SELECT count(*) FROM changes");
    db.ok(&["list"]);
    assert_eq!(db.count("SELECT count(*) FROM changes"), changes);
}

#[test]
fn a_version_2_database_keeps_every_date() {
    let db = from_version_4();
    // Version 2 had no index on the time of entry, no people, access log or settings.
    db.sql()
        .execute_batch(
            "DROP INDEX changes_by_time; DROP TABLE people; DROP TABLE access_log; DROP TABLE settings;
             PRAGMA user_version = 2;",
        )
        .unwrap();
    let before = dates(&db);
    db.ok(&["access", "log"]);
    assert_eq!(db.count("PRAGMA user_version"), ortaq::store::SCHEMA_VERSION);
    assert_eq!(schema_of(&db), fresh_schema());
    let after = dates(&db);
    for (key, (date, source)) in &after {
        if source.and_then(seed_source_key).is_none() {
            assert_eq!(date, &before[key].0, "{key:?}");
        }
    }
    let shown = db.ok(&["show", "onix"]);
    for kept in ["2023", "2024-05-17"] {
        assert!(shown.contains(kept), "{kept} in {shown}");
    }
    assert!(db.ok(&["check"]).contains("integrity: ok"));
}

#[test]
fn a_version_1_database_is_upgraded_to_the_schema_a_new_one_gets() {
    let db = from_version_4();
    // Version 1 had no search index: take it away.
    db.sql()
        .execute_batch(
            "DROP INDEX projects_live_figures;
             DROP INDEX projects_live_status;
             CREATE INDEX projects_live_status ON projects (status, id) WHERE deleted_at IS NULL;
             DROP TRIGGER project_search_insert; DROP TRIGGER project_search_update;
             DROP TRIGGER project_search_delete; DROP TABLE project_search;
             DROP INDEX changes_by_time;
             DROP TABLE people; DROP TABLE access_log; DROP TABLE settings; PRAGMA user_version = 1;",
        )
        .unwrap();
    let listed = db.ok(&["list", "--search", "aerated"]);
    assert!(listed.contains("Autoclaved aerated concrete production"), "{listed}");
    assert_eq!(db.count("PRAGMA user_version"), ortaq::store::SCHEMA_VERSION);
    assert_eq!(schema_of(&db), fresh_schema());
    assert!(db.ok(&["check"]).contains("integrity: ok"));
}

#[test]
fn an_upgrade_that_meets_a_broken_reference_changes_nothing() {
    let db = from_version_4();
    // A figure naming a source that is not there: written with foreign keys off.
    let conn = db.sql();
    conn.execute_batch("PRAGMA foreign_keys = OFF; UPDATE indicators SET source_id = 99 WHERE id = 22;")
        .unwrap();
    drop(conn);
    let before = common::checksum(&db.path);
    let said = db.fails(&["list"]);
    assert!(
        said.contains("cannot upgrade this file: a row refers to rows that are not there"),
        "{said}"
    );
    let said = db.fails(&["--lang", "ru", "list"]);
    assert!(said.contains("обновить этот файл нельзя"), "{said}");
    assert_eq!(db.count("PRAGMA user_version"), 4);
    assert_eq!(common::checksum(&db.path), before, "the file is as it was");
}
