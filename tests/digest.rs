//! The digest on a hand-built history: what changed since a moment, net of undone edits,
//! values changed back, fields edited twice, a delete; the portfolio then and now; and the
//! log read through its index on the time of entry.

mod common;

use std::thread::sleep;
use std::time::Duration;

use common::TestDb;
use ortaq::domain::{EdtfDate, Field, FieldValue, NewProject};
use ortaq::store::{NewDatedNote, Store};

fn open(db: &TestDb, author: &str) -> Store {
    let mut store = Store::open(&db.path).expect("open");
    store.set_author_for_tests(author);
    store
}

fn set(store: &mut Store, reference: &str, field: Field, value: FieldValue) {
    let project = store.find_project(reference).expect("project");
    store
        .edit_project(project.id, project.version, vec![(field, value)])
        .expect("edit");
}

fn add(store: &mut Store, name: &str) -> i64 {
    let new = NewProject::new(vec![(Field::Name, FieldValue::Text(name.into()))]).expect("new project");
    store.add_project(&new).expect("add").id
}

fn note(store: &mut Store, reference: &str, text: &str) {
    let project = store.find_project(reference).expect("project");
    let date: EdtfDate = "2024-10".parse().expect("date");
    let update = NewDatedNote::new(date, text, None).expect("update");
    store.add_update(project.id, &update).expect("note");
}

/// A moment strictly between two seconds of entries (timestamps have whole seconds).
fn a_moment_between() -> String {
    sleep(Duration::from_millis(1_100));
    let moment = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string();
    sleep(Duration::from_millis(1_100));
    moment
}

#[test]
fn the_digest_is_net_of_what_was_undone_or_changed_back() {
    let db = TestDb::new();
    db.ok(&["list"]);
    let mut alice = open(&db, "alice");
    let mut bob = open(&db, "bob");
    set(&mut alice, "angren", Field::Investment, FieldValue::Integer(10_000_000));
    add(&mut alice, "Old plant");
    let since = a_moment_between();

    set(&mut alice, "angren", Field::Investment, FieldValue::Integer(12_000_000));
    set(&mut alice, "angren", Field::Investment, FieldValue::Integer(13_000_000));
    set(&mut bob, "onix", Field::Status, FieldValue::Text("suspended".into()));
    // The seed gives the Onix no status: cleared again, it is changed back.
    set(&mut bob, "onix", Field::Status, FieldValue::Null);
    set(
        &mut bob,
        "saran",
        Field::Status,
        FieldValue::Text("construction".into()),
    );
    add(&mut alice, "New plant");
    let old = bob.find_project("old plant").expect("old");
    bob.delete_project(old.id, old.version).expect("delete");
    note(&mut alice, "angren", "Second line of autoclaves launched");
    note(&mut bob, "saran", "A note bob takes back");
    bob.undo().expect("bob undoes his note");
    set(&mut alice, "saran", Field::JobsPlanned, FieldValue::Integer(500));
    alice.undo().expect("alice undoes the jobs");

    let digest = alice.digest(&since, None).expect("digest");
    let names = |refs: &[ortaq::store::ProjectRef]| refs.iter().map(|p| p.name.clone()).collect::<Vec<_>>();
    assert_eq!(names(&digest.created), ["New plant"]);
    assert_eq!(names(&digest.deleted), ["Old plant"]);
    assert!(digest.restored.is_empty());
    let figures: Vec<(String, String, Option<String>, Option<String>)> = digest
        .figure_changes
        .iter()
        .map(|c| (c.project.name.clone(), c.field.clone(), c.from.clone(), c.to.clone()))
        .collect();
    assert_eq!(
        figures,
        [(
            "Autoclaved aerated concrete production".to_string(),
            "investment".to_string(),
            Some("10000000".to_string()),
            Some("13000000".to_string())
        )],
        "two edits are one from -> to; an undone one is absent"
    );
    let statuses: Vec<(&str, Option<&str>, Option<&str>)> = digest
        .status_changes
        .iter()
        .map(|c| (c.project.name.as_str(), c.from.as_deref(), c.to.as_deref()))
        .collect();
    assert!(
        statuses.iter().all(|(name, _, _)| !name.contains("Onix")),
        "changed back: {statuses:?}"
    );
    assert!(
        statuses
            .iter()
            .any(|(name, from, to)| name.contains("appliance") && from.is_none() && *to == Some("construction"))
    );
    let notes: Vec<&str> = digest.notes.iter().map(|n| n.update.text.as_str()).collect();
    assert_eq!(notes, ["Second line of autoclaves launched"]);
    let authors: Vec<&str> = digest.authors.iter().map(|a| a.author.as_str()).collect();
    assert_eq!(authors.len(), 2, "{authors:?}");
    assert!(authors.contains(&"alice") && authors.contains(&"bob"));
    assert_eq!(digest.then.projects, 10, "9 seeded and the old plant");
    assert_eq!(digest.now.projects, 10, "the new plant in, the old plant out");
    assert_eq!(digest.then.investment, 10_000_000);
    assert_eq!(digest.now.investment, 13_000_000);
    assert_eq!(digest.then.jobs_planned_unknown, 10);
}

#[test]
fn a_window_with_an_end_leaves_out_what_came_after() {
    let db = TestDb::new();
    db.ok(&["list"]);
    let mut alice = open(&db, "alice");
    let since = a_moment_between();
    set(&mut alice, "angren", Field::Investment, FieldValue::Integer(1_000_000));
    let until = a_moment_between();
    set(&mut alice, "angren", Field::Investment, FieldValue::Integer(2_000_000));
    add(&mut alice, "Later plant");
    let digest = alice.digest(&since, Some(&until)).expect("digest");
    assert_eq!(digest.figure_changes.len(), 1);
    assert_eq!(digest.figure_changes[0].to.as_deref(), Some("1000000"));
    assert!(digest.created.is_empty(), "added after the window");
    assert_eq!(
        digest.now.investment, 1_000_000,
        "the portfolio at the end of the window"
    );
    assert_eq!(digest.now.projects, 9);
    assert_eq!(digest.then.investment, 0);
    assert_eq!(digest.then.investment_unknown, 9);
}

#[test]
fn the_digest_reads_the_index_on_the_time_of_entry() {
    let db = TestDb::new();
    db.ok(&["list"]);
    let plan: Vec<String> = db
        .sql()
        .prepare(
            "EXPLAIN QUERY PLAN SELECT edit, project_id, field, old_value, new_value, author, changed_at, update_id
               FROM changes INDEXED BY changes_by_time WHERE changed_at >= '2026-01-01' ORDER BY changed_at, id",
        )
        .expect("plan")
        .query_map([], |r| r.get::<_, String>(3))
        .expect("rows")
        .collect::<Result<_, _>>()
        .expect("collect");
    assert!(
        plan.iter()
            .any(|step| step.contains("USING INDEX changes_by_time (changed_at>?)")),
        "{plan:?}"
    );
    assert!(
        !plan.iter().any(|step| step.contains("TEMP B-TREE")),
        "no sort: {plan:?}"
    );
}
