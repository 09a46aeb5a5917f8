//! Portfolio figures as officially reported, one figure a row, each with its source.

use rusqlite::params;

use super::{Store, StoreError, now_utc, row};
use crate::domain::{DomainError, EdtfDate, Problem, text};

/// What a reported figure counts. Kinds are never added up or compared with another:
/// jobs already created are not jobs the projects are to create.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Metric {
    Projects,
    /// US dollars.
    Investment,
    /// Jobs already there ("have created more than 14,000 jobs").
    JobsCreated,
    /// Jobs the projects are to create ("will provide 13,600 new jobs").
    JobsPlanned,
    /// Jobs recorded before ortaq told created from planned apart.
    Jobs,
    TradeContracts,
    /// US dollars: what the trade contracts are worth.
    TradeContractsValue,
}

impl Metric {
    pub const ALL: [Metric; 7] = [
        Metric::Projects,
        Metric::Investment,
        Metric::JobsCreated,
        Metric::JobsPlanned,
        Metric::Jobs,
        Metric::TradeContracts,
        Metric::TradeContractsValue,
    ];

    /// The stored code, also what the CLI and the exchange formats take.
    pub fn as_str(self) -> &'static str {
        match self {
            Metric::Projects => "projects",
            Metric::Investment => "investment",
            Metric::JobsCreated => "jobs_created",
            Metric::JobsPlanned => "jobs_planned",
            Metric::Jobs => "jobs",
            Metric::TradeContracts => "trade_contracts",
            Metric::TradeContractsValue => "trade_contracts_value",
        }
    }

    /// Whether the figure is in US dollars (otherwise it is a count).
    pub fn is_money(self) -> bool {
        matches!(self, Metric::Investment | Metric::TradeContractsValue)
    }

    /// The largest figure of this kind ortaq accepts.
    pub fn ceiling(self) -> i64 {
        if self.is_money() {
            crate::domain::MAX_INVESTMENT
        } else {
            crate::domain::MAX_COUNT
        }
    }

    /// Reads a stored code, also with `-` or a space for `_` (`jobs-created`).
    pub fn parse(name: &str) -> Result<Self, DomainError> {
        let wanted = name.trim().to_lowercase().replace(['-', ' '], "_");
        Self::ALL.into_iter().find(|m| m.as_str() == wanted).ok_or_else(|| {
            DomainError::new(Problem::UnknownMetric {
                input: name.trim().to_string(),
            })
        })
    }
}

/// How the text gives a figure: exactly, or "over", "about", "up to" it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Qualifier {
    #[default]
    Exact,
    /// "more than", "over", "свыше", "более".
    Over,
    /// "about", "around", "около", "порядка".
    About,
    /// "up to", "до".
    UpTo,
}

impl Qualifier {
    pub const ALL: [Qualifier; 4] = [Qualifier::Exact, Qualifier::Over, Qualifier::About, Qualifier::UpTo];

    /// The stored code, also what the CLI and the exchange formats take.
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::Over => "over",
            Qualifier::About => "about",
            Qualifier::UpTo => "up_to",
        }
    }

    /// Reads a stored code, also with `-` or a space for `_` (`up to`).
    pub fn parse(name: &str) -> Result<Self, DomainError> {
        let wanted = name.trim().to_lowercase().replace(['-', ' '], "_");
        Self::ALL.into_iter().find(|q| q.as_str() == wanted).ok_or_else(|| {
            DomainError::new(Problem::UnknownQualifier {
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
    /// How the text gives it: exactly, "over", "about", "up to".
    pub qualifier: Qualifier,
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
    pub qualifier: Qualifier,
    pub source_id: i64,
    pub note: Option<String>,
}

impl NewIndicator {
    pub fn new(
        as_of: EdtfDate,
        scope: &str,
        metric: Metric,
        value: i64,
        qualifier: Qualifier,
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
            qualifier,
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
                qualifier: indicator.qualifier,
                source_id: indicator.source_id,
                note: indicator.note.clone(),
            })
        })
    }

    /// All reported figures in the order they were reported: by their earliest possible
    /// day, then their latest (a source may give only a year, a season or a bound), then
    /// in the order they were recorded.
    pub fn indicators(&self) -> Result<Vec<Indicator>, StoreError> {
        let mut statement = self
            .conn
            .prepare_cached(
                "SELECT id, as_of, scope, metric, value, qualifier, source_id, note FROM indicators ORDER BY id",
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
        let mut figures: Vec<Indicator> = rows
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
                    qualifier: Qualifier::parse(qualifier.as_deref().unwrap_or("exact")).ok()?,
                    source_id,
                    note,
                })
            })
            .collect();
        // Rows come in id order and the sort is stable: ties stay in the order recorded.
        figures.sort_by(|a, b| a.as_of.cmp(&b.as_of));
        Ok(figures)
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
            indicator.qualifier.as_str(),
            indicator.source_id,
            indicator.note,
            now_utc()
        ],
    )
    .map_err(|e| StoreError::from_sqlite(e, "recording a figure"))?;
    Ok(tx.last_insert_rowid())
}
