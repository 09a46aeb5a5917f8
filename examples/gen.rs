//! Writes a deterministic ortaq database of N generated projects, for benchmarks:
//!
//!     cargo run --release --example gen -- --projects 100000 --out /tmp/big.db
//!
//! Names begin with `Gen ` and a number (`Gen 000042 ...`), so a benchmark can tell when
//! rows are on the screen. About three updates and a few audit rows per project.

use std::path::PathBuf;
use std::time::Instant;

use anyhow::{Context, Result, bail};
use clap::Parser;
use ortaq::store::{OpenOptions, Store, search_text};
use rusqlite::{Connection, params};

#[derive(Parser)]
struct Args {
    /// How many projects.
    #[arg(long, default_value_t = 1_000)]
    projects: u64,
    /// The database to write; it must not exist.
    #[arg(long)]
    out: PathBuf,
}

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

fn main() -> Result<()> {
    let args = Args::parse();
    if args.out.exists() {
        bail!("{} exists; choose a new path", args.out.display());
    }
    let started = Instant::now();
    drop(Store::open_with(
        &args.out,
        &OpenOptions {
            seed: false,
            read_only: false,
        },
    )?);
    let mut conn = Connection::open(&args.out).context("opening the new database")?;
    conn.execute_batch("PRAGMA synchronous = OFF; PRAGMA cache_size = -200000;")?;
    let tx = conn.transaction()?;
    tx.execute(
        "INSERT INTO sources (publisher, title, published, created_at) VALUES ('ortaq gen', 'Generated data', '2026', '2026-01-01T00:00:00Z')",
        [],
    )?;
    {
        let mut project = tx.prepare(
            "INSERT INTO projects (id, name, country, region, sector, status, investment, jobs_planned, jobs_created,
                                   partners, started, source_id, search_text, version, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 1, ?12, 2, ?13, ?13)",
        )?;
        let mut update = tx.prepare("INSERT INTO updates (project_id, date, text, author, source_id, created_at) VALUES (?1, ?2, ?3, 'gen', 1, ?4)")?;
        let mut change = tx.prepare(
            "INSERT INTO changes (edit, project_id, field, old_value, new_value, author, changed_at) VALUES (?1, ?2, ?3, ?4, ?5, 'gen', ?6)",
        )?;
        let mut random = Random(0x9e37_79b9_7f4a_7c15);
        let mut edit = 0_i64;
        for id in 1..=args.projects as i64 {
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
                stamp
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
    tx.commit()?;
    conn.execute_batch("ANALYZE; PRAGMA synchronous = FULL;")?;
    eprintln!(
        "wrote {} projects to {} in {:.1?}",
        args.projects,
        args.out.display(),
        started.elapsed()
    );
    Ok(())
}
