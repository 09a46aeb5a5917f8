//! What ortaq could have written, as SQL conditions: the one definition that totals,
//! summary groups and `check` share, derived from the domain's closed sets and ceilings,
//! so that what is summed, what is grouped and what `check` names never disagree.

use crate::domain::{Country, EdtfDate, MAX_COUNT, MAX_INVESTMENT, Status};

/// A whole figure within its ceiling.
pub(super) fn figure(column: &str, ceiling: i64) -> String {
    format!("typeof({column}) = 'integer' AND {column} BETWEEN 0 AND {ceiling}")
}

/// The figure if ortaq could have written it, else NULL (neither summed nor known).
pub(super) fn readable_figure(column: &str, ceiling: i64) -> String {
    format!("CASE WHEN {} THEN {column} END", figure(column, ceiling))
}

/// One of the closed set of statuses.
pub(super) fn status(column: &str) -> String {
    one_of(column, Status::ALL.iter().map(|s| s.as_str()))
}

/// One of the closed set of countries.
pub(super) fn country(column: &str) -> String {
    one_of(column, Country::ALL.iter().map(|c| c.code()))
}

fn one_of<'a>(column: &str, codes: impl Iterator<Item = &'a str>) -> String {
    let quoted: Vec<String> = codes.map(|code| format!("'{code}'")).collect();
    format!("{column} IN ({})", quoted.join(", "))
}

/// A reported figure ortaq could have written: a known kind, a known qualifier, and a
/// value within that kind's ceiling.
pub(super) fn reported_figure() -> String {
    use crate::domain::{Metric, Qualifier};
    let ceilings: Vec<String> = Metric::ALL
        .iter()
        .map(|m| format!("WHEN '{}' THEN {}", m.as_str(), m.ceiling()))
        .collect();
    format!(
        "{} AND {} AND typeof(value) = 'integer' AND value >= 0 AND value <= CASE metric {} END",
        one_of("metric", Metric::ALL.iter().map(|m| m.as_str())),
        one_of("qualifier", Qualifier::ALL.iter().map(|q| q.as_str())),
        ceilings.join(" ")
    )
}

/// Which dates a date column may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum DateRule {
    /// A project's start or completion: a day, a month or a year.
    Calendar,
    /// A source's, an update's or a reported figure's date: EDTF of ortaq's subset.
    Edtf,
}

/// The date columns (table, column, rule). SQLite's CHECKs only bound their shape; what
/// ortaq reads is what [`EdtfDate`] parses, so `check` asks [`readable_date`], not SQL.
pub(super) const DATES: [(&str, &str, DateRule); 5] = [
    ("projects", "started", DateRule::Calendar),
    ("projects", "completed", DateRule::Calendar),
    ("sources", "published", DateRule::Edtf),
    ("updates", "date", DateRule::Edtf),
    ("indicators", "as_of", DateRule::Edtf),
];

/// Whether ortaq could have written `stored` in a column of `rule`: exactly when the
/// domain reads it.
pub(super) fn readable_date(rule: DateRule, stored: &str) -> bool {
    match rule {
        DateRule::Calendar => EdtfDate::stored_calendar(stored).is_ok(),
        DateRule::Edtf => stored.parse::<EdtfDate>().is_ok(),
    }
}

/// The figures ortaq tracks, each with its ceiling.
pub(super) const FIGURES: [(&str, i64); 3] = [
    ("investment", MAX_INVESTMENT),
    ("jobs_planned", MAX_COUNT),
    ("jobs_created", MAX_COUNT),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_closed_sets_come_from_the_domain() {
        assert_eq!(
            status("status"),
            "status IN ('proposed', 'agreed', 'construction', 'operating', 'suspended', 'cancelled')"
        );
        assert_eq!(country("country"), "country IN ('KZ', 'UZ', 'KZ+UZ')");
        assert_eq!(
            readable_figure("jobs_planned", 10),
            "CASE WHEN typeof(jobs_planned) = 'integer' AND jobs_planned BETWEEN 0 AND 10 THEN jobs_planned END"
        );
    }
}
