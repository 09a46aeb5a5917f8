//! What runs over SSH: an allow-list, as gitolite keeps one. Each command that may be
//! served is listed with the least role it needs and every argument that may be given
//! with it; nothing that is not listed reaches the command line's handlers. No listed
//! argument names a path on the server: what a person gets goes to standard output,
//! and what they send comes on standard input (`import -`, `access add --key -`).
//!
//! A new command or option is refused over SSH until someone lists it here, and the
//! tests walk the command line's own definition to hold that.

use clap::ArgMatches;
use clap::parser::ValueSource;

use crate::store::Role;

/// How an argument may be given over SSH.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Given {
    /// Any value the command line accepts.
    Any,
    /// Only `-`: the data comes on standard input, never from a file on the server.
    Stdin,
    /// Only `-`: the data goes to standard output, never into a file on the server.
    Stdout,
}

/// An argument that may be given over SSH, and the least role that may give it.
#[derive(Debug, Clone, Copy)]
pub struct Allowed {
    /// clap's id: the field's name (`as_of`, `file`).
    pub id: &'static str,
    pub given: Given,
    pub least: Role,
}

/// A command that may be run over SSH.
#[derive(Debug, Clone, Copy)]
pub struct Served {
    /// The words that name it (`["indicator", "add"]`); empty for the interface.
    pub path: &'static [&'static str],
    pub least: Role,
    pub args: &'static [Allowed],
}

const fn any(id: &'static str) -> Allowed {
    Allowed {
        id,
        given: Given::Any,
        least: Role::Viewer,
    }
}

const fn stdin(id: &'static str) -> Allowed {
    Allowed {
        id,
        given: Given::Stdin,
        least: Role::Viewer,
    }
}

const fn stdout(id: &'static str) -> Allowed {
    Allowed {
        id,
        given: Given::Stdout,
        least: Role::Viewer,
    }
}

const fn admin(id: &'static str) -> Allowed {
    Allowed {
        id,
        given: Given::Any,
        least: Role::Admin,
    }
}

const fn served(path: &'static [&'static str], least: Role, args: &'static [Allowed]) -> Served {
    Served { path, least, args }
}

use Role::{Admin, Editor, Viewer};

/// The options every command takes, which choose nothing on the server.
pub const GLOBAL: &[Allowed] = &[any("lang"), any("read_only")];

const FILTERS: [Allowed; 3] = [any("status"), any("country"), any("sector")];

/// The allow-list. `--db`, `--empty`, `--output`, `--force` (but `import --force`,
/// which names no file), `--authorized-keys`, and `serve` are in no entry: no one runs
/// them over SSH.
pub const SERVED: &[Served] = &[
    served(&[], Viewer, &[any("mouse")]),
    served(
        &["list"],
        Viewer,
        &[
            FILTERS[0],
            FILTERS[1],
            FILTERS[2],
            any("search"),
            any("sort"),
            any("reverse"),
            any("format"),
        ],
    ),
    served(&["show"], Viewer, &[any("project"), any("format")]),
    served(&["history"], Viewer, &[any("project"), any("format")]),
    served(
        &["summary"],
        Viewer,
        &[
            FILTERS[0],
            FILTERS[1],
            FILTERS[2],
            any("by"),
            any("format"),
            any("ascii"),
            any("as_of"),
            any("trend"),
        ],
    ),
    served(
        &["digest"],
        Viewer,
        &[
            FILTERS[0],
            FILTERS[1],
            FILTERS[2],
            any("since"),
            any("until"),
            any("format"),
        ],
    ),
    served(&["export"], Viewer, &[any("format")]),
    served(&["check"], Viewer, &[admin("repair")]),
    served(&["source", "list"], Viewer, &[]),
    served(&["indicator", "list"], Viewer, &[any("all")]),
    served(&["completions"], Viewer, &[any("shell")]),
    served(&["manpage"], Viewer, &[]),
    served(
        &["add"],
        Editor,
        &[
            any("name"),
            any("name_ru"),
            any("country"),
            any("region"),
            any("sector"),
            any("status"),
            any("investment"),
            any("jobs_planned"),
            any("jobs_created"),
            any("partners"),
            any("started"),
            any("completed"),
            any("description"),
            any("source"),
        ],
    ),
    served(
        &["set"],
        Editor,
        &[any("project"), any("assignments"), any("if_version"), any("source")],
    ),
    served(&["delete"], Editor, &[any("project")]),
    served(&["undo"], Editor, &[any("skip")]),
    served(&["redo"], Editor, &[]),
    served(
        &["note"],
        Editor,
        &[any("project"), any("text"), any("date"), any("source")],
    ),
    served(
        &["import"],
        Editor,
        &[
            stdin("file"),
            any("format"),
            any("allow_duplicates"),
            any("sheet"),
            any("unit"),
            // Corrections (issue 23): an editor's, --dry-run too (it tries the edits in
            // the write transaction and takes them back). `import --force` names no
            // file: it applies conflicting rows.
            any("update"),
            any("dry_run"),
            any("force"),
            any("clear_empty"),
            any("add_new"),
            any("source"),
        ],
    ),
    served(&["restore"], Admin, &[any("id")]),
    served(&["backup"], Admin, &[stdout("path")]),
    served(
        &["source", "add"],
        Admin,
        &[
            any("publisher"),
            any("title"),
            any("url"),
            any("published"),
            any("note"),
        ],
    ),
    served(
        &["indicator", "add"],
        Admin,
        &[
            any("as_of"),
            any("scope"),
            any("metric"),
            any("value"),
            any("qualifier"),
            any("over"),
            any("source"),
            any("note"),
        ],
    ),
    served(&["indicator", "remove"], Admin, &[any("id")]),
    served(
        &["indicator", "correct"],
        Admin,
        &[any("id"), any("value"), any("qualifier"), any("note")],
    ),
    // Meetings and agreements (issue 24): viewers read, editors write.
    served(&["agenda"], Viewer, &[any("meeting"), any("since"), any("format")]),
    served(&["meeting", "list"], Viewer, &[any("format")]),
    served(&["meeting", "show"], Viewer, &[any("meeting"), any("format")]),
    served(&["meeting", "history"], Viewer, &[any("meeting"), any("format")]),
    served(&["agreement", "history"], Viewer, &[any("id"), any("format")]),
    served(
        &["meeting", "add"],
        Editor,
        &[
            any("date"),
            any("place"),
            any("kind"),
            any("number"),
            any("co_chairs"),
            any("title"),
            any("held"),
            any("source"),
        ],
    ),
    served(&["meeting", "set"], Editor, &[any("meeting"), any("assignments")]),
    served(
        &["agreement", "list"],
        Viewer,
        &[
            any("overdue"),
            any("due_before"),
            any("meeting"),
            any("project"),
            any("side"),
            any("status"),
            any("format"),
        ],
    ),
    served(&["agreement", "show"], Viewer, &[any("id"), any("format")]),
    served(
        &["agreement", "add"],
        Editor,
        &[
            any("meeting"),
            any("text"),
            any("due"),
            any("side"),
            any("responsible"),
            any("project"),
            any("status"),
            any("source"),
        ],
    ),
    served(
        &["agreement", "set"],
        Editor,
        &[any("id"), any("assignments"), any("link"), any("unlink")],
    ),
    served(
        &["agreement", "note"],
        Editor,
        &[any("id"), any("text"), any("date"), any("source")],
    ),
    served(&["access", "add"], Admin, &[any("name"), any("role"), stdin("key")]),
    served(&["access", "list"], Admin, &[]),
    served(&["access", "remove"], Admin, &[any("name")]),
    served(&["access", "role"], Admin, &[any("name"), any("role")]),
    served(&["access", "sync"], Admin, &[]),
    served(&["access", "log"], Admin, &[any("last")]),
];

/// Why what was asked is not run for a person over SSH.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// No entry serves this command (`serve`, or one not listed yet).
    Command { command: String },
    /// The command is served, this argument is not (`summary --output`).
    Argument { command: String, argument: String },
    /// The argument is served only as `-` (standard input or output).
    NotStandardStream {
        command: String,
        argument: String,
        input: bool,
    },
    /// Their role is below the one the command or argument needs.
    Role { needed: Role, have: Role },
}

/// What was asked, as clap read it: the command's words and every argument given on
/// the command line (defaults and the server's environment are not the person's).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Asked {
    pub path: Vec<String>,
    /// clap's id of each argument given, with its values as typed.
    pub given: Vec<(String, Vec<String>)>,
}

impl Asked {
    /// What `matches` holds of what was typed; `command` is the definition it was parsed
    /// with (its argument groups are not arguments).
    pub fn from_matches(command: &clap::Command, matches: &ArgMatches) -> Self {
        let mut path = Vec::new();
        let mut given: Vec<(String, Vec<String>)> = Vec::new();
        let mut level = matches;
        let mut definition = Some(command);
        loop {
            for id in level.ids() {
                let id = id.as_str();
                let group = definition.is_some_and(|d| d.get_groups().any(|g| g.get_id() == id));
                if group
                    || level.value_source(id) != Some(ValueSource::CommandLine)
                    || given.iter().any(|(g, _)| g == id)
                {
                    continue;
                }
                let values = level
                    .try_get_raw(id)
                    .ok()
                    .flatten()
                    .map(|raw| raw.map(|v| v.to_string_lossy().into_owned()).collect())
                    .unwrap_or_default();
                given.push((id.to_string(), values));
            }
            match level.subcommand() {
                Some((name, sub)) => {
                    path.push(name.to_string());
                    level = sub;
                    definition = definition.and_then(|d| d.find_subcommand(name));
                }
                None => break,
            }
        }
        Self { path, given }
    }

    /// The command's words, as typed: `indicator add`.
    pub fn command(&self) -> String {
        self.path.join(" ")
    }
}

/// The entry that serves the command at `path`, if any.
pub fn entry(path: &[String]) -> Option<&'static Served> {
    SERVED
        .iter()
        .find(|served| served.path.len() == path.len() && served.path.iter().zip(path).all(|(a, b)| a == b))
}

/// Whether a person with `role` may run what was asked: the command is listed, its role
/// is reached, and every argument given is listed for it (and given as listed).
pub fn check(role: Role, asked: &Asked) -> Result<(), Refusal> {
    let command = asked.command();
    let served = entry(&asked.path).ok_or_else(|| Refusal::Command {
        command: command.clone(),
    })?;
    let mut needed = served.least;
    for (id, values) in &asked.given {
        let allowed = served
            .args
            .iter()
            .chain(GLOBAL)
            .find(|a| a.id == id)
            .ok_or_else(|| Refusal::Argument {
                command: command.clone(),
                argument: id.clone(),
            })?;
        let standard = values.iter().all(|v| v == "-");
        match allowed.given {
            Given::Any => {}
            Given::Stdin | Given::Stdout if standard => {}
            Given::Stdin | Given::Stdout => {
                return Err(Refusal::NotStandardStream {
                    command: command.clone(),
                    argument: id.clone(),
                    input: allowed.given == Given::Stdin,
                });
            }
        }
        needed = needed.max(allowed.least);
    }
    if role < needed {
        return Err(Refusal::Role { needed, have: role });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use clap::{Arg, ArgAction, CommandFactory, ValueHint};

    use super::*;
    use crate::cli::Cli;

    fn asked(text: &str) -> Asked {
        asked_with(Cli::command(), text)
    }

    fn asked_with(mut command: clap::Command, text: &str) -> Asked {
        let words = shlex::split(text).unwrap();
        command.build();
        let matches = command
            .clone()
            .try_get_matches_from(std::iter::once("ortaq".to_string()).chain(words))
            .unwrap_or_else(|e| panic!("{text}: {e}"));
        Asked::from_matches(&command, &matches)
    }

    fn built() -> clap::Command {
        let mut root = Cli::command();
        root.build();
        root
    }

    /// Every served command and argument exists in the command line's definition: an
    /// entry cannot silently stop matching after a rename.
    #[test]
    fn every_entry_names_a_real_command_and_real_arguments() {
        let root = built();
        for served in SERVED {
            let mut command = &root;
            for word in served.path {
                command = command
                    .find_subcommand(word)
                    .unwrap_or_else(|| panic!("{:?}: no such command", served.path));
            }
            for allowed in served.args.iter().chain(GLOBAL) {
                assert!(
                    command.get_arguments().any(|a| a.get_id() == allowed.id),
                    "{:?} has no argument {}",
                    served.path,
                    allowed.id
                );
            }
        }
    }

    /// No served argument takes a path on the server, except as `-`.
    #[test]
    fn no_served_argument_names_a_path() {
        let root = built();
        for served in SERVED {
            let mut command = &root;
            for word in served.path {
                command = command.find_subcommand(word).unwrap();
            }
            for allowed in served.args.iter().chain(GLOBAL) {
                let arg = command.get_arguments().find(|a| a.get_id() == allowed.id).unwrap();
                let path_like = matches!(
                    arg.get_value_hint(),
                    ValueHint::AnyPath | ValueHint::FilePath | ValueHint::DirPath | ValueHint::ExecutablePath
                ) || arg.get_value_parser().type_id() == std::any::TypeId::of::<std::path::PathBuf>();
                assert!(
                    !path_like || allowed.given != Given::Any,
                    "{:?} {} names a path",
                    served.path,
                    allowed.id
                );
            }
        }
    }

    #[test]
    fn a_new_option_is_refused_until_it_is_listed() {
        let command = Cli::command().mut_subcommand("summary", |summary| {
            summary.arg(Arg::new("new_option").long("new-option").action(ArgAction::SetTrue))
        });
        let refused = check(Role::Admin, &asked_with(command, "summary --new-option"));
        assert_eq!(
            refused,
            Err(Refusal::Argument {
                command: "summary".into(),
                argument: "new_option".into()
            })
        );
        let command = Cli::command().subcommand(clap::Command::new("brand-new"));
        let refused = check(Role::Admin, &asked_with(command, "brand-new"));
        assert_eq!(
            refused,
            Err(Refusal::Command {
                command: "brand-new".into()
            })
        );
    }

    #[test]
    fn output_files_and_server_paths_are_refused_for_every_role() {
        for text in [
            "summary --by sector --format csv -o .ssh/authorized_keys --force",
            "summary --output=x.csv",
            "list --format xlsx -o /tmp/x.xlsx",
            "digest --since 7d -o x.html",
            "export -o x.json",
            "import /etc/passwd",
            "import data.csv",
            "backup monday.db",
            "backup /var/lib/ortaq/backups/x.db",
            "access add bob --role viewer --key /home/bob.pub",
            "access list --authorized-keys /root/.ssh/authorized_keys",
            "serve alice",
            "--db /tmp/other.db list",
            "--empty list",
        ] {
            for role in Role::ALL {
                let verdict = check(role, &asked(text));
                assert!(
                    matches!(
                        verdict,
                        Err(Refusal::Argument { .. } | Refusal::Command { .. } | Refusal::NotStandardStream { .. })
                    ),
                    "{role:?} may not run {text:?}: {verdict:?}"
                );
            }
        }
    }

    #[test]
    fn standard_streams_are_served() {
        assert_eq!(check(Role::Editor, &asked("import -")), Ok(()));
        assert_eq!(check(Role::Editor, &asked("import --format json -")), Ok(()));
        assert_eq!(check(Role::Admin, &asked("backup -")), Ok(()));
        assert_eq!(
            check(Role::Admin, &asked("access add bob --role viewer --key -")),
            Ok(())
        );
        assert_eq!(
            check(Role::Viewer, &asked("import -")),
            Err(Refusal::Role {
                needed: Role::Editor,
                have: Role::Viewer
            })
        );
    }

    #[test]
    fn an_option_may_need_more_than_its_command() {
        assert_eq!(check(Role::Viewer, &asked("check")), Ok(()));
        assert_eq!(
            check(Role::Editor, &asked("check --repair")),
            Err(Refusal::Role {
                needed: Role::Admin,
                have: Role::Editor
            })
        );
        assert_eq!(check(Role::Admin, &asked("check --repair")), Ok(()));
    }

    #[test]
    fn defaults_and_the_environment_are_not_what_was_asked() {
        let asked = asked("list");
        assert_eq!(asked.path, ["list"]);
        assert!(asked.given.is_empty(), "{:?}", asked.given);
        let asked = super::tests::asked("--lang ru summary --by country");
        let ids: BTreeSet<&str> = asked.given.iter().map(|(id, _)| id.as_str()).collect();
        assert_eq!(ids, BTreeSet::from(["lang", "by"]));
    }
}
