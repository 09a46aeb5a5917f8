//! Machine exchange: the files ortaq writes for other programs and reads back, with no
//! human words. Export (every project field under its one name, as CSV or JSON, and the
//! whole portfolio as one JSON document), import (CSV in any common encoding, JSON,
//! workbooks) with its typed problems, the text decoder and the CSV guard.
//!
//! This floor sits below `i18n`: a problem is a typed value ([`ImportProblem`],
//! [`Place`], [`Issue`], [`decode::NotText`]) that `i18n` puts into words; nothing here
//! makes a sentence.

pub mod decode;
mod export;
mod import;
pub mod spreadsheet;

pub(crate) use export::ProjectRecord;
pub use export::{BOOKKEEPING, FORMAT, VERSION, to_csv, to_document, to_json};
pub use import::{
    ImportLimits, ImportProblem, Issue, Item, Parsed, Place, ReadOptions, SourceResolver, Unit, parse_csv,
    parse_csv_with, parse_csv_within, parse_json, parse_json_within, parse_workbook, parse_workbook_with,
    parse_workbook_within, read_within, sheet_name,
};
