//! What an import may bring besides projects, by the role of the person importing.

use std::collections::HashSet;

use rusqlite::OptionalExtension;

use super::sources::known_sources;
use super::{ImportDocument, ImportOutcome, SourceKey};
use crate::store::Operation;
use crate::store::{NewIndicator, StoreError};

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
    pub fn for_role(role: crate::store::Role) -> Self {
        match role {
            crate::store::Role::Admin => Self::ALL,
            crate::store::Role::Editor | crate::store::Role::Viewer => Self::PROJECTS,
        }
    }
}

impl Default for ImportRights {
    fn default() -> Self {
        Self::ALL
    }
}

/// `rights` as far as the person served over SSH (if any) may use them now, by their
/// role as it is in the database: the store holds an import to the role rules whatever
/// its caller passes.
pub(super) fn rights_of(
    conn: &rusqlite::Connection,
    served: Option<i64>,
    rights: ImportRights,
) -> Result<ImportRights, StoreError> {
    let Some(person) = served else {
        return Ok(rights);
    };
    let role: Option<String> = conn
        .query_row("SELECT role FROM people WHERE id = ?1", [person], |r| r.get(0))
        .optional()
        .map_err(|e| StoreError::from_sqlite(e, Operation::CheckingRole))?;
    let allowed = role
        .as_deref()
        .and_then(crate::store::Role::parse)
        .map_or(ImportRights::PROJECTS, ImportRights::for_role);
    Ok(ImportRights {
        figures: rights.figures && allowed.figures,
        sources: rights.sources && allowed.sources,
    })
}

/// The figures and new sources the file brings that `rights` do not allow, if any.
pub(super) fn not_allowed(
    tx: &rusqlite::Connection,
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
