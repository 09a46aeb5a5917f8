//! The map screen's state: the located projects of the table's current search and
//! filters, north to south, and which one the cursor is on.

use super::cursor;
use super::{App, Effect};
use crate::store::{Placed, ProjectQuery};
use crate::tui::action::Action;

#[derive(Debug, Clone, Default)]
pub struct MapState {
    /// The located projects, as [`crate::store::Store::places`] orders them; `None`
    /// until loaded.
    pub places: Option<Vec<Placed>>,
    /// The selected place.
    pub cursor: usize,
    /// How many of the projects shown in the table have no location (to say so).
    pub unplaced: Option<usize>,
}

impl MapState {
    pub fn places(&self) -> &[Placed] {
        self.places.as_deref().unwrap_or_default()
    }

    pub fn selected(&self) -> Option<&Placed> {
        self.places().get(self.cursor)
    }

    fn move_by(&mut self, delta: isize) {
        self.cursor = cursor::moved(self.cursor, delta, self.places().len());
    }
}

impl App {
    /// The map's places for the table's query, when the map is open.
    pub(crate) fn map_effect(&self) -> Option<Effect> {
        self.map.as_ref().map(|_| Effect::LoadPlaces(self.table.query.clone()))
    }

    pub(super) fn open_map(&mut self) -> Vec<Effect> {
        self.map = Some(MapState::default());
        self.map_effect().into_iter().collect()
    }

    pub(super) fn update_map(&mut self, action: Action) -> Vec<Effect> {
        let Some(state) = &mut self.map else {
            return Vec::new();
        };
        if let Some(delta) = cursor::step(action, None) {
            state.move_by(delta);
            return Vec::new();
        }
        match action {
            Action::ShowProject => return self.show_map_project(),
            Action::Back => self.map = None,
            Action::Quit => self.should_quit = true,
            _ => {}
        }
        Vec::new()
    }

    /// Leaves the map for the table with the marked project selected and its detail open.
    fn show_map_project(&mut self) -> Vec<Effect> {
        let Some(id) = self.map.as_ref().and_then(MapState::selected).map(|p| p.id) else {
            return Vec::new();
        };
        self.map = None;
        self.detail_open = !self.is_wide();
        vec![self.reload(Some(id)), Effect::LoadDetail(id)]
    }

    /// Takes in loaded places, unless the search or filters changed since they were
    /// asked for. The cursor stays on the project it was on, where that is still there.
    pub(super) fn places_loaded(&mut self, query: &ProjectQuery, places: Vec<Placed>) {
        if *query != self.table.query {
            return;
        }
        let shown = self.table.count;
        let Some(state) = &mut self.map else {
            return;
        };
        let was = state.selected().map(|p| p.id);
        state.cursor = was.and_then(|id| places.iter().position(|p| p.id == id)).unwrap_or(0);
        state.unplaced = Some(shown.saturating_sub(places.len()));
        state.places = Some(places);
    }
}
