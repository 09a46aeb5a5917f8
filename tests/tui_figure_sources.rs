//! The source picker of the interface: after a figure cell is saved the status line says
//! its source was cleared and names the key; the key opens a picker with the old source
//! preselected, and the choice is an undoable edit. Snapshots in English and Russian.

mod common;

use common::tui::Harness;
use ortaq::domain::Field;
use ortaq::i18n::{Lang, set_language};
use ortaq::tui::app::{Column, Overlay};
use ortaq::tui::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::KeyCode;

fn screen(h: &Harness) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(h.app.width, h.app.height)).unwrap();
    terminal.draw(|frame| ui::draw(frame, &h.app, Theme::plain())).unwrap();
    terminal
}

macro_rules! snapshot {
    ($name:expr, $harness:expr) => {
        let terminal = screen(&$harness);
        insta::with_settings!({
            filters => vec![
                (r"\d{4}-\d\d-\d\d \d\d:\d\d", "[time]"),
                (r"\d\d\.\d\d\.\d{4} \d\d:\d\d", "[time]"),
                (r"\b\d\d:\d\d\b", "[time]"),
            ],
            omit_expression => true,
        }, {
            insta::assert_snapshot!($name, terminal.backend());
        });
    };
}

/// The seed, Angren (#5) selected on its investment cell, which has source #2.
fn on_angren_investment() -> Harness {
    let mut h = Harness::seeded();
    h.db.sql()
        .execute(
            "UPDATE projects SET investment = 12500000, investment_source_id = 2 WHERE id = 5",
            [],
        )
        .unwrap();
    h = Harness::on(
        common::TestDb::new(),
        ortaq::store::Store::open(&h.db.path).unwrap(),
        80,
        24,
    );
    while !h.selected_name().starts_with("Autoclaved") {
        h.key(KeyCode::Char('j'));
    }
    while h.app.table.column() != Column::Investment {
        h.key(KeyCode::Char('l'));
    }
    h
}

fn investment_source(h: &Harness) -> Option<i64> {
    h.store.project(5).unwrap().figure_source(Field::Investment)
}

#[test]
fn saving_a_figure_clears_its_source_and_the_key_puts_it_back_as_an_undoable_edit() {
    let mut h = on_angren_investment();
    assert_eq!(investment_source(&h), Some(2));
    h.key(KeyCode::Enter);
    for _ in 0..12 {
        h.key(KeyCode::Backspace);
    }
    h.keys("13m");
    h.key(KeyCode::Enter);
    assert_eq!(investment_source(&h), None);
    assert!(h.status().contains("source cleared: r attaches one"), "{}", h.status());
    h.key(KeyCode::Char('r'));
    let Some(Overlay::Picker(picker)) = &h.app.overlay else {
        panic!("no picker: {:?}", h.app.overlay);
    };
    // Newest first, then "no source"; the cleared source is preselected.
    assert_eq!(picker.options.len(), 6);
    assert!(picker.options[0].0.starts_with("#5 "), "{:?}", picker.options[0]);
    assert!(picker.options[picker.cursor].0.starts_with("#2 "));
    h.key(KeyCode::Enter);
    assert_eq!(investment_source(&h), Some(2));
    // The status line names the source attached, not just "saved source of investment".
    let source = h.store.sources().unwrap().into_iter().find(|s| s.id == 2).unwrap();
    assert!(
        h.status()
            .contains(&format!("= #2 {} — {}", source.publisher, source.title)),
        "{}",
        h.status()
    );
    assert_eq!(h.store.project(5).unwrap().investment.unwrap().dollars(), 13_000_000);
    // The choice is an edit of its own: undo takes back only the source.
    h.key(KeyCode::Char('u'));
    assert_eq!(investment_source(&h), None);
    assert_eq!(h.store.project(5).unwrap().investment.unwrap().dollars(), 13_000_000);
}

#[test]
fn the_picker_detaches_cancels_and_refuses_away_from_a_figure() {
    let mut h = on_angren_investment();
    h.key(KeyCode::Char('r'));
    h.key(KeyCode::Esc);
    assert!(h.app.overlay.is_none());
    assert_eq!(investment_source(&h), Some(2));
    h.key(KeyCode::Char('r'));
    h.key(KeyCode::Char('G'));
    for _ in 0..6 {
        h.key(KeyCode::Down);
    }
    h.key(KeyCode::Enter);
    assert_eq!(investment_source(&h), None, "the last choice is no source");
    while h.app.table.column() != Column::Name {
        h.key(KeyCode::Char('h'));
    }
    h.key(KeyCode::Char('r'));
    assert!(h.app.overlay.is_none());
    assert!(
        h.status_is_error() && h.status().contains("move to a figure"),
        "{}",
        h.status()
    );
}

#[test]
fn source_picker_80x24() {
    let mut h = on_angren_investment();
    h.key(KeyCode::Char('r'));
    snapshot!("source_picker_80x24", h);
}

#[test]
fn source_picker_russian_80x24() {
    set_language(Lang::Ru);
    let mut h = on_angren_investment();
    h.key(KeyCode::Char('к'));
    assert!(
        matches!(h.app.overlay, Some(Overlay::Picker(_))),
        "к is r in the Russian layout"
    );
    snapshot!("source_picker_russian_80x24", h);
}

#[test]
fn an_unknown_figure_opens_no_source_picker_and_says_why() {
    let mut h = Harness::seeded();
    // Angren's investment is unknown in the seed.
    while !h.selected_name().starts_with("Autoclaved") {
        h.key(KeyCode::Char('j'));
    }
    while h.app.table.column() != Column::Investment {
        h.key(KeyCode::Char('l'));
    }
    h.key(KeyCode::Char('r'));
    assert!(h.app.overlay.is_none(), "no picker for an unknown figure");
    assert!(h.status_is_error(), "{}", h.status());
    assert!(h.status().contains("no source can support it"), "{}", h.status());
}

/// Keys in the source picker follow the keymap in both layouts (issue 21): `g`/`п` and
/// `G` go to the first and last choice as elsewhere, and the help says that other
/// letters jump to a source.
#[test]
fn the_pickers_keys_follow_the_keymap_in_both_layouts() {
    let mut h = on_angren_investment();
    h.key(KeyCode::Char('r'));
    let cursor = |h: &Harness| match &h.app.overlay {
        Some(Overlay::Picker(picker)) => (picker.cursor, picker.options.len()),
        other => panic!("no picker: {other:?}"),
    };
    h.key(KeyCode::Char('G'));
    let (at, count) = cursor(&h);
    assert_eq!(at, count - 1, "G: the last choice");
    h.key(KeyCode::Char('п'));
    assert_eq!(cursor(&h).0, 0, "п is g in the Russian layout: the first choice");
    h.key(KeyCode::Char('о'));
    assert_eq!(cursor(&h).0, 1, "о is j: the next choice");
    let help = ortaq::tui::keymap::help(ortaq::tui::keymap::Context::Picker);
    assert!(help.iter().any(|(_, what)| what.contains("starts with it")), "{help:?}");
    h.key(KeyCode::Esc);
    assert!(h.app.overlay.is_none());
}

/// A save that cleared a figure's source said only «сохранено поле инвестиции в №5
/// (версия 5)»: it says the value as stored and the project by name, as every save does.
#[test]
fn a_save_that_clears_the_source_says_what_it_stored_and_where() {
    for lang in [Lang::En, Lang::Ru] {
        set_language(lang);
        let mut h = on_angren_investment();
        let name = match lang {
            Lang::Ru => h.store.project(5).unwrap().name_ru.unwrap_or_default(),
            Lang::En => h.store.project(5).unwrap().name,
        };
        h.key(KeyCode::Enter);
        for _ in 0..12 {
            h.key(KeyCode::Backspace);
        }
        h.keys("13m");
        h.key(KeyCode::Enter);
        let status = h.status();
        let (value, cleared) = match lang {
            Lang::Ru => ("инвестиции = ", "источник снят: r"),
            Lang::En => ("investment = $13,000,000 in #5", "source cleared: r attaches one"),
        };
        assert!(status.contains(value), "{status}");
        assert!(
            status.contains(&format!("#5 {name}")) || status.contains(&format!("№5 {name}")),
            "{status}"
        );
        assert!(status.contains(cleared), "{status}");
        set_language(Lang::En);
    }
}
