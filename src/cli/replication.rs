//! What `ortaq check` says about the journal, which replication (Litestream) depends on:
//! a database not in WAL mode cannot be replicated, and a `-wal` file full of changes
//! that are never checkpointed means the replication, or a reader, is stuck.

use crate::store::{JournalHealth, WAL_WARNING_BYTES};
use crate::tr;

/// The journal lines of the check report; warnings start with `warning:`.
pub fn journal_report(journal: &JournalHealth) -> String {
    let mut out = String::new();
    if journal.is_wal() {
        out.push_str(&tr!("cli-journal-wal"));
    } else {
        out.push_str(&tr!(
            "cli-journal-not-wal",
            mode = crate::domain::text::for_terminal(&journal.mode)
        ));
    }
    out.push('\n');
    if journal.wal_overgrown() {
        let waiting = journal.wal_waiting_bytes.unwrap_or(0);
        out.push_str(&tr!(
            "cli-journal-overgrown",
            waiting = megabytes(waiting),
            limit = megabytes(WAL_WARNING_BYTES)
        ));
        out.push('\n');
    }
    out
}

fn megabytes(bytes: u64) -> i64 {
    i64::try_from(bytes / (1024 * 1024)).unwrap_or(i64::MAX)
}
