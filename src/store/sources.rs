//! Where figures come from: articles, press releases, official statements.

use rusqlite::params;

use super::{Store, StoreError, now_utc, row};
use crate::domain::{DomainError, EdtfDate, Problem, SourcePart, reference, text};
use crate::store::Operation;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub id: i64,
    pub publisher: String,
    pub title: String,
    pub url: Option<String>,
    /// As stored (EDTF): as precise and as sure as the source gives it, `2024-07-12`,
    /// `2024`, `2024-23` (autumn), `2024-09/..` (not before September).
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
    pub published: Option<EdtfDate>,
    pub note: Option<String>,
}

impl NewSource {
    pub fn new(
        publisher: &str,
        title: &str,
        url: Option<&str>,
        published: Option<EdtfDate>,
        note: Option<&str>,
    ) -> Result<Self, DomainError> {
        let required = |value: &str, part: SourcePart| {
            let cleaned = text::clean_input(value, false);
            if cleaned.is_empty() {
                Err(DomainError::new(Problem::SourceNeeds { part }))
            } else {
                Ok(cleaned)
            }
        };
        let optional = |value: Option<&str>| value.map(|v| text::clean_input(v, false)).filter(|v| !v.is_empty());
        Ok(Self {
            publisher: required(publisher, SourcePart::Publisher)?,
            title: required(title, SourcePart::Title)?,
            url: optional(url),
            published,
            note: optional(note),
        })
    }
}

impl Store {
    pub fn add_source(&mut self, source: &NewSource) -> Result<Source, StoreError> {
        self.write_needing(Some(super::Role::Admin), Operation::AddingSource, |tx, _author| {
            let id = insert_source(tx, source)?;
            Ok(Source {
                id,
                publisher: source.publisher.clone(),
                title: source.title.clone(),
                url: source.url.clone(),
                published: source.published.as_ref().map(EdtfDate::to_string),
                note: source.note.clone(),
            })
        })
    }

    pub fn sources(&self) -> Result<Vec<Source>, StoreError> {
        let mut statement = self
            .conn
            .prepare_cached("SELECT id, publisher, title, url, published, note FROM sources ORDER BY id")
            .map_err(|e| StoreError::from_sqlite(e, Operation::ReadingSources))?;
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
            .map_err(|e| StoreError::from_sqlite(e, Operation::ReadingSources))
    }

    pub fn source(&self, id: i64) -> Result<Option<Source>, StoreError> {
        Ok(self.sources()?.into_iter().find(|s| s.id == id))
    }

    /// A source by id (`3`, `#3`) or by a fragment of its publisher or title that
    /// matches exactly one.
    pub fn find_source(&self, reference: &str) -> Result<Source, StoreError> {
        let sources = self.sources()?;
        let trimmed = reference.trim();
        match match_source(&sources, trimmed) {
            SourceMatch::Found(source) => Ok(source.clone()),
            SourceMatch::NoSuchId(id) => Err(StoreError::NoSuchSource { id }),
            SourceMatch::NoMatch => Err(StoreError::NoSourceMatches {
                reference: trimmed.to_string(),
            }),
            SourceMatch::Ambiguous(many) => Err(StoreError::SourceAmbiguous {
                reference: trimmed.to_string(),
                ids: many.iter().map(|s| s.id).collect(),
            }),
        }
    }
}

/// What a reference names among the known sources.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SourceMatch<'a> {
    Found(&'a Source),
    /// An id no source has.
    NoSuchId(i64),
    /// A fragment that is in no publisher or title (or nothing at all).
    NoMatch,
    /// A fragment in several sources' publishers or titles: those sources, in order.
    Ambiguous(Vec<&'a Source>),
}

/// The source `reference` names among `sources`: by id (`3`, `#3`), or by a fragment of
/// its publisher or title, in any case, found in exactly one. No database: the command
/// line runs it on the stored list, the interface on the list it loaded, so both read a
/// reference the same way.
pub fn match_source<'a>(sources: &'a [Source], reference: &str) -> SourceMatch<'a> {
    if let Some(id) = reference::parse_id(reference) {
        return sources
            .iter()
            .find(|s| s.id == id)
            .map_or(SourceMatch::NoSuchId(id), SourceMatch::Found);
    }
    let wanted = text::fold(reference.trim());
    if wanted.is_empty() {
        return SourceMatch::NoMatch;
    }
    let matches: Vec<&Source> = sources
        .iter()
        .filter(|s| text::fold(&s.publisher).contains(&wanted) || text::fold(&s.title).contains(&wanted))
        .collect();
    match matches.as_slice() {
        [one] => SourceMatch::Found(one),
        [] => SourceMatch::NoMatch,
        _ => SourceMatch::Ambiguous(matches),
    }
}

pub(crate) fn insert_source(tx: &rusqlite::Transaction<'_>, source: &NewSource) -> Result<i64, StoreError> {
    if let Some(published) = &source.published {
        published
            .refuse_future(chrono::Utc::now().date_naive())
            .map_err(StoreError::Domain)?;
    }
    tx.execute(
        "INSERT INTO sources (publisher, title, url, published, note, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            source.publisher,
            source.title,
            source.url,
            source.published.as_ref().map(EdtfDate::to_string),
            source.note,
            now_utc()
        ],
    )
    .map_err(|e| StoreError::from_sqlite(e, Operation::AddingSource))?;
    Ok(tx.last_insert_rowid())
}

#[cfg(test)]
mod tests {
    use super::{Source, SourceMatch, match_source};

    fn source(id: i64, publisher: &str, title: &str) -> Source {
        Source {
            id,
            publisher: publisher.into(),
            title: title.into(),
            url: None,
            published: None,
            note: None,
        }
    }

    #[test]
    fn a_reference_names_one_source_none_or_several() {
        let sources = [
            source(1, "UzA", "Angren plant opens"),
            source(2, "BAQ.KZ", "Saran factory"),
            source(3, "Kazinform", "БАК в Костанае"),
        ];
        assert_eq!(match_source(&sources, " #2 "), SourceMatch::Found(&sources[1]));
        assert_eq!(match_source(&sources, "uza"), SourceMatch::Found(&sources[0]));
        assert_eq!(
            match_source(&sources, "ANGREN"),
            SourceMatch::Found(&sources[0]),
            "titles too"
        );
        assert_eq!(match_source(&sources, "#9"), SourceMatch::NoSuchId(9));
        assert_eq!(match_source(&sources, "reuters"), SourceMatch::NoMatch);
        assert_eq!(
            match_source(&sources, "  "),
            SourceMatch::NoMatch,
            "nothing names nothing"
        );
        assert_eq!(
            match_source(&sources, "бак"),
            SourceMatch::Found(&sources[2]),
            "Cyrillic folds like Latin"
        );
        assert_eq!(
            match_source(&sources, "a"),
            SourceMatch::Ambiguous(sources.iter().collect()),
            "every one has an a"
        );
    }
}
