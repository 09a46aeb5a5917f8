//! The seed portfolio (`seed/portfolio.json`), loaded into a database when it is created.
//!
//! The seed goes through the same parsing and the same inserts as anything a person
//! types, so it cannot hold a value ortaq would refuse.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::Transaction;
use serde::Deserialize;

use super::StoreError;
use super::edit::insert_project;
use super::indicators::{NewIndicator, insert_indicator};
use super::notes::insert_update;
use super::sources::{NewSource, insert_source};
use crate::domain::NewDatedNote;
use crate::domain::{DomainError, EdtfDate, Field, FieldValue, NewProject};
use crate::domain::{Metric, Qualifier};
use crate::store::Fault;

/// The seed, embedded from the repository's `seed/portfolio.json`.
pub const SEED_JSON: &str = include_str!("../../seed/portfolio.json");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Seed {
    #[allow(dead_code)]
    about: String,
    pub(super) sources: Vec<SeedSource>,
    pub(super) projects: Vec<SeedProject>,
    pub(super) indicators: Vec<SeedIndicator>,
    /// The commission's meetings and what they agreed (issue 24).
    #[serde(default)]
    pub(super) meetings: Vec<super::seed_meetings::SeedMeeting>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SeedSource {
    pub(super) key: String,
    pub(super) publisher: String,
    pub(super) title: String,
    pub(super) url: Option<String>,
    pub(super) published: Option<String>,
    pub(super) note: Option<String>,
}

#[derive(Deserialize)]
pub(super) struct SeedProject {
    #[serde(flatten)]
    pub(super) fields: HashMap<String, serde_json::Value>,
    #[serde(default)]
    pub(super) updates: Vec<SeedUpdate>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SeedUpdate {
    pub(super) date: String,
    pub(super) text: String,
    pub(super) source: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SeedIndicator {
    pub(super) as_of: String,
    pub(super) scope: String,
    pub(super) metric: String,
    pub(super) value: i64,
    pub(super) qualifier: Option<String>,
    pub(super) source: String,
    pub(super) note: Option<String>,
}

/// The built-in seed failed its own checks: a fault of ortaq, never of a user.
pub(super) fn invalid(e: impl std::fmt::Display) -> StoreError {
    StoreError::Internal(Fault::SeedInvalid { detail: e.to_string() })
}

impl Seed {
    /// The built-in seed.
    pub(super) fn parse() -> Result<Self, StoreError> {
        serde_json::from_str(SEED_JSON).map_err(invalid)
    }
}

/// Loads the seed portfolio inside the transaction that creates the database.
pub(super) fn load(tx: &Transaction<'_>, author: &str) -> Result<(), StoreError> {
    let seed = Seed::parse()?;
    let bad = |e: DomainError| invalid(e);
    let mut source_ids = HashMap::new();
    for source in &seed.sources {
        let published = source
            .published
            .as_deref()
            .map(str::parse::<EdtfDate>)
            .transpose()
            .map_err(bad)?;
        let new = NewSource::new(
            &source.publisher,
            &source.title,
            source.url.as_deref(),
            published,
            source.note.as_deref(),
        )
        .map_err(bad)?;
        source_ids.insert(source.key.clone(), insert_source(tx, &new)?);
    }
    let source_id = |key: &str| {
        source_ids
            .get(key)
            .copied()
            .ok_or_else(|| StoreError::Internal(Fault::SeedUnknownSource { key: key.to_string() }))
    };
    let mut project_ids: HashMap<String, i64> = HashMap::new();
    for project in &seed.projects {
        let new = project_values(project, &source_id)?;
        let inserted = insert_project(tx, &new, author)?;
        project_ids.insert(inserted.name.clone(), inserted.id);
        for update in &project.updates {
            let date = update.date.parse::<EdtfDate>().map_err(bad)?;
            let note = NewDatedNote::new(date, &update.text, Some(source_id(&update.source)?)).map_err(bad)?;
            insert_update(tx, inserted.id, &note, author)?;
        }
    }
    for indicator in &seed.indicators {
        let new = NewIndicator::new(
            indicator.as_of.parse().map_err(bad)?,
            &indicator.scope,
            Metric::parse(&indicator.metric).map_err(bad)?,
            indicator.value,
            Qualifier::parse(indicator.qualifier.as_deref().unwrap_or("exact")).map_err(bad)?,
            source_id(&indicator.source)?,
            indicator.note.as_deref(),
        )
        .map_err(bad)?;
        insert_indicator(tx, &new, author)?;
    }
    let seed_source = |key: &str| source_id(key).map(Some);
    let seed_project = |name: &str| Ok(project_ids.get(name).copied());
    super::seed_meetings::load(tx, &seed.meetings, author, &seed_source, &seed_project)
}

/// Schema version 8 (issue 24): the seed's meetings and agreements.
pub(super) fn load_meetings_on_upgrade(tx: &Transaction<'_>) -> Result<(), StoreError> {
    super::seed_meetings::load_on_upgrade(tx)
}

pub(super) fn project_values(
    project: &SeedProject,
    source_id: &dyn Fn(&str) -> Result<i64, StoreError>,
) -> Result<NewProject, StoreError> {
    let bad = |e: DomainError| invalid(e);
    // Partial dates in the seed are exact ISO text; `today` is never used.
    let never = NaiveDate::MIN;
    let mut values = Vec::new();
    for (name, value) in &project.fields {
        let field = Field::parse(name).map_err(bad)?;
        let value = match (field, value) {
            (field, serde_json::Value::String(key)) if field == Field::Source || field.is_source() => {
                FieldValue::Integer(source_id(key)?)
            }
            (_, serde_json::Value::String(text)) => field.parse_value(text, never).map_err(bad)?,
            (_, serde_json::Value::Number(number)) => field.parse_value(&number.to_string(), never).map_err(bad)?,
            (_, serde_json::Value::Null) => FieldValue::Null,
            _ => {
                return Err(StoreError::Internal(Fault::SeedOddValue { field: name.clone() }));
            }
        };
        values.push((field, value));
    }
    values.sort_by_key(|(field, _)| *field);
    NewProject::new(values).map_err(bad)
}
