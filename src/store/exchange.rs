//! A whole portfolio in and out: sources, projects with their updates, and reported
//! figures, with every reference to a source carried by the source's content rather
//! than a local id, so a file means the same thing in any database.
//!
//! Import writes a whole document in ONE transaction: sources it lacks are created
//! (one the database already has, by content, is reused), then the projects with their
//! updates, then the figures. Anything refused leaves the database as it was.

use std::collections::HashSet;

use rusqlite::{Transaction, params};

use super::edit::insert_project;
use super::indicators::{Indicator, NewIndicator, insert_indicator};
use super::notes::{NewUpdate, Update, insert_update};
use super::sources::{NewSource, Source, insert_source};
use super::{ProjectQuery, SortKey, Store, StoreError};
use crate::domain::{EdtfDate, Field, FieldValue, NewProject, Project, text};

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
    pub update: NewUpdate,
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

/// What an import may bring besides projects and their updates, by the same rules as
/// the commands it stands for: `indicator add` (reported figures) and `source add`
/// (new sources) are an admin's over SSH. A source the database already has (by
/// content) is reused, not added, and needs no right.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ImportRights {
    /// May record reported figures (`indicators`).
    pub figures: bool,
    /// May add sources the database does not have.
    pub sources: bool,
}

impl ImportRights {
    /// Everything: local use, and an admin over SSH.
    pub const ALL: Self = Self {
        figures: true,
        sources: true,
    };
    /// Projects and their updates only, naming sources the database has: an editor.
    pub const PROJECTS: Self = Self {
        figures: false,
        sources: false,
    };

    /// What a person of `role` may import over SSH (a viewer may not import at all;
    /// the command's own role check refuses them first).
    pub fn for_role(role: super::Role) -> Self {
        match role {
            super::Role::Admin => Self::ALL,
            super::Role::Editor | super::Role::Viewer => Self::PROJECTS,
        }
    }
}

impl Default for ImportRights {
    fn default() -> Self {
        Self::ALL
    }
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
    pub projects: Vec<(Project, Vec<Update>)>,
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

    /// Writes a whole document in one transaction: all of it, or nothing. Every check
    /// (rights, duplicates, unknown sources) is made before the first row is written.
    pub fn import_document(
        &mut self,
        document: &ImportDocument,
        allow_duplicates: bool,
        rights: ImportRights,
    ) -> Result<ImportOutcome, StoreError> {
        self.write("importing", |tx, author| {
            if let Some(refusal) = not_allowed(tx, document, rights)? {
                return Ok(refusal);
            }
            if !allow_duplicates {
                let duplicates = duplicate_names(tx, &document.projects)?;
                if !duplicates.is_empty() {
                    return Ok(ImportOutcome::Duplicates(duplicates));
                }
            }
            let mut known = known_sources(tx)?;
            if let Some(key) = unknown_source(document, &known) {
                return Ok(ImportOutcome::UnknownSource(key));
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
            let resolve = |reference: &SourceRef| resolve(&known, reference);
            let mut updates = 0;
            for project in &document.projects {
                let mut new = project.project.clone();
                new.values.retain(|(field, _)| !field.is_source());
                let named = project.source.iter().map(|reference| (Field::Source, reference));
                let figures = project
                    .figure_sources
                    .iter()
                    .map(|(field, reference)| (*field, reference));
                for (field, reference) in named.chain(figures) {
                    new.values.push((field, FieldValue::Integer(resolve(reference)?)));
                }
                let inserted = insert_project(tx, &new, author)?;
                for update in &project.updates {
                    let mut note = update.update.clone();
                    note.source_id = update.source.as_ref().map(resolve).transpose()?;
                    let written = insert_update(tx, inserted.id, &note, author)?;
                    keep_author(tx, written.id, update.author.as_deref())?;
                    updates += 1;
                }
            }
            for figure in &document.indicators {
                let mut indicator = figure.indicator.clone();
                indicator.source_id = resolve(&figure.source)?;
                insert_indicator(tx, &indicator, author)?;
            }
            Ok(ImportOutcome::Imported {
                sources_added: added,
                sources_reused: reused,
                projects: document.projects.len(),
                updates,
                indicators: document.indicators.len(),
            })
        })
    }
}

/// The figures and new sources the file brings that `rights` do not allow, if any.
fn not_allowed(
    tx: &Transaction<'_>,
    document: &ImportDocument,
    rights: ImportRights,
) -> Result<Option<ImportOutcome>, StoreError> {
    let figures: Vec<NewIndicator> = if rights.figures {
        Vec::new()
    } else {
        document.indicators.iter().map(|i| i.indicator.clone()).collect()
    };
    let sources: Vec<SourceKey> = if rights.sources || document.sources.is_empty() {
        Vec::new()
    } else {
        let known: HashSet<SourceKey> = known_sources(tx)?.into_iter().map(|(k, _)| k).collect();
        let mut new = Vec::new();
        for key in document.sources.iter().map(SourceKey::of_new) {
            if !known.contains(&key) && !new.contains(&key) {
                new.push(key);
            }
        }
        new
    };
    Ok((!figures.is_empty() || !sources.is_empty()).then_some(ImportOutcome::NotAllowed { figures, sources }))
}

/// Sources the database has, by content.
fn known_sources(tx: &Transaction<'_>) -> Result<Vec<(SourceKey, i64)>, StoreError> {
    let mut statement = tx
        .prepare("SELECT id, publisher, title, url, published FROM sources ORDER BY id")
        .map_err(|e| StoreError::from_sqlite(e, "reading sources"))?;
    statement
        .query_map([], |r| {
            Ok((
                SourceKey {
                    publisher: r.get(1)?,
                    title: r.get(2)?,
                    url: r.get(3)?,
                    published: r.get(4)?,
                },
                r.get(0)?,
            ))
        })
        .and_then(|rows| rows.collect())
        .map_err(|e| StoreError::from_sqlite(e, "reading sources"))
}

/// The first reference that names a source neither the file nor the database has.
fn unknown_source(document: &ImportDocument, known: &[(SourceKey, i64)]) -> Option<SourceKey> {
    let mut keys: HashSet<SourceKey> = known.iter().map(|(k, _)| k.clone()).collect();
    keys.extend(document.sources.iter().map(SourceKey::of_new));
    let references = document.projects.iter().flat_map(|p| {
        p.source
            .iter()
            .chain(p.figure_sources.iter().map(|(_, reference)| reference))
            .chain(p.updates.iter().filter_map(|u| u.source.as_ref()))
    });
    references
        .chain(document.indicators.iter().map(|i| &i.source))
        .find_map(|reference| match reference {
            SourceRef::Content(key) if !keys.contains(key) => Some(key.clone()),
            _ => None,
        })
}

fn resolve(known: &[(SourceKey, i64)], reference: &SourceRef) -> Result<i64, StoreError> {
    match reference {
        SourceRef::Id(id) => Ok(*id),
        SourceRef::Content(key) => {
            known
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, id)| *id)
                .ok_or_else(|| StoreError::NoSourceTitled {
                    title: key.title.clone(),
                })
        }
    }
}

/// Names of projects that are already live, or come twice in the file, compared as a
/// reader would (`text::name_key`: case, spaces and Unicode form aside), each once, in
/// file order.
fn duplicate_names(tx: &Transaction<'_>, projects: &[ImportProject]) -> Result<Vec<String>, StoreError> {
    let mut statement = tx
        .prepare("SELECT name FROM projects WHERE deleted_at IS NULL")
        .map_err(|e| StoreError::from_sqlite(e, "reading project names"))?;
    let mut live: HashSet<String> = statement
        .query_map([], |r| r.get::<_, String>(0))
        .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
        .map_err(|e| StoreError::from_sqlite(e, "reading project names"))?
        .iter()
        .map(|name| text::name_key(name))
        .collect();
    let mut duplicates = Vec::new();
    let mut reported = HashSet::new();
    for project in projects {
        let name = project.project.name();
        let key = text::name_key(name);
        if !live.insert(key.clone()) && reported.insert(key) {
            duplicates.push(name.to_string());
        }
    }
    Ok(duplicates)
}

/// An imported update keeps the author the file names; the audit log still names the
/// person who imported it.
fn keep_author(tx: &Transaction<'_>, update: i64, author: Option<&str>) -> Result<(), StoreError> {
    let Some(author) = author.map(|a| text::clean_input(a, false)).filter(|a| !a.is_empty()) else {
        return Ok(());
    };
    tx.execute("UPDATE updates SET author = ?1 WHERE id = ?2", params![author, update])
        .map_err(|e| StoreError::from_sqlite(e, "adding an update"))?;
    Ok(())
}
