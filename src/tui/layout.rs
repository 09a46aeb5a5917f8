//! Where things go on the screen. Shared by the views (to draw) and the state (to know
//! how many rows a page holds), so the two always agree.

use ratatui::layout::{Constraint, Layout, Rect};

/// Below this the interface shows only a one-line notice.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 15;
/// From this width the detail stands beside the table.
pub const WIDE: u16 = 120;

/// The parts of the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Areas {
    pub title: Rect,
    /// The table, its header row included (or the full-screen detail).
    pub main: Rect,
    /// The detail beside the table, on wide screens.
    pub side: Option<Rect>,
    pub footer: Rect,
    pub status: Rect,
}

pub fn is_wide(width: u16) -> bool {
    width >= WIDE
}

pub fn too_small(width: u16, height: u16) -> bool {
    width < MIN_WIDTH || height < MIN_HEIGHT
}

pub fn areas(area: Rect) -> Areas {
    let [title, body, footer, status] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    let (main, side) = if is_wide(area.width) {
        // The table keeps the width it has at 80 columns; the detail takes the rest.
        let [main, side] = Layout::horizontal([Constraint::Fill(2), Constraint::Fill(1)]).areas(body);
        (main, Some(side))
    } else {
        (body, None)
    };
    Areas {
        title,
        main,
        side,
        footer,
        status,
    }
}

/// Where the table's project rows go in its area: below its header row.
pub fn table_rows(table: Rect) -> Rect {
    Rect {
        y: table.y.saturating_add(1),
        height: table.height.saturating_sub(1),
        ..table
    }
}

/// How many project rows the table shows.
pub fn table_body_height(width: u16, height: u16) -> u16 {
    table_rows(areas(Rect::new(0, 0, width, height)).main).height
}

/// Where the help goes: centred, up to 64 wide, over everything but the status line
/// (which keeps its hints and messages).
pub fn help_area(screen: Rect) -> Rect {
    let width = screen.width.min(64);
    Rect {
        x: screen.x + (screen.width - width) / 2,
        width,
        height: screen.height.saturating_sub(1),
        ..screen
    }
}

/// How many lines of help fit inside its borders on a screen this size.
pub fn help_room(width: u16, height: u16) -> usize {
    usize::from(help_area(Rect::new(0, 0, width, height)).height.saturating_sub(2))
}

/// The items of a list of `count` that a view of `rows` lines shows so that `focus` is
/// on it: from the top while it fits, then scrolled just enough.
pub fn window(focus: usize, count: usize, rows: usize) -> std::ops::Range<usize> {
    let rows = rows.min(count);
    if rows == 0 {
        return 0..0;
    }
    let first = (focus.min(count - 1) + 1).saturating_sub(rows);
    first..first + rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heights_and_widths() {
        assert_eq!(table_body_height(80, 24), 20);
        let wide = areas(Rect::new(0, 0, 120, 40));
        assert!(wide.side.is_some());
        assert_eq!(wide.main.width + wide.side.map_or(0, |s| s.width), 120);
        assert!(areas(Rect::new(0, 0, 80, 24)).side.is_none());
        assert!(too_small(59, 24) && too_small(80, 14) && !too_small(60, 15));
    }

    #[test]
    fn a_window_always_holds_its_focus() {
        assert_eq!(window(0, 14, 11), 0..11);
        assert_eq!(window(10, 14, 11), 0..11);
        assert_eq!(window(13, 14, 11), 3..14);
        assert_eq!(window(99, 14, 11), 3..14);
        assert_eq!(window(2, 3, 11), 0..3);
        assert_eq!(window(0, 0, 5), 0..0);
        assert_eq!(window(4, 14, 0), 0..0);
    }
}
