//! Import: CSV (as Excel saves it, in any common encoding and with `,`, `;` or tab) and
//! JSON (the export document, or a plain array of project objects) and spreadsheets
//! (xlsx, xls, ods: the sheet holding projects, read as CSV would be) read into one
//! [`ImportDocument`]. Every row is checked before anything is written, and each bad
//! one is reported with its line (CSV) or its place in the document (JSON).

mod csv;
mod headers;
mod json;
mod layout;
mod limits;
mod problem;
mod sheet;
mod sheets;
#[cfg(test)]
mod test_support;

use super::decode::{self, Decoded};
use crate::domain::{Field, FieldValue, NewProject};
use crate::store::{ImportDocument, ImportProject, ImportUpdate, SourceRef, UpdateRow};

pub use self::csv::{parse_csv, parse_csv_with, parse_csv_within};
pub use headers::Unit;
pub use json::{parse_json, parse_json_within};
pub use limits::{ImportLimits, read_within};
pub use problem::{ImportProblem, Issue, Item, Place};
pub use sheet::{parse_workbook, parse_workbook_with, parse_workbook_within};
pub use sheets::sheet_name;

/// Turns a source named in text (`#3`, a title, a fragment of one) into this
/// database's source id, or says why not.
pub type SourceResolver<'a> = dyn Fn(&str) -> Result<i64, String> + 'a;

/// A file read: what it brings, and how it was read (for the message).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed {
    pub document: ImportDocument,
    pub encoding: &'static str,
    /// The CSV delimiter; `None` for JSON.
    pub delimiter: Option<char>,
    /// The sheet of a workbook read: its place among the workbook's sheets (from 1) and
    /// its name.
    pub sheet: Option<(usize, String)>,
    /// What was read past, each at its place: totals rows, note columns.
    pub notes: Vec<ImportProblem>,
    /// For corrections (`ReadOptions::update`): every row, at its place, instead of
    /// the document's projects.
    pub rows: Vec<(Place, UpdateRow)>,
    /// The file has an `id` column: its rows name their projects by id.
    pub by_id: bool,
}

/// How a file is read, as the person chose: the sheet of a workbook (`--sheet`), and
/// the scale of money figures whose header gives none (`--unit`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReadOptions {
    pub sheet: Option<String>,
    pub unit: Option<Unit>,
    /// Read the rows as corrections of projects (`import --update`): each row's `id`
    /// and `updated_at`, and its cells as given, an empty one too.
    pub update: bool,
}

type Problems = Vec<ImportProblem>;

fn whole_file(issue: Issue) -> Problems {
    vec![ImportProblem {
        place: Place::File,
        issue,
    }]
}

fn read_text(bytes: &[u8]) -> Result<Decoded, Problems> {
    decode::decode(bytes).map_err(|e| whole_file(Issue::NotText(e)))
}

/// A project read from a file: its values, and the sources named by its source fields
/// (`source`, `investment_source`, ...), which are resolved on writing.
fn finish_project(
    values: Vec<(Field, FieldValue)>,
    sources: Vec<(Field, SourceRef)>,
    updates: Vec<ImportUpdate>,
    mut problems: Vec<Issue>,
) -> Result<ImportProject, Vec<Issue>> {
    if problems.is_empty() {
        match NewProject::new(values) {
            Ok(project) => {
                let (named, figure_sources): (Vec<_>, Vec<_>) =
                    sources.into_iter().partition(|(field, _)| *field == Field::Source);
                return Ok(ImportProject {
                    project,
                    source: named.into_iter().next().map(|(_, reference)| reference),
                    figure_sources,
                    updates,
                });
            }
            Err(e) => problems.push(Issue::Domain(e)),
        }
    }
    Err(problems)
}

/// A source named in text: `#3` (this database's source 3), a title or a fragment of
/// one. A bare number is refused: in a file from elsewhere it would name the wrong source.
fn source_by_text(cell: &str, resolve: &SourceResolver<'_>) -> Result<Option<SourceRef>, Issue> {
    let trimmed = cell.trim();
    if trimmed.is_empty() || trimmed == "—" || trimmed == "-" {
        return Ok(None);
    }
    if trimmed.chars().all(|c| c.is_ascii_digit()) {
        return Err(Issue::SourceBareNumber(trimmed.to_string()));
    }
    resolve(trimmed)
        .map(|id| Some(SourceRef::Id(id)))
        .map_err(Issue::Source)
}
