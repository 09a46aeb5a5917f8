//! Writing without holding up whoever waits on the store: a write that waits only a
//! moment for another connection's lock (and says so, rather than waiting the full
//! busy timeout).

use std::time::Duration;

use super::open::BUSY_TIMEOUT;
use super::{Store, StoreError};

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
                .map_err(|e| StoreError::from_sqlite(e, "setting how long to wait for a lock"))
        };
        set(self, wait)?;
        let result = work(self);
        set(self, BUSY_TIMEOUT)?;
        result
    }
}
