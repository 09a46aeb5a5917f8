//! `ortaq access`: the people who may use a database served over SSH (one service
//! account, one key per person, like gitolite), their roles, the service account's
//! authorized_keys written from them, and the access log. `serve` is the entry their
//! keys are forced to run.

mod allow;
mod keys;
mod outcome;
mod serve;
mod split;

use std::io::Read;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use clap::{Args, Subcommand};

pub use serve::serve;

use crate::domain::text;
use crate::store::{AccessEntry, AccessEvent, NewPerson, Role, Store, valid_person_name};

#[derive(Debug, Subcommand)]
pub enum AccessCommand {
    /// Let a person in with their SSH public key: `access add alice --role editor --key alice.pub`.
    Add {
        /// Their name: the author of their changes (letters, digits, `.`, `_`, `-`).
        name: String,
        /// viewer, editor or admin.
        #[arg(long, value_parser = parse_role)]
        role: Role,
        /// Their public key file (`-`: standard input).
        #[arg(long, value_name = "FILE")]
        key: PathBuf,
        #[command(flatten)]
        file: KeysFile,
    },
    /// List the people allowed in, with their roles and key fingerprints.
    List {
        #[command(flatten)]
        file: KeysFile,
    },
    /// Take a person's access away (their past changes stay theirs).
    Remove {
        /// The person's name.
        name: String,
        #[command(flatten)]
        file: KeysFile,
    },
    /// Change a person's role: viewer, editor or admin.
    Role {
        /// The person's name.
        name: String,
        /// The new role: viewer, editor or admin.
        #[arg(value_parser = parse_role)]
        role: Role,
        #[command(flatten)]
        file: KeysFile,
    },
    /// Write the authorized_keys file again from the database.
    Sync {
        #[command(flatten)]
        file: KeysFile,
    },
    /// Show the access log: sessions, refused commands and where they came from, changes to people.
    Log {
        /// How many of the latest entries.
        #[arg(long, default_value_t = 100)]
        last: usize,
    },
}

/// The authorized_keys file to write.
#[derive(Debug, Args, Default)]
pub struct KeysFile {
    /// The authorized_keys file to write (default: ~/.ssh/authorized_keys of the account running ortaq).
    #[arg(long, value_name = "PATH")]
    pub authorized_keys: Option<PathBuf>,
}

impl AccessCommand {
    /// The authorized_keys path given on the command line, if any.
    pub fn keys_file(&self) -> Option<&Path> {
        match self {
            AccessCommand::Add { file, .. }
            | AccessCommand::List { file }
            | AccessCommand::Remove { file, .. }
            | AccessCommand::Role { file, .. }
            | AccessCommand::Sync { file } => file.authorized_keys.as_deref(),
            AccessCommand::Log { .. } => None,
        }
    }
}

/// Why something asked over SSH is not run, in the language spoken; arguments are named
/// as they are typed (`--output`, `FILE`).
fn refusal_message(refusal: &allow::Refusal) -> String {
    use allow::Refusal;
    match refusal {
        Refusal::Command { command } => crate::tr!("access-refused-command", command = text::for_terminal(command)),
        Refusal::Argument { command, argument } => crate::tr!(
            "access-refused-argument",
            command = text::for_terminal(command),
            argument = argument_as_typed(command, argument)
        ),
        Refusal::NotStandardStream {
            command,
            argument,
            input: true,
        } => crate::tr!("access-refused-stdin", argument = argument_as_typed(command, argument)),
        Refusal::NotStandardStream {
            command,
            argument,
            input: false,
        } => crate::tr!("access-refused-stdout", argument = argument_as_typed(command, argument)),
        Refusal::Role { needed, have } => {
            crate::tr!("access-refused-role", have = have.as_str(), needed = needed.as_str())
        }
    }
}

/// `--output` for the id `output` of `summary`; `FILE` for a positional argument.
fn argument_as_typed(command: &str, id: &str) -> String {
    let root = crate::cli::command();
    let mut level = &root;
    for word in command.split_whitespace() {
        match level.find_subcommand(word) {
            Some(sub) => level = sub,
            None => break,
        }
    }
    let arg = level
        .get_arguments()
        .find(|a| a.get_id() == id)
        .or_else(|| root.get_arguments().find(|a| a.get_id() == id));
    match arg {
        Some(arg) => match arg.get_long() {
            Some(long) => format!("--{long}"),
            None => arg
                .get_value_names()
                .and_then(|names| names.first())
                .map_or_else(|| id.to_uppercase(), ToString::to_string),
        },
        None => id.to_string(),
    }
}

fn parse_role(text: &str) -> Result<Role, String> {
    Role::parse(text).ok_or_else(|| crate::tr!("access-role-unknown", role = text))
}

/// Runs an `access` command on an open database; `keys` is the authorized_keys file
/// when none is given (the served one, over SSH).
pub fn run(store: &mut Store, command: &AccessCommand, keys: Option<&Path>) -> Result<()> {
    let file = &KeysFile {
        authorized_keys: command.keys_file().or(keys).map(Path::to_path_buf),
    };
    match command {
        AccessCommand::Add { name, role, key, .. } => add(store, name, *role, key, file),
        AccessCommand::List { .. } => list(store),
        AccessCommand::Remove { name, .. } => {
            writable(file)?;
            let person = store.remove_person(name)?;
            sync(store, file)?;
            say(&crate::tr!("access-removed", name = person.name.as_str()));
            Ok(())
        }
        AccessCommand::Role { name, role, .. } => {
            writable(file)?;
            let old = store.set_role(name, *role)?;
            sync(store, file)?;
            say(&crate::tr!(
                "access-role-changed",
                name = name.as_str(),
                old = old.as_str(),
                role = role.as_str()
            ));
            Ok(())
        }
        AccessCommand::Sync { .. } => {
            writable(file)?;
            sync(store, file)
        }
        AccessCommand::Log { last } => log(store, *last),
    }
}

fn add(store: &mut Store, name: &str, role: Role, key: &Path, file: &KeysFile) -> Result<()> {
    if !valid_person_name(name) {
        bail!(crate::tr!(
            "access-name-invalid",
            name = text::for_terminal(name).into_owned()
        ));
    }
    let text = read_key(key)?;
    let parsed = keys::parse_key(&text)?;
    writable(file)?;
    let person = store.add_person(&NewPerson {
        name: name.to_string(),
        role,
        public_key: parsed.public_key,
        fingerprint: parsed.fingerprint,
    })?;
    make_private(store.path())?;
    sync(store, file)?;
    say(&crate::tr!(
        "access-added",
        name = person.name.as_str(),
        role = role.as_str(),
        fingerprint = person.fingerprint.as_str()
    ));
    Ok(())
}

fn read_key(key: &Path) -> Result<String> {
    if key.as_os_str() == "-" {
        let mut text = String::new();
        std::io::stdin()
            .take(64 * 1024)
            .read_to_string(&mut text)
            .with_context(|| crate::tr!("access-key-unreadable-file", path = "-"))?;
        return Ok(text);
    }
    std::fs::read_to_string(key)
        .with_context(|| crate::tr!("access-key-unreadable-file", path = key.display().to_string()))
}

/// The authorized_keys file to write.
fn keys_path(file: &KeysFile) -> Result<PathBuf> {
    match &file.authorized_keys {
        Some(path) => Ok(path.clone()),
        None => keys::default_path(),
    }
}

/// Refuses before the database is changed when the authorized_keys file could not be
/// written after (see [`keys::check`]): a person removed from the database whose line
/// stayed in the file would still get in.
fn writable(file: &KeysFile) -> Result<()> {
    keys::read_checked(&keys_path(file)?).map(drop)
}

/// Writes the authorized_keys file from the people in the database.
fn sync(store: &Store, file: &KeysFile) -> Result<()> {
    let path = keys_path(file)?;
    let ortaq = std::env::current_exe().context(crate::tr!("access-no-binary"))?;
    let database = std::fs::canonicalize(store.path()).unwrap_or_else(|_| store.path().to_path_buf());
    let block = keys::block(&store.people()?, &ortaq, &database, &path)?;
    keys::rewrite(&path, &block).with_context(|| crate::tr!("access-keys-not-synced"))?;
    say(&crate::tr!(
        "access-keys-written",
        path = path.display().to_string(),
        count = store.people()?.len()
    ));
    Ok(())
}

/// The database of a served account is its alone: the file and its WAL companions
/// 0600, and no one else may write its directory (who could, could put another
/// database in its place).
fn make_private(database: &Path) -> Result<()> {
    let mut name = database.as_os_str().to_owned();
    let files = ["", "-wal", "-shm"].map(|suffix| {
        name.push(suffix);
        let path = PathBuf::from(&name);
        name = database.as_os_str().to_owned();
        path
    });
    for path in files.iter().filter(|p| p.exists()) {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
            .with_context(|| crate::tr!("access-not-private", path = path.display().to_string()))?;
    }
    let dir = database
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mode = std::fs::metadata(dir).map(|m| m.permissions().mode()).unwrap_or(0o700);
    if mode & 0o022 != 0 {
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(mode & !0o022))
            .with_context(|| crate::tr!("access-not-private", path = dir.display().to_string()))?;
    }
    Ok(())
}

fn list(store: &Store) -> Result<()> {
    let mut out = String::new();
    for person in store.people()? {
        out.push_str(&format!(
            "{:<20} {:<7} {} {}\n",
            text::for_terminal(&person.name),
            person.role.as_str(),
            text::for_terminal(&person.fingerprint),
            text::for_terminal(&person.created_at)
        ));
    }
    if out.is_empty() {
        say(&crate::tr!("access-nobody"));
        return Ok(());
    }
    super::output::emit(&out)
}

fn log(store: &Store, last: usize) -> Result<()> {
    let mut out = String::new();
    for entry in store.access_log(last)? {
        out.push_str(&log_line(&entry));
        out.push('\n');
    }
    super::output::emit(&out)
}

/// One entry as a line of columns, the same in every language: time, event, person,
/// address (`-` when not over SSH), author, and what (`old -> new` for a change).
fn log_line(entry: &AccessEntry) -> String {
    let safe = |value: &Option<String>| value.as_deref().map(|v| text::for_terminal(v).into_owned());
    let change = matches!(
        entry.event,
        Some(
            AccessEvent::PersonAdded
                | AccessEvent::RoleChanged
                | AccessEvent::PersonRemoved
                | AccessEvent::SettingChanged
        )
    );
    let what = match (safe(&entry.old_value), safe(&entry.detail)) {
        (Some(old), Some(new)) if change => format!("{old} -> {new}"),
        (Some(outcome), Some(asked)) => format!("{asked} [{}]", worded(&outcome)),
        (Some(old), None) => worded(&old),
        (None, Some(detail)) => detail,
        (None, None) => String::new(),
    };
    format!(
        "{} {:<15} {:<16} {:<22} {:<16} {what}",
        text::for_terminal(&entry.at),
        entry.event.map_or("?", AccessEvent::as_str),
        safe(&entry.person).unwrap_or_else(|| "-".into()),
        safe(&entry.address).unwrap_or_else(|| "-".into()),
        text::for_terminal(&entry.author),
    )
    .trim_end()
    .to_string()
}

/// An outcome the log stores as a code, in the language spoken; a refusal's reason,
/// stored as it was said, as it is.
fn worded(stored: &str) -> String {
    outcome::Outcome::parse(stored).map_or_else(|| stored.to_string(), |outcome| outcome.words())
}

/// A message for the person, on standard error.
fn say(text: &str) {
    eprintln!("{text}");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::OpenOptions;

    #[test]
    fn an_invalid_name_is_echoed_with_its_controls_visible() {
        let dir = tempfile::tempdir().unwrap();
        let options = OpenOptions {
            seed: false,
            read_only: false,
        };
        let mut store = Store::open_with(&dir.path().join("o.db"), &options).unwrap();
        let error = add(
            &mut store,
            "boss\u{1b}]0;pwned\u{7}",
            Role::Admin,
            &dir.path().join("none.pub"),
            &KeysFile::default(),
        )
        .unwrap_err()
        .to_string();
        assert!(error.contains("boss^[]0;pwned^G"), "{error}");
        assert!(!error.chars().any(text::is_unsafe), "{error:?}");
    }
}
