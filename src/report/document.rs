//! One typed model of a printed report — a title and sections, each a table of typed
//! cells — and its renderers for aligned text, Markdown, CSV and JSON (HTML and xlsx
//! live beside it). A cell keeps its value exact (dollars, counts, codes, UTC times);
//! human formats show it in the language spoken, machine formats as it is.

use serde_json::{Map, Value};

use super::UNKNOWN;
use super::table::{self, Style};
use crate::exchange::spreadsheet;
use crate::i18n::format;

/// One value of a report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cell {
    /// Text as stored (untrusted: escaped by every renderer).
    Text(String),
    /// A closed value: the machine code (`construction`) and its label in the language spoken.
    Code { code: String, label: String },
    /// Whole dollars; `None` is unknown (an empty cell, never 0).
    Money(Option<i64>),
    /// A count; `None` is unknown.
    Count(Option<i64>),
    /// A share in tenths of a percent (`122` is 12.2%); `None` is unknown.
    Percent(Option<i64>),
    /// A project id.
    Id(i64),
    /// A stored UTC timestamp (`2026-11-23T10:15:00Z`).
    Time(String),
    /// A stored date as precise as known (`2024-07`).
    Date(String),
}

impl Cell {
    /// Whether the column is right-aligned in text.
    pub fn is_number(&self) -> bool {
        matches!(self, Cell::Money(_) | Cell::Count(_) | Cell::Percent(_) | Cell::Id(_))
    }

    /// The cell as a person reads it, in the language spoken.
    pub fn human(&self) -> String {
        match self {
            Cell::Text(text) => text.clone(),
            Cell::Code { label, .. } => label.clone(),
            Cell::Money(Some(dollars)) => format::money_full(*dollars),
            Cell::Count(Some(count)) => format::count(*count),
            Cell::Percent(Some(tenths)) => format::percent(*tenths),
            Cell::Money(None) | Cell::Count(None) | Cell::Percent(None) => UNKNOWN.to_string(),
            Cell::Id(id) => format!("#{id}"),
            Cell::Time(stored) => format::timestamp(stored),
            Cell::Date(stored) => format::stored_date(stored),
        }
    }

    /// The cell as data: exact, the same in every language (empty where unknown).
    pub fn machine(&self) -> String {
        match self {
            Cell::Text(text) | Cell::Time(text) | Cell::Date(text) => text.clone(),
            Cell::Code { code, .. } => code.clone(),
            Cell::Money(value) | Cell::Count(value) => value.map(|v| v.to_string()).unwrap_or_default(),
            // Exact, with a point in every language: 12.2 (percent).
            Cell::Percent(tenths) => tenths
                .map(|t| format!("{}{}.{}", if t < 0 { "-" } else { "" }, t.abs() / 10, t.abs() % 10))
                .unwrap_or_default(),
            Cell::Id(id) => id.to_string(),
        }
    }

    fn json(&self) -> Value {
        match self {
            Cell::Money(value) | Cell::Count(value) => value.map_or(Value::Null, Value::from),
            Cell::Id(id) => Value::from(*id),
            Cell::Percent(tenths) => tenths.map_or(Value::Null, |t| Value::from(t as f64 / 10.0)),
            other => Value::from(other.machine()),
        }
    }
}

/// A column: its machine key (English, for CSV and JSON), its header in the language
/// spoken, and who it is drawn for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    pub key: &'static str,
    pub header: String,
    pub shown: Shown,
}

/// Who a column is drawn for. A project's name is the clearest case: people read it in
/// the language spoken (the Russian name on a Russian page), while data keeps the name
/// and the Russian name each in its own column, the same in every language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    Everywhere,
    /// Text, Markdown and HTML.
    ToPeople,
    /// CSV, JSON and xlsx (a workbook is data people go on working with).
    ToMachines,
}

/// The readers a renderer draws for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    People,
    Machines,
}

impl Column {
    /// A column drawn in every format.
    pub fn new(key: &'static str, header: String) -> Self {
        Self {
            key,
            header,
            shown: Shown::Everywhere,
        }
    }

    /// A column drawn only in the formats people read.
    pub fn for_people(key: &'static str, header: String) -> Self {
        Self {
            shown: Shown::ToPeople,
            ..Self::new(key, header)
        }
    }

    /// A column drawn only in the data formats.
    pub fn for_machines(key: &'static str, header: String) -> Self {
        Self {
            shown: Shown::ToMachines,
            ..Self::new(key, header)
        }
    }

    fn drawn_for(&self, audience: Audience) -> bool {
        match self.shown {
            Shown::Everywhere => true,
            Shown::ToPeople => audience == Audience::People,
            Shown::ToMachines => audience == Audience::Machines,
        }
    }
}

/// One table of a report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub key: &'static str,
    pub title: String,
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<Cell>>,
    /// A totals row under the rows, if the section sums.
    pub totals: Option<Vec<Cell>>,
    /// How plain text lays the rows out; every other format draws a table.
    pub kind: Kind,
}

/// How plain text lays out a section's rows. A document with no tables (one record in
/// full: `show`) is drawn compact, as a person reads a card; see [`super::record`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A table with a header row.
    Table,
    /// Label–value lines (`label`, `value`, what stands beside the value), labels padded
    /// to one width, no header: a key–value block.
    Fields,
    /// Dated entries of two lines: the date, the text; under the text, after a dash, who
    /// entered it and from where (`date`, `text`, `byline`).
    Entries,
    /// A line per row (its first cell), and an indented second line for its second cell,
    /// if the row has one.
    Lines,
}

/// A whole report: its title, a line under it, and its sections.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub title: String,
    pub subtitle: String,
    /// Machine facts about the report (`since`, `until`): JSON keys, exact values.
    pub facts: Vec<(&'static str, String)>,
    pub sections: Vec<Section>,
    /// Said where a section has no rows.
    pub empty: String,
}

impl Section {
    /// The section as drawn for some readers: only the columns (and their cells) meant
    /// for them.
    pub fn drawn_for(&self, audience: Audience) -> Section {
        let keep: Vec<bool> = self.columns.iter().map(|c| c.drawn_for(audience)).collect();
        let cut = |row: &Vec<Cell>| -> Vec<Cell> {
            row.iter()
                .zip(&keep)
                .filter(|(_, keep)| **keep)
                .map(|(cell, _)| cell.clone())
                .collect()
        };
        Section {
            key: self.key,
            title: self.title.clone(),
            columns: self.columns.iter().filter(|c| c.drawn_for(audience)).cloned().collect(),
            rows: self.rows.iter().map(cut).collect(),
            totals: self.totals.as_ref().map(cut),
            kind: self.kind,
        }
    }

    pub(super) fn numeric(&self) -> Vec<bool> {
        (0..self.columns.len())
            .map(|i| self.rows.iter().any(|row| row.get(i).is_some_and(Cell::is_number)))
            .collect()
    }

    fn human_rows(&self) -> Vec<Vec<String>> {
        self.rows
            .iter()
            .chain(&self.totals)
            .map(|row| row.iter().map(Cell::human).collect())
            .collect()
    }
}

/// Whether a section's heading only repeats the document's title.
pub(super) fn repeats_title(document: &Document, section: &Section) -> bool {
    section.title == document.title
}

/// Aligned text (`markdown: false`) or Markdown, made safe for a terminal.
pub fn render_text(document: &Document, markdown: bool) -> String {
    if !markdown && document.sections.iter().all(|s| s.kind != Kind::Table) {
        return super::record::render(document);
    }
    let style = if markdown { Style::Markdown } else { Style::Plain };
    let line = |text: &str| {
        if markdown {
            table::markdown_inline(text)
        } else {
            crate::domain::text::for_terminal(text).into_owned()
        }
    };
    let heading = |level: &str, text: &str| {
        if markdown {
            format!("{level} {}\n\n", line(text))
        } else {
            format!("{}\n\n", line(text))
        }
    };
    let mut out = heading("#", &document.title);
    out.push_str(&format!("{}\n\n", line(&document.subtitle)));
    for section in &document.sections {
        let section = &section.drawn_for(Audience::People);
        // A one-table report is titled once: its table's title under the same words
        // said nothing (`Meetings` above `Meetings`).
        if !repeats_title(document, section) {
            out.push_str(&heading("##", &section.title));
        }
        if section.rows.is_empty() {
            out.push_str(&format!("{}\n\n", document.empty));
            continue;
        }
        let header: Vec<&str> = section.columns.iter().map(|c| c.header.as_str()).collect();
        out.push_str(&table::render(
            style,
            &header,
            &section.human_rows(),
            &section.numeric(),
            None,
        ));
        out.push_str("\n\n");
    }
    out
}

/// CSV: each section as its own block (a header of machine keys, the section's key in
/// the first column), separated by a blank line; cells guarded against formulas.
pub fn render_csv(document: &Document) -> String {
    let mut blocks = Vec::new();
    for section in &document.sections {
        let section = &section.drawn_for(Audience::Machines);
        let mut rows = vec![
            std::iter::once("section".to_string())
                .chain(section.columns.iter().map(|c| c.key.to_string()))
                .collect::<Vec<_>>(),
        ];
        for row in &section.rows {
            rows.push(
                std::iter::once(section.key.to_string())
                    .chain(row.iter().map(Cell::machine))
                    .collect(),
            );
        }
        blocks.push(spreadsheet::write_csv(rows));
    }
    blocks.join("\n")
}

/// JSON: the facts, then each section as a list of objects keyed by machine keys.
pub fn render_json(document: &Document) -> String {
    let mut root = Map::new();
    for (key, value) in &document.facts {
        root.insert((*key).to_string(), Value::from(value.as_str()));
    }
    for section in &document.sections {
        let section = &section.drawn_for(Audience::Machines);
        let rows: Vec<Value> = section
            .rows
            .iter()
            .map(|row| {
                let object: Map<String, Value> = section
                    .columns
                    .iter()
                    .zip(row)
                    .map(|(column, cell)| (column.key.to_string(), cell.json()))
                    .collect();
                Value::Object(object)
            })
            .collect();
        root.insert(section.key.to_string(), Value::Array(rows));
    }
    let mut out = serde_json::to_string_pretty(&Value::Object(root)).unwrap_or_default();
    out.push('\n');
    out
}
