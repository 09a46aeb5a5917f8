//! No file or directory ortaq makes is world-writable, even under `umask 000`: new
//! databases and their directories, backups, and exports.

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
    for format in ["json", "csv"] {
        let export = db.dir.path().join(format!("export.{format}"));
        under_umask_000(&[
            "--db",
            nested_str,
            "export",
            "--format",
            format,
            "-o",
            export.to_str().unwrap(),
        ]);
        assert_not_world_writable(&export);
    }
}

#[test]
fn export_never_writes_over_a_database_or_an_existing_file() {
    let db = TestDb::new();
    db.ok(&["list"]);
    let live = db.path.to_str().unwrap();
    let before = common::checksum(&db.path);
    let error = db.fails(&["export", "-o", live, "--force"]);
    assert!(error.contains("the database ortaq has open"), "{error}");
    let link = db.dir.path().join("link.json");
    std::os::unix::fs::symlink(&db.path, &link).unwrap();
    let error = db.fails(&["export", "-o", link.to_str().unwrap(), "--force"]);
    assert!(error.contains("the database ortaq has open"), "{error}");
    assert_eq!(common::checksum(&db.path), before);

    let other = TestDb::new();
    other.ok(&["--empty", "list"]);
    let error = db.fails(&["export", "-o", other.path.to_str().unwrap(), "--force"]);
    assert!(
        error.contains("an SQLite database; an export never writes over one"),
        "{error}"
    );

    let file = db.dir.path().join("report.json");
    std::fs::write(&file, "keep me").unwrap();
    let error = db.fails(&["export", "-o", file.to_str().unwrap()]);
    assert!(error.contains("the file exists; add --force"), "{error}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "keep me");
    db.ok(&["export", "-o", file.to_str().unwrap(), "--force"]);
    assert!(std::fs::read_to_string(&file).unwrap().contains("\"ortaq-export\""));
    let leftovers: Vec<_> = std::fs::read_dir(db.dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().starts_with(".ortaq-export"))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left behind: {leftovers:?}");
}

/// Files made from a private database (a served one is 0600) are private too, whatever
/// the umask: a backup or a report of it must not be readable by others (issue 20).
#[test]
fn copies_of_a_private_database_are_private() {
    let db = TestDb::new();
    db.ok(&["list"]);
    std::fs::set_permissions(&db.path, std::fs::Permissions::from_mode(0o600)).unwrap();
    let database = db.path.display().to_string();
    let backup = db.dir.path().join("copy.db");
    let report = db.dir.path().join("summary.csv");
    under_umask_000(&["--db", &database, "backup", &backup.display().to_string()]);
    under_umask_000(&[
        "--db",
        &database,
        "summary",
        "--format",
        "csv",
        "-o",
        &report.display().to_string(),
    ]);
    for path in [&backup, &report] {
        let mode = std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{} has mode {mode:o}", path.display());
    }
}
