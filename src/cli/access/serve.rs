//! `ortaq --db PATH serve NAME`: the command a person's key is forced to run (see
//! `keys.rs`). It runs what they asked for in `SSH_ORIGINAL_COMMAND`, or the interface
//! when they asked for nothing, as NAME and within NAME's role as the database has it
//! now; it logs every session and every refusal with the address it came from.

use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Component, Path, PathBuf};

use anyhow::{Result, anyhow, bail};

use super::roles;
use super::split::{self, Asked};
use crate::cli::{Cli, Command};
use crate::store::{AccessEntry, AccessEvent, OpenOptions, Person, Role, Store};

/// Serves the person `name` on the database `cli.db`.
pub fn serve(cli: &Cli, name: &str, keys: Option<&Path>) -> Result<()> {
    let database = cli
        .db
        .clone()
        .ok_or_else(|| anyhow!(crate::tr!("access-serve-needs-db")))?;
    ensure_private(&database)?;
    let mut store = open(&database)?;
    let address = client_address();
    let asked = std::env::var("SSH_ORIGINAL_COMMAND").unwrap_or_default();
    let Some(person) = store.person(name)? else {
        let mut entry = AccessEntry::new(AccessEvent::Refused, Some(name), Some(&asked), address.as_deref());
        entry.old_value = Some("not allowed in".to_string());
        store.log_access(&entry)?;
        bail!(crate::tr!("access-not-allowed", name = name));
    };
    store.set_author(&person.name);
    let served = Served {
        person,
        address,
        asked,
        database,
        keys: keys.map(Path::to_path_buf),
    };
    served.run(store, cli.mouse)
}

/// One session: who, from where, what they asked.
struct Served {
    person: Person,
    address: Option<String>,
    asked: String,
    database: PathBuf,
    /// The authorized_keys file the person's line is in.
    keys: Option<PathBuf>,
}

impl Served {
    fn run(&self, mut store: Store, mouse: bool) -> Result<()> {
        let cli = match split::parse(&self.asked) {
            Ok(Asked::Run(cli)) => cli,
            Ok(Asked::Print(text)) => return super::super::commands::emit(&text),
            Err(unparsed) => return self.refuse(&mut store, &unparsed.message()),
        };
        if let Err(refusal) = roles::allowed(self.person.role, cli.command.as_ref()) {
            return self.refuse(&mut store, &refusal.message());
        }
        if let Some(lang) = cli.lang.as_deref() {
            crate::i18n::set_language(crate::i18n::Lang::choose(Some(lang)));
        }
        if self.person.role == Role::Viewer || cli.read_only {
            store.restrict_to_reading();
        }
        self.log(&mut store, AccessEvent::SessionStart, None)?;
        // The work takes the store; the end of the session is logged on another connection.
        let mut log = open(&self.database)?;
        log.set_author(&self.person.name);
        let result = match &cli.command {
            None => crate::tui::run(store, mouse || cli.mouse),
            Some(Command::Backup { path }) => backup(&store, path),
            Some(Command::Access(access)) => super::run(&mut store, access, self.keys.as_deref()),
            Some(command) => super::super::commands::run_on(store, command),
        };
        self.end(&mut log, &result)?;
        result
    }

    fn end(&self, store: &mut Store, result: &Result<()>) -> Result<()> {
        let outcome = match result {
            Ok(()) => "ok".to_string(),
            Err(error) => format!("failed: {error:#}"),
        };
        self.log(store, AccessEvent::SessionEnd, Some(outcome))
    }

    fn refuse(&self, store: &mut Store, reason: &str) -> Result<()> {
        // clap's explanation runs to several lines; its first says what was wrong.
        let first_line = reason.lines().next().unwrap_or_default().to_string();
        self.log(store, AccessEvent::Refused, Some(first_line))?;
        bail!(crate::tr!("access-refused", reason = reason))
    }

    fn log(&self, store: &mut Store, event: AccessEvent, outcome: Option<String>) -> Result<()> {
        let asked = if self.asked.trim().is_empty() {
            "(interface)"
        } else {
            self.asked.as_str()
        };
        let mut entry = AccessEntry::new(event, Some(&self.person.name), Some(asked), self.address.as_deref());
        entry.old_value = outcome;
        Ok(store.log_access(&entry)?)
    }
}

fn open(database: &Path) -> Result<Store> {
    let store = Store::open_with(
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

/// `backup NAME` over SSH: a new file directly in the configured backup directory.
fn backup(store: &Store, name: &Path) -> Result<()> {
    let dir = store
        .backup_dir()?
        .ok_or_else(|| anyhow!(crate::tr!("access-backup-no-dir")))?;
    let target = within(&dir, name).ok_or_else(|| {
        anyhow!(crate::tr!(
            "access-backup-outside",
            path = name.display().to_string(),
            dir = dir.display().to_string()
        ))
    })?;
    store.backup(&target)?;
    eprintln!(
        "{}",
        crate::tr!("access-backed-up", path = target.display().to_string())
    );
    Ok(())
}

/// `name` as a file directly in `dir`: a plain file name, or a path naming that place.
fn within(dir: &Path, name: &Path) -> Option<PathBuf> {
    let relative = if name.is_absolute() {
        name.strip_prefix(dir).ok()?
    } else {
        name
    };
    let mut components = relative.components();
    match (components.next(), components.next()) {
        (Some(Component::Normal(file)), None) => Some(dir.join(file)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_backup_goes_directly_into_the_configured_directory() {
        let dir = Path::new("/srv/backups");
        assert_eq!(within(dir, Path::new("monday.db")), Some(dir.join("monday.db")));
        assert_eq!(
            within(dir, Path::new("/srv/backups/monday.db")),
            Some(dir.join("monday.db"))
        );
        for outside in [
            "../monday.db",
            "/etc/x.db",
            "a/b.db",
            "/srv/backups/../x.db",
            "",
            ".",
            "/srv/backups",
        ] {
            assert_eq!(within(dir, Path::new(outside)), None, "{outside}");
        }
    }

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
