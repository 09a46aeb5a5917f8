//! Export and import: every project field under its one name, as CSV or JSON.
//!
//! Export keeps the data exact (whole dollars, ISO dates, source ids). Import checks
//! every row before anything is written and reports each bad one with its line (CSV)
//! or record number (JSON); the store then adds all rows in one transaction or none.

use chrono::NaiveDate;
use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::domain::{DomainError, Field, FieldValue, NewProject, Project};

/// Columns that export writes and import accepts but ignores: a new id, version and
/// timestamps are given on import.
const BOOKKEEPING: [&str; 4] = ["id", "version", "created_at", "updated_at"];

struct ProjectRecord<'a>(&'a Project);

impl Serialize for ProjectRecord<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let project = self.0;
        let mut map = serializer.serialize_map(Some(Field::ALL.len() + 4))?;
        map.serialize_entry("id", &project.id)?;
        for field in Field::ALL {
            match project.value(field) {
                FieldValue::Null => map.serialize_entry(field.name(), &None::<i64>)?,
                FieldValue::Text(text) => map.serialize_entry(field.name(), &text)?,
                FieldValue::Integer(number) => map.serialize_entry(field.name(), &number)?,
            }
        }
        map.serialize_entry("version", &project.version)?;
        map.serialize_entry("created_at", &project.created_at)?;
        map.serialize_entry("updated_at", &project.updated_at)?;
        map.end()
    }
}

/// The projects as a JSON array of objects.
pub fn to_json(projects: &[Project]) -> String {
    let records: Vec<ProjectRecord<'_>> = projects.iter().map(ProjectRecord).collect();
    serde_json::to_string_pretty(&records).unwrap_or_default() + "\n"
}

/// The projects as CSV with a header of field names.
pub fn to_csv(projects: &[Project]) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut header = vec!["id"];
    header.extend(Field::ALL.iter().map(|f| f.name()));
    header.extend(&BOOKKEEPING[1..]);
    let _ = writer.write_record(&header);
    for project in projects {
        let mut record = vec![project.id.to_string()];
        record.extend(
            Field::ALL
                .iter()
                .map(|f| project.value(*f).to_audit().unwrap_or_default()),
        );
        record.extend([
            project.version.to_string(),
            project.created_at.clone(),
            project.updated_at.clone(),
        ]);
        let _ = writer.write_record(&record);
    }
    String::from_utf8(writer.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// A row that cannot be imported: where it is and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportProblem {
    /// `line 4` or `record 2`.
    pub place: String,
    pub message: String,
}

impl std::fmt::Display for ImportProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: {}",
            self.place,
            crate::domain::text::for_terminal(&self.message)
        )
    }
}

/// Turns a `source` reference (id or name fragment) into a source id.
pub type SourceResolver<'a> = dyn Fn(&str) -> Result<i64, String> + 'a;

/// Reads CSV with a header row of field names.
pub fn parse_csv(
    bytes: &[u8],
    resolve: &SourceResolver<'_>,
    today: NaiveDate,
) -> Result<Vec<NewProject>, Vec<ImportProblem>> {
    let mut reader = csv::ReaderBuilder::new().flexible(false).from_reader(bytes);
    let problem = |line: u64, message: String| ImportProblem {
        place: format!("line {line}"),
        message,
    };
    let header: Vec<String> = match reader.byte_headers() {
        Ok(header) => header
            .iter()
            .map(|h| {
                String::from_utf8_lossy(h)
                    .trim()
                    .trim_start_matches('\u{feff}')
                    .to_string()
            })
            .collect(),
        Err(e) => return Err(vec![problem(1, format!("cannot read the header: {e}"))]),
    };
    let columns = match header_columns(&header) {
        Ok(columns) => columns,
        Err(message) => return Err(vec![problem(1, message)]),
    };
    let mut projects = Vec::new();
    let mut problems = Vec::new();
    for record in reader.byte_records() {
        let record = match record {
            Ok(record) => record,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                problems.push(problem(line, format!("cannot read the row: {e}")));
                continue;
            }
        };
        let line = record.position().map_or(0, |p| p.line());
        let mut values = Vec::new();
        let mut row_problems = Vec::new();
        for (column, raw) in columns.iter().zip(record.iter()) {
            let Some(field) = column else { continue };
            match std::str::from_utf8(raw) {
                Ok(text) => match parse_value(*field, text, resolve, today) {
                    Ok(value) => values.push((*field, value)),
                    Err(message) => row_problems.push(message),
                },
                Err(_) => row_problems.push(format!("{field}: not valid UTF-8 text")),
            }
        }
        finish_row(values, row_problems, &mut projects, &mut problems, || {
            format!("line {line}")
        });
    }
    if problems.is_empty() {
        Ok(projects)
    } else {
        Err(problems)
    }
}

/// Reads a JSON array of objects keyed by field name (as `export --format json` writes).
pub fn parse_json(
    bytes: &[u8],
    resolve: &SourceResolver<'_>,
    today: NaiveDate,
) -> Result<Vec<NewProject>, Vec<ImportProblem>> {
    let whole = |message: String| {
        vec![ImportProblem {
            place: "file".into(),
            message,
        }]
    };
    let records: Vec<serde_json::Map<String, serde_json::Value>> = match serde_json::from_slice(bytes) {
        Ok(records) => records,
        Err(e) => return Err(whole(format!("not a JSON array of project objects: {e}"))),
    };
    let mut projects = Vec::new();
    let mut problems = Vec::new();
    for (index, record) in records.iter().enumerate() {
        let mut values = Vec::new();
        let mut row_problems = Vec::new();
        for (key, value) in record {
            if BOOKKEEPING.contains(&key.as_str()) {
                continue;
            }
            let field = match Field::parse(key) {
                Ok(field) => field,
                Err(e) => {
                    row_problems.push(e.to_string());
                    continue;
                }
            };
            let text = match value {
                serde_json::Value::Null => String::new(),
                serde_json::Value::String(text) => text.clone(),
                serde_json::Value::Number(number) => number.to_string(),
                _ => {
                    row_problems.push(format!("{field}: expected text, a number or null"));
                    continue;
                }
            };
            match parse_value(field, &text, resolve, today) {
                Ok(value) => values.push((field, value)),
                Err(message) => row_problems.push(message),
            }
        }
        finish_row(values, row_problems, &mut projects, &mut problems, || {
            format!("record {}", index + 1)
        });
    }
    if problems.is_empty() {
        Ok(projects)
    } else {
        Err(problems)
    }
}

fn header_columns(header: &[String]) -> Result<Vec<Option<Field>>, String> {
    let mut columns = Vec::new();
    for name in header {
        if BOOKKEEPING.contains(&name.as_str()) {
            columns.push(None);
            continue;
        }
        let field = Field::parse(name).map_err(|e| e.to_string())?;
        if columns.contains(&Some(field)) {
            return Err(format!("the column {field} appears twice"));
        }
        columns.push(Some(field));
    }
    if !columns.contains(&Some(Field::Name)) {
        return Err("there is no name column; the header must name the fields, such as name,country,investment".into());
    }
    Ok(columns)
}

fn parse_value(field: Field, text: &str, resolve: &SourceResolver<'_>, today: NaiveDate) -> Result<FieldValue, String> {
    if field == Field::Source && !text.trim().is_empty() && text.trim().trim_start_matches('#').parse::<i64>().is_err()
    {
        return resolve(text)
            .map(FieldValue::Integer)
            .map_err(|e| format!("source: {e}"));
    }
    let value = field.parse_value(text, today).map_err(|e: DomainError| e.to_string())?;
    if let (Field::Source, FieldValue::Integer(id)) = (field, &value) {
        resolve(&id.to_string()).map_err(|e| format!("source: {e}"))?;
    }
    Ok(value)
}

fn finish_row(
    values: Vec<(Field, FieldValue)>,
    mut row_problems: Vec<String>,
    projects: &mut Vec<NewProject>,
    problems: &mut Vec<ImportProblem>,
    place: impl Fn() -> String,
) {
    if row_problems.is_empty() {
        match NewProject::new(values) {
            Ok(project) => projects.push(project),
            Err(e) => row_problems.push(e.to_string()),
        }
    }
    problems.extend(row_problems.into_iter().map(|message| ImportProblem {
        place: place(),
        message,
    }));
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

    #[test]
    fn csv_rows_are_all_checked_and_each_problem_has_its_line() {
        let csv = "name,investment,jobs_planned\nGood,12.5m,100\n,5,5\nBad money,lots,1\nAlso bad,1m,-3\n";
        let problems = parse_csv(csv.as_bytes(), &no_sources, today()).unwrap_err();
        let places: Vec<&str> = problems.iter().map(|p| p.place.as_str()).collect();
        assert_eq!(places, ["line 3", "line 4", "line 5"]);
        assert!(problems[1].message.starts_with("investment:"), "{}", problems[1]);
    }

    #[test]
    fn csv_refuses_unknown_columns_and_invalid_utf8() {
        let unknown = parse_csv(b"name,budget\nx,1\n", &no_sources, today()).unwrap_err();
        assert!(unknown[0].message.contains("budget"));
        let bytes = b"name,region\nx,\xff\xfe\n";
        let invalid = parse_csv(bytes, &no_sources, today()).unwrap_err();
        assert_eq!(invalid[0].to_string(), "line 2: region: not valid UTF-8 text");
    }

    #[test]
    fn json_round_trips_through_export() {
        let csv = "name,country,investment,started\nAngren plant,UZ,$12.5m,2024-07\n";
        let projects = parse_csv(csv.as_bytes(), &no_sources, today()).unwrap();
        assert_eq!(
            projects[0].values[2],
            (Field::Investment, FieldValue::Integer(12_500_000))
        );
        let json = r#"[{"id": 9, "name": "Angren plant", "country": "UZ", "investment": 12500000, "started": "2024-07", "region": null}]"#;
        let from_json = parse_json(json.as_bytes(), &no_sources, today()).unwrap();
        assert_eq!(from_json[0].name(), "Angren plant");
        assert!(parse_json(b"{\"name\": 1}", &no_sources, today()).is_err());
    }
}
