//! The keys of the meetings screen (issue 24), beside the one keymap table: `M` opens it
//! from the table; `Enter` goes down (a meeting's agreements, an agreement's detail, a
//! linked project in the table); `Esc` goes back up.

use ratatui::crossterm::event::KeyCode::{Down, End, Enter, Esc, Home, PageDown, PageUp, Up};

use super::action::Action;
use super::keymap::Context::{Meetings, Table};
use super::keymap::{Binding, F1, b, ch, ctrl, key};

pub const MEETING_BINDINGS: &[Binding] = &[
    b(
        Table,
        &[ch('M')],
        Action::OpenMeetings,
        "tui-key-meetings-and-agreements",
    ),
    b(
        Meetings,
        &[ch('j'), key(Down)],
        Action::SelectNext,
        "tui-key-next-entry",
    ),
    b(
        Meetings,
        &[ch('k'), key(Up)],
        Action::SelectPrevious,
        "tui-key-previous-entry",
    ),
    b(
        Meetings,
        &[ch('g'), key(Home)],
        Action::SelectFirst,
        "tui-key-first-entry",
    ),
    b(Meetings, &[ch('G'), key(End)], Action::SelectLast, "tui-key-last-entry"),
    b(
        Meetings,
        &[key(PageDown), ctrl('f')],
        Action::PageDown,
        "tui-key-page-down",
    ),
    b(Meetings, &[key(PageUp), ctrl('b')], Action::PageUp, "tui-key-page-up"),
    b(
        Meetings,
        &[key(Enter), ch('l')],
        Action::ShowProject,
        "tui-key-meetings-open",
    ),
    b(
        Meetings,
        &[ch('?'), F1],
        Action::ToggleHelp,
        "tui-key-help-the-keys-of-this-screen",
    ),
    b(Meetings, &[ch('a')], Action::AddProject, "tui-key-meetings-add"),
    b(Meetings, &[ch('n')], Action::AddUpdate, "tui-key-meetings-note"),
    b(Meetings, &[ch('e')], Action::StartEdit, "tui-key-meetings-edit"),
    b(Meetings, &[ch('u')], Action::Undo, "tui-key-undo-your-last-change"),
    b(Meetings, &[ctrl('r')], Action::Redo, "tui-key-redo"),
    b(Meetings, &[key(Esc), ch('h')], Action::Back, "tui-key-meetings-back"),
    b(Meetings, &[ch('M')], Action::CloseMeetings, "tui-key-back-to-the-table"),
    b(Meetings, &[ch('q'), ctrl('c')], Action::Quit, "tui-key-quit"),
];
