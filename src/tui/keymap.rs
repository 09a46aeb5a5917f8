//! The one keymap table: it dispatches keys, and the help overlay and the footer hints
//! are generated from it, so they can never disagree with what the keys do.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::action::Action;

/// Where the keyboard focus is; each has its own keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Context {
    Table,
    Detail,
    Summary,
    /// A cell, the search line, or a form field being typed into.
    Input,
    Form,
    Picker,
    Filter,
    Confirm,
    Help,
}

/// A key with its modifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub modifiers: KeyModifiers,
}

const fn key(code: KeyCode) -> Key {
    Key {
        code,
        modifiers: KeyModifiers::NONE,
    }
}

const fn ch(c: char) -> Key {
    key(KeyCode::Char(c))
}

/// F1: help from every screen, also where `?` is text being typed.
const F1: Key = key(KeyCode::F(1));

const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        modifiers: KeyModifiers::CONTROL,
    }
}

/// One line of the keymap: in this context, these keys do this.
pub struct Binding {
    pub context: Context,
    pub keys: &'static [Key],
    pub action: Action,
    pub help: &'static str,
}

use Context::*;
use KeyCode::{BackTab, Backspace, Down, End, Enter, Esc, Home, Left, PageDown, PageUp, Right, Tab, Up};

const fn b(context: Context, keys: &'static [Key], action: Action, help: &'static str) -> Binding {
    Binding {
        context,
        keys,
        action,
        help,
    }
}

/// Every key of every screen.
pub const BINDINGS: &[Binding] = &[
    b(Table, &[ch('j'), key(Down)], Action::SelectNext, "next project"),
    b(Table, &[ch('k'), key(Up)], Action::SelectPrevious, "previous project"),
    b(Table, &[ch('g'), key(Home)], Action::SelectFirst, "first project"),
    b(Table, &[ch('G'), key(End)], Action::SelectLast, "last project"),
    b(Table, &[key(PageDown), ctrl('f')], Action::PageDown, "page down"),
    b(Table, &[key(PageUp), ctrl('b')], Action::PageUp, "page up"),
    b(Table, &[ctrl('d')], Action::HalfPageDown, "half a page down"),
    b(Table, &[ctrl('u')], Action::HalfPageUp, "half a page up"),
    b(Table, &[ch('l'), key(Right)], Action::NextColumn, "next column"),
    b(Table, &[ch('h'), key(Left)], Action::PreviousColumn, "previous column"),
    b(Table, &[key(Enter), ch('e')], Action::StartEdit, "edit the cell"),
    b(Table, &[key(Tab), ch(' ')], Action::ToggleDetail, "open the detail"),
    b(Table, &[ch('/')], Action::StartSearch, "search"),
    b(
        Table,
        &[ch('f')],
        Action::OpenFilter,
        "filter by status, country, sector",
    ),
    b(
        Table,
        &[ch('s')],
        Action::SortByColumn,
        "sort by this column (again: reverse)",
    ),
    b(Table, &[ch('a')], Action::AddProject, "add a project"),
    b(Table, &[ch('n')], Action::AddUpdate, "add an update"),
    b(Table, &[ch('d')], Action::DeleteProject, "delete the project"),
    b(
        Table,
        &[ch('S')],
        Action::OpenSummary,
        "summary: totals, charts, reported figures",
    ),
    b(Table, &[ch('u')], Action::Undo, "undo your last change"),
    b(Table, &[ctrl('r')], Action::Redo, "redo"),
    b(Table, &[ch('c')], Action::ClearFilters, "clear search and filters"),
    b(
        Table,
        &[ch('?'), F1],
        Action::ToggleHelp,
        "help: the keys of this screen",
    ),
    b(Table, &[key(Esc)], Action::Back, "clear search and filters"),
    b(Table, &[ch('q'), ctrl('c')], Action::Quit, "quit"),
    b(Detail, &[ch('j'), key(Down)], Action::ScrollDown, "scroll down"),
    b(Detail, &[ch('k'), key(Up)], Action::ScrollUp, "scroll up"),
    b(Detail, &[ch('J'), ctrl('n')], Action::SelectNext, "next project"),
    b(
        Detail,
        &[ch('K'), ctrl('p')],
        Action::SelectPrevious,
        "previous project",
    ),
    b(Detail, &[ch('n')], Action::AddUpdate, "add an update"),
    b(Detail, &[ch('u')], Action::Undo, "undo your last change"),
    b(Detail, &[ctrl('r')], Action::Redo, "redo"),
    b(
        Detail,
        &[ch('?'), F1],
        Action::ToggleHelp,
        "help: the keys of this screen",
    ),
    b(
        Detail,
        &[key(Esc), key(Tab), ch(' ')],
        Action::Back,
        "back to the table",
    ),
    b(Detail, &[ch('q'), ctrl('c')], Action::Quit, "quit"),
    b(Summary, &[ch('j'), key(Down)], Action::SelectNext, "next group"),
    b(Summary, &[ch('k'), key(Up)], Action::SelectPrevious, "previous group"),
    b(
        Summary,
        &[ch('b'), key(Tab)],
        Action::CycleGrouping,
        "group by status / country / sector",
    ),
    b(Summary, &[key(Enter)], Action::ShowGroup, "the projects of this group"),
    b(
        Summary,
        &[ch('?'), F1],
        Action::ToggleHelp,
        "help: the keys of this screen",
    ),
    b(Summary, &[key(Esc), ch('S')], Action::Back, "back to the table"),
    b(Summary, &[ch('q'), ctrl('c')], Action::Quit, "quit"),
    b(Input, &[key(Enter)], Action::CommitEdit, "save"),
    b(Input, &[key(Esc)], Action::CancelEdit, "cancel"),
    b(Input, &[F1], Action::ToggleHelp, "help"),
    b(Form, &[key(Tab), key(Down)], Action::NextField, "next field"),
    b(Form, &[key(BackTab), key(Up)], Action::PreviousField, "previous field"),
    b(Form, &[key(Enter)], Action::NextField, "next field (save on the last)"),
    b(Form, &[ctrl('s')], Action::SubmitForm, "save"),
    b(Form, &[key(Esc)], Action::CancelEdit, "cancel"),
    b(Form, &[F1], Action::ToggleHelp, "help"),
    b(Picker, &[ch('j'), key(Down)], Action::SelectNext, "next choice"),
    b(Picker, &[ch('k'), key(Up)], Action::SelectPrevious, "previous choice"),
    b(Picker, &[key(Enter)], Action::CommitEdit, "choose"),
    b(Picker, &[key(Esc), ch('q')], Action::CancelEdit, "cancel"),
    b(Picker, &[ch('?'), F1], Action::ToggleHelp, "help"),
    b(Filter, &[ch('j'), key(Down)], Action::SelectNext, "next option"),
    b(Filter, &[ch('k'), key(Up)], Action::SelectPrevious, "previous option"),
    b(Filter, &[ch(' '), ch('x')], Action::ToggleOption, "tick / untick"),
    b(Filter, &[ch('c')], Action::ClearFilters, "clear all"),
    b(Filter, &[key(Enter), key(Esc), ch('f'), ch('q')], Action::Back, "close"),
    b(Filter, &[ch('?'), F1], Action::ToggleHelp, "help"),
    b(Confirm, &[ch('y'), ch('Y')], Action::Confirm, "yes"),
    b(Confirm, &[ch('n'), ch('N'), key(Esc), ch('q')], Action::Back, "no"),
    b(Confirm, &[ch('?'), F1], Action::ToggleHelp, "help"),
    b(Help, &[ch('j'), key(Down)], Action::ScrollDown, "scroll down"),
    b(Help, &[ch('k'), key(Up)], Action::ScrollUp, "scroll up"),
    b(Help, &[key(PageDown), ch(' ')], Action::PageDown, "page down"),
    b(Help, &[key(PageUp)], Action::PageUp, "page up"),
    b(Help, &[key(Esc), ch('?'), ch('q'), F1], Action::Back, "close help"),
];

/// The action a key asks for in a context, if any. Key releases are ignored.
pub fn resolve(context: Context, event: &KeyEvent) -> Option<Action> {
    if event.kind == KeyEventKind::Release {
        return None;
    }
    // Shifted letters arrive with SHIFT set; the letter's case already says so.
    let modifiers = match event.code {
        KeyCode::Char(_) | BackTab => event.modifiers - KeyModifiers::SHIFT,
        _ => event.modifiers,
    };
    let pressed = Key {
        code: event.code,
        modifiers,
    };
    BINDINGS
        .iter()
        .filter(|binding| binding.context == context)
        .find(|binding| binding.keys.contains(&pressed))
        .map(|binding| binding.action)
}

/// The keys of a context for the help overlay: ("j ↓", "next project").
pub fn help(context: Context) -> Vec<(String, &'static str)> {
    BINDINGS
        .iter()
        .filter(|binding| binding.context == context)
        .map(|binding| {
            (
                binding.keys.iter().map(key_name).collect::<Vec<_>>().join(" "),
                binding.help,
            )
        })
        .collect()
}

/// One line of the help overlay.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HelpLine {
    /// A section: the keys of one screen or popup.
    Title(&'static str),
    /// Keys (`j ↓`) and what they do.
    Keys(String, &'static str),
}

/// What a context is called in help.
fn title(context: Context) -> &'static str {
    match context {
        Table => "Projects table",
        Detail => "Detail",
        Summary => "Summary",
        Input => "Editing a cell or searching",
        Form => "Forms (add a project, add an update)",
        Picker => "Status and country pickers",
        Filter => "Filter",
        Confirm => "Delete confirmation",
        Help => "This help",
    }
}

/// The sections help shows over a context: its own keys first, then those of the
/// popups and inputs that can be opened from it.
fn sections(context: Context) -> &'static [Context] {
    match context {
        Table => &[Table, Input, Picker, Form, Filter, Confirm, Help],
        Detail => &[Detail, Form, Help],
        Summary => &[Summary, Help],
        Input => &[Input, Help],
        Form => &[Form, Help],
        Picker => &[Picker, Help],
        Filter => &[Filter, Help],
        Confirm => &[Confirm, Help],
        Help => &[Help],
    }
}

/// Every line of the help shown over `context`, from the keymap itself.
pub fn help_lines(context: Context) -> Vec<HelpLine> {
    sections(context)
        .iter()
        .flat_map(|section| {
            std::iter::once(HelpLine::Title(title(*section))).chain(
                help(*section)
                    .into_iter()
                    .map(|(keys, what)| HelpLine::Keys(keys, what)),
            )
        })
        .collect()
}

/// The first key bound to an action in a context, for footer hints.
pub fn key_for(context: Context, action: Action) -> Option<String> {
    BINDINGS
        .iter()
        .find(|binding| binding.context == context && binding.action == action)
        .and_then(|binding| binding.keys.first())
        .map(key_name)
}

/// How a key is written in help: `j`, `Ctrl-d`, `PgDn`, `↓`.
pub fn key_name(key: &Key) -> String {
    let base = match key.code {
        KeyCode::Char(' ') => "Space".to_string(),
        KeyCode::Char(c) => c.to_string(),
        Down => "↓".into(),
        Up => "↑".into(),
        Left => "←".into(),
        Right => "→".into(),
        Home => "Home".into(),
        End => "End".into(),
        PageDown => "PgDn".into(),
        PageUp => "PgUp".into(),
        Enter => "Enter".into(),
        Esc => "Esc".into(),
        Tab => "Tab".into(),
        BackTab => "Shift-Tab".into(),
        Backspace => "Backspace".into(),
        KeyCode::F(number) => format!("F{number}"),
        other => format!("{other:?}"),
    };
    if key.modifiers.contains(KeyModifiers::CONTROL) {
        format!("Ctrl-{base}")
    } else {
        base
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, modifiers)
    }

    #[test]
    fn keys_resolve_by_context() {
        assert_eq!(
            resolve(Table, &press(KeyCode::Char('j'), KeyModifiers::NONE)),
            Some(Action::SelectNext)
        );
        assert_eq!(
            resolve(Detail, &press(KeyCode::Char('j'), KeyModifiers::NONE)),
            Some(Action::ScrollDown)
        );
        assert_eq!(
            resolve(Table, &press(KeyCode::Char('G'), KeyModifiers::SHIFT)),
            Some(Action::SelectLast)
        );
        assert_eq!(
            resolve(Table, &press(KeyCode::Char('d'), KeyModifiers::CONTROL)),
            Some(Action::HalfPageDown)
        );
        assert_eq!(resolve(Table, &press(KeyCode::Char('z'), KeyModifiers::NONE)), None);
        let mut release = press(KeyCode::Char('q'), KeyModifiers::NONE);
        release.kind = KeyEventKind::Release;
        assert_eq!(resolve(Table, &release), None);
    }

    #[test]
    fn no_key_is_bound_twice_in_one_context() {
        for (i, a) in BINDINGS.iter().enumerate() {
            for other in &BINDINGS[i + 1..] {
                if a.context == other.context {
                    for k in a.keys {
                        assert!(
                            !other.keys.contains(k),
                            "{:?} bound twice in {:?}",
                            key_name(k),
                            a.context
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn help_lists_every_binding_of_a_context() {
        let table_help = help(Table);
        assert_eq!(table_help.len(), BINDINGS.iter().filter(|b| b.context == Table).count());
        assert!(table_help.contains(&("j ↓".to_string(), "next project")));
        assert_eq!(key_for(Table, Action::HalfPageDown).as_deref(), Some("Ctrl-d"));
    }
}
