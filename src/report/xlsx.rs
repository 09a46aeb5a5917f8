//! A report as an Excel workbook (rust_xlsxwriter): one sheet per section, figures as
//! numbers with a whole-dollar or grouped-count format (Excel shows them in the reader's
//! locale), unknown figures as empty cells, a frozen header row, an autofilter, column
//! widths from the widest cell (in terminal cells, so Cyrillic is measured right), the
//! totals row in bold. Stored text is always written as a string, never as a formula.

use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};
use unicode_width::UnicodeWidthStr;

use super::document::{Audience, Cell, Document, Section};

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
    let header = Format::new().set_bold().set_background_color("#E8E8E8");
    let money = Format::new().set_num_format("$#,##0");
    let count = Format::new().set_num_format("#,##0");
    let bold = Format::new().set_bold();
    let money_bold = money.clone().set_bold();
    let count_bold = count.clone().set_bold();
    let mut widths: Vec<usize> = section.columns.iter().map(|c| c.header.width()).collect();
    for (col, column) in section.columns.iter().enumerate() {
        sheet.write_string_with_format(0, col_num(col), &column.header, &header)?;
    }
    let rows = section
        .rows
        .iter()
        .map(|r| (r, false))
        .chain(section.totals.iter().map(|r| (r, true)));
    let mut last_row = 0;
    for (index, (row, total)) in rows.enumerate() {
        let r = u32::try_from(index + 1).unwrap_or(u32::MAX);
        last_row = r;
        for (col, cell) in row.iter().enumerate() {
            let c = col_num(col);
            let (money, count, text) = if total {
                (&money_bold, &count_bold, &bold)
            } else {
                (&money, &count, &Format::new())
            };
            match cell {
                Cell::Money(Some(v)) => sheet.write_number_with_format(r, c, *v as f64, money)?,
                Cell::Count(Some(v)) => sheet.write_number_with_format(r, c, *v as f64, count)?,
                Cell::Id(v) => sheet.write_number_with_format(r, c, *v as f64, text)?,
                Cell::Money(None) | Cell::Count(None) => sheet.write_blank(r, c, text)?,
                other => {
                    let shown: String = other.human().chars().take(CELL_LIMIT).collect();
                    sheet.write_string_with_format(r, c, shown, text)?
                }
            };
            if let Some(width) = widths.get_mut(col) {
                *width = (*width).max(shown_width(cell));
            }
        }
    }
    for (col, width) in widths.iter().enumerate() {
        // A little room for the filter button; long texts stop at a readable width.
        sheet.set_column_width(col_num(col), (*width as f64 + 3.0).min(60.0))?;
    }
    sheet.set_freeze_panes(1, 0)?;
    if !section.columns.is_empty() {
        sheet.autofilter(0, 0, last_row, col_num(section.columns.len().saturating_sub(1)))?;
    }
    sheet.set_paper_size(9).set_landscape().set_print_fit_to_pages(1, 0);
    Ok(())
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
    use super::sheet_name;

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
