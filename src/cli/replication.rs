//! What `ortaq check` says about the journal, which replication (Litestream) depends on:
//! a database not in WAL mode cannot be replicated, and a `-wal` file full of changes
//! that are never checkpointed means the replication, or a reader, is stuck.

use crate::domain::group_thousands;
use crate::store::{JournalHealth, WAL_WARNING_BYTES};

/// The journal lines of the check report; warnings start with `warning:`.
pub fn journal_report(journal: &JournalHealth) -> String {
    let mut out = String::new();
    if journal.is_wal() {
        out.push_str("journal: wal\n");
    } else {
        out.push_str(&format!(
            "warning: the journal mode is {}, not WAL: Litestream cannot replicate this file, and \
             readers wait for writers; switch it back with `sqlite3 FILE 'PRAGMA journal_mode=WAL'` \
             while nobody has it open\n",
            crate::domain::text::for_terminal(&journal.mode)
        ));
    }
    if journal.wal_overgrown() {
        let waiting = journal.wal_waiting_bytes.unwrap_or(0);
        out.push_str(&format!(
            "warning: the -wal file holds {} MB of changes not yet checkpointed into the database \
             (more than {} MB): something holds checkpoints back, such as a replication \
             (Litestream) that stopped or a reader left open; see `systemctl status litestream`\n",
            group_thousands(megabytes(waiting)),
            megabytes(WAL_WARNING_BYTES)
        ));
    }
    out
}

fn megabytes(bytes: u64) -> i64 {
    i64::try_from(bytes / (1024 * 1024)).unwrap_or(i64::MAX)
}
