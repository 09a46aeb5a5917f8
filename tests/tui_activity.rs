//! The activity screen (what was entered lately, newest first) and the detail's figures
//! over time: the store's entries with who and when, the screen's keys (Latin and
//! Russian layout), its window, opening a project from it, its refresh when another
//! user commits, and reviewed snapshots at 80x24 and 60x15.

mod common;

use common::tui::Harness;
use ortaq::domain::{EdtfDate, Field, FieldValue, NewProject};
use ortaq::store::{ActivityKind, NewDatedNote, Store};
use ortaq::tui::action::Action;
use ortaq::tui::app::{ActivityWindow, MainView, Overlay};
use ortaq::tui::keymap::{self, Context, HelpLine};
use ortaq::tui::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::KeyCode;

/// Snapshots with the times and the user name masked: they change from run to run.
macro_rules! snapshot {
    ($name:expr, $harness:expr) => {
        let mut terminal = Terminal::new(TestBackend::new($harness.app.width, $harness.app.height)).unwrap();
        terminal.draw(|frame| ui::draw(frame, &$harness.app, Theme::plain())).unwrap();
        let now = chrono::Utc::now();
        let (today, today_ru) = (now.format("(%Y-%m-%d)").to_string(), now.format("(%d.%m.%Y)").to_string());
        insta::with_settings!({
            filters => vec![
                (r"\d{4}-\d\d-\d\d \d\d:\d\d", "[time]"),
                // The day a value was entered, in the detail, when it is today.
                (regex_escape(&today).as_str(), "([today])"),
                (regex_escape(&today_ru).as_str(), "([today])"),
                (r"\d\d\.\d\d\.\d{4} \d\d:\d\d", "[time]"),
                (common::os_user().as_str(), "[user]"),
            ],
            omit_expression => true,
        }, {
            insta::assert_snapshot!($name, terminal.backend());
        });
    };
}

fn regex_escape(text: &str) -> String {
    text.replace('.', r"\.").replace('(', r"\(").replace(')', r"\)")
}

/// Moves audit rows (those `matching`) back to `at`, as if entered then: the log is
/// append-only, so its guard is lifted for the moment.
fn backdate(h: &Harness, matching: &str, at: &str) {
    h.db.sql()
        .execute_batch(&format!(
            "DROP TRIGGER changes_no_update;
             UPDATE changes SET changed_at = '{at}' WHERE {matching};
             CREATE TRIGGER changes_no_update BEFORE UPDATE ON changes
             BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;"
        ))
        .expect("backdate");
}

/// The seed portfolio entered long ago, so that only what a test enters is recent.
fn seeded_long_ago(width: u16, height: u16) -> Harness {
    let h = Harness::sized(width, height, true);
    backdate(&h, "1 = 1", "2024-01-15T09:00:00Z");
    h.db.sql()
        .execute("UPDATE updates SET created_at = '2024-01-15T09:00:00Z'", [])
        .expect("age the updates");
    h
}

fn other(h: &Harness, author: &str) -> Store {
    let mut store = Store::open(&h.db.path).expect("open");
    store.set_author_for_tests(author);
    store
}

/// What another analyst enters: a figure twice, a status, an update, a deletion, a
/// new project.
fn recent_work(h: &Harness) {
    let mut bekzod = other(h, "bekzod");
    let set = |store: &mut Store, id: i64, field: Field, value: FieldValue| {
        let version = store.project(id).expect("project").version;
        store.edit_project(id, version, vec![(field, value)]).expect("edit");
    };
    set(&mut bekzod, 1, Field::Investment, FieldValue::Integer(2_600_000_000));
    set(&mut bekzod, 1, Field::Investment, FieldValue::Integer(3_100_000_000));
    set(&mut bekzod, 3, Field::Status, FieldValue::Text("construction".into()));
    let date: EdtfDate = "2026-11".parse().expect("date");
    let update = NewDatedNote::new(date, "Frames of eight buildings finished", None).expect("update");
    bekzod.add_update(2, &update).expect("note");
    let mut aigerim = other(h, "aigerim");
    let version = aigerim.project(4).expect("project").version;
    aigerim.delete_project(4, version).expect("delete");
    let new = NewProject::new(vec![(Field::Name, FieldValue::Text("Copper cathode plant".into()))]).expect("new");
    aigerim.add_project(&new).expect("add");
}

fn with_activity(width: u16, height: u16) -> Harness {
    let mut h = seeded_long_ago(width, height);
    recent_work(&h);
    h.key(KeyCode::Char('A'));
    h
}

#[test]
fn the_store_lists_entries_newest_first_with_who_and_when() {
    let h = seeded_long_ago(80, 24);
    recent_work(&h);
    let log = h.store.activity("2026-01-01T00:00:00Z").unwrap();
    assert_eq!(log.then.projects, log.now.projects, "one deleted, one added");
    assert_eq!(
        log.now.investment - log.then.investment,
        3_100_000_000,
        "the portfolio then and now"
    );
    let entries = log.entries;
    let kinds: Vec<(i64, &ActivityKind, &str)> = entries
        .iter()
        .map(|e| (e.project.id, &e.kind, e.author.as_str()))
        .collect();
    assert_eq!(kinds.len(), 5, "{kinds:#?}");
    assert_eq!(kinds[0].1, &ActivityKind::Created, "the newest first");
    assert_eq!(kinds[0].2, "aigerim");
    assert_eq!(kinds[1], (4, &ActivityKind::Deleted, "aigerim"));
    assert!(matches!(kinds[2].1, ActivityKind::Note { text, .. } if text == "Frames of eight buildings finished"));
    assert_eq!(
        kinds[4],
        (
            1,
            &ActivityKind::Changed {
                field: "investment".into(),
                from: None,
                to: Some("3100000000".into()),
            },
            "bekzod"
        ),
        "two edits of a figure are one from -> to"
    );
    assert!(entries.iter().all(|e| e.at.as_str() > "2026"));
    assert!(
        h.store.activity("2099-01-01T00:00:00Z").unwrap().entries.is_empty(),
        "nothing after the last entry"
    );
}

#[test]
fn a_figures_past_values_come_from_the_audit_log_oldest_first() {
    let h = seeded_long_ago(80, 24);
    recent_work(&h);
    let values: Vec<Option<String>> = h
        .store
        .past_values(1, "investment")
        .unwrap()
        .into_iter()
        .map(|v| v.value)
        .collect();
    assert_eq!(
        values,
        vec![Some("2600000000".to_string()), Some("3100000000".to_string())],
        "unknown in the seed, then two edits"
    );
    assert!(h.store.past_values(1, "jobs_created").unwrap().len() <= 1);
}

#[test]
fn a_opens_the_activity_and_esc_goes_back() {
    let mut h = with_activity(80, 24);
    assert_eq!(h.app.main_view(), MainView::Activity);
    assert_eq!(h.app.context(), Context::Activity);
    let state = h.app.activity.as_ref().unwrap();
    assert_eq!(state.window, ActivityWindow::Week);
    assert_eq!(state.entries().len(), 5);
    h.key(KeyCode::Esc);
    assert!(h.app.activity.is_none());
    assert_eq!(h.app.main_view(), MainView::Table);
}

#[test]
fn the_cursor_moves_within_the_entries() {
    let mut h = with_activity(80, 24);
    h.key(KeyCode::Char('j'));
    h.key(KeyCode::Char('j'));
    assert_eq!(h.app.activity.as_ref().unwrap().cursor, 2);
    h.key(KeyCode::Char('G'));
    assert_eq!(h.app.activity.as_ref().unwrap().cursor, 4);
    h.key(KeyCode::Char('j'));
    assert_eq!(h.app.activity.as_ref().unwrap().cursor, 4, "not past the last");
    h.key(KeyCode::Char('g'));
    h.key(KeyCode::Char('k'));
    assert_eq!(h.app.activity.as_ref().unwrap().cursor, 0);
}

#[test]
fn a_long_list_scrolls_to_keep_the_cursor_on_screen() {
    let mut h = seeded_long_ago(60, 15);
    let mut store = other(&h, "bekzod");
    for n in 0..12 {
        let new = NewProject::new(vec![(Field::Name, FieldValue::Text(format!("Plant {n}")))]).unwrap();
        store.add_project(&new).unwrap();
    }
    h.key(KeyCode::Char('A'));
    let page = h.app.activity_page();
    assert!(page < 12, "the list is longer than the screen");
    for _ in 0..page {
        h.key(KeyCode::Char('j'));
    }
    let state = h.app.activity.as_ref().unwrap();
    assert_eq!(state.cursor, page);
    assert_eq!(state.offset, 1, "scrolled by one to show the cursor");
    h.key(KeyCode::PageDown);
    h.key(KeyCode::PageDown);
    let state = h.app.activity.as_ref().unwrap();
    assert_eq!(state.cursor, 11);
    assert!(state.offset + page > 11 && state.offset <= 11);
}

#[test]
fn w_cycles_the_window_and_reads_it_again() {
    let mut h = with_activity(80, 24);
    let effects = h.app.update(Action::CycleWindow);
    assert_eq!(
        effects,
        vec![ortaq::tui::app::Effect::LoadActivity {
            since: "2026-10-24T00:00:00Z".into()
        }],
        "30 days back from 2026-11-23"
    );
    h.key(KeyCode::Char('w'));
    assert_eq!(h.app.activity.as_ref().unwrap().window, ActivityWindow::Quarter);
    assert_eq!(h.app.activity.as_ref().unwrap().entries().len(), 5);
    h.key(KeyCode::Char('w'));
    assert_eq!(h.app.activity.as_ref().unwrap().window, ActivityWindow::Week);
}

#[test]
fn an_answer_for_another_window_is_not_shown() {
    let mut h = with_activity(80, 24);
    let log = h.store.activity("2099-01-01T00:00:00Z").unwrap();
    h.app.apply(ortaq::tui::app::Outcome::Activity {
        since: "2020-01-01T00:00:00Z".into(),
        log,
    });
    assert_eq!(h.app.activity.as_ref().unwrap().entries().len(), 5);
}

#[test]
fn enter_opens_the_project_in_the_table_with_its_detail() {
    let mut h = with_activity(80, 24);
    // The fifth entry is the investment of project 1.
    h.key(KeyCode::Char('G'));
    h.key(KeyCode::Enter);
    assert!(h.app.activity.is_none());
    assert_eq!(h.app.main_view(), MainView::Detail, "narrow: the detail in place");
    assert_eq!(h.app.table.selected_project().map(|p| p.id), Some(1));
    assert_eq!(h.app.detail.project.as_ref().map(|p| p.id), Some(1));
    h.key(KeyCode::Esc);
    assert_eq!(h.app.main_view(), MainView::Table);
}

#[test]
fn a_deleted_projects_entry_opens_its_detail() {
    let mut h = with_activity(120, 40);
    h.key(KeyCode::Char('j'));
    h.key(KeyCode::Enter);
    let detail = h.app.detail.project.as_ref().unwrap();
    assert_eq!(detail.id, 4);
    assert!(detail.deleted_at.is_some());
}

#[test]
fn the_russian_layout_opens_and_moves_the_activity() {
    let mut h = seeded_long_ago(80, 24);
    recent_work(&h);
    h.key(KeyCode::Char('Ф'));
    assert_eq!(h.app.context(), Context::Activity, "Ф is where A is");
    h.key(KeyCode::Char('о'));
    assert_eq!(h.app.activity.as_ref().unwrap().cursor, 1);
    h.key(KeyCode::Char('ц'));
    assert_eq!(h.app.activity.as_ref().unwrap().window, ActivityWindow::Month);
}

#[test]
fn help_lists_the_activity_keys_from_the_keymap() {
    let mut h = with_activity(80, 24);
    h.key(KeyCode::Char('?'));
    assert!(matches!(h.app.overlay, Some(Overlay::Help(_))));
    let lines = keymap::help_lines(Context::Activity);
    let keys: Vec<&str> = lines
        .iter()
        .filter_map(|l| match l {
            HelpLine::Keys(keys, _) => Some(keys.as_str()),
            _ => None,
        })
        .collect();
    assert!(keys.contains(&"w Tab"), "{keys:?}");
    assert!(keys.contains(&"Enter"));
    assert!(keys.contains(&"Esc A"));
    h.key(KeyCode::Esc);
    assert_eq!(h.app.context(), Context::Activity);
}

#[test]
fn another_users_commit_appears_after_a_refresh() {
    let mut h = with_activity(80, 24);
    let mut seen = h.store.data_version().unwrap();
    h.key(KeyCode::Char('j'));
    let selected = h.app.activity.as_ref().unwrap().selected().cloned();
    let mut someone = other(&h, "dilnoza");
    let version = someone.project(5).unwrap().version;
    someone
        .edit_project(5, version, vec![(Field::JobsCreated, FieldValue::Integer(120))])
        .unwrap();
    assert!(ortaq::tui::effects::refresh_if_changed(
        &mut h.app,
        &mut h.store,
        &mut seen
    ));
    let state = h.app.activity.as_ref().unwrap();
    assert_eq!(state.entries().len(), 6);
    assert_eq!(state.entries()[0].author, "dilnoza");
    assert_eq!(
        state.selected().cloned(),
        selected,
        "the cursor stays on its entry as a new one comes in above"
    );
}

#[test]
fn activity_80x24() {
    let h = with_activity(80, 24);
    snapshot!("activity_80x24", h);
}

#[test]
fn activity_60x15() {
    let mut h = with_activity(60, 15);
    h.key(KeyCode::Char('j'));
    snapshot!("activity_60x15", h);
}

#[test]
fn activity_nothing_entered_80x24() {
    let mut h = seeded_long_ago(80, 24);
    h.key(KeyCode::Char('A'));
    snapshot!("activity_nothing_entered_80x24", h);
}

#[test]
fn detail_with_figures_over_time_80x24() {
    let mut h = with_activity(80, 24);
    backdate(&h, "new_value = '2600000000'", "2024-07-10T08:00:00Z");
    h.key(KeyCode::Char('G'));
    h.key(KeyCode::Enter);
    snapshot!("detail_with_figures_over_time_80x24", h);
}

#[test]
fn a_russian_activity_names_a_project_by_its_russian_name() {
    let mut h = seeded_long_ago(100, 24);
    let mut bekzod = other(&h, "bekzod");
    let version = bekzod.project(6).expect("the ICIC").version;
    bekzod
        .edit_project(6, version, vec![(Field::Status, FieldValue::Text("operating".into()))])
        .expect("edit");
    h.key(KeyCode::Char('A'));
    assert!(
        h.screen_text().contains("#6 International Center"),
        "{}",
        h.screen_text()
    );
    ortaq::i18n::set_language(ortaq::i18n::Lang::Ru);
    let shown = h.screen_text();
    ortaq::i18n::set_language(ortaq::i18n::Lang::En);
    assert!(shown.contains("#6 Международный центр"), "{shown}");
}
