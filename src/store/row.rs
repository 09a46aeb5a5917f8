//! Reading values out of rows defensively: other tools may have written invalid UTF-8,
//! text where a number belongs, or NULL where ortaq never writes one, and none of that
//! may crash ortaq.

use rusqlite::Row;
use rusqlite::types::ValueRef;

use crate::domain::{Axis, Coordinate, Country, EdtfDate, MAX_COUNT, Money, Project, Status};

/// Text, with invalid UTF-8 replaced by `�`; `None` for NULL.
pub(crate) fn text(row: &Row<'_>, index: usize) -> Option<String> {
    match row.get_ref(index).ok()? {
        ValueRef::Null => None,
        ValueRef::Text(bytes) | ValueRef::Blob(bytes) => Some(String::from_utf8_lossy(bytes).into_owned()),
        ValueRef::Integer(number) => Some(number.to_string()),
        ValueRef::Real(number) => Some(number.to_string()),
    }
}

/// A whole number; `None` for NULL or anything that is not one.
pub(crate) fn integer(row: &Row<'_>, index: usize) -> Option<i64> {
    match row.get_ref(index).ok()? {
        ValueRef::Integer(number) => Some(number),
        ValueRef::Text(bytes) => std::str::from_utf8(bytes).ok()?.trim().parse().ok(),
        _ => None,
    }
}

/// A stored figure, if it is one ortaq could have written: an integer (not text that
/// looks like one), not negative, within its ceiling. Anything else another tool wrote
/// is shown as unknown, left out of sums (see `Store::totals`) and named by `check`.
fn figure(row: &Row<'_>, index: usize, ceiling: i64) -> Option<i64> {
    match row.get_ref(index).ok()? {
        ValueRef::Integer(number) if (0..=ceiling).contains(&number) => Some(number),
        _ => None,
    }
}

/// The columns [`project`] reads, in its order.
pub(crate) const PROJECT_COLUMNS: &str = "id, name, name_ru, country, region, sector, status, investment, \
     jobs_planned, jobs_created, partners, started, completed, description, source_id, version, \
     created_at, updated_at, deleted_at, status_source_id, investment_source_id, jobs_planned_source_id, \
     jobs_created_source_id, latitude, longitude";

pub(crate) fn project(row: &Row<'_>) -> rusqlite::Result<Project> {
    Ok(Project {
        id: row.get(0)?,
        name: text(row, 1).unwrap_or_default(),
        name_ru: text(row, 2),
        country: text(row, 3).and_then(|c| Country::parse(&c).ok()),
        region: text(row, 4),
        sector: text(row, 5),
        status: text(row, 6).and_then(|s| Status::parse(&s).ok()),
        investment: figure(row, 7, i64::MAX).and_then(Money::stored),
        jobs_planned: figure(row, 8, MAX_COUNT),
        jobs_created: figure(row, 9, MAX_COUNT),
        partners: text(row, 10),
        started: text(row, 11).and_then(|d| EdtfDate::stored_calendar(&d).ok()),
        completed: text(row, 12).and_then(|d| EdtfDate::stored_calendar(&d).ok()),
        description: text(row, 13),
        source_id: integer(row, 14),
        version: integer(row, 15).unwrap_or(1),
        created_at: text(row, 16).unwrap_or_default(),
        updated_at: text(row, 17).unwrap_or_default(),
        deleted_at: text(row, 18),
        figure_sources: [integer(row, 19), integer(row, 20), integer(row, 21), integer(row, 22)],
        latitude: text(row, 23).and_then(|c| Coordinate::stored(&c, Axis::Latitude)),
        longitude: text(row, 24).and_then(|c| Coordinate::stored(&c, Axis::Longitude)),
    })
}
