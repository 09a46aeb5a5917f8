//! A whole portfolio in and out: sources, projects with their updates, and reported
//! figures, with every reference to a source carried by the source's content rather
//! than a local id, so a file means the same thing in any database.
//!
//! Import writes a whole document, all or nothing: sources it lacks are created (one the
//! database already has, by content, is reused), then the projects with their updates,
//! then the figures. Every row is made ready and checked before the first transaction;
//! a large document is then written in short transactions (see
//! [`Store::import_document`]) under one edit number. Anything refused leaves the
//! database as it was.

mod duplicates;
mod rights;
mod sources;
mod update;

use std::time::{Duration, Instant};

use rusqlite::{Transaction, params};

use super::edit::{next_edit, search_text, to_sql};
use super::indicators::{Indicator, NewIndicator, insert_indicator};
use super::notes::DatedNote;
use super::sources::{NewSource, Source, insert_source};
use super::{ProjectQuery, SortKey, Store, StoreError, now_utc};
use crate::domain::NewDatedNote;
use crate::domain::{EdtfDate, Field, FieldValue, NewProject, Project, text};
use crate::store::Operation;
use duplicates::DuplicateCheck;
pub use rights::ImportRights;
use rights::{not_allowed, rights_of};
use sources::{KnownSources, known_sources, unknown_source};
pub use update::{Corrected, RowSkipped, UpdateConflict, UpdateOptions, UpdateOutcome, UpdateRow};

/// What identifies a source in a file: its content, never its local id.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SourceKey {
    pub publisher: String,
    pub title: String,
    pub url: Option<String>,
    /// As stored: `2024`, `2024-07` or `2024-07-12`.
    pub published: Option<String>,
}

impl SourceKey {
    fn of_new(source: &NewSource) -> Self {
        Self {
            publisher: source.publisher.clone(),
            title: source.title.clone(),
            url: source.url.clone(),
            published: source.published.as_ref().map(EdtfDate::to_string),
        }
    }
}

/// How an imported row names its source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SourceRef {
    /// Already resolved against this database (`#3`, or a title matched on reading).
    Id(i64),
    /// By content: one of the document's sources or one the database already has.
    Content(SourceKey),
}

/// An update about to be imported, with the author the file gives (kept as written).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportUpdate {
    pub update: NewDatedNote,
    pub author: Option<String>,
    pub source: Option<SourceRef>,
}

/// A project about to be imported; its `source` value, if any, is in `source`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportProject {
    pub project: NewProject,
    pub source: Option<SourceRef>,
    /// The source of each figure that names one (`investment_source`, ...).
    pub figure_sources: Vec<(Field, SourceRef)>,
    pub updates: Vec<ImportUpdate>,
}

/// A reported figure about to be imported; its `source_id` is set on writing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportIndicator {
    pub indicator: NewIndicator,
    pub source: SourceRef,
}

/// Everything one file brings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportDocument {
    pub sources: Vec<NewSource>,
    pub projects: Vec<ImportProject>,
    pub indicators: Vec<ImportIndicator>,
}

/// What an import did, or why it wrote nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportOutcome {
    Imported {
        sources_added: usize,
        sources_reused: usize,
        projects: usize,
        updates: usize,
        indicators: usize,
    },
    /// Projects whose names (case-insensitively) are already live, or appear twice in
    /// the file; nothing was written.
    Duplicates(Vec<String>),
    /// A source reference matches neither the file's sources nor the database's.
    UnknownSource(SourceKey),
    /// The file brings what the importer may not add (see [`ImportRights`]): these
    /// reported figures and these new sources, all of them, in file order; nothing
    /// was written.
    NotAllowed {
        figures: Vec<NewIndicator>,
        sources: Vec<SourceKey>,
    },
}

/// A whole portfolio as it is now: what `export` writes.
#[derive(Debug, Clone, Default)]
pub struct Portfolio {
    pub sources: Vec<Source>,
    /// Live projects by id, each with its live updates, oldest first.
    pub projects: Vec<(Project, Vec<DatedNote>)>,
    /// By id, the order they were recorded in.
    pub indicators: Vec<Indicator>,
}

impl Store {
    /// Reads the whole live portfolio.
    pub fn portfolio(&self) -> Result<Portfolio, StoreError> {
        let query = ProjectQuery {
            sort: SortKey::Id,
            ..Default::default()
        };
        let mut projects = Vec::new();
        for project in self.projects(&query)? {
            let mut updates = self.updates(project.id)?;
            updates.sort_by(|a, b| a.date.cmp(&b.date).then(a.id.cmp(&b.id)));
            projects.push((project, updates));
        }
        let mut indicators = self.indicators()?;
        indicators.sort_by_key(|i| i.id);
        Ok(Portfolio {
            sources: self.sources()?,
            projects,
            indicators,
        })
    }

    /// Writes a whole document: all of it, or nothing. Every check (rights, duplicates,
    /// unknown sources, values) is made before the first row is written, and the rows
    /// are made ready outside any transaction. A large document is written in short
    /// transactions, [`CHUNK_TIME`] each with a pause between them, so that no one else
    /// waits long for the write lock; they all carry one edit number, so `undo` takes
    /// back the whole import, and a failure part way takes back what was written.
    pub fn import_document(
        &mut self,
        document: &ImportDocument,
        allow_duplicates: bool,
        rights: ImportRights,
    ) -> Result<ImportOutcome, StoreError> {
        let mut staged = stage(document)?;
        let served = self.served;
        if served.is_some() {
            // Over SSH an update is credited to the person importing it: the author a file
            // names would let an editor write in someone else's name (a review did, as boss).
            for update in staged.iter_mut().flat_map(|project| project.updates.iter_mut()) {
                update.author = None;
            }
        }
        let staged = staged.as_slice();
        // Refusals are found before the write lock is taken, and made sure of in it.
        if let Some(refusal) = not_allowed(&self.conn, document, rights_of(&self.conn, served, rights)?)? {
            return Ok(refusal);
        }
        let duplicates = if allow_duplicates {
            None
        } else {
            let (found, check) = DuplicateCheck::read(&self.conn, &document.projects)?;
            if !found.is_empty() {
                return Ok(ImportOutcome::Duplicates(found));
            }
            Some(check)
        };
        let begun = self.write(Operation::Importing, |tx, author| {
            if let Some(refusal) = not_allowed(tx, document, rights_of(tx, served, rights)?)? {
                return Ok(Err(refusal));
            }
            if let Some(check) = &duplicates {
                let duplicates = check.again(tx)?;
                if !duplicates.is_empty() {
                    return Ok(Err(ImportOutcome::Duplicates(duplicates)));
                }
            }
            let mut known = known_sources(tx)?;
            if let Some(key) = unknown_source(document, &known) {
                return Ok(Err(ImportOutcome::UnknownSource(key)));
            }
            let (mut added, mut reused) = (0, 0);
            for source in &document.sources {
                let key = SourceKey::of_new(source);
                if known.iter().any(|(k, _)| *k == key) {
                    reused += 1;
                } else {
                    known.push((key, insert_source(tx, source)?));
                    added += 1;
                }
            }
            let sources = KnownSources::new(tx, known)?;
            let resolved = resolve_all(staged, document, &sources)?;
            let edit = next_edit(tx)?;
            let mut writer = Writer::new(edit);
            let done = writer.write(tx, author, staged, &resolved, &document.indicators)?;
            Ok(Ok((added, reused, resolved, writer, done)))
        })?;
        let (added, reused, resolved, mut writer, mut done) = match begun {
            Ok(begun) => begun,
            Err(refusal) => return Ok(refusal),
        };
        while !done {
            std::thread::sleep(CHUNK_PAUSE);
            let written = self.write(Operation::Importing, |tx, author| {
                writer.write(tx, author, staged, &resolved, &document.indicators)
            });
            match written {
                Ok(finished) => done = finished,
                Err(error) => {
                    // What the earlier transactions wrote is taken back, as an undo of
                    // the import's edit, in one transaction; if even that fails it
                    // writes nothing, and `undo` takes the whole import back.
                    if self.take_back(writer.edit, super::Revert::Undo).is_err() {
                        // Left as it is: the import's one edit, which undo takes back.
                    }
                    return Err(error);
                }
            }
        }
        Ok(ImportOutcome::Imported {
            sources_added: added,
            sources_reused: reused,
            projects: document.projects.len(),
            updates: writer.updates,
            indicators: document.indicators.len(),
        })
    }
}

/// The longest one transaction of an import writes before it commits and lets others in.
pub const CHUNK_TIME: Duration = Duration::from_millis(250);
/// The pause between two transactions of an import: longer than the longest sleep of a
/// writer waiting on SQLite's busy timeout (100 ms), so one that waits gets its turn.
pub(crate) const CHUNK_PAUSE: Duration = Duration::from_millis(110);

/// How many projects one INSERT statement writes. The search index (FTS5) writes what
/// it has gathered at the end of every statement that fires its trigger, so a project a
/// statement would make it write a tiny segment per row and merge them over and over.
const BATCH: usize = 128;

/// The INSERT of `rows` imported projects, each with its id, every field's column, the
/// search text and the timestamps.
fn insert_sql(rows: usize) -> String {
    let columns: Vec<&str> = Field::ALL.iter().map(|f| f.column()).collect();
    let row = format!("({})", vec!["?"; columns.len() + 4].join(", "));
    format!(
        "INSERT INTO projects (id, {}, search_text, created_at, updated_at) VALUES {}",
        columns.join(", "),
        vec![row.as_str(); rows].join(", ")
    )
}

/// How many audit rows one INSERT statement writes.
const AUDIT_BATCH: usize = 256;

/// The INSERT of `rows` audit rows of an import.
fn audit_sql(rows: usize) -> String {
    format!(
        "INSERT INTO changes (edit, project_id, field, new_value, author, changed_at, update_id) VALUES {}",
        vec!["(?, ?, ?, ?, ?, ?, ?)"; rows].join(", ")
    )
}

/// A project made ready to write, outside any transaction: its values by column (the
/// sources apart, resolved on writing), its search text, and its audit rows.
struct Staged<'d> {
    name: &'d str,
    /// By `Field::ALL`'s order; source fields are `Null` here.
    values: Vec<rusqlite::types::Value>,
    search_text: String,
    /// Field name and value of each audit row after `created`, in order (the sources
    /// come last, resolved on writing).
    audited: Vec<(&'static str, String)>,
    updates: Vec<StagedUpdate<'d>>,
}

struct StagedUpdate<'d> {
    date: String,
    text: &'d str,
    /// The author the file names, cleaned; `None` is the importer.
    author: Option<String>,
}

/// Every project of the document made ready to write, with the checks the schema would
/// make (a name, no negative figure) made here, before anything is written.
fn stage(document: &ImportDocument) -> Result<Vec<Staged<'_>>, StoreError> {
    document
        .projects
        .iter()
        .map(|project| {
            let mut values = vec![rusqlite::types::Value::Null; Field::ALL.len()];
            let mut audited = Vec::new();
            let text_of = |field: Field| text_value(&project.project, field);
            let search_text = search_text([
                Some(project.project.name()),
                text_of(Field::NameRu),
                text_of(Field::Region),
                text_of(Field::Sector),
                text_of(Field::Partners),
            ]);
            for (field, value) in &project.project.values {
                if field.is_source() {
                    continue;
                }
                super::edit::check_plain_value(*field, value)?;
                if value.is_null() {
                    continue;
                }
                if let Some(at) = Field::ALL.iter().position(|f| f == field) {
                    values[at] = to_sql(value);
                }
                if *field != Field::Name
                    && let Some(text) = value.to_audit()
                {
                    audited.push((field.name(), text));
                }
            }
            let updates = project
                .updates
                .iter()
                .map(|update| StagedUpdate {
                    date: update.update.date.to_string(),
                    text: &update.update.text,
                    author: update
                        .author
                        .as_deref()
                        .map(|a| text::clean_input(a, false))
                        .filter(|a| !a.is_empty()),
                })
                .collect();
            Ok(Staged {
                name: project.project.name(),
                values,
                search_text,
                audited,
                updates,
            })
        })
        .collect()
}

fn text_value(project: &NewProject, field: Field) -> Option<&str> {
    project.values.iter().find_map(|(f, value)| match value {
        FieldValue::Text(text) if *f == field => Some(text.as_str()),
        _ => None,
    })
}

/// Every source reference of the document as an id: per project, its source fields
/// (the project's own first, then its figures') and its updates' sources; then the
/// figures'.
struct Resolved {
    projects: Vec<ProjectSources>,
    indicators: Vec<i64>,
}

/// A project's source fields with the ids they name, and its updates' sources.
type ProjectSources = (Vec<(Field, i64)>, Vec<Option<i64>>);

fn resolve_all(
    staged: &[Staged<'_>],
    document: &ImportDocument,
    sources: &KnownSources,
) -> Result<Resolved, StoreError> {
    let mut projects = Vec::with_capacity(staged.len());
    for project in &document.projects {
        let named = project.source.iter().map(|reference| (Field::Source, reference));
        let figures = project
            .figure_sources
            .iter()
            .map(|(field, reference)| (*field, reference));
        let fields = named
            .chain(figures)
            .map(|(field, reference)| sources.id(reference).map(|id| (field, id)))
            .collect::<Result<Vec<_>, _>>()?;
        let updates = project
            .updates
            .iter()
            .map(|u| u.source.as_ref().map(|reference| sources.id(reference)).transpose())
            .collect::<Result<Vec<_>, _>>()?;
        projects.push((fields, updates));
    }
    let indicators = document
        .indicators
        .iter()
        .map(|figure| sources.id(&figure.source))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Resolved { projects, indicators })
}

/// Writes staged projects, one transaction at a time, each for at most [`CHUNK_TIME`];
/// the figures with the last.
struct Writer {
    edit: i64,
    /// The next project to write.
    next: usize,
    updates: usize,
    figures_written: bool,
}

impl Writer {
    fn new(edit: i64) -> Self {
        Self {
            edit,
            next: 0,
            updates: 0,
            figures_written: false,
        }
    }

    /// Writes on from where the last transaction stopped; whether all is written.
    fn write(
        &mut self,
        tx: &Transaction<'_>,
        author: &str,
        staged: &[Staged<'_>],
        resolved: &Resolved,
        figures: &[ImportIndicator],
    ) -> Result<bool, StoreError> {
        let started = Instant::now();
        let now = now_utc();
        let sql = |e| StoreError::from_sqlite(e, Operation::Importing);
        let mut note = tx
            .prepare_cached(
                "INSERT INTO updates (project_id, date, text, author, source_id, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )
            .map_err(sql)?;
        // Ids are given here, as SQLite would (the largest so far plus one): this
        // transaction holds the write lock, and a batch's rows need theirs for the audit.
        let mut id: i64 = tx
            .query_row("SELECT coalesce(max(id), 0) FROM projects", [], |r| r.get(0))
            .map_err(sql)?;
        let (mut next, mut updates) = (self.next, self.updates);
        while next < staged.len() && (next == self.next || started.elapsed() < CHUNK_TIME) {
            let batch = next..staged.len().min(next + BATCH);
            let first = id + 1;
            let mut values = Vec::with_capacity(batch.len() * (Field::ALL.len() + 4));
            for at in batch.clone() {
                id += 1;
                let project = &staged[at];
                let mut row = project.values.clone();
                for (field, source) in &resolved.projects[at].0 {
                    if let Some(column) = Field::ALL.iter().position(|f| f == field) {
                        row[column] = rusqlite::types::Value::Integer(*source);
                    }
                }
                values.push(rusqlite::types::Value::Integer(id));
                values.extend(row);
                values.push(rusqlite::types::Value::Text(project.search_text.clone()));
                values.push(rusqlite::types::Value::Text(now.clone()));
                values.push(rusqlite::types::Value::Text(now.clone()));
            }
            tx.prepare_cached(&insert_sql(batch.len()))
                .and_then(|mut insert| insert.execute(rusqlite::params_from_iter(values)))
                .map_err(sql)?;
            // The audit rows of the batch, written AUDIT_BATCH to a statement:
            // (project, field, value, update).
            let mut rows: Vec<(i64, &str, String, Option<i64>)> = Vec::new();
            for (at, id) in batch.clone().zip(first..) {
                let project = &staged[at];
                let (sources, update_sources) = &resolved.projects[at];
                rows.push((id, "created", project.name.to_string(), None));
                let sources_audited = sources.iter().map(|(field, id)| (field.name(), id.to_string()));
                for (field, value) in project.audited.iter().cloned().chain(sources_audited) {
                    rows.push((id, field, value, None));
                }
                for (update, source) in project.updates.iter().zip(update_sources) {
                    let by = update.author.as_deref().unwrap_or(author);
                    note.execute(params![id, update.date, update.text, by, source, now])
                        .map_err(sql)?;
                    rows.push((id, "note", update.text.to_string(), Some(tx.last_insert_rowid())));
                    updates += 1;
                }
            }
            for part in rows.chunks(AUDIT_BATCH) {
                let mut values: Vec<rusqlite::types::Value> = Vec::with_capacity(part.len() * 7);
                for (project, field, value, update) in part {
                    values.extend([
                        rusqlite::types::Value::Integer(self.edit),
                        rusqlite::types::Value::Integer(*project),
                        rusqlite::types::Value::Text((*field).to_string()),
                        rusqlite::types::Value::Text(value.clone()),
                        rusqlite::types::Value::Text(author.to_string()),
                        rusqlite::types::Value::Text(now.clone()),
                        update.map_or(rusqlite::types::Value::Null, rusqlite::types::Value::Integer),
                    ]);
                }
                tx.prepare_cached(&audit_sql(part.len()))
                    .and_then(|mut audit| audit.execute(rusqlite::params_from_iter(values)))
                    .map_err(sql)?;
            }
            next = batch.end;
        }
        let done = next == staged.len();
        if done && !self.figures_written {
            // The figures are few: all in the last transaction.
            for (figure, source) in figures.iter().zip(&resolved.indicators) {
                let mut indicator = figure.indicator.clone();
                indicator.source_id = *source;
                insert_indicator(tx, &indicator, author)?;
            }
            self.figures_written = true;
        }
        (self.next, self.updates) = (next, updates);
        Ok(done)
    }
}
