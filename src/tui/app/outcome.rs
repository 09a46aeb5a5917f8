//! `apply`: folding what the store answered back into the state.

use super::notice::{ConflictNote, Notice};
use super::table::Counted;
use super::{App, ConflictInfo, DetailState, EditGone, Effect, Outcome, Overlay, SourceOffer};
use crate::domain::{Field, Project};
use crate::report::summary::Summary;
use crate::report::trend::TrendPoint;
use crate::store::{Change, DatedNote, PastValue, ProjectQuery, Totals};
use crate::tui::action::Action;
use crate::tui::keymap::{self, Context};

impl App {
    /// Takes in the store's answer to an effect; may ask for more.
    pub fn apply(&mut self, outcome: Outcome) -> Vec<Effect> {
        if outcome.ends_a_write() {
            self.waiting = None;
        }
        match outcome {
            Outcome::Reloaded {
                known,
                complete,
                totals,
                position,
                start,
                rows,
            } => {
                let previous = self.table.selected_project().map(|p| p.id);
                self.take_count(known, complete, totals);
                self.show_reloaded(previous, position, start, rows)
            }
            Outcome::Totals { query, totals } => self.totals_counted(query, totals),
            Outcome::Rows { start, rows } => {
                self.table.buffer_start = start;
                self.table.buffer = rows;
                Vec::new()
            }
            Outcome::Detail {
                project,
                updates,
                history,
                history_total,
                figures,
                agreements,
            } => {
                self.detail_loaded(project, updates, (history, history_total), figures, agreements);
                Vec::new()
            }
            Outcome::Lookups { sources, sectors } => {
                self.sources = sources;
                self.sectors = sectors;
                Vec::new()
            }
            Outcome::Saved { project, fields } => self.saved(&project, &fields),
            Outcome::Added(project) => self.added(&project),
            Outcome::CommissionAdded {
                meeting,
                agreement,
                linked,
            } => {
                self.overlay = None;
                let state = meeting.state(self.today);
                self.info(Notice::CommissionAdded {
                    meeting,
                    agreement,
                    state,
                    linked,
                });
                vec![Effect::LoadMeetings]
            }
            Outcome::CommissionSet(set) => {
                self.overlay = None;
                self.info(Notice::CommissionSet(set));
                vec![Effect::LoadMeetings]
            }
            Outcome::AgreementNoted { agreement, note } => {
                self.overlay = None;
                self.info(Notice::AgreementNoted { agreement, note });
                vec![Effect::LoadMeetings]
            }
            Outcome::UpdateAdded { project, date, source } => {
                self.overlay = None;
                self.info(Notice::UpdateAdded {
                    id: project.id,
                    name: crate::i18n::project_name(&project).to_string(),
                    date,
                    source: source.map(|id| crate::tui::words::source_name(&self.sources, id)),
                });
                vec![Effect::LoadDetail(project.id)]
            }
            Outcome::Deleted(project) => self.deleted(&project),
            Outcome::Summary { summary, trend } => {
                self.summary_loaded(summary, trend);
                Vec::new()
            }
            Outcome::Activity { since, log } => {
                self.activity_loaded(&since, log);
                Vec::new()
            }
            Outcome::Places { query, places } => {
                self.places_loaded(&query, places);
                Vec::new()
            }
            Outcome::Meetings(data) => {
                self.meetings_loaded(*data);
                Vec::new()
            }
            Outcome::Reverted { project, summary, redo } => self.reverted(project, summary, redo),
            Outcome::UndoStuck { why, change } => {
                self.overlay = Some(Overlay::ConfirmSkip {
                    why: crate::i18n::error::store_error(&why),
                    change,
                });
                self.status = None;
                Vec::new()
            }
            Outcome::Skipped { project, change } => {
                self.info(Notice::Skipped { change });
                let mut effects: Vec<Effect> = self.activity_effect().into_iter().collect();
                if self.detail.project.as_ref().is_some_and(|p| p.id == project) {
                    effects.push(Effect::LoadDetail(project));
                }
                effects
            }
            Outcome::WriteFailed { error, conflict } => {
                self.write_failed(error, conflict);
                Vec::new()
            }
            Outcome::ReadFailed(error) => {
                self.error(Notice::Store(error));
                Vec::new()
            }
            Outcome::Busy(effect) => self.write_waits(effect),
            Outcome::CountGaveWay(query) => {
                // Still the list shown: count it at the next quiet moment.
                self.table.totals_due |= query == self.table.query;
                Vec::new()
            }
        }
    }

    /// How many projects the reloaded list has: exact with totals or when the window
    /// reached its end, else at least what is known.
    fn take_count(&mut self, known: usize, complete: bool, totals: Option<Totals>) {
        self.table.count = match (&totals, self.table.totals()) {
            (Some(totals), _) => usize::try_from(totals.projects).unwrap_or(0),
            (None, _) if complete => known,
            // Refreshing the same list: keep the count it had until recounted.
            (None, Some(earlier)) => known.max(usize::try_from(earlier.projects).unwrap_or(0)),
            (None, None) => known,
        };
        self.table.totals_due = totals.is_none();
        if let Some(totals) = totals {
            self.table.counted = Some(Counted {
                query: self.table.query.clone(),
                totals,
            });
        }
    }

    /// The reloaded window of rows, the cursor at `position`; the detail follows it if
    /// it moved from the project `previous`.
    fn show_reloaded(
        &mut self,
        previous: Option<i64>,
        position: usize,
        start: usize,
        rows: Vec<Project>,
    ) -> Vec<Effect> {
        self.table.buffer_start = start;
        self.table.buffer = rows;
        self.table.select(position, self.body_height());
        let now = self.table.selected_project().map(|p| p.id);
        let mut effects = self.load_missing();
        effects.extend(self.close_edit_if_gone(now));
        if now != previous || self.detail.project.as_ref().map(|p| p.id) != now {
            if now.is_none() {
                self.detail = DetailState::default();
            }
            effects.extend(self.detail_effect());
        }
        effects
    }

    fn totals_counted(&mut self, query: ProjectQuery, totals: Totals) -> Vec<Effect> {
        if query != self.table.query {
            // Counted for a list no longer shown; the current one is due.
            return Vec::new();
        }
        self.table.count = usize::try_from(totals.projects).unwrap_or(0);
        self.table.counted = Some(Counted { query, totals });
        let previous = self.table.selected_project().map(|p| p.id);
        self.table.select(self.table.selected, self.body_height());
        let mut effects = self.load_missing();
        if self.table.selected_project().map(|p| p.id) != previous {
            effects.extend(self.detail_effect());
        }
        effects
    }

    /// A project's detail; where an edit of it was closed because it went away, the
    /// reason is said instead.
    fn detail_loaded(
        &mut self,
        project: Project,
        updates: Vec<DatedNote>,
        (history, history_total): (Vec<Change>, usize),
        figures: Vec<(Field, Vec<PastValue>)>,
        agreements: Vec<crate::domain::Agreement>,
    ) {
        if self
            .edit_gone
            .as_ref()
            .is_some_and(|gone| gone.project_id == project.id)
        {
            self.explain_gone_edit(&project, &history);
            return;
        }
        let same = self.detail.project.as_ref().map(|p| p.id) == Some(project.id);
        let scroll = if same { self.detail.scroll } else { 0 };
        self.detail = DetailState {
            project: Some(project),
            updates,
            history,
            history_total,
            figures,
            agreements,
            scroll,
            scroll_limit: self.detail.scroll_limit.clone(),
        };
    }

    fn saved(&mut self, project: &Project, fields: &[Field]) -> Vec<Effect> {
        self.overlay = None;
        self.source_offer = self.cleared_source(project, fields);
        self.table.replace(project);
        if fields.is_empty() {
            self.info(Notice::NoChange);
        } else if self.source_offer.is_some() {
            // What was stored, as any save says it; the source it lost is said after.
            let figures: Vec<Field> = fields.iter().copied().filter(|f| !f.is_source()).collect();
            let mut saved = self.saved_notice(project, &figures);
            if let Notice::Saved { source, .. } = &mut saved {
                *source = None;
            }
            self.info(Notice::SourceCleared {
                saved: Box::new(saved),
                key: keymap::key_for(Context::Table, Action::PickSource).unwrap_or_default(),
            });
        } else {
            self.info(self.saved_notice(project, fields));
        }
        // Totals and the order may have changed; the cursor stays on the project.
        vec![self.reload(Some(project.id)), Effect::LoadLookups]
    }

    fn added(&mut self, project: &Project) -> Vec<Effect> {
        self.overlay = None;
        self.info(Notice::Added {
            id: project.id,
            name: crate::i18n::project_name(project).to_string(),
            source: project
                .source_id
                .map(|id| crate::tui::words::source_name(&self.sources, id)),
        });
        vec![self.reload(Some(project.id)), Effect::LoadLookups]
    }

    fn deleted(&mut self, project: &Project) -> Vec<Effect> {
        self.info(Notice::Deleted {
            id: project.id,
            name: project.name.clone(),
        });
        vec![self.reload(None), Effect::LoadLookups]
    }

    fn summary_loaded(&mut self, summary: Summary, trend: Vec<TrendPoint>) {
        if let Some(state) = &mut self.summary {
            state.cursor = state.cursor.min(summary.groups.len().saturating_sub(1));
            state.data = Some(summary);
            state.trend = trend;
        }
    }

    fn reverted(&mut self, project: i64, summary: String, redo: bool) -> Vec<Effect> {
        self.info(Notice::Reverted { redo, summary });
        let mut effects = vec![self.reload(Some(project)), Effect::LoadLookups];
        effects.extend(self.summary_effect());
        effects.extend(self.activity_effect());
        effects.extend(self.map_effect());
        effects.extend(self.meetings_effect());
        if self.detail.project.as_ref().is_some_and(|p| p.id == project) {
            effects.push(Effect::LoadDetail(project));
        }
        effects
    }

    /// What a save stored, in words: each field's value as the project now holds it, and
    /// the source now attached to the figures saved (a figure saved with none: none).
    fn saved_notice(&self, project: &Project, fields: &[Field]) -> Notice {
        let source = if fields.iter().any(|f| f.is_source()) {
            None
        } else {
            fields
                .iter()
                .find(|f| Field::FIGURES.contains(f))
                .map(|figure| project.figure_source(*figure))
        };
        let named: Vec<i64> = fields
            .iter()
            .filter_map(|f| project.source_in(*f))
            .chain(source.flatten())
            .collect();
        Notice::Saved {
            project: Box::new(project.clone()),
            fields: fields.to_vec(),
            source,
            sources: self.sources.iter().filter(|s| named.contains(&s.id)).cloned().collect(),
        }
    }

    /// An open edit belongs to its project, not to a row: when a reload finds the
    /// project gone from the list (another user deleted it, or changed it out of the
    /// filters), the edit is closed rather than left over the neighbouring row, and
    /// the project is looked up to say which.
    /// The figure whose source a save cleared (the store clears it when a figure changes
    /// without naming one), with the source it had, read from the project as it was.
    fn cleared_source(&self, saved: &Project, fields: &[Field]) -> Option<SourceOffer> {
        let before = [self.table.selected_project(), self.detail.project.as_ref()]
            .into_iter()
            .flatten()
            .find(|p| p.id == saved.id);
        fields
            .iter()
            .filter_map(|field| field.figure())
            .find(|figure| saved.figure_source(*figure).is_none() && fields.contains(figure))
            .map(|figure| SourceOffer {
                project_id: saved.id,
                figure,
                previous: before.and_then(|p| p.figure_source(figure)),
            })
    }

    fn close_edit_if_gone(&mut self, selected: Option<i64>) -> Option<Effect> {
        let (project_id, field, typed) = match &self.overlay {
            Some(Overlay::Edit(edit)) => (edit.project_id, edit.field, edit.input.value().to_string()),
            Some(Overlay::Picker(picker)) => (
                picker.project_id,
                picker.field,
                picker
                    .options
                    .get(picker.cursor)
                    .map(|(label, _)| label.clone())
                    .unwrap_or_default(),
            ),
            _ => return None,
        };
        if selected == Some(project_id) {
            return None;
        }
        self.overlay = None;
        self.error(Notice::LeftTheList { id: project_id, field });
        self.edit_left = Some(project_id);
        self.edit_gone = Some(EditGone {
            project_id,
            field,
            typed,
        });
        Some(Effect::LoadDetail(project_id))
    }

    /// Says why the edited project left the list: who deleted it, or that it no longer
    /// matches; with what was typed, so it is not lost.
    fn explain_gone_edit(&mut self, project: &Project, history: &[Change]) {
        let Some(gone) = self.edit_gone.take() else {
            return;
        };
        // Named as the screen names it (a Russian screen said the English name).
        let name = crate::i18n::project_name(project).to_string();
        let (id, field, typed) = (project.id, gone.field, gone.typed);
        // Still there, only out of the list: what was typed is kept for Enter to open
        // again (a status or country picker's choice is not typed text).
        if project.deleted_at.is_none() && !matches!(field, Field::Status | Field::Country) {
            let mut edit = super::CellEdit::new(project, field);
            edit.input = tui_input::Input::new(typed.clone());
            self.reopen = Some(edit);
        }
        self.error(if project.deleted_at.is_some() {
            let by = history
                .iter()
                .find(|change| change.field == "deleted")
                .map(|change| change.author.clone());
            Notice::GoneDeleted {
                id,
                name,
                by,
                field,
                typed,
            }
        } else {
            Notice::GoneChanged { id, name, field, typed }
        });
    }

    /// A refused write keeps what was typed open, with the reason; after a conflict,
    /// the next Enter applies the typed value over the newer version.
    fn write_failed(&mut self, error: std::sync::Arc<crate::store::StoreError>, conflict: Option<ConflictInfo>) {
        let Some(conflict) = conflict else {
            self.error(Notice::Store(error));
            return;
        };
        let note = ConflictNote {
            author: conflict.author,
            at: conflict.at,
            changes: conflict.changes,
        };
        match &mut self.overlay {
            // The cell's editor shows the conflict under the input: said once, there.
            Some(Overlay::Edit(edit)) => {
                edit.version = conflict.current_version;
                edit.conflict = Some(note);
                self.status = None;
                return;
            }
            Some(Overlay::Picker(picker)) => {
                picker.version = conflict.current_version;
                picker.conflict = Some(note.clone());
            }
            _ => {}
        }
        self.error(Notice::Conflict(note));
    }
}
