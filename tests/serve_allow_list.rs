//! Over SSH only what is allowed runs (issue 20): every command × every option × every
//! role, generated from the command line's own definition, run through the real entry
//! (`ortaq --db DB serve NAME` with `SSH_ORIGINAL_COMMAND`, as sshd runs it). A command
//! or option that this file's table does not name fails the test, so a new one is
//! decided on (and refused over SSH until it is listed) before it lands. Every value that
//! could name a file points into a folder that must stay empty.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use clap::{ArgAction, CommandFactory, ValueHint};
use common::TestDb;
use ortaq::cli::Cli;

/// Who may give each argument of each command over SSH: `command: args = least role`,
/// `-` for no one. `(run)` is the command itself with no argument; `-FILE` an argument
/// that may only be `-` (standard input or output); `*` the options every command takes.
/// The README's table, argument by argument.
const EXPECTED: &str = "
*: lang read_only = viewer; db empty = -
(interface): (run) mouse = viewer
list: (run) status country sector search sort reverse format = viewer; output force = -
show: project format = viewer
history: project format = viewer
summary: (run) by format ascii as_of trend status country sector = viewer; output force = -
digest: since until format status country sector = viewer; output force = -
export: (run) format = viewer; output force = -
check: (run) = viewer; repair = admin
source list: (run) = viewer
indicator list: (run) all = viewer
completions: shell = viewer
manpage: (run) = viewer
add: name name_ru country region sector status investment jobs_planned jobs_created partners started completed description source = editor
set: project assignments if_version source = editor
delete: project = editor
undo: (run) skip = editor
redo: (run) = editor
note: project text date source = editor
import: -file format allow_duplicates sheet unit update dry_run force clear_empty add_new source = editor
restore: id = admin
backup: -path = admin
source add: publisher title url published note = admin
indicator add: as_of scope metric value qualifier over source note = admin
indicator remove: id = admin
indicator correct: id value qualifier note = admin
agenda: (run) meeting since format = viewer; output force = -
meeting list: (run) format = viewer; output force = -
meeting show: meeting format = viewer; output force = -
meeting history: meeting format = viewer; output force = -
agreement history: id format = viewer; output force = -
meeting add: date place kind number co_chairs title held source = editor
meeting set: meeting assignments = editor
agreement list: (run) overdue due_before meeting project side status format = viewer; output force = -
agreement show: id format = viewer; output force = -
agreement add: meeting text due side responsible project status source = editor
agreement set: id assignments link unlink = editor
agreement note: id text date source = editor
access add: name role -key = admin; authorized_keys = -
access list: (run) = admin; authorized_keys = -
access remove: name = admin; authorized_keys = -
access role: name role = admin; authorized_keys = -
access sync: (run) = admin; authorized_keys = -
access log: (run) last = admin
serve: name authorized_keys key = -
";

const KEYS: [&str; 3] = [
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAINo8k1cjE7r5RlV5Z8ayRwiLDTvVl1inFcPwL/7sywFl k1@test",
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB/dSY3Yue9GUOW3m55vIHJgNKmcQqfjk3ZzFI2CCBRH k2@test",
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDDsxh19s7YD8lenvldM0LfrYDK2u02G8R2rtR8TQ0op k3@test",
];
const PEOPLE: [(&str, u8); 3] = [("vera", 0), ("edik", 1), ("adil", 2)];
const ROLES: [&str; 3] = ["viewer", "editor", "admin"];

/// (command, argument) → the least role that may give it, or `None`.
fn least(table: &BTreeMap<(String, String), Option<u8>>, command: &str, id: &str) -> Option<Option<u8>> {
    table
        .get(&(command.to_string(), id.to_string()))
        .or_else(|| table.get(&("*".to_string(), id.to_string())))
        .copied()
}

fn expected() -> BTreeMap<(String, String), Option<u8>> {
    let mut table = BTreeMap::new();
    for line in EXPECTED.lines().filter(|l| !l.trim().is_empty()) {
        let (command, rest) = line.split_once(':').unwrap();
        let command = if command == "(interface)" { "" } else { command };
        for part in rest.split(';') {
            let (args, role) = part.split_once('=').unwrap();
            let role = ROLES.iter().position(|r| *r == role.trim()).map(|i| i as u8);
            for arg in args.split_whitespace() {
                table.insert((command.to_string(), arg.trim_start_matches('-').to_string()), role);
            }
        }
    }
    table
}

/// Arguments listed as `-NAME`: only `-` may be given.
fn stdin_only() -> Vec<(String, String)> {
    EXPECTED
        .lines()
        .filter_map(|l| l.split_once(':'))
        .flat_map(|(command, rest)| {
            rest.split([';', '='])
                .flat_map(str::split_whitespace)
                .filter(|w| w.starts_with('-'))
                .map(|w| (command.to_string(), w[1..].to_string()))
                .collect::<Vec<_>>()
        })
        .collect()
}

/// A value the command accepts for `id`, or a path in `sink` for anything that could
/// name a file.
fn sample(arg: &clap::Arg, sink: &Path, n: usize) -> String {
    let path_like = matches!(
        arg.get_value_hint(),
        ValueHint::AnyPath | ValueHint::FilePath | ValueHint::DirPath
    ) || matches!(arg.get_id().as_str(), "output" | "db" | "authorized_keys");
    if path_like {
        return sink.join(format!("written-{n}")).display().to_string();
    }
    if let Some(value) = arg.get_possible_values().first() {
        return value.get_name().to_string();
    }
    match arg.get_id().as_str() {
        "project" => "angren",
        "assignments" => "jobs_created=7",
        "id" | "if_version" | "source" | "last" => "1",
        "name" => "nobody",
        "role" => "viewer",
        "date" | "until" => "today",
        "since" => "7d",
        "as_of" | "published" | "started" => "2024",
        "completed" => "2025",
        "metric" => "projects",
        "value" | "investment" | "jobs_planned" | "jobs_created" => "74",
        "scope" => "portfolio",
        "qualifier" => "exact",
        "by" => "status",
        "sort" => "name",
        "status" => "operating",
        "country" => "KZ",
        "url" => "https://example.org/a",
        _ => "x",
    }
    .to_string()
}

/// One invocation per (command, argument): the command's required arguments, and the
/// argument under test.
fn invocations(sink: &Path, dash: &[(String, String)]) -> Vec<Case> {
    let mut root = Cli::command();
    root.build();
    let mut out = Vec::new();
    let mut stack = vec![(Vec::<String>::new(), root)];
    let mut n = 0;
    while let Some((path, command)) = stack.pop() {
        for sub in command.get_subcommands().filter(|s| s.get_name() != "help") {
            let mut deeper = path.clone();
            deeper.push(sub.get_name().to_string());
            stack.push((deeper, sub.clone()));
        }
        if command.has_subcommands() && !path.is_empty() {
            continue;
        }
        let args: Vec<&clap::Arg> = command
            .get_arguments()
            .filter(|a| !matches!(a.get_action(), ArgAction::Help | ArgAction::Version))
            .collect();
        let required: Vec<&clap::Arg> = args.iter().copied().filter(|a| a.is_required_set()).collect();
        let mut tested: Vec<Option<&clap::Arg>> = vec![None];
        tested.extend(args.iter().copied().map(Some));
        for under_test in tested {
            if under_test.is_none() && !required.is_empty() {
                continue;
            }
            n += 1;
            let mut chosen: Vec<&clap::Arg> = required.clone();
            if let Some(arg) = under_test
                && !chosen.iter().any(|a| a.get_id() == arg.get_id())
            {
                chosen.push(arg);
            }
            if under_test.is_some_and(|a| a.get_id() == "force") {
                chosen.extend(args.iter().copied().filter(|a| a.get_id() == "output"));
            }
            // `import`'s options of corrections are given with the `--update` they need.
            const WITH_UPDATE: [&str; 5] = ["dry_run", "force", "clear_empty", "add_new", "source"];
            if path == ["import"] && under_test.is_some_and(|a| WITH_UPDATE.contains(&a.get_id().as_str())) {
                chosen.extend(args.iter().copied().filter(|a| a.get_id() == "update"));
            }
            let mut words = path.clone();
            let mut positionals: Vec<(usize, String)> = Vec::new();
            for arg in &chosen {
                let only_dash = dash.contains(&(path.join(" "), arg.get_id().to_string()));
                let value = if only_dash {
                    "-".to_string()
                } else {
                    sample(arg, sink, n)
                };
                let takes_value = matches!(arg.get_action(), ArgAction::Set | ArgAction::Append);
                match (arg.get_long(), arg.get_index()) {
                    (Some(long), _) if takes_value => words.extend([format!("--{long}"), value]),
                    (Some(long), _) => words.push(format!("--{long}")),
                    (None, Some(index)) => positionals.push((index, value)),
                    (None, None) => {}
                }
            }
            positionals.sort();
            words.extend(positionals.into_iter().map(|(_, v)| v));
            let id = under_test.map_or("(run)".to_string(), |a| a.get_id().to_string());
            let given = chosen.iter().map(|a| a.get_id().to_string()).collect();
            out.push(Case {
                command: path.join(" "),
                id,
                given,
                words,
            });
        }
    }
    out
}

/// One generated invocation: the argument it tests, every argument it gives, its words.
struct Case {
    command: String,
    id: String,
    given: Vec<String>,
    words: Vec<String>,
}

/// The least role that may run a case: the most any argument given needs (with the
/// command's own, where it has one); `None` when one of them is no one's.
fn case_least(table: &BTreeMap<(String, String), Option<u8>>, case: &Case) -> Option<u8> {
    let mut needed = least(table, &case.command, "(run)").flatten().unwrap_or(0);
    for id in &case.given {
        needed = needed.max(least(table, &case.command, id).flatten()?);
    }
    Some(needed)
}

struct Server {
    _db: TestDb,
    db: PathBuf,
    keys: PathBuf,
    sink: PathBuf,
}

fn server() -> Server {
    let db = TestDb::new();
    db.ok(&["list"]);
    let keys = db.dir.path().join("authorized_keys");
    for ((name, role), key) in PEOPLE.iter().zip(KEYS) {
        let mut add = db.cmd();
        add.args(["access", "add", name, "--role", ROLES[*role as usize], "--key", "-"])
            .arg("--authorized-keys")
            .arg(&keys)
            .write_stdin(key);
        let output = add.output().unwrap();
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    }
    let sink = db.dir.path().join("sink");
    std::fs::create_dir(&sink).unwrap();
    Server {
        db: db.path.clone(),
        keys,
        sink,
        _db: db,
    }
}

/// Runs `words` as `person` through the entry; whether the door refused it (rather than
/// the command failing on its own), and what it said.
fn serve(server: &Server, person: &str, words: &[String]) -> (bool, String) {
    let key = fingerprint(server, person);
    serve_with_key(server, person, key.as_deref(), words)
}

fn fingerprint(server: &Server, person: &str) -> Option<String> {
    rusqlite::Connection::open(&server.db)
        .unwrap()
        .query_row("SELECT fingerprint FROM people WHERE name = ?1", [person], |r| r.get(0))
        .ok()
}

/// Runs the entry as an authorized_keys line naming `key` (none: a line of an older ortaq).
fn serve_with_key(server: &Server, person: &str, key: Option<&str>, words: &[String]) -> (bool, String) {
    let asked = shlex::try_join(words.iter().map(String::as_str)).unwrap();
    let mut command = Command::new(assert_cmd::cargo::cargo_bin("ortaq"));
    command
        .arg("--db")
        .arg(&server.db)
        .arg("serve")
        .arg("--authorized-keys")
        .arg(&server.keys);
    if let Some(key) = key {
        command.arg("--key").arg(key);
    }
    let output = command
        .arg(person)
        .env("SSH_ORIGINAL_COMMAND", &asked)
        .env("SSH_CONNECTION", "192.0.2.7 50000 192.0.2.1 22")
        .env_remove("ORTAQ_DB")
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("ORTAQ_LANG")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    (stderr.starts_with("ortaq: refused:"), format!("{asked}: {stderr}"))
}

#[test]
fn every_command_and_option_for_every_role_through_the_entry() {
    let server = server();
    let table = expected();
    let stdin = stdin_only();
    let cases = invocations(&server.sink, &stdin);
    let mut unlisted = Vec::new();
    for Case { command, id, .. } in &cases {
        if least(&table, command, id).is_none() {
            unlisted.push(format!("{command}: {id}"));
        }
    }
    assert!(
        unlisted.is_empty(),
        "decide who may give these over SSH and list them in EXPECTED (and in allow.rs): {unlisted:#?}"
    );
    let keys_before = std::fs::read(&server.keys).unwrap();
    let mut wrong = Vec::new();
    let mut runs = 0;
    for case in &cases {
        let (least, words) = (case_least(&table, case), &case.words);
        let only_dash = case.words.iter().any(|w| w == "-");
        // A `-` argument is also tried with a path: always refused.
        let mut variants = vec![(words.clone(), least)];
        if only_dash {
            let with_path: Vec<String> = words
                .iter()
                .map(|w| {
                    if w == "-" {
                        server.sink.join("x").display().to_string()
                    } else {
                        w.clone()
                    }
                })
                .collect();
            variants.push((with_path, None));
        }
        for (words, least) in variants {
            for (person, role) in PEOPLE {
                runs += 1;
                let (refused, said) = serve(&server, person, &words);
                let should_refuse = least.is_none_or(|least| role < least);
                if refused != should_refuse {
                    wrong.push(format!(
                        "{} ({}): refused={refused} — {said}",
                        person, ROLES[role as usize]
                    ));
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {runs} runs wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
    let written: Vec<_> = std::fs::read_dir(&server.sink).unwrap().collect();
    assert!(written.is_empty(), "files were written on the server: {written:?}");
    let keys_after = std::fs::read(&server.keys).unwrap();
    assert_eq!(
        keys_after, keys_before,
        "only the admins' access commands rewrite it, to the same people"
    );
    assert!(runs > 200, "only {runs} runs: the generation lost commands");
}

#[test]
fn the_viewer_cannot_write_authorized_keys_through_summary() {
    let server = server();
    let before = std::fs::read(&server.keys).unwrap();
    let target = server.keys.display().to_string();
    let words: Vec<String> = ["summary", "--by", "sector", "--format", "csv", "-o", &target, "--force"]
        .map(String::from)
        .to_vec();
    let (refused, said) = serve(&server, "vera", &words);
    assert!(refused, "{said}");
    assert!(said.contains("--output"), "the refusal names the option: {said}");
    assert_eq!(std::fs::read(&server.keys).unwrap(), before);
}

/// A line left behind for a removed person (its key) lets no one in once the name is
/// someone else's; nor does a line of an older ortaq that names no key.
#[test]
fn a_line_whose_key_is_not_the_persons_lets_no_one_in() {
    let server = server();
    let words = vec!["list".to_string()];
    let old_key = fingerprint(&server, "edik").unwrap();
    let (refused, said) = serve_with_key(&server, "vera", Some(&old_key), &words);
    assert!(!refused && said.contains("not allowed in"), "{said}");
    let (_, said) = serve_with_key(&server, "vera", None, &words);
    assert!(said.contains("access sync"), "{said}");
    let (refused, said) = serve(&server, "vera", &words);
    assert!(
        !refused && !said.contains("not allowed"),
        "the right key is served: {said}"
    );
    let log: i64 = rusqlite::Connection::open(&server.db)
        .unwrap()
        .query_row(
            "SELECT count(*) FROM access_log WHERE event = 'refused' AND person = 'vera'
               AND old_value IN ('not this person''s key', 'line without a key')",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(log, 2, "both refusals are in the access log");
}

/// A command cut off while it still reads (sshd hangs up when the link drops) ends its
/// session in the access log (a review found `import -` leaving no end).
#[test]
fn a_command_cut_off_by_a_hangup_ends_its_session_in_the_log() {
    let server = server();
    let key = fingerprint(&server, "edik").unwrap();
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("ortaq"))
        .arg("--db")
        .arg(&server.db)
        .args(["serve", "--authorized-keys"])
        .arg(&server.keys)
        .args(["--key", &key, "edik"])
        .env("SSH_ORIGINAL_COMMAND", "import -")
        .env_remove("ORTAQ_DB")
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let started = |server: &Server| -> i64 {
        rusqlite::Connection::open(&server.db)
            .unwrap()
            .query_row(
                "SELECT count(*) FROM access_log WHERE event = 'session-start' AND detail = 'import -'",
                [],
                |r| r.get(0),
            )
            .unwrap()
    };
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while started(&server) == 0 {
        assert!(std::time::Instant::now() < deadline, "the session never started");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let hup = Command::new("kill")
        .args(["-HUP", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(hup.success());
    let status = child.wait().unwrap();
    assert!(!status.success(), "ended by the hangup");
    let ended: String = rusqlite::Connection::open(&server.db)
        .unwrap()
        .query_row(
            "SELECT e.old_value FROM access_log e JOIN access_log s ON s.id = e.session
              WHERE e.event = 'session-end' AND s.detail = 'import -'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(ended.contains("hangup"), "{ended}");
}
