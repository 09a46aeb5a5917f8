//! Import: CSV (as Excel saves it, in any common encoding and with `,`, `;` or tab) and
//! JSON (the export document, or a plain array of project objects) read into one
//! [`ImportDocument`]. Every row is checked before anything is written, and each bad
//! one is reported with its line (CSV) or its place in the document (JSON).

use chrono::NaiveDate;
use serde_json::{Map, Value};

use super::decode::{self, Decoded};
use super::exchange::{BOOKKEEPING, FORMAT, VERSION};
use super::spreadsheet;
use crate::domain::{DomainError, Field, FieldValue, NewProject, PartialDate, text};
use crate::store::{
    ImportDocument, ImportIndicator, ImportProject, ImportUpdate, Metric, NewIndicator, NewSource, NewUpdate,
    SourceKey, SourceRef,
};

/// A row that cannot be imported: where it is and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportProblem {
    /// `line 4`, `record 2`, `project 3, update 1`, or empty for the whole file.
    pub place: String,
    pub message: String,
}

impl std::fmt::Display for ImportProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.place.is_empty() {
            write!(f, "{}", text::for_terminal(&self.message))
        } else {
            write!(f, "{}: {}", self.place, text::for_terminal(&self.message))
        }
    }
}

/// Turns a source named in text (`#3`, a title, a fragment of one) into this
/// database's source id, or says why not.
pub type SourceResolver<'a> = dyn Fn(&str) -> Result<i64, String> + 'a;

/// A file read: what it brings, and how it was read (for the message).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed {
    pub document: ImportDocument,
    pub encoding: &'static str,
    /// The CSV delimiter; `None` for JSON.
    pub delimiter: Option<char>,
}

type Problems = Vec<ImportProblem>;

fn whole_file(message: impl Into<String>) -> Problems {
    vec![ImportProblem {
        place: String::new(),
        message: message.into(),
    }]
}

fn read_text(bytes: &[u8]) -> Result<Decoded, Problems> {
    decode::decode(bytes).map_err(|e| whole_file(e.to_string()))
}

/// How a column of a CSV header is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Field(Field),
    /// `id`, timestamps: written by export, given anew on import.
    Ignored,
    /// No header (Excel's trailing empty columns): must stay empty.
    Unnamed,
}

/// Reads CSV with a header row of field names (any case, spaces around them allowed).
pub fn parse_csv(bytes: &[u8], resolve: &SourceResolver<'_>, today: NaiveDate) -> Result<Parsed, Problems> {
    let decoded = read_text(bytes)?;
    // Stored text turns CR LF into LF anyway; a lone CR (old Mac files) ends a line too.
    let text = decoded.text.replace("\r\n", "\n").replace('\r', "\n");
    let lines = Lines::of(&text);
    let delimiter = decode::delimiter(&text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(text.as_bytes());
    let problem = |line: u64, message: String| ImportProblem {
        place: format!("line {line}"),
        message,
    };
    let header = match reader.headers() {
        Ok(header) => header.clone(),
        Err(e) => return Err(vec![problem(1, format!("cannot read the header: {e}"))]),
    };
    let columns = header_columns(&header).map_err(|message| vec![problem(1, message)])?;
    let mut projects = Vec::new();
    let mut problems = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(record) => record,
            Err(e) => {
                let line = e.position().map_or(0, |p| lines.at(p.byte()));
                problems.push(problem(line, format!("cannot read the row: {e}")));
                continue;
            }
        };
        let line = record.position().map_or(0, |p| lines.at(p.byte()));
        // An empty row of a spreadsheet (`;;;`); a lone `""` is a project with no name.
        if record.len() > 1 && record.iter().all(str::is_empty) {
            continue;
        }
        match csv_row(&columns, &record, resolve, today) {
            Ok(project) => projects.push(project),
            Err(messages) => problems.extend(messages.into_iter().map(|m| problem(line, m))),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    if projects.is_empty() {
        return Err(whole_file(
            "the file has a header but no rows; there is nothing to import",
        ));
    }
    Ok(Parsed {
        document: ImportDocument {
            projects,
            ..Default::default()
        },
        encoding: decoded.encoding,
        delimiter: Some(char::from(delimiter)),
    })
}

/// Line numbers from byte offsets: the csv crate's own line count leaves out the blank
/// lines it skips and counts CR LF files one short, so errors would point at the
/// wrong line.
struct Lines<'a>(&'a str, Vec<usize>);

impl<'a> Lines<'a> {
    fn of(text: &'a str) -> Self {
        Self(text, text.match_indices('\n').map(|(at, _)| at).collect())
    }

    /// The 1-based line where the record read from `offset` begins: the crate's offset
    /// is where it started reading, before the blank lines it skipped.
    fn at(&self, offset: u64) -> u64 {
        let offset = usize::try_from(offset).unwrap_or(usize::MAX).min(self.0.len());
        let blank = self.0.as_bytes()[offset..].iter().take_while(|b| **b == b'\n').count();
        let before = self.1.partition_point(|&newline| newline < offset + blank);
        u64::try_from(before).unwrap_or(u64::MAX).saturating_add(1)
    }
}

fn header_columns(header: &csv::StringRecord) -> Result<Vec<Column>, String> {
    let mut columns = Vec::new();
    for (index, name) in header.iter().enumerate() {
        let name = name.trim().trim_start_matches('\u{feff}').trim();
        let lower = name.to_lowercase();
        let column = if name.is_empty() {
            Column::Unnamed
        } else if BOOKKEEPING.contains(&lower.as_str()) {
            Column::Ignored
        } else {
            Column::Field(Field::parse(name).map_err(|_| unknown_column(index, name))?)
        };
        if let Column::Field(field) = column
            && columns.contains(&column)
        {
            return Err(format!("the column {field} appears twice"));
        }
        columns.push(column);
    }
    if !columns.contains(&Column::Field(Field::Name)) {
        return Err(
            "there is no name column; the first line must name the columns, such as name,country,investment".into(),
        );
    }
    Ok(columns)
}

fn unknown_column(index: usize, name: &str) -> String {
    let names: Vec<&str> = Field::ALL.iter().map(|f| f.name()).collect();
    format!(
        "column {} {name:?} is not a field ortaq knows; the columns it reads are {} (in any case), \
         and it ignores id, created_at and updated_at",
        index + 1,
        names.join(", ")
    )
}

fn csv_row(
    columns: &[Column],
    record: &csv::StringRecord,
    resolve: &SourceResolver<'_>,
    today: NaiveDate,
) -> Result<ImportProject, Vec<String>> {
    let mut values = Vec::new();
    let mut source = None;
    let mut problems = Vec::new();
    for (index, raw) in record.iter().enumerate() {
        let cell = spreadsheet::unguard(raw);
        match columns.get(index).copied().unwrap_or(Column::Unnamed) {
            Column::Ignored => {}
            Column::Unnamed if cell.trim().is_empty() => {}
            Column::Unnamed => problems.push(format!(
                "column {} holds {:?} but has no name in the header",
                index + 1,
                text::truncate_to_width(cell, 40)
            )),
            Column::Field(Field::Source) => match source_by_text(cell, resolve) {
                Ok(found) => source = found,
                Err(message) => problems.push(message),
            },
            Column::Field(field) => match field.parse_value(cell, today) {
                Ok(value) => values.push((field, value)),
                Err(e) => problems.push(e.to_string()),
            },
        }
    }
    finish_project(values, source, Vec::new(), problems)
}

fn finish_project(
    values: Vec<(Field, FieldValue)>,
    source: Option<SourceRef>,
    updates: Vec<ImportUpdate>,
    mut problems: Vec<String>,
) -> Result<ImportProject, Vec<String>> {
    if problems.is_empty() {
        match NewProject::new(values) {
            Ok(project) => {
                return Ok(ImportProject {
                    project,
                    source,
                    updates,
                });
            }
            Err(e) => problems.push(e.to_string()),
        }
    }
    Err(problems)
}

/// A source named in text: `#3` (this database's source 3), a title or a fragment of
/// one. A bare number is refused: in a file from elsewhere it would name the wrong source.
fn source_by_text(cell: &str, resolve: &SourceResolver<'_>) -> Result<Option<SourceRef>, String> {
    let trimmed = cell.trim();
    if trimmed.is_empty() || trimmed == "—" || trimmed == "-" {
        return Ok(None);
    }
    if trimmed.chars().all(|c| c.is_ascii_digit()) {
        return Err(format!(
            "source: {trimmed:?} is a bare number, which names a different source in every database; \
             give the source's title, or #{trimmed} to mean source #{trimmed} of this database"
        ));
    }
    resolve(trimmed).map(|id| Some(SourceRef::Id(id))).map_err(|e| {
        if e.starts_with("source") {
            e
        } else {
            format!("source: {e}")
        }
    })
}

/// Reads the export document, or a plain JSON array of project objects.
pub fn parse_json(bytes: &[u8], resolve: &SourceResolver<'_>, today: NaiveDate) -> Result<Parsed, Problems> {
    let decoded = read_text(bytes)?;
    let value: Value = serde_json::from_str(&decoded.text).map_err(|e| whole_file(format!("not valid JSON: {e}")))?;
    let reader = JsonReader { resolve, today };
    let document = match value {
        Value::Array(records) => reader.projects(&records, "record")?,
        Value::Object(object) => reader.document(&object)?,
        _ => {
            return Err(whole_file(format!(
                "expected an {FORMAT} document or an array of project objects"
            )));
        }
    };
    if document == ImportDocument::default() {
        return Err(whole_file(
            "the file holds no projects, sources or figures; there is nothing to import",
        ));
    }
    Ok(Parsed {
        document,
        encoding: decoded.encoding,
        delimiter: None,
    })
}

struct JsonReader<'a, 'b> {
    resolve: &'a SourceResolver<'b>,
    today: NaiveDate,
}

fn at(place: String) -> impl Fn(String) -> ImportProblem {
    move |message| ImportProblem {
        place: place.clone(),
        message,
    }
}

fn array<'v>(object: &'v Map<String, Value>, key: &str) -> Result<&'v [Value], Problems> {
    match object.get(key) {
        None | Some(Value::Null) => Ok(&[]),
        Some(Value::Array(items)) => Ok(items),
        Some(_) => Err(whole_file(format!("{key}: expected an array"))),
    }
}

impl JsonReader<'_, '_> {
    fn document(&self, object: &Map<String, Value>) -> Result<ImportDocument, Problems> {
        if object.get("format").and_then(Value::as_str) != Some(FORMAT) {
            return Err(whole_file(format!(
                "expected an {FORMAT} document (with \"format\": \"{FORMAT}\") or an array of project objects"
            )));
        }
        match object.get("version").and_then(Value::as_u64) {
            Some(VERSION) => {}
            Some(newer) if newer > VERSION => {
                return Err(whole_file(format!(
                    "written by a newer ortaq (export version {newer}; this one reads version {VERSION}); upgrade ortaq"
                )));
            }
            _ => return Err(whole_file(format!("the document needs \"version\": {VERSION}"))),
        }
        if let Some(key) = object
            .keys()
            .find(|k| !["format", "version", "sources", "projects", "indicators"].contains(&k.as_str()))
        {
            return Err(whole_file(format!("{key:?} is not part of an {FORMAT} document")));
        }
        let mut problems = Vec::new();
        let mut sources = Vec::new();
        for (index, item) in array(object, "sources")?.iter().enumerate() {
            match self.source(item) {
                Ok(source) => sources.push(source),
                Err(message) => problems.push(at(format!("source {}", index + 1))(message)),
            }
        }
        let mut document = match self.projects(array(object, "projects")?, "project") {
            Ok(document) => document,
            Err(more) => {
                problems.extend(more);
                ImportDocument::default()
            }
        };
        for (index, item) in array(object, "indicators")?.iter().enumerate() {
            match self.indicator(item) {
                Ok(indicator) => document.indicators.push(indicator),
                Err(message) => problems.push(at(format!("indicator {}", index + 1))(message)),
            }
        }
        document.sources = sources;
        if problems.is_empty() {
            Ok(document)
        } else {
            Err(problems)
        }
    }

    fn projects(&self, records: &[Value], noun: &str) -> Result<ImportDocument, Problems> {
        let mut projects = Vec::new();
        let mut problems = Vec::new();
        for (index, record) in records.iter().enumerate() {
            let place = format!("{noun} {}", index + 1);
            match self.project(record, &place) {
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

    fn project(&self, record: &Value, place: &str) -> Result<ImportProject, Problems> {
        let here = at(place.to_string());
        let Value::Object(record) = record else {
            return Err(vec![here("expected an object of fields".into())]);
        };
        let mut values = Vec::new();
        let mut source = None;
        let mut updates = Vec::new();
        let mut problems = Vec::new();
        let mut update_problems = Vec::new();
        for (key, value) in record {
            if BOOKKEEPING.contains(&key.as_str()) {
                continue;
            }
            if key == "updates" {
                match self.updates(value, place) {
                    Ok(found) => updates = found,
                    Err(more) => update_problems = more,
                }
                continue;
            }
            match Field::parse(key) {
                Ok(Field::Source) => match self.source_ref(value) {
                    Ok(found) => source = found,
                    Err(message) => problems.push(message),
                },
                Ok(field) => match scalar(field, value)
                    .and_then(|t| field.parse_value(&t, self.today).map_err(|e| e.to_string()))
                {
                    Ok(parsed) => values.push((field, parsed)),
                    Err(message) => problems.push(message),
                },
                Err(e) => problems.push(e.to_string()),
            }
        }
        let mut all: Problems = match finish_project(values, source, updates, problems) {
            Ok(project) if update_problems.is_empty() => return Ok(project),
            Ok(_) => Vec::new(),
            Err(messages) => messages.into_iter().map(&here).collect(),
        };
        all.extend(update_problems);
        Err(all)
    }

    fn updates(&self, value: &Value, place: &str) -> Result<Vec<ImportUpdate>, Problems> {
        let Value::Array(items) = value else {
            return Err(vec![at(place.to_string())("updates: expected an array".into())]);
        };
        let mut updates = Vec::new();
        let mut problems = Vec::new();
        for (index, item) in items.iter().enumerate() {
            match self.update(item) {
                Ok(update) => updates.push(update),
                Err(message) => problems.push(at(format!("{place}, update {}", index + 1))(message)),
            }
        }
        if problems.is_empty() {
            Ok(updates)
        } else {
            Err(problems)
        }
    }

    fn update(&self, item: &Value) -> Result<ImportUpdate, String> {
        let object = fields(item, &["date", "text", "author", "source", "id", "created_at"])?;
        let date = date(object, "date", self.today)?;
        let note = optional_text(object, "text")?.unwrap_or_default();
        let source = self.source_ref(object.get("source").unwrap_or(&Value::Null))?;
        Ok(ImportUpdate {
            update: NewUpdate::new(date, &note, None).map_err(|e| e.to_string())?,
            author: optional_text(object, "author")?,
            source,
        })
    }

    fn indicator(&self, item: &Value) -> Result<ImportIndicator, String> {
        let keys = [
            "as_of",
            "scope",
            "metric",
            "value",
            "over",
            "source",
            "note",
            "id",
            "created_at",
        ];
        let object = fields(item, &keys)?;
        let metric = Metric::parse(&optional_text(object, "metric")?.unwrap_or_default()).map_err(|e| e.to_string())?;
        let value = object
            .get("value")
            .and_then(Value::as_i64)
            .ok_or("value: expected a whole number")?;
        let over = match object.get("over") {
            None | Some(Value::Null) => false,
            Some(Value::Bool(over)) => *over,
            Some(_) => return Err("over: expected true or false".into()),
        };
        let source = self
            .source_ref(object.get("source").unwrap_or(&Value::Null))?
            .ok_or("source: every reported figure names its source")?;
        let scope = optional_text(object, "scope")?.unwrap_or_default();
        let note = optional_text(object, "note")?;
        let indicator = NewIndicator::new(
            date(object, "as_of", self.today)?,
            &scope,
            metric,
            value,
            over,
            0,
            note.as_deref(),
        )
        .map_err(|e| e.to_string())?;
        Ok(ImportIndicator { indicator, source })
    }

    fn source(&self, item: &Value) -> Result<NewSource, String> {
        let object = fields(
            item,
            &["publisher", "title", "url", "published", "note", "id", "created_at"],
        )?;
        let published = match optional_text(object, "published")? {
            Some(date) => Some(date.parse::<PartialDate>().map_err(|e| format!("published: {e}"))?),
            None => None,
        };
        NewSource::new(
            &optional_text(object, "publisher")?.unwrap_or_default(),
            &optional_text(object, "title")?.unwrap_or_default(),
            optional_text(object, "url")?.as_deref(),
            published,
            optional_text(object, "note")?.as_deref(),
        )
        .map_err(|e| e.to_string())
    }

    /// A source named by content (an object), by text (`#3`, a title), or nothing.
    fn source_ref(&self, value: &Value) -> Result<Option<SourceRef>, String> {
        match value {
            Value::Null => Ok(None),
            Value::String(text) => source_by_text(text, self.resolve),
            Value::Number(number) => source_by_text(&number.to_string(), self.resolve),
            Value::Object(_) => {
                let source = self.source(value).map_err(|e| format!("source: {e}"))?;
                Ok(Some(SourceRef::Content(SourceKey {
                    publisher: source.publisher,
                    title: source.title,
                    url: source.url,
                    published: source.published.map(|d| d.to_string()),
                })))
            }
            _ => Err("source: expected an object (publisher, title, url, published), a title or null".into()),
        }
    }
}

/// A JSON value as the text a field parses; numbers as written.
fn scalar(field: Field, value: &Value) -> Result<String, String> {
    match value {
        Value::Null => Ok(String::new()),
        Value::String(text) => Ok(text.clone()),
        Value::Number(number) => Ok(number.to_string()),
        _ => Err(format!("{field}: expected text, a number or null")),
    }
}

fn fields<'v>(item: &'v Value, known: &[&str]) -> Result<&'v Map<String, Value>, String> {
    let Value::Object(object) = item else {
        return Err("expected an object".into());
    };
    match object.keys().find(|k| !known.contains(&k.as_str())) {
        Some(key) => Err(format!("{key:?} is not a key here; the keys are {}", known.join(", "))),
        None => Ok(object),
    }
}

fn optional_text(object: &Map<String, Value>, key: &str) -> Result<Option<String>, String> {
    match object.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(text)) => Ok(Some(text.clone())),
        Some(_) => Err(format!("{key}: expected text")),
    }
}

fn date(object: &Map<String, Value>, key: &str, today: NaiveDate) -> Result<PartialDate, String> {
    let text = optional_text(object, key)?.ok_or_else(|| format!("{key}: a date is needed"))?;
    PartialDate::parse(&text, today).map_err(|e: DomainError| format!("{key}: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    fn no_sources(reference: &str) -> Result<i64, String> {
        Err(format!("no source matches {reference:?}"))
    }

    fn places(problems: &[ImportProblem]) -> Vec<&str> {
        problems.iter().map(|p| p.place.as_str()).collect()
    }

    #[test]
    fn csv_rows_are_all_checked_and_each_problem_has_its_line() {
        let csv = "name,investment,jobs_planned\nGood,12.5m,100\n,5,5\nBad money,lots,1\nAlso bad,1m,-3\n";
        let problems = parse_csv(csv.as_bytes(), &no_sources, today()).unwrap_err();
        assert_eq!(places(&problems), ["line 3", "line 4", "line 5"]);
        assert!(problems[1].message.starts_with("investment:"), "{}", problems[1]);
    }

    #[test]
    fn line_numbers_survive_crlf_empty_rows_and_embedded_newlines() {
        let csv = "name;description\r\nA;\"two\r\nlines\"\r\n;\r\nB;x\r\nC;\"=\"\r\n\r\n;\r\n";
        let with_bad = csv.replace("B;x", "B;x;extra");
        let problems = parse_csv(with_bad.as_bytes(), &no_sources, today()).unwrap_err();
        assert_eq!(places(&problems), ["line 5"]);
        assert!(problems[0].message.contains("no name in the header"), "{}", problems[0]);
        let parsed = parse_csv(csv.as_bytes(), &no_sources, today()).unwrap();
        assert_eq!(parsed.delimiter, Some(';'));
        let names: Vec<&str> = parsed.document.projects.iter().map(|p| p.project.name()).collect();
        assert_eq!(names, ["A", "B", "C"]);
        assert_eq!(
            parsed.document.projects[0].project.values[1],
            (Field::Description, FieldValue::Text("two\nlines".into()))
        );
    }

    #[test]
    fn headers_are_read_in_any_case_and_unknown_ones_are_named() {
        let parsed = parse_csv(
            b" NAME , Investment\nX,\"12,5 \xd0\xbc\xd0\xbb\xd0\xbd\"\n",
            &no_sources,
            today(),
        )
        .unwrap();
        assert_eq!(
            parsed.document.projects[0].project.values[1],
            (Field::Investment, FieldValue::Integer(12_500_000))
        );
        let unknown = parse_csv(b"name,budget\nx,1\n", &no_sources, today()).unwrap_err();
        assert!(
            unknown[0].message.starts_with("column 2 \"budget\" is not a field"),
            "{}",
            unknown[0]
        );
        assert!(unknown[0].message.contains("jobs_planned"));
    }

    #[test]
    fn a_bare_source_number_is_refused_and_guarded_cells_read_back() {
        let bare = parse_csv(b"name,source\nx,3\n", &no_sources, today()).unwrap_err();
        assert!(bare[0].message.contains("#3"), "{}", bare[0]);
        let resolve = |r: &str| if r == "#3" { Ok(3) } else { Err("none".to_string()) };
        let parsed = parse_csv(b"name,source,partners\n'=x,#3,''Ltd\n", &resolve, today()).unwrap();
        let project = &parsed.document.projects[0];
        assert_eq!(project.project.name(), "=x");
        assert_eq!(project.source, Some(SourceRef::Id(3)));
        assert_eq!(
            project.project.values[1],
            (Field::Partners, FieldValue::Text("'Ltd".into()))
        );
    }

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
        assert!(newer[0].message.contains("newer ortaq"), "{}", newer[0]);
        let commas = parse_json(b"[{\"name\": \"x\",},]", &no_sources, today()).unwrap_err();
        assert!(commas[0].message.contains("trailing comma"), "{}", commas[0]);
    }
}
