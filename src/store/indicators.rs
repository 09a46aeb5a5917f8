//! Portfolio figures as officially reported, one figure a row, each with its source.

use rusqlite::params;

use super::{Store, StoreError, now_utc, row};
use crate::domain::{DomainError, EdtfDate, Problem, text};

/// What a reported figure counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Metric {
    Projects,
    /// US dollars.
    Investment,
    Jobs,
}

impl Metric {
    pub const ALL: [Metric; 3] = [Metric::Projects, Metric::Investment, Metric::Jobs];

    pub fn as_str(self) -> &'static str {
        match self {
            Metric::Projects => "projects",
            Metric::Investment => "investment",
            Metric::Jobs => "jobs",
        }
    }

    /// The largest figure of this kind ortaq accepts.
    pub fn ceiling(self) -> i64 {
        match self {
            Metric::Investment => crate::domain::MAX_INVESTMENT,
            Metric::Projects | Metric::Jobs => crate::domain::MAX_COUNT,
        }
    }

    pub fn parse(name: &str) -> Result<Self, DomainError> {
        let wanted = name.trim().to_lowercase();
        Self::ALL.into_iter().find(|m| m.as_str() == wanted).ok_or_else(|| {
            DomainError::new(Problem::UnknownMetric {
                input: name.trim().to_string(),
            })
        })
    }
}

/// One reported figure: "as of 2024-07-12, the portfolio had 69 projects".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Indicator {
    pub id: i64,
    pub as_of: EdtfDate,
    /// What is counted: `portfolio`, `implemented`, `in preparation`, ...
    pub scope: String,
    pub metric: Metric,
    pub value: i64,
    /// The text said "more than" / "over".
    pub over: bool,
    pub source_id: i64,
    pub note: Option<String>,
}

/// A figure about to be recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewIndicator {
    pub as_of: EdtfDate,
    pub scope: String,
    pub metric: Metric,
    pub value: i64,
    pub over: bool,
    pub source_id: i64,
    pub note: Option<String>,
}

impl NewIndicator {
    pub fn new(
        as_of: EdtfDate,
        scope: &str,
        metric: Metric,
        value: i64,
        over: bool,
        source_id: i64,
        note: Option<&str>,
    ) -> Result<Self, DomainError> {
        let scope = text::clean_input(scope, false).to_lowercase();
        if scope.is_empty() {
            return Err(DomainError::new(Problem::ScopeRequired));
        }
        if value < 0 {
            return Err(DomainError::new(Problem::FigureNegative));
        }
        Ok(Self {
            as_of,
            scope,
            metric,
            value,
            over,
            source_id,
            note: note.map(|n| text::clean_input(n, false)).filter(|n| !n.is_empty()),
        })
    }
}

impl Store {
    pub fn add_indicator(&mut self, indicator: &NewIndicator) -> Result<Indicator, StoreError> {
        self.write("recording a figure", |tx, _author| {
            let id = insert_indicator(tx, indicator)?;
            Ok(Indicator {
                id,
                as_of: indicator.as_of.clone(),
                scope: indicator.scope.clone(),
                metric: indicator.metric,
                value: indicator.value,
                over: indicator.over,
                source_id: indicator.source_id,
                note: indicator.note.clone(),
            })
        })
    }

    /// All reported figures in the order they were reported: by year, and within a
    /// year in the order they were recorded (a source may give only the year).
    pub fn indicators(&self) -> Result<Vec<Indicator>, StoreError> {
        let mut statement = self
            .conn
            .prepare_cached(
                "SELECT id, as_of, scope, metric, value, qualifier, source_id, note FROM indicators
                  ORDER BY substr(as_of, 1, 4), id",
            )
            .map_err(|e| StoreError::from_sqlite(e, "reading reported figures"))?;
        let rows = statement
            .query_map([], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    row::text(r, 1).unwrap_or_default(),
                    row::text(r, 2).unwrap_or_default(),
                    row::text(r, 3).unwrap_or_default(),
                    match r.get_ref(4)? {
                        rusqlite::types::ValueRef::Integer(value) => Some(value),
                        _ => None,
                    },
                    row::text(r, 5),
                    row::integer(r, 6).unwrap_or(0),
                    row::text(r, 7),
                ))
            })
            .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
            .map_err(|e| StoreError::from_sqlite(e, "reading reported figures"))?;
        Ok(rows
            .into_iter()
            .filter_map(|(id, as_of, scope, metric, value, qualifier, source_id, note)| {
                // A figure another tool wrote against the schema is no figure: left out
                // here (so never shown or compared) and named by `check`.
                let metric = Metric::parse(&metric).ok()?;
                let value = value.filter(|v| (0..=metric.ceiling()).contains(v))?;
                Some(Indicator {
                    id,
                    as_of: as_of.parse().ok()?,
                    scope,
                    metric,
                    value,
                    over: qualifier.as_deref() == Some("over"),
                    source_id,
                    note,
                })
            })
            .collect())
    }
}

pub(crate) fn insert_indicator(tx: &rusqlite::Transaction<'_>, indicator: &NewIndicator) -> Result<i64, StoreError> {
    let exists: bool = tx
        .query_row(
            "SELECT EXISTS (SELECT 1 FROM sources WHERE id = ?1)",
            [indicator.source_id],
            |r| r.get(0),
        )
        .map_err(|e| StoreError::from_sqlite(e, "checking a source"))?;
    if !exists {
        return Err(StoreError::NoSuchSource {
            id: indicator.source_id,
        });
    }
    tx.execute(
        "INSERT INTO indicators (as_of, scope, metric, value, qualifier, source_id, note, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            indicator.as_of.to_string(),
            indicator.scope,
            indicator.metric.as_str(),
            indicator.value,
            indicator.over.then_some("over"),
            indicator.source_id,
            indicator.note,
            now_utc()
        ],
    )
    .map_err(|e| StoreError::from_sqlite(e, "recording a figure"))?;
    Ok(tx.last_insert_rowid())
}
