//! Reading projects: one by id or name, a window of a sorted and filtered list, the
//! totals of what a query shows, and where a project stands in that list.

use rusqlite::params_from_iter;

use super::{Dimension, ProjectQuery, Store, StoreError, row};
use crate::domain::{Project, reference, text};
use crate::store::Operation;

/// The totals of the projects a query shows; unknown figures are left out of the sums
/// and counted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Totals {
    pub projects: i64,
    /// Sum of the known investment figures, in dollars.
    pub investment: i64,
    /// How many projects have no investment figure (or one ortaq cannot read).
    pub investment_unknown: i64,
    pub jobs_planned: i64,
    pub jobs_planned_unknown: i64,
    pub jobs_created: i64,
    pub jobs_created_unknown: i64,
    /// How many projects hold a figure the schema forbids (negative, text, beyond the
    /// ceiling), written by another tool: left out of the sums, named by `check`.
    pub unreadable: i64,
}

/// The totals would not fit a 64-bit integer: said, never clamped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TotalsOverflow;

/// The totals of one group of a summary: the group's value in each dimension (`None`
/// where the value is unknown) and its totals.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupTotals {
    pub keys: Vec<Option<String>>,
    pub totals: Totals,
}

/// The aggregate columns, in the order [`totals_from_row`] reads them from `offset`.
/// With every figure within its ceiling, SQLite's integer sum cannot overflow below
/// 92 million projects; if it ever did, SQLite says so (never a clamped total).
fn totals_columns() -> &'static str {
    static COLUMNS: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    COLUMNS.get_or_init(|| {
        let [investment, planned, created] =
            super::valid::FIGURES.map(|(column, ceiling)| super::valid::readable_figure(column, ceiling));
        format!(
            "count(*), coalesce(sum({investment}), 0), count(*) - count({investment}), \
             coalesce(sum({planned}), 0), count(*) - count({planned}), \
             coalesce(sum({created}), 0), count(*) - count({created}), \
             count(*) - count(CASE WHEN (investment IS NULL OR {investment} IS NOT NULL) \
               AND (jobs_planned IS NULL OR {planned} IS NOT NULL) \
               AND (jobs_created IS NULL OR {created} IS NOT NULL) THEN 1 END)"
        )
    })
}

impl Totals {
    /// These totals and `other`'s together, or `TotalsOverflow`: never a clamped sum.
    pub fn plus(&self, other: &Totals) -> Result<Totals, TotalsOverflow> {
        let add = |a: i64, b: i64| a.checked_add(b).ok_or(TotalsOverflow);
        Ok(Totals {
            projects: add(self.projects, other.projects)?,
            investment: add(self.investment, other.investment)?,
            investment_unknown: add(self.investment_unknown, other.investment_unknown)?,
            jobs_planned: add(self.jobs_planned, other.jobs_planned)?,
            jobs_planned_unknown: add(self.jobs_planned_unknown, other.jobs_planned_unknown)?,
            jobs_created: add(self.jobs_created, other.jobs_created)?,
            jobs_created_unknown: add(self.jobs_created_unknown, other.jobs_created_unknown)?,
            unreadable: add(self.unreadable, other.unreadable)?,
        })
    }
}

/// Where totals are read from: the index of figures, which holds every column they and
/// the filters need, unless a search must read each project's text. Named rather than
/// left to the planner, which (with SQLite 3.54) prefers an index in the right order over
/// the one that holds the figures, and reads the table for every project.
fn totals_source(query: &ProjectQuery) -> &'static str {
    if query.search.trim().is_empty() {
        "projects INDEXED BY projects_live_figures"
    } else {
        "projects"
    }
}

fn totals_from_row(r: &rusqlite::Row<'_>, offset: usize) -> rusqlite::Result<Totals> {
    Ok(Totals {
        projects: r.get(offset)?,
        investment: r.get(offset + 1)?,
        investment_unknown: r.get(offset + 2)?,
        jobs_planned: r.get(offset + 3)?,
        jobs_planned_unknown: r.get(offset + 4)?,
        jobs_created: r.get(offset + 5)?,
        jobs_created_unknown: r.get(offset + 6)?,
        unreadable: r.get(offset + 7)?,
    })
}

/// Up to this many candidates from the search index, a search reads just those rows;
/// beyond, the words are common enough that walking the list in order finds a screenful
/// sooner.
const INDEXED_SEARCH_LIMIT: i64 = 2_000;

impl Store {
    /// The query's WHERE clause, using the search index when the search words are rare.
    pub(super) fn where_clause(
        &self,
        query: &ProjectQuery,
    ) -> Result<(String, Vec<rusqlite::types::Value>), StoreError> {
        let spelled;
        let query = if query.sectors.iter().any(Option::is_some) {
            spelled = self.with_stored_sectors(query)?;
            &spelled
        } else {
            query
        };
        let labels = self.search_labels;
        let Some(trigrams) = query.trigram_match_with(labels) else {
            return Ok(query.where_clause_with(labels));
        };
        let candidates: i64 = self
            .conn
            .prepare_cached(
                "SELECT count(*) FROM (SELECT 1 FROM project_search WHERE project_search MATCH ?1 LIMIT ?2)",
            )
            .and_then(|mut s| s.query_row(rusqlite::params![trigrams, INDEXED_SEARCH_LIMIT + 1], |r| r.get(0)))
            .map_err(|e| StoreError::from_sqlite(e, Operation::Searching))?;
        if candidates > INDEXED_SEARCH_LIMIT {
            return Ok(query.where_clause_with(labels));
        }
        Ok(query.where_clause_among(&trigrams, labels))
    }

    /// The query with each sector it asks for replaced by every stored spelling of it
    /// (`textiles` finds `Textiles` and `TEXTILES`; `Текстиль` finds `текстиль`), so that
    /// a sector filter matches the way search does and still reads the sector index.
    fn with_stored_sectors(&self, query: &ProjectQuery) -> Result<ProjectQuery, StoreError> {
        let stored = self.sectors()?;
        let mut sectors: Vec<Option<String>> = Vec::new();
        for wanted in &query.sectors {
            let spellings: Vec<Option<String>> = match wanted {
                None => vec![None],
                Some(wanted) => {
                    let folded = text::fold(wanted.trim());
                    let found: Vec<Option<String>> = stored
                        .iter()
                        .filter(|s| text::fold(s.trim()) == folded)
                        .map(|s| Some(s.clone()))
                        .collect();
                    if found.is_empty() {
                        vec![Some(wanted.clone())]
                    } else {
                        found
                    }
                }
            };
            for spelling in spellings {
                if !sectors.contains(&spelling) {
                    sectors.push(spelling);
                }
            }
        }
        Ok(ProjectQuery {
            sectors,
            ..query.clone()
        })
    }

    /// A project by id, deleted or not.
    pub fn project(&self, id: i64) -> Result<Project, StoreError> {
        let sql = format!("SELECT {} FROM projects WHERE id = ?1", row::PROJECT_COLUMNS);
        self.conn.query_row(&sql, [id], row::project).map_err(|e| match e {
            rusqlite::Error::QueryReturnedNoRows => StoreError::NotFound(format!("#{id}")),
            other => StoreError::from_sqlite(other, Operation::ReadingProject),
        })
    }

    /// A live project by id (`12`, `#12`) or by a fragment of its name that matches
    /// exactly one project (a whole-name match wins over fragments).
    pub fn find_project(&self, reference: &str) -> Result<Project, StoreError> {
        let trimmed = reference.trim();
        if let Some(id) = reference::parse_id(trimmed) {
            return match self.project(id) {
                Ok(project) if project.deleted_at.is_none() => Ok(project),
                Ok(project) => Err(StoreError::Deleted {
                    project: project.id,
                    undo: true,
                }),
                Err(error) => Err(error),
            };
        }
        let wanted = text::fold(trimmed);
        if wanted.is_empty() {
            return Err(StoreError::NotFound(reference.to_string()));
        }
        let (named, mut elsewhere) = self.projects_matching(&wanted)?;
        if named.is_empty() && elsewhere.is_empty() {
            elsewhere = self.projects_by_label(&wanted)?;
        }
        // A match in the name wins; the region, sector or partners are tried after.
        let matches = if named.is_empty() { elsewhere } else { named };
        let exact: Vec<&Project> = matches
            .iter()
            .filter(|p| text::fold(&p.name) == wanted || p.name_ru.as_deref().map(text::fold) == Some(wanted.clone()))
            .collect();
        match (matches.len(), exact.len()) {
            (_, 1) => Ok(exact[0].clone()),
            (1, _) => Ok(matches[0].clone()),
            (0, _) => Err(StoreError::NotFound(reference.to_string())),
            (count, _) => Err(StoreError::Ambiguous {
                reference: reference.to_string(),
                count,
                candidates: matches.iter().take(5).map(|p| (p.id, p.name.clone())).collect(),
            }),
        }
    }

    /// Live projects whose stored place or sector is shown by a label holding the
    /// fragment (`ангрен` for `Angren, [Tashkent region]` on a Russian screen), as the
    /// edge's labels say; none where it gave none.
    fn projects_by_label(&self, folded: &str) -> Result<Vec<Project>, StoreError> {
        let Some(labels) = self.search_labels else {
            return Ok(Vec::new());
        };
        let mut found: Vec<Project> = Vec::new();
        for stored in labels(folded).texts {
            let (named, elsewhere) = self.projects_matching(&stored)?;
            for project in named.into_iter().chain(elsewhere) {
                if !found.iter().any(|p| p.id == project.id) {
                    found.push(project);
                }
            }
        }
        found.sort_by_key(|p| p.id);
        Ok(found)
    }

    /// Live projects whose searchable text holds the fragment: those with it in a name,
    /// and the others.
    fn projects_matching(&self, folded: &str) -> Result<(Vec<Project>, Vec<Project>), StoreError> {
        let sql = format!(
            "SELECT {} FROM projects WHERE deleted_at IS NULL AND instr(search_text, ?1) > 0 ORDER BY id",
            row::PROJECT_COLUMNS
        );
        let mut statement = self
            .conn
            .prepare_cached(&sql)
            .map_err(|e| StoreError::from_sqlite(e, Operation::FindingProject))?;
        let rows = statement
            .query_map([folded], row::project)
            .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
            .map_err(|e| StoreError::from_sqlite(e, Operation::FindingProject))?;
        Ok(rows.into_iter().partition(|p| {
            text::fold(&p.name).contains(folded)
                || p.name_ru.as_deref().is_some_and(|ru| text::fold(ru).contains(folded))
        }))
    }

    /// Every project the query shows, in its order.
    pub fn projects(&self, query: &ProjectQuery) -> Result<Vec<Project>, StoreError> {
        self.project_window(query, 0, usize::MAX)
    }

    /// The projects at positions `offset..offset + limit` of the query's list.
    pub fn project_window(
        &self,
        query: &ProjectQuery,
        offset: usize,
        limit: usize,
    ) -> Result<Vec<Project>, StoreError> {
        let (clause, mut params) = self.where_clause(query)?;
        let sql = format!(
            "SELECT {} FROM projects WHERE {clause} ORDER BY {} LIMIT ? OFFSET ?",
            row::PROJECT_COLUMNS,
            query.order_clause()
        );
        params.push(i64::try_from(limit).unwrap_or(i64::MAX).into());
        params.push(i64::try_from(offset).unwrap_or(i64::MAX).into());
        let mut statement = self
            .conn
            .prepare_cached(&sql)
            .map_err(|e| StoreError::from_sqlite(e, Operation::ListingProjects))?;
        statement
            .query_map(params_from_iter(params), row::project)
            .and_then(|rows| rows.collect())
            .map_err(|e| StoreError::from_sqlite(e, Operation::ListingProjects))
    }

    /// How many projects the query shows, and their totals.
    pub fn totals(&self, query: &ProjectQuery) -> Result<Totals, StoreError> {
        let (clause, params) = self.where_clause(query)?;
        let sql = format!(
            "SELECT {} FROM {} WHERE {clause}",
            totals_columns(),
            totals_source(query)
        );
        self.conn
            .query_row(&sql, params_from_iter(params), |r| totals_from_row(r, 0))
            .map_err(|e| StoreError::from_sqlite(e, Operation::AddingUpProjects))
    }

    /// The totals of the query's projects grouped by one or more dimensions, groups in
    /// the dimensions' own order (status in lifecycle order), unknown values last.
    pub fn grouped_totals(&self, query: &ProjectQuery, by: &[Dimension]) -> Result<Vec<GroupTotals>, StoreError> {
        if by.is_empty() {
            return Ok(vec![GroupTotals {
                keys: Vec::new(),
                totals: self.totals(query)?,
            }]);
        }
        let (clause, params) = self.where_clause(query)?;
        let columns: Vec<String> = by.iter().map(|d| d.group_key()).collect();
        let sql = format!(
            "SELECT {keys}, {totals} FROM {source} WHERE {clause} GROUP BY {keys}",
            keys = columns.join(", "),
            totals = totals_columns(),
            source = totals_source(query)
        );
        let mut statement = self
            .conn
            .prepare_cached(&sql)
            .map_err(|e| StoreError::from_sqlite(e, Operation::Summarising))?;
        let groups: Vec<GroupTotals> = statement
            .query_map(params_from_iter(params), |r| {
                Ok(GroupTotals {
                    keys: (0..by.len()).map(|i| row::text(r, i)).collect(),
                    totals: totals_from_row(r, by.len())?,
                })
            })
            .and_then(|rows| rows.collect::<Result<_, _>>())
            .map_err(|e| StoreError::from_sqlite(e, Operation::Summarising))?;
        let mut groups = merge_spellings(groups, by)?;
        groups.sort_by(|a, b| {
            by.iter()
                .zip(a.keys.iter().zip(&b.keys))
                .map(|(dimension, (x, y))| dimension.compare(x.as_deref(), y.as_deref()))
                .find(|ordering| ordering.is_ne())
                .unwrap_or(std::cmp::Ordering::Equal)
        });
        Ok(groups)
    }

    /// Where the project stands in the query's list, if the query shows it.
    pub fn position_of(&self, query: &ProjectQuery, id: i64) -> Result<Option<usize>, StoreError> {
        let (clause, mut params) = self.where_clause(query)?;
        let sql = format!(
            "SELECT position FROM (SELECT id, row_number() OVER (ORDER BY {}) - 1 AS position
               FROM projects WHERE {clause}) WHERE id = ?",
            query.order_clause()
        );
        params.push(id.into());
        let found = self
            .conn
            .query_row(&sql, params_from_iter(params), |r| r.get::<_, i64>(0));
        match found {
            Ok(position) => Ok(usize::try_from(position).ok()),
            Err(rusqlite::Error::QueryReturnedNoRows) => Ok(None),
            Err(e) => Err(StoreError::from_sqlite(e, Operation::FindingProjectInList)),
        }
    }

    /// The sectors in use, in alphabetical order. Read by hopping through the sector
    /// index from one sector to the next, so a million projects in a dozen sectors cost
    /// a dozen lookups, not a million rows.
    pub fn sectors(&self) -> Result<Vec<String>, StoreError> {
        let mut statement = self
            .conn
            .prepare_cached(
                "WITH RECURSIVE used (sector) AS (
                     SELECT min(sector) FROM projects WHERE deleted_at IS NULL AND sector IS NOT NULL
                     UNION ALL
                     SELECT (SELECT min(sector) FROM projects WHERE deleted_at IS NULL AND sector > used.sector)
                       FROM used WHERE used.sector IS NOT NULL
                 )
                 SELECT sector FROM used WHERE sector IS NOT NULL ORDER BY sector COLLATE NOCASE",
            )
            .map_err(|e| StoreError::from_sqlite(e, Operation::ListingSectors))?;
        statement
            .query_map([], |r| Ok(row::text(r, 0).unwrap_or_default()))
            .and_then(|rows| rows.collect())
            .map_err(|e| StoreError::from_sqlite(e, Operation::ListingSectors))
    }
}

/// Groups whose sector differs only in case (`Textiles`, `textiles`, `ТЕКСТИЛЬ`) are one
/// group, as the sector filter treats them: named by the spelling most projects use.
fn merge_spellings(groups: Vec<GroupTotals>, by: &[Dimension]) -> Result<Vec<GroupTotals>, StoreError> {
    if !by.contains(&Dimension::Sector) {
        return Ok(groups);
    }
    let folded = |keys: &[Option<String>]| -> Vec<Option<String>> {
        keys.iter()
            .zip(by)
            .map(|(key, dimension)| match dimension {
                Dimension::Sector => key.as_deref().map(|k| text::fold(k.trim())),
                _ => key.clone(),
            })
            .collect()
    };
    let mut merged: Vec<(Vec<Option<String>>, GroupTotals, i64)> = Vec::new();
    for group in groups {
        let key = folded(&group.keys);
        match merged.iter_mut().find(|(k, _, _)| *k == key) {
            Some((_, into, most)) => {
                if group.totals.projects > *most {
                    *most = group.totals.projects;
                    into.keys = group.keys.clone();
                }
                into.totals = into.totals.plus(&group.totals)?;
            }
            None => {
                let most = group.totals.projects;
                merged.push((key, group, most));
            }
        }
    }
    Ok(merged.into_iter().map(|(_, group, _)| group).collect())
}
