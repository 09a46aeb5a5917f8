//! The seed as ortaq wrote it up to schema version 4, corrected in a database being
//! upgraded to version 5.
//!
//! Version 5 re-read the five articles: the sources that print no date got the bounds
//! their texts support instead of a bare year (with the reasoning in their notes), and a
//! jobs figure says whether the jobs were created or are planned. A database made by an
//! older ortaq still holds the old seed's rows. They are found by what the old seed wrote
//! (a source's publisher, title and date; an update's source and date; a figure's source,
//! scope, value and date) and given what `seed/portfolio.json` says now. A row that an
//! analyst added or changed does not match, and keeps what it holds.

use rusqlite::{Connection, params};

use super::StoreError;
use super::seed::{Seed, SeedSource};

/// What the seed of schema versions 1 to 4 wrote for each source, by its seed key.
struct OldSource {
    key: &'static str,
    published: &'static str,
    /// The date of the source's one update in the seed.
    update_date: Option<&'static str>,
    /// The date of the figures it reported.
    figures_as_of: &'static str,
}

const OLD_SOURCES: [OldSource; 5] = [
    OldSource {
        key: "informkz",
        published: "2024",
        update_date: Some("2024"),
        figures_as_of: "2024",
    },
    OldSource {
        key: "tca",
        published: "2024",
        update_date: Some("2024-07-12"),
        figures_as_of: "2024-07-12",
    },
    OldSource {
        key: "gov-uz",
        published: "2021",
        update_date: Some("2021-11"),
        figures_as_of: "",
    },
    OldSource {
        key: "uza",
        published: "2024",
        update_date: Some("2024"),
        figures_as_of: "2024",
    },
    OldSource {
        key: "baq",
        published: "2025",
        update_date: Some("2025"),
        figures_as_of: "2025",
    },
];

/// Corrects the old seed's rows; run inside the upgrade's transaction.
pub(super) fn correct_seed_of_version_4(conn: &Connection) -> Result<(), StoreError> {
    let seed = Seed::parse()?;
    for old in &OLD_SOURCES {
        let Some(new) = seed.sources.iter().find(|s| s.key == old.key) else {
            return Err(StoreError::Internal(format!(
                "the built-in seed has no source {:?}",
                old.key
            )));
        };
        for id in old_source_ids(conn, new, old)? {
            correct_source(conn, &seed, new, old, id)?;
        }
    }
    Ok(())
}

/// The sources the old seed wrote for this key (an import may have copied one).
fn old_source_ids(conn: &Connection, new: &SeedSource, old: &OldSource) -> Result<Vec<i64>, StoreError> {
    let sql = |e| StoreError::from_sqlite(e, "correcting the seed");
    let mut statement = conn
        .prepare("SELECT id FROM sources WHERE publisher = ?1 AND title = ?2 AND published = ?3")
        .map_err(sql)?;
    statement
        .query_map(params![new.publisher, new.title, old.published], |r| r.get(0))
        .and_then(|rows| rows.collect())
        .map_err(sql)
}

fn correct_source(
    conn: &Connection,
    seed: &Seed,
    new: &SeedSource,
    old: &OldSource,
    id: i64,
) -> Result<(), StoreError> {
    let sql = |e| StoreError::from_sqlite(e, "correcting the seed");
    conn.execute(
        "UPDATE sources SET published = ?1, note = ?2 WHERE id = ?3",
        params![new.published, new.note, id],
    )
    .map_err(sql)?;
    let updates: Vec<&str> = seed
        .projects
        .iter()
        .flat_map(|p| &p.updates)
        .filter(|u| u.source == new.key)
        .map(|u| u.date.as_str())
        .collect();
    if let (Some(old_date), [new_date]) = (old.update_date, updates.as_slice()) {
        conn.execute(
            "UPDATE updates SET date = ?1 WHERE source_id = ?2 AND date = ?3",
            params![new_date, id, old_date],
        )
        .map_err(sql)?;
    }
    for figure in seed.indicators.iter().filter(|i| i.source == new.key) {
        // Before version 5 a jobs figure was only 'jobs'.
        let old_metric = if figure.metric.starts_with("jobs_") {
            "jobs"
        } else {
            figure.metric.as_str()
        };
        conn.execute(
            "UPDATE indicators SET as_of = ?1, metric = ?2, qualifier = ?3, note = ?4
              WHERE source_id = ?5 AND scope = lower(?6) AND value = ?7 AND as_of = ?8 AND metric = ?9",
            params![
                figure.as_of,
                figure.metric,
                figure.qualifier.as_deref().unwrap_or("exact"),
                figure.note,
                id,
                figure.scope,
                figure.value,
                old.figures_as_of,
                old_metric
            ],
        )
        .map_err(sql)?;
    }
    Ok(())
}
