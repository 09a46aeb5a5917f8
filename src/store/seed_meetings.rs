//! The seed's meetings and agreements (issue 24), loaded with the seed into a new
//! database, and into an older one when it is upgraded to schema version 8.

use super::Operation;
use chrono::NaiveDate;
use rusqlite::Transaction;
use serde::Deserialize;

use super::StoreError;
use super::agreements::{NewAgreement, insert_agreement};
use super::meetings::{NewMeeting, insert_meeting};
use super::seed::{Seed, invalid};
use crate::domain::{AgreementStatus, EdtfDate, MeetingKind, Side};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SeedMeeting {
    date: String,
    place: String,
    kind: String,
    number: Option<i64>,
    co_chairs: Option<String>,
    title: Option<String>,
    held: bool,
    source: String,
    #[serde(default)]
    agreements: Vec<SeedAgreement>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedAgreement {
    text: String,
    side: Option<String>,
    responsible: Option<String>,
    due: Option<String>,
    status: String,
    source: String,
    #[serde(default)]
    projects: Vec<String>,
}

/// Loads the seed's meetings; `source_id` names a seed source's row, `project_id` a
/// project's by its seed name.
pub(super) fn load(
    tx: &Transaction<'_>,
    meetings: &[SeedMeeting],
    author: &str,
    source_id: &dyn Fn(&str) -> Result<Option<i64>, StoreError>,
    project_id: &dyn Fn(&str) -> Result<Option<i64>, StoreError>,
) -> Result<(), StoreError> {
    // Dates in the seed are EDTF; `today` is never used.
    let never = NaiveDate::MIN;
    for meeting in meetings {
        let date = meeting.date.parse::<EdtfDate>().map_err(invalid)?;
        let new = NewMeeting {
            date,
            place: meeting.place.clone(),
            kind: MeetingKind::parse(&meeting.kind).ok_or_else(|| invalid(&meeting.kind))?,
            number: meeting.number,
            co_chairs: meeting.co_chairs.clone(),
            title: meeting.title.clone(),
            held: meeting.held,
            source_id: source_id(&meeting.source)?,
        };
        let id = insert_meeting(tx, &new, author)?;
        for agreement in &meeting.agreements {
            let mut projects = Vec::new();
            for name in &agreement.projects {
                projects.extend(project_id(name)?);
            }
            let due = agreement
                .due
                .as_deref()
                .map(|d| EdtfDate::parse(d, never))
                .transpose()
                .map_err(invalid)?;
            let new = NewAgreement {
                meeting_id: id,
                text: agreement.text.clone(),
                side: agreement.side.as_deref().and_then(Side::parse),
                responsible: agreement.responsible.clone(),
                due,
                status: AgreementStatus::parse(&agreement.status).ok_or_else(|| invalid(&agreement.status))?,
                source_id: source_id(&agreement.source)?,
                projects,
            };
            insert_agreement(tx, &new, author)?;
        }
    }
    Ok(())
}

/// On the upgrade to version 8: the seed's meetings, on the seed's sources where the
/// file still holds them (found by their exact title), and on no source otherwise.
pub(super) fn load_on_upgrade(tx: &Transaction<'_>) -> Result<(), StoreError> {
    let seed = Seed::parse()?;
    let source_id = |key: &str| -> Result<Option<i64>, StoreError> {
        let Some(source) = seed.sources.iter().find(|s| s.key == key) else {
            return Err(invalid(key));
        };
        tx.query_row(
            "SELECT min(id) FROM sources WHERE title = ?1 AND publisher = ?2",
            [&source.title, &source.publisher],
            |r| r.get(0),
        )
        .map_err(|e| StoreError::from_sqlite(e, Operation::UpgradingSchema))
    };
    let project_id = |name: &str| -> Result<Option<i64>, StoreError> {
        tx.query_row(
            "SELECT min(id) FROM projects WHERE name = ?1 AND deleted_at IS NULL",
            [name],
            |r| r.get(0),
        )
        .map_err(|e| StoreError::from_sqlite(e, Operation::UpgradingSchema))
    };
    load(tx, &seed.meetings, super::SEED_AUTHOR, &source_id, &project_id)
}
