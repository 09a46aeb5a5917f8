//! Agreements (поручения): read and filtered, added with their linked projects, changed
//! and noted, every write audited in `commission_changes`.

use super::Operation;
use chrono::NaiveDate;
use rusqlite::{Transaction, params};

use super::commission_log::{CommissionProblem, Entity, Logged, log, next_edit, set_if_changed};
use super::meetings::read_meeting;
use super::{Role, Store, StoreError, now_utc, row};
use crate::domain::{Agreement, AgreementStatus, EdtfDate, Meeting, NewDatedNote, Side};

const COLUMNS: &str = "id, meeting_id, text, side, responsible, due, status, source_id, version";

/// An agreement to add.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAgreement {
    pub meeting_id: i64,
    pub text: String,
    pub side: Option<Side>,
    pub responsible: Option<String>,
    pub due: Option<EdtfDate>,
    pub status: AgreementStatus,
    pub source_id: Option<i64>,
    pub projects: Vec<i64>,
}

/// A field of an agreement that `agreement set` changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgreementField {
    Meeting,
    Text,
    Side,
    Responsible,
    Due,
    Status,
    Source,
}

impl AgreementField {
    pub const ALL: [AgreementField; 7] = [
        Self::Meeting,
        Self::Text,
        Self::Side,
        Self::Responsible,
        Self::Due,
        Self::Status,
        Self::Source,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Self::Meeting => "meeting",
            Self::Text => "text",
            Self::Side => "side",
            Self::Responsible => "responsible",
            Self::Due => "due",
            Self::Status => "status",
            Self::Source => "source",
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        let wanted = name.trim().to_lowercase();
        Self::ALL.into_iter().find(|f| f.name() == wanted)
    }

    /// Its column in `agreements` and the audit log.
    pub fn column(self) -> &'static str {
        match self {
            Self::Meeting => "meeting_id",
            Self::Source => "source_id",
            other => other.name(),
        }
    }
}

/// Which agreements to list; every condition given must hold.
#[derive(Debug, Clone, Default)]
pub struct AgreementQuery {
    pub meeting: Option<i64>,
    pub project: Option<i64>,
    pub side: Option<Side>,
    pub status: Vec<AgreementStatus>,
    /// Due by this day: the due date's last possible day is on or before it.
    pub due_by: Option<NaiveDate>,
    /// Overdue on this day.
    pub overdue_on: Option<NaiveDate>,
}

impl AgreementQuery {
    fn admits(&self, agreement: &Agreement) -> bool {
        self.meeting.is_none_or(|m| agreement.meeting_id == m)
            && self.project.is_none_or(|p| agreement.projects.contains(&p))
            && self.side.is_none_or(|s| agreement.side == Some(s))
            && (self.status.is_empty() || self.status.contains(&agreement.status))
            && self.due_by.is_none_or(|day| agreement.is_due_by(day))
            && self.overdue_on.is_none_or(|day| agreement.is_overdue(day))
    }
}

/// A dated note on an agreement's progress.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgreementNote {
    pub id: i64,
    pub date: EdtfDate,
    pub text: String,
    pub author: String,
    pub source_id: Option<i64>,
}

fn agreement(r: &rusqlite::Row<'_>) -> rusqlite::Result<Agreement> {
    let bad = |index| rusqlite::Error::InvalidColumnType(index, "agreement".into(), rusqlite::types::Type::Text);
    let due = row::text(r, 5)
        .map(|d| d.parse::<EdtfDate>())
        .transpose()
        .map_err(|_| bad(5))?;
    Ok(Agreement {
        id: r.get(0)?,
        meeting_id: r.get(1)?,
        text: r.get(2)?,
        side: row::text(r, 3).and_then(|s| Side::parse(&s)),
        responsible: row::text(r, 4),
        due,
        status: AgreementStatus::parse(&row::text(r, 6).unwrap_or_default()).ok_or_else(|| bad(6))?,
        source_id: row::integer(r, 7),
        projects: Vec::new(),
        version: r.get(8)?,
    })
}

fn linked_projects(conn: &rusqlite::Connection, id: i64) -> Result<Vec<i64>, StoreError> {
    let mut statement = conn
        .prepare_cached("SELECT project_id FROM agreement_projects WHERE agreement_id = ?1 ORDER BY project_id")
        .map_err(|e| StoreError::from_sqlite(e, Operation::ReadingAgreement))?;
    statement
        .query_map([id], |r| r.get(0))
        .and_then(|rows| rows.collect())
        .map_err(|e| StoreError::from_sqlite(e, Operation::ReadingAgreement))
}

fn read_agreement(conn: &rusqlite::Connection, id: i64) -> Result<Agreement, StoreError> {
    let sql = format!("SELECT {COLUMNS} FROM agreements WHERE id = ?1 AND deleted_at IS NULL");
    let mut found = conn.query_row(&sql, [id], agreement).map_err(|e| match e {
        rusqlite::Error::QueryReturnedNoRows => CommissionProblem::NoAgreement { id }.into(),
        other => StoreError::from_sqlite(other, Operation::ReadingAgreement),
    })?;
    found.projects = linked_projects(conn, id)?;
    Ok(found)
}

impl Store {
    /// The live agreements the query admits, by meeting (newest first), then by id.
    pub fn agreements(&self, query: &AgreementQuery) -> Result<Vec<Agreement>, StoreError> {
        let sql = format!(
            "SELECT {COLUMNS} FROM agreements a WHERE deleted_at IS NULL
               AND EXISTS (SELECT 1 FROM meetings m WHERE m.id = a.meeting_id AND m.deleted_at IS NULL)
             ORDER BY id"
        );
        let mut statement = self
            .conn
            .prepare_cached(&sql)
            .map_err(|e| StoreError::from_sqlite(e, Operation::ReadingAgreements))?;
        let all: Vec<Agreement> = statement
            .query_map([], agreement)
            .and_then(|rows| rows.collect())
            .map_err(|e| StoreError::from_sqlite(e, Operation::ReadingAgreements))?;
        let mut admitted = Vec::new();
        for mut found in all {
            found.projects = linked_projects(&self.conn, found.id)?;
            if query.admits(&found) {
                admitted.push(found);
            }
        }
        Ok(admitted)
    }

    pub fn agreement(&self, id: i64) -> Result<Agreement, StoreError> {
        read_agreement(&self.conn, id)
    }

    /// The live notes on an agreement, oldest first by date.
    pub fn agreement_notes(&self, id: i64) -> Result<Vec<AgreementNote>, StoreError> {
        let mut statement = self
            .conn
            .prepare_cached(
                "SELECT id, date, text, author, source_id FROM agreement_notes
                  WHERE agreement_id = ?1 AND deleted_at IS NULL ORDER BY id",
            )
            .map_err(|e| StoreError::from_sqlite(e, Operation::ReadingAgreementUpdates))?;
        let mut notes: Vec<AgreementNote> = statement
            .query_map([id], |r| {
                let date: String = r.get(1)?;
                Ok(AgreementNote {
                    id: r.get(0)?,
                    date: date.parse().map_err(|_| {
                        rusqlite::Error::InvalidColumnType(1, "date".into(), rusqlite::types::Type::Text)
                    })?,
                    text: r.get(2)?,
                    author: r.get(3)?,
                    source_id: row::integer(r, 4),
                })
            })
            .and_then(|rows| rows.collect())
            .map_err(|e| StoreError::from_sqlite(e, Operation::ReadingAgreementUpdates))?;
        notes.sort_by(|a, b| a.date.cmp(&b.date).then(a.id.cmp(&b.id)));
        Ok(notes)
    }

    /// Adds an agreement of a live meeting, with its linked projects.
    pub fn add_agreement(&mut self, new: &NewAgreement) -> Result<Agreement, StoreError> {
        self.write_needing(Some(Role::Editor), Operation::AddingAgreement, |tx, author| {
            let id = insert_agreement(tx, new, author)?;
            due_on_or_after_meeting(tx, read_agreement(tx, id)?)
        })
    }

    /// Changes fields of an agreement, links projects and unlinks others, in one edit.
    pub fn set_agreement(
        &mut self,
        id: i64,
        values: &[(AgreementField, Option<String>)],
        link: &[i64],
        unlink: &[i64],
    ) -> Result<(Agreement, Vec<AgreementField>), StoreError> {
        self.write_needing(Some(Role::Editor), Operation::ChangingAgreement, |tx, author| {
            let current = read_agreement(tx, id)?;
            let edit = next_edit(tx)?;
            let mut changed = Vec::new();
            for (field, value) in values {
                if *field == AgreementField::Meeting
                    && let Some(meeting) = value.as_deref().and_then(|v| v.parse().ok())
                {
                    read_meeting(tx, meeting)?;
                }
                if !changed.contains(field)
                    && set_if_changed(tx, edit, Entity::Agreement, id, field.column(), value, author)?
                {
                    changed.push(*field);
                }
            }
            for project in link.iter().filter(|p| !current.projects.contains(p)) {
                link_project(tx, edit, id, *project, author)?;
            }
            for project in unlink.iter().filter(|p| current.projects.contains(p)) {
                tx.execute(
                    "DELETE FROM agreement_projects WHERE agreement_id = ?1 AND project_id = ?2",
                    params![id, project],
                )
                .map_err(|e| StoreError::from_sqlite(e, Operation::UnlinkingProject))?;
                let row = Logged {
                    entity: Entity::Agreement,
                    id,
                    field: "project",
                    old: Some(project.to_string()),
                    new: None,
                };
                log(tx, edit, &row, author)?;
            }
            Ok((due_on_or_after_meeting(tx, read_agreement(tx, id)?)?, changed))
        })
    }

    /// Adds a dated note on an agreement's progress.
    pub fn note_agreement(
        &mut self,
        id: i64,
        date: &EdtfDate,
        text: &str,
        source: Option<i64>,
    ) -> Result<AgreementNote, StoreError> {
        // The rule of a project's update holds for an agreement's: cleaned text, not
        // empty, not too long, and a date that has come (12.07.2052 is a typo).
        let note = NewDatedNote::new(date.clone(), text, source).map_err(StoreError::Domain)?;
        note.date
            .refuse_future(chrono::Utc::now().date_naive())
            .map_err(StoreError::Domain)?;
        self.write_needing(Some(Role::Editor), Operation::NotingAgreement, |tx, author| {
            // Progress on an agreement cannot come before the meeting that made it:
            // `2024-21` (spring 2024) on an agreement of 2026 is a typo.
            let meeting = read_meeting(tx, read_agreement(tx, id)?.meeting_id)?;
            if let (Some(last), Some(first)) = (note.date.latest(), meeting.date.earliest())
                && last < first
            {
                return Err(CommissionProblem::NoteBeforeMeeting {
                    date: Box::new(note.date.clone()),
                    meeting: Box::new(meeting),
                }
                .into());
            }
            let id = insert_note(tx, id, &note.date, &note.text, note.source_id, author)?;
            Ok(AgreementNote {
                id,
                date: note.date.clone(),
                text: note.text.clone(),
                author: author.to_string(),
                source_id: note.source_id,
            })
        })
    }
}

/// The live agreements of a meeting due before it (their last possible day before its
/// first): a meeting moved later than its agreements' due dates would leave them due
/// before the meeting that made them.
pub(crate) fn due_before_meeting(tx: &Transaction<'_>, meeting: &Meeting) -> Result<Vec<Agreement>, StoreError> {
    let Some(first) = meeting.date.earliest() else {
        return Ok(Vec::new());
    };
    let sql = format!("SELECT {COLUMNS} FROM agreements WHERE meeting_id = ?1 AND deleted_at IS NULL ORDER BY id");
    let mut statement = tx
        .prepare_cached(&sql)
        .map_err(|e| StoreError::from_sqlite(e, Operation::ReadingAgreements))?;
    let all: Vec<Agreement> = statement
        .query_map([meeting.id], agreement)
        .and_then(|rows| rows.collect())
        .map_err(|e| StoreError::from_sqlite(e, Operation::ReadingAgreements))?;
    Ok(all
        .into_iter()
        .filter(|a| {
            a.due
                .as_ref()
                .and_then(EdtfDate::latest)
                .is_some_and(|last| last < first)
        })
        .collect())
}

/// An agreement cannot be due before the meeting that made it: a due date whose last
/// possible day is before the meeting's first is a typo (the write is refused, with it
/// the transaction).
fn due_on_or_after_meeting(tx: &Transaction<'_>, agreement: Agreement) -> Result<Agreement, StoreError> {
    let meeting = read_meeting(tx, agreement.meeting_id)?;
    match (&agreement.due, meeting.date.earliest()) {
        (Some(due), Some(first)) if due.latest().is_some_and(|last| last < first) => {
            Err(CommissionProblem::DueBeforeMeeting {
                due: Box::new(due.clone()),
                meeting: Box::new(meeting.clone()),
            }
            .into())
        }
        _ => Ok(agreement),
    }
}

pub(crate) fn insert_agreement(tx: &Transaction<'_>, new: &NewAgreement, author: &str) -> Result<i64, StoreError> {
    read_meeting(tx, new.meeting_id)?;
    let now = now_utc();
    tx.execute(
        "INSERT INTO agreements (meeting_id, text, side, responsible, due, status, source_id, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
        params![
            new.meeting_id,
            new.text,
            new.side.map(Side::code),
            new.responsible,
            new.due.as_ref().map(EdtfDate::as_str),
            new.status.code(),
            new.source_id,
            now
        ],
    )
    .map_err(|e| StoreError::from_sqlite(e, Operation::AddingAgreement))?;
    let id = tx.last_insert_rowid();
    let edit = next_edit(tx)?;
    let created = Logged {
        entity: Entity::Agreement,
        id,
        field: "created",
        old: None,
        new: Some(new.text.clone()),
    };
    log(tx, edit, &created, author)?;
    for project in &new.projects {
        link_project(tx, edit, id, *project, author)?;
    }
    Ok(id)
}

fn link_project(tx: &Transaction<'_>, edit: i64, id: i64, project: i64, author: &str) -> Result<(), StoreError> {
    super::edit::read_project(tx, project)?;
    tx.execute(
        "INSERT OR IGNORE INTO agreement_projects (agreement_id, project_id) VALUES (?1, ?2)",
        params![id, project],
    )
    .map_err(|e| StoreError::from_sqlite(e, Operation::LinkingProject))?;
    let row = Logged {
        entity: Entity::Agreement,
        id,
        field: "project",
        old: None,
        new: Some(project.to_string()),
    };
    log(tx, edit, &row, author)
}

pub(crate) fn insert_note(
    tx: &Transaction<'_>,
    id: i64,
    date: &EdtfDate,
    text: &str,
    source: Option<i64>,
    author: &str,
) -> Result<i64, StoreError> {
    tx.execute(
        "INSERT INTO agreement_notes (agreement_id, date, text, author, source_id, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![id, date.as_str(), text.trim(), author, source, now_utc()],
    )
    .map_err(|e| StoreError::from_sqlite(e, Operation::NotingAgreement))?;
    let note = tx.last_insert_rowid();
    let row = Logged {
        entity: Entity::Agreement,
        id,
        field: "note",
        old: None,
        new: Some(note.to_string()),
    };
    log(tx, next_edit(tx)?, &row, author)?;
    Ok(note)
}
