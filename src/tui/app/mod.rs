//! The interface's state and its logic, with no terminal and no database: keys and
//! pastes come in, the state changes, and effects (requests to the store) go out as
//! data. The event loop runs the effects and hands the outcomes back through
//! [`App::apply`]. Everything here can be driven by tests.

mod activity;
mod commission_form;
mod cursor;
mod edit;
mod effect;
mod filter;
mod form;
mod map;
mod meetings;
mod notice;
mod outcome;
mod summary;
mod table;
mod update;
mod waiting;

pub use activity::{ACTIVITY_HEADING, ActivityState, ActivityWindow};
pub use commission_form::{CommissionForm, CommissionNew, CommissionSet, FormTarget, Slot, SlotProblem};
pub use edit::{CellEdit, Picker};
pub use effect::{ConflictInfo, Effect, Outcome};
pub use filter::{FilterOption, FilterState, describe as describe_filters};
pub use form::{FormField, NoteAbout, NoteForm, NotePart, ProjectForm};
pub use map::MapState;
pub use meetings::{MeetingsData, MeetingsLevel, MeetingsState};
pub use notice::{ConflictNote, InputProblem, Notice};
pub use summary::SummaryState;
pub use table::{Column, Counted, ProjectTable};
pub use waiting::{WRITE_ATTEMPTS, WaitingWrite};

use chrono::NaiveDate;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use tui_input::Input;
use tui_input::backend::crossterm::EventHandler;

use super::keymap::{self, Context};
use super::layout;
use crate::domain::{Project, text};
use crate::store::{Change, DatedNote, PastValue, Source};

/// What covers the table, if anything. One at a time; `Esc` leaves it.
#[derive(Debug, Clone)]
pub enum Overlay {
    Edit(CellEdit),
    Picker(Picker),
    Search {
        input: Input,
        before: String,
    },
    Filter(FilterState),
    AddProject(Box<ProjectForm>),
    AddUpdate(Box<NoteForm>),
    /// A new meeting or agreement, on the meetings screen (issue 24).
    AddCommission(Box<CommissionForm>),
    ConfirmDelete {
        id: i64,
        version: i64,
        name: String,
    },
    /// Undo was refused (`why`); step past the change it is stuck on (`change`)?
    ConfirmSkip {
        why: String,
        change: String,
    },
    Help(HelpState),
}

/// The help overlay: the keys of the screen or popup it was opened over, which it
/// returns to when closed.
#[derive(Debug, Clone)]
pub struct HelpState {
    /// Whose keys are shown.
    pub over: Context,
    /// The popup or input the help covers, restored when it closes.
    pub behind: Option<Box<Overlay>>,
}

/// The project shown in the detail.
#[derive(Debug, Clone, Default)]
pub struct DetailState {
    pub project: Option<Project>,
    pub updates: Vec<DatedNote>,
    /// The newest entries of the project's history ...
    pub history: Vec<Change>,
    /// ... of this many in all.
    pub history_total: usize,
    /// Each figure's values over time, from the audit log, oldest first.
    pub figures: Vec<(crate::domain::Field, Vec<PastValue>)>,
    /// The agreements linked to the project (issue 24).
    pub agreements: Vec<crate::domain::Agreement>,
    pub scroll: u16,
    /// How far the detail can scroll at the size last drawn (the drawing knows its lines),
    /// and how many lines a page is, so that `End` and `PgDn` stop at the last line.
    pub scroll_limit: std::cell::Cell<(u16, u16)>,
}

/// What the main part of the screen shows (the detail stands beside the table on wide
/// screens, and takes its place on narrow ones).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MainView {
    Table,
    Detail,
    Summary,
    Activity,
    Map,
    Meetings,
}

/// How many history entries the detail shows; `ortaq history` has them all.
pub const DETAIL_HISTORY: usize = 200;

/// A message on the status line, held as data and put into words when drawn.
#[derive(Debug, Clone)]
pub struct StatusMessage {
    pub notice: Notice,
    pub is_error: bool,
}

impl StatusMessage {
    /// The message in the language spoken now.
    pub fn text(&self) -> String {
        self.notice.text()
    }
}

/// The whole state of the interface.
#[derive(Debug, Clone)]
pub struct App {
    pub table: ProjectTable,
    pub detail: DetailState,
    /// The detail fills the screen (narrow windows only; wide ones show it beside).
    pub detail_open: bool,
    /// The summary screen, when open.
    pub summary: Option<SummaryState>,
    /// The activity screen (what was entered lately), when open.
    pub activity: Option<ActivityState>,
    /// The map of the located projects, when open.
    pub map: Option<MapState>,
    /// The meetings screen (issue 24), when open.
    pub meetings: Option<MeetingsState>,
    /// The agreement's page a linked project was opened from: `Esc` in the table goes
    /// back to it, where the person came from.
    pub meetings_behind: Option<MeetingsState>,
    pub overlay: Option<Overlay>,
    /// A write the database was too busy to take yet, tried again until it lands.
    pub waiting: Option<WaitingWrite>,
    pub status: Option<StatusMessage>,
    /// How far the help is scrolled (never past its last line).
    pub help_scroll: u16,
    pub sources: Vec<Source>,
    pub sectors: Vec<String>,
    pub width: u16,
    pub height: u16,
    pub read_only: bool,
    pub today: NaiveDate,
    pub should_quit: bool,
    /// An edit closed because its project left the list under it; the project's
    /// detail, asked for then, says whether it was deleted.
    pub edit_gone: Option<EditGone>,
    /// The project an edit was closed for because it left the list: until the person
    /// moves, Enter on the row that took its place asks first, so the natural retry
    /// never edits another project unasked.
    pub edit_left: Option<i64>,
    /// An edit closed because another user changed its project out of the list, with
    /// what was typed: the next Enter opens it again (issue 21: the typed text was lost).
    pub reopen: Option<CellEdit>,
    /// What the add or update form held when Esc asked whether to discard it; Esc again,
    /// with nothing typed since, discards.
    pub discard_asked: Option<String>,
    /// The figure whose source the last edit cleared, offered to be given one again.
    pub source_offer: Option<SourceOffer>,
}

/// A figure an edit changed without naming its source, so its old source was cleared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SourceOffer {
    pub project_id: i64,
    pub figure: crate::domain::Field,
    /// The source it had, preselected in the picker.
    pub previous: Option<i64>,
}

/// What was being typed into a project that left the list under the edit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditGone {
    pub project_id: i64,
    pub field: crate::domain::Field,
    /// What was typed (or picked), so it can be typed again elsewhere.
    pub typed: String,
}

impl App {
    pub fn new(width: u16, height: u16, read_only: bool, today: NaiveDate) -> Self {
        Self {
            table: ProjectTable::default(),
            detail: DetailState::default(),
            detail_open: false,
            summary: None,
            activity: None,
            map: None,
            meetings: None,
            meetings_behind: None,
            overlay: None,
            waiting: None,
            status: None,
            help_scroll: 0,
            sources: Vec::new(),
            sectors: Vec::new(),
            width,
            height,
            read_only,
            today,
            should_quit: false,
            edit_gone: None,
            edit_left: None,
            reopen: None,
            discard_asked: None,
            source_offer: None,
        }
    }

    /// The effects that fill the screen the first time.
    pub fn start(&self) -> Vec<Effect> {
        vec![Effect::LoadLookups, self.reload(None)]
    }

    /// How many table rows fit on the screen.
    pub fn body_height(&self) -> usize {
        usize::from(layout::table_body_height(self.width, self.height)).max(1)
    }

    /// What the main part of the screen shows.
    pub fn main_view(&self) -> MainView {
        if self.summary.is_some() {
            MainView::Summary
        } else if self.activity.is_some() {
            MainView::Activity
        } else if self.map.is_some() {
            MainView::Map
        } else if self.meetings.is_some() {
            MainView::Meetings
        } else if self.detail_open && !self.is_wide() {
            MainView::Detail
        } else {
            MainView::Table
        }
    }

    /// The screen lines the table's rows are drawn on and the position of the top one,
    /// when the table is on the screen.
    pub fn table_lines(&self) -> Option<(std::ops::Range<u16>, usize)> {
        if layout::too_small(self.width, self.height) || self.main_view() != MainView::Table {
            return None;
        }
        let screen = ratatui::layout::Rect::new(0, 0, self.width, self.height);
        let rows = layout::table_rows(layout::areas(screen).main);
        Some((rows.top()..rows.bottom(), self.table.scroll))
    }

    /// How wide the table is drawn (narrower when the detail stands beside it).
    pub fn table_width(&self) -> u16 {
        layout::areas(ratatui::layout::Rect::new(0, 0, self.width, self.height))
            .main
            .width
    }

    /// Whether the detail stands beside the table.
    pub fn is_wide(&self) -> bool {
        layout::is_wide(self.width)
    }

    /// Where the keyboard focus is now.
    pub fn context(&self) -> Context {
        match &self.overlay {
            Some(Overlay::Edit(_) | Overlay::Search { .. }) => Context::Input,
            Some(Overlay::Picker(_)) => Context::Picker,
            Some(Overlay::Filter(_)) => Context::Filter,
            Some(Overlay::AddProject(_) | Overlay::AddUpdate(_) | Overlay::AddCommission(_)) => Context::Form,
            Some(Overlay::ConfirmDelete { .. } | Overlay::ConfirmSkip { .. }) => Context::Confirm,
            Some(Overlay::Help(_)) => Context::Help,
            None if self.summary.is_some() => Context::Summary,
            None if self.activity.is_some() => Context::Activity,
            None if self.map.is_some() => Context::Map,
            None if self.meetings.is_some() => Context::Meetings,
            None if self.detail_open && !self.is_wide() => Context::Detail,
            None => Context::Table,
        }
    }

    /// Handles one terminal event.
    pub fn handle_event(&mut self, event: &Event) -> Vec<Effect> {
        match event {
            Event::Key(key) if key.kind != KeyEventKind::Release => self.handle_key(key, event),
            Event::Paste(_) if self.holds_input() => Vec::new(),
            Event::Paste(pasted) => self.paste(pasted),
            Event::Resize(width, height) => self.resize(*width, *height),
            _ => Vec::new(),
        }
    }

    fn handle_key(&mut self, key: &KeyEvent, event: &Event) -> Vec<Effect> {
        self.status = None;
        let context = self.context();
        if let Some(effects) = self.key_while_waiting(key, context) {
            return effects;
        }
        let effects = self.dispatch_key(key, event, context);
        if self.waiting.is_some() && self.status.is_none() {
            self.info(Notice::Waiting);
        }
        effects
    }

    fn dispatch_key(&mut self, key: &KeyEvent, event: &Event, context: Context) -> Vec<Effect> {
        // "Esc again throws it away; any other key goes on editing": that other key only
        // answers the question, it is not typed into the field (nor run as a command).
        if self.discard_asked.is_some() && keymap::resolve(context, key) != Some(super::action::Action::CancelEdit) {
            self.discard_asked = None;
            return Vec::new();
        }
        if let Some(effects) = self.type_into_overlay(key, event, context) {
            return effects;
        }
        // A Cyrillic letter that begins a choice picks it (`о`: отменён), though in the
        // Russian layout it sits where a command is (`о` is `j`): the picker's help says
        // letters jump, and a Russian status is chosen by its own first letter.
        if let (Some(Overlay::Picker(picker)), KeyCode::Char(letter)) = (&mut self.overlay, key.code)
            && !letter.is_ascii()
            && key.modifiers.difference(KeyModifiers::SHIFT).is_empty()
            && picker.jump_to_exactly(letter)
        {
            return Vec::new();
        }
        match keymap::resolve(context, key) {
            Some(action) => self.update(action),
            None => {
                if let (Some(Overlay::Picker(picker)), KeyCode::Char(letter)) = (&mut self.overlay, key.code) {
                    picker.jump_to(letter);
                }
                Vec::new()
            }
        }
    }

    /// Keys that are text for an input rather than commands: typed into the cell, the
    /// search line or the form field. `None` when the key is a command.
    fn type_into_overlay(&mut self, key: &KeyEvent, event: &Event, context: Context) -> Option<Vec<Effect>> {
        if keymap::resolve(context, key).is_some() && !self.text_area_takes(key) {
            return None;
        }
        let (sources, today) = (self.sources.clone(), self.today);
        match &mut self.overlay {
            Some(Overlay::Edit(edit)) => {
                type_key(&mut edit.input, key, event);
                let _ = edit.validate(&sources, today);
                Some(Vec::new())
            }
            Some(Overlay::Search { input, .. }) => {
                let changed = type_key(input, key, event).is_some_and(|change| change.value);
                let value = input.value().to_string();
                if !changed {
                    return Some(Vec::new());
                }
                self.table.query.search = value;
                Some(vec![self.reload_from_top()])
            }
            Some(Overlay::AddProject(form)) => {
                type_key(&mut form.focused().input, key, event);
                form.validate_focused(&sources, today);
                Some(Vec::new())
            }
            Some(Overlay::AddCommission(form)) => {
                form.focused().handle_event(event);
                form.validate_focused(today);
                Some(Vec::new())
            }
            Some(Overlay::AddUpdate(form)) => {
                match form.focus {
                    NotePart::Date => {
                        type_key(&mut form.date, key, event);
                    }
                    NotePart::Source => {
                        type_key(&mut form.source, key, event);
                    }
                    // Readline's Ctrl-u kills back to the start of the line (the text
                    // area's own Ctrl-u is undo, which took back one letter).
                    NotePart::Text if is_ctrl(key, 'u') => {
                        form.text.delete_line_by_head();
                    }
                    NotePart::Text => {
                        form.text.input(*key);
                    }
                }
                form.validate(&sources, today);
                Some(Vec::new())
            }
            _ => None,
        }
    }

    /// In the update's text, Enter starts a new line rather than moving on.
    fn text_area_takes(&self, key: &KeyEvent) -> bool {
        matches!(&self.overlay, Some(Overlay::AddUpdate(form)) if form.focus == NotePart::Text)
            && matches!(key.code, KeyCode::Enter | KeyCode::Up | KeyCode::Down)
    }

    /// Pasted text goes into the input that has the focus, cleaned of control
    /// characters (escape sequences, bidi overrides) before it can be stored.
    fn paste(&mut self, pasted: &str) -> Vec<Effect> {
        let (sources, today) = (self.sources.clone(), self.today);
        let single = text::clean_input(pasted, false);
        match &mut self.overlay {
            Some(Overlay::Edit(edit)) => {
                edit.input = insert(&edit.input, &single);
                let _ = edit.validate(&sources, today);
            }
            Some(Overlay::Search { input, .. }) => {
                *input = insert(input, &single);
                self.table.query.search = input.value().to_string();
                return vec![self.reload_from_top()];
            }
            Some(Overlay::AddProject(form)) => {
                let field = form.focused();
                field.input = insert(&field.input, &single);
                form.validate_focused(&sources, today);
            }
            Some(Overlay::AddCommission(form)) => {
                let input = form.focused();
                *input = insert(input, &single);
                form.validate_focused(today);
            }
            Some(Overlay::AddUpdate(form)) => match form.focus {
                NotePart::Date => form.date = insert(&form.date, &single),
                NotePart::Source => form.source = insert(&form.source, &single),
                NotePart::Text => {
                    form.text.insert_str(text::clean_input(pasted, true));
                }
            },
            _ => {}
        }
        Vec::new()
    }

    fn resize(&mut self, width: u16, height: u16) -> Vec<Effect> {
        self.width = width;
        self.height = height;
        let body = self.body_height();
        self.table.keep_visible(body);
        if !self.table.column().visible_at(self.table_width()) {
            self.table.move_column(false, self.table_width());
        }
        let mut effects = self.load_missing();
        if self.is_wide() && self.detail.project.is_none() {
            effects.extend(self.detail_effect());
        }
        effects
    }

    /// A reload that keeps the cursor on `keep` (by id), or on the same row.
    pub fn reload(&self, keep: Option<i64>) -> Effect {
        Effect::Reload {
            query: self.table.query.clone(),
            keep,
            fallback: self.table.selected,
            window: self.body_height(),
        }
    }

    fn reload_from_top(&self) -> Effect {
        Effect::Reload {
            query: self.table.query.clone(),
            keep: None,
            fallback: 0,
            window: self.body_height(),
        }
    }

    /// What waits for a moment with no input: counting the list for the footer.
    pub fn idle_effects(&mut self) -> Vec<Effect> {
        if !std::mem::take(&mut self.table.totals_due) {
            return Vec::new();
        }
        vec![Effect::CountTotals(self.table.query.clone())]
    }

    /// Rows the screen needs that are not loaded yet.
    fn load_missing(&self) -> Vec<Effect> {
        self.table
            .missing_rows(self.body_height())
            .map(|(start, len)| Effect::LoadRows {
                query: self.table.query.clone(),
                start,
                len,
            })
            .into_iter()
            .collect()
    }

    /// Says that opening created the database at `path` (a mistyped path creates one).
    pub fn announce_new_database(&mut self, path: &std::path::Path) {
        let path = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        self.error(Notice::DatabaseCreated {
            path: path.display().to_string(),
        });
    }

    pub(crate) fn info(&mut self, notice: Notice) {
        self.status = Some(StatusMessage {
            notice,
            is_error: false,
        });
    }

    pub(crate) fn error(&mut self, notice: Notice) {
        self.status = Some(StatusMessage { notice, is_error: true });
    }
}

fn is_ctrl(key: &KeyEvent, letter: char) -> bool {
    key.code == KeyCode::Char(letter) && key.modifiers == KeyModifiers::CONTROL
}

/// A key typed into a one-line input, as readline takes it: Ctrl-u kills back to the
/// start of the line (tui-input's Ctrl-u clears the whole line), Ctrl-w the word
/// before the cursor, Ctrl-k to the end.
fn type_key(input: &mut Input, key: &KeyEvent, event: &Event) -> Option<tui_input::StateChanged> {
    if is_ctrl(key, 'u') {
        return input.handle(tui_input::InputRequest::DeleteFromStart);
    }
    input.handle_event(event)
}

/// The input with `text` inserted at its cursor.
fn insert(input: &Input, text: &str) -> Input {
    let value = input.value();
    let byte = value.char_indices().nth(input.cursor()).map_or(value.len(), |(i, _)| i);
    let mut joined = String::with_capacity(value.len() + text.len());
    joined.push_str(&value[..byte]);
    joined.push_str(text);
    joined.push_str(&value[byte..]);
    let cursor = input.cursor() + text.chars().count();
    Input::new(joined).with_cursor(cursor)
}
