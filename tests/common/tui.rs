//! Driving the interface's state with a real store and no terminal.

use chrono::NaiveDate;
use ortaq::store::{OpenOptions, Store};
use ortaq::tui::app::App;
use ortaq::tui::effects;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

pub struct Harness {
    pub app: App,
    pub store: Store,
    pub db: super::TestDb,
}

impl Harness {
    /// The seed portfolio in an 80x24 window.
    pub fn seeded() -> Self {
        Self::sized(80, 24, true)
    }

    pub fn sized(width: u16, height: u16, seed: bool) -> Self {
        let db = super::TestDb::new();
        let store = Store::open_with(&db.path, &OpenOptions { seed, read_only: false }).expect("open");
        Self::on(db, store, width, height)
    }

    pub fn on(db: super::TestDb, mut store: Store, width: u16, height: u16) -> Self {
        store.set_search_labels(ortaq::i18n::search_also);
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).expect("date");
        let mut app = App::new(width, height, store.is_read_only(), today);
        let first = app.start();
        effects::run_all(&mut app, &mut store, first);
        effects::when_idle(&mut app, &mut store);
        Self { app, store, db }
    }

    pub fn event(&mut self, event: Event) {
        let effects = self.app.handle_event(&event);
        effects::run_all(&mut self.app, &mut self.store, effects);
        // As the event loop does when no key is waiting.
        effects::when_idle(&mut self.app, &mut self.store);
    }

    pub fn key(&mut self, code: KeyCode) {
        self.event(Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
    }

    pub fn ctrl(&mut self, c: char) {
        self.event(Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)));
    }

    /// Types each character as a key press.
    pub fn keys(&mut self, text: &str) {
        for c in text.chars() {
            self.key(KeyCode::Char(c));
        }
    }

    pub fn selected_name(&self) -> String {
        self.app
            .table
            .selected_project()
            .map(|p| p.name.clone())
            .unwrap_or_default()
    }

    pub fn status(&self) -> String {
        self.app.status.as_ref().map(|s| s.text()).unwrap_or_default()
    }

    pub fn status_is_error(&self) -> bool {
        self.app.status.as_ref().is_some_and(|s| s.is_error)
    }
}

impl Harness {
    /// The screen as text, one line per row (a wide character counted once).
    pub fn screen_text(&self) -> String {
        use ortaq::tui::ui::{self, Theme};
        use ratatui::{Terminal, backend::TestBackend};
        let mut terminal = Terminal::new(TestBackend::new(self.app.width, self.app.height)).expect("a terminal");
        terminal
            .draw(|frame| ui::draw(frame, &self.app, Theme::plain()))
            .expect("drawn");
        let buffer = terminal.backend().buffer();
        (0..buffer.area.height)
            .map(|y| {
                let mut line = String::new();
                let mut x = 0;
                while x < buffer.area.width {
                    let symbol = buffer[(x, y)].symbol();
                    line.push_str(symbol);
                    x += unicode_width::UnicodeWidthStr::width(symbol).max(1) as u16;
                }
                line
            })
            .collect::<Vec<_>>()
            .join("\n")
    }
}
