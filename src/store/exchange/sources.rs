//! The sources a document refers to, by content or by id, resolved against the database's.

use std::collections::HashSet;

use rusqlite::Transaction;

use super::{ImportDocument, SourceKey, SourceRef};
use crate::store::Operation;
use crate::store::StoreError;

/// The database's sources, by content and by id, for resolving a document's references.
pub(super) struct KnownSources {
    by_content: Vec<(SourceKey, i64)>,
    ids: HashSet<i64>,
}

impl KnownSources {
    pub(super) fn new(tx: &Transaction<'_>, by_content: Vec<(SourceKey, i64)>) -> Result<Self, StoreError> {
        let mut ids: HashSet<i64> = by_content.iter().map(|(_, id)| *id).collect();
        let mut statement = tx
            .prepare("SELECT id FROM sources")
            .map_err(|e| StoreError::from_sqlite(e, Operation::ReadingSources))?;
        let all = statement
            .query_map([], |r| r.get::<_, i64>(0))
            .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
            .map_err(|e| StoreError::from_sqlite(e, Operation::ReadingSources))?;
        ids.extend(all);
        Ok(Self { by_content, ids })
    }

    /// The id a reference names, which must be a source the database has.
    pub(super) fn id(&self, reference: &SourceRef) -> Result<i64, StoreError> {
        let id = resolve(&self.by_content, reference)?;
        if self.ids.contains(&id) {
            Ok(id)
        } else {
            Err(StoreError::NoSuchSource { id })
        }
    }
}

/// Sources the database has, by content.
pub(super) fn known_sources(tx: &rusqlite::Connection) -> Result<Vec<(SourceKey, i64)>, StoreError> {
    let mut statement = tx
        .prepare("SELECT id, publisher, title, url, published FROM sources ORDER BY id")
        .map_err(|e| StoreError::from_sqlite(e, Operation::ReadingSources))?;
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
        .map_err(|e| StoreError::from_sqlite(e, Operation::ReadingSources))
}

/// The first reference that names a source neither the file nor the database has.
pub(super) fn unknown_source(document: &ImportDocument, known: &[(SourceKey, i64)]) -> Option<SourceKey> {
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

pub(super) fn resolve(known: &[(SourceKey, i64)], reference: &SourceRef) -> Result<i64, StoreError> {
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
