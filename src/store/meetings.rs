//! Meetings: read, named by a reference, added and changed with audit rows.

use super::Operation;
use rusqlite::{Transaction, params};

use super::commission_log::{CommissionProblem, Entity, Logged, log, next_edit, set_if_changed};
use super::{Role, Store, StoreError, now_utc, row};
use crate::domain::{EdtfDate, Meeting, MeetingKind, reference, text};

const COLUMNS: &str = "id, date, place, kind, number, co_chairs, title, held, source_id, version";

/// A meeting to add.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewMeeting {
    pub date: EdtfDate,
    pub place: String,
    pub kind: MeetingKind,
    pub number: Option<i64>,
    pub co_chairs: Option<String>,
    pub title: Option<String>,
    pub held: bool,
    pub source_id: Option<i64>,
}

/// A field of a meeting that `meeting set` changes, with its stored text (None: clear).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MeetingField {
    Date,
    Place,
    Kind,
    Number,
    CoChairs,
    Title,
    Held,
    Source,
}

impl MeetingField {
    pub const ALL: [MeetingField; 8] = [
        Self::Date,
        Self::Place,
        Self::Kind,
        Self::Number,
        Self::CoChairs,
        Self::Title,
        Self::Held,
        Self::Source,
    ];

    /// The name typed in `meeting set FIELD=VALUE`, and the audit log's.
    pub fn name(self) -> &'static str {
        match self {
            Self::Date => "date",
            Self::Place => "place",
            Self::Kind => "kind",
            Self::Number => "number",
            Self::CoChairs => "co_chairs",
            Self::Title => "title",
            Self::Held => "held",
            Self::Source => "source",
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        let wanted = name.trim().to_lowercase().replace('-', "_");
        Self::ALL.into_iter().find(|f| f.name() == wanted)
    }

    /// Its column in `meetings` and the audit log.
    pub fn column(self) -> &'static str {
        match self {
            Self::Source => "source_id",
            other => other.name(),
        }
    }
}

fn meeting(r: &rusqlite::Row<'_>) -> rusqlite::Result<Meeting> {
    let date_text: String = r.get(1)?;
    let bad = |index| rusqlite::Error::InvalidColumnType(index, "meeting".into(), rusqlite::types::Type::Text);
    Ok(Meeting {
        id: r.get(0)?,
        date: date_text.parse().map_err(|_| bad(1))?,
        place: r.get(2)?,
        kind: MeetingKind::parse(&row::text(r, 3).unwrap_or_default()).ok_or_else(|| bad(3))?,
        number: row::integer(r, 4),
        co_chairs: row::text(r, 5),
        title: row::text(r, 6),
        held: row::integer(r, 7) == Some(1),
        source_id: row::integer(r, 8),
        version: r.get(9)?,
    })
}

pub(crate) fn read_meeting(conn: &rusqlite::Connection, id: i64) -> Result<Meeting, StoreError> {
    let sql = format!("SELECT {COLUMNS} FROM meetings WHERE id = ?1 AND deleted_at IS NULL");
    conn.query_row(&sql, [id], meeting).map_err(|e| match e {
        rusqlite::Error::QueryReturnedNoRows => CommissionProblem::NoMeeting {
            reference: format!("#{id}"),
        }
        .into(),
        other => StoreError::from_sqlite(other, Operation::ReadingMeeting),
    })
}

/// Every live meeting, newest first (by the last day its date may stand for).
fn live_meetings(conn: &rusqlite::Connection) -> Result<Vec<Meeting>, StoreError> {
    let sql = format!("SELECT {COLUMNS} FROM meetings WHERE deleted_at IS NULL");
    let mut statement = conn
        .prepare_cached(&sql)
        .map_err(|e| StoreError::from_sqlite(e, Operation::ReadingMeetings))?;
    let mut all: Vec<Meeting> = statement
        .query_map([], meeting)
        .and_then(|rows| rows.collect())
        .map_err(|e| StoreError::from_sqlite(e, Operation::ReadingMeetings))?;
    all.sort_by(|a, b| b.date.cmp(&a.date).then(b.id.cmp(&a.id)));
    Ok(all)
}

/// The names of a place in every language the edge knows (`Khiva` → `Khiva`, `Хива`),
/// the stored one among them: the store finds and compares places by these.
pub type PlaceNames<'a> = &'a dyn Fn(&str) -> Vec<String>;

/// A place known by its stored name alone (for callers with no languages).
pub fn place_as_stored(place: &str) -> Vec<String> {
    vec![place.to_string()]
}

/// Whether two places are one: any of their names alike to a reader (case, `ё`, spaces).
fn same_place(a: &str, b: &str, places: PlaceNames<'_>) -> bool {
    let keys = |place: &str| -> Vec<String> {
        let mut all = places(place);
        all.push(place.to_string());
        all.iter().map(|name| text::name_key(name)).collect()
    };
    let theirs = keys(b);
    keys(a).iter().any(|key| theirs.contains(key))
}

/// How the audit log names a meeting created: its date (EDTF) and place.
fn label(date: &EdtfDate, place: &str) -> String {
    format!("{} {place}", date.as_str())
}

impl Store {
    /// Every live meeting, newest first (by the last day its date may stand for).
    pub fn meetings(&self) -> Result<Vec<Meeting>, StoreError> {
        live_meetings(&self.conn)
    }

    pub fn meeting(&self, id: i64) -> Result<Meeting, StoreError> {
        read_meeting(&self.conn, id)
    }

    /// A meeting by id (`3`, `#3`) or by a fragment of its place (in any of its names),
    /// title, kind or date (`khiva`, `хива`, `2025-10`); more than one match is refused
    /// with the choices.
    pub fn find_meeting(&self, reference: &str, places: PlaceNames<'_>) -> Result<Meeting, StoreError> {
        let trimmed = reference.trim();
        if let Some(id) = reference::parse_id(trimmed) {
            // A bare number may be a year (`2025`): tried as a fragment when no meeting has it as id.
            match self.meeting(id) {
                Err(StoreError::Commission(CommissionProblem::NoMeeting { .. })) if !trimmed.starts_with('#') => {}
                other => return other,
            }
        }
        let wanted = text::fold(trimmed);
        let no_match = || CommissionProblem::NoMeeting {
            reference: reference.to_string(),
        };
        if wanted.is_empty() {
            return Err(no_match().into());
        }
        // Every word must match: `khiva 2025`.
        let words: Vec<&str> = wanted.split_whitespace().collect();
        let found: Vec<Meeting> = self
            .meetings()?
            .into_iter()
            .filter(|m| {
                let names = places(&m.place);
                words.iter().all(|word| m.matches(word, &names))
            })
            .collect();
        match found.len() {
            0 => Err(no_match().into()),
            1 => Ok(found[0].clone()),
            _ => Err(CommissionProblem::MeetingAmbiguous {
                reference: reference.to_string(),
                candidates: found.iter().map(|m| (m.id, m.date.clone(), m.place.clone())).collect(),
            }
            .into()),
        }
    }

    /// Adds a meeting; its creation and each value given are audited. A meeting of the
    /// same kind, date and place (in any of its names) is refused, naming the one there.
    pub fn add_meeting(&mut self, new: &NewMeeting, places: PlaceNames<'_>) -> Result<Meeting, StoreError> {
        self.write_needing(Some(Role::Editor), Operation::AddingMeeting, |tx, author| {
            // Read again in the write, so two people adding it at once do not both succeed.
            let live = live_meetings(tx)?;
            if let Some(there) = live
                .iter()
                .find(|m| m.kind == new.kind && m.date == new.date && same_place(&m.place, &new.place, places))
            {
                return Err(CommissionProblem::DuplicateMeeting {
                    there: Box::new(there.clone()),
                }
                .into());
            }
            let id = insert_meeting(tx, new, author)?;
            held_only_once_past(read_meeting(tx, id)?)
        })
    }

    /// Changes fields of a meeting; returns it and the fields that changed. A change
    /// that makes it the same kind, date and place as another meeting is refused, as
    /// adding that meeting twice is.
    pub fn set_meeting(
        &mut self,
        id: i64,
        values: &[(MeetingField, Option<String>)],
        places: PlaceNames<'_>,
    ) -> Result<(Meeting, Vec<MeetingField>), StoreError> {
        self.write_needing(Some(Role::Editor), Operation::ChangingMeeting, |tx, author| {
            let edit = next_edit(tx)?;
            read_meeting(tx, id)?;
            let mut changed = Vec::new();
            for (field, value) in values {
                if !changed.contains(field)
                    && set_if_changed(tx, edit, Entity::Meeting, id, field.column(), value, author)?
                {
                    changed.push(*field);
                }
            }
            let meeting = read_meeting(tx, id)?;
            if let Some(there) = live_meetings(tx)?.iter().find(|m| {
                m.id != id
                    && m.kind == meeting.kind
                    && m.date == meeting.date
                    && same_place(&m.place, &meeting.place, places)
            }) {
                return Err(CommissionProblem::DuplicateMeeting {
                    there: Box::new(there.clone()),
                }
                .into());
            }
            let early = super::agreements::due_before_meeting(tx, &meeting)?;
            if !early.is_empty() {
                return Err(CommissionProblem::MeetingAfterAgreementsDue {
                    meeting: Box::new(meeting),
                    agreements: early.into_iter().map(|a| (a.id, a.text, a.due)).collect(),
                }
                .into());
            }
            Ok((held_only_once_past(meeting)?, changed))
        })
    }
}

/// A meeting is held only once its first day has come: "held" on 1 May 2027 is a typo
/// or a guess, and the write is refused (with it, the transaction).
fn held_only_once_past(meeting: Meeting) -> Result<Meeting, StoreError> {
    let today = chrono::Utc::now().date_naive();
    match meeting.date.earliest() {
        Some(first) if meeting.held && first > today => Err(CommissionProblem::HeldBeforeItsDate {
            date: meeting.date.clone(),
        }
        .into()),
        _ => Ok(meeting),
    }
}

pub(crate) fn insert_meeting(tx: &Transaction<'_>, new: &NewMeeting, author: &str) -> Result<i64, StoreError> {
    let now = now_utc();
    tx.execute(
        "INSERT INTO meetings (date, place, kind, number, co_chairs, title, held, source_id, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
        params![
            new.date.as_str(),
            new.place,
            new.kind.code(),
            new.number,
            new.co_chairs,
            new.title,
            i64::from(new.held),
            new.source_id,
            now
        ],
    )
    .map_err(|e| StoreError::from_sqlite(e, Operation::AddingMeeting))?;
    let id = tx.last_insert_rowid();
    let edit = next_edit(tx)?;
    let created = Logged {
        entity: Entity::Meeting,
        id,
        field: "created",
        old: None,
        new: Some(label(&new.date, &new.place)),
    };
    log(tx, edit, &created, author)?;
    Ok(id)
}
