//! The summary screen's state: the grouping, the totals as loaded, and the cursor.

use super::{App, Effect};
use crate::domain::{Country, Status};
use crate::report::summary::Summary;
use crate::report::trend::TrendPoint;
use crate::store::{Dimension, GroupTotals};
use crate::tui::action::Action;

#[derive(Debug, Clone)]
pub struct SummaryState {
    pub by: Dimension,
    pub data: Option<Summary>,
    pub trend: Vec<TrendPoint>,
    /// The selected group.
    pub cursor: usize,
    /// The reported trend drawn as a line chart instead of the reported figures' table.
    pub trend_chart: bool,
}

impl Default for SummaryState {
    fn default() -> Self {
        Self {
            by: Dimension::Status,
            data: None,
            trend: Vec::new(),
            cursor: 0,
            trend_chart: false,
        }
    }
}

impl SummaryState {
    pub fn groups(&self) -> &[GroupTotals] {
        self.data.as_ref().map_or(&[], |d| d.groups.as_slice())
    }

    pub fn selected(&self) -> Option<&GroupTotals> {
        self.groups().get(self.cursor)
    }
}

impl App {
    /// The summary's data for the table's current search and filters.
    pub(crate) fn summary_effect(&self) -> Option<Effect> {
        self.summary.as_ref().map(|s| Effect::LoadSummary {
            query: self.table.query.clone(),
            by: s.by,
        })
    }

    pub(super) fn open_summary(&mut self) -> Vec<Effect> {
        self.summary = Some(SummaryState::default());
        self.summary_effect().into_iter().collect()
    }

    pub(super) fn update_summary(&mut self, action: Action) -> Vec<Effect> {
        let Some(state) = &mut self.summary else {
            return Vec::new();
        };
        let last = state.groups().len().saturating_sub(1);
        match action {
            Action::SelectNext => state.cursor = (state.cursor + 1).min(last),
            Action::SelectPrevious => state.cursor = state.cursor.saturating_sub(1),
            Action::CycleGrouping => {
                state.by = match state.by {
                    Dimension::Status => Dimension::Country,
                    Dimension::Country => Dimension::Sector,
                    Dimension::Sector => Dimension::Status,
                };
                state.cursor = 0;
                return self.summary_effect().into_iter().collect();
            }
            Action::ShowGroup => return self.show_group(),
            Action::ToggleTrendChart => state.trend_chart = !state.trend_chart,
            Action::Back => self.summary = None,
            Action::Quit => self.should_quit = true,
            _ => {}
        }
        Vec::new()
    }

    /// Leaves the summary for the table, filtered to the selected group.
    fn show_group(&mut self) -> Vec<Effect> {
        let Some(state) = self.summary.take() else {
            return Vec::new();
        };
        let Some(group) = state.selected() else {
            return Vec::new();
        };
        let key = group.keys.first().cloned().flatten();
        let query = &mut self.table.query;
        match state.by {
            Dimension::Status => query.statuses = vec![key.and_then(|k| Status::parse(&k).ok())],
            Dimension::Country => query.countries = vec![key.and_then(|k| Country::parse(&k).ok())],
            Dimension::Sector => query.sectors = vec![key],
        }
        self.info(super::Notice::GroupShown {
            count: group.totals.projects,
        });
        vec![Effect::Reload {
            query: self.table.query.clone(),
            keep: None,
            fallback: 0,
            window: self.body_height(),
        }]
    }
}
