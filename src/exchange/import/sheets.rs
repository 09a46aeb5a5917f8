//! Which sheet of a workbook is read, and its cells. A hidden sheet is read only when
//! named (`--sheet`); without a name, the one visible sheet holding a table of projects
//! is read, and when several do, the file is refused with their names, never guessed.

use std::io::Cursor;

use calamine::{Data, DataRef, Reader, SheetType, SheetVisible, Sheets};

use super::layout;
use super::limits::{self, ImportLimits};
use super::{Issue, Problems, whole_file};

/// A sheet's cells that hold something, grouped by row, and the corner they start from
/// (rows and columns below are counted from it); the formula cells saved without a
/// result, by their place on the sheet.
pub(super) struct SheetCells {
    pub top: u32,
    pub left: u32,
    pub rows: Vec<(u32, Vec<(u32, Data)>)>,
    pub unresolved: Vec<(u32, u32, String)>,
}

/// The sheet chosen: its place among the workbook's sheets (from 1), name and cells.
pub(super) struct Chosen {
    pub position: usize,
    pub name: String,
    pub cells: SheetCells,
}

type Book<'a> = Sheets<Cursor<&'a [u8]>>;

/// The sheet `wanted` names (any case), else the one visible worksheet with a header
/// naming projects (else the first visible one, whose header is then refused).
pub(super) fn choose(book: &mut Book<'_>, wanted: Option<&str>, limits: &ImportLimits) -> Result<Chosen, Problems> {
    let sheets = book.sheets_metadata().to_vec();
    let names: Vec<String> = sheets.iter().map(|s| s.name.clone()).collect();
    if let Some(wanted) = wanted {
        let position = names
            .iter()
            .position(|name| name == wanted)
            .or_else(|| {
                let folded = wanted.trim().to_lowercase();
                names.iter().position(|name| name.trim().to_lowercase() == folded)
            })
            .ok_or_else(|| {
                whole_file(Issue::NoSuchSheet {
                    name: wanted.to_string(),
                    sheets: names.clone(),
                })
            })?;
        let name = names[position].clone();
        let cells = read(book, &name, limits)?;
        return Ok(Chosen {
            position: position + 1,
            name,
            cells,
        });
    }
    let visible: Vec<usize> = sheets
        .iter()
        .enumerate()
        .filter(|(_, s)| s.visible == SheetVisible::Visible && s.typ == SheetType::WorkSheet)
        .map(|(position, _)| position)
        .collect();
    let mut tables = Vec::new();
    let mut first = None;
    for position in visible {
        let cells = read(book, &names[position], limits)?;
        if holds_projects(&cells) {
            tables.push((position, cells));
        } else if first.is_none() {
            first = Some((position, cells));
        }
    }
    if tables.len() > 1 {
        let listed = tables.iter().map(|(position, _)| names[*position].clone()).collect();
        return Err(whole_file(Issue::SeveralSheets(listed)));
    }
    let (position, cells) = tables.pop().or(first).ok_or_else(|| whole_file(Issue::NoRows))?;
    Ok(Chosen {
        position: position + 1,
        name: names[position].clone(),
        cells,
    })
}

/// Whether a sheet has a header naming projects among its first rows.
fn holds_projects(cells: &SheetCells) -> bool {
    cells
        .rows
        .iter()
        .take(layout::HEADER_SEARCH)
        .any(|(_, row)| layout::names_a_project(&lossy_texts(row)))
}

/// A row's cells as text, for finding the header: errors and long cells as nothing.
pub(super) fn lossy_texts(row: &[(u32, Data)]) -> Vec<String> {
    let width = row.last().map_or(0, |(column, _)| *column as usize + 1);
    let mut cells = vec![String::new(); width.min(1024)];
    for (column, cell) in row {
        if let Some(slot) = cells.get_mut(*column as usize)
            && let Ok(text) = super::sheet::cell_text(cell)
        {
            *slot = text;
        }
    }
    cells
}

/// Reads a sheet's cells. An xlsx or xlsb sheet is read cell by cell, never as
/// calamine's rectangle of every row by every column, which two cells far apart (A1 and
/// XFD1048576) would make billions of cells large; an xls or ods sheet is read by
/// calamine whole. More rows than the limit are refused.
fn read(book: &mut Book<'_>, name: &str, limits: &ImportLimits) -> Result<SheetCells, Problems> {
    let unreadable = |e: &dyn std::fmt::Display| whole_file(Issue::Workbook(e.to_string()));
    let mut cells: Vec<(u32, u32, Data)> = Vec::new();
    let mut unresolved = Vec::new();
    let mut keep = |(row, column): (u32, u32), value: DataRef<'_>| {
        if !matches!(value, DataRef::Empty) {
            cells.push((row, column, Data::from(value)));
        }
    };
    match &mut *book {
        Sheets::Xlsx(xlsx) => match xlsx.worksheet_cells_reader(name) {
            Err(calamine::XlsxError::NotAWorksheet(_)) => {}
            Err(e) => return Err(unreadable(&e)),
            Ok(mut reader) => {
                while let Some(cell) = reader.next_cell_with_formula().map_err(|e| unreadable(&e))? {
                    let empty = matches!(&cell.value, DataRef::Empty)
                        || matches!(&cell.value, DataRef::String(s) if s.is_empty());
                    match cell.formula {
                        Some(formula) if empty => unresolved.push((cell.pos.0, cell.pos.1, formula)),
                        _ => keep(cell.pos, cell.value),
                    }
                }
            }
        },
        Sheets::Xlsb(xlsb) => {
            let mut reader = xlsb.worksheet_cells_reader(name).map_err(|e| unreadable(&e))?;
            while let Some(cell) = reader.next_cell().map_err(|e| unreadable(&e))? {
                keep(cell.get_position(), cell.get_value().clone());
            }
        }
        other => {
            let range = other.worksheet_range(name).map_err(|e| unreadable(&e))?;
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
    if let Sheets::Xlsx(xlsx) = book
        && cells.iter().any(|c| matches!(c.2, Data::DateTime(_)))
    {
        dates_as_shown(xlsx, name, &mut cells).map_err(|e| unreadable(&e))?;
    }
    let top = cells
        .iter()
        .map(|c| c.0)
        .chain(unresolved.iter().map(|c| c.0))
        .min()
        .unwrap_or(0);
    let left = cells
        .iter()
        .map(|c| c.1)
        .chain(unresolved.iter().map(|c| c.1))
        .min()
        .unwrap_or(0);
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
    Ok(SheetCells {
        top,
        left,
        rows,
        unresolved,
    })
}

/// Turns each date cell whose number format shows only a month (`MM.YYYY`, `mmm.yy`,
/// `mmmm yyyy`) or only a year (`YYYY`) into that month or year (`2025-03`, `2025`),
/// as its cell shows it: Excel keeps a typed «03.2025» as the first day of the month,
/// and that day is not what the ministry wrote. A second pass over the sheet reads
/// the cells' styles, one at a time as the first did.
fn dates_as_shown(
    xlsx: &mut calamine::Xlsx<Cursor<&[u8]>>,
    name: &str,
    cells: &mut [(u32, u32, Data)],
) -> Result<(), calamine::XlsxError> {
    let dated: std::collections::HashMap<(u32, u32), usize> = cells
        .iter()
        .enumerate()
        .filter(|(_, c)| matches!(c.2, Data::DateTime(_)))
        .map(|(at, c)| ((c.0, c.1), at))
        .collect();
    let mut reader = xlsx.worksheet_cells_reader(name)?;
    let shown: Vec<Option<Shown>> = reader
        .styles()
        .iter()
        .map(|style| style.number_format.as_ref().and_then(|f| shown_by(&f.format_code)))
        .collect();
    while let Some((row, column, style)) = reader.next_style_id()? {
        if let Some(&at) = dated.get(&(row, column))
            && let Some(Some(shown)) = shown.get(style)
            && let Some(cell) = cells.get_mut(at)
            && let Data::DateTime(date) = &cell.2
            && let Some(date) = date.as_datetime()
        {
            let pattern = match shown {
                Shown::Month => "%Y-%m",
                Shown::Year => "%Y",
            };
            cell.2 = Data::String(date.format(pattern).to_string());
        }
    }
    Ok(())
}

/// What a date's number format shows when it shows less than a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shown {
    Month,
    Year,
}

/// Whether a number format shows a month and year (`MM.YYYY`, `mmm-yy`,
/// `[$-419]mmmm yyyy;@`) or a year alone (`YYYY`); `None` for a day, a time, or a
/// month without its year (which names no month of ortaq's). Only the first section
/// counts; quoted text, escaped letters and bracketed codes are no part of it.
fn shown_by(format: &str) -> Option<Shown> {
    let mut letters = String::new();
    let mut chars = format.chars();
    while let Some(c) = chars.next() {
        match c {
            ';' => break,
            '"' => {
                for q in chars.by_ref() {
                    if q == '"' {
                        break;
                    }
                }
            }
            '[' => {
                for q in chars.by_ref() {
                    if q == ']' {
                        break;
                    }
                }
            }
            '\\' => {
                chars.next();
            }
            c => letters.extend(c.to_lowercase()),
        }
    }
    let has = |c: char| letters.contains(c);
    if has('d') || has('h') || has('s') {
        return None;
    }
    match (has('m'), has('y')) {
        (true, true) => Some(Shown::Month),
        (false, true) => Some(Shown::Year),
        _ => None,
    }
}

/// The name of the sheet at `position` (from 1) of a workbook, to name it in a refusal.
pub fn sheet_name(bytes: &[u8], position: usize) -> Option<String> {
    let book = calamine::open_workbook_auto_from_rs(Cursor::new(bytes)).ok()?;
    book.sheet_names().get(position.checked_sub(1)?).cloned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_format_showing_a_month_or_a_year_is_told_from_a_day() {
        for month in [
            "MM.YYYY",
            "mm.yyyy",
            "mmm.yy",
            "mmmm yyyy",
            "mmm-yy",
            "[$-419]mmmm yyyy;@",
            "mm/yyyy",
        ] {
            assert_eq!(shown_by(month), Some(Shown::Month), "{month}");
        }
        for year in ["YYYY", "yyyy", "yyyy\" г.\"", "0"] {
            let expected = if year == "0" { None } else { Some(Shown::Year) };
            assert_eq!(shown_by(year), expected, "{year}");
        }
        for day in [
            "dd.mm.yyyy",
            "DD.MM.YYYY",
            "yyyy-mm-dd",
            "d mmmm yyyy",
            "dd.mm.yyyy hh:mm",
            "General",
            "mmmm",
            "\"мм\" dd",
        ] {
            assert_eq!(shown_by(day), None, "{day}");
        }
    }
}
