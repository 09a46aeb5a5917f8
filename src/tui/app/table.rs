//! The projects table: which projects the query shows, the window of them loaded for the
//! screen, the row and column cursors, and the totals for the footer.
//!
//! Only a window around the visible rows is held, so 100,000 projects cost no more to
//! scroll than 10; the store pages through SQLite for the rest.

use crate::domain::Project;
use crate::store::{ProjectQuery, Totals};
pub use crate::tui::columns::Column;

/// The totals of the projects a query showed when they were last counted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counted {
    pub query: ProjectQuery,
    pub totals: Totals,
}

/// The project table's state (named apart from ratatui's `TableState`). Positions are absolute: 0 is the first project of the query.
#[derive(Debug, Clone, Default)]
pub struct ProjectTable {
    pub query: ProjectQuery,
    /// How many projects the query shows: exact once counted, until then at least
    /// the rows known to be there.
    pub count: usize,
    /// The last count and totals, possibly of an earlier query (see [`Self::totals`]).
    pub counted: Option<Counted>,
    /// The list changed since it was counted; counting waits for a quiet moment.
    pub totals_due: bool,
    pub selected: usize,
    /// The position of the top visible row.
    pub scroll: usize,
    /// Loaded projects, starting at position `buffer_start`.
    pub buffer_start: usize,
    pub buffer: Vec<Project>,
    pub column: usize,
}

impl ProjectTable {
    pub fn column(&self) -> Column {
        Column::ALL[self.column.min(Column::ALL.len() - 1)]
    }

    /// The totals of what the table shows, once counted.
    pub fn totals(&self) -> Option<&Totals> {
        self.counted
            .as_ref()
            .filter(|c| c.query == self.query)
            .map(|c| &c.totals)
    }

    /// The selected project, if it is loaded.
    pub fn selected_project(&self) -> Option<&Project> {
        self.project_at(self.selected)
    }

    pub fn project_at(&self, position: usize) -> Option<&Project> {
        position.checked_sub(self.buffer_start).and_then(|i| self.buffer.get(i))
    }

    /// Moves the row cursor by `delta` rows, clamped to the list.
    pub fn move_by(&mut self, delta: isize, height: usize) {
        if self.count == 0 {
            self.selected = 0;
            self.scroll = 0;
            return;
        }
        let last = self.count - 1;
        self.selected = self.selected.saturating_add_signed(delta).min(last);
        self.keep_visible(height);
    }

    pub fn select(&mut self, position: usize, height: usize) {
        self.selected = position.min(self.count.saturating_sub(1));
        self.keep_visible(height);
    }

    /// Scrolls just enough to keep the cursor on screen.
    pub fn keep_visible(&mut self, height: usize) {
        let height = height.max(1);
        if self.selected < self.scroll {
            self.scroll = self.selected;
        } else if self.selected >= self.scroll + height {
            self.scroll = self.selected + 1 - height;
        }
        let max_scroll = self.count.saturating_sub(height);
        self.scroll = self.scroll.min(max_scroll);
    }

    /// The rows the window needs that are not loaded: (start, length) to fetch.
    pub fn missing_rows(&self, height: usize) -> Option<(usize, usize)> {
        let end = (self.scroll + height).min(self.count);
        let loaded_end = self.buffer_start + self.buffer.len();
        let covered = self.scroll >= self.buffer_start && end <= loaded_end;
        if covered || self.count == 0 {
            return None;
        }
        // A screen above and below, so most moves need no query at all.
        let start = self.scroll.saturating_sub(height);
        Some((start, height * 3))
    }

    /// Moves the column cursor to the next visible column in `direction`.
    pub fn move_column(&mut self, forward: bool, width: u16) {
        let count = Column::ALL.len();
        let mut index = self.column;
        for _ in 0..count {
            index = if forward {
                (index + 1).min(count - 1)
            } else {
                index.saturating_sub(1)
            };
            if Column::ALL[index].visible_at(width) {
                self.column = index;
                return;
            }
        }
    }

    /// Replaces a loaded project after an edit, without a reload.
    pub fn replace(&mut self, project: &Project) {
        if let Some(slot) = self.buffer.iter_mut().find(|p| p.id == project.id) {
            *slot = project.clone();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(count: usize) -> ProjectTable {
        ProjectTable {
            count,
            ..ProjectTable::default()
        }
    }

    #[test]
    fn moves_are_clamped_and_scroll_follows() {
        let mut t = table(100);
        t.move_by(5, 10);
        assert_eq!((t.selected, t.scroll), (5, 0));
        t.move_by(20, 10);
        assert_eq!((t.selected, t.scroll), (25, 16));
        t.move_by(1_000, 10);
        assert_eq!((t.selected, t.scroll), (99, 90));
        t.move_by(-1_000, 10);
        assert_eq!((t.selected, t.scroll), (0, 0));
        let mut empty = table(0);
        empty.move_by(3, 10);
        assert_eq!(empty.selected, 0);
    }

    #[test]
    fn only_missing_rows_are_fetched() {
        let mut t = table(1_000);
        assert_eq!(t.missing_rows(10), Some((0, 30)));
        t.buffer_start = 0;
        t.buffer = vec![Project::blank(); 30];
        assert_eq!(t.missing_rows(10), None);
        t.select(25, 10);
        assert_eq!(t.missing_rows(10), None, "rows 16..26 are loaded");
        t.select(500, 10);
        assert_eq!(t.missing_rows(10), Some((481, 30)));
    }

    #[test]
    fn column_cursor_skips_hidden_columns() {
        let mut t = table(1);
        t.column = 2;
        t.move_column(true, 60);
        assert_eq!(t.column(), Column::Status, "sector is hidden at 60 columns");
        t.move_column(true, 120);
        assert_eq!(t.column(), Column::Investment);
        for _ in 0..10 {
            t.move_column(true, 120);
        }
        assert_eq!(t.column(), Column::JobsPlanned);
    }
}
