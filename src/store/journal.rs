//! The write-ahead log as replication sees it: whether the database is in WAL mode, and
//! how much of the `-wal` file is still waiting to be copied into the database.
//!
//! Litestream (see the README, "Replication and recovery") copies the WAL as it grows and
//! decides itself when to checkpoint. ortaq stays out of its way: the journal mode is set
//! to WAL once, when a file is created (`open::build_new`), and never changed on an
//! existing file; ortaq never runs `wal_checkpoint(TRUNCATE)` or any explicit checkpoint,
//! and leaves SQLite's automatic checkpoints at their default (PASSIVE, which never waits
//! for or disturbs a reader such as Litestream's). Every connection waits on locks
//! (`open::BUSY_TIMEOUT`) instead of failing at once when Litestream holds one briefly.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use super::{Store, StoreError};
use crate::store::Operation;

/// Past this, changes have piled up in the `-wal` file without being checkpointed into
/// the database. SQLite checkpoints at about 4 MB and Litestream soon after a sync, so
/// this many waiting bytes means something holds checkpoints back: a replication that
/// stopped, or a reader left open.
pub const WAL_WARNING_BYTES: u64 = 64 * 1024 * 1024;

/// The SQLite library ortaq runs on (built in, so the same on every machine).
pub fn sqlite_version() -> &'static str {
    rusqlite::version()
}

/// What `check` reports about the journal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JournalHealth {
    /// SQLite's name for the mode: `wal`, or `delete`, `truncate`, ... for the others.
    pub mode: String,
    /// The size of the `-wal` file (0 when there is none).
    pub wal_file_bytes: u64,
    /// Bytes of committed changes in the `-wal` file not yet checkpointed into the
    /// database, when the `-shm` index could be read.
    pub wal_waiting_bytes: Option<u64>,
}

impl JournalHealth {
    pub fn is_wal(&self) -> bool {
        self.mode.eq_ignore_ascii_case("wal")
    }

    /// Whether checkpoints look stuck: more waiting than a working setup ever holds.
    pub fn wal_overgrown(&self) -> bool {
        self.wal_waiting_bytes.unwrap_or(0) > WAL_WARNING_BYTES
    }
}

impl Store {
    /// The journal mode and the state of the `-wal` file. Reads only: it checkpoints
    /// nothing and changes no mode.
    pub fn journal_health(&self) -> Result<JournalHealth, StoreError> {
        let said: String = self
            .conn
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .map_err(|e| StoreError::from_sqlite(e, Operation::ReadingJournalMode))?;
        let mode = effective_mode(said, header_versions(&self.path));
        let wal = companion(&self.path, "-wal");
        let wal_file_bytes = fs::metadata(&wal).map_or(0, |m| m.len());
        let wal_waiting_bytes = if wal_file_bytes == 0 {
            Some(0)
        } else {
            waiting_bytes(&companion(&self.path, "-shm"))
        };
        Ok(JournalHealth {
            mode,
            wal_file_bytes,
            wal_waiting_bytes,
        })
    }
}

/// The journal mode the file is in. A reader that could only open the file immutable
/// is told `delete` whatever the file says, so the file's own header decides: its
/// read and write versions (bytes 18 and 19) are 2 exactly when it is in WAL mode.
fn effective_mode(said: String, versions: Option<[u8; 2]>) -> String {
    if versions == Some([2, 2]) {
        "wal".to_string()
    } else {
        said
    }
}

fn header_versions(path: &Path) -> Option<[u8; 2]> {
    let mut head = [0_u8; 20];
    fs::File::open(path).ok()?.read_exact(&mut head).ok()?;
    Some([head[18], head[19]])
}

fn companion(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Bytes of WAL frames written but not yet checkpointed, from the wal-index header in
/// the `-shm` file (the layout is SQLite's documented file format, "walformat.html").
/// The file size alone would mislead: ortaq keeps the `-wal` file between sessions
/// (`open::keep_wal_companions`) and SQLite reuses it from the start after a checkpoint
/// without shrinking it, so one large import leaves a large but harmless file.
fn waiting_bytes(shm: &Path) -> Option<u64> {
    // The header is kept twice so that a reader can tell a torn read: take a read where
    // both copies agree.
    (0..10).find_map(|_| {
        let mut head = [0_u8; 136];
        fs::File::open(shm).ok()?.read_exact(&mut head).ok()?;
        (head[..48] == head[48..96]).then(|| waiting_in(&head)).flatten()
    })
}

/// Reads the first wal-index header copy and the checkpoint information after it. The
/// values are in the machine's own byte order.
fn waiting_in(head: &[u8; 136]) -> Option<u64> {
    let u32_at = |at: usize| {
        head.get(at..at + 4)
            .and_then(|b| b.try_into().ok())
            .map(u32::from_ne_bytes)
    };
    let version = u32_at(0)?;
    let initialised = head[12] != 0;
    if version != 3_007_000 || !initialised {
        return None;
    }
    let page_size = match u16::from_ne_bytes([head[14], head[15]]) {
        1 => 65_536,
        size => u64::from(size),
    };
    let frames = u64::from(u32_at(16)?);
    let backfilled = u64::from(u32_at(96)?);
    // Each frame is the page and its 24-byte frame header.
    Some(frames.saturating_sub(backfilled) * (page_size + 24))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(frames: u32, backfilled: u32, page_size: u16) -> [u8; 136] {
        let mut head = [0_u8; 136];
        head[0..4].copy_from_slice(&3_007_000_u32.to_ne_bytes());
        head[12] = 1;
        head[14..16].copy_from_slice(&page_size.to_ne_bytes());
        head[16..20].copy_from_slice(&frames.to_ne_bytes());
        let (first, _) = head.split_at(48);
        let copy: Vec<u8> = first.to_vec();
        head[48..96].copy_from_slice(&copy);
        head[96..100].copy_from_slice(&backfilled.to_ne_bytes());
        head
    }

    #[test]
    fn waiting_is_the_frames_not_yet_backfilled() {
        assert_eq!(waiting_in(&header(1000, 400, 4096)), Some(600 * (4096 + 24)));
        assert_eq!(waiting_in(&header(10, 10, 4096)), Some(0));
        assert_eq!(waiting_in(&header(2, 0, 1)), Some(2 * (65_536 + 24)));
    }

    #[test]
    fn the_file_header_says_wal_when_an_immutable_reader_is_told_otherwise() {
        assert_eq!(effective_mode("delete".into(), Some([2, 2])), "wal");
        assert_eq!(effective_mode("delete".into(), Some([1, 1])), "delete");
        assert_eq!(effective_mode("truncate".into(), None), "truncate");
        assert_eq!(effective_mode("wal".into(), Some([2, 2])), "wal");
    }

    #[test]
    fn an_index_that_is_not_one_is_not_read() {
        let mut head = header(5, 0, 4096);
        head[0] ^= 0xff;
        assert_eq!(waiting_in(&head), None);
        let mut head = header(5, 0, 4096);
        head[12] = 0;
        assert_eq!(waiting_in(&head), None);
    }
}
