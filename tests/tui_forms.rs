//! Issue 21, forms left over: the update form shows its cursor, Ctrl-u and Ctrl-w edit
//! as readline does, the key that answers "discard?" is not typed, and the project's
//! source is chosen from the sources.

mod common;

use common::tui::Harness;
use ortaq::domain::{Field, FieldValue};
use ortaq::tui::app::{NotePart, Overlay};
use ortaq::tui::ui::{self, Theme};
use ratatui::crossterm::event::KeyCode;
use ratatui::{Terminal, backend::TestBackend};

/// Where the terminal's cursor is after drawing, if it is shown.
fn cursor(h: &Harness) -> Option<(u16, u16)> {
    let mut terminal = Terminal::new(TestBackend::new(h.app.width, h.app.height)).expect("a terminal");
    terminal
        .draw(|frame| ui::draw(frame, &h.app, Theme::plain()))
        .expect("drawn");
    let backend = terminal.backend();
    backend
        .cursor_visible()
        .then(|| (backend.cursor_position().x, backend.cursor_position().y))
}

fn note_text(h: &Harness) -> String {
    match &h.app.overlay {
        Some(Overlay::AddUpdate(form)) => form.text.lines().join("\n"),
        other => panic!("no update form: {other:?}"),
    }
}

/// The update's text had no cursor on screen (the date and source inputs have one).
#[test]
fn the_update_form_shows_its_cursor_in_the_text() {
    for (width, height) in [(80, 24), (60, 15)] {
        let mut h = Harness::sized(width, height, true);
        h.key(KeyCode::Char('n'));
        let (x0, y0) = cursor(&h).expect("a cursor in the empty text");
        h.keys("Kiln");
        let (x, y) = cursor(&h).expect("a cursor after typing");
        assert_eq!((x, y), (x0 + 4, y0), "{width}x{height}");
        h.key(KeyCode::Enter);
        h.keys("ab");
        assert_eq!(cursor(&h), Some((x0 + 2, y0 + 1)), "{width}x{height}");
        let screen = h.screen_text();
        let row: Vec<&str> = screen.lines().collect();
        assert!(row[usize::from(y0)].contains("Kiln"), "{screen}");
    }
}

/// Ctrl-u deleted one letter (the text area's undo) rather than the line.
#[test]
fn ctrl_u_kills_to_the_start_of_the_line_and_ctrl_w_a_word() {
    let mut h = Harness::seeded();
    h.key(KeyCode::Char('n'));
    h.keys("first line");
    h.key(KeyCode::Enter);
    h.keys("frames of eight buildings");
    h.ctrl('w');
    assert_eq!(note_text(&h), "first line\nframes of eight ");
    h.ctrl('u');
    assert_eq!(note_text(&h), "first line\n");
    // The date, a one-line input: Ctrl-u kills what is before the cursor only.
    h.key(KeyCode::BackTab);
    let Some(Overlay::AddUpdate(form)) = &h.app.overlay else {
        panic!("the form")
    };
    assert_eq!(form.focus, NotePart::Date);
    h.key(KeyCode::Left);
    h.key(KeyCode::Left);
    h.ctrl('u');
    let Some(Overlay::AddUpdate(form)) = &h.app.overlay else {
        panic!("the form")
    };
    assert_eq!(form.date.value(), "23", "the last two digits (2026-11-23) stay");
}

/// "Esc again throws it away; any other key goes on editing": that key was typed into
/// the field as well.
#[test]
fn the_key_that_answers_discard_is_not_typed() {
    let mut h = Harness::seeded();
    h.key(KeyCode::Char('n'));
    h.keys("Kiln");
    h.key(KeyCode::Esc);
    assert!(h.status_is_error(), "asks: {}", h.status());
    h.key(KeyCode::Char('x'));
    assert_eq!(note_text(&h), "Kiln", "x only answered the question");
    h.keys("s");
    assert_eq!(note_text(&h), "Kilns", "then typing goes on");
    h.key(KeyCode::Esc);
    h.key(KeyCode::Esc);
    assert!(h.app.overlay.is_none(), "discarded after asking");

    // The same in a cell edited in place.
    h.key(KeyCode::Enter);
    let Some(Overlay::Edit(_)) = &h.app.overlay else {
        panic!("a cell edit: {:?}", h.app.overlay)
    };
    h.keys("zz");
    h.key(KeyCode::Esc);
    h.key(KeyCode::Char('q'));
    let Some(Overlay::Edit(edit)) = &h.app.overlay else {
        panic!("q neither quits nor closes: {:?}", h.app.overlay)
    };
    assert!(edit.input.value().ends_with("zz"), "{}", edit.input.value());
    h.key(KeyCode::Esc);
    h.key(KeyCode::Esc);
}

/// `E` → Source was a bare id typed into a text input: it is the source picker `r` opens.
#[test]
fn the_projects_source_is_chosen_from_the_sources() {
    let mut h = Harness::seeded();
    let id = h.app.table.selected_project().expect("a project").id;
    h.key(KeyCode::Char('E'));
    let Some(Overlay::Picker(menu)) = &h.app.overlay else {
        panic!("no menu")
    };
    let source = menu
        .options
        .iter()
        .position(|(_, value)| *value == FieldValue::Text("source".into()))
        .expect("the source in the menu");
    for _ in 0..source {
        h.key(KeyCode::Char('j'));
    }
    h.key(KeyCode::Enter);
    let Some(Overlay::Picker(picker)) = &h.app.overlay else {
        panic!("a picker, not {:?}", h.app.overlay)
    };
    assert_eq!(picker.field, Field::Source);
    assert!(!picker.fields_menu);
    let sources = h.store.sources().expect("sources");
    assert_eq!(picker.options.len(), sources.len() + 1, "every source and 'no source'");
    let current = h.store.project(id).expect("the project").source_id;
    assert_eq!(
        picker.chosen(),
        current.map_or(FieldValue::Null, FieldValue::Integer),
        "the project's source comes chosen"
    );
    h.key(KeyCode::Char('g'));
    let FieldValue::Integer(chosen) = picker_choice(&h) else {
        panic!("a source first")
    };
    h.key(KeyCode::Enter);
    assert!(h.app.overlay.is_none(), "{}", h.status());
    assert_eq!(h.store.project(id).expect("the project").source_id, Some(chosen));
    let publisher = sources
        .iter()
        .find(|s| s.id == chosen)
        .map(|s| s.publisher.clone())
        .expect("the source");
    assert!(h.status().contains(&publisher), "named by name: {}", h.status());
}

fn picker_choice(h: &Harness) -> FieldValue {
    match &h.app.overlay {
        Some(Overlay::Picker(picker)) => picker.chosen(),
        other => panic!("no picker: {other:?}"),
    }
}

/// The update form said only «добавлено обновление к №5»: it says the date as read, the
/// source by name and the project by name, as `ortaq note` does.
#[test]
fn an_update_added_says_its_date_source_and_project() {
    for lang in [ortaq::i18n::Lang::En, ortaq::i18n::Lang::Ru] {
        ortaq::i18n::set_language(lang);
        let mut h = Harness::seeded();
        let project = h.app.table.selected_project().unwrap().clone();
        h.key(KeyCode::Char('n'));
        h.keys("Kiln delivered");
        h.key(KeyCode::Tab);
        h.keys("baq");
        h.ctrl('s');
        assert!(h.app.overlay.is_none(), "{}", h.status());
        let status = h.status();
        let (said, name) = match lang {
            ortaq::i18n::Lang::Ru => (
                "добавлено обновление к #5",
                project.name_ru.clone().unwrap_or(project.name.clone()),
            ),
            ortaq::i18n::Lang::En => ("added an update dated 2026-11-23 to #5", project.name.clone()),
        };
        assert!(status.contains(said) && status.contains(&name), "{status}");
        assert!(
            status.contains("23.11.2026") || lang == ortaq::i18n::Lang::En,
            "{status}"
        );
        let source = h.store.sources().unwrap().into_iter().find(|s| s.id == 5).unwrap();
        assert!(status.contains(&source.publisher), "{status}");
        ortaq::i18n::set_language(ortaq::i18n::Lang::En);
    }
}
