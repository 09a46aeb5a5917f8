//! What happened to agreements in a window of time (issue 24), both ends included as the
//! digest reads its window: added, done, dropped (as entered in the log, and still so),
//! and newly overdue (their due date's last day passed within the window, still open).

use super::Operation;
use chrono::NaiveDate;

use super::{AgreementQuery, Store, StoreError};
use crate::domain::Agreement;

/// What happened to which agreements, each list by id.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AgreementDigest {
    pub added: Vec<Agreement>,
    pub done: Vec<Agreement>,
    pub dropped: Vec<Agreement>,
    pub newly_overdue: Vec<Agreement>,
}

impl Store {
    /// The agreements' events from `since` to `until` (stored UTC times); `until_day` is
    /// the day the window ends on, for what fell overdue in it.
    pub fn agreement_digest(&self, since: &str, until: &str) -> Result<AgreementDigest, StoreError> {
        let ids = |sql: &str| -> Result<Vec<i64>, StoreError> {
            let mut statement = self
                .conn
                .prepare_cached(sql)
                .map_err(|e| StoreError::from_sqlite(e, Operation::ReadingDigest))?;
            statement
                .query_map([since, until], |r| r.get(0))
                .and_then(|rows| rows.collect())
                .map_err(|e| StoreError::from_sqlite(e, Operation::ReadingDigest))
        };
        let added = ids("SELECT DISTINCT entity_id FROM commission_changes
              WHERE entity = 'agreement' AND field = 'created' AND kind <> 'undo'
                AND changed_at >= ?1 AND changed_at <= ?2")?;
        let status_set = ids("SELECT DISTINCT entity_id FROM commission_changes
              WHERE entity = 'agreement' AND field = 'status' AND new_value IN ('done', 'dropped')
                AND changed_at >= ?1 AND changed_at <= ?2")?;
        let all = self.agreements(&AgreementQuery::default())?;
        let day = |stamp: &str| stamp.get(..10).and_then(|d| d.parse::<NaiveDate>().ok());
        let (first, last) = (day(since), day(until));
        let pick = |keep: &dyn Fn(&Agreement) -> bool| all.iter().filter(|a| keep(a)).cloned().collect::<Vec<_>>();
        Ok(AgreementDigest {
            added: pick(&|a| added.contains(&a.id)),
            done: pick(&|a| status_set.contains(&a.id) && a.status == crate::domain::AgreementStatus::Done),
            dropped: pick(&|a| status_set.contains(&a.id) && a.status == crate::domain::AgreementStatus::Dropped),
            newly_overdue: pick(&|a| {
                let fell_due = a.due.as_ref().and_then(|d| d.latest()).and_then(|d| d.succ_opt());
                match (fell_due, first, last) {
                    (Some(overdue_from), Some(first), Some(last)) => {
                        overdue_from > first && overdue_from <= last && !a.status.is_closed()
                    }
                    _ => false,
                }
            }),
        })
    }
}
