//! CSV as spreadsheets save it: the delimiter from the header line, headers in any
//! case, Excel's empty rows and columns skipped, formula guards removed, and each
//! problem reported with the line it is on.

use chrono::NaiveDate;

use super::headers::Unit;
use super::layout::{self, Columns};
use super::limits::{self, ImportLimits};
use super::{
    ImportProblem, Issue, Parsed, Place, Problems, ReadOptions, SourceResolver, finish_project, read_text,
    source_by_text, whole_file,
};
use crate::domain::{Field, FieldValue, text};
use crate::exchange::decode;
use crate::exchange::spreadsheet;
use crate::store::{ImportDocument, ImportProject, SourceRef, UpdateRow};

/// How a column of a CSV header is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Column {
    Field(Field),
    /// `id`, timestamps: written by export, given anew on import.
    Ignored,
    /// No header (Excel's trailing empty columns): must stay empty.
    Unnamed,
    /// A note column (`Примечание`): kept out, and said.
    Note,
    /// `id`: ignored on import; names the row's project for corrections.
    Id,
    /// `updated_at`: ignored on import; for corrections, when the row's project was
    /// last changed before the file was written.
    UpdatedAt,
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
    parse_csv_with(bytes, resolve, today, limits, &ReadOptions::default())
}

/// Reads CSV within `limits`, as `options` say (`--unit`). Totals rows are skipped and
/// note columns kept out, each said in the notes.
pub fn parse_csv_with(
    bytes: &[u8],
    resolve: &SourceResolver<'_>,
    today: NaiveDate,
    limits: &ImportLimits,
    options: &ReadOptions,
) -> Result<Parsed, Problems> {
    limits::check_size(bytes, limits)?;
    let decoded = read_text(bytes)?;
    // Stored text turns CR LF into LF anyway; a lone CR (old Mac files) ends a line too.
    let text = decoded.text.replace("\r\n", "\n").replace('\r', "\n");
    let lines = Lines::of(&text);
    let delimiter = decode::delimiter(&text);
    let reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .has_headers(false)
        .from_reader(text.as_bytes());
    let problem = |line: u64, issue: Issue| ImportProblem {
        place: Place::Line(line),
        issue,
    };
    let rows = read_rows(reader, &lines, limits)?;
    // The header is the first row naming the project's name, below any title lines.
    let heads: Vec<Vec<String>> = rows
        .iter()
        .take(layout::HEADER_SEARCH + 1)
        .map(|(_, row)| row.as_ref().map_or_else(|_| Vec::new(), Clone::clone))
        .collect();
    let found = layout::find_header(&heads);
    let header_line = rows.get(found.first).map_or(1, |(line, _)| *line);
    match rows.get(found.first) {
        Some((line, Err(issue))) => return Err(vec![problem(*line, header_issue(issue))]),
        None => return Err(whole_file(Issue::NoRows)),
        Some((_, Ok(_))) => {}
    }
    let header = found.headers;
    let columns = header_columns(&header, options.unit, options.update).map_err(|found| {
        found
            .into_iter()
            .map(|(_, issue)| problem(header_line, issue))
            .collect::<Vec<_>>()
    })?;
    let mut notes = layout::note_columns(&columns, &header, |_| Place::Line(header_line));
    let mut records = Vec::new();
    let mut problems = Vec::new();
    for (line, row) in rows.into_iter().skip(found.first + found.depth) {
        let cells = match row {
            Ok(cells) => cells,
            Err(issue) => {
                problems.push(problem(line, issue));
                continue;
            }
        };
        // An empty row of a spreadsheet (`;;;`); a lone `""` is a project with no name.
        if cells.len() > 1 && cells.iter().all(String::is_empty) {
            continue;
        }
        if let Some(label) = layout::totals_label(&cells, &columns) {
            notes.push(problem(line, Issue::TotalsRowSkipped(label.to_string())));
            continue;
        }
        records.push((line, cells));
    }
    let suspected = layout::millions_suspected(&columns, records.iter().map(|(_, cells)| cells.as_slice()));
    problems.extend(
        suspected
            .into_iter()
            .map(|(column, largest)| problem(header_line, layout::millions(column, &header, largest))),
    );
    let mut projects = Vec::new();
    let mut updates = Vec::new();
    for (line, record) in &records {
        if options.update {
            match update_row(&columns, record, resolve, today, true) {
                Ok(row) => updates.push((Place::Line(*line), row)),
                Err(messages) => problems.extend(messages.into_iter().map(|(_, m)| problem(*line, m))),
            }
            continue;
        }
        match csv_row(&columns, record, resolve, today, true) {
            Ok(project) => projects.push(project),
            Err(messages) => problems.extend(messages.into_iter().map(|(_, m)| problem(*line, m))),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    if projects.is_empty() && updates.is_empty() {
        return Err(whole_file(Issue::NoRows));
    }
    Ok(Parsed {
        document: ImportDocument {
            projects,
            ..Default::default()
        },
        encoding: decoded.encoding,
        delimiter: Some(char::from(delimiter)),
        sheet: None,
        notes,
        rows: updates,
        by_id: columns.kinds.contains(&Column::Id),
    })
}

/// A row read: its line, and its cells or why they cannot be read.
type Row = (u64, Result<Vec<String>, Issue>);

/// Every row of the file with its line, within the limits (more rows are refused whole).
fn read_rows(mut reader: csv::Reader<&[u8]>, lines: &Lines<'_>, limits: &ImportLimits) -> Result<Vec<Row>, Problems> {
    let mut rows = Vec::new();
    for record in reader.records() {
        // The header aside, as before: one row more than the limit is allowed.
        if rows.len() > limits.rows {
            return Err(limits::too_many_rows(limits));
        }
        rows.push(match record {
            Ok(record) => {
                let line = record.position().map_or(0, |p| lines.at(p.byte()));
                let cells = record
                    .iter()
                    .try_for_each(|cell| limits::check_cell(cell, limits))
                    .map(|()| record.iter().map(str::to_string).collect());
                (line, cells)
            }
            Err(e) => {
                let line = e.position().map_or(0, |p| lines.at(p.byte()));
                (line, Err(Issue::Row(e.to_string())))
            }
        });
    }
    Ok(rows)
}

/// A problem of the header row: a CSV error there is the header's.
fn header_issue(issue: &Issue) -> Issue {
    match issue {
        Issue::Row(detail) => Issue::Header(detail.clone()),
        other => other.clone(),
    }
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

/// The columns a header row names (`layout::columns`), every unknown one named at
/// once; `unit` (`--unit`) is the scale of a money column whose header gives none.
pub(super) fn header_columns(
    header: &[String],
    unit: Option<Unit>,
    update: bool,
) -> Result<Columns, Vec<(usize, Issue)>> {
    layout::columns_for(header, update).map(|columns| columns.with_unit(unit))
}

/// One row read into a project, or its problems, each with the (0-based) index of the
/// cell it is in where it is in one. `guarded`: the cells may carry the formula guard
/// of CSV (a workbook's text cells never do, so theirs are taken as they are).
pub(super) fn csv_row(
    columns: &Columns,
    cells: &[String],
    resolve: &SourceResolver<'_>,
    today: NaiveDate,
    guarded: bool,
) -> Result<ImportProject, Vec<(Option<usize>, Issue)>> {
    let mut values = Vec::new();
    let mut sources = Vec::new();
    let mut problems = Vec::new();
    for (index, raw) in cells.iter().enumerate() {
        let cell = if guarded { spreadsheet::unguard(raw) } else { raw };
        let mut refuse = |issue: Issue| problems.push((Some(index), issue));
        match columns.kinds.get(index).copied().unwrap_or(Column::Unnamed) {
            Column::Ignored | Column::Note | Column::Id | Column::UpdatedAt => {}
            Column::Unnamed if cell.trim().is_empty() => {}
            Column::Unnamed => refuse(Issue::UnnamedCell {
                column: index + 1,
                value: text::truncate_to_width(cell, 40),
            }),
            Column::Field(field) if field.is_source() => match source_by_text(cell, resolve) {
                Ok(found) => sources.extend(found.map(|reference| (field, reference))),
                Err(message) => refuse(message),
            },
            Column::Field(field) => match field.parse_value(
                &layout::scaled(cell, columns.units.get(index).copied().flatten()),
                today,
            ) {
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

/// One row read as corrections of a project (`import --update`): its `id` and
/// `updated_at`, and every field's cell, `Null` where it is empty (a source by its id).
pub(super) fn update_row(
    columns: &Columns,
    cells: &[String],
    resolve: &SourceResolver<'_>,
    today: NaiveDate,
    guarded: bool,
) -> Result<UpdateRow, Vec<(Option<usize>, Issue)>> {
    let mut row = UpdateRow {
        id: None,
        updated_at: None,
        values: Vec::new(),
    };
    let mut problems = Vec::new();
    for (index, raw) in cells.iter().enumerate() {
        let cell = if guarded { spreadsheet::unguard(raw) } else { raw };
        let trimmed = cell.trim();
        let mut refuse = |issue: Issue| problems.push((Some(index), issue));
        match columns.kinds.get(index).copied().unwrap_or(Column::Unnamed) {
            Column::Ignored | Column::Note => {}
            Column::Id if trimmed.is_empty() => {}
            Column::Id => match crate::domain::reference::parse_id(trimmed) {
                Some(id) => row.id = Some(id),
                None => refuse(Issue::NotAnId(text::truncate_to_width(trimmed, 40))),
            },
            Column::UpdatedAt => row.updated_at = Some(trimmed.to_string()).filter(|t| !t.is_empty()),
            Column::Unnamed if trimmed.is_empty() => {}
            Column::Unnamed => refuse(Issue::UnnamedCell {
                column: index + 1,
                value: text::truncate_to_width(cell, 40),
            }),
            Column::Field(field) if trimmed.is_empty() => row.values.push((field, FieldValue::Null)),
            Column::Field(field) if field.is_source() => match source_by_text(cell, resolve) {
                Ok(Some(SourceRef::Id(id))) => row.values.push((field, FieldValue::Integer(id))),
                Ok(Some(SourceRef::Content(_))) | Ok(None) => row.values.push((field, FieldValue::Null)),
                Err(message) => refuse(message),
            },
            Column::Field(field) => match field.parse_value(
                &layout::scaled(cell, columns.units.get(index).copied().flatten()),
                today,
            ) {
                Ok(value) => row.values.push((field, value)),
                Err(e) => refuse(Issue::Domain(e)),
            },
        }
    }
    if problems.is_empty() { Ok(row) } else { Err(problems) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::FieldValue;
    use crate::exchange::import::test_support::{no_sources, places, today};
    use crate::store::SourceRef;

    #[test]
    fn csv_rows_are_all_checked_and_each_problem_has_its_line() {
        let csv = "name,investment,jobs_planned\nGood,12.5m,100\n,5000000,5\nBad money,lots,1\nAlso bad,1m,-3\n";
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
        let unknown = parse_csv(b"name,owner\nx,1\n", &no_sources, today()).unwrap_err();
        assert!(
            unknown[0].to_string().contains("column 2 \"owner\" is not a field"),
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
