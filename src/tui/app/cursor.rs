//! A list's cursor: the same keys move it and the same bounds hold it in every list
//! (the map, the meetings, the activity screen, the filter's and the picker's choices).

use crate::tui::action::Action;

/// Where a cursor at `cursor` goes by `delta` in a list of `len` rows: never past either
/// end.
pub(super) fn moved(cursor: usize, delta: isize, len: usize) -> usize {
    cursor.saturating_add_signed(delta).min(len.saturating_sub(1))
}

/// How far `action` moves a list's cursor: a row, to either end, or `page` rows where the
/// list pages; None for any other action.
pub(super) fn step(action: Action, page: Option<isize>) -> Option<isize> {
    match action {
        Action::SelectNext => Some(1),
        Action::SelectPrevious => Some(-1),
        Action::SelectFirst => Some(isize::MIN / 2),
        Action::SelectLast => Some(isize::MAX / 2),
        Action::PageDown => page,
        Action::PageUp => page.map(|rows| -rows),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cursor_stops_at_either_end_and_pages_only_where_asked() {
        assert_eq!(moved(3, isize::MIN / 2, 10), 0);
        assert_eq!(moved(3, isize::MAX / 2, 10), 9);
        assert_eq!(moved(0, 1, 0), 0);
        assert_eq!(step(Action::PageDown, None), None);
        assert_eq!(step(Action::PageUp, Some(5)), Some(-5));
        assert_eq!(step(Action::Back, Some(5)), None);
    }
}
