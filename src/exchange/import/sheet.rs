//! Spreadsheets (xlsx, xls, ods) read with calamine: the first sheet's rows turned into
//! text and sent through the same header and row checks as CSV, so a workbook and its
//! CSV are refused or accepted alike. Every problem names its sheet, row and column as
//! the spreadsheet shows them.

use std::io::Cursor;

use calamine::{Data, DataRef, DataType, Reader, Sheets, open_workbook_auto_from_rs};
use chrono::NaiveDate;

use super::csv::{csv_row, header_columns};
use super::limits::{self, ImportLimits};
use super::{ImportProblem, Issue, Parsed, Place, Problems, SourceResolver, whole_file};
use crate::store::ImportDocument;

/// The sheet read: always the first.
const SHEET: usize = 1;

/// Reads the first sheet of a workbook: a header row of field names, then one project a
/// row; within the default limits.
pub fn parse_workbook(bytes: &[u8], resolve: &SourceResolver<'_>, today: NaiveDate) -> Result<Parsed, Problems> {
    parse_workbook_within(bytes, resolve, today, &ImportLimits::DEFAULT)
}

/// Reads a workbook within `limits`: a zip (xlsx, xlsb, ods) has its directory read and
/// its parts measured before calamine opens it.
pub fn parse_workbook_within(
    bytes: &[u8],
    resolve: &SourceResolver<'_>,
    today: NaiveDate,
    limits: &ImportLimits,
) -> Result<Parsed, Problems> {
    limits::check_size(bytes, limits)?;
    if bytes.starts_with(b"PK") {
        limits::check_zip(bytes, limits)?;
    }
    let unreadable = |e: calamine::Error| whole_file(Issue::Workbook(e.to_string()));
    let mut book = open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(unreadable)?;
    // Said back to the person: "read as ods".
    let kind = match &book {
        calamine::Sheets::Xls(_) => "xls",
        calamine::Sheets::Xlsx(_) => "xlsx",
        calamine::Sheets::Xlsb(_) => "xlsb",
        calamine::Sheets::Ods(_) => "ods",
    };
    let sheet = first_sheet(&mut book, limits)?;
    // The used cells may start below or right of A1: places count from the sheet's corner.
    let (top, left) = (sheet.top, sheet.left);
    let at = |row: usize, column: Option<usize>| Place::Cell {
        sheet: SHEET,
        row: u64::from(top) + u64::try_from(row).unwrap_or(u64::MAX) + 1,
        column: column.map(|c| usize::try_from(left).unwrap_or(usize::MAX) + c + 1),
    };
    let mut rows = sheet.rows.into_iter();
    let Some((_, header)) = rows.next() else {
        return Err(whole_file(Issue::NoRows));
    };
    let width = header.last().map_or(0, |(column, _)| *column as usize + 1);
    let header = texts(&header, width, limits).map_err(|problems| located(problems, 0, &at))?;
    let columns = header_columns(&csv::StringRecord::from(header)).map_err(|issue| {
        let column = match &issue {
            Issue::UnknownColumn { column, .. } => Some(column - 1),
            _ => None,
        };
        vec![ImportProblem {
            place: at(0, column),
            issue,
        }]
    })?;
    let mut projects = Vec::new();
    let mut problems = Vec::new();
    for (row, cells) in rows {
        let index = row as usize;
        // Cells right of the header are refused where they hold something, as a CSV's
        // would be, without making every row as wide as the widest.
        let (within, beyond): (Vec<_>, Vec<_>) = cells.into_iter().partition(|(c, _)| (*c as usize) < columns.len());
        let (cells, mut found) = match texts(&within, columns.len(), limits) {
            Ok(cells) => (cells, Vec::new()),
            Err(found) => (Vec::new(), found),
        };
        let mut unnamed = Vec::new();
        for (column, cell) in &beyond {
            match cell_text(cell).and_then(|text| limits::check_cell(&text, limits).map(|()| text)) {
                Ok(text) if text.trim().is_empty() => {}
                Ok(text) => unnamed.push((
                    *column as usize,
                    Issue::UnnamedCell {
                        column: *column as usize + 1,
                        value: crate::domain::text::truncate_to_width(&text, 40),
                    },
                )),
                Err(issue) => found.push((*column as usize, issue)),
            }
        }
        if !found.is_empty() {
            problems.extend(located(found, index, &at));
            continue;
        }
        if cells.iter().all(|c| c.trim().is_empty()) && unnamed.is_empty() {
            continue;
        }
        match csv_row(&columns, &csv::StringRecord::from(cells), resolve, today, false) {
            Ok(project) if unnamed.is_empty() => projects.push(project),
            Ok(_) => {}
            Err(found) => problems.extend(found.into_iter().map(|(column, issue)| {
                // A refusal of the whole project names the field's column where it has one.
                let column = column.or_else(|| field_column(&issue, &columns));
                ImportProblem {
                    place: at(index, column),
                    issue,
                }
            })),
        }
        problems.extend(located(unnamed, index, &at));
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
        encoding: kind,
        delimiter: None,
    })
}

fn located(found: Vec<(usize, Issue)>, row: usize, at: &dyn Fn(usize, Option<usize>) -> Place) -> Problems {
    found
        .into_iter()
        .map(|(column, issue)| ImportProblem {
            place: at(row, Some(column)),
            issue,
        })
        .collect()
}

/// The column of the field a domain refusal names.
fn field_column(issue: &Issue, columns: &[super::csv::Column]) -> Option<usize> {
    let Issue::Domain(error) = issue else {
        return None;
    };
    let field = error.field?;
    columns.iter().position(|c| *c == super::csv::Column::Field(field))
}

/// A row's cells (by column, from the sheet's left edge) as text, `width` wide, or the
/// cells holding spreadsheet errors or more than a cell may.
fn texts(row: &[(u32, Data)], width: usize, limits: &ImportLimits) -> Result<Vec<String>, Vec<(usize, Issue)>> {
    let mut cells = vec![String::new(); width];
    let mut problems = Vec::new();
    for (column, cell) in row {
        let column = *column as usize;
        let text = cell_text(cell).and_then(|text| limits::check_cell(&text, limits).map(|()| text));
        match text {
            Ok(text) => {
                if let Some(slot) = cells.get_mut(column) {
                    *slot = text;
                }
            }
            Err(issue) => problems.push((column, issue)),
        }
    }
    if problems.is_empty() { Ok(cells) } else { Err(problems) }
}

/// The first sheet's cells that hold something, grouped by row, and the corner they
/// start from (rows and columns below are counted from it).
struct SheetCells {
    top: u32,
    left: u32,
    rows: Vec<(u32, Vec<(u32, Data)>)>,
}

/// Reads the first sheet's cells. An xlsx or xlsb sheet is read cell by cell, never as
/// calamine's rectangle of every row by every column, which two cells far apart (A1 and
/// XFD1048576) would make billions of cells large; an xls or ods sheet is read by
/// calamine whole. More rows than the limit are refused.
fn first_sheet(book: &mut Sheets<Cursor<&[u8]>>, limits: &ImportLimits) -> Result<SheetCells, Problems> {
    let unreadable = |e: &dyn std::fmt::Display| whole_file(Issue::Workbook(e.to_string()));
    let mut cells: Vec<(u32, u32, Data)> = Vec::new();
    let mut keep = |(row, column): (u32, u32), value: DataRef<'_>| {
        if !matches!(value, DataRef::Empty) {
            cells.push((row, column, Data::from(value)));
        }
    };
    match book {
        Sheets::Xlsx(xlsx) => {
            let Some(name) = xlsx.sheet_names().first().cloned() else {
                return Err(whole_file(Issue::NoRows));
            };
            match xlsx.worksheet_cells_reader(&name) {
                Err(calamine::XlsxError::NotAWorksheet(_)) => {}
                Err(e) => return Err(unreadable(&e)),
                Ok(mut reader) => {
                    while let Some(cell) = reader.next_cell().map_err(|e| unreadable(&e))? {
                        keep(cell.get_position(), cell.get_value().clone());
                    }
                }
            }
        }
        Sheets::Xlsb(xlsb) => {
            let Some(name) = xlsb.sheet_names().first().cloned() else {
                return Err(whole_file(Issue::NoRows));
            };
            let mut reader = xlsb.worksheet_cells_reader(&name).map_err(|e| unreadable(&e))?;
            while let Some(cell) = reader.next_cell().map_err(|e| unreadable(&e))? {
                keep(cell.get_position(), cell.get_value().clone());
            }
        }
        other => {
            let range = match other.worksheet_range_at(0) {
                None => return Err(whole_file(Issue::NoRows)),
                Some(range) => range.map_err(|e| unreadable(&e))?,
            };
            let (top, left) = range.start().unwrap_or((0, 0));
            for (row, column, value) in range.used_cells() {
                let at = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
                cells.push((
                    top.saturating_add(at(row)),
                    left.saturating_add(at(column)),
                    value.clone(),
                ));
            }
        }
    }
    let top = cells.iter().map(|c| c.0).min().unwrap_or(0);
    let left = cells.iter().map(|c| c.1).min().unwrap_or(0);
    cells.sort_unstable_by_key(|c| (c.0, c.1));
    let mut rows: Vec<(u32, Vec<(u32, Data)>)> = Vec::new();
    for (row, column, value) in cells {
        let (row, column) = (row - top, column - left);
        match rows.last_mut() {
            Some((last, cells)) if *last == row => cells.push((column, value)),
            _ => {
                if rows.len() > limits.rows {
                    return Err(limits::too_many_rows(limits));
                }
                rows.push((row, vec![(column, value)]));
            }
        }
    }
    Ok(SheetCells { top, left, rows })
}

/// A cell as the text a CSV file of it would hold: whole numbers without `.0`, dates
/// as ISO dates (ortaq's dates are days), text as it is.
fn cell_text(cell: &Data) -> Result<String, Issue> {
    Ok(match cell {
        Data::Empty => String::new(),
        Data::String(text) => text.clone(),
        Data::Int(number) => number.to_string(),
        // Whole numbers of dollars or jobs up to 2^53 are exact in a float.
        Data::Float(number) if number.fract() == 0.0 && number.abs() < 9_007_199_254_740_992.0 => {
            format!("{number:.0}")
        }
        Data::Float(number) => number.to_string(),
        Data::Bool(value) => value.to_string(),
        Data::DateTime(_) | Data::DateTimeIso(_) => match cell.as_date() {
            Some(date) => date.format("%Y-%m-%d").to_string(),
            None => cell.to_string(),
        },
        Data::DurationIso(text) => text.clone(),
        Data::Error(error) => return Err(Issue::CellError(error.to_string())),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_read_as_a_csv_of_them_would_hold() {
        assert_eq!(
            cell_text(&Data::Float(2_600_000_000.0)).ok().as_deref(),
            Some("2600000000")
        );
        assert_eq!(cell_text(&Data::Float(1.5)).ok().as_deref(), Some("1.5"));
        assert_eq!(cell_text(&Data::Int(7)).ok().as_deref(), Some("7"));
        assert_eq!(
            cell_text(&Data::DateTimeIso("2024-07-12T00:00:00".into()))
                .ok()
                .as_deref(),
            Some("2024-07-12")
        );
        assert!(matches!(
            cell_text(&Data::Error(calamine::CellErrorType::Div0)),
            Err(Issue::CellError(_))
        ));
    }
}
