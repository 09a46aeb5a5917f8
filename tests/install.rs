//! The command line installs like a well-kept tool: `--version` names the SQLite inside,
//! completion scripts load in the shells and complete commands, and the manual page is
//! one `man` reads. None of them opens or creates a database.

mod common;

use std::path::Path;
use std::process::Command;

use common::{TestDb, bare_cmd};

const ORTAQ: &str = env!("CARGO_BIN_EXE_ortaq");

fn stdout_of(args: &[&str]) -> String {
    let output = bare_cmd().args(args).output().expect("run ortaq");
    assert!(
        output.status.success(),
        "ortaq {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("UTF-8 output")
}

#[test]
fn version_names_ortaq_and_its_sqlite() {
    let version = stdout_of(&["--version"]);
    let expected = format!("ortaq {} (SQLite {})\n", env!("CARGO_PKG_VERSION"), rusqlite::version());
    assert_eq!(version, expected);
}

/// What bash offers for `ortaq WORD<Tab>`, through the completion function that
/// `complete -p ortaq` names after `source <(ortaq completions bash)`.
fn bash_completes(word: &str) -> Vec<String> {
    let dir = Path::new(ORTAQ).parent().expect("binary directory");
    let script = format!(
        r#"source <(ortaq completions bash) || exit 3
spec=$(complete -p ortaq) || exit 4
function=$(sed -E 's/.*-F ([^ ]+) .*/\1/' <<<"$spec")
COMP_WORDS=(ortaq "{word}"); COMP_CWORD=1; COMP_LINE="ortaq {word}"; COMP_POINT=${{#COMP_LINE}}
"$function" ortaq "{word}" ortaq
printf '%s\n' "${{COMPREPLY[@]}}""#
    );
    let path = format!("{}:{}", dir.display(), std::env::var("PATH").unwrap_or_default());
    let output = Command::new("bash")
        .args(["--norc", "--noprofile", "-c", &script])
        .env("PATH", path)
        .env_remove("ORTAQ_DB")
        .output()
        .expect("run bash");
    assert!(
        output.status.success(),
        "bash failed ({:?}): {}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout)
        .expect("UTF-8")
        .lines()
        .map(str::to_string)
        .collect()
}

#[test]
fn bash_completes_commands_after_sourcing_the_script() {
    assert_eq!(bash_completes("li"), ["list"]);
    let all = bash_completes("");
    for command in ["list", "show", "note", "set", "check", "completions", "manpage"] {
        assert!(all.iter().any(|c| c == command), "{command} not offered: {all:?}");
    }
}

#[test]
fn every_shell_gets_a_script_that_names_the_commands() {
    for (shell, marker) in [
        ("bash", "complete -F"),
        ("zsh", "#compdef ortaq"),
        ("fish", "complete -c ortaq"),
        ("powershell", "Register-ArgumentCompleter"),
    ] {
        let script = stdout_of(&["completions", shell]);
        assert!(script.contains(marker), "{shell}: no {marker:?}");
        assert!(script.contains("summary"), "{shell}: the summary command is missing");
    }
    let refused = bare_cmd().args(["completions", "cmd.exe"]).output().expect("run");
    assert!(!refused.status.success());
}

#[test]
fn the_manual_page_is_roff_that_man_shows() {
    let page = stdout_of(&["manpage"]);
    assert!(page.contains(".TH ortaq 1"), "no title line");
    for section in [
        ".SH NAME",
        ".SH SYNOPSIS",
        ".SH OPTIONS",
        ".SH SUBCOMMANDS",
        ".SH VERSION",
    ] {
        assert!(page.contains(section), "no {section}");
    }
    assert!(page.contains("ortaq\\-check(1)"), "the commands are listed");
    // Rendered by man itself where it is installed (the CI machine may not have it).
    let man = Command::new("man").arg("--version").output();
    if common::lacks(man.is_ok(), "man (apt-get install man-db), to render the page") {
        return;
    }
    let Ok(man) = man else { return };
    assert!(man.status.success());
    let dir = tempfile::tempdir().expect("directory");
    let file = dir.path().join("ortaq.1");
    std::fs::write(&file, &page).expect("write the page");
    let shown = Command::new("man")
        .arg("-l")
        .arg(&file)
        .env("MANPAGER", "cat")
        .env("PAGER", "cat")
        .env("MANWIDTH", "80")
        .output()
        .expect("run man -l");
    assert!(shown.status.success(), "{}", String::from_utf8_lossy(&shown.stderr));
    let text = String::from_utf8_lossy(&shown.stdout);
    assert!(text.contains("NAME"), "{text}");
    assert!(text.contains("Keyboard-driven terminal tracker"), "{text}");
    assert!(text.contains("--read-only"), "{text}");
}

#[test]
fn completions_and_manpage_touch_no_database() {
    let db = TestDb::new();
    db.ok(&["completions", "fish"]);
    db.ok(&["manpage"]);
    assert!(!db.path.exists(), "a database was created");
}
