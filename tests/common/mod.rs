//! Helpers shared by the integration tests: a temporary database, the real binary, and
//! the interface driven without a terminal.

#![allow(dead_code)]

pub mod tui;

use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// A temporary directory holding one database path.
pub struct TestDb {
    pub dir: tempfile::TempDir,
    pub path: PathBuf,
}

impl TestDb {
    /// A path where no database exists yet.
    pub fn new() -> Self {
        let dir = tempfile::tempdir().expect("temporary directory");
        let path = dir.path().join("ortaq.db");
        Self { dir, path }
    }

    /// The binary, pointed at this database, with no inherited ORTAQ_DB.
    pub fn cmd(&self) -> Command {
        let mut cmd = bare_cmd();
        cmd.arg("--db").arg(&self.path);
        cmd
    }

    /// Runs a command that must succeed and returns its standard output.
    pub fn ok(&self, args: &[&str]) -> String {
        let output = self.cmd().args(args).output().expect("run ortaq");
        assert!(
            output.status.success(),
            "ortaq {args:?} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).expect("UTF-8 output")
    }

    /// Runs a command that must fail and returns its standard error.
    pub fn fails(&self, args: &[&str]) -> String {
        let output = self.cmd().args(args).output().expect("run ortaq");
        assert!(!output.status.success(), "ortaq {args:?} should have failed");
        assert!(
            output.stdout.is_empty() || args.contains(&"check"),
            "no data on failure"
        );
        String::from_utf8(output.stderr).expect("UTF-8 errors")
    }

    pub fn sql(&self) -> rusqlite::Connection {
        rusqlite::Connection::open(&self.path).expect("open with rusqlite")
    }

    pub fn count(&self, query: &str) -> i64 {
        self.sql().query_row(query, [], |r| r.get(0)).expect("count")
    }
}

/// A file's bytes, to show it was left untouched.
pub fn checksum(path: &Path) -> Vec<u8> {
    std::fs::read(path).expect("read file")
}

/// The binary with no database chosen, no inherited ORTAQ_DB, and English unless a
/// test asks for another language (the machine's locale must not change the output).
pub fn bare_cmd() -> Command {
    let mut cmd = Command::cargo_bin("ortaq").expect("the ortaq binary");
    cmd.env_remove("ORTAQ_DB").env("NO_COLOR", "1");
    for name in ["ORTAQ_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"] {
        cmd.env_remove(name);
    }
    cmd
}

/// The operating-system user, as `id -un` says (not through the code under test).
pub fn os_user() -> String {
    let output = std::process::Command::new("id").arg("-un").output().expect("run id");
    String::from_utf8(output.stdout).expect("user name").trim().to_string()
}

/// Runs a shell script in a pseudo-terminal (`TERM=xterm-256color`, no inherited
/// ORTAQ_DB or COLUMNS), waiting up to 15 s for what is expected of it.
pub fn spawn_in_pty(script: &str, strip_escapes: bool) -> rexpect::session::PtySession {
    let mut command = std::process::Command::new("sh");
    command
        .arg("-c")
        .arg(script)
        .env_remove("ORTAQ_DB")
        .env_remove("COLUMNS")
        .env("TERM", "xterm-256color");
    rexpect::session::spawn_with_options(
        command,
        rexpect::reader::Options {
            timeout_ms: Some(15_000),
            strip_ansi_escape_codes: strip_escapes,
        },
    )
    .expect("spawn in a pty")
}

/// Whether a test must stop because the machine lacks what it needs (`sshd`, `man`, the
/// root user). `.ci/run` installs all of it and sets `ORTAQ_REQUIRE_ALL=1`: there a
/// missing tool fails the test instead of letting it pass unseen; on a developer's
/// machine it is said on standard error and the test stops.
#[allow(dead_code)]
pub fn lacks(available: bool, what: &str) -> bool {
    if available {
        return false;
    }
    assert!(
        std::env::var_os("ORTAQ_REQUIRE_ALL").is_none(),
        "ORTAQ_REQUIRE_ALL is set, and this test needs {what}"
    );
    eprintln!("SKIPPED: this test needs {what}; .ci/run provides it");
    true
}
