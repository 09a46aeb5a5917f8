//! Why a file, or a row of it, cannot be imported: typed facts with their place, put
//! into words by `i18n::error::import_problem` (the `Display`, for logs, is English).

use crate::domain::{DomainError, Field};
use crate::exchange::decode::NotText;

/// A row that cannot be imported: where it is and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportProblem {
    pub place: Place,
    pub issue: Issue,
}

/// Where a problem is: the whole file, a CSV line, or an item of a JSON document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    File,
    Line(u64),
    /// The `index`-th (from 1) item of its kind.
    Item(Item, usize),
    /// A cell of a workbook's sheet (all 1-based), or its whole row (`column: None`).
    Cell {
        sheet: usize,
        row: u64,
        column: Option<usize>,
    },
    /// The `update`-th note of the `index`-th project (or record).
    Update {
        item: Item,
        index: usize,
        update: usize,
    },
}

/// What a JSON document holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    /// A project object of a plain array.
    Record,
    Project,
    Source,
    Indicator,
}

/// What is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Issue {
    /// A value the domain refuses.
    Domain(DomainError),
    /// The file is no text ortaq reads.
    NotText(NotText),
    /// The file has a header but no rows.
    NoRows,
    /// The file holds no projects, sources or figures.
    NothingInFile,
    /// The CSV reader could not read the header, or a row (its words as detail).
    Header(String),
    Row(String),
    ColumnTwice(Field),
    NoNameColumn,
    /// A column header (1-based) that names no field, and the field nearest it.
    UnknownColumn {
        column: usize,
        name: String,
        closest: Option<Field>,
    },
    /// A column header (1-based) naming a period (`Срок реализации`), which may be the
    /// start, the completion or both.
    PeriodColumn {
        column: usize,
        name: String,
    },
    /// A cell under a column with no header.
    UnnamedCell {
        column: usize,
        value: String,
    },
    /// The file is no workbook calamine reads (its words as detail).
    Workbook(String),
    /// A cell holds a spreadsheet error (`#DIV/0!`) instead of a value.
    CellError(String),
    /// A source given as a bare number, which means a different source in every database.
    SourceBareNumber(String),
    /// A source the resolver could not find, in the resolver's words (said at the edge).
    Source(String),
    NotJson(String),
    NotDocument,
    NotDocumentFormat,
    NewerExport {
        found: u64,
        supported: u64,
    },
    NeedsVersion {
        supported: u64,
    },
    NotPartOfDocument(String),
    ExpectedArray(&'static str),
    ExpectedFields,
    ExpectedObject,
    ExpectedScalar(Field),
    NotAKey {
        key: String,
        known: Vec<&'static str>,
    },
    ExpectedText(String),
    DateNeeded(String),
    ExpectedWholeNumber(&'static str),
    ExpectedBool(&'static str),
    FigureNeedsSource,
    SourceExpected,
    /// A problem with the value of a JSON key (`published: …`, `source: …`).
    InKey(&'static str, Box<Issue>),
    /// The file is larger than the most an import reads (bytes).
    TooLarge {
        limit: u64,
    },
    /// The file has more rows (or JSON items) than an import takes.
    TooManyRows {
        limit: usize,
    },
    /// A cell (or a JSON text) is longer than the limit (bytes).
    CellTooLarge {
        bytes: usize,
        limit: usize,
    },
    /// A workbook's part (`xl/worksheets/sheet1.xml`) would unpack past the limit.
    UnpacksTooLarge {
        part: String,
        limit: u64,
    },
    /// A note: a totals row (its label) read past, not taken for a project.
    TotalsRowSkipped(String),
    /// A note: a column of remarks (1-based, its header) kept out of the projects.
    NoteColumnLeftOut {
        column: usize,
        name: String,
    },
    /// A money column without a unit whose figures are all too small for dollars.
    MillionsSuspected {
        column: usize,
        name: String,
        largest: String,
    },
    /// A formula cell saved without its result (as scripts write them).
    FormulaWithoutResult(String),
    /// `--sheet` names no sheet of the workbook (its sheets listed).
    NoSuchSheet {
        name: String,
        sheets: Vec<String>,
    },
    /// Several visible sheets hold a table of projects, and no `--sheet` chose one.
    SeveralSheets(Vec<String>),
    /// The workbook is protected by a password.
    Encrypted,
    /// The file is text (CSV) under a workbook's name.
    TextNamedAsWorkbook,
    /// An `id` cell that is no project's id (`12` or `#12`).
    NotAnId(String),
}

impl From<DomainError> for Issue {
    fn from(error: DomainError) -> Self {
        Issue::Domain(error)
    }
}

impl std::error::Error for ImportProblem {}
