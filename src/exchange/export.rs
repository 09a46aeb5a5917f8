//! Export: every project field under its one name, as CSV or JSON, and the whole
//! portfolio (sources, projects with their updates, reported figures) as one JSON
//! document that `import` reads back into any database.
//!
//! Values stay exact (whole dollars, ISO dates). A source is named by its content
//! (publisher, title, URL, date; in CSV its title), never by a local id, which means
//! nothing in another database. CSV cells are guarded against spreadsheet formulas.

use serde::ser::{Serialize, SerializeMap, Serializer};

use super::spreadsheet;
use crate::domain::{Field, FieldValue, Project};
use crate::store::{DatedNote, Indicator, Portfolio, Source};

/// What the document says it is, so import knows it from a plain list of projects.
pub const FORMAT: &str = "ortaq-export";
/// The document's version; import refuses a newer one.
pub const VERSION: u64 = 1;

/// Keys that export writes and import accepts but ignores: a new id and timestamps are
/// given on import (`version` was written by older ortaq).
pub const BOOKKEEPING: [&str; 5] = ["id", "version", "created_at", "updated_at", "deleted_at"];

/// A source named by content.
struct SourceRef<'a>(&'a Source);

impl Serialize for SourceRef<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(4))?;
        map.serialize_entry("publisher", &self.0.publisher)?;
        map.serialize_entry("title", &self.0.title)?;
        map.serialize_entry("url", &self.0.url)?;
        map.serialize_entry("published", &self.0.published)?;
        map.end()
    }
}

/// A source in the document's list: its content and its note.
struct SourceRecord<'a>(&'a Source);

impl Serialize for SourceRecord<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(5))?;
        map.serialize_entry("publisher", &self.0.publisher)?;
        map.serialize_entry("title", &self.0.title)?;
        map.serialize_entry("url", &self.0.url)?;
        map.serialize_entry("published", &self.0.published)?;
        map.serialize_entry("note", &self.0.note)?;
        map.end()
    }
}

fn source_of<'a>(sources: &'a [Source], id: Option<i64>) -> Option<SourceRef<'a>> {
    id.and_then(|id| sources.iter().find(|s| s.id == id)).map(SourceRef)
}

/// A project as the JSON export writes it (also the properties of a GeoJSON feature).
pub(crate) struct ProjectRecord<'a> {
    pub(crate) project: &'a Project,
    pub(crate) sources: &'a [Source],
    pub(crate) updates: Option<&'a [DatedNote]>,
}

impl Serialize for ProjectRecord<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let project = self.project;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &project.id)?;
        for field in Field::ALL {
            match (field, project.value(field)) {
                (source, _) if source.is_source() => {
                    map.serialize_entry(source.name(), &source_of(self.sources, project.source_in(source)))?
                }
                (_, FieldValue::Null) => map.serialize_entry(field.name(), &None::<i64>)?,
                (_, FieldValue::Text(text)) => map.serialize_entry(field.name(), &text)?,
                (_, FieldValue::Integer(number)) => map.serialize_entry(field.name(), &number)?,
            }
        }
        map.serialize_entry("created_at", &project.created_at)?;
        map.serialize_entry("updated_at", &project.updated_at)?;
        if let Some(updates) = self.updates {
            let updates: Vec<UpdateRecord<'_>> = updates
                .iter()
                .map(|update| UpdateRecord {
                    update,
                    sources: self.sources,
                })
                .collect();
            map.serialize_entry("updates", &updates)?;
        }
        map.end()
    }
}

struct UpdateRecord<'a> {
    update: &'a DatedNote,
    sources: &'a [Source],
}

impl Serialize for UpdateRecord<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(5))?;
        map.serialize_entry("date", &self.update.date)?;
        map.serialize_entry("text", &self.update.text)?;
        map.serialize_entry("author", &self.update.author)?;
        map.serialize_entry("source", &source_of(self.sources, self.update.source_id))?;
        map.serialize_entry("created_at", &self.update.created_at)?;
        map.end()
    }
}

struct IndicatorRecord<'a> {
    indicator: &'a Indicator,
    sources: &'a [Source],
}

impl Serialize for IndicatorRecord<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let i = self.indicator;
        let mut map = serializer.serialize_map(Some(7))?;
        map.serialize_entry("as_of", &i.as_of.to_string())?;
        map.serialize_entry("scope", &i.scope)?;
        map.serialize_entry("metric", i.metric.as_str())?;
        map.serialize_entry("value", &i.value)?;
        map.serialize_entry("qualifier", i.qualifier.as_str())?;
        map.serialize_entry("source", &source_of(self.sources, Some(i.source_id)))?;
        map.serialize_entry("note", &i.note)?;
        map.end()
    }
}

struct Document<'a>(&'a Portfolio);

impl Serialize for Document<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let portfolio = self.0;
        let sources = portfolio.sources.as_slice();
        let mut map = serializer.serialize_map(Some(5))?;
        map.serialize_entry("format", FORMAT)?;
        map.serialize_entry("version", &VERSION)?;
        let listed: Vec<SourceRecord<'_>> = sources.iter().map(SourceRecord).collect();
        map.serialize_entry("sources", &listed)?;
        let projects: Vec<ProjectRecord<'_>> = portfolio
            .projects
            .iter()
            .map(|(project, updates)| ProjectRecord {
                project,
                sources,
                updates: Some(updates),
            })
            .collect();
        map.serialize_entry("projects", &projects)?;
        let indicators: Vec<IndicatorRecord<'_>> = portfolio
            .indicators
            .iter()
            .map(|indicator| IndicatorRecord { indicator, sources })
            .collect();
        map.serialize_entry("indicators", &indicators)?;
        map.end()
    }
}

fn pretty(value: &impl Serialize) -> String {
    // Serializing these maps of strings and numbers to memory cannot fail.
    serde_json::to_string_pretty(value).unwrap_or_default() + "\n"
}

/// The whole portfolio as one JSON document: what `export` writes.
pub fn to_document(portfolio: &Portfolio) -> String {
    pretty(&Document(portfolio))
}

/// Projects as a JSON array of objects (`list` and `show`); a source by its content.
pub fn to_json(projects: &[Project], sources: &[Source]) -> String {
    let records: Vec<ProjectRecord<'_>> = projects
        .iter()
        .map(|project| ProjectRecord {
            project,
            sources,
            updates: None,
        })
        .collect();
    pretty(&records)
}

/// The CSV header: `id`, the fields, the timestamps.
fn csv_header() -> Vec<String> {
    let mut header = vec!["id".to_string()];
    header.extend(Field::ALL.iter().map(|f| f.name().to_string()));
    header.extend(["created_at".to_string(), "updated_at".to_string()]);
    header
}

/// Projects as CSV with a header of field names; the source column holds the source's
/// title, and every cell is guarded against spreadsheet formulas.
pub fn to_csv(projects: &[Project], sources: &[Source]) -> String {
    let rows = projects.iter().map(|project| {
        let mut record = vec![project.id.to_string()];
        record.extend(Field::ALL.iter().map(|field| {
            match field {
                source if source.is_source() => source_of(sources, project.source_in(*source))
                    .map(|s| s.0.title.clone())
                    .unwrap_or_default(),
                _ => project.value(*field).to_audit().unwrap_or_default(),
            }
        }));
        record.extend([project.created_at.clone(), project.updated_at.clone()]);
        record
    });
    spreadsheet::write_csv(std::iter::once(csv_header()).chain(rows))
}
