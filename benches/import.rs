//! How long a large import takes, and how long it holds the write lock that every other
//! person's edit waits for (issue: imports held everyone up):
//!
//!     cargo bench --bench import                        # 200,000 rows
//!     ORTAQ_IMPORT_ROWS=50000 cargo bench --bench import
//!     ORTAQ_IMPORT_INTO=1000000 cargo bench --bench import   # into a generated database
//!
//! A CSV of N projects is read (outside any transaction) and written into a fresh
//! database, while a second connection tries to take the write lock every millisecond
//! without waiting: the longest stretch in which it could not is the longest single
//! write transaction as another writer sees it. A real edit on the second connection
//! (with the ordinary busy timeout) is also timed in the middle of the import.

use std::fmt::Write as _;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use ortaq::exchange;
use ortaq::store::{ImportRights, Store};

fn rows() -> usize {
    std::env::var("ORTAQ_IMPORT_ROWS")
        .ok()
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or(200_000)
}

/// A CSV as a ministry would send it: every common column filled in.
fn csv(n: usize) -> Vec<u8> {
    let mut text = String::from(
        "name,name_ru,country,region,sector,status,investment,jobs_planned,jobs_created,partners,started\n",
    );
    let statuses = ["proposed", "agreed", "construction", "operating"];
    let countries = ["KZ", "UZ", "KZ+UZ"];
    for i in 0..n {
        let _ = writeln!(
            text,
            "Import {i:06} plant,Завод {i:06},{},Region {},Sector {},{},{},{},{},Partner {} LLP,20{:02}",
            countries[i % 3],
            i % 17,
            i % 11,
            statuses[i % 4],
            1_000_000 + i * 10,
            i % 900,
            i % 300,
            i % 97,
            10 + i % 15,
        );
    }
    text.into_bytes()
}

/// Tries to take the write lock every millisecond without waiting; returns the longest
/// time it could not.
fn probe(path: &Path, stop: Arc<AtomicBool>) -> std::thread::JoinHandle<Duration> {
    let path = path.to_path_buf();
    std::thread::spawn(move || {
        let conn = rusqlite::Connection::open(&path).expect("probe connection");
        conn.busy_timeout(Duration::ZERO).expect("no busy timeout");
        let mut longest = Duration::ZERO;
        let mut blocked_since: Option<Instant> = None;
        while !stop.load(Ordering::Relaxed) {
            match conn.execute_batch("BEGIN IMMEDIATE; ROLLBACK;") {
                Ok(()) => {
                    if let Some(since) = blocked_since.take() {
                        longest = longest.max(since.elapsed());
                    }
                }
                Err(_) => {
                    blocked_since.get_or_insert_with(Instant::now);
                }
            }
            std::thread::sleep(Duration::from_millis(1));
        }
        if let Some(since) = blocked_since {
            longest = longest.max(since.elapsed());
        }
        longest
    })
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` runs this with a tiny size.
    let n = if std::env::args().any(|a| a == "--bench") {
        rows()
    } else {
        200
    };
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).expect("date");
    let dir = tempfile::tempdir().expect("temporary directory");
    let path = dir.path().join("import.db");
    // Into a generated database of that many projects, as `ORTAQ_IMPORT_INTO=1000000`.
    let into: u64 = std::env::var("ORTAQ_IMPORT_INTO")
        .ok()
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or(0);
    if into > 0 {
        ortaq::generate::generate(&path, into).expect("generate");
    }
    let mut store = Store::open(&path).expect("database");
    let mut other_store = Store::open(&path).expect("second connection");
    other_store.set_author_for_tests("another person");
    let bytes = csv(n);

    let started = Instant::now();
    let no_sources = |_: &str| -> Result<i64, String> { Err("no sources".into()) };
    let parsed = exchange::parse_csv(&bytes, &no_sources, today).expect("the CSV reads");
    let read = started.elapsed();

    let stop = Arc::new(AtomicBool::new(false));
    let prober = probe(&path, Arc::clone(&stop));
    let edit_stop = Arc::clone(&stop);
    let editor = std::thread::spawn(move || {
        let mut store = other_store;
        std::thread::sleep(Duration::from_millis(200));
        let mut waits = Vec::new();
        while !edit_stop.load(Ordering::Relaxed) {
            let project = store.project(1).expect("project 1");
            let at = Instant::now();
            let result = store.edit_project(
                1,
                project.version,
                vec![(
                    ortaq::domain::Field::Partners,
                    ortaq::domain::FieldValue::Text(format!("p{}", waits.len())),
                )],
            );
            waits.push((at.elapsed(), result.is_ok()));
            std::thread::sleep(Duration::from_millis(300));
        }
        waits
    });
    let written_at = Instant::now();
    let outcome = store
        .import_document(&parsed.document, false, ImportRights::ALL)
        .expect("the import writes");
    let written = written_at.elapsed();
    stop.store(true, Ordering::Relaxed);
    let longest = prober.join().expect("probe");
    let waits = editor.join().expect("editor");
    let total = started.elapsed();
    let failed = waits.iter().filter(|(_, ok)| !ok).count();
    let slowest = waits.iter().map(|(d, _)| *d).max().unwrap_or_default();
    // The whole import taken back by one undo, as its author would.
    let stop = Arc::new(AtomicBool::new(false));
    let prober = probe(&path, Arc::clone(&stop));
    let undo_at = Instant::now();
    let undone = store.undo().expect("the import is undone");
    let undo = undo_at.elapsed();
    stop.store(true, Ordering::Relaxed);
    let undo_longest = prober.join().expect("probe");
    println!("import of {n} CSV rows into a database of {into} projects: {outcome:?}");
    println!("  read and checked (no lock held): {:.2} s", read.as_secs_f64());
    println!("  written:                         {:.2} s", written.as_secs_f64());
    println!("  total:                           {:.2} s", total.as_secs_f64());
    println!("  longest write lock held:         {:.3} s", longest.as_secs_f64());
    println!(
        "  another person's edits during it: {} tried, {failed} failed, slowest {:.3} s",
        waits.len(),
        slowest.as_secs_f64()
    );
    println!(
        "  one undo of the whole import:     {:.2} s, {} projects, longest write lock held {:.3} s",
        undo.as_secs_f64(),
        undone.projects,
        undo_longest.as_secs_f64()
    );
}
