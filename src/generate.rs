//! A deterministic synthetic portfolio for benchmarks: N projects named `Gen 000042 ...`
//! (so a benchmark can tell when rows are on the screen) with plausible countries,
//! regions, sectors, statuses and figures (some unknown), three updates and two audit
//! rows each. Written straight through SQLite in one transaction, so a million
//! projects take seconds, not minutes.

use std::path::Path;

use anyhow::{Context, Result, bail};
use rusqlite::{Connection, params};

use crate::store::{OpenOptions, Store, search_text};

/// A small deterministic generator (xorshift), so every run writes the same data.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }
}

const REGIONS_KZ: &[&str] = &[
    "Kostanay region",
    "Karaganda region",
    "Turkestan region",
    "Shymkent",
    "Almaty",
    "Astana",
    "Kyzylorda region",
    "Mangystau region",
];
const REGIONS_UZ: &[&str] = &[
    "Tashkent region",
    "Samarkand region",
    "Navoi region",
    "Syrdarya region",
    "Karakalpakstan",
    "Fergana region",
    "Andijan region",
];
const SECTORS: &[&str] = &[
    "automotive",
    "textiles",
    "construction materials",
    "household appliances",
    "food industry",
    "chemicals",
    "pharmaceuticals",
    "metallurgy",
    "machine building",
    "transport",
    "energy",
    "agriculture",
];
const STATUSES: &[&str] = &[
    "proposed",
    "agreed",
    "construction",
    "operating",
    "suspended",
    "cancelled",
];
const KINDS: &[&str] = &["plant", "factory", "cluster", "terminal", "workshop", "complex"];

/// Writes `projects` generated projects into a new database at `out`.
pub fn generate(out: &Path, projects: u64) -> Result<()> {
    if out.exists() {
        bail!("{} exists; choose a new path", out.display());
    }
    drop(Store::open_with(
        out,
        &OpenOptions {
            seed: false,
            read_only: false,
        },
    )?);
    let mut conn = Connection::open(out).context("opening the new database")?;
    // A new file that is thrown away if this fails: no journal is needed while writing.
    conn.execute_batch("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -2000000; PRAGMA temp_store = MEMORY;")?;
    let tx = conn.transaction()?;
    // Building each index (and the search index its triggers keep) once at the end is
    // several times faster than keeping it in order through millions of inserts.
    let indexes: Vec<String> = tx
        .prepare(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL
               AND (type = 'index' OR (type = 'trigger' AND name LIKE 'project_search_%'))",
        )?
        .query_map([], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?))
        })?
        .collect::<Result<Vec<_>, _>>()?
        .into_iter()
        .map(|(kind, name, sql)| {
            let kind = if kind == "index" { "INDEX" } else { "TRIGGER" };
            tx.execute_batch(&format!("DROP {kind} \"{name}\""))?;
            Ok(sql)
        })
        .collect::<Result<_>>()?;
    tx.execute(
        "INSERT INTO sources (publisher, title, published, created_at) VALUES ('ortaq gen', 'Generated data', '2026', '2026-01-01T00:00:00Z')",
        [],
    )?;
    {
        let mut project = tx.prepare(
            "INSERT INTO projects (id, name, country, region, sector, status, investment, jobs_planned, jobs_created,
                                   partners, started, source_id, search_text, version, created_at, updated_at,
                                   latitude, longitude)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 1, ?12, 2, ?13, ?13, ?14, ?15)",
        )?;
        let mut update = tx.prepare("INSERT INTO updates (project_id, date, text, author, source_id, created_at) VALUES (?1, ?2, ?3, 'gen', 1, ?4)")?;
        let mut change = tx.prepare(
            "INSERT INTO changes (edit, project_id, field, old_value, new_value, author, changed_at) VALUES (?1, ?2, ?3, ?4, ?5, 'gen', ?6)",
        )?;
        let mut random = Random(0x9e37_79b9_7f4a_7c15);
        // Positions from a generator of their own, so the other values stay as they were.
        let mut places = Random(0x2545_f491_4f6c_dd1d);
        let mut edit = 0_i64;
        for id in 1..=projects as i64 {
            let country = ["KZ", "UZ", "KZ+UZ"][random.below(3) as usize];
            let region = if country == "UZ" {
                random.pick(REGIONS_UZ)
            } else {
                random.pick(REGIONS_KZ)
            };
            let sector = random.pick(SECTORS);
            let status = random.pick(STATUSES);
            let name = format!("Gen {id:06} {} {}", sector, random.pick(KINDS));
            let investment = (random.below(10) > 1).then(|| (random.below(5_000) as i64 + 1) * 100_000);
            let planned = (random.below(10) > 2).then(|| random.below(3_000) as i64);
            let created = planned.filter(|_| random.below(2) == 0).map(|p| p / 2);
            let year = 2018 + random.below(8);
            let stamp = format!("{year}-0{}-1{}T10:00:00Z", 1 + random.below(9), random.below(10));
            let search = search_text([Some(&name), None, Some(region), Some(sector), Some("Gen partners")]);
            let (latitude, longitude) = position(&mut places, country).unzip();
            project.execute(params![
                id,
                name,
                country,
                region,
                sector,
                status,
                investment,
                planned,
                created,
                "Gen partners",
                year.to_string(),
                search,
                stamp,
                latitude,
                longitude
            ])?;
            for n in 0..3 {
                update.execute(params![
                    id,
                    format!("{}-0{}", year + n / 2, 1 + n),
                    format!("Progress report {n} for project {id}"),
                    stamp
                ])?;
            }
            edit += 1;
            change.execute(params![edit, id, "created", None::<String>, name, stamp])?;
            edit += 1;
            change.execute(params![edit, id, "status", "proposed", status, stamp])?;
        }
    }
    tx.execute_batch("INSERT INTO project_search (project_search) VALUES ('rebuild')")?;
    for sql in indexes {
        tx.execute_batch(&sql)?;
    }
    tx.commit()?;
    // Full statistics: sampled ones misjudge how many projects share a status, and the
    // planner then sorts a sixth of the table where walking the name index finds a page.
    conn.execute_batch("ANALYZE; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;")?;
    Ok(())
}

/// A position inside the country's box (in millionths of a degree, as stored), or none
/// for one project in ten, as a portfolio has projects not yet located.
fn position(random: &mut Random, country: &str) -> Option<(String, String)> {
    if random.below(10) == 0 {
        return None;
    }
    let ((south, north), (west, east)) = match country {
        "UZ" => ((38_500_000, 43_500_000), (56_500_000, 71_500_000)),
        "KZ" => ((42_000_000, 53_500_000), (52_000_000, 81_000_000)),
        _ => ((40_500_000, 43_000_000), (67_000_000, 70_500_000)),
    };
    let within = |random: &mut Random, (low, high): (u64, u64)| low + random.below(high - low);
    let (latitude, longitude) = (within(random, (south, north)), within(random, (west, east)));
    let degrees = |micro: u64| format!("{}.{:06}", micro / 1_000_000, micro % 1_000_000);
    Some((degrees(latitude), degrees(longitude)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::ProjectQuery;

    fn generated(dir: &Path, name: &str, n: u64) -> Store {
        let path = dir.join(name);
        generate(&path, n).unwrap();
        Store::open(&path).unwrap()
    }

    #[test]
    fn writes_a_sound_deterministic_database_with_every_index() {
        let dir = tempfile::tempdir().unwrap();
        let store = generated(dir.path(), "a.db", 250);
        let report = store.check().unwrap();
        assert_eq!(report.integrity, vec!["ok".to_string()]);
        assert!(report.foreign_keys.is_empty());
        assert_eq!((report.projects, report.updates, report.changes), (250, 750, 500));

        let projects = store.projects(&ProjectQuery::default()).unwrap();
        assert!(projects.iter().all(|p| p.name.starts_with("Gen ")));
        assert!(projects[0].name.starts_with("Gen 000001 "));
        assert!(projects.iter().any(|p| p.investment.is_none()) && projects.iter().any(|p| p.investment.is_some()));
        assert_eq!(store.history(7).unwrap().len(), 2);

        let again = generated(dir.path(), "b.db", 250);
        assert_eq!(again.projects(&ProjectQuery::default()).unwrap(), projects);
        // The indexes and triggers dropped for the bulk insert are back, the search index full.
        let found = store
            .projects(&ProjectQuery {
                search: "000042".into(),
                ..Default::default()
            })
            .unwrap();
        assert_eq!(found.len(), 1);
        assert!(found[0].name.starts_with("Gen 000042 "));
        drop(Store::open(&dir.path().join("fresh.db")).unwrap());
        assert_eq!(
            index_names(&dir.path().join("a.db")),
            index_names(&dir.path().join("fresh.db"))
        );
    }

    fn index_names(path: &Path) -> Vec<String> {
        let conn = Connection::open(path).unwrap();
        let mut statement = conn
            .prepare(
                "SELECT name FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY name",
            )
            .unwrap();
        statement
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    }

    #[test]
    fn refuses_to_overwrite() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("taken.db");
        std::fs::write(&path, "keep me").unwrap();
        assert!(generate(&path, 10).is_err());
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "keep me");
    }
}
