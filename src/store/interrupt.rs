//! Reading and writing without holding up whoever waits on the store: a write that
//! waits only a moment for another connection's lock (and says so, rather than waiting
//! the full busy timeout), and a count that gives way when asked to stop.
//!
//! The store does not know what "asked to stop" means; the caller passes a check (the
//! interface asks whether a key is waiting).

use std::time::Duration;

use rusqlite::ErrorCode;

use super::open::BUSY_TIMEOUT;
use super::{ProjectQuery, Store, StoreError, Totals};
use crate::store::Operation;

/// How many SQLite virtual-machine steps run between two calls of a stop check: some
/// microseconds of work.
pub const STOP_CHECK_STEPS: i32 = 1_000;

impl Store {
    /// Runs `work` with writes waiting at most `wait` for another connection's lock
    /// (instead of [`BUSY_TIMEOUT`]): a write that finds the database locked fails at
    /// once with [`StoreError::Busy`], having written nothing, and can be tried again.
    pub fn waiting_at_most<T>(
        &mut self,
        wait: Duration,
        work: impl FnOnce(&mut Store) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let set = |store: &Store, timeout| {
            store
                .conn
                .busy_timeout(timeout)
                .map_err(|e| StoreError::from_sqlite(e, Operation::SettingLockWait))
        };
        set(self, wait)?;
        let result = work(self);
        set(self, BUSY_TIMEOUT)?;
        result
    }

    /// The query's count and totals, as [`Store::totals`], unless `stop` says to stop
    /// first: then `Ok(None)`, and the count is left for later. `stop` is called before
    /// the count starts and every [`STOP_CHECK_STEPS`] steps while it runs, so it must
    /// be cheap (look at a flag, or at the clock before anything dearer).
    pub fn totals_unless(
        &mut self,
        query: &ProjectQuery,
        mut stop: impl FnMut() -> bool + Send + 'static,
    ) -> Result<Option<Totals>, StoreError> {
        if stop() {
            return Ok(None);
        }
        let progress = |e| StoreError::from_sqlite(e, Operation::WatchingCount);
        self.conn
            .progress_handler(STOP_CHECK_STEPS, Some(stop))
            .map_err(progress)?;
        let result = self.totals(query);
        self.conn.progress_handler(0, None::<fn() -> bool>).map_err(progress)?;
        match result {
            Ok(totals) => Ok(Some(totals)),
            Err(error) if interrupted(&error) => Ok(None),
            Err(error) => Err(error),
        }
    }
}

/// Whether SQLite stopped a statement because the progress handler asked it to.
fn interrupted(error: &StoreError) -> bool {
    matches!(error, StoreError::Sqlite { error: source, .. }
        if source.sqlite_error_code() == Some(ErrorCode::OperationInterrupted))
}
