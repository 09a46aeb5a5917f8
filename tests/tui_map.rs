//! The map screen (issue 25): `L` opens the located projects of the table's search and
//! filters; j/k walk them north to south; Enter opens the project; reviewed snapshots at
//! 80x24 and 60x15 in English and Russian, and without Unicode (a non-UTF-8 locale).

mod common;

use common::tui::Harness;
use ortaq::i18n::{Lang, set_language};
use ortaq::tui::app::MainView;
use ortaq::tui::keymap::{self, Context};
use ortaq::tui::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::KeyCode;

fn screen(h: &Harness, theme: Theme) -> TestBackend {
    let mut terminal = Terminal::new(TestBackend::new(h.app.width, h.app.height)).unwrap();
    terminal.draw(|frame| ui::draw(frame, &h.app, theme)).unwrap();
    terminal.backend().clone()
}

fn map(width: u16, height: u16) -> Harness {
    let mut h = Harness::sized(width, height, true);
    h.key(KeyCode::Char('L'));
    assert_eq!(h.app.main_view(), MainView::Map);
    h
}

fn selected(h: &Harness) -> String {
    h.app
        .map
        .as_ref()
        .and_then(|m| m.selected())
        .map(|p| p.name.clone())
        .unwrap_or_default()
}

#[test]
fn the_map_walks_north_to_south_and_opens_the_project() {
    let mut h = map(80, 24);
    assert_eq!(h.app.map.as_ref().unwrap().places().len(), 6);
    assert_eq!(
        selected(&h),
        "Chevrolet Onix small-scale car production",
        "Kostanay is northernmost"
    );
    h.key(KeyCode::Char('j'));
    assert_eq!(selected(&h), "Household appliance factory");
    h.key(KeyCode::Char('G'));
    assert_eq!(
        selected(&h),
        "International Center for Industrial Cooperation \"Central Asia\""
    );
    h.key(KeyCode::Up);
    assert_eq!(selected(&h), "Autoclaved aerated concrete production");
    h.key(KeyCode::Enter);
    assert_eq!(h.app.map.as_ref().map(|_| ()), None, "the map closed");
    assert_eq!(h.selected_name(), "Autoclaved aerated concrete production");
    assert_eq!(h.app.main_view(), MainView::Detail);
}

#[test]
fn the_map_shows_only_what_the_search_and_filters_show() {
    let mut h = Harness::sized(80, 24, true);
    h.key(KeyCode::Char('/'));
    h.keys("factory");
    h.key(KeyCode::Enter);
    h.key(KeyCode::Char('L'));
    let places = h.app.map.as_ref().unwrap().places();
    assert_eq!(places.len(), 3, "{places:?}");
    assert!(places.iter().all(|p| p.name.contains("factory")));
    let text = h.screen_text();
    assert!(text.contains("Map: 3 of 3 projects have a place"), "{text}");
    h.key(KeyCode::Esc);
    assert_eq!(h.app.main_view(), MainView::Table);
}

#[test]
fn each_status_has_its_own_glyph_in_unicode_and_in_ascii() {
    use ortaq::domain::Status;
    let statuses = [
        None,
        Some(Status::Proposed),
        Some(Status::Agreed),
        Some(Status::Construction),
        Some(Status::Operating),
        Some(Status::Suspended),
        Some(Status::Cancelled),
    ];
    for ascii in [false, true] {
        let glyphs: std::collections::BTreeSet<&str> = statuses.iter().map(|s| ui::map::glyph(*s, ascii)).collect();
        assert_eq!(glyphs.len(), statuses.len(), "ascii {ascii}");
        assert!(!ascii || glyphs.iter().all(|g| g.is_ascii()));
    }
}

#[test]
fn the_map_key_is_in_help_and_in_the_footer() {
    assert!(keymap::help(Context::Table).iter().any(|(key, _)| key == "L"));
    let h = map(80, 24);
    let text = h.screen_text();
    assert!(text.contains("Enter project") && text.contains("Esc back"), "{text}");
}

#[test]
fn snapshots_of_the_map_in_english_russian_and_ascii() {
    let mut h = map(80, 24);
    h.key(KeyCode::Char('G'));
    insta::assert_snapshot!("map_80x24", screen(&h, Theme::plain()));
    insta::assert_snapshot!("map_80x24_ascii", screen(&h, Theme::ascii()));
    let h = map(60, 15);
    insta::assert_snapshot!("map_60x15", screen(&h, Theme::plain()));
    set_language(Lang::Ru);
    let mut h = map(80, 24);
    h.key(KeyCode::Char('G'));
    insta::assert_snapshot!("map_80x24_ru", screen(&h, Theme::plain()));
    let h = map(60, 15);
    insta::assert_snapshot!("map_60x15_ru", screen(&h, Theme::plain()));
    set_language(Lang::En);
}
