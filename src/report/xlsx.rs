//! A report as an Excel workbook (rust_xlsxwriter): one sheet per section, figures as
//! numbers with a whole-dollar or grouped-count format (Excel shows them in the reader's
//! locale), unknown figures as empty cells, a frozen header row, an autofilter, column
//! widths from the widest cell (in terminal cells, so Cyrillic is measured right), the
//! totals row in bold. Stored text is always written as a string, never as a formula.

use chrono::Datelike;
use rust_xlsxwriter::{ExcelDateTime, Format, FormatAlign, Workbook, Worksheet, XlsxError};
use unicode_width::UnicodeWidthStr;

use super::document::{Audience, Cell, Document, Section};
use crate::domain::EdtfDate;

/// The longest text a cell holds (Excel's limit).
const CELL_LIMIT: usize = 32_767;

/// The workbook as bytes.
pub fn render(document: &Document) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    let mut used: Vec<String> = Vec::new();
    for section in &document.sections {
        let name = sheet_name(&section.title, &used);
        used.push(name.clone());
        let sheet = workbook.add_worksheet();
        let drawn = section.drawn_for(Audience::Machines);
        sheet.set_name(&name)?;
        write_section(sheet, &drawn)?;
        super::xlsx_charts::add(sheet, &name, &drawn)?;
    }
    workbook.save_to_buffer()
}

/// A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`, unique. A
/// longer title is cut between words, not inside one ("Официальные показатели").
fn sheet_name(title: &str, used: &[String]) -> String {
    let allowed: String = title
        .chars()
        .filter(|c| !matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\'))
        .collect();
    let mut clean: String = allowed.chars().take(28).collect();
    if clean.len() < allowed.len()
        && let Some(space) = clean.rfind(' ').filter(|at| clean[..*at].chars().count() >= 8)
    {
        clean.truncate(space);
    }
    let clean = clean.trim_matches('\'').trim().to_string();
    let base = if clean.is_empty() { "Sheet".to_string() } else { clean };
    let mut name = base.clone();
    let mut n = 2;
    while used.iter().any(|u| u.to_lowercase() == name.to_lowercase()) {
        name = format!("{base} {n}");
        n += 1;
    }
    name
}

fn write_section(sheet: &mut Worksheet, section: &Section) -> Result<(), XlsxError> {
    // A header wraps between its words: a column is as wide as its values need.
    let header = Format::new()
        .set_bold()
        .set_background_color("#E8E8E8")
        .set_align(FormatAlign::Top)
        .set_text_wrap();
    let widths = column_widths(section);
    let mut header_lines = 1;
    for (col, column) in section.columns.iter().enumerate() {
        sheet.write_string_with_format(0, col_num(col), &column.header, &header)?;
        let width = widths.get(col).copied().unwrap_or(WIDEST_COLUMN as f64);
        header_lines = header_lines.max(lines_in(&column.header, width));
    }
    if header_lines > 1 {
        sheet.set_row_height(0, 15.0 * header_lines as f64)?;
    }
    let rows = section
        .rows
        .iter()
        .map(|r| (r, false))
        .chain(section.totals.iter().map(|r| (r, true)));
    for (index, (row, total)) in rows.enumerate() {
        let r = u32::try_from(index + 1).unwrap_or(u32::MAX);
        let mut lines = 1;
        for (col, cell) in row.iter().enumerate() {
            let width = widths.get(col).copied().unwrap_or(WIDEST_COLUMN as f64);
            lines = lines.max(write_cell(sheet, (r, col_num(col)), cell, total, width)?);
        }
        if lines > 1 {
            // LibreOffice does not grow a row for wrapped text; it would overlap the next.
            sheet.set_row_height(r, 15.0 * lines as f64)?;
        }
    }
    for (col, width) in widths.iter().enumerate() {
        sheet.set_column_width(col_num(col), *width)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    if !section.columns.is_empty() {
        // The rows only: sorting or filtering leaves the totals row under them.
        let last_row = u32::try_from(section.rows.len()).unwrap_or(u32::MAX);
        sheet.autofilter(0, 0, last_row, col_num(section.columns.len().saturating_sub(1)))?;
    }
    print_setup(sheet, widths.iter().sum())?;
    Ok(())
}

/// Writes one cell at `at` in a column `width` characters wide; returns the lines its
/// text takes there (wrapped where longer).
fn write_cell(sheet: &mut Worksheet, at: (u32, u16), cell: &Cell, total: bool, width: f64) -> Result<usize, XlsxError> {
    let (r, c) = at;
    // Top-aligned: a row grown for one wrapped cell keeps the others level with it.
    let plain = Format::new().set_align(FormatAlign::Top);
    let plain = if total { plain.set_bold() } else { plain };
    let number = |code: &str| plain.clone().set_num_format(code);
    match cell {
        Cell::Money(Some(v)) => sheet.write_number_with_format(r, c, *v as f64, &number("$#,##0"))?,
        Cell::Count(Some(v)) => sheet.write_number_with_format(r, c, *v as f64, &number("#,##0"))?,
        Cell::Percent(Some(tenths)) => {
            sheet.write_number_with_format(r, c, *tenths as f64 / 1000.0, &number("0.0%"))?
        }
        Cell::Id(v) => sheet.write_number_with_format(r, c, *v as f64, &plain)?,
        Cell::Money(None) | Cell::Count(None) | Cell::Percent(None) => sheet.write_blank(r, c, &plain)?,
        // Excel's built-in short date: each reader sees their locale's (12.07.2024, 7/12/2024).
        Cell::Date(stored) if let Some(day) = excel_day(stored) => {
            sheet.write_date_with_format(r, c, &day, &plain.clone().set_num_format_index(14))?
        }
        other => {
            let shown: String = other.human().chars().take(CELL_LIMIT).collect();
            let lines = lines_in(&shown, width);
            let format = if lines > 1 { plain.set_text_wrap() } else { plain };
            sheet.write_string_with_format(r, c, shown, &format)?;
            return Ok(lines);
        }
    };
    Ok(1)
}

/// The lines a text takes in a column `width` characters wide, wrapped between words
/// (a word longer than the column breaks inside it).
fn lines_in(text: &str, width: f64) -> usize {
    let room = (width - 2.0).max(1.0) as usize;
    let mut lines = 0;
    // Full, so that the first word starts a line.
    let mut used = room;
    for word in text.split_whitespace() {
        let needed = word.width();
        if used + 1 + needed <= room {
            used += 1 + needed;
            continue;
        }
        lines += needed.div_ceil(room).max(1);
        used = match needed % room {
            0 => room,
            rest => rest,
        };
    }
    lines.max(1)
}

/// Each column's width in characters: its widest cell and a little room for the filter
/// button, at most [`WIDEST_COLUMN`]; where the sheet is then too wide to print legibly,
/// the widest text columns narrow (their text wraps) down to [`NARROWEST_TEXT`].
fn column_widths(section: &Section) -> Vec<f64> {
    let longest_word = |text: &str| text.split_whitespace().map(UnicodeWidthStr::width).max().unwrap_or(0);
    let mut widths: Vec<usize> = section.columns.iter().map(|c| longest_word(&c.header)).collect();
    for row in section.rows.iter().chain(section.totals.iter()) {
        for (col, cell) in row.iter().enumerate() {
            if let Some(width) = widths.get_mut(col) {
                *width = (*width).max(shown_width(cell));
            }
        }
    }
    let numeric = section.numeric();
    let mut widths: Vec<f64> = widths
        .iter()
        .map(|w| (*w as f64 + 3.0).min(WIDEST_COLUMN as f64))
        .collect();
    while widths.iter().sum::<f64>() > FITS_AT_8PT {
        let widest_text = widths
            .iter()
            .enumerate()
            .filter(|(col, width)| !numeric.get(*col).copied().unwrap_or(false) && **width > NARROWEST_TEXT)
            .max_by(|a, b| a.1.total_cmp(b.1))
            .map(|(col, _)| col);
        match widest_text.and_then(|col| widths.get_mut(col)) {
            Some(width) => *width -= 1.0,
            None => break,
        }
    }
    widths
}

/// A text column is not narrowed below this many characters to fit the page.
const NARROWEST_TEXT: f64 = 24.0;

/// Widest a column is set (in characters); longer text wraps inside it.
const WIDEST_COLUMN: usize = 60;

/// Characters of column width that A4 landscape holds at Excel's 11 pt with the text
/// still at 8 pt or more when fitted to the page's width (about 185 at 73%).
const FITS_AT_8PT: f64 = 185.0;

/// A4 landscape, the header row on every page, fitted to as few pages wide as keep the
/// text legible (8 pt or larger).
fn print_setup(sheet: &mut Worksheet, width: f64) -> Result<(), XlsxError> {
    sheet.set_paper_size(9).set_landscape();
    sheet.set_repeat_rows(0, 0)?;
    // As many pages wide as keep the text at 8 pt or larger, and no more.
    let pages_wide = (width / FITS_AT_8PT).ceil().clamp(1.0, 100.0) as u16;
    sheet.set_print_fit_to_pages(pages_wide, 0);
    Ok(())
}

/// A stored date that is one exact day, as Excel's date; any other (a month, a season,
/// an uncertain day) stays text as the language says it, for a date cell cannot hold it.
fn excel_day(stored: &str) -> Option<ExcelDateTime> {
    let day = stored.parse::<EdtfDate>().ok()?.as_day()?;
    let (month, date) = (u8::try_from(day.month()).ok()?, u8::try_from(day.day()).ok()?);
    ExcelDateTime::from_ymd(u16::try_from(day.year()).ok()?, month, date).ok()
}

fn shown_width(cell: &Cell) -> usize {
    match cell {
        // The formatted number: digits, separators, the dollar sign.
        Cell::Money(Some(v)) => v.to_string().len() * 4 / 3 + 1,
        Cell::Count(Some(v)) => v.to_string().len() * 4 / 3,
        other => other.human().width(),
    }
}

fn col_num(col: usize) -> u16 {
    u16::try_from(col).unwrap_or(u16::MAX)
}

#[cfg(test)]
mod tests {
    use super::{lines_in, sheet_name};

    #[test]
    fn wrapped_text_counts_its_lines_between_words() {
        assert_eq!(lines_in("", 20.0), 1);
        assert_eq!(lines_in("short", 20.0), 1);
        // 18 characters of room: "Инвестиции (долл." fits, "США)" goes under it.
        assert_eq!(lines_in("Инвестиции (долл. США)", 20.0), 2);
        assert_eq!(lines_in(&"x".repeat(40), 20.0), 3, "a long word breaks inside");
    }

    #[test]
    fn a_long_title_is_cut_between_words() {
        assert_eq!(
            sheet_name("Официальные показатели портфеля по времени", &[]),
            "Официальные показатели"
        );
        assert_eq!(sheet_name("Summary", &[]), "Summary");
        assert_eq!(sheet_name("Summary", &["summary".to_string()]), "Summary 2");
        assert_eq!(sheet_name("A:b/c", &[]), "Abc");
        let word: String = "x".repeat(40);
        assert_eq!(
            sheet_name(&word, &[]).chars().count(),
            28,
            "one long word is cut inside"
        );
    }
}
