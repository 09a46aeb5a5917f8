//! What the readers' unit tests share: a fixed today, a resolver that knows no source,
//! and the places of the problems found.

use chrono::NaiveDate;

use super::ImportProblem;

pub(super) fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

pub(super) fn no_sources(reference: &str) -> Result<i64, String> {
    Err(format!("no source matches {reference:?}"))
}

pub(super) fn places(problems: &[ImportProblem]) -> Vec<String> {
    problems.iter().map(|p| p.place.to_string()).collect()
}
