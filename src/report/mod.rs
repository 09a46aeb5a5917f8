//! What ortaq prints: the summary table, project lists and details, and the exchange
//! formats (export and import). Built from store queries; rendered as aligned text,
//! Markdown, CSV or JSON. Text output shows stored text safely; CSV and JSON keep the
//! data exact, escaped as each format requires.

pub mod detail;
pub mod digest;
pub mod document;
pub mod export_document;
pub mod html;
pub mod list;
pub mod list_document;
pub mod summary;
pub mod summary_document;
mod table;
pub mod xlsx;

pub use table::{Charset, ascii_marks};

/// How printed output is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    #[default]
    Text,
    Markdown,
    Csv,
    Json,
}

impl Format {
    pub fn parse(name: &str) -> Option<Self> {
        match name.trim().to_lowercase().as_str() {
            "text" | "txt" => Some(Format::Text),
            "markdown" | "md" => Some(Format::Markdown),
            "csv" => Some(Format::Csv),
            "json" => Some(Format::Json),
            _ => None,
        }
    }
}

/// Shown where a value is unknown.
pub const UNKNOWN: &str = "—";
