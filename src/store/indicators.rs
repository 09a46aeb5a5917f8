//! Portfolio figures as officially reported, one figure a row, each with its source.

use rusqlite::{OptionalExtension, params};

use super::{Store, StoreError, figure_log, now_utc, row};
use crate::domain::{DomainError, EdtfDate, Metric, Problem, Qualifier, scope_code, text};
use crate::store::Operation;

/// One reported figure: "as of 2024-07-12, the portfolio had 69 projects".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Indicator {
    pub id: i64,
    pub as_of: EdtfDate,
    /// What is counted: `portfolio`, `implemented`, `in preparation`, ...
    pub scope: String,
    pub metric: Metric,
    pub value: i64,
    /// How the text gives it: exactly, "over", "at least", "about", "up to".
    pub qualifier: Qualifier,
    pub source_id: i64,
    pub note: Option<String>,
    /// When and by whom the figure was removed; `None` for a live one.
    pub removed: Option<Removal>,
    /// The figure this one corrects.
    pub replaces: Option<i64>,
}

/// When (UTC, RFC 3339, as stored) and by whom a figure was removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Removal {
    pub at: String,
    pub by: String,
}

/// A new value for a recorded figure: the rest (date, scope, kind, source) stays.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Correction {
    pub value: i64,
    /// `None` keeps the corrected figure's.
    pub qualifier: Option<Qualifier>,
    /// `None` keeps the corrected figure's.
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
        let scope = scope_code(scope);
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
    /// Records a figure, unless a live one already has its date, scope, kind and source
    /// (a second would silently stand beside it in the trend): that one is named instead.
    pub fn add_indicator(&mut self, indicator: &NewIndicator) -> Result<Indicator, StoreError> {
        self.write_needing(Some(super::Role::Admin), Operation::RecordingFigure, |tx, author| {
            refuse_twin(tx, indicator)?;
            let id = insert_indicator(tx, indicator, author)?;
            let edit = super::edit::next_edit(tx)?;
            figure_log::log(tx, edit, id, figure_log::ADDED, author, "do", None)?;
            Ok(recorded(id, indicator, None))
        })
    }

    /// Removes a live figure: the row stays, with when and by whom, out of every list,
    /// trend and comparison.
    pub fn remove_indicator(&mut self, id: i64) -> Result<Indicator, StoreError> {
        self.write_needing(Some(super::Role::Admin), Operation::RemovingFigure, |tx, author| {
            let mut figure = live_figure(tx, id)?;
            figure.removed = Some(mark_removed(tx, id, author)?);
            let edit = super::edit::next_edit(tx)?;
            figure_log::log(tx, edit, id, figure_log::REMOVED, author, "do", None)?;
            Ok(figure)
        })
    }

    /// Corrects a live figure in one write: it is removed and a new one, naming it,
    /// recorded with the same date, scope, kind and source.
    pub fn correct_indicator(&mut self, id: i64, correction: &Correction) -> Result<Indicator, StoreError> {
        self.write_needing(Some(super::Role::Admin), Operation::CorrectingFigure, |tx, author| {
            let old = live_figure(tx, id)?;
            let new = NewIndicator::new(
                old.as_of.clone(),
                &old.scope,
                old.metric,
                correction.value,
                correction.qualifier.unwrap_or(old.qualifier),
                old.source_id,
                correction.note.as_deref().or(old.note.as_deref()),
            )?;
            mark_removed(tx, id, author)?;
            refuse_twin(tx, &new)?;
            let new_id = insert_indicator(tx, &new, author)?;
            tx.execute("UPDATE indicators SET replaces = ?1 WHERE id = ?2", params![id, new_id])
                .map_err(|e| StoreError::from_sqlite(e, Operation::CorrectingFigure))?;
            let edit = super::edit::next_edit(tx)?;
            figure_log::log(tx, edit, id, figure_log::REMOVED, author, "do", None)?;
            figure_log::log(tx, edit, new_id, figure_log::ADDED, author, "do", None)?;
            Ok(recorded(new_id, &new, Some(id)))
        })
    }

    /// The live reported figures in the order they were reported: by their earliest
    /// possible day, then their latest (a source may give only a year, a season or a
    /// bound), then in the order they were recorded.
    pub fn indicators(&self) -> Result<Vec<Indicator>, StoreError> {
        read_figures(&self.conn, "WHERE removed_at IS NULL")
    }

    /// The live figure `id`, or why there is none (none such, or removed).
    pub fn indicator(&self, id: i64) -> Result<Indicator, StoreError> {
        live_figure(&self.conn, id)
    }

    /// Every reported figure, the removed ones too, in the same order.
    pub fn all_indicators(&self) -> Result<Vec<Indicator>, StoreError> {
        read_figures(&self.conn, "")
    }
}

/// A reported figure recorded, or removed, in a window of time of entry: when (UTC,
/// RFC 3339, as stored) and by whom (unknown for figures recorded before schema 5).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FigureEntry {
    pub figure: Indicator,
    pub at: String,
    pub by: Option<String>,
}

/// The figures recorded and those removed from `since` up to (not including) `until`,
/// each in the order entered. A correction is both: the new figure, and the old removed.
pub(super) fn figures_entered(
    conn: &rusqlite::Connection,
    since: &str,
    until: &str,
) -> Result<(Vec<FigureEntry>, Vec<FigureEntry>), StoreError> {
    let read = |at: &str, by: &str| -> Result<Vec<FigureEntry>, StoreError> {
        // `at` and `by` are fixed column names, never user text.
        let sql = format!(
            "SELECT {FIGURE_COLUMNS}, {at}, {by} FROM indicators
              WHERE {at} >= ?1 AND {at} < ?2 ORDER BY {at}, id"
        );
        let mut statement = conn
            .prepare_cached(&sql)
            .map_err(|e| StoreError::from_sqlite(e, Operation::ReadingFigures))?;
        let rows = statement
            .query_map(params![since, until], |r| {
                Ok(figure_row(r).map(|figure| FigureEntry {
                    figure,
                    at: row::text(r, 11).unwrap_or_default(),
                    by: row::text(r, 12),
                }))
            })
            .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
            .map_err(|e| StoreError::from_sqlite(e, Operation::ReadingFigures))?;
        Ok(rows.into_iter().flatten().collect())
    };
    Ok((read("created_at", "recorded_by")?, read("removed_at", "removed_by")?))
}

/// The figure just written, as it was recorded.
fn recorded(id: i64, indicator: &NewIndicator, replaces: Option<i64>) -> Indicator {
    Indicator {
        id,
        as_of: indicator.as_of.clone(),
        scope: indicator.scope.clone(),
        metric: indicator.metric,
        value: indicator.value,
        qualifier: indicator.qualifier,
        source_id: indicator.source_id,
        note: indicator.note.clone(),
        removed: None,
        replaces,
    }
}

const FIGURE_COLUMNS: &str =
    "id, as_of, scope, metric, value, qualifier, source_id, note, removed_at, removed_by, replaces";

/// The figures `filter` (a fixed SQL clause, never user text) keeps, in reported order.
fn read_figures(conn: &rusqlite::Connection, filter: &str) -> Result<Vec<Indicator>, StoreError> {
    let sql = format!("SELECT {FIGURE_COLUMNS} FROM indicators {filter} ORDER BY id");
    let mut statement = conn
        .prepare_cached(&sql)
        .map_err(|e| StoreError::from_sqlite(e, Operation::ReadingFigures))?;
    let rows = statement
        .query_map([], |r| Ok(figure_row(r)))
        .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
        .map_err(|e| StoreError::from_sqlite(e, Operation::ReadingFigures))?;
    let mut figures: Vec<Indicator> = rows.into_iter().flatten().collect();
    // Rows come in id order and the sort is stable: ties stay in the order recorded.
    figures.sort_by(|a, b| a.as_of.cmp(&b.as_of));
    Ok(figures)
}

/// A row of [`FIGURE_COLUMNS`] as a figure. A figure another tool wrote against the
/// schema is no figure: left out (so never shown or compared) and named by `check`.
fn figure_row(r: &rusqlite::Row<'_>) -> Option<Indicator> {
    let metric = Metric::parse(&row::text(r, 3)?).ok()?;
    let value = match r.get_ref(4).ok()? {
        rusqlite::types::ValueRef::Integer(value) if (0..=metric.ceiling()).contains(&value) => value,
        _ => return None,
    };
    let removed = row::text(r, 8).map(|at| Removal {
        at,
        by: row::text(r, 9).unwrap_or_default(),
    });
    Some(Indicator {
        id: r.get(0).ok()?,
        as_of: row::text(r, 1)?.parse().ok()?,
        scope: row::text(r, 2).unwrap_or_default(),
        metric,
        value,
        qualifier: Qualifier::parse(row::text(r, 5).as_deref().unwrap_or("exact")).ok()?,
        source_id: row::integer(r, 6).unwrap_or(0),
        note: row::text(r, 7),
        removed,
        replaces: row::integer(r, 10),
    })
}

/// The figure `id`, live or removed.
pub(super) fn any_figure(tx: &rusqlite::Connection, id: i64) -> Result<Indicator, StoreError> {
    let sql = format!("SELECT {FIGURE_COLUMNS} FROM indicators WHERE id = ?1");
    tx.query_row(&sql, [id], |r| Ok(figure_row(r)))
        .optional()
        .map_err(|e| StoreError::from_sqlite(e, Operation::ReadingFigure))?
        .flatten()
        .ok_or(StoreError::NoSuchFigure { id })
}

/// The live figure `id`, or why there is none to change.
fn live_figure(tx: &rusqlite::Connection, id: i64) -> Result<Indicator, StoreError> {
    let sql = format!("SELECT {FIGURE_COLUMNS} FROM indicators WHERE id = ?1");
    let found = tx
        .query_row(&sql, [id], |r| Ok(figure_row(r)))
        .optional()
        .map_err(|e| StoreError::from_sqlite(e, Operation::ReadingFigure))?;
    match found {
        None => Err(StoreError::NoSuchFigure { id }),
        // Unreadable: `check` names it; it is not changed blind.
        Some(None) => Err(StoreError::NoSuchFigure { id }),
        Some(Some(figure)) if figure.removed.is_some() => Err(StoreError::FigureRemoved { id }),
        Some(Some(figure)) => Ok(figure),
    }
}

fn mark_removed(tx: &rusqlite::Transaction<'_>, id: i64, author: &str) -> Result<Removal, StoreError> {
    let removal = Removal {
        at: now_utc(),
        by: author.to_string(),
    };
    tx.execute(
        "UPDATE indicators SET removed_at = ?1, removed_by = ?2 WHERE id = ?3 AND removed_at IS NULL",
        params![removal.at, removal.by, id],
    )
    .map_err(|e| StoreError::from_sqlite(e, Operation::RemovingFigure))?;
    Ok(removal)
}

/// Refuses a figure with the date, scope, kind and source of a live one, naming it.
fn refuse_twin(tx: &rusqlite::Transaction<'_>, indicator: &NewIndicator) -> Result<(), StoreError> {
    let sql = format!(
        "SELECT {FIGURE_COLUMNS} FROM indicators
         WHERE removed_at IS NULL AND as_of = ?1 AND scope = ?2 AND metric = ?3 AND source_id = ?4
         ORDER BY id LIMIT 1"
    );
    let twin = tx
        .query_row(
            &sql,
            params![
                indicator.as_of.to_string(),
                indicator.scope,
                indicator.metric.as_str(),
                indicator.source_id
            ],
            |r| Ok(figure_row(r)),
        )
        .optional()
        .map_err(|e| StoreError::from_sqlite(e, Operation::CheckingSameFigure))?;
    match twin.flatten() {
        Some(existing) => Err(StoreError::FigureExists {
            existing: Box::new(existing),
        }),
        None => Ok(()),
    }
}

pub(crate) fn insert_indicator(
    tx: &rusqlite::Transaction<'_>,
    indicator: &NewIndicator,
    author: &str,
) -> Result<i64, StoreError> {
    indicator
        .as_of
        .refuse_future(chrono::Utc::now().date_naive())
        .map_err(StoreError::Domain)?;
    let exists: bool = tx
        .query_row(
            "SELECT EXISTS (SELECT 1 FROM sources WHERE id = ?1)",
            [indicator.source_id],
            |r| r.get(0),
        )
        .map_err(|e| StoreError::from_sqlite(e, Operation::CheckingSource))?;
    if !exists {
        return Err(StoreError::NoSuchSource {
            id: indicator.source_id,
        });
    }
    tx.execute(
        "INSERT INTO indicators (as_of, scope, metric, value, qualifier, source_id, note, created_at, recorded_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            indicator.as_of.to_string(),
            indicator.scope,
            indicator.metric.as_str(),
            indicator.value,
            indicator.qualifier.as_str(),
            indicator.source_id,
            indicator.note,
            now_utc(),
            author
        ],
    )
    .map_err(|e| StoreError::from_sqlite(e, Operation::RecordingFigure))?;
    Ok(tx.last_insert_rowid())
}
