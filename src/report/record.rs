//! Plain text of a document with no tables: one record in full (`ortaq show`), drawn as
//! a person reads a card. The title on the first line; each section under its title (a
//! section without one follows straight on): label–value lines, dated entries, or lines.
//! Every cell is made safe for a terminal.

use unicode_width::UnicodeWidthStr;

use super::document::{Cell, Document, Kind, Section};
use crate::domain::text;

/// The record as text.
pub fn render(document: &Document) -> String {
    let mut out = format!("{}\n", safe_text(&document.title));
    if !document.subtitle.is_empty() {
        out.push_str(&format!("{}\n", safe_text(&document.subtitle)));
    }
    for section in &document.sections {
        if !section.title.is_empty() {
            out.push_str(&format!("\n{}\n", safe_text(&section.title)));
        }
        out.push_str(&match section.kind {
            Kind::Fields => fields(section),
            Kind::Entries => entries(section),
            Kind::Lines | Kind::Table => lines(section),
        });
    }
    out
}

fn safe_text(text: &str) -> String {
    text::for_terminal(text).into_owned()
}

/// A cell as shown, made safe.
fn shown(row: &[Cell], index: usize) -> String {
    row.get(index).map(|cell| safe_text(&cell.human())).unwrap_or_default()
}

fn padded(text: &str, width: usize) -> String {
    format!("{text}{}", " ".repeat(width.saturating_sub(text.width())))
}

/// `  label  value   beside`, labels padded to the widest.
fn fields(section: &Section) -> String {
    let width = section.rows.iter().map(|row| shown(row, 0).width()).max().unwrap_or(0);
    let mut out = String::new();
    for row in &section.rows {
        let beside = shown(row, 2);
        let beside = if beside.is_empty() {
            beside
        } else {
            format!("   {beside}")
        };
        out.push_str(&format!(
            "  {}  {}{beside}\n",
            padded(&shown(row, 0), width),
            shown(row, 1)
        ));
    }
    out
}

/// `  date  text` and under the text `— byline`; dates padded to the widest.
fn entries(section: &Section) -> String {
    let width = section.rows.iter().map(|row| shown(row, 0).width()).max().unwrap_or(0);
    let mut out = String::new();
    for row in &section.rows {
        out.push_str(&format!("  {}  {}\n", padded(&shown(row, 0), width), shown(row, 1)));
        out.push_str(&format!("  {}  — {}\n", padded("", width), shown(row, 2)));
    }
    out
}

/// `  first` and, if the row has a second cell, `     second` under it.
fn lines(section: &Section) -> String {
    let mut out = String::new();
    for row in &section.rows {
        out.push_str(&format!("  {}\n", shown(row, 0)));
        if row.len() > 1 {
            out.push_str(&format!("     {}\n", shown(row, 1)));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::document::Column;

    fn section(kind: Kind, title: &str, rows: Vec<Vec<Cell>>) -> Section {
        Section {
            key: "s",
            title: title.into(),
            columns: vec![Column::new("a", "A".into())],
            rows,
            totals: None,
            kind,
        }
    }

    fn text(value: &str) -> Cell {
        Cell::Text(value.into())
    }

    #[test]
    fn a_record_is_drawn_as_a_card_and_stored_text_is_made_safe() {
        let document = Document {
            title: "#1 Plant\u{1b}[31m".into(),
            subtitle: String::new(),
            facts: Vec::new(),
            sections: vec![
                section(
                    Kind::Fields,
                    "",
                    vec![
                        vec![text("Name"), text("Plant"), text("")],
                        vec![text("Status"), text("agreed"), text("#2 UzA")],
                    ],
                ),
                section(
                    Kind::Entries,
                    "Updates (1)",
                    vec![vec![text("2024"), text("Built"), text("seed")]],
                ),
                section(
                    Kind::Lines,
                    "Sources (1)",
                    vec![vec![text("#2 UzA — Talks"), text("a note")]],
                ),
            ],
            empty: String::new(),
        };
        let out = render(&document);
        assert!(!out.contains('\u{1b}'), "{out}");
        let expected_tail = "  Name    Plant\n  Status  agreed   #2 UzA\n\nUpdates (1)\n  2024  Built\n        — seed\n\nSources (1)\n  #2 UzA — Talks\n     a note\n";
        assert!(out.ends_with(expected_tail), "{out}");
    }
}
