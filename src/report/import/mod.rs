//! Import: CSV (as Excel saves it, in any common encoding and with `,`, `;` or tab) and
//! JSON (the export document, or a plain array of project objects) read into one
//! [`ImportDocument`]. Every row is checked before anything is written, and each bad
//! one is reported with its line (CSV) or its place in the document (JSON).

mod csv;
mod json;

use super::decode::{self, Decoded};
use crate::domain::{Field, FieldValue, NewProject, text};
use crate::store::{ImportDocument, ImportProject, ImportUpdate, SourceRef};

pub use self::csv::parse_csv;
pub use json::parse_json;

/// A row that cannot be imported: where it is and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportProblem {
    /// `line 4`, `record 2`, `project 3, update 1`, or empty for the whole file.
    pub place: String,
    pub message: String,
}

impl std::fmt::Display for ImportProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.place.is_empty() {
            write!(f, "{}", text::for_terminal(&self.message))
        } else {
            write!(f, "{}: {}", self.place, text::for_terminal(&self.message))
        }
    }
}

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
}

type Problems = Vec<ImportProblem>;

fn whole_file(message: impl Into<String>) -> Problems {
    vec![ImportProblem {
        place: String::new(),
        message: message.into(),
    }]
}

fn read_text(bytes: &[u8]) -> Result<Decoded, Problems> {
    decode::decode(bytes).map_err(|e| whole_file(e.to_string()))
}

fn finish_project(
    values: Vec<(Field, FieldValue)>,
    source: Option<SourceRef>,
    updates: Vec<ImportUpdate>,
    mut problems: Vec<String>,
) -> Result<ImportProject, Vec<String>> {
    if problems.is_empty() {
        match NewProject::new(values) {
            Ok(project) => {
                return Ok(ImportProject {
                    project,
                    source,
                    updates,
                });
            }
            Err(e) => problems.push(e.to_string()),
        }
    }
    Err(problems)
}

/// A source named in text: `#3` (this database's source 3), a title or a fragment of
/// one. A bare number is refused: in a file from elsewhere it would name the wrong source.
fn source_by_text(cell: &str, resolve: &SourceResolver<'_>) -> Result<Option<SourceRef>, String> {
    let trimmed = cell.trim();
    if trimmed.is_empty() || trimmed == "—" || trimmed == "-" {
        return Ok(None);
    }
    if trimmed.chars().all(|c| c.is_ascii_digit()) {
        return Err(format!(
            "source: {trimmed:?} is a bare number, which names a different source in every database; \
             give the source's title, or #{trimmed} to mean source #{trimmed} of this database"
        ));
    }
    resolve(trimmed).map(|id| Some(SourceRef::Id(id))).map_err(|e| {
        if e.starts_with("source") {
            e
        } else {
            format!("source: {e}")
        }
    })
}
