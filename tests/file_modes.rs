//! No file or directory ortaq makes is world-writable, even under `umask 000`: new
//! databases and their directories, and backups.

mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use common::TestDb;

/// Runs ortaq through `sh` with `umask 000`; fails the test if ortaq fails.
fn under_umask_000(args: &[&str]) {
    let binary = assert_cmd::cargo::cargo_bin("ortaq");
    let mut script = String::from("umask 000; exec \"$0\"");
    for i in 1..=args.len() {
        script.push_str(&format!(" \"${i}\""));
    }
    let output = std::process::Command::new("sh")
        .arg("-c")
        .arg(script)
        .arg(binary)
        .args(args)
        .env_remove("ORTAQ_DB")
        .output()
        .expect("run sh");
    assert!(
        output.status.success(),
        "ortaq {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

fn assert_not_world_writable(path: &Path) {
    let mode = std::fs::metadata(path).expect("metadata").permissions().mode();
    assert_eq!(mode & 0o002, 0, "{} has mode {mode:o}", path.display());
}

#[test]
fn nothing_is_world_writable_under_umask_000() {
    let db = TestDb::new();
    let nested = db.dir.path().join("new/deeper/ortaq.db");
    let nested_str = nested.to_str().unwrap();
    under_umask_000(&["--db", nested_str, "list"]);
    for path in [
        db.dir.path().join("new"),
        db.dir.path().join("new/deeper"),
        nested.clone(),
    ] {
        assert_not_world_writable(&path);
    }
    let backup = db.dir.path().join("backups/daily/copy.db");
    under_umask_000(&["--db", nested_str, "backup", backup.to_str().unwrap()]);
    assert_not_world_writable(&db.dir.path().join("backups"));
    assert_not_world_writable(&db.dir.path().join("backups/daily"));
    assert_not_world_writable(&backup);
}
