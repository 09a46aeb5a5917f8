//! `update`: what each action does to the state, and which effects it asks for.

use super::{
    App, CellEdit, Effect, FilterState, HelpState, InputProblem, NoteAbout, NoteForm, Notice, Overlay, Picker,
};
use crate::domain::{DomainError, Problem as DomainProblem, text};
use crate::store::SortDirection;
use crate::tui::action::Action;
use crate::tui::{keymap, layout};

impl App {
    /// Carries out one action.
    pub fn update(&mut self, action: Action) -> Vec<Effect> {
        if action == Action::ToggleHelp && !matches!(self.overlay, Some(Overlay::Help(_))) {
            self.open_help();
            return Vec::new();
        }
        match &self.overlay {
            Some(Overlay::Edit(_) | Overlay::Search { .. }) => return self.update_input(action),
            Some(Overlay::Picker(_)) => return self.update_picker(action),
            Some(Overlay::Filter(_)) => return self.update_filter(action),
            Some(Overlay::AddProject(_) | Overlay::AddUpdate(_) | Overlay::AddCommission(_)) => {
                return self.update_form(action);
            }
            Some(Overlay::ConfirmDelete { .. }) => return self.update_confirm(action),
            Some(Overlay::ConfirmSkip { .. }) => return self.update_confirm_skip(action),
            Some(Overlay::Help(_)) => return self.update_help(action),
            None if self.summary.is_some() => return self.update_summary(action),
            None if self.activity.is_some() => return self.update_activity(action),
            None if self.map.is_some() => return self.update_map(action),
            None if self.meetings.is_some() => return self.update_meetings(action),
            None => {}
        }
        self.update_screen(action)
    }

    fn update_screen(&mut self, action: Action) -> Vec<Effect> {
        // Enter after an edit was closed under the person opens it again, as typed.
        let reopen = self.reopen.take().filter(|_| action == Action::StartEdit);
        if let Some(edit) = reopen {
            self.edit_left = None;
            self.overlay = Some(Overlay::Edit(edit));
            self.status = None;
            return Vec::new();
        }
        // Any other key on the table is a choice made after reading the message.
        let edit_left = self.edit_left.take().filter(|_| action == Action::StartEdit);
        if let Some(gone) = edit_left
            && let Some(project) = self.table.selected_project()
            && project.id != gone
        {
            self.error(Notice::EditElsewhere {
                gone,
                id: project.id,
                name: crate::i18n::project_name(project).to_string(),
            });
            return Vec::new();
        }
        let height = self.body_height();
        let page = height as isize;
        match action {
            Action::SelectNext => self.move_rows(1),
            Action::SelectPrevious => self.move_rows(-1),
            Action::SelectFirst => self.move_rows(isize::MIN / 2),
            Action::SelectLast => self.move_rows(isize::MAX / 2),
            Action::PageDown => self.move_rows(page),
            Action::PageUp => self.move_rows(-page),
            Action::HalfPageDown => self.move_rows((page / 2).max(1)),
            Action::HalfPageUp => self.move_rows(-(page / 2).max(1)),
            Action::NextColumn => {
                self.table.move_column(true, self.table_width());
                Vec::new()
            }
            Action::PreviousColumn => {
                self.table.move_column(false, self.table_width());
                Vec::new()
            }
            Action::StartEdit => self.start_edit(),
            Action::EditAnyField => self.open_fields_menu(),
            Action::ToggleDetail => self.toggle_detail(),
            Action::StartSearch => {
                let current = self.table.query.search.clone();
                self.overlay = Some(Overlay::Search {
                    input: tui_input::Input::new(current.clone()),
                    before: current,
                });
                Vec::new()
            }
            Action::OpenFilter => {
                self.overlay = Some(Overlay::Filter(FilterState::new(&self.sectors)));
                Vec::new()
            }
            Action::ClearFilters => self.clear_filters(),
            Action::SortByColumn => self.sort_by_column(),
            Action::AddProject => self.writable_then(|app| {
                app.overlay = Some(Overlay::AddProject(Box::default()));
                Vec::new()
            }),
            Action::AddUpdate => self.start_note(),
            Action::DeleteProject => self.ask_delete(),
            Action::OpenSummary => {
                self.meetings_behind = None;
                self.open_summary()
            }
            Action::OpenActivity => {
                self.meetings_behind = None;
                self.open_activity()
            }
            Action::OpenMap => {
                self.meetings_behind = None;
                self.open_map()
            }
            Action::OpenMeetings => self.open_meetings(),
            Action::Undo => self.writable_then(|_| vec![Effect::Undo]),
            Action::PickSource => self.pick_source(),
            Action::Redo => self.writable_then(|_| vec![Effect::Redo]),
            Action::ScrollDown => self.scroll_detail(1),
            Action::ScrollUp => self.scroll_detail(-1),
            Action::ScrollPageDown => self.scroll_detail(self.detail_page()),
            Action::ScrollPageUp => self.scroll_detail(-self.detail_page()),
            Action::ScrollTop => self.scroll_detail(i32::MIN / 2),
            Action::ScrollBottom => self.scroll_detail(i32::MAX / 2),
            Action::Back => {
                if let Some(effects) = self.back_to_meetings() {
                    effects
                } else if self.detail_open {
                    self.detail_open = false;
                    Vec::new()
                } else {
                    self.clear_filters()
                }
            }
            Action::Quit => {
                self.should_quit = true;
                Vec::new()
            }
            _ => Vec::new(),
        }
    }

    /// Help over whatever has the focus: its keys, and it comes back when help closes.
    fn open_help(&mut self) {
        let over = self.context();
        let behind = self.overlay.take().map(Box::new);
        self.help_scroll = 0;
        self.overlay = Some(Overlay::Help(HelpState { over, behind }));
    }

    fn update_help(&mut self, action: Action) -> Vec<Effect> {
        let Some(Overlay::Help(help)) = &self.overlay else {
            return Vec::new();
        };
        let room = layout::help_room(self.width, self.height);
        let last = keymap::help_lines(help.over).len().saturating_sub(room);
        let last = u16::try_from(last).unwrap_or(u16::MAX);
        let page = u16::try_from(room).unwrap_or(1).max(1);
        self.help_scroll = match action {
            Action::ScrollDown => self.help_scroll.saturating_add(1),
            Action::ScrollUp => self.help_scroll.saturating_sub(1),
            Action::PageDown => self.help_scroll.saturating_add(page),
            Action::PageUp => self.help_scroll.saturating_sub(page),
            _ => self.help_scroll,
        }
        .min(last);
        if matches!(action, Action::Back | Action::ToggleHelp)
            && let Some(Overlay::Help(help)) = self.overlay.take()
        {
            self.overlay = help.behind.map(|behind| *behind);
        }
        Vec::new()
    }

    fn move_rows(&mut self, delta: isize) -> Vec<Effect> {
        let before = self.table.selected;
        self.table.move_by(delta, self.body_height());
        let mut effects = self.load_missing();
        if self.table.selected != before || self.detail.project.is_none() {
            effects.extend(self.detail_effect());
        }
        effects
    }

    /// Loads the detail of the selected project where it is on screen.
    pub(crate) fn detail_effect(&mut self) -> Option<Effect> {
        if !(self.is_wide() || self.detail_open) {
            return None;
        }
        self.detail.scroll = 0;
        self.table.selected_project().map(|p| Effect::LoadDetail(p.id))
    }

    fn toggle_detail(&mut self) -> Vec<Effect> {
        if self.is_wide() {
            return Vec::new();
        }
        self.detail_open = !self.detail_open;
        self.detail_effect().into_iter().collect()
    }

    pub(super) fn writable_then(&mut self, then: impl FnOnce(&mut Self) -> Vec<Effect>) -> Vec<Effect> {
        if self.read_only {
            self.error(Notice::ReadOnly);
            return Vec::new();
        }
        if self.refuse_while_waiting() {
            return Vec::new();
        }
        then(self)
    }

    /// Scrolls the detail by `lines`, within what was last drawn (never past its end, so
    /// a key back up moves at once).
    fn scroll_detail(&mut self, lines: i32) -> Vec<Effect> {
        let (last, _) = self.detail.scroll_limit.get();
        let wanted = i32::from(self.detail.scroll).saturating_add(lines);
        self.detail.scroll = u16::try_from(wanted.clamp(0, i32::from(last))).unwrap_or(0);
        Vec::new()
    }

    /// A page of the detail: its height less a line kept for context.
    fn detail_page(&self) -> i32 {
        let (_, height) = self.detail.scroll_limit.get();
        i32::from(height.saturating_sub(1).max(1))
    }

    /// Opens the menu of every field of the selected project (key `E`).
    fn open_fields_menu(&mut self) -> Vec<Effect> {
        self.writable_then(|app| {
            let Some(project) = app.table.selected_project().cloned() else {
                app.error(Notice::NoProjectToEdit);
                return Vec::new();
            };
            let current = app.table.column().field();
            app.overlay = Some(Overlay::Picker(Picker::of_fields(&project, &app.sources, current)));
            Vec::new()
        })
    }

    /// Opens the editor of `field` of the project `project_id` (still the selected one),
    /// a picker where the field has choices.
    fn edit_field(&mut self, project_id: i64, field: crate::domain::Field) -> Vec<Effect> {
        let Some(project) = self.table.selected_project().filter(|p| p.id == project_id).cloned() else {
            self.overlay = None;
            self.error(Notice::NoProjectToEdit);
            return Vec::new();
        };
        // The project's source is chosen from the sources, as `r` chooses a figure's,
        // rather than typed as a bare id.
        let picker = if field == crate::domain::Field::Source {
            let previous = match project.value(field) {
                crate::domain::FieldValue::Integer(id) => Some(id),
                _ => None,
            };
            Some(Picker::of_sources(&project, field, &self.sources, previous))
        } else {
            Picker::for_field(&project, field)
        };
        self.overlay = Some(match picker {
            Some(picker) => Overlay::Picker(picker),
            None => Overlay::Edit(CellEdit::new(&project, field)),
        });
        Vec::new()
    }

    fn start_edit(&mut self) -> Vec<Effect> {
        self.writable_then(|app| {
            let Some(project) = app.table.selected_project().cloned() else {
                app.error(Notice::NoProjectToEdit);
                return Vec::new();
            };
            let field = app.table.column().field();
            app.overlay = Some(match Picker::for_field(&project, field) {
                Some(picker) => Overlay::Picker(picker),
                None => Overlay::Edit(CellEdit::new(&project, field)),
            });
            Vec::new()
        })
    }

    /// Opens the source picker for the figure under the cursor, or else for the figure
    /// whose source the last edit cleared; its old source comes preselected.
    fn pick_source(&mut self) -> Vec<Effect> {
        self.writable_then(|app| {
            let Some(project) = app.table.selected_project().cloned() else {
                app.error(Notice::NoProjectToEdit);
                return Vec::new();
            };
            let column = app.table.column().field();
            let offer = app.source_offer.filter(|offer| offer.project_id == project.id);
            let (figure, previous) = match (column.source_field(), offer) {
                (Some(_), Some(offer)) if offer.figure == column => (column, offer.previous),
                (Some(_), _) => (column, project.figure_source(column)),
                (None, Some(offer)) => (offer.figure, offer.previous),
                (None, None) => {
                    app.error(Notice::NotAFigure);
                    return Vec::new();
                }
            };
            if project.value(figure).is_null() {
                // The store would refuse the choice; say so before the list, not after.
                let unknown = DomainError::new(DomainProblem::SourceOfUnknownFigure).in_field(figure);
                app.error(Notice::InputProblem(InputProblem::Value(unknown)));
                return Vec::new();
            }
            match Picker::for_source(&project, figure, &app.sources, previous) {
                Some(picker) => app.overlay = Some(Overlay::Picker(picker)),
                None => app.error(Notice::NotAFigure),
            }
            Vec::new()
        })
    }

    fn start_note(&mut self) -> Vec<Effect> {
        self.writable_then(|app| {
            match app.table.selected_project() {
                Some(project) => {
                    let form = NoteForm::new(
                        project.id,
                        &text::for_terminal(crate::i18n::project_name(project)),
                        app.today,
                    );
                    app.overlay = Some(Overlay::AddUpdate(Box::new(form)));
                }
                None => app.error(Notice::NoProjectForUpdate),
            }
            Vec::new()
        })
    }

    fn ask_delete(&mut self) -> Vec<Effect> {
        self.writable_then(|app| {
            if let Some(project) = app.table.selected_project() {
                app.overlay = Some(Overlay::ConfirmDelete {
                    id: project.id,
                    version: project.version,
                    name: text::for_terminal(&project.name).into_owned(),
                });
            }
            Vec::new()
        })
    }

    fn clear_filters(&mut self) -> Vec<Effect> {
        let query = &mut self.table.query;
        if query.search.is_empty()
            && query.statuses.is_empty()
            && query.countries.is_empty()
            && query.sectors.is_empty()
        {
            return Vec::new();
        }
        query.search.clear();
        query.statuses.clear();
        query.countries.clear();
        query.sectors.clear();
        let keep = self.table.selected_project().map(|p| p.id);
        self.info(Notice::ShowingEvery);
        vec![self.reload(keep)]
    }

    fn sort_by_column(&mut self) -> Vec<Effect> {
        let key = self.table.column().sort_key();
        let query = &mut self.table.query;
        if query.sort == key {
            query.direction = query.direction.reversed();
        } else {
            query.sort = key;
            query.direction = SortDirection::Ascending;
        }
        let descending = query.direction == SortDirection::Descending;
        self.info(Notice::Sorted { key, descending });
        let keep = self.table.selected_project().map(|p| p.id);
        vec![self.reload(keep)]
    }

    fn update_input(&mut self, action: Action) -> Vec<Effect> {
        let (sources, today) = (self.sources.clone(), self.today);
        // A changed cell is not thrown away by one key, as a filled form is not: the
        // first Esc asks, a second one (with nothing typed in between) discards.
        let typed = match &self.overlay {
            Some(Overlay::Edit(edit)) => edit.changed(),
            _ => None,
        };
        let asked = self.discard_asked.take();
        if let (Action::CancelEdit, Some(typed)) = (action, typed)
            && asked.as_deref() != Some(typed.as_str())
        {
            self.discard_asked = Some(typed);
            self.error(Notice::DiscardAsk);
            return Vec::new();
        }
        match (action, &mut self.overlay) {
            (Action::CommitEdit, Some(Overlay::Edit(edit))) => match edit.validate(&sources, today) {
                Ok(value) => vec![Effect::Save {
                    id: edit.project_id,
                    version: edit.version,
                    values: vec![(edit.field, value)],
                }],
                Err(problem) => {
                    self.error(Notice::InputProblem(problem));
                    Vec::new()
                }
            },
            (Action::CommitEdit, Some(Overlay::Search { .. })) => {
                self.overlay = None;
                self.detail_effect().into_iter().collect()
            }
            (Action::CancelEdit, Some(Overlay::Search { before, .. })) => {
                let before = before.clone();
                self.overlay = None;
                if self.table.query.search == before {
                    return Vec::new();
                }
                self.table.query.search = before;
                vec![self.reload(None)]
            }
            (Action::CancelEdit, _) => {
                self.overlay = None;
                self.info(Notice::EditCancelled);
                Vec::new()
            }
            _ => Vec::new(),
        }
    }

    fn update_picker(&mut self, action: Action) -> Vec<Effect> {
        let Some(Overlay::Picker(picker)) = &mut self.overlay else {
            return Vec::new();
        };
        match action {
            Action::SelectNext => picker.move_by(1),
            Action::SelectPrevious => picker.move_by(-1),
            Action::SelectFirst => picker.move_by(isize::MIN / 2),
            Action::SelectLast => picker.move_by(isize::MAX / 2),
            Action::CommitEdit if picker.fields_menu => {
                let Some(field) = picker.chosen_field() else {
                    return Vec::new();
                };
                let project_id = picker.project_id;
                return self.edit_field(project_id, field);
            }
            Action::CommitEdit => {
                return vec![Effect::Save {
                    id: picker.project_id,
                    version: picker.version,
                    values: vec![(picker.field, picker.chosen())],
                }];
            }
            Action::CancelEdit => {
                self.overlay = None;
                self.info(Notice::EditCancelled);
            }
            _ => {}
        }
        Vec::new()
    }

    fn update_filter(&mut self, action: Action) -> Vec<Effect> {
        let Some(Overlay::Filter(filter)) = &mut self.overlay else {
            return Vec::new();
        };
        match action {
            Action::SelectNext => filter.move_by(1),
            Action::SelectPrevious => filter.move_by(-1),
            Action::ToggleOption => {
                if let Some(option) = filter.current().cloned() {
                    option.toggle(&mut self.table.query);
                    return vec![self.reload_from_top_keeping()];
                }
            }
            Action::ClearFilters => {
                let search = std::mem::take(&mut self.table.query.search);
                let changed = !self.clear_filters().is_empty();
                self.table.query.search = search;
                if changed {
                    return vec![self.reload_from_top_keeping()];
                }
            }
            Action::Back => self.overlay = None,
            _ => {}
        }
        Vec::new()
    }

    fn reload_from_top_keeping(&self) -> Effect {
        let keep = self.table.selected_project().map(|p| p.id);
        Effect::Reload {
            query: self.table.query.clone(),
            keep,
            fallback: 0,
            window: self.body_height(),
        }
    }

    fn update_form(&mut self, action: Action) -> Vec<Effect> {
        let (sources, today) = (self.sources.clone(), self.today);
        let typed = match &self.overlay {
            Some(Overlay::AddProject(form)) => form.typed(),
            Some(Overlay::AddUpdate(form)) => form.typed(),
            Some(Overlay::AddCommission(form)) => form.typed(),
            _ => String::new(),
        };
        let asked = self.discard_asked.take();
        match (&mut self.overlay, action) {
            // A filled form is not thrown away by one key: the first Esc asks, a second
            // one (with nothing typed in between) discards.
            (_, Action::CancelEdit) if !typed.is_empty() && asked.as_deref() != Some(typed.as_str()) => {
                self.discard_asked = Some(typed);
                self.error(Notice::DiscardAsk);
            }
            (_, Action::CancelEdit) => {
                self.overlay = None;
                self.info(Notice::NothingAdded);
            }
            (Some(Overlay::AddProject(form)), Action::NextField) if !form.is_last() => form.move_focus(true),
            (Some(Overlay::AddProject(form)), Action::NextField | Action::SubmitForm) => {
                match form.build(&sources, today) {
                    Ok(project) => return vec![Effect::AddProject(project)],
                    Err(problem) => self.error(Notice::InputProblem(problem)),
                }
            }
            (Some(Overlay::AddProject(form)), Action::PreviousField) => form.move_focus(false),
            (Some(Overlay::AddCommission(form)), Action::NextField) if !form.is_last() => form.move_focus(true),
            (Some(Overlay::AddCommission(form)), Action::NextField | Action::SubmitForm) => match form.build(today) {
                Ok(new) => return vec![Effect::AddCommission(Box::new(new))],
                // The form draws the problem under its inputs.
                Err(_) => self.status = None,
            },
            (Some(Overlay::AddCommission(form)), Action::PreviousField) => form.move_focus(false),
            (Some(Overlay::AddUpdate(form)), Action::NextField) => form.move_focus(true),
            (Some(Overlay::AddUpdate(form)), Action::PreviousField) => form.move_focus(false),
            (Some(Overlay::AddUpdate(form)), Action::SubmitForm) => match form.build(&sources, today) {
                Ok(update) => {
                    return vec![match form.about {
                        NoteAbout::Project(project) => Effect::AddUpdate { project, update },
                        NoteAbout::Agreement(agreement) => Effect::NoteAgreement { agreement, update },
                    }];
                }
                // The form draws the problem under its fields; the status line said it
                // again, so it shows the form's keys instead.
                Err(_) => self.status = None,
            },
            _ => {}
        }
        Vec::new()
    }

    /// Undo is stuck on a change: `y` steps past it, anything else leaves it.
    fn update_confirm_skip(&mut self, action: Action) -> Vec<Effect> {
        self.overlay = None;
        match action {
            Action::Confirm => self.writable_then(|_| vec![Effect::SkipUndo]),
            _ => {
                self.info(Notice::NothingSkipped);
                Vec::new()
            }
        }
    }

    fn update_confirm(&mut self, action: Action) -> Vec<Effect> {
        let Some(Overlay::ConfirmDelete { id, version, .. }) = self.overlay.clone() else {
            return Vec::new();
        };
        self.overlay = None;
        match action {
            Action::Confirm => vec![Effect::Delete { id, version }],
            _ => {
                self.info(Notice::NothingDeleted);
                Vec::new()
            }
        }
    }
}
