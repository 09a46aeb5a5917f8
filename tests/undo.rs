//! Undo and redo: read from the audit log, audited themselves, and never overwriting
//! another user's later change.

mod common;

use common::TestDb;
use ortaq::domain::{EdtfDate, Field, FieldValue};
use ortaq::store::{NewDatedNote, Store};

fn investment(store: &Store, id: i64) -> Option<i64> {
    store.project(id).unwrap().investment.map(|m| m.dollars())
}

fn set_investment(store: &mut Store, id: i64, dollars: i64) {
    let version = store.project(id).unwrap().version;
    store
        .edit_project(id, version, vec![(Field::Investment, FieldValue::Integer(dollars))])
        .unwrap();
}

fn user(db: &TestDb, name: &str) -> Store {
    let mut store = Store::open(&db.path).unwrap();
    store.set_author_for_tests(name);
    store
}

#[test]
fn undo_and_redo_in_sequence() {
    let db = TestDb::new();
    let mut alia = user(&db, "alia");
    set_investment(&mut alia, 5, 100);
    set_investment(&mut alia, 5, 200);
    alia.undo().unwrap();
    assert_eq!(investment(&alia, 5), Some(100));
    alia.undo().unwrap();
    assert_eq!(investment(&alia, 5), None);
    assert!(alia.undo().unwrap_err().to_string().contains("no change left to undo"));
    alia.redo().unwrap();
    assert_eq!(investment(&alia, 5), Some(100));
    alia.redo().unwrap();
    assert_eq!(investment(&alia, 5), Some(200));
    assert!(alia.redo().unwrap_err().to_string().contains("nothing to redo"));
    // Undo of a redo, then a new change clears what could be redone.
    alia.undo().unwrap();
    assert_eq!(investment(&alia, 5), Some(100));
    set_investment(&mut alia, 5, 300);
    assert!(alia.redo().is_err());
    // Every undo and redo is in the audit log, as itself.
    let history = alia.history(5).unwrap();
    assert_eq!(history.iter().filter(|c| c.field == "investment").count(), 8);
    assert_eq!(alia.check().unwrap().integrity, ["ok"]);
}

#[test]
fn undo_works_across_restarts_through_the_command_line() {
    let db = TestDb::new();
    db.ok(&["set", "angren", "investment=12.5m"]);
    db.ok(&["set", "angren", "status=operating"]);
    let output = db.cmd().arg("undo").output().unwrap();
    assert!(String::from_utf8_lossy(&output.stderr).contains("status: operating -> —"));
    db.ok(&["undo"]);
    assert!(db.ok(&["show", "angren"]).contains("Investment (USD)  —"));
    db.ok(&["redo"]);
    assert!(db.ok(&["show", "angren"]).contains("$12,500,000"));
    let history = db.ok(&["history", "angren"]);
    assert!(history.contains("investment: — -> 12500000"), "{history}");
}

#[test]
fn undo_refuses_to_overwrite_another_users_later_change() {
    let db = TestDb::new();
    let mut alia = user(&db, "alia");
    let mut bekzod = user(&db, "bekzod");
    set_investment(&mut alia, 5, 100);
    set_investment(&mut bekzod, 5, 999);
    let error = alia.undo().unwrap_err().to_string();
    assert!(error.contains("changed by bekzod"), "{error}");
    assert_eq!(investment(&alia, 5), Some(999), "bekzod's value stands");
    // A change to another field does not block the undo.
    let mut alia2 = user(&db, "alia");
    let v = alia2.project(1).unwrap().version;
    alia2
        .edit_project(1, v, vec![(Field::JobsPlanned, FieldValue::Integer(10))])
        .unwrap();
    let v = bekzod.project(1).unwrap().version;
    bekzod
        .edit_project(1, v, vec![(Field::Region, FieldValue::Text("Kostanay".into()))])
        .unwrap();
    alia2.undo().unwrap();
    assert_eq!(alia2.project(1).unwrap().jobs_planned, None);
    assert_eq!(alia2.project(1).unwrap().region.as_deref(), Some("Kostanay"));
}

#[test]
fn undo_of_a_delete_restores_and_undo_of_a_note_removes_it() {
    let db = TestDb::new();
    let mut alia = user(&db, "alia");
    let v = alia.project(5).unwrap().version;
    alia.delete_project(5, v).unwrap();
    alia.undo().unwrap();
    assert!(alia.project(5).unwrap().deleted_at.is_none());
    let date: EdtfDate = "2025".parse().unwrap();
    alia.add_update(5, &NewDatedNote::new(date, "Kiln delivered", None).unwrap())
        .unwrap();
    assert_eq!(alia.updates(5).unwrap().len(), 1);
    alia.undo().unwrap();
    assert!(alia.updates(5).unwrap().is_empty());
    alia.redo().unwrap();
    assert_eq!(alia.updates(5).unwrap()[0].text, "Kiln delivered");
}

#[test]
fn undo_of_adding_a_project_deletes_it_unless_others_worked_on_it() {
    let db = TestDb::new();
    let mut alia = user(&db, "alia");
    let new = ortaq::domain::NewProject::new(vec![(Field::Name, FieldValue::Text("Cement plant".into()))]).unwrap();
    let added = alia.add_project(&new).unwrap();
    alia.undo().unwrap();
    assert!(alia.project(added.id).unwrap().deleted_at.is_some());
    alia.redo().unwrap();
    assert!(alia.project(added.id).unwrap().deleted_at.is_none());

    let other = alia.add_project(&new).unwrap();
    let mut bekzod = user(&db, "bekzod");
    bekzod
        .edit_project(
            other.id,
            other.version,
            vec![(Field::Region, FieldValue::Text("Navoi".into()))],
        )
        .unwrap();
    assert!(alia.undo().unwrap_err().to_string().contains("bekzod changed it"));
    assert!(alia.project(other.id).unwrap().deleted_at.is_none());
}

/// Undo got stuck on a change someone else changed since: every undo was refused and the
/// user's earlier changes could never be taken back. A skip steps past it (recorded in
/// the audit log), the next undo takes the change before, and redo does not bring the
/// skipped change back.
#[test]
fn undo_steps_past_a_change_it_cannot_take_back() {
    let db = TestDb::new();
    let mut alia = user(&db, "alia");
    let mut bekzod = user(&db, "bekzod");
    let v = alia.project(1).unwrap().version;
    alia.edit_project(1, v, vec![(Field::JobsPlanned, FieldValue::Integer(10))])
        .unwrap();
    set_investment(&mut alia, 5, 100);
    let refused = alia.skip_undo().unwrap_err();
    assert!(refused.to_string().contains("can be undone"), "{refused}");
    set_investment(&mut bekzod, 5, 999);
    let stuck = alia.undo().unwrap_err();
    assert!(stuck.is_undo_stuck(), "{stuck}");
    let Some(ortaq::store::NextUndo::Project(named)) = alia.next_to_undo().unwrap() else {
        panic!("a project's change is next to undo");
    };
    assert_eq!((named[0].project_id, named[0].field.as_str()), (5, "investment"));
    let skipped = alia.skip_undo().unwrap();
    assert_eq!(skipped.changes[0].new_value.as_deref(), Some("100"));
    assert!(skipped.why.is_undo_stuck());
    assert_eq!(investment(&alia, 5), Some(999), "a skip writes no value");
    alia.undo().unwrap();
    assert_eq!(
        alia.project(1).unwrap().jobs_planned,
        None,
        "the change before is undone"
    );
    alia.redo().unwrap();
    assert_eq!(alia.project(1).unwrap().jobs_planned, Some(10));
    assert!(alia.redo().is_err(), "the skipped change is not redone");
    assert_eq!(investment(&alia, 5), Some(999));
    let skip = alia.history(5).unwrap().into_iter().find(|c| c.field == "skipped");
    assert_eq!(skip.map(|c| c.author), Some("alia".to_string()), "recorded");
    assert_eq!(alia.check().unwrap().integrity, ["ok"]);
}

/// Through the command line, in Russian: the refusal names the change and the way past
/// it; `undo --skip` says what it stepped past.
#[test]
fn undo_skip_through_the_command_line() {
    let db = TestDb::new();
    db.ok(&["set", "angren", "investment=12.5m"]);
    db.ok(&["set", "angren", "status=operating"]);
    let mut bekzod = user(&db, "bekzod");
    let v = bekzod.project(5).unwrap().version;
    bekzod
        .edit_project(5, v, vec![(Field::Status, FieldValue::Text("suspended".into()))])
        .unwrap();
    let refused = db.fails(&["--lang", "ru", "undo"]);
    assert!(refused.contains("отменить нельзя"), "{refused}");
    assert!(refused.contains("Это ваше изменение от"), "{refused}");
    assert!(refused.contains("ortaq undo --skip"), "{refused}");
    let output = db.cmd().args(["--lang", "ru", "undo", "--skip"]).output().unwrap();
    assert!(output.status.success());
    let skipped = String::from_utf8_lossy(&output.stderr);
    assert!(skipped.contains("пропущено ваше изменение"), "{skipped}");
    db.ok(&["undo"]);
    assert!(db.ok(&["show", "angren"]).contains("Investment (USD)  —"));
    let history = db.ok(&["--lang", "ru", "history", "angren"]);
    assert!(
        history.contains("отмена пропустила более раннее изменение"),
        "{history}"
    );
}

/// `undo` and `redo` said only `№6: широта: 41.2 → 41.14`: the project by its number and
/// the numbers with a point on a Russian screen (issue 21). They name the project as the
/// language speaks it and write its values the language's way; so does the refusal of an
/// undo that is stuck.
#[test]
fn undo_and_redo_name_the_project_and_write_numbers_as_the_language_does() {
    let db = TestDb::new();
    db.ok(&["set", "6", "lat=41.14", "investment=70.14m"]);
    db.ok(&["set", "6", "lat=41.2", "investment=70.2m"]);
    let said = |args: &[&str]| {
        let output = db.cmd().args(args).output().unwrap();
        assert!(output.status.success(), "{output:?}");
        String::from_utf8(output.stderr).unwrap()
    };
    let undone = said(&["--lang", "ru", "undo"]);
    assert!(
        undone.contains("отменено: №6 «Международный центр промышленной кооперации «Центральная Азия»»:"),
        "{undone}"
    );
    assert!(undone.contains("широта: 41,2 → 41,14"), "{undone}");
    let spaced = undone.replace(['\u{a0}', '\u{202f}'], " ");
    assert!(spaced.contains("$70 200 000 → $70 140 000"), "{undone}");
    let redone = said(&["redo"]);
    assert!(
        redone.contains("redone: #6 International Center for Industrial Cooperation \"Central Asia\": "),
        "{redone}"
    );
    assert!(redone.contains("latitude: 41.14 -> 41.2"), "{redone}");
    let mut bekzod = user(&db, "bekzod");
    let v = bekzod.project(6).unwrap().version;
    bekzod
        .edit_project(6, v, vec![(Field::Investment, FieldValue::Integer(1))])
        .unwrap();
    let refused = db.fails(&["--lang", "ru", "undo"]);
    assert!(refused.contains("широта: 41,14 → 41,2"), "{refused}");
}
