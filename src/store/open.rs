//! Opening a database: refusing files that are not ortaq databases without touching
//! them, creating new ones atomically, and read-only access for users who may only read.

use std::fs;
use std::io::Read;
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, ErrorCode, OpenFlags};

use super::{IoAction, SCHEMA_VERSION, Store, StoreError, migrate, os_user, seed};
use crate::store::Operation;

/// How long a write waits for another user's write to finish before giving up.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// Choices made when opening.
#[derive(Debug, Clone)]
pub struct OpenOptions {
    /// Load the seed portfolio into a database that is created now.
    pub seed: bool,
    /// Open read-only even where writing would be allowed.
    pub read_only: bool,
}

impl Default for OpenOptions {
    fn default() -> Self {
        Self {
            seed: true,
            read_only: false,
        }
    }
}

pub(super) fn open(path: &Path, options: &OpenOptions) -> Result<Store, StoreError> {
    let mut created = false;
    if !path.exists() {
        if options.read_only {
            return Err(StoreError::Io {
                path: path.to_path_buf(),
                action: IoAction::OpeningReadOnly,
                error: std::io::Error::from(std::io::ErrorKind::NotFound),
            });
        }
        created = create(path, options)?;
    }
    check_header(path)?;
    let writable = !options.read_only && can_write(path);
    let (conn, immutable) = connect(path, writable)?;
    let version = migrate::user_version(&conn).map_err(|e| e.at(path))?;
    if version > SCHEMA_VERSION {
        return Err(StoreError::NewerSchema {
            path: path.to_path_buf(),
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    if version == 0 || !migrate::has_ortaq_tables(&conn).map_err(|e| e.at(path))? {
        return Err(StoreError::ForeignDatabase {
            path: path.to_path_buf(),
        });
    }
    if version < SCHEMA_VERSION {
        if !writable {
            return Err(StoreError::ReadOnlyNeedsUpgrade {
                path: path.to_path_buf(),
                supported: SCHEMA_VERSION,
            });
        }
        migrate::upgrade(&conn).map_err(|e| e.at(path))?;
    }
    Ok(Store {
        conn,
        path: path.to_path_buf(),
        read_only: !writable,
        author: os_user(),
        immutable,
        reopened: 0,
        created,
        served: None,
        search_labels: None,
    })
}

/// Refuses, without writing a byte, anything that is not an SQLite file.
fn check_header(path: &Path) -> Result<(), StoreError> {
    let io = |action, error| StoreError::Io {
        path: path.to_path_buf(),
        action,
        error,
    };
    let mut file = fs::File::open(path).map_err(|e| io(IoAction::Opening, e))?;
    let mut header = Vec::with_capacity(16);
    file.by_ref()
        .take(16)
        .read_to_end(&mut header)
        .map_err(|e| io(IoAction::Reading, e))?;
    if header.is_empty() {
        return Err(StoreError::EmptyFile {
            path: path.to_path_buf(),
        });
    }
    if header.as_slice() != SQLITE_HEADER {
        return Err(StoreError::NotSqlite {
            path: path.to_path_buf(),
        });
    }
    Ok(())
}

/// Whether this user may write the file and create its WAL companions beside it.
fn can_write(path: &Path) -> bool {
    let file_writable = fs::OpenOptions::new().write(true).open(path).is_ok();
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let companions_exist = wal_companions(path).iter().all(|p| p.exists());
    let dir_writable =
        fs::metadata(dir).map(|m| !m.permissions().readonly()).unwrap_or(false) && probe_dir_writable(dir);
    file_writable && (dir_writable || companions_exist)
}

fn probe_dir_writable(dir: &Path) -> bool {
    tempfile_in(dir)
        .map(|(file, probe)| {
            drop(file);
            let _ = fs::remove_file(probe);
        })
        .is_ok()
}

fn wal_companions(path: &Path) -> [PathBuf; 2] {
    let with = |suffix: &str| {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        PathBuf::from(name)
    };
    [with("-wal"), with("-shm")]
}

fn connect(path: &Path, writable: bool) -> Result<(Connection, Option<FileStamp>), StoreError> {
    let flags = if writable {
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX
    } else {
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX
    };
    let conn = Connection::open_with_flags(path, flags)
        .map_err(|e| StoreError::from_sqlite(e, Operation::OpeningDatabase).at(path))?;
    configure(&conn, writable).map_err(|e| e.at(path))?;
    if writable {
        keep_wal_companions(&conn).map_err(|e| e.at(path))?;
        return Ok((conn, None));
    }
    // Reading a WAL database needs its -shm file; where a reader can neither find nor
    // create it, the file can only be read as immutable, which is right only while no
    // one writes: see `FileStamp`.
    let needs_immutable = match migrate::user_version(&conn) {
        Err(StoreError::ReadOnly { .. }) => true,
        Err(StoreError::Sqlite { error: source, .. }) => source.sqlite_error_code() == Some(ErrorCode::CannotOpen),
        _ => false,
    };
    if !needs_immutable {
        return Ok((conn, None));
    }
    let [wal, _] = wal_companions(path);
    if fs::metadata(&wal).is_ok_and(|m| m.len() > 0) {
        // Committed changes may wait in the -wal file, and SQLite cannot read them
        // without the -shm file: an immutable read would show older values as current.
        return Err(StoreError::CannotFollow {
            path: path.to_path_buf(),
        });
    }
    let stamp = FileStamp::of(path);
    let uri = format!("file:{}?immutable=1", uri_escape(path));
    let conn = Connection::open_with_flags(uri, flags | OpenFlags::SQLITE_OPEN_URI)
        .map_err(|e| StoreError::from_sqlite(e, Operation::OpeningDatabase).at(path))?;
    configure(&conn, false).map_err(|e| e.at(path))?;
    Ok((conn, Some(stamp)))
}

/// Keeps the -wal and -shm files when the last writer closes (SQLite deletes them
/// otherwise), so that a colleague who may only read, and so cannot create them, still
/// opens the database normally and sees every later commit.
///
/// Compatible with Litestream (checked with 0.5 by `tests/restore_drill.rs`): Litestream
/// sets this same persistent-WAL option on its own connection, for the same reason of
/// keeping the WAL in place. While it runs, it holds a connection open, so no ortaq
/// connection is ever the last one and none checkpoints on close. When it is stopped,
/// the last ortaq connection checkpoints on close as SQLite always does, but keeps the
/// file instead of deleting it; Litestream, restarted, sees the WAL moved on without it
/// and takes a fresh snapshot, exactly as it does when the file was deleted. The option
/// changes no journal mode and runs no checkpoint of its own.
fn keep_wal_companions(conn: &Connection) -> Result<(), StoreError> {
    let mut persist: std::os::raw::c_int = 1;
    conn.file_control(Some(rusqlite::MAIN_DB), rusqlite::FileControl::PersistWal(&mut persist))
        .map_err(|e| StoreError::from_sqlite(e, Operation::SettingUpConnection))
}

/// What an immutable reader saw of the file when it opened it. SQLite trusts an
/// immutable file never to change; once a writer appears (a -wal file, or the file
/// itself changed), the reader must open it again, or it would show a stale snapshot and
/// in time read pages that were rewritten under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct FileStamp {
    modified: Option<std::time::SystemTime>,
    len: u64,
    wal_exists: bool,
}

impl FileStamp {
    pub(super) fn of(path: &Path) -> Self {
        let metadata = fs::metadata(path).ok();
        Self {
            modified: metadata.as_ref().and_then(|m| m.modified().ok()),
            len: metadata.map_or(0, |m| m.len()),
            wal_exists: wal_companions(path)[0].exists(),
        }
    }
}

/// Opens the database again for reading, after an immutable reader saw it change.
pub(super) fn reconnect_reader(path: &Path) -> Result<(Connection, Option<FileStamp>), StoreError> {
    connect(path, false)
}

fn configure(conn: &Connection, writable: bool) -> Result<(), StoreError> {
    let sql = |e| StoreError::from_sqlite(e, Operation::SettingUpConnection);
    conn.busy_timeout(BUSY_TIMEOUT).map_err(sql)?;
    conn.pragma_update(None, "foreign_keys", true).map_err(sql)?;
    if writable {
        // FULL: an acknowledged change survives a power cut, not only a crash.
        conn.pragma_update(None, "synchronous", "FULL").map_err(sql)?;
    }
    Ok(())
}

/// Builds a new database beside `path` under a temporary name and links it into place,
/// so nobody ever sees a half-made file; if another user created it first, theirs wins.
/// Says whether this call made the file.
fn create(path: &Path, options: &OpenOptions) -> Result<bool, StoreError> {
    let io = |action, error| StoreError::Io {
        path: path.to_path_buf(),
        action,
        error,
    };
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    create_dirs(dir).map_err(|e| io(IoAction::CreatingDirectory, e))?;
    let (file, temp) = tempfile_in(dir).map_err(|e| io(IoAction::Creating, e))?;
    drop(file);
    let built = build_new(&temp, options);
    let linked = built.and_then(|()| match fs::hard_link(&temp, path) {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(false),
        Err(_) if !path.exists() => fs::rename(&temp, path)
            .map(|()| true)
            .map_err(|e| io(IoAction::Creating, e)),
        Err(e) => Err(io(IoAction::Creating, e)),
    });
    let _ = fs::remove_file(&temp);
    linked
}

fn build_new(temp: &Path, options: &OpenOptions) -> Result<(), StoreError> {
    let mut conn = Connection::open(temp).map_err(|e| StoreError::from_sqlite(e, Operation::CreatingDatabase))?;
    conn.pragma_update(None, "journal_mode", "WAL")
        .map_err(|e| StoreError::from_sqlite(e, Operation::CreatingDatabase))?;
    configure(&conn, true)?;
    migrate::create(&mut conn, |tx| {
        if options.seed {
            seed::load(tx, super::SEED_AUTHOR)
        } else {
            Ok(())
        }
    })?;
    conn.close()
        .map_err(|(_, e)| StoreError::from_sqlite(e, Operation::CreatingDatabase))
}

/// Creates a directory and its missing parents with the permissions a shared database
/// needs (group-writable where the umask allows) but never world-writable, even under
/// `umask 000`.
pub(crate) fn create_dirs(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    fs::DirBuilder::new().recursive(true).mode(0o775).create(dir)
}

/// Creates a new empty file readable by all but writable only by its owner and group
/// (as the umask allows), never world-writable.
/// The mode a file made from the database (a backup, a report) gets: never more open
/// than the database itself, so a private database (0600, as a served one is) gives
/// private copies; otherwise the usual 0664 less what the umask takes.
pub fn copy_mode(database: &Path) -> u32 {
    match fs::metadata(database) {
        Ok(meta) if meta.permissions().mode() & 0o077 == 0 => 0o600,
        _ => 0o664,
    }
}

pub(crate) fn tempfile_in(dir: &Path) -> std::io::Result<(fs::File, PathBuf)> {
    for attempt in 0..100_u32 {
        let name = format!(".ortaq-new-{}-{attempt}", std::process::id());
        let candidate = dir.join(name);
        match fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o664)
            .open(&candidate)
        {
            Ok(file) => {
                let mode = file.metadata()?.permissions().mode() & !0o002;
                file.set_permissions(fs::Permissions::from_mode(mode))?;
                return Ok((file, candidate));
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(std::io::Error::from(std::io::ErrorKind::AlreadyExists))
}

fn uri_escape(path: &Path) -> String {
    let mut escaped = String::new();
    for byte in path.as_os_str().as_encoded_bytes() {
        match byte {
            b'?' | b'#' | b'%' | 0x80..=0xff => escaped.push_str(&format!("%{byte:02X}")),
            b => escaped.push(char::from(*b)),
        }
    }
    escaped
}
