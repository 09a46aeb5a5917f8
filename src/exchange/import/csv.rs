//! CSV as spreadsheets save it: the delimiter from the header line, headers in any
//! case, Excel's empty rows and columns skipped, formula guards removed, and each
//! problem reported with the line it is on.

use chrono::NaiveDate;

use super::limits::{self, ImportLimits};
use super::{
    ImportProblem, Issue, Parsed, Place, Problems, SourceResolver, finish_project, read_text, source_by_text,
    whole_file,
};
use crate::domain::{Field, text};
use crate::exchange::BOOKKEEPING;
use crate::exchange::decode;
use crate::exchange::spreadsheet;
use crate::store::{ImportDocument, ImportProject};

/// How a column of a CSV header is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Column {
    Field(Field),
    /// `id`, timestamps: written by export, given anew on import.
    Ignored,
    /// No header (Excel's trailing empty columns): must stay empty.
    Unnamed,
}

/// Reads CSV with a header row of field names (any case, spaces around them allowed),
/// within the default limits.
pub fn parse_csv(bytes: &[u8], resolve: &SourceResolver<'_>, today: NaiveDate) -> Result<Parsed, Problems> {
    parse_csv_within(bytes, resolve, today, &ImportLimits::DEFAULT)
}

/// Reads CSV within `limits`: a larger file, more rows or a longer cell is refused.
pub fn parse_csv_within(
    bytes: &[u8],
    resolve: &SourceResolver<'_>,
    today: NaiveDate,
    limits: &ImportLimits,
) -> Result<Parsed, Problems> {
    limits::check_size(bytes, limits)?;
    let decoded = read_text(bytes)?;
    // Stored text turns CR LF into LF anyway; a lone CR (old Mac files) ends a line too.
    let text = decoded.text.replace("\r\n", "\n").replace('\r', "\n");
    let lines = Lines::of(&text);
    let delimiter = decode::delimiter(&text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(text.as_bytes());
    let problem = |line: u64, issue: Issue| ImportProblem {
        place: Place::Line(line),
        issue,
    };
    let header = match reader.headers() {
        Ok(header) => header.clone(),
        Err(e) => return Err(vec![problem(1, Issue::Header(e.to_string()))]),
    };
    if let Err(issue) = header.iter().try_for_each(|cell| limits::check_cell(cell, limits)) {
        return Err(vec![problem(1, issue)]);
    }
    let columns = header_columns(&header).map_err(|message| vec![problem(1, message)])?;
    let mut projects = Vec::new();
    let mut problems = Vec::new();
    let mut rows = 0_usize;
    for record in reader.records() {
        let record = match record {
            Ok(record) => record,
            Err(e) => {
                let line = e.position().map_or(0, |p| lines.at(p.byte()));
                problems.push(problem(line, Issue::Row(e.to_string())));
                continue;
            }
        };
        let line = record.position().map_or(0, |p| lines.at(p.byte()));
        // An empty row of a spreadsheet (`;;;`); a lone `""` is a project with no name.
        if record.len() > 1 && record.iter().all(str::is_empty) {
            continue;
        }
        rows += 1;
        if rows > limits.rows {
            return Err(limits::too_many_rows(limits));
        }
        if let Err(issue) = record.iter().try_for_each(|cell| limits::check_cell(cell, limits)) {
            problems.push(problem(line, issue));
            continue;
        }
        match csv_row(&columns, &record, resolve, today, true) {
            Ok(project) => projects.push(project),
            Err(messages) => problems.extend(messages.into_iter().map(|(_, m)| problem(line, m))),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    if projects.is_empty() {
        return Err(whole_file(Issue::NoRows));
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

pub(super) fn header_columns(header: &csv::StringRecord) -> Result<Vec<Column>, Issue> {
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
            return Err(Issue::ColumnTwice(field));
        }
        columns.push(column);
    }
    if !columns.contains(&Column::Field(Field::Name)) {
        return Err(Issue::NoNameColumn);
    }
    Ok(columns)
}

fn unknown_column(index: usize, name: &str) -> Issue {
    Issue::UnknownColumn {
        column: index + 1,
        name: name.to_string(),
    }
}

/// One row read into a project, or its problems, each with the (0-based) index of the
/// cell it is in where it is in one. `guarded`: the cells may carry the formula guard
/// of CSV (a workbook's text cells never do, so theirs are taken as they are).
pub(super) fn csv_row(
    columns: &[Column],
    record: &csv::StringRecord,
    resolve: &SourceResolver<'_>,
    today: NaiveDate,
    guarded: bool,
) -> Result<ImportProject, Vec<(Option<usize>, Issue)>> {
    let mut values = Vec::new();
    let mut sources = Vec::new();
    let mut problems = Vec::new();
    for (index, raw) in record.iter().enumerate() {
        let cell = if guarded { spreadsheet::unguard(raw) } else { raw };
        let mut refuse = |issue: Issue| problems.push((Some(index), issue));
        match columns.get(index).copied().unwrap_or(Column::Unnamed) {
            Column::Ignored => {}
            Column::Unnamed if cell.trim().is_empty() => {}
            Column::Unnamed => refuse(Issue::UnnamedCell {
                column: index + 1,
                value: text::truncate_to_width(cell, 40),
            }),
            Column::Field(field) if field.is_source() => match source_by_text(cell, resolve) {
                Ok(found) => sources.extend(found.map(|reference| (field, reference))),
                Err(message) => refuse(message),
            },
            Column::Field(field) => match field.parse_value(cell, today) {
                Ok(value) => values.push((field, value)),
                Err(e) => refuse(Issue::Domain(e)),
            },
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    finish_project(values, sources, Vec::new(), Vec::new())
        .map_err(|issues| issues.into_iter().map(|issue| (None, issue)).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::FieldValue;
    use crate::store::SourceRef;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    fn no_sources(reference: &str) -> Result<i64, String> {
        Err(format!("no source matches {reference:?}"))
    }

    fn places(problems: &[ImportProblem]) -> Vec<String> {
        problems.iter().map(|p| p.place.to_string()).collect()
    }

    #[test]
    fn csv_rows_are_all_checked_and_each_problem_has_its_line() {
        let csv = "name,investment,jobs_planned\nGood,12.5m,100\n,5,5\nBad money,lots,1\nAlso bad,1m,-3\n";
        let problems = parse_csv(csv.as_bytes(), &no_sources, today()).unwrap_err();
        assert_eq!(places(&problems), ["line 3", "line 4", "line 5"]);
        assert!(problems[1].to_string().contains("investment:"), "{}", problems[1]);
    }

    #[test]
    fn line_numbers_survive_crlf_empty_rows_and_embedded_newlines() {
        let csv = "name;description\r\nA;\"two\r\nlines\"\r\n;\r\nB;x\r\nC;\"=\"\r\n\r\n;\r\n";
        let with_bad = csv.replace("B;x", "B;x;extra");
        let problems = parse_csv(with_bad.as_bytes(), &no_sources, today()).unwrap_err();
        assert_eq!(places(&problems), ["line 5"]);
        assert!(
            problems[0].to_string().contains("no name in the header"),
            "{}",
            problems[0]
        );
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
            unknown[0].to_string().contains("column 2 \"budget\" is not a field"),
            "{}",
            unknown[0]
        );
        assert!(unknown[0].to_string().contains("jobs_planned"));
    }

    #[test]
    fn a_bare_source_number_is_refused_and_guarded_cells_read_back() {
        let bare = parse_csv(b"name,source\nx,3\n", &no_sources, today()).unwrap_err();
        assert!(bare[0].to_string().contains("#3"), "{}", bare[0]);
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
}
