//! The meetings screen's state (issue 24): meetings newest first; `Enter` shows a
//! meeting's agreements, `Enter` again an agreement's detail with its linked projects,
//! and `Enter` on a linked project opens it in the table. `Esc` goes back up.

use super::cursor;
use super::{App, CommissionForm, Effect};
use crate::domain::{Agreement, Meeting};
use crate::store::AgreementNote;
use crate::tui::action::Action;

/// Everything the screen shows, read in one go (meetings and agreements are few).
#[derive(Debug, Clone, Default)]
pub struct MeetingsData {
    /// Newest first.
    pub meetings: Vec<Meeting>,
    pub agreements: Vec<Agreement>,
    /// The names of the projects the agreements link to.
    pub projects: Vec<(i64, String)>,
    /// Each agreement's dated updates.
    pub notes: Vec<(i64, Vec<AgreementNote>)>,
}

impl MeetingsData {
    pub fn agreements_of(&self, meeting: i64) -> Vec<&Agreement> {
        self.agreements.iter().filter(|a| a.meeting_id == meeting).collect()
    }

    pub fn notes_of(&self, agreement: i64) -> &[AgreementNote] {
        self.notes
            .iter()
            .find(|(id, _)| *id == agreement)
            .map_or(&[], |(_, notes)| notes.as_slice())
    }

    pub fn project_name(&self, id: i64) -> Option<&str> {
        self.projects
            .iter()
            .find(|(p, _)| *p == id)
            .map(|(_, name)| name.as_str())
    }
}

/// How deep the screen is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MeetingsLevel {
    /// The meetings, newest first.
    Meetings,
    /// One meeting's agreements.
    Agreements { meeting: i64 },
    /// One agreement's detail; the cursor is on its linked projects.
    Agreement { meeting: i64, agreement: i64 },
}

#[derive(Debug, Clone)]
pub struct MeetingsState {
    pub data: Option<MeetingsData>,
    pub level: MeetingsLevel,
    /// The cursor at each level: meetings, agreements, linked projects.
    pub cursors: [usize; 3],
}

impl Default for MeetingsState {
    fn default() -> Self {
        Self {
            data: None,
            level: MeetingsLevel::Meetings,
            cursors: [0; 3],
        }
    }
}

impl MeetingsState {
    fn depth(&self) -> usize {
        match self.level {
            MeetingsLevel::Meetings => 0,
            MeetingsLevel::Agreements { .. } => 1,
            MeetingsLevel::Agreement { .. } => 2,
        }
    }

    /// The selected row at the current level.
    pub fn cursor(&self) -> usize {
        self.cursors[self.depth()]
    }

    /// How many rows the current level has.
    pub fn rows(&self) -> usize {
        let Some(data) = &self.data else { return 0 };
        match self.level {
            MeetingsLevel::Meetings => data.meetings.len(),
            MeetingsLevel::Agreements { meeting } => data.agreements_of(meeting).len(),
            MeetingsLevel::Agreement { agreement, .. } => data
                .agreements
                .iter()
                .find(|a| a.id == agreement)
                .map_or(0, |a| a.projects.len()),
        }
    }

    fn move_by(&mut self, delta: isize) {
        let depth = self.depth();
        self.cursors[depth] = cursor::moved(self.cursors[depth], delta, self.rows());
    }

    pub fn selected_meeting(&self) -> Option<&Meeting> {
        self.data.as_ref()?.meetings.get(self.cursors[0])
    }

    pub fn selected_agreement(&self, meeting: i64) -> Option<&Agreement> {
        self.data.as_ref()?.agreements_of(meeting).get(self.cursors[1]).copied()
    }

    /// The linked project under the cursor of an agreement's detail.
    fn selected_project(&self) -> Option<i64> {
        let MeetingsLevel::Agreement { agreement, .. } = self.level else {
            return None;
        };
        let data = self.data.as_ref()?;
        let found = data.agreements.iter().find(|a| a.id == agreement)?;
        found.projects.get(self.cursors[2]).copied()
    }
}

impl App {
    /// `Esc` in the table after a linked project was opened from an agreement's page:
    /// back to that page (read again), its cursors where they were. None when the table
    /// was not opened from there.
    pub(super) fn back_to_meetings(&mut self) -> Option<Vec<Effect>> {
        let behind = self.meetings_behind.take()?;
        self.detail_open = false;
        self.meetings = Some(behind);
        Some(vec![Effect::LoadMeetings])
    }

    /// The meetings and agreements, when the screen is open.
    pub(crate) fn meetings_effect(&self) -> Option<Effect> {
        self.meetings.as_ref().map(|_| Effect::LoadMeetings)
    }

    pub(super) fn open_meetings(&mut self) -> Vec<Effect> {
        self.meetings_behind = None;
        self.meetings = Some(MeetingsState::default());
        vec![Effect::LoadMeetings]
    }

    /// Takes in what was read; cursors stay within the rows there are now.
    pub(super) fn meetings_loaded(&mut self, data: MeetingsData) {
        if let Some(state) = &mut self.meetings {
            state.data = Some(data);
            state.move_by(0);
        }
    }

    /// How many rows fit under the screen's heading.
    pub fn meetings_page(&self) -> usize {
        let screen = ratatui::layout::Rect::new(0, 0, self.width, self.height);
        usize::from(crate::tui::layout::areas(screen).main.height.saturating_sub(2)).max(1)
    }

    pub(super) fn update_meetings(&mut self, action: Action) -> Vec<Effect> {
        let page = isize::try_from(self.meetings_page()).unwrap_or(1);
        let Some(state) = &mut self.meetings else {
            return Vec::new();
        };
        if let Some(delta) = cursor::step(action, Some(page)) {
            state.move_by(delta);
            return Vec::new();
        }
        match action {
            Action::ShowProject => return self.go_down(),
            Action::AddProject => return self.start_commission_form(),
            Action::AddUpdate => return self.start_agreement_note(),
            Action::StartEdit => return self.start_commission_edit(),
            // A person's last change may be a meeting's or an agreement's.
            Action::Undo => return self.writable_then(|_| vec![Effect::Undo]),
            Action::Redo => return self.writable_then(|_| vec![Effect::Redo]),
            Action::Back => match state.level {
                MeetingsLevel::Meetings => self.meetings = None,
                MeetingsLevel::Agreements { .. } => state.level = MeetingsLevel::Meetings,
                MeetingsLevel::Agreement { meeting, .. } => state.level = MeetingsLevel::Agreements { meeting },
            },
            Action::CloseMeetings => self.meetings = None,
            Action::Quit => self.should_quit = true,
            _ => {}
        }
        Vec::new()
    }

    /// `a`: a new meeting on the list of meetings, a new agreement on a meeting's
    /// agreements or an agreement's page.
    fn start_commission_form(&mut self) -> Vec<Effect> {
        let Some(state) = &self.meetings else {
            return Vec::new();
        };
        let form = match state.level {
            MeetingsLevel::Meetings => CommissionForm::meeting(),
            MeetingsLevel::Agreements { meeting } | MeetingsLevel::Agreement { meeting, .. } => {
                CommissionForm::agreement(meeting)
            }
        };
        self.writable_then(|app| {
            app.overlay = Some(super::Overlay::AddCommission(Box::new(form)));
            Vec::new()
        })
    }

    /// `e`: the selected meeting's fields, or the agreement's (selected, or whose page
    /// this is), in a form filled with their values.
    fn start_commission_edit(&mut self) -> Vec<Effect> {
        let Some(state) = &self.meetings else {
            return Vec::new();
        };
        let today = self.today;
        let form = match state.level {
            MeetingsLevel::Meetings => state.selected_meeting().map(|m| CommissionForm::edit_meeting(m, today)),
            MeetingsLevel::Agreements { meeting } => state
                .selected_agreement(meeting)
                .map(|a| CommissionForm::edit_agreement(a, today)),
            MeetingsLevel::Agreement { agreement, .. } => state
                .data
                .as_ref()
                .and_then(|d| d.agreements.iter().find(|a| a.id == agreement))
                .map(|a| CommissionForm::edit_agreement(a, today)),
        };
        let Some(form) = form else {
            return Vec::new();
        };
        self.writable_then(|app| {
            app.overlay = Some(super::Overlay::AddCommission(Box::new(form)));
            Vec::new()
        })
    }

    /// `n` on an agreement's page (or on an agreement in a meeting's list): a dated
    /// update on its progress.
    fn start_agreement_note(&mut self) -> Vec<Effect> {
        let Some(state) = &self.meetings else {
            return Vec::new();
        };
        let agreement = match state.level {
            MeetingsLevel::Agreement { agreement, .. } => Some(agreement),
            MeetingsLevel::Agreements { meeting } => state.selected_agreement(meeting).map(|a| a.id),
            MeetingsLevel::Meetings => None,
        };
        let Some(agreement) = agreement else {
            return Vec::new();
        };
        let name = crate::tr!("report-agreement-title", id = agreement.to_string());
        let form = super::NoteForm::about(super::NoteAbout::Agreement(agreement), &name, self.today);
        self.writable_then(|app| {
            app.overlay = Some(super::Overlay::AddUpdate(Box::new(form)));
            Vec::new()
        })
    }

    /// `Enter`: a meeting's agreements, an agreement's detail, or a linked project in
    /// the table with its detail open.
    fn go_down(&mut self) -> Vec<Effect> {
        let Some(state) = &mut self.meetings else {
            return Vec::new();
        };
        match state.level {
            MeetingsLevel::Meetings => {
                if let Some(meeting) = state.selected_meeting().map(|m| m.id) {
                    state.level = MeetingsLevel::Agreements { meeting };
                    state.cursors[1] = 0;
                }
            }
            MeetingsLevel::Agreements { meeting } => {
                if let Some(agreement) = state.selected_agreement(meeting).map(|a| a.id) {
                    state.level = MeetingsLevel::Agreement { meeting, agreement };
                    state.cursors[2] = 0;
                }
            }
            MeetingsLevel::Agreement { .. } => {
                if let Some(project) = state.selected_project() {
                    // Kept, so that `Esc` in the table comes back to this page.
                    self.meetings_behind = self.meetings.take();
                    self.detail_open = !self.is_wide();
                    return vec![self.reload(Some(project)), Effect::LoadDetail(project)];
                }
            }
        }
        Vec::new()
    }
}
