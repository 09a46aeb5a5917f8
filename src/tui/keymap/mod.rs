//! The one keymap table: it dispatches keys, and the help overlay and the footer hints
//! are generated from it, so they can never disagree with what the keys do.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::action::Action;
use crate::tr;

/// Where the keyboard focus is; each has its own keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Context {
    Table,
    Detail,
    Summary,
    Activity,
    Map,
    /// The commission's meetings and their agreements (issue 24).
    Meetings,
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

pub(super) const fn key(code: KeyCode) -> Key {
    Key {
        code,
        modifiers: KeyModifiers::NONE,
    }
}

pub(super) const fn ch(c: char) -> Key {
    key(KeyCode::Char(c))
}

/// F1: help from every screen, also where `?` is text being typed.
pub(super) const F1: Key = key(KeyCode::F(1));

pub(super) const fn ctrl(c: char) -> Key {
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
    /// The message id of what the keys do, for help.
    pub help: &'static str,
}

use Context::*;
use KeyCode::{BackTab, Backspace, Down, End, Enter, Esc, Home, Left, PageDown, PageUp, Right, Tab, Up};

pub(super) const fn b(context: Context, keys: &'static [Key], action: Action, help: &'static str) -> Binding {
    Binding {
        context,
        keys,
        action,
        help,
    }
}

/// Every binding: this table's and the meetings screen's (`keymap_meetings`).
pub fn all_bindings() -> impl Iterator<Item = &'static Binding> {
    BINDINGS.iter().chain(super::keymap_meetings::MEETING_BINDINGS)
}

/// Every key of every screen.
pub const BINDINGS: &[Binding] = &[
    b(Table, &[ch('j'), key(Down)], Action::SelectNext, "tui-key-next-project"),
    b(
        Table,
        &[ch('k'), key(Up)],
        Action::SelectPrevious,
        "tui-key-previous-project",
    ),
    b(
        Table,
        &[ch('g'), key(Home)],
        Action::SelectFirst,
        "tui-key-first-project",
    ),
    b(Table, &[ch('G'), key(End)], Action::SelectLast, "tui-key-last-project"),
    b(
        Table,
        &[key(PageDown), ctrl('f')],
        Action::PageDown,
        "tui-key-page-down",
    ),
    b(Table, &[key(PageUp), ctrl('b')], Action::PageUp, "tui-key-page-up"),
    b(Table, &[ctrl('d')], Action::HalfPageDown, "tui-key-half-a-page-down"),
    b(Table, &[ctrl('u')], Action::HalfPageUp, "tui-key-half-a-page-up"),
    b(Table, &[ch('l'), key(Right)], Action::NextColumn, "tui-key-next-column"),
    b(
        Table,
        &[ch('h'), key(Left)],
        Action::PreviousColumn,
        "tui-key-previous-column",
    ),
    b(
        Table,
        &[key(Enter), ch('e')],
        Action::StartEdit,
        "tui-key-edit-the-cell",
    ),
    b(
        Table,
        &[key(Tab), ch(' ')],
        Action::ToggleDetail,
        "tui-key-open-the-detail",
    ),
    b(Table, &[ch('E')], Action::EditAnyField, "tui-key-edit-any-field"),
    b(Table, &[ch('/')], Action::StartSearch, "tui-key-search"),
    b(
        Table,
        &[ch('f')],
        Action::OpenFilter,
        "tui-key-filter-by-status-country-sector",
    ),
    b(
        Table,
        &[ch('s')],
        Action::SortByColumn,
        "tui-key-sort-by-this-column-again-reverse",
    ),
    b(Table, &[ch('a')], Action::AddProject, "tui-key-add-a-project"),
    b(Table, &[ch('n')], Action::AddUpdate, "tui-key-add-an-update"),
    b(Table, &[ch('d')], Action::DeleteProject, "tui-key-delete-the-project"),
    b(
        Table,
        &[ch('S')],
        Action::OpenSummary,
        "tui-key-summary-totals-charts-reported-figures",
    ),
    b(
        Table,
        &[ch('A')],
        Action::OpenActivity,
        "tui-key-activity-what-was-entered-lately",
    ),
    b(
        Table,
        &[ch('L')],
        Action::OpenMap,
        "tui-key-map-where-the-projects-stand",
    ),
    b(Table, &[ch('u')], Action::Undo, "tui-key-undo-your-last-change"),
    b(Table, &[ch('r')], Action::PickSource, "tui-key-attach-a-source"),
    b(Table, &[ctrl('r')], Action::Redo, "tui-key-redo"),
    b(
        Table,
        &[ch('c')],
        Action::ClearFilters,
        "tui-key-clear-search-and-filters",
    ),
    b(
        Table,
        &[ch('?'), F1],
        Action::ToggleHelp,
        "tui-key-help-the-keys-of-this-screen",
    ),
    b(Table, &[key(Esc)], Action::Back, "tui-key-clear-search-and-filters"),
    b(Table, &[ch('q'), ctrl('c')], Action::Quit, "tui-key-quit"),
    b(Detail, &[ch('j'), key(Down)], Action::ScrollDown, "tui-key-scroll-down"),
    b(Detail, &[ch('k'), key(Up)], Action::ScrollUp, "tui-key-scroll-up"),
    b(Detail, &[key(PageDown)], Action::ScrollPageDown, "tui-key-page-down"),
    b(Detail, &[key(PageUp)], Action::ScrollPageUp, "tui-key-page-up"),
    b(Detail, &[ch('g'), key(Home)], Action::ScrollTop, "tui-key-top"),
    b(Detail, &[ch('G'), key(End)], Action::ScrollBottom, "tui-key-end"),
    b(
        Detail,
        &[ch('J'), ctrl('n')],
        Action::SelectNext,
        "tui-key-next-project",
    ),
    b(
        Detail,
        &[ch('K'), ctrl('p')],
        Action::SelectPrevious,
        "tui-key-previous-project",
    ),
    b(Detail, &[ch('n')], Action::AddUpdate, "tui-key-add-an-update"),
    b(Detail, &[ch('E')], Action::EditAnyField, "tui-key-edit-any-field"),
    b(Detail, &[ch('u')], Action::Undo, "tui-key-undo-your-last-change"),
    b(Detail, &[ch('r')], Action::PickSource, "tui-key-attach-a-source"),
    b(Detail, &[ctrl('r')], Action::Redo, "tui-key-redo"),
    b(
        Detail,
        &[ch('?'), F1],
        Action::ToggleHelp,
        "tui-key-help-the-keys-of-this-screen",
    ),
    b(
        Detail,
        &[key(Esc), key(Tab), ch(' ')],
        Action::Back,
        "tui-key-back-to-the-table",
    ),
    b(Detail, &[ch('q'), ctrl('c')], Action::Quit, "tui-key-quit"),
    b(Summary, &[ch('j'), key(Down)], Action::SelectNext, "tui-key-next-group"),
    b(
        Summary,
        &[ch('k'), key(Up)],
        Action::SelectPrevious,
        "tui-key-previous-group",
    ),
    b(
        Summary,
        &[ch('b'), key(Tab)],
        Action::CycleGrouping,
        "tui-key-group-by-status-country-sector",
    ),
    b(
        Summary,
        &[key(Enter)],
        Action::ShowGroup,
        "tui-key-the-projects-of-this-group",
    ),
    b(
        Summary,
        &[ch('?'), F1],
        Action::ToggleHelp,
        "tui-key-help-the-keys-of-this-screen",
    ),
    b(
        Summary,
        &[ch('t')],
        Action::ToggleTrendChart,
        "tui-key-trend-chart-or-table",
    ),
    b(Summary, &[key(Esc), ch('S')], Action::Back, "tui-key-back-to-the-table"),
    b(Summary, &[ch('q'), ctrl('c')], Action::Quit, "tui-key-quit"),
    b(
        Activity,
        &[ch('j'), key(Down)],
        Action::SelectNext,
        "tui-key-next-entry",
    ),
    b(
        Activity,
        &[ch('k'), key(Up)],
        Action::SelectPrevious,
        "tui-key-previous-entry",
    ),
    b(
        Activity,
        &[ch('g'), key(Home)],
        Action::SelectFirst,
        "tui-key-newest-entry",
    ),
    b(
        Activity,
        &[ch('G'), key(End)],
        Action::SelectLast,
        "tui-key-oldest-entry",
    ),
    b(
        Activity,
        &[key(PageDown), ctrl('f')],
        Action::PageDown,
        "tui-key-page-down",
    ),
    b(Activity, &[key(PageUp), ctrl('b')], Action::PageUp, "tui-key-page-up"),
    b(
        Activity,
        &[ch('w'), key(Tab)],
        Action::CycleWindow,
        "tui-key-look-back-7-30-90-days",
    ),
    b(Activity, &[key(Enter)], Action::ShowProject, "tui-key-open-the-project"),
    b(
        Activity,
        &[ch('?'), F1],
        Action::ToggleHelp,
        "tui-key-help-the-keys-of-this-screen",
    ),
    b(
        Activity,
        &[key(Esc), ch('A')],
        Action::Back,
        "tui-key-back-to-the-table",
    ),
    b(Activity, &[ch('q'), ctrl('c')], Action::Quit, "tui-key-quit"),
    b(Map, &[ch('j'), key(Down)], Action::SelectNext, "tui-key-next-place"),
    b(
        Map,
        &[ch('k'), key(Up)],
        Action::SelectPrevious,
        "tui-key-previous-place",
    ),
    b(
        Map,
        &[ch('g'), key(Home)],
        Action::SelectFirst,
        "tui-key-northernmost-place",
    ),
    b(
        Map,
        &[ch('G'), key(End)],
        Action::SelectLast,
        "tui-key-southernmost-place",
    ),
    b(Map, &[key(Enter)], Action::ShowProject, "tui-key-open-the-project"),
    b(
        Map,
        &[ch('?'), F1],
        Action::ToggleHelp,
        "tui-key-help-the-keys-of-this-screen",
    ),
    b(Map, &[key(Esc), ch('L')], Action::Back, "tui-key-back-to-the-table"),
    b(Map, &[ch('q'), ctrl('c')], Action::Quit, "tui-key-quit"),
    b(Input, &[key(Enter)], Action::CommitEdit, "tui-key-save"),
    b(Input, &[key(Esc)], Action::CancelEdit, "tui-key-cancel"),
    b(Input, &[F1], Action::ToggleHelp, "tui-key-help"),
    b(Form, &[key(Tab), key(Down)], Action::NextField, "tui-key-next-field"),
    b(
        Form,
        &[key(BackTab), key(Up)],
        Action::PreviousField,
        "tui-key-previous-field",
    ),
    b(
        Form,
        &[key(Enter)],
        Action::NextField,
        "tui-key-next-field-save-on-the-last",
    ),
    b(Form, &[ctrl('s')], Action::SubmitForm, "tui-key-save"),
    b(Form, &[key(Esc)], Action::CancelEdit, "tui-key-cancel"),
    b(Form, &[F1], Action::ToggleHelp, "tui-key-help"),
    b(Picker, &[ch('j'), key(Down)], Action::SelectNext, "tui-key-next-choice"),
    b(
        Picker,
        &[ch('k'), key(Up)],
        Action::SelectPrevious,
        "tui-key-previous-choice",
    ),
    b(
        Picker,
        &[ch('g'), key(Home)],
        Action::SelectFirst,
        "tui-key-first-choice",
    ),
    b(Picker, &[ch('G'), key(End)], Action::SelectLast, "tui-key-last-choice"),
    b(Picker, &[key(Enter)], Action::CommitEdit, "tui-key-choose"),
    b(Picker, &[key(Esc), ch('q')], Action::CancelEdit, "tui-key-cancel"),
    b(Picker, &[ch('?'), F1], Action::ToggleHelp, "tui-key-help"),
    b(Filter, &[ch('j'), key(Down)], Action::SelectNext, "tui-key-next-option"),
    b(
        Filter,
        &[ch('k'), key(Up)],
        Action::SelectPrevious,
        "tui-key-previous-option",
    ),
    b(Filter, &[ch(' '), ch('x')], Action::ToggleOption, "tui-key-tick-untick"),
    b(Filter, &[ch('c')], Action::ClearFilters, "tui-key-clear-all"),
    b(
        Filter,
        &[key(Enter), key(Esc), ch('f'), ch('q')],
        Action::Back,
        "tui-key-close",
    ),
    b(Filter, &[ch('?'), F1], Action::ToggleHelp, "tui-key-help"),
    b(Confirm, &[ch('y'), ch('Y')], Action::Confirm, "tui-key-yes"),
    b(
        Confirm,
        &[ch('n'), ch('N'), key(Esc), ch('q')],
        Action::Back,
        "tui-key-no",
    ),
    b(Confirm, &[ch('?'), F1], Action::ToggleHelp, "tui-key-help"),
    b(Help, &[ch('j'), key(Down)], Action::ScrollDown, "tui-key-scroll-down"),
    b(Help, &[ch('k'), key(Up)], Action::ScrollUp, "tui-key-scroll-up"),
    b(Help, &[key(PageDown), ch(' ')], Action::PageDown, "tui-key-page-down"),
    b(Help, &[key(PageUp)], Action::PageUp, "tui-key-page-up"),
    b(
        Help,
        &[key(Esc), ch('?'), ch('q'), F1],
        Action::Back,
        "tui-key-close-help",
    ),
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
    let code = match (context, event.code) {
        // Letters typed into an input are text, never commands.
        (Input | Form, code) => code,
        (_, KeyCode::Char(c)) => KeyCode::Char(latin_place(c)),
        (_, code) => code,
    };
    let pressed = Key { code, modifiers };
    all_bindings()
        .filter(|binding| binding.context == context)
        .find(|binding| binding.keys.contains(&pressed))
        .map(|binding| binding.action)
}

/// The ЙЦУКЕН (Russian) layout over QWERTY, key for key: `о` is where `j` is.
const RUSSIAN_LAYOUT: (&str, &str) = (
    "йцукенгшщзхъфывапролджэячсмитьбюЙЦУКЕНГШЩЗФЫВАПРОЛДЯЧСМИТЬ.,",
    "qwertyuiop[]asdfghjkl;'zxcvbnm,.QWERTYUIOPASDFGHJKLZXCVBNM/?",
);

/// The Latin character on the key that types `c` in the Russian layout, as vim's
/// `langmap` does: with the layout switched to Russian, `о` moves down as `j` does.
/// Other characters are themselves.
pub fn latin_place(c: char) -> char {
    let (russian, latin) = RUSSIAN_LAYOUT;
    russian
        .chars()
        .position(|r| r == c)
        .and_then(|index| latin.chars().nth(index))
        .unwrap_or(c)
}

/// The keys of a context for the help overlay: ("j ↓", "next project").
pub fn help(context: Context) -> Vec<(String, String)> {
    let mut lines: Vec<(String, String)> = all_bindings()
        .filter(|binding| binding.context == context)
        .map(|binding| {
            (
                binding.keys.iter().map(key_name).collect::<Vec<_>>().join(" "),
                crate::i18n::message(binding.help, &[]),
            )
        })
        .collect();
    if context == Picker {
        // Not a binding: every other letter or digit jumps, in either layout.
        lines.push((
            crate::i18n::message("tui-key-letter-name", &[]),
            crate::i18n::message("tui-key-jump-to-letter", &[]),
        ));
    }
    lines
}

/// One line of the help overlay.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HelpLine {
    /// A section: the keys of one screen or popup.
    Title(String),
    /// Keys (`j ↓`) and what they do.
    Keys(String, String),
    /// A remark under the keys.
    Note(String),
}

/// What a context is called in help.
fn title(context: Context) -> String {
    match context {
        Table => tr!("tui-help-table"),
        Detail => tr!("tui-help-detail"),
        Summary => tr!("tui-help-summary"),
        Activity => tr!("tui-help-activity"),
        Map => tr!("tui-help-map"),
        Meetings => tr!("tui-help-meetings"),
        Input => tr!("tui-help-input"),
        Form => tr!("tui-help-form"),
        Picker => tr!("tui-help-picker"),
        Filter => tr!("tui-help-filter"),
        Confirm => tr!("tui-help-confirm"),
        Help => tr!("tui-help-help"),
    }
}

/// The sections help shows over a context: its own keys first, then those of the
/// popups and inputs that can be opened from it.
fn sections(context: Context) -> &'static [Context] {
    match context {
        Table => &[Table, Input, Picker, Form, Filter, Confirm, Help],
        Detail => &[Detail, Form, Help],
        Summary => &[Summary, Help],
        Activity => &[Activity, Help],
        Map => &[Map, Help],
        Meetings => &[Meetings, Form, Help],
        Input => &[Input, Help],
        Form => &[Form, Help],
        Picker => &[Picker, Help],
        Filter => &[Filter, Help],
        Confirm => &[Confirm, Help],
        Help => &[Help],
    }
}

/// Every line of the help shown over `context`, from the keymap itself; once, at the
/// end, that the letters work in the Russian layout too.
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
        .chain(std::iter::once(HelpLine::Note(tr!("tui-help-layout"))))
        .collect()
}

/// The first key bound to an action in a context, for footer hints.
pub fn key_for(context: Context, action: Action) -> Option<String> {
    all_bindings()
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
mod tests;
