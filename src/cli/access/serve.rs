//! `ortaq --db PATH serve NAME`: the command a person's key is forced to run (see
//! `keys.rs`). It runs what they asked for in `SSH_ORIGINAL_COMMAND`, or the interface
//! when they asked for nothing, as NAME and within NAME's role as the database has it
//! now; it logs every session and every refusal with the address it came from.

use std::ffi::OsString;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use anyhow::{Result, anyhow, bail};

use super::allow;
use super::outcome::Outcome;
use super::split::{self, Parsed};
use crate::cli::{Cli, Command};
use crate::domain::text;
use crate::store::{AccessEntry, AccessEvent, OpenOptions, Person, Role, Store};

/// The longest command a person may ask for; a longer one is refused (and logged) here,
/// before the shell's own limit cuts it somewhere else.
pub const MAX_COMMAND_BYTES: usize = 4096;

/// Serves the person `name` on the database `cli.db`.
/// Runs one command of the served person on their database: the dispatcher, passed in by
/// it so that serving needs no import of it (the two would call each other in a circle).
pub type RunCommand = fn(Store, &Command) -> Result<()>;

pub fn serve(
    cli: &Cli,
    name: &str,
    fingerprint: Option<&str>,
    keys: Option<&Path>,
    run_command: RunCommand,
) -> Result<()> {
    let database = cli
        .db
        .clone()
        .ok_or_else(|| anyhow!(crate::tr!("access-serve-needs-db")))?;
    ensure_private(&database)?;
    let mut store = open(&database)?;
    let address = client_address();
    let asked = std::env::var_os("SSH_ORIGINAL_COMMAND").unwrap_or_default();
    let person = store.person(name)?;
    // A line with no fingerprint was written by an older ortaq; one whose key is not the
    // person's now was left behind (by hand) for someone removed: neither lets anyone in.
    let refusal = match (&person, fingerprint) {
        (None, _) => Some((
            Outcome::NotAllowedIn,
            crate::tr!("access-not-allowed", name = text::for_terminal(name)),
        )),
        (Some(_), None) => Some((Outcome::LineWithoutKey, crate::tr!("access-serve-old-line"))),
        (Some(person), Some(key)) if person.fingerprint != key => Some((
            Outcome::NotThisPersonsKey,
            crate::tr!("access-not-allowed", name = text::for_terminal(name)),
        )),
        (Some(_), Some(_)) => None,
    };
    let (Some(person), None) = (person, refusal.as_ref()) else {
        let (why, said) = refusal.unwrap_or((Outcome::NotAllowedIn, String::new()));
        let mut entry = AccessEntry::new(
            AccessEvent::Refused,
            Some(name),
            Some(&shown(&asked)),
            address.as_deref(),
        );
        entry.old_value = Some(why.code());
        store.log_access(&entry)?;
        bail!(said);
    };
    store.serve_as(&person);
    let served = Served {
        person,
        address,
        asked,
        database,
        keys: keys.map(Path::to_path_buf),
        run_command,
    };
    served.run(store, cli.mouse)
}

/// What was asked, as the log keeps it: at most [`MAX_COMMAND_BYTES`], invalid UTF-8
/// and control characters shown, never stored raw.
fn shown(asked: &std::ffi::OsStr) -> String {
    let lossy = asked.to_string_lossy();
    let mut end = lossy.len().min(MAX_COMMAND_BYTES);
    while !lossy.is_char_boundary(end) {
        end -= 1;
    }
    let cut = &lossy[..end];
    let cut = if end < lossy.len() {
        format!("{cut}…")
    } else {
        cut.to_string()
    };
    text::for_terminal(&cut).into_owned()
}

/// One session: who, from where, what they asked.
struct Served {
    person: Person,
    address: Option<String>,
    asked: OsString,
    database: PathBuf,
    /// The authorized_keys file the person's line is in.
    keys: Option<PathBuf>,
    run_command: RunCommand,
}

impl Served {
    fn run(&self, mut store: Store, mouse: bool) -> Result<()> {
        let Some(asked) = self.asked.to_str() else {
            return self.refuse(&mut store, &crate::tr!("access-refused-not-utf8"));
        };
        if asked.len() > MAX_COMMAND_BYTES {
            return self.refuse(
                &mut store,
                &crate::tr!("access-refused-too-long", limit = MAX_COMMAND_BYTES),
            );
        }
        let (cli, words) = match split::parse(asked) {
            Ok(Parsed::Run(cli, words)) => (cli, words),
            Ok(Parsed::Print(text)) => {
                let session = self.start(&mut store)?;
                let printed = super::super::output::emit(&text);
                session.end(&printed);
                return printed;
            }
            Err(unparsed) => return self.refuse(&mut store, &unparsed.message()),
        };
        if let Err(refusal) = allow::check(self.person.role, &words) {
            return self.refuse(&mut store, &super::refusal_message(&refusal));
        }
        if self.person.role == Role::Viewer || cli.read_only {
            store.restrict_to_reading();
        }
        let session = Arc::new(self.start(&mut store)?);
        let result = match &cli.command {
            None => {
                let on_hangup = Arc::clone(&session);
                crate::tui::on_hangup(move |signal| on_hangup.end_with(&hangup(signal)));
                let result = crate::tui::run(store, mouse || cli.mouse);
                if crate::tui::take_hangup_hook().is_some()
                    && let Some(signal) = crate::tui::hung_up()
                {
                    session.end_with(&hangup(signal));
                }
                result
            }
            Some(command) => {
                end_on_hangup(Arc::clone(&session));
                match command {
                    Command::Access(access) => super::run(&mut store, access, self.keys.as_deref()),
                    command => (self.run_command)(store, command),
                }
            }
        };
        session.end(&result);
        result
    }

    /// Logs the start of the session; its end is logged through what this returns.
    fn start(&self, store: &mut Store) -> Result<Session> {
        let entry = AccessEntry::new(
            AccessEvent::SessionStart,
            Some(&self.person.name),
            Some(&self.asked_for_log()),
            self.address.as_deref(),
        );
        let id = store.log_access(&entry)?;
        Ok(Session {
            id,
            database: self.database.clone(),
            person: self.person.clone(),
            address: self.address.clone(),
            ended: AtomicBool::new(false),
        })
    }

    fn refuse(&self, store: &mut Store, reason: &str) -> Result<()> {
        // clap's explanation runs to several lines; its first says what was wrong.
        let first_line = reason.lines().next().unwrap_or_default().to_string();
        let mut entry = AccessEntry::new(
            AccessEvent::Refused,
            Some(&self.person.name),
            Some(&self.asked_for_log()),
            self.address.as_deref(),
        );
        entry.old_value = Some(first_line);
        store.log_access(&entry)?;
        bail!(crate::tr!("access-refused", reason = reason))
    }

    fn asked_for_log(&self) -> String {
        if self.asked.is_empty() {
            "(interface)".to_string()
        } else {
            shown(&self.asked)
        }
    }
}

/// A session begun: its end is logged once, however it ends (a return, an error, a
/// hangup), on a connection of its own (the work has taken the first).
struct Session {
    id: i64,
    database: PathBuf,
    person: Person,
    address: Option<String>,
    ended: AtomicBool,
}

impl Session {
    fn end(&self, result: &Result<()>) {
        let outcome = match result {
            Ok(()) => Outcome::Ok.code(),
            Err(error) => Outcome::Failed(format!("{error:#}")).code(),
        };
        self.end_with(&outcome);
    }

    fn end_with(&self, outcome: &str) {
        if self.ended.swap(true, Ordering::SeqCst) {
            return;
        }
        let mut entry = AccessEntry::new(
            AccessEvent::SessionEnd,
            Some(&self.person.name),
            None,
            self.address.as_deref(),
        );
        entry.old_value = Some(outcome.to_string());
        entry.session = Some(self.id);
        let logged = open(&self.database).and_then(|mut store| {
            store.set_author(&self.person.author);
            Ok(store.log_access(&entry)?)
        });
        if let Err(error) = logged {
            // The person's work is done; the log's failure is said, not made theirs.
            eprintln!("ortaq: {}", text::for_terminal(&crate::cli::error_line(&error)));
        }
    }
}

/// A command cut off by the link dropping (sshd's hangup, as for an `import -` still
/// reading) ends its session in the log before the process ends; a write in progress is
/// rolled back by SQLite.
fn end_on_hangup(session: Arc<Session>) {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGHUP, SIGTERM, SIGINT]) else {
        return;
    };
    let spawned = std::thread::Builder::new().name("hangup".into()).spawn(move || {
        if let Some(signal) = signals.forever().next() {
            session.end_with(&hangup(signal));
            std::process::exit(128 + signal);
        }
    });
    if spawned.is_err() {
        eprintln!("ortaq: {}", crate::tr!("access-serve-no-hangup-watch"));
    }
}

/// How the log says a session ended by a signal (the link dropped: SIGHUP).
fn hangup(signal: i32) -> String {
    Outcome::Hangup(signal).code()
}

fn open(database: &Path) -> Result<Store> {
    let mut store = Store::open_with(
        database,
        &OpenOptions {
            seed: false,
            read_only: false,
        },
    )?;
    if store.is_read_only() {
        bail!(crate::tr!(
            "access-serve-cannot-write",
            path = database.display().to_string()
        ));
    }
    store.set_search_labels(crate::i18n::search_also);
    Ok(store)
}

/// The client's address and port, from `SSH_CONNECTION` ("client port server port").
fn client_address() -> Option<String> {
    address_of(&std::env::var("SSH_CONNECTION").ok()?)
}

fn address_of(connection: &str) -> Option<String> {
    let mut parts = connection.split_whitespace();
    let (host, port) = (parts.next()?, parts.next()?);
    Some(if host.contains(':') {
        format!("[{host}]:{port}")
    } else {
        format!("{host}:{port}")
    })
}

/// Refuses to serve unless the database, its WAL companions and its directory belong to
/// this account and no one else may write them: whoever could would be able to write the
/// audit rows of anyone, or run this entry with any name.
pub fn ensure_private(database: &Path) -> Result<()> {
    let me = rustix::process::geteuid().as_raw();
    let mut wal = database.as_os_str().to_owned();
    wal.push("-wal");
    let mut shm = database.as_os_str().to_owned();
    shm.push("-shm");
    let dir = database
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let meta = std::fs::metadata(database).map_err(|_| {
        anyhow!(crate::tr!(
            "access-serve-no-database",
            path = database.display().to_string()
        ))
    })?;
    let mut checked = vec![(database.to_path_buf(), meta)];
    for path in [PathBuf::from(wal), PathBuf::from(shm), dir.to_path_buf()] {
        if let Ok(meta) = std::fs::metadata(&path) {
            checked.push((path, meta));
        }
    }
    for (path, meta) in checked {
        if meta.uid() != me || meta.permissions().mode() & 0o022 != 0 {
            bail!(crate::tr!(
                "access-serve-not-private",
                path = path.display().to_string(),
                mode = format!("{:04o}", meta.permissions().mode() & 0o7777)
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_database_others_may_write_is_not_served() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o700)).unwrap();
        let db = dir.path().join("ortaq.db");
        assert!(ensure_private(&db).is_err(), "no database");
        std::fs::write(&db, b"").unwrap();
        std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o600)).unwrap();
        assert!(ensure_private(&db).is_ok());
        std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o660)).unwrap();
        let refused = ensure_private(&db).unwrap_err().to_string();
        assert!(refused.contains("0660"), "{refused}");
        std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o644)).unwrap();
        assert!(ensure_private(&db).is_ok(), "others may read; not write");
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o777)).unwrap();
        assert!(ensure_private(&db).is_err(), "anyone could replace the file");
    }

    #[test]
    fn the_address_is_the_client_part_of_ssh_connection() {
        assert_eq!(
            address_of("192.0.2.7 52344 10.0.0.1 22").as_deref(),
            Some("192.0.2.7:52344")
        );
        assert_eq!(
            address_of("2001:db8::7 52344 ::1 22").as_deref(),
            Some("[2001:db8::7]:52344")
        );
        assert_eq!(address_of("garbage"), None);
    }
}
