//! JSON: the export document (sources, projects with their updates, reported figures,
//! sources named by content) or a plain array of project objects, each problem placed
//! (`project 3, update 1`).

use chrono::NaiveDate;
use serde_json::{Map, Value};

use super::limits::{self, ImportLimits};
use super::{
    ImportProblem, Issue, Item, Parsed, Place, Problems, SourceResolver, finish_project, read_text, source_by_text,
    whole_file,
};
use crate::domain::{EdtfDate, Field};
use crate::exchange::{BOOKKEEPING, FORMAT, VERSION};
use crate::store::{
    ImportDocument, ImportIndicator, ImportProject, ImportUpdate, Metric, NewDatedNote, NewIndicator, NewSource,
    Qualifier, SourceKey, SourceRef,
};

/// Reads the export document, or a plain JSON array of project objects, within the
/// default limits.
pub fn parse_json(bytes: &[u8], resolve: &SourceResolver<'_>, today: NaiveDate) -> Result<Parsed, Problems> {
    parse_json_within(bytes, resolve, today, &ImportLimits::DEFAULT)
}

/// Reads JSON within `limits`: a larger file, more items (projects, updates, sources
/// and figures together) or a longer text value is refused.
pub fn parse_json_within(
    bytes: &[u8],
    resolve: &SourceResolver<'_>,
    today: NaiveDate,
    limits: &ImportLimits,
) -> Result<Parsed, Problems> {
    limits::check_size(bytes, limits)?;
    let decoded = read_text(bytes)?;
    let value: Value = serde_json::from_str(&decoded.text).map_err(|e| whole_file(Issue::NotJson(e.to_string())))?;
    within(&value, limits)?;
    let reader = JsonReader { resolve, today };
    let document = match value {
        Value::Array(records) => reader.projects(&records, Item::Record)?,
        Value::Object(object) => reader.document(&object)?,
        _ => {
            return Err(whole_file(Issue::NotDocument));
        }
    };
    if document == ImportDocument::default() {
        return Err(whole_file(Issue::NothingInFile));
    }
    let items = document.sources.len()
        + document.indicators.len()
        + document.projects.iter().map(|p| 1 + p.updates.len()).sum::<usize>();
    if items > limits.rows {
        return Err(limits::too_many_rows(limits));
    }
    Ok(Parsed {
        document,
        encoding: decoded.encoding,
        delimiter: None,
        sheet: None,
        notes: Vec::new(),
        rows: Vec::new(),
        by_id: false,
    })
}

/// Refuses a document with a text value longer than a cell may be, or with more items
/// than a file may have rows (every object counts: projects, updates, sources, figures
/// and the sources they name).
fn within(value: &Value, limits: &ImportLimits) -> Result<(), Problems> {
    let mut objects = 0_usize;
    let mut stack = vec![value];
    while let Some(value) = stack.pop() {
        match value {
            Value::String(text) => limits::check_cell(text, limits).map_err(whole_file)?,
            Value::Array(items) => stack.extend(items),
            Value::Object(object) => {
                objects += 1;
                if objects > limits.rows.saturating_mul(4) {
                    return Err(limits::too_many_rows(limits));
                }
                for (key, value) in object {
                    limits::check_cell(key, limits).map_err(whole_file)?;
                    stack.push(value);
                }
            }
            _ => {}
        }
    }
    Ok(())
}

struct JsonReader<'a, 'b> {
    resolve: &'a SourceResolver<'b>,
    today: NaiveDate,
}

fn at(place: Place) -> impl Fn(Issue) -> ImportProblem {
    move |issue| ImportProblem { place, issue }
}

fn array<'v>(object: &'v Map<String, Value>, key: &'static str) -> Result<&'v [Value], Problems> {
    match object.get(key) {
        None | Some(Value::Null) => Ok(&[]),
        Some(Value::Array(items)) => Ok(items),
        Some(_) => Err(whole_file(Issue::ExpectedArray(key))),
    }
}

impl JsonReader<'_, '_> {
    fn document(&self, object: &Map<String, Value>) -> Result<ImportDocument, Problems> {
        if object.get("format").and_then(Value::as_str) != Some(FORMAT) {
            return Err(whole_file(Issue::NotDocumentFormat));
        }
        match object.get("version").and_then(Value::as_u64) {
            Some(VERSION) => {}
            Some(newer) if newer > VERSION => {
                return Err(whole_file(Issue::NewerExport {
                    found: newer,
                    supported: VERSION,
                }));
            }
            _ => return Err(whole_file(Issue::NeedsVersion { supported: VERSION })),
        }
        if let Some(key) = object
            .keys()
            .find(|k| !["format", "version", "sources", "projects", "indicators"].contains(&k.as_str()))
        {
            return Err(whole_file(Issue::NotPartOfDocument(key.clone())));
        }
        let mut problems = Vec::new();
        let mut sources = Vec::new();
        for (index, item) in array(object, "sources")?.iter().enumerate() {
            match self.source(item) {
                Ok(source) => sources.push(source),
                Err(issue) => problems.push(at(Place::Item(Item::Source, index + 1))(issue)),
            }
        }
        let mut document = match self.projects(array(object, "projects")?, Item::Project) {
            Ok(document) => document,
            Err(more) => {
                problems.extend(more);
                ImportDocument::default()
            }
        };
        for (index, item) in array(object, "indicators")?.iter().enumerate() {
            match self.indicator(item) {
                Ok(indicator) => document.indicators.push(indicator),
                Err(issue) => problems.push(at(Place::Item(Item::Indicator, index + 1))(issue)),
            }
        }
        document.sources = sources;
        if problems.is_empty() {
            Ok(document)
        } else {
            Err(problems)
        }
    }

    fn projects(&self, records: &[Value], item: Item) -> Result<ImportDocument, Problems> {
        let mut projects = Vec::new();
        let mut problems = Vec::new();
        for (index, record) in records.iter().enumerate() {
            match self.project(record, item, index + 1) {
                Ok(project) => projects.push(project),
                Err(more) => problems.extend(more),
            }
        }
        if problems.is_empty() {
            Ok(ImportDocument {
                projects,
                ..Default::default()
            })
        } else {
            Err(problems)
        }
    }

    fn project(&self, record: &Value, item: Item, index: usize) -> Result<ImportProject, Problems> {
        let here = at(Place::Item(item, index));
        let Value::Object(record) = record else {
            return Err(vec![here(Issue::ExpectedFields)]);
        };
        let mut values = Vec::new();
        let mut sources = Vec::new();
        let mut updates = Vec::new();
        let mut problems = Vec::new();
        let mut update_problems = Vec::new();
        for (key, value) in record {
            if BOOKKEEPING.contains(&key.as_str()) {
                continue;
            }
            if key == "updates" {
                match self.updates(value, item, index) {
                    Ok(found) => updates = found,
                    Err(more) => update_problems = more,
                }
                continue;
            }
            match Field::parse(key) {
                Ok(field) if field.is_source() => match self.source_ref(value) {
                    Ok(found) => sources.extend(found.map(|reference| (field, reference))),
                    Err(issue) => problems.push(issue),
                },
                Ok(field) => {
                    match scalar(field, value).and_then(|t| field.parse_value(&t, self.today).map_err(Issue::Domain)) {
                        Ok(parsed) => values.push((field, parsed)),
                        Err(issue) => problems.push(issue),
                    }
                }
                Err(e) => problems.push(Issue::Domain(e)),
            }
        }
        let mut all: Problems = match finish_project(values, sources, updates, problems) {
            Ok(project) if update_problems.is_empty() => return Ok(project),
            Ok(_) => Vec::new(),
            Err(messages) => messages.into_iter().map(&here).collect(),
        };
        all.extend(update_problems);
        Err(all)
    }

    fn updates(&self, value: &Value, item: Item, index: usize) -> Result<Vec<ImportUpdate>, Problems> {
        let Value::Array(items) = value else {
            return Err(vec![at(Place::Item(item, index))(Issue::ExpectedArray("updates"))]);
        };
        let mut updates = Vec::new();
        let mut problems = Vec::new();
        for (number, update) in items.iter().enumerate() {
            match self.update(update) {
                Ok(update) => updates.push(update),
                Err(issue) => problems.push(at(Place::Update {
                    item,
                    index,
                    update: number + 1,
                })(issue)),
            }
        }
        if problems.is_empty() {
            Ok(updates)
        } else {
            Err(problems)
        }
    }

    fn update(&self, item: &Value) -> Result<ImportUpdate, Issue> {
        let object = fields(item, &["date", "text", "author", "source", "id", "created_at"])?;
        let date = date(object, "date", self.today)?;
        let note = optional_text(object, "text")?.unwrap_or_default();
        let source = self.source_ref(object.get("source").unwrap_or(&Value::Null))?;
        Ok(ImportUpdate {
            update: NewDatedNote::new(date, &note, None)?,
            author: optional_text(object, "author")?,
            source,
        })
    }

    fn indicator(&self, item: &Value) -> Result<ImportIndicator, Issue> {
        let keys = [
            "as_of",
            "scope",
            "metric",
            "value",
            "qualifier",
            "over",
            "source",
            "note",
            "id",
            "created_at",
        ];
        let object = fields(item, &keys)?;
        let metric = Metric::parse(&optional_text(object, "metric")?.unwrap_or_default())?;
        let value = object
            .get("value")
            .and_then(Value::as_i64)
            .ok_or(Issue::ExpectedWholeNumber("value"))?;
        let qualifier = qualifier(object)?;
        let source = self
            .source_ref(object.get("source").unwrap_or(&Value::Null))?
            .ok_or(Issue::FigureNeedsSource)?;
        let scope = optional_text(object, "scope")?.unwrap_or_default();
        let note = optional_text(object, "note")?;
        let indicator = NewIndicator::new(
            date(object, "as_of", self.today)?,
            &scope,
            metric,
            value,
            qualifier,
            0,
            note.as_deref(),
        )?;
        Ok(ImportIndicator { indicator, source })
    }

    fn source(&self, item: &Value) -> Result<NewSource, Issue> {
        let object = fields(
            item,
            &["publisher", "title", "url", "published", "note", "id", "created_at"],
        )?;
        let published = match optional_text(object, "published")? {
            Some(date) => Some(
                EdtfDate::parse(&date, self.today)
                    .map_err(|e| Issue::InKey("published", Box::new(Issue::Domain(e))))?,
            ),
            None => None,
        };
        NewSource::new(
            &optional_text(object, "publisher")?.unwrap_or_default(),
            &optional_text(object, "title")?.unwrap_or_default(),
            optional_text(object, "url")?.as_deref(),
            published,
            optional_text(object, "note")?.as_deref(),
        )
        .map_err(Issue::Domain)
    }

    /// A source named by content (an object), by text (`#3`, a title), or nothing.
    fn source_ref(&self, value: &Value) -> Result<Option<SourceRef>, Issue> {
        match value {
            Value::Null => Ok(None),
            Value::String(text) => source_by_text(text, self.resolve),
            Value::Number(number) => source_by_text(&number.to_string(), self.resolve),
            Value::Object(_) => {
                let source = self.source(value).map_err(|e| Issue::InKey("source", Box::new(e)))?;
                Ok(Some(SourceRef::Content(SourceKey {
                    publisher: source.publisher,
                    title: source.title,
                    url: source.url,
                    published: source.published.map(|d| d.to_string()),
                })))
            }
            _ => Err(Issue::SourceExpected),
        }
    }
}

/// A JSON value as the text a field parses; numbers as written.
fn scalar(field: Field, value: &Value) -> Result<String, Issue> {
    match value {
        Value::Null => Ok(String::new()),
        Value::String(text) => Ok(text.clone()),
        Value::Number(number) => Ok(number.to_string()),
        _ => Err(Issue::ExpectedScalar(field)),
    }
}

fn fields<'v>(item: &'v Value, known: &[&'static str]) -> Result<&'v Map<String, Value>, Issue> {
    let Value::Object(object) = item else {
        return Err(Issue::ExpectedObject);
    };
    match object.keys().find(|k| !known.contains(&k.as_str())) {
        Some(key) => Err(Issue::NotAKey {
            key: key.clone(),
            known: known.to_vec(),
        }),
        None => Ok(object),
    }
}

fn optional_text(object: &Map<String, Value>, key: &str) -> Result<Option<String>, Issue> {
    match object.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(text)) => Ok(Some(text.clone())),
        Some(_) => Err(Issue::ExpectedText(key.to_string())),
    }
}

fn date(object: &Map<String, Value>, key: &'static str, today: NaiveDate) -> Result<EdtfDate, Issue> {
    let text = optional_text(object, key)?.ok_or_else(|| Issue::DateNeeded(key.to_string()))?;
    EdtfDate::parse(&text, today).map_err(|e| Issue::InKey(key, Box::new(Issue::Domain(e))))
}

/// How the text gave a figure: `"qualifier": "about"`, or as exports before the
/// qualifier wrote it, `"over": true`; exact when neither is given.
fn qualifier(object: &Map<String, Value>) -> Result<Qualifier, Issue> {
    if let Some(code) = optional_text(object, "qualifier")? {
        return Qualifier::parse(&code).map_err(|e| Issue::InKey("qualifier", Box::new(Issue::Domain(e))));
    }
    match object.get("over") {
        None | Some(Value::Null) | Some(Value::Bool(false)) => Ok(Qualifier::Exact),
        Some(Value::Bool(true)) => Ok(Qualifier::Over),
        Some(_) => Err(Issue::ExpectedBool("over")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exchange::import::test_support::{no_sources, places, today};

    #[test]
    fn json_reads_the_document_and_the_old_array() {
        let document = r#"{"format": "ortaq-export", "version": 1,
            "sources": [{"publisher": "UzA", "title": "Talks", "url": null, "published": "2024", "note": null}],
            "projects": [{"id": 9, "name": "Angren plant", "investment": 12500000,
                "source": {"publisher": "UzA", "title": "Talks", "url": null, "published": "2024"},
                "updates": [{"date": "2024-07", "text": "Frames up", "author": "alice", "source": null}]}],
            "indicators": [{"as_of": "2024", "scope": "portfolio", "metric": "jobs", "value": 14600, "over": true,
                "source": {"publisher": "UzA", "title": "Talks", "url": null, "published": "2024"}, "note": null}]}"#;
        let parsed = parse_json(document.as_bytes(), &no_sources, today()).unwrap().document;
        assert_eq!(parsed.sources.len(), 1);
        assert_eq!(parsed.projects[0].updates[0].author.as_deref(), Some("alice"));
        assert!(matches!(&parsed.indicators[0].source, SourceRef::Content(key) if key.title == "Talks"));
        let array = r#"[{"id": 9, "name": "Angren plant", "country": "UZ", "version": 3}]"#;
        assert_eq!(
            parse_json(array.as_bytes(), &no_sources, today())
                .unwrap()
                .document
                .projects
                .len(),
            1
        );
        let bad = parse_json(
            b"[{\"name\": \"x\", \"updates\": [{\"date\": \"2024-13\", \"text\": \"t\"}]}]",
            &no_sources,
            today(),
        )
        .unwrap_err();
        assert_eq!(places(&bad), ["record 1, update 1"]);
        let newer = parse_json(b"{\"format\": \"ortaq-export\", \"version\": 2}", &no_sources, today()).unwrap_err();
        assert!(newer[0].to_string().contains("newer ortaq"), "{}", newer[0]);
        let commas = parse_json(b"[{\"name\": \"x\",},]", &no_sources, today()).unwrap_err();
        assert!(commas[0].to_string().contains("trailing comma"), "{}", commas[0]);
    }
}
