//! Where figures come from: articles, press releases, official statements.

use rusqlite::params;

use super::{Store, StoreError, now_utc, row};
use crate::domain::{DomainError, PartialDate, reference, text};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub id: i64,
    pub publisher: String,
    pub title: String,
    pub url: Option<String>,
    /// As precise as known: `2024`, `2024-07` or `2024-07-12`.
    pub published: Option<String>,
    /// How an undated source was dated ("inferred: ...").
    pub note: Option<String>,
}

/// A source about to be added.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSource {
    pub publisher: String,
    pub title: String,
    pub url: Option<String>,
    pub published: Option<PartialDate>,
    pub note: Option<String>,
}

impl NewSource {
    pub fn new(
        publisher: &str,
        title: &str,
        url: Option<&str>,
        published: Option<PartialDate>,
        note: Option<&str>,
    ) -> Result<Self, DomainError> {
        let required = |value: &str, what: &str| {
            let cleaned = text::clean_input(value, false);
            if cleaned.is_empty() {
                Err(DomainError::new(format!("a source needs a {what}")))
            } else {
                Ok(cleaned)
            }
        };
        let optional = |value: Option<&str>| value.map(|v| text::clean_input(v, false)).filter(|v| !v.is_empty());
        Ok(Self {
            publisher: required(publisher, "publisher")?,
            title: required(title, "title")?,
            url: optional(url),
            published,
            note: optional(note),
        })
    }
}

impl Store {
    pub fn add_source(&mut self, source: &NewSource) -> Result<Source, StoreError> {
        self.write("adding a source", |tx, _author| {
            let id = insert_source(tx, source)?;
            Ok(Source {
                id,
                publisher: source.publisher.clone(),
                title: source.title.clone(),
                url: source.url.clone(),
                published: source.published.map(|d| d.to_string()),
                note: source.note.clone(),
            })
        })
    }

    pub fn sources(&self) -> Result<Vec<Source>, StoreError> {
        let mut statement = self
            .conn
            .prepare_cached("SELECT id, publisher, title, url, published, note FROM sources ORDER BY id")
            .map_err(|e| StoreError::from_sqlite(e, "reading sources"))?;
        statement
            .query_map([], |r| {
                Ok(Source {
                    id: r.get(0)?,
                    publisher: row::text(r, 1).unwrap_or_default(),
                    title: row::text(r, 2).unwrap_or_default(),
                    url: row::text(r, 3),
                    published: row::text(r, 4),
                    note: row::text(r, 5),
                })
            })
            .and_then(|rows| rows.collect())
            .map_err(|e| StoreError::from_sqlite(e, "reading sources"))
    }

    pub fn source(&self, id: i64) -> Result<Option<Source>, StoreError> {
        Ok(self.sources()?.into_iter().find(|s| s.id == id))
    }

    /// A source by id (`3`, `#3`) or by a fragment of its publisher or title that
    /// matches exactly one.
    pub fn find_source(&self, reference: &str) -> Result<Source, StoreError> {
        let sources = self.sources()?;
        let trimmed = reference.trim();
        if let Some(id) = reference::parse_id(trimmed) {
            return sources.into_iter().find(|s| s.id == id).ok_or_else(|| {
                StoreError::Invalid(format!("source: there is no source #{id}; see `ortaq source list`"))
            });
        }
        let wanted = text::fold(trimmed);
        let matches: Vec<Source> = sources
            .into_iter()
            .filter(|s| {
                !wanted.is_empty()
                    && (text::fold(&s.publisher).contains(&wanted) || text::fold(&s.title).contains(&wanted))
            })
            .collect();
        match matches.len() {
            1 => Ok(matches.into_iter().next().ok_or(StoreError::NotFound(trimmed.into()))?),
            0 => Err(StoreError::Invalid(format!(
                "source: no source matches {trimmed:?}; see `ortaq source list`"
            ))),
            n => Err(StoreError::Invalid(format!(
                "source: {trimmed:?} matches {n} sources ({}); give the id",
                matches
                    .iter()
                    .map(|s| format!("#{}", s.id))
                    .collect::<Vec<_>>()
                    .join(", ")
            ))),
        }
    }
}

pub(crate) fn insert_source(tx: &rusqlite::Transaction<'_>, source: &NewSource) -> Result<i64, StoreError> {
    tx.execute(
        "INSERT INTO sources (publisher, title, url, published, note, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            source.publisher,
            source.title,
            source.url,
            source.published.map(|d| d.to_string()),
            source.note,
            now_utc()
        ],
    )
    .map_err(|e| StoreError::from_sqlite(e, "adding a source"))?;
    Ok(tx.last_insert_rowid())
}
