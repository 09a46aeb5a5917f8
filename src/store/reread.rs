//! The seed as ortaq wrote it up to schema version 4, corrected in a database being
//! upgraded to version 5.
//!
//! Version 5 re-read the five articles line by line (`seed/README.md`): the sources that
//! print no date got the bounds their texts support, jobs figures say whether the jobs
//! were created or are planned, statuses and descriptions say only what the texts say, and
//! figures the old seed left out were added. A database made by an older ortaq still
//! holds the old seed's rows; each is corrected only where it is provably as the old seed
//! wrote it:
//! - a source, update or figure when it holds exactly the old seed's values (an analyst's
//!   rows never do: they name other sources or other dates);
//! - a project when it is still at version 1 (never edited since the seed made it), by
//!   an edit credited to `seed` in the audit log, so that history, the digest and undo
//!   show what the re-reading changed;
//! - an update whose text the re-reading changed, by removing it and adding the new one,
//!   both in the audit log.
//!
//! Every date an analyst entered is kept as it was.

use std::collections::HashMap;

use rusqlite::{Transaction, params};
use serde::Deserialize;

use super::edit::{AuditRow, apply_edit, audit_row, next_edit, read_project};
use super::indicators::{NewIndicator, insert_indicator};
use super::notes::insert_update;
use super::seed::{Seed, SeedProject, SeedSource, invalid, project_values};
use super::{SEED_AUTHOR, StoreError, now_utc};
use crate::domain::NewDatedNote;
use crate::domain::{DomainError, EdtfDate, Field, FieldValue};
use crate::domain::{Metric, Qualifier};
use crate::store::Operation;

/// The seed as schema versions 1 to 4 had it (commit e7a40fb), to recognise its rows.
const SEED_OF_VERSION_4: &str = include_str!("seed_v4.json");

#[derive(Deserialize)]
struct OldSeed {
    projects: Vec<OldProject>,
}

#[derive(Deserialize)]
struct OldProject {
    name: String,
    source: String,
    #[serde(default)]
    updates: Vec<OldUpdate>,
}

#[derive(Deserialize)]
struct OldUpdate {
    text: String,
    source: String,
}

/// What the old seed wrote for each source, by its seed key.
struct OldSource {
    key: &'static str,
    published: &'static str,
    /// The date of the source's one update in the seed.
    update_date: Option<&'static str>,
    /// The date of the figures it reported.
    figures_as_of: &'static str,
}

const OLD_SOURCES: [OldSource; 5] = [
    OldSource {
        key: "informkz",
        published: "2024",
        update_date: Some("2024"),
        figures_as_of: "2024",
    },
    OldSource {
        key: "tca",
        published: "2024",
        update_date: Some("2024-07-12"),
        figures_as_of: "2024-07-12",
    },
    OldSource {
        key: "gov-uz",
        published: "2021",
        update_date: Some("2021-11"),
        figures_as_of: "",
    },
    OldSource {
        key: "uza",
        published: "2024",
        update_date: Some("2024"),
        figures_as_of: "2024",
    },
    OldSource {
        key: "baq",
        published: "2025",
        update_date: Some("2025"),
        figures_as_of: "2025",
    },
];

fn sql(e: rusqlite::Error) -> StoreError {
    StoreError::from_sqlite(e, Operation::CorrectingSeed)
}

/// Corrects the old seed's rows; run inside the upgrade's transaction.
pub(super) fn correct_seed_of_version_4(tx: &Transaction<'_>) -> Result<(), StoreError> {
    let seed = Seed::parse()?;
    let old: OldSeed = serde_json::from_str(SEED_OF_VERSION_4).map_err(invalid)?;
    let mut ids: HashMap<&str, i64> = HashMap::new();
    for old_source in &OLD_SOURCES {
        let Some(new) = seed.sources.iter().find(|s| s.key == old_source.key) else {
            return Err(invalid(format!("no source {:?}", old_source.key)));
        };
        let found = old_source_ids(tx, new, old_source)?;
        for id in &found {
            correct_source(tx, &seed, new, old_source, *id)?;
        }
        // Projects and updates are matched only when the source is not in doubt.
        if let [id] = found.as_slice() {
            ids.insert(old_source.key, *id);
        }
    }
    for old_project in &old.projects {
        let Some(new) = seed
            .projects
            .iter()
            .find(|p| p.fields.get("name").and_then(|n| n.as_str()) == Some(&old_project.name))
        else {
            continue;
        };
        correct_project(tx, &ids, old_project, new)?;
    }
    add_missing_figures(tx, &seed, &ids)
}

/// The sources the old seed wrote for this key (an import may have copied one).
fn old_source_ids(tx: &Transaction<'_>, new: &SeedSource, old: &OldSource) -> Result<Vec<i64>, StoreError> {
    let mut statement = tx
        .prepare("SELECT id FROM sources WHERE publisher = ?1 AND title = ?2 AND published = ?3")
        .map_err(sql)?;
    statement
        .query_map(params![new.publisher, new.title, old.published], |r| r.get(0))
        .and_then(|rows| rows.collect())
        .map_err(sql)
}

fn correct_source(
    tx: &Transaction<'_>,
    seed: &Seed,
    new: &SeedSource,
    old: &OldSource,
    id: i64,
) -> Result<(), StoreError> {
    tx.execute(
        "UPDATE sources SET published = ?1, note = ?2 WHERE id = ?3",
        params![new.published, new.note, id],
    )
    .map_err(sql)?;
    let updates: Vec<&str> = seed
        .projects
        .iter()
        .flat_map(|p| &p.updates)
        .filter(|u| u.source == new.key)
        .map(|u| u.date.as_str())
        .collect();
    if let (Some(old_date), [new_date]) = (old.update_date, updates.as_slice()) {
        tx.execute(
            "UPDATE updates SET date = ?1 WHERE source_id = ?2 AND date = ?3",
            params![new_date, id, old_date],
        )
        .map_err(sql)?;
    }
    for figure in seed.indicators.iter().filter(|i| i.source == new.key) {
        // Before version 5 a jobs figure was only 'jobs'.
        let old_metric = if figure.metric.starts_with("jobs_") {
            "jobs"
        } else {
            figure.metric.as_str()
        };
        tx.execute(
            "UPDATE indicators SET as_of = ?1, metric = ?2, qualifier = ?3, note = ?4
              WHERE source_id = ?5 AND scope = lower(?6) AND value = ?7 AND as_of = ?8 AND metric = ?9",
            params![
                figure.as_of,
                figure.metric,
                figure.qualifier.as_deref().unwrap_or("exact"),
                figure.note,
                id,
                figure.scope,
                figure.value,
                old.figures_as_of,
                old_metric
            ],
        )
        .map_err(sql)?;
    }
    Ok(())
}

/// A project the seed made and nobody edited since takes what the seed says now, and
/// its updates whose text changed are replaced.
fn correct_project(
    tx: &Transaction<'_>,
    ids: &HashMap<&str, i64>,
    old: &OldProject,
    new: &SeedProject,
) -> Result<(), StoreError> {
    let Some(&old_source) = ids.get(old.source.as_str()) else {
        return Ok(());
    };
    let found: Option<i64> = tx
        .query_row(
            "SELECT id FROM projects WHERE name = ?1 AND version = 1 AND source_id = ?2 AND deleted_at IS NULL",
            params![old.name, old_source],
            |r| r.get(0),
        )
        .ok();
    let Some(id) = found else {
        return Ok(());
    };
    let source_id = |key: &str| {
        ids.get(key)
            .copied()
            .ok_or_else(|| invalid(format!("no source {key:?}")))
    };
    let now = project_values(new, &source_id)?;
    let values: Vec<(Field, FieldValue)> = Field::ALL
        .iter()
        .filter(|field| **field != Field::Name)
        .map(|field| {
            let value = now
                .values
                .iter()
                .find(|(f, _)| f == field)
                .map_or(FieldValue::Null, |(_, v)| v.clone());
            (*field, value)
        })
        .collect();
    let current = read_project(tx, id)?;
    apply_edit(tx, &current, &values, SEED_AUTHOR)?;
    for old_update in &old.updates {
        let Some(new_update) = new.updates.iter().find(|u| u.source == old_update.source) else {
            continue;
        };
        if new_update.text != old_update.text {
            let source = source_id(&new_update.source)?;
            replace_update(
                tx,
                id,
                &old_update.text,
                source,
                new_update.date.as_str(),
                &new_update.text,
            )?;
        }
    }
    Ok(())
}

/// Removes the old seed's update (if it is still there as written) and adds the new one.
fn replace_update(
    tx: &Transaction<'_>,
    project: i64,
    old_text: &str,
    source: i64,
    date: &str,
    text: &str,
) -> Result<(), StoreError> {
    let found: Option<i64> = tx
        .query_row(
            "SELECT id FROM updates WHERE project_id = ?1 AND text = ?2 AND source_id = ?3 AND deleted_at IS NULL",
            params![project, old_text, source],
            |r| r.get(0),
        )
        .ok();
    let Some(old_id) = found else {
        return Ok(());
    };
    let at = now_utc();
    tx.execute("UPDATE updates SET deleted_at = ?1 WHERE id = ?2", params![at, old_id])
        .map_err(sql)?;
    audit_row(
        tx,
        &AuditRow {
            edit: next_edit(tx)?,
            project,
            field: "note",
            old: Some(old_text.to_string()),
            new: None,
            author: SEED_AUTHOR,
            at: &at,
            kind: "do",
            reverts: None,
            update: Some(old_id),
        },
    )?;
    let date: EdtfDate = date.parse().map_err(|e: DomainError| invalid(e))?;
    let update = NewDatedNote::new(date, text, Some(source)).map_err(invalid)?;
    insert_update(tx, project, &update, SEED_AUTHOR).map(|_| ())
}

/// Figures of the seed's sources that the old seed did not record (the 7 trade contracts).
fn add_missing_figures(tx: &Transaction<'_>, seed: &Seed, ids: &HashMap<&str, i64>) -> Result<(), StoreError> {
    for figure in &seed.indicators {
        let Some(&source) = ids.get(figure.source.as_str()) else {
            continue;
        };
        let known: bool = tx
            .query_row(
                "SELECT EXISTS (SELECT 1 FROM indicators
                  WHERE source_id = ?1 AND scope = lower(?2) AND metric = ?3 AND value = ?4)",
                params![source, figure.scope, figure.metric, figure.value],
                |r| r.get(0),
            )
            .map_err(sql)?;
        if known {
            continue;
        }
        let new = NewIndicator::new(
            figure.as_of.parse().map_err(|e: DomainError| invalid(e))?,
            &figure.scope,
            Metric::parse(&figure.metric).map_err(invalid)?,
            figure.value,
            Qualifier::parse(figure.qualifier.as_deref().unwrap_or("exact")).map_err(invalid)?,
            source,
            figure.note.as_deref(),
        )
        .map_err(invalid)?;
        insert_indicator(tx, &new, SEED_AUTHOR)?;
    }
    Ok(())
}
