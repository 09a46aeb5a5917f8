//! The access log of a served database: sessions, refusals and changes to people, each
//! with its author and address; append-only (triggers in `schema.sql`).

use rusqlite::{Transaction, params};

use super::{Store, StoreError, now_utc, row};
use crate::store::Operation;

/// What the access log records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AccessEvent {
    SessionStart,
    SessionEnd,
    Refused,
    PersonAdded,
    RoleChanged,
    PersonRemoved,
    SettingChanged,
}

impl AccessEvent {
    const ALL: [AccessEvent; 7] = [
        AccessEvent::SessionStart,
        AccessEvent::SessionEnd,
        AccessEvent::Refused,
        AccessEvent::PersonAdded,
        AccessEvent::RoleChanged,
        AccessEvent::PersonRemoved,
        AccessEvent::SettingChanged,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            AccessEvent::SessionStart => "session-start",
            AccessEvent::SessionEnd => "session-end",
            AccessEvent::Refused => "refused",
            AccessEvent::PersonAdded => "person-added",
            AccessEvent::RoleChanged => "role-changed",
            AccessEvent::PersonRemoved => "person-removed",
            AccessEvent::SettingChanged => "setting-changed",
        }
    }

    fn parse(text: &str) -> Option<Self> {
        AccessEvent::ALL.into_iter().find(|event| event.as_str() == text)
    }
}

/// One line of the access log. Text in it came from people and the network: untrusted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccessEntry {
    pub at: String,
    /// `None` for a value another tool wrote that ortaq does not know.
    pub event: Option<AccessEvent>,
    pub person: Option<String>,
    pub detail: Option<String>,
    pub old_value: Option<String>,
    pub address: Option<String>,
    pub author: String,
    /// For the end of a session, the entry of its start (whose command it does not repeat).
    pub session: Option<i64>,
}

impl AccessEntry {
    /// An entry to record now; the store fills in the time.
    pub fn new(event: AccessEvent, person: Option<&str>, detail: Option<&str>, address: Option<&str>) -> Self {
        Self {
            at: String::new(),
            event: Some(event),
            person: person.map(str::to_string),
            detail: detail.map(str::to_string),
            old_value: None,
            address: address.map(str::to_string),
            author: String::new(),
            session: None,
        }
    }
}

impl Store {
    /// Records an access event, even for a person who may only read (the log is the
    /// door's, not theirs).
    /// Returns the entry's id (a session's end names its start by it).
    pub fn log_access(&mut self, entry: &AccessEntry) -> Result<i64, StoreError> {
        let was_read_only = self.read_only;
        self.read_only = false;
        let result = self.write_needing(None, Operation::WritingAccessLog, |tx, author| {
            insert_entry(tx, entry, author)
        });
        self.read_only = was_read_only;
        result
    }

    /// The last `limit` entries of the access log, oldest first.
    pub fn access_log(&self, limit: usize) -> Result<Vec<AccessEntry>, StoreError> {
        let context = Operation::ReadingAccessLog;
        let mut statement = self
            .conn
            .prepare_cached(
                "SELECT a.at, a.event, a.person, coalesce(a.detail, s.detail), a.old_value, a.address, a.author, a.session
                   FROM (SELECT * FROM access_log ORDER BY id DESC LIMIT ?1) a
                   LEFT JOIN access_log s ON s.id = a.session
                  ORDER BY a.id",
            )
            .map_err(|e| StoreError::from_sqlite(e, context))?;
        statement
            .query_map([i64::try_from(limit).unwrap_or(i64::MAX)], |r| {
                Ok(AccessEntry {
                    at: row::text(r, 0).unwrap_or_default(),
                    event: row::text(r, 1).as_deref().and_then(AccessEvent::parse),
                    person: row::text(r, 2),
                    detail: row::text(r, 3),
                    old_value: row::text(r, 4),
                    address: row::text(r, 5),
                    author: row::text(r, 6).unwrap_or_default(),
                    session: row::integer(r, 7),
                })
            })
            .and_then(|rows| rows.collect())
            .map_err(|e| StoreError::from_sqlite(e, context))
    }
}

pub(super) fn insert_entry(tx: &Transaction<'_>, entry: &AccessEntry, author: &str) -> Result<i64, StoreError> {
    tx.execute(
        "INSERT INTO access_log (at, event, person, detail, old_value, address, author, session)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            now_utc(),
            entry.event.map_or("refused", AccessEvent::as_str),
            entry.person,
            entry.detail,
            entry.old_value,
            entry.address,
            author,
            entry.session
        ],
    )
    .map(|_| tx.last_insert_rowid())
    .map_err(|e| StoreError::from_sqlite(e, Operation::WritingAccessLog))
}
