//! The activity screen's state: what was entered lately (the digest's entries, newest
//! first), over a window of 7, 30 or 90 days that `w` cycles through, and the cursor.
//! The window counts whole days back from today (UTC midnight), so that "the last 7
//! days" reads the same all day; a digest since any other date is `ortaq digest`'s.

use chrono::{Days, NaiveDate};

use super::cursor;
use super::{App, Effect};
use crate::store::{Activity, ActivityLog, Totals};
use crate::tui::action::Action;
use crate::tui::layout;

/// How far back the activity looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActivityWindow {
    Week,
    Month,
    Quarter,
}

impl ActivityWindow {
    /// How many days back.
    pub fn days(self) -> u64 {
        match self {
            ActivityWindow::Week => 7,
            ActivityWindow::Month => 30,
            ActivityWindow::Quarter => 90,
        }
    }

    fn next(self) -> Self {
        match self {
            ActivityWindow::Week => ActivityWindow::Month,
            ActivityWindow::Month => ActivityWindow::Quarter,
            ActivityWindow::Quarter => ActivityWindow::Week,
        }
    }

    /// The first day of the window that ends today.
    pub fn first_day(self, today: NaiveDate) -> NaiveDate {
        today.checked_sub_days(Days::new(self.days())).unwrap_or(NaiveDate::MIN)
    }

    /// The start of the window as the audit log writes times: UTC midnight.
    pub fn since(self, today: NaiveDate) -> String {
        format!("{}T00:00:00Z", self.first_day(today).format("%Y-%m-%d"))
    }
}

/// The lines above the entries: the window and the portfolio then -> now.
pub const ACTIVITY_HEADING: u16 = 2;

#[derive(Debug, Clone)]
pub struct ActivityState {
    pub window: ActivityWindow,
    /// The entries, newest first; `None` until loaded.
    pub entries: Option<Vec<Activity>>,
    /// The portfolio's totals at the start of the window and now.
    pub totals: Option<(Totals, Totals)>,
    /// The selected entry.
    pub cursor: usize,
    /// The first entry on the screen.
    pub offset: usize,
}

impl Default for ActivityState {
    fn default() -> Self {
        Self {
            window: ActivityWindow::Week,
            entries: None,
            totals: None,
            cursor: 0,
            offset: 0,
        }
    }
}

impl ActivityState {
    pub fn entries(&self) -> &[Activity] {
        self.entries.as_deref().unwrap_or_default()
    }

    pub fn selected(&self) -> Option<&Activity> {
        self.entries().get(self.cursor)
    }

    /// Moves the cursor by `delta` within the entries, keeping it among the `page`
    /// entries on the screen.
    fn move_by(&mut self, delta: isize, page: usize) {
        self.cursor = cursor::moved(self.cursor, delta, self.entries().len());
        self.keep_visible(page);
    }

    fn keep_visible(&mut self, page: usize) {
        let page = page.max(1);
        if self.cursor < self.offset {
            self.offset = self.cursor;
        } else if self.cursor >= self.offset + page {
            self.offset = self.cursor + 1 - page;
        }
    }
}

impl App {
    /// The activity's entries for its window, when the screen is open.
    pub(crate) fn activity_effect(&self) -> Option<Effect> {
        self.activity.as_ref().map(|state| Effect::LoadActivity {
            since: state.window.since(self.today),
        })
    }

    pub(super) fn open_activity(&mut self) -> Vec<Effect> {
        self.activity = Some(ActivityState::default());
        self.activity_effect().into_iter().collect()
    }

    /// How many entries fit on the screen (each takes two lines, below the heading).
    pub fn activity_page(&self) -> usize {
        let screen = ratatui::layout::Rect::new(0, 0, self.width, self.height);
        let body = layout::areas(screen).main.height;
        usize::from(body.saturating_sub(ACTIVITY_HEADING) / 2).max(1)
    }

    pub(super) fn update_activity(&mut self, action: Action) -> Vec<Effect> {
        let page = self.activity_page();
        let Some(state) = &mut self.activity else {
            return Vec::new();
        };
        let step = isize::try_from(page).unwrap_or(1);
        if let Some(delta) = cursor::step(action, Some(step)) {
            state.move_by(delta, page);
            return Vec::new();
        }
        match action {
            Action::CycleWindow => {
                state.window = state.window.next();
                state.entries = None;
                state.totals = None;
                state.cursor = 0;
                state.offset = 0;
                return self.activity_effect().into_iter().collect();
            }
            Action::ShowProject => return self.show_activity_project(),
            Action::Back => self.activity = None,
            Action::Quit => self.should_quit = true,
            _ => {}
        }
        Vec::new()
    }

    /// Leaves the activity for the table with the entry's project selected (where the
    /// search and filters show it) and its detail open; a deleted project's detail
    /// shows it deleted, with its history.
    fn show_activity_project(&mut self) -> Vec<Effect> {
        let Some(id) = self.activity.as_ref().and_then(|s| s.selected()).map(|e| e.project.id) else {
            return Vec::new();
        };
        self.activity = None;
        self.detail_open = !self.is_wide();
        vec![self.reload(Some(id)), Effect::LoadDetail(id)]
    }

    /// Takes in loaded entries, unless they are for a window no longer shown. The
    /// cursor stays on the entry it was on when that is still there (others' new
    /// entries come in above it).
    pub(super) fn activity_loaded(&mut self, since: &str, log: ActivityLog) {
        let ActivityLog { then, now, entries } = log;
        let today = self.today;
        let page = self.activity_page();
        let Some(state) = &mut self.activity else {
            return;
        };
        if state.window.since(today) != since {
            return;
        }
        let was = state.selected().map(|e| (e.row, e.project.id, e.kind.clone()));
        let found = was.and_then(|was| {
            entries
                .iter()
                .position(|e| (e.row, e.project.id, e.kind.clone()) == was)
        });
        state.entries = Some(entries);
        state.totals = Some((then, now));
        if let Some(index) = found {
            state.cursor = index;
        }
        state.move_by(0, page);
    }
}
