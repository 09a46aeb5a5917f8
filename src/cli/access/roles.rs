//! Who may run what over SSH: the role each command needs, and what no one may do there
//! (name a file or another database on the server). One table, tested command by
//! command and role by role.

use super::AccessCommand;
use crate::cli::{Command, IndicatorCommand, SourceCommand};
use crate::store::Role;

/// Why a command is not run for a person served over SSH.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// Their role is below the one the command needs.
    Role { needed: Role, have: Role },
    /// It would read or write a path on the server: this option or argument.
    Path(&'static str),
    /// The entry itself (`serve`) is never run from inside a session.
    Entry,
}

impl Refusal {
    /// One sentence for the person, in their language.
    pub fn message(&self) -> String {
        match self {
            Refusal::Role { needed, have } => {
                crate::tr!("access-refused-role", have = have.as_str(), needed = needed.as_str())
            }
            Refusal::Path(what) => crate::tr!("access-refused-path", option = *what),
            Refusal::Entry => crate::tr!("access-refused-entry"),
        }
    }
}

/// The least role that may run `command` over SSH, or why no role may. `None` is the
/// interface, which everyone may open (read-only for a viewer).
pub fn needed(command: Option<&Command>) -> Result<Role, Refusal> {
    let Some(command) = command else {
        return Ok(Role::Viewer);
    };
    Ok(match command {
        Command::List(args) if args.output.is_some() => return Err(Refusal::Path("list --output")),
        Command::List(_)
        | Command::Show { .. }
        | Command::History { .. }
        | Command::Summary(_)
        | Command::Check { repair: false }
        | Command::Source(SourceCommand::List)
        | Command::Indicator(IndicatorCommand::List { .. })
        | Command::Completions { .. }
        | Command::Manpage => Role::Viewer,
        Command::Export { output: Some(_), .. } => return Err(Refusal::Path("export --output")),
        Command::Export { output: None, .. } => Role::Viewer,
        Command::Digest(args) if args.output.is_some() => return Err(Refusal::Path("digest --output")),
        Command::Digest(_) => Role::Viewer,
        Command::Add(_)
        | Command::Set { .. }
        | Command::Delete { .. }
        | Command::Undo
        | Command::Redo
        | Command::Note { .. } => Role::Editor,
        Command::Import { file, .. } if file.as_os_str() == "-" => Role::Editor,
        Command::Import { .. } => return Err(Refusal::Path("import FILE")),
        Command::Restore { .. }
        | Command::Check { repair: true }
        | Command::Source(SourceCommand::Add { .. })
        // The official figures are the admins' record: who may add one may set it right.
        | Command::Indicator(
            IndicatorCommand::Add { .. } | IndicatorCommand::Remove { .. } | IndicatorCommand::Correct { .. },
        )
        // Only into the configured directory: the entry checks the path.
        | Command::Backup { .. } => Role::Admin,
        Command::Access(access) => return access_needs(access),
        Command::Serve { .. } => return Err(Refusal::Entry),
    })
}

fn access_needs(command: &AccessCommand) -> Result<Role, Refusal> {
    if command.keys_file().is_some() {
        return Err(Refusal::Path("--authorized-keys"));
    }
    match command {
        AccessCommand::Add { key, .. } if key.as_os_str() != "-" => Err(Refusal::Path("--key FILE")),
        AccessCommand::BackupDir { .. } => Err(Refusal::Path("access backup-dir")),
        _ => Ok(Role::Admin),
    }
}

/// Whether a person with `role` may run `command` over SSH.
pub fn allowed(role: Role, command: Option<&Command>) -> Result<(), Refusal> {
    let needed = needed(command)?;
    if role < needed {
        return Err(Refusal::Role { needed, have: role });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use clap::Parser;

    use super::*;
    use crate::cli::Cli;

    /// Every command, as a person would type it, and the least role that may run it
    /// (`None`: no one, over SSH).
    const TABLE: &[(&str, Option<Role>)] = &[
        ("", Some(Role::Viewer)),
        ("list", Some(Role::Viewer)),
        ("list --status operating --format csv", Some(Role::Viewer)),
        ("show angren", Some(Role::Viewer)),
        ("history angren", Some(Role::Viewer)),
        ("summary --format markdown", Some(Role::Viewer)),
        ("check", Some(Role::Viewer)),
        ("export --format csv", Some(Role::Viewer)),
        ("digest --since 7d", Some(Role::Viewer)),
        (
            "digest --since 2024-10-22 --format html --status operating",
            Some(Role::Viewer),
        ),
        ("source list", Some(Role::Viewer)),
        ("indicator list", Some(Role::Viewer)),
        ("indicator list --all", Some(Role::Viewer)),
        ("completions bash", Some(Role::Viewer)),
        ("manpage", Some(Role::Viewer)),
        ("add --name X", Some(Role::Editor)),
        ("set angren investment=1m", Some(Role::Editor)),
        ("set angren investment=1m --source 2", Some(Role::Editor)),
        ("note angren 'text'", Some(Role::Editor)),
        ("delete angren", Some(Role::Editor)),
        ("undo", Some(Role::Editor)),
        ("indicator remove 11", Some(Role::Admin)),
        ("indicator correct 11 --value 74", Some(Role::Admin)),
        ("redo", Some(Role::Editor)),
        ("import -", Some(Role::Editor)),
        ("import --format json -", Some(Role::Editor)),
        ("restore 3", Some(Role::Admin)),
        ("check --repair", Some(Role::Admin)),
        ("source add --publisher P --title T", Some(Role::Admin)),
        (
            "indicator add --as-of 2024 --metric jobs --value 1 --source 1",
            Some(Role::Admin),
        ),
        ("backup monday.db", Some(Role::Admin)),
        ("access list", Some(Role::Admin)),
        ("access log", Some(Role::Admin)),
        ("access add bob --role viewer --key -", Some(Role::Admin)),
        ("access role bob editor", Some(Role::Admin)),
        ("access remove bob", Some(Role::Admin)),
        ("access sync", Some(Role::Admin)),
        ("export -o /tmp/x.json", None),
        ("export --output=/tmp/x.json --force", None),
        ("digest --since 7d --format xlsx -o /tmp/x.xlsx", None),
        ("list --format xlsx -o /tmp/x.xlsx", None),
        ("import /etc/passwd", None),
        ("import data.csv", None),
        ("access add bob --role viewer --key /home/bob.pub", None),
        ("access list --authorized-keys /root/.ssh/authorized_keys", None),
        ("access sync --authorized-keys /tmp/k", None),
        ("access backup-dir /tmp", None),
        ("serve alice", None),
    ];

    fn parse(text: &str) -> Cli {
        let words = shlex::split(text).unwrap();
        Cli::try_parse_from(std::iter::once("ortaq".to_string()).chain(words)).unwrap_or_else(|e| panic!("{text}: {e}"))
    }

    #[test]
    fn every_command_for_every_role() {
        for (text, least) in TABLE {
            let cli = parse(text);
            for role in Role::ALL {
                let verdict = allowed(role, cli.command.as_ref());
                match least {
                    Some(least) if role >= *least => assert_eq!(verdict, Ok(()), "{role:?} may run {text:?}"),
                    Some(least) => assert_eq!(
                        verdict,
                        Err(Refusal::Role {
                            needed: *least,
                            have: role
                        }),
                        "{role:?} may not run {text:?}"
                    ),
                    None => assert!(
                        matches!(verdict, Err(Refusal::Path(_) | Refusal::Entry)),
                        "no one runs {text:?} over SSH: {verdict:?}"
                    ),
                }
            }
        }
    }

    #[test]
    fn the_table_names_every_command() {
        use clap::CommandFactory;
        let tested: std::collections::BTreeSet<&str> = TABLE
            .iter()
            .filter_map(|(text, _)| text.split_whitespace().next())
            .collect();
        for sub in Cli::command().get_subcommands() {
            assert!(
                tested.contains(sub.get_name()),
                "{} is missing from the table",
                sub.get_name()
            );
        }
    }
}
