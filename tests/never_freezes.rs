//! The interface never freezes: a write that finds another user's lock waits without
//! holding up the keys (fed invented outcomes, and against a real lock on the file),
//! and the footer's count gives way to a key.

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use common::TestDb;
use common::tui::Harness;
use ortaq::domain::{Field, FieldValue};
use ortaq::store::{OpenOptions, ProjectQuery, Store};
use ortaq::tui::app::{Column, Effect, Outcome, Overlay, WRITE_ATTEMPTS};
use ortaq::tui::effects;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

/// Angren's concrete plant, the first row of the seed, has no investment figure.
const ANGREN: i64 = 5;

fn investment_of(h: &Harness, id: i64) -> Option<i64> {
    h.store.project(id).unwrap().investment.map(|m| m.dollars())
}

/// How many audit rows set the project's investment.
fn investment_edits(h: &Harness, id: i64) -> usize {
    let history = h.store.history(id).unwrap();
    history.iter().filter(|c| c.field == "investment").count()
}

fn press(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

/// Opens an input on Angren's investment and types `value`.
fn type_investment(h: &mut Harness, value: &str) {
    while h.app.table.column() != Column::Investment {
        h.key(KeyCode::Char('l'));
    }
    h.key(KeyCode::Enter);
    h.keys(value);
}

/// Presses Enter on the open input without running what it asks for: the save.
fn enter_without_running(h: &mut Harness) -> Effect {
    let mut effects = h.app.handle_event(&press(KeyCode::Enter));
    assert_eq!(effects.len(), 1, "{effects:?}");
    effects.remove(0)
}

fn input_value(h: &Harness) -> String {
    match &h.app.overlay {
        Some(Overlay::Edit(edit)) => edit.input.value().to_string(),
        other => panic!("no input open: {other:?}"),
    }
}

#[test]
fn a_busy_save_holds_the_input_answers_keys_and_lands_once() {
    let mut h = Harness::seeded();
    let before = investment_edits(&h, ANGREN);
    type_investment(&mut h, "12.5m");
    let save = enter_without_running(&mut h);
    assert!(h.app.apply(Outcome::Busy(save.clone())).is_empty());
    assert!(h.status().contains("waiting for another user's save"), "{}", h.status());

    // Keys and a paste meanwhile: answered, and not typed into the input being saved.
    h.key(KeyCode::Char('x'));
    assert!(h.status().contains("not typed"), "{}", h.status());
    h.event(Event::Paste("7".into()));
    assert!(h.status().contains("not pasted"), "{}", h.status());
    h.key(KeyCode::Backspace);
    assert_eq!(input_value(&h), "12.5m");

    // Still busy once more, then the lock is free: the very same save lands, once.
    assert_eq!(h.app.retry_effects(), vec![save.clone()]);
    h.app.apply(Outcome::Busy(save));
    assert_eq!(h.app.waiting.as_ref().map(|w| w.attempts), Some(2));
    assert!(effects::retry_waiting(&mut h.app, &mut h.store));
    assert!(h.app.waiting.is_none());
    assert!(h.app.overlay.is_none(), "{}", h.status());
    assert!(h.status().contains("saved investment"), "{}", h.status());
    assert_eq!(investment_of(&h, ANGREN), Some(12_500_000));
    assert!(!effects::retry_waiting(&mut h.app, &mut h.store), "nothing left to try");
    assert_eq!(investment_edits(&h, ANGREN), before + 1, "applied exactly once");
}

#[test]
fn esc_cancels_a_waiting_save_and_nothing_is_written() {
    let mut h = Harness::seeded();
    type_investment(&mut h, "3bn");
    let save = enter_without_running(&mut h);
    h.app.apply(Outcome::Busy(save));
    h.key(KeyCode::Esc);
    assert!(h.app.waiting.is_none());
    assert!(h.status().contains("nothing was written"), "{}", h.status());
    assert_eq!(input_value(&h), "3bn", "what was typed stays, for Enter to try again");
    assert!(!effects::retry_waiting(&mut h.app, &mut h.store));
    assert_eq!(investment_of(&h, ANGREN), None);
    h.key(KeyCode::Enter);
    assert_eq!(investment_of(&h, ANGREN), Some(3_000_000_000));
}

#[test]
fn a_save_busy_for_too_long_gives_up_and_keeps_the_input() {
    let mut h = Harness::seeded();
    type_investment(&mut h, "1m");
    let save = enter_without_running(&mut h);
    for _ in 0..WRITE_ATTEMPTS {
        h.app.apply(Outcome::Busy(save.clone()));
    }
    assert!(h.app.waiting.is_none());
    assert!(h.status_is_error());
    assert!(h.status().contains("nothing was written"), "{}", h.status());
    assert_eq!(input_value(&h), "1m");
    assert!(h.app.retry_effects().is_empty());
}

#[test]
fn a_save_that_waited_still_meets_a_conflict() {
    let mut h = Harness::seeded();
    type_investment(&mut h, "12.5m");
    let save = enter_without_running(&mut h);
    h.app.apply(Outcome::Busy(save));
    // The lock holder was changing the same project.
    let mut other = Store::open(&h.db.path).unwrap();
    other.set_author_for_tests("aigerim");
    other
        .edit_project(ANGREN, 1, vec![(Field::Investment, FieldValue::Integer(1))])
        .unwrap();
    effects::retry_waiting(&mut h.app, &mut h.store);
    assert!(h.app.waiting.is_none());
    let Some(Overlay::Edit(edit)) = &h.app.overlay else {
        panic!("the edit stays open after a conflict")
    };
    let said = edit.conflict.as_ref().map(|c| c.text()).unwrap_or_default();
    assert!(said.contains("aigerim changed investment"), "{said}");
    assert!(!h.status().contains("waiting"), "the wait is over: {}", h.status());
    assert_eq!(investment_of(&h, ANGREN), Some(1), "theirs is not overwritten silently");
    assert_eq!(input_value(&h), "12.5m");
    h.key(KeyCode::Enter);
    assert_eq!(investment_of(&h, ANGREN), Some(12_500_000));
}

#[test]
fn while_an_undo_waits_the_table_answers_and_other_changes_wait() {
    let mut h = Harness::seeded();
    type_investment(&mut h, "2m");
    h.key(KeyCode::Enter);
    let mut undo = h.app.handle_event(&press(KeyCode::Char('u')));
    assert_eq!(undo, vec![Effect::Undo]);
    h.app.apply(Outcome::Busy(undo.remove(0)));
    h.key(KeyCode::Char('j'));
    assert_eq!(h.app.table.selected, 1, "rows move while it waits");
    assert!(h.status().contains("waiting for another user's save"), "{}", h.status());
    h.key(KeyCode::Char('e'));
    assert!(h.app.overlay.is_none(), "no second change while one waits");
    assert!(h.status().contains("already waiting"), "{}", h.status());
    h.key(KeyCode::Char('q'));
    assert!(!h.app.should_quit, "quitting would drop the waiting undo");
    assert!(h.status().contains("Esc cancels it"), "{}", h.status());
    assert!(effects::retry_waiting(&mut h.app, &mut h.store));
    assert!(h.app.waiting.is_none());
    assert!(h.status().contains("undone"), "{}", h.status());
    assert_eq!(investment_of(&h, ANGREN), None);
}

#[test]
fn a_save_against_a_real_lock_waits_keys_are_answered_then_it_lands_once() {
    let mut h = Harness::seeded();
    let before = investment_edits(&h, ANGREN);
    let holder = h.db.sql();
    holder
        .execute_batch("BEGIN IMMEDIATE; UPDATE projects SET region = region WHERE id = 1;")
        .unwrap();
    type_investment(&mut h, "12.5m");
    h.key(KeyCode::Enter);
    assert!(h.app.waiting.is_some(), "{}", h.status());
    assert!(h.status().contains("waiting for another user's save"), "{}", h.status());
    assert_eq!(investment_of(&h, ANGREN), None);

    // While the lock is still held: a key is handled, and a retry still waits.
    h.key(KeyCode::Char('9'));
    assert!(h.status().contains("not typed"), "{}", h.status());
    assert_eq!(input_value(&h), "12.5m");
    effects::retry_waiting(&mut h.app, &mut h.store);
    assert_eq!(h.app.waiting.as_ref().map(|w| w.attempts), Some(2));
    assert!(!holder.is_autocommit(), "the lock was held throughout");

    holder.execute_batch("COMMIT").unwrap();
    assert!(effects::retry_waiting(&mut h.app, &mut h.store));
    assert!(h.app.waiting.is_none());
    assert!(h.app.overlay.is_none(), "{}", h.status());
    assert_eq!(investment_of(&h, ANGREN), Some(12_500_000));
    assert!(!effects::retry_waiting(&mut h.app, &mut h.store));
    assert_eq!(investment_edits(&h, ANGREN), before + 1, "landed exactly once");
}

#[test]
fn an_undo_against_a_real_lock_leaves_the_rows_to_the_keys() {
    let mut h = Harness::seeded();
    type_investment(&mut h, "2m");
    h.key(KeyCode::Enter);
    let holder = h.db.sql();
    holder.execute_batch("BEGIN IMMEDIATE").unwrap();
    h.key(KeyCode::Char('u'));
    assert!(h.app.waiting.is_some(), "{}", h.status());
    h.key(KeyCode::Char('j'));
    h.key(KeyCode::Char('j'));
    assert_eq!(h.app.table.selected, 2, "moved while the lock was held");
    assert!(!holder.is_autocommit());
    holder.execute_batch("ROLLBACK").unwrap();
    effects::retry_waiting(&mut h.app, &mut h.store);
    assert!(h.app.waiting.is_none());
    assert_eq!(investment_of(&h, ANGREN), None, "undone once the lock was free");
}

/// A store over a generated portfolio, big enough that a count takes many steps.
fn generated(projects: u64) -> (TestDb, Store) {
    let db = TestDb::new();
    ortaq::generate::generate(&db.path, projects).unwrap();
    let store = Store::open_with(&db.path, &OpenOptions::default()).unwrap();
    (db, store)
}

#[test]
fn a_count_asked_to_stop_gives_way_instead_of_a_number() {
    let (_db, mut store) = generated(2_000);
    let query = ProjectQuery::default();
    let full = store.totals(&query).unwrap();
    assert_eq!(
        store.totals_unless(&query, || true).unwrap(),
        None,
        "stopped before it began"
    );
    // A key arrives while the count runs: the second time it is asked.
    let asked = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&asked);
    let stop = move || counter.fetch_add(1, Ordering::SeqCst) >= 1;
    assert_eq!(store.totals_unless(&query, stop).unwrap(), None);
    assert_eq!(asked.load(Ordering::SeqCst), 2, "it stopped when asked, not at the end");
    // Not asked to stop: the same figures as an ordinary count, and the store works on.
    assert_eq!(store.totals_unless(&query, || false).unwrap(), Some(full));
    assert_eq!(store.totals(&query).unwrap(), full);
}

#[test]
fn a_count_that_gave_way_is_done_again_when_idle() {
    let mut h = Harness::seeded();
    h.app.table.query.search = "kostanay".into();
    let reload = h.app.reload(None);
    effects::run_all(&mut h.app, &mut h.store, vec![reload]);
    assert!(effects::when_idle_unless(&mut h.app, &mut h.store, || true));
    assert!(h.app.table.totals().is_none(), "not counted: a key came");
    assert!(h.app.table.totals_due, "still due");
    assert!(effects::when_idle(&mut h.app, &mut h.store));
    assert_eq!(h.app.table.totals().map(|t| t.projects), Some(1));
    assert!(!effects::when_idle(&mut h.app, &mut h.store), "nothing more to do");
}

#[test]
fn a_count_for_a_list_no_longer_shown_is_not_done_again() {
    let mut h = Harness::seeded();
    let earlier = ProjectQuery {
        search: "kostanay".into(),
        ..Default::default()
    };
    assert!(h.app.apply(Outcome::CountGaveWay(earlier)).is_empty());
    assert!(!h.app.table.totals_due);
}
