//! Spreadsheets (xlsx, xls, ods) read with calamine: the rows of the sheet holding
//! projects (`sheets`), below its header (`layout`), turned into text and sent through
//! the same header and row checks as CSV, so a workbook and its CSV are refused or
//! accepted alike. Every problem names its sheet, row and column as
//! the spreadsheet shows them.

use std::io::Cursor;

use calamine::{Data, DataType, open_workbook_auto_from_rs};
use chrono::NaiveDate;

use super::csv::{Column, csv_row, header_columns, update_row};
use super::layout;
use super::limits::{self, ImportLimits};
use super::sheets::{self, SheetCells};
use super::{ImportProblem, Issue, Parsed, Place, Problems, ReadOptions, SourceResolver, whole_file};
use crate::store::ImportDocument;

/// Reads the sheet of projects of a workbook: a header row, then one project a row;
/// within the default limits.
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
    parse_workbook_with(bytes, resolve, today, limits, &ReadOptions::default())
}

/// Reads a workbook within `limits`, as `options` say: the sheet chosen (`sheets`), its
/// header found below titles (`layout`), totals rows and note columns read past and said.
pub fn parse_workbook_with(
    bytes: &[u8],
    resolve: &SourceResolver<'_>,
    today: NaiveDate,
    limits: &ImportLimits,
    options: &ReadOptions,
) -> Result<Parsed, Problems> {
    limits::check_size(bytes, limits)?;
    refuse_disguised(bytes)?;
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
    let chosen = sheets::choose(&mut book, options.sheet.as_deref(), limits)?;
    let sheet = chosen.position;
    let SheetCells {
        top,
        left,
        rows,
        unresolved,
    } = chosen.cells;
    if !unresolved.is_empty() {
        return Err(unresolved
            .into_iter()
            .map(|(row, column, formula)| ImportProblem {
                place: Place::Cell {
                    sheet,
                    row: u64::from(row) + 1,
                    column: Some(column as usize + 1),
                },
                issue: Issue::FormulaWithoutResult(format!("={formula}")),
            })
            .collect());
    }
    // The used cells may start below or right of A1: places count from the sheet's corner.
    let at = |row: u32, column: Option<usize>| Place::Cell {
        sheet,
        row: u64::from(top) + u64::from(row) + 1,
        column: column.map(|c| usize::try_from(left).unwrap_or(usize::MAX) + c + 1),
    };
    let heads: Vec<Vec<String>> = rows
        .iter()
        .take(layout::HEADER_SEARCH + 1)
        .map(|(_, row)| sheets::lossy_texts(row))
        .collect();
    let found = layout::find_header(&heads);
    let Some(&(header_row, _)) = rows.get(found.first) else {
        return Err(whole_file(Issue::NoRows));
    };
    let columns = header_columns(&found.headers, options.unit, options.update).map_err(|found| {
        found
            .into_iter()
            .map(|(column, issue)| ImportProblem {
                place: at(header_row, Some(column)),
                issue,
            })
            .collect::<Vec<_>>()
    })?;
    let mut notes = layout::note_columns(&columns, &found.headers, |column| at(header_row, Some(column)));
    let mut read = Vec::new();
    let mut problems = Vec::new();
    for (row, cells) in rows.into_iter().skip(found.first + found.depth) {
        match row_texts(cells, columns.kinds.len(), limits) {
            Err(found) => problems.extend(located(found, row, &at)),
            Ok((cells, unnamed)) => {
                if cells.iter().all(|c| c.trim().is_empty()) && unnamed.is_empty() {
                    continue;
                }
                if let Some(label) = layout::totals_label(&cells, &columns) {
                    notes.push(ImportProblem {
                        place: at(row, None),
                        issue: Issue::TotalsRowSkipped(label.to_string()),
                    });
                    continue;
                }
                read.push((row, cells, unnamed));
            }
        }
    }
    let suspected = layout::millions_suspected(&columns, read.iter().map(|(_, cells, _)| cells.as_slice()));
    problems.extend(suspected.into_iter().map(|(column, largest)| ImportProblem {
        place: at(header_row, Some(column)),
        issue: layout::millions(column, &found.headers, largest),
    }));
    let mut projects = Vec::new();
    let mut updates = Vec::new();
    for (row, cells, unnamed) in read {
        if options.update {
            match update_row(&columns, &cells, resolve, today, false) {
                Ok(update) if unnamed.is_empty() => updates.push((at(row, None), update)),
                Ok(_) => {}
                Err(found) => problems.extend(found.into_iter().map(|(column, issue)| ImportProblem {
                    place: at(row, column),
                    issue,
                })),
            }
            problems.extend(located(unnamed, row, &at));
            continue;
        }
        match csv_row(&columns, &cells, resolve, today, false) {
            Ok(project) if unnamed.is_empty() => projects.push(project),
            Ok(_) => {}
            Err(found) => problems.extend(found.into_iter().map(|(column, issue)| {
                // A refusal of the whole project names the field's column where it has one.
                let column = column.or_else(|| field_column(&issue, &columns.kinds));
                ImportProblem {
                    place: at(row, column),
                    issue,
                }
            })),
        }
        problems.extend(located(unnamed, row, &at));
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
        encoding: kind,
        delimiter: None,
        sheet: Some((sheet, chosen.name)),
        notes,
        rows: updates,
        by_id: columns.kinds.contains(&Column::Id),
    })
}

/// A row's cells under the header as text, and the cells right of the header that hold
/// something (refused, as a CSV's would be, without making every row as wide as the
/// widest); or the cells that cannot be read.
type RowTexts = (Vec<String>, Vec<(usize, Issue)>);

fn row_texts(cells: Vec<(u32, Data)>, width: usize, limits: &ImportLimits) -> Result<RowTexts, Vec<(usize, Issue)>> {
    let (within, beyond): (Vec<_>, Vec<_>) = cells.into_iter().partition(|(c, _)| (*c as usize) < width);
    let (cells, mut found) = match texts(&within, width, limits) {
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
    if found.is_empty() {
        Ok((cells, unnamed))
    } else {
        Err(found)
    }
}

/// An encrypted workbook (an OLE file holding an encrypted package, as Excel and
/// LibreOffice save one with a password) or text under a workbook's name, each said as
/// such rather than as a file calamine cannot read.
fn refuse_disguised(bytes: &[u8]) -> Result<(), Problems> {
    const OLE: &[u8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1";
    let package: Vec<u8> = "EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes).collect();
    if bytes.starts_with(OLE) && bytes.windows(package.len()).any(|w| w == package.as_slice()) {
        return Err(whole_file(Issue::Encrypted));
    }
    if !bytes.starts_with(b"PK") && !bytes.starts_with(OLE) && crate::exchange::decode::decode(bytes).is_ok() {
        return Err(whole_file(Issue::TextNamedAsWorkbook));
    }
    Ok(())
}

fn located(found: Vec<(usize, Issue)>, row: u32, at: &dyn Fn(u32, Option<usize>) -> Place) -> Problems {
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

/// A cell as the text a CSV file of it would hold: whole numbers without `.0`, dates
/// as ISO dates (ortaq's dates are days), text as it is.
pub(super) fn cell_text(cell: &Data) -> Result<String, Issue> {
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
