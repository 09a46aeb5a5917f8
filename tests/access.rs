//! `ortaq access` on the command line, without sshd (`tests/ssh/access.sh` has it over a
//! real connection): the authorized_keys file it will and will not write.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::TestDb;

/// A new ed25519 key pair in `dir`; the path of its `.pub`.
fn keygen(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    let out = Command::new("ssh-keygen")
        .args(["-q", "-t", "ed25519", "-N", "", "-C", &format!("{name}@laptop"), "-f"])
        .arg(&path)
        .output()
        .expect("ssh-keygen (openssh-client) is installed");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    path.with_extension("pub")
}

struct Access {
    db: TestDb,
    keys: PathBuf,
}

impl Access {
    fn new() -> Self {
        let db = TestDb::new();
        db.ok(&["list"]);
        let keys = db.dir.path().join("authorized_keys");
        Self { db, keys }
    }

    fn args<'a>(&'a self, args: &[&'a str]) -> Vec<&'a str> {
        let mut all = vec!["access"];
        all.extend_from_slice(args);
        all.extend(["--authorized-keys", self.keys.to_str().unwrap()]);
        all
    }

    fn ok(&self, args: &[&str]) -> String {
        let output = self.db.cmd().args(self.args(args)).output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
        assert!(output.status.success(), "access {args:?}: {stderr}");
        stderr
    }

    fn fails(&self, args: &[&str]) -> String {
        self.db.fails(&self.args(args))
    }

    fn add(&self, name: &str, role: &str) {
        let key = keygen(
            self.db.dir.path(),
            &format!("key-{}", self.db.count("SELECT count(*) FROM people")),
        );
        self.ok(&["add", name, "--role", role, "--key", key.to_str().unwrap()]);
    }

    fn file(&self) -> String {
        std::fs::read_to_string(&self.keys).unwrap()
    }

    fn people(&self) -> String {
        self.ok(&["list"]);
        self.db.ok(&["access", "list"])
    }
}

#[test]
fn a_file_whose_markers_were_removed_by_hand_is_refused_before_anything_changes() {
    let access = Access::new();
    access.add("boss", "admin");
    access.add("alice", "viewer");
    // Someone deletes the two marker lines by hand: ortaq's lines are left among the others'.
    let unmarked: String = access
        .file()
        .lines()
        .filter(|l| !l.starts_with("# ortaq"))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(&access.keys, format!("ssh-ed25519 AAAA mine\n{unmarked}")).unwrap();
    let before = access.file();

    for args in [vec!["remove", "alice"], vec!["role", "alice", "editor"], vec!["sync"]] {
        let error = access.fails(&args);
        assert!(error.contains("outside its marker lines"), "{args:?}: {error}");
        assert!(error.contains("ortaq access sync"), "{error}");
        assert!(!error.contains("remove both"), "{error}");
        assert!(!error.contains("database was changed"), "{error}");
        assert_eq!(access.file(), before, "{args:?} left the file as it was");
    }
    let key = keygen(access.db.dir.path(), "carol");
    let error = access.fails(&["add", "carol", "--role", "viewer", "--key", key.to_str().unwrap()]);
    assert!(error.contains("outside its marker lines"), "{error}");
    // Nothing changed in the database either: alice is still a viewer, carol not in.
    let people = access.people();
    assert!(people.contains("alice") && people.contains("viewer"), "{people}");
    assert!(!people.contains("carol"), "{people}");
    assert!(!access.db.ok(&["access", "log"]).contains("role-changed"));

    // The fix the message gives: delete ortaq's stray lines, then sync.
    std::fs::write(&access.keys, "ssh-ed25519 AAAA mine\n").unwrap();
    access.ok(&["sync"]);
    access.ok(&["remove", "alice"]);
    let file = access.file();
    assert!(!file.contains("ortaq:alice"), "{file}");
    assert!(
        file.contains("ortaq:boss") && file.starts_with("ssh-ed25519 AAAA mine\n# ortaq begins"),
        "{file}"
    );
}

#[test]
fn a_lookalike_name_and_the_last_admins_demotion_are_refused_in_a_sentence() {
    let access = Access::new();
    access.add("admin", "admin");
    access.add("aigerim", "editor");
    for (lookalike, says) in [
        ("ADMIN", "would pass for admin"),
        ("\u{430}dmin", "would pass for admin"),
        ("\u{ff21}dmin", "would pass for admin"),
        ("\u{ff5a}aira", "write it as zaira"),
    ] {
        let key = keygen(access.db.dir.path(), "lookalike");
        let error = access.fails(&["add", lookalike, "--role", "admin", "--key", key.to_str().unwrap()]);
        assert!(error.contains(says), "{lookalike}: {error}");
        std::fs::remove_file(&key).unwrap();
        std::fs::remove_file(key.with_extension("")).unwrap();
    }
    let error = access.fails(&["role", "admin", "viewer"]);
    assert!(error.contains("admin is the last admin"), "{error}");
    let error = access.fails(&["remove", "admin"]);
    assert!(error.contains("admin is the last admin"), "{error}");
    let russian = access.db.fails(&[
        "--lang",
        "ru",
        "access",
        "remove",
        "admin",
        "--authorized-keys",
        access.keys.to_str().unwrap(),
    ]);
    assert!(russian.contains("последний администратор"), "{russian}");
    let people = access.people();
    assert!(
        people.lines().any(|l| l.starts_with("admin ") && l.contains(" admin ")),
        "{people}"
    );
    assert!(access.file().contains("ortaq:admin"));
}
