//! The filter popup: tick statuses, countries and sectors; the table follows at once.

use crate::domain::{Country, Status};
use crate::i18n::status_label;
use crate::store::ProjectQuery;
use crate::tr;

/// One line of the filter popup.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FilterOption {
    Status(Option<Status>),
    Country(Option<Country>),
    Sector(Option<String>),
}

impl FilterOption {
    /// The heading the option is listed under.
    pub fn group(&self) -> String {
        match self {
            FilterOption::Status(_) => crate::tui::words::field_label(crate::domain::Field::Status),
            FilterOption::Country(_) => crate::tui::words::field_label(crate::domain::Field::Country),
            FilterOption::Sector(_) => crate::tui::words::field_label(crate::domain::Field::Sector),
        }
    }

    /// The option as listed: a status's label, a country's code, a sector's name.
    pub fn label(&self) -> String {
        match self {
            FilterOption::Status(status) => status.map_or_else(|| tr!("tui-unknown"), status_label),
            FilterOption::Country(country) => country.map_or_else(|| tr!("tui-unknown"), |c| c.code().to_string()),
            FilterOption::Sector(sector) => sector
                .as_deref()
                .map_or_else(|| tr!("tui-unknown"), crate::i18n::sector_label),
        }
    }

    pub fn is_checked(&self, query: &ProjectQuery) -> bool {
        match self {
            FilterOption::Status(s) => query.statuses.contains(s),
            FilterOption::Country(c) => query.countries.contains(c),
            FilterOption::Sector(s) => query.sectors.contains(s),
        }
    }

    /// Ticks the option if it is not, unticks it if it is.
    pub fn toggle(&self, query: &mut ProjectQuery) {
        fn flip<T: PartialEq + Clone>(list: &mut Vec<T>, value: &T) {
            match list.iter().position(|v| v == value) {
                Some(index) => {
                    list.remove(index);
                }
                None => list.push(value.clone()),
            }
        }
        match self {
            FilterOption::Status(s) => flip(&mut query.statuses, s),
            FilterOption::Country(c) => flip(&mut query.countries, c),
            FilterOption::Sector(s) => flip(&mut query.sectors, s),
        }
    }
}

/// The popup's state: its options and the cursor.
#[derive(Debug, Clone, Default)]
pub struct FilterState {
    pub options: Vec<FilterOption>,
    pub cursor: usize,
}

impl FilterState {
    pub fn new(sectors: &[String]) -> Self {
        let mut options: Vec<FilterOption> = Status::ALL.iter().map(|s| FilterOption::Status(Some(*s))).collect();
        options.push(FilterOption::Status(None));
        options.extend(Country::ALL.iter().map(|c| FilterOption::Country(Some(*c))));
        options.push(FilterOption::Country(None));
        options.extend(sectors.iter().map(|s| FilterOption::Sector(Some(s.clone()))));
        options.push(FilterOption::Sector(None));
        Self { options, cursor: 0 }
    }

    pub fn move_by(&mut self, delta: isize) {
        self.cursor = super::cursor::moved(self.cursor, delta, self.options.len());
    }

    pub fn current(&self) -> Option<&FilterOption> {
        self.options.get(self.cursor)
    }
}

/// A short description of the active filters for the title bar: `status: operating`.
pub fn describe(query: &ProjectQuery) -> String {
    let mut parts = Vec::new();
    let unknown = || tr!("tui-unknown");
    let list = |labels: Vec<String>| labels.join("|");
    if !query.statuses.is_empty() {
        let shown = query.statuses.iter().map(|s| s.map_or_else(unknown, status_label));
        parts.push(tr!("tui-filter-status", values = list(shown.collect())));
    }
    if !query.countries.is_empty() {
        let shown = query
            .countries
            .iter()
            .map(|c| c.map_or_else(unknown, |c| c.code().to_string()));
        parts.push(tr!("tui-filter-country", values = list(shown.collect())));
    }
    if !query.sectors.is_empty() {
        let shown = query
            .sectors
            .iter()
            .map(|s| s.as_deref().map_or_else(unknown, crate::i18n::sector_label));
        parts.push(tr!("tui-filter-sector", values = list(shown.collect())));
    }
    parts.join(" · ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toggling_ticks_and_unticks() {
        let mut query = ProjectQuery::default();
        let filter = FilterState::new(&["textiles".to_string()]);
        let textiles = filter.options.iter().find(|o| o.label() == "textiles").unwrap();
        textiles.toggle(&mut query);
        assert_eq!(query.sectors, vec![Some("textiles".to_string())]);
        assert!(textiles.is_checked(&query));
        assert_eq!(describe(&query), "sector: textiles");
        textiles.toggle(&mut query);
        assert!(query.sectors.is_empty());
    }
}
