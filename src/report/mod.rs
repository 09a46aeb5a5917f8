//! What ortaq prints for people: the summary table, project lists and details, the
//! digest. This floor sits above `i18n` (its headers and labels are in the language
//! spoken) and above `exchange` (the machine formats it reuses). A document is built as
//! a typed [`document::Document`] and drawn by one renderer per [`Format`]; text output
//! shows stored text safely, CSV and JSON keep the data exact.

pub mod agenda;
pub mod detail;
pub mod digest;
pub mod document;
pub mod export_document;
pub mod geojson;
pub mod html;
pub mod list;
pub mod list_document;
pub mod meetings;
mod record;
pub mod summary;
mod summary_data;
pub mod summary_document;
mod svg_charts;
mod table;
pub mod trend;
pub mod xlsx;
mod xlsx_charts;

pub use table::{Charset, ascii_marks};

/// The one set of document formats. Each command accepts its subset of them (`show`
/// writes no Markdown, `list` no xlsx to a terminal); the names are clap's values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    #[default]
    Text,
    Markdown,
    Csv,
    Json,
    Html,
    Xlsx,
}

impl Format {
    pub const ALL: [Format; 6] = [
        Format::Text,
        Format::Markdown,
        Format::Csv,
        Format::Json,
        Format::Html,
        Format::Xlsx,
    ];

    /// The name typed after `--format`.
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Html => "html",
            Format::Xlsx => "xlsx",
        }
    }

    /// The format of a name as [`Format::name`] writes it.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.name() == name)
    }

    /// Whom the format is for: text, Markdown and HTML are read by people, in the
    /// language spoken; CSV, JSON and xlsx are data, the same in every language.
    pub fn audience(self) -> document::Audience {
        match self {
            Format::Text | Format::Markdown | Format::Html => document::Audience::People,
            Format::Csv | Format::Json | Format::Xlsx => document::Audience::Machines,
        }
    }

    /// Whether the format is written as a whole document (HTML, xlsx): to a file or
    /// redirected, never cut to a terminal's width.
    pub fn is_page(self) -> bool {
        matches!(self, Format::Html | Format::Xlsx)
    }
}

/// A document drawn in a format, as bytes (xlsx is binary; the others are UTF-8 text).
pub fn render(document: &document::Document, format: Format) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    Ok(match format {
        Format::Text => document::render_text(document, false).into_bytes(),
        Format::Markdown => document::render_text(document, true).into_bytes(),
        Format::Csv => document::render_csv(document).into_bytes(),
        Format::Json => document::render_json(document).into_bytes(),
        Format::Html => html::render(document).into_bytes(),
        Format::Xlsx => xlsx::render(document)?,
    })
}

/// Shown where a value is unknown.
pub const UNKNOWN: &str = "—";
