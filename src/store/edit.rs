//! Every change to a project: adding, editing, deleting and restoring. Each runs in one
//! IMMEDIATE transaction that checks the version the edit started from, writes, bumps
//! the version and appends one audit row per changed field.

use rusqlite::{Transaction, TransactionBehavior, params};

use super::{Role, Store, StoreError, now_utc, row};
use crate::domain::{
    DomainError, Field, FieldValue, NewProject, NumberProblem, Problem, Project, check_start_and_completion, text,
};
use crate::store::Operation;

/// What to do to a project.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProjectChange {
    Edit(Vec<(Field, FieldValue)>),
    Delete,
    Restore,
}

/// A project after a change, and which fields the change altered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Changed {
    pub project: Project,
    pub fields: Vec<Field>,
}

impl Store {
    /// Runs `work` in one IMMEDIATE transaction: a deferred read-then-write would fail
    /// with SQLITE_BUSY_SNAPSHOT under concurrency, which no busy timeout cures.
    /// The write needs an editor when a person is served over SSH.
    pub(crate) fn write<T>(
        &mut self,
        context: Operation,
        work: impl FnOnce(&Transaction<'_>, &str) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        self.write_needing(Some(Role::Editor), context, work)
    }

    /// Runs `work` as [`Store::write`] does; a person served over SSH must still be
    /// allowed in, with at least the role `needs`, when the transaction begins: a role
    /// taken away reaches an interface opened before (`None`: the access log, which is
    /// written for everyone).
    pub(crate) fn write_needing<T>(
        &mut self,
        needs: Option<Role>,
        context: Operation,
        work: impl FnOnce(&Transaction<'_>, &str) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        self.ensure_writable()?;
        let path = self.path.clone();
        let author = self.author.clone();
        let served = self.served;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| StoreError::from_sqlite(e, context).at(&path))?;
        if let (Some(person), Some(needs)) = (served, needs) {
            super::people::still_allowed(&tx, person, &author, needs).map_err(|e| e.at(&path).nothing_written())?;
        }
        let value = work(&tx, &author).map_err(|e| e.at(&path).nothing_written())?;
        tx.commit().map_err(|e| StoreError::from_sqlite(e, context).at(&path))?;
        Ok(value)
    }

    /// Adds a project; its creation and each given value are audited.
    pub fn add_project(&mut self, new: &NewProject) -> Result<Project, StoreError> {
        self.write(Operation::AddingProject, |tx, author| insert_project(tx, new, author))
    }

    /// Adds several projects in one transaction: all of them, or none.
    pub fn add_projects(&mut self, projects: &[NewProject]) -> Result<Vec<i64>, StoreError> {
        self.write(Operation::ImportingProjects, |tx, author| {
            projects
                .iter()
                .map(|new| insert_project(tx, new, author).map(|p| p.id))
                .collect()
        })
    }

    /// Changes fields of a project, if it is still at `expected_version`.
    pub fn edit_project(
        &mut self,
        id: i64,
        expected_version: i64,
        values: Vec<(Field, FieldValue)>,
    ) -> Result<Changed, StoreError> {
        self.change_project(id, expected_version, ProjectChange::Edit(values))
    }

    /// Soft-deletes a project: its row and history stay.
    pub fn delete_project(&mut self, id: i64, expected_version: i64) -> Result<Changed, StoreError> {
        self.change_project(id, expected_version, ProjectChange::Delete)
    }

    /// Brings back a deleted project.
    pub fn restore_project(&mut self, id: i64, expected_version: i64) -> Result<Changed, StoreError> {
        self.change_project(id, expected_version, ProjectChange::Restore)
    }

    /// The one way a project changes: version check, write, version bump, audit rows.
    pub fn change_project(
        &mut self,
        id: i64,
        expected_version: i64,
        change: ProjectChange,
    ) -> Result<Changed, StoreError> {
        // Bringing back a deleted project is an admin's (`restore`); undoing one's own
        // delete goes through undo.
        let needs = match change {
            ProjectChange::Restore => Role::Admin,
            ProjectChange::Edit(_) | ProjectChange::Delete => Role::Editor,
        };
        self.write_needing(Some(needs), Operation::ChangingProject, |tx, author| {
            let current = read_project(tx, id)?;
            if expected_version < 1 || expected_version > current.version {
                return Err(StoreError::NoSuchVersion {
                    project: id,
                    given: expected_version,
                    current: current.version,
                });
            }
            if current.version != expected_version {
                return Err(conflict(tx, &current));
            }
            match change {
                ProjectChange::Edit(values) => apply_edit(tx, &current, &values, author),
                ProjectChange::Delete => set_deleted(tx, &current, true, author),
                ProjectChange::Restore => set_deleted(tx, &current, false, author),
            }
        })
    }
}

pub(crate) fn read_project(tx: &Transaction<'_>, id: i64) -> Result<Project, StoreError> {
    let sql = format!("SELECT {} FROM projects WHERE id = ?1", row::PROJECT_COLUMNS);
    tx.query_row(&sql, [id], row::project).map_err(|e| match e {
        rusqlite::Error::QueryReturnedNoRows => StoreError::NotFound(format!("#{id}")),
        other => StoreError::from_sqlite(other, Operation::ReadingProject),
    })
}

fn conflict(tx: &Transaction<'_>, current: &Project) -> StoreError {
    let last: Option<(i64, String, String)> = tx
        .query_row(
            "SELECT edit, author, changed_at FROM changes WHERE project_id = ?1 ORDER BY id DESC LIMIT 1",
            [current.id],
            |r| {
                Ok((
                    r.get(0)?,
                    row::text(r, 1).unwrap_or_default(),
                    row::text(r, 2).unwrap_or_default(),
                ))
            },
        )
        .ok();
    let (edit, author, at) = match last {
        Some((edit, author, at)) => (edit, Some(author), at),
        None => (0, None, current.updated_at.clone()),
    };
    StoreError::Conflict {
        project: current.id,
        author,
        at,
        changes: super::history::edit_rows(tx, edit, 3),
        current_version: current.version,
    }
}

pub(crate) fn apply_edit(
    tx: &Transaction<'_>,
    current: &Project,
    values: &[(Field, FieldValue)],
    author: &str,
) -> Result<Changed, StoreError> {
    apply_edit_as(tx, current, values, author, None)
}

/// [`apply_edit`] under a given edit number (`None`: the next one): an import's
/// corrections are one edit across its projects, so one undo takes them all back.
pub(crate) fn apply_edit_as(
    tx: &Transaction<'_>,
    current: &Project,
    values: &[(Field, FieldValue)],
    author: &str,
    edit: Option<i64>,
) -> Result<Changed, StoreError> {
    if current.deleted_at.is_some() {
        return Err(StoreError::Deleted {
            project: current.id,
            undo: false,
        });
    }
    let values = with_stale_sources_cleared(current, values);
    refuse_sources_of_unknown_figures(current, &values)?;
    refuse_completion_before_start(current, &values)?;
    let mut fields = Vec::new();
    let edit = match edit {
        Some(edit) => edit,
        None => next_edit(tx)?,
    };
    let now = now_utc();
    for (field, value) in &values {
        check_value(tx, *field, value)?;
        let old = current.value(*field);
        if old == *value || fields.contains(field) {
            continue;
        }
        let sql = format!("UPDATE projects SET {} = ?1 WHERE id = ?2", field.column());
        tx.execute(&sql, params![to_sql(value), current.id])
            .map_err(|e| StoreError::from_sqlite(e, Operation::SettingField(*field)))?;
        audit(
            tx,
            edit,
            current.id,
            field.name(),
            old.to_audit(),
            value.to_audit(),
            author,
            &now,
        )?;
        fields.push(*field);
    }
    if fields.is_empty() {
        return Ok(Changed {
            project: current.clone(),
            fields,
        });
    }
    let project = bump(tx, current.id, &now)?;
    Ok(Changed { project, fields })
}

/// An edit of the start or the completion keeps the completion after the start (an edit
/// of other fields leaves dates another tool wrote as they are).
fn refuse_completion_before_start(current: &Project, values: &[(Field, FieldValue)]) -> Result<(), StoreError> {
    if !values
        .iter()
        .any(|(f, _)| matches!(f, Field::Started | Field::Completed))
    {
        return Ok(());
    }
    let after = |field: Field| {
        values
            .iter()
            .find(|(f, _)| *f == field)
            .map_or_else(|| current.value(field), |(_, v)| v.clone())
    };
    check_start_and_completion(&after(Field::Started), &after(Field::Completed)).map_err(StoreError::Domain)
}

/// A figure left unknown by the edit cannot keep or take a source.
fn refuse_sources_of_unknown_figures(current: &Project, values: &[(Field, FieldValue)]) -> Result<(), StoreError> {
    let after = |field: Field| {
        values
            .iter()
            .find(|(f, _)| *f == field)
            .map_or_else(|| current.value(field), |(_, v)| v.clone())
    };
    for figure in Field::ALL.iter().copied().filter(|f| f.source_field().is_some()) {
        let Some(source) = figure.source_field() else { continue };
        let named = values.iter().any(|(f, v)| *f == source && !v.is_null());
        if named && after(figure).is_null() {
            return Err(StoreError::Domain(
                DomainError::new(Problem::SourceOfUnknownFigure).in_field(figure),
            ));
        }
    }
    Ok(())
}

/// The edit, plus clearing the source of each figure it changes without naming one: the
/// old source no longer supports the new value. The clearing is part of the same edit,
/// so one undo brings back both the figure and its source.
pub(crate) fn with_stale_sources_cleared(
    current: &Project,
    values: &[(Field, FieldValue)],
) -> Vec<(Field, FieldValue)> {
    let mut all = values.to_vec();
    for (field, value) in values {
        let Some(source) = field.source_field() else {
            continue;
        };
        let changed = current.value(*field) != *value;
        let named = values.iter().any(|(other, _)| *other == source);
        if changed && !named && current.figure_source(*field).is_some() {
            all.push((source, FieldValue::Null));
        }
    }
    all
}

fn set_deleted(tx: &Transaction<'_>, current: &Project, delete: bool, author: &str) -> Result<Changed, StoreError> {
    if current.deleted_at.is_some() == delete {
        let project = current.id;
        return Err(if delete {
            StoreError::AlreadyDeleted { project }
        } else {
            StoreError::NotDeleted { project }
        });
    }
    let now = now_utc();
    let deleted_at = delete.then(|| now.clone());
    tx.execute(
        "UPDATE projects SET deleted_at = ?1 WHERE id = ?2",
        params![deleted_at, current.id],
    )
    .map_err(|e| StoreError::from_sqlite(e, Operation::DeletingProject))?;
    let (field, old, new) = if delete {
        ("deleted", None, Some(now.clone()))
    } else {
        ("restored", current.deleted_at.clone(), None)
    };
    audit(tx, next_edit(tx)?, current.id, field, old, new, author, &now)?;
    let project = bump(tx, current.id, &now)?;
    Ok(Changed {
        project,
        fields: Vec::new(),
    })
}

pub(crate) fn insert_project(tx: &Transaction<'_>, new: &NewProject, author: &str) -> Result<Project, StoreError> {
    insert_project_as(tx, new, author, None)
}

/// [`insert_project`] under a given edit number (`None`: the next one).
pub(crate) fn insert_project_as(
    tx: &Transaction<'_>,
    new: &NewProject,
    author: &str,
    edit: Option<i64>,
) -> Result<Project, StoreError> {
    let now = now_utc();
    tx.execute(
        "INSERT INTO projects (name, created_at, updated_at) VALUES (?1, ?2, ?2)",
        params![new.name(), now],
    )
    .map_err(|e| StoreError::from_sqlite(e, Operation::AddingProject))?;
    let id = tx.last_insert_rowid();
    let edit = match edit {
        Some(edit) => edit,
        None => next_edit(tx)?,
    };
    audit(
        tx,
        edit,
        id,
        "created",
        None,
        Some(new.name().to_string()),
        author,
        &now,
    )?;
    for (field, value) in &new.values {
        check_value(tx, *field, value)?;
        if *field == Field::Name || value.is_null() {
            continue;
        }
        let sql = format!("UPDATE projects SET {} = ?1 WHERE id = ?2", field.column());
        tx.execute(&sql, params![to_sql(value), id])
            .map_err(|e| StoreError::from_sqlite(e, Operation::SettingField(*field)))?;
        audit(tx, edit, id, field.name(), None, value.to_audit(), author, &now)?;
    }
    refresh_search_text(tx, id)
}

/// Refuses what the schema would refuse, with a sentence instead of a constraint name;
/// a source must exist.
fn check_value(tx: &Transaction<'_>, field: Field, value: &FieldValue) -> Result<(), StoreError> {
    match (field, value) {
        (source, FieldValue::Integer(id)) if source.is_source() => {
            let exists: bool = tx
                .query_row("SELECT EXISTS (SELECT 1 FROM sources WHERE id = ?1)", [id], |r| {
                    r.get(0)
                })
                .map_err(|e| StoreError::from_sqlite(e, Operation::CheckingSource))?;
            if exists {
                Ok(())
            } else {
                Err(StoreError::NoSuchSource { id: *id })
            }
        }
        _ => check_plain_value(field, value),
    }
}

/// What the schema would refuse of a value on its own (a name, no negative figure), with
/// a sentence instead of a constraint name. Import stages rows with it before any lock.
pub(crate) fn check_plain_value(field: Field, value: &FieldValue) -> Result<(), StoreError> {
    match (field, value) {
        (Field::Name, FieldValue::Text(name)) if !name.trim().is_empty() => Ok(()),
        (Field::Name, _) => Err(StoreError::Domain(
            DomainError::new(Problem::NameRequired).in_field(Field::Name),
        )),
        (Field::Investment | Field::JobsPlanned | Field::JobsCreated, FieldValue::Integer(n)) if *n < 0 => {
            let (input, problem) = (n.to_string(), NumberProblem::Negative);
            let problem = if field == Field::Investment {
                Problem::Money { input, problem }
            } else {
                Problem::Count { input, problem }
            };
            Err(StoreError::Domain(DomainError::new(problem).in_field(field)))
        }
        _ => Ok(()),
    }
}

pub(crate) fn to_sql(value: &FieldValue) -> rusqlite::types::Value {
    match value {
        FieldValue::Null => rusqlite::types::Value::Null,
        FieldValue::Text(text) => rusqlite::types::Value::Text(text.clone()),
        FieldValue::Integer(number) => rusqlite::types::Value::Integer(*number),
    }
}

/// The number that groups the audit rows of one edit.
/// One sequence with the edits of meetings and agreements (see `commission_log`).
pub(crate) fn next_edit(tx: &Transaction<'_>) -> Result<i64, StoreError> {
    super::commission_log::next_edit(tx)
}

#[allow(clippy::too_many_arguments)]
pub(crate) fn audit(
    tx: &Transaction<'_>,
    edit: i64,
    project: i64,
    field: &str,
    old: Option<String>,
    new: Option<String>,
    author: &str,
    at: &str,
) -> Result<(), StoreError> {
    audit_row(
        tx,
        &AuditRow {
            edit,
            project,
            field,
            old,
            new,
            author,
            at,
            kind: "do",
            reverts: None,
            update: None,
        },
    )
}

/// One row of the audit log, as written.
pub(crate) struct AuditRow<'a> {
    pub edit: i64,
    pub project: i64,
    pub field: &'a str,
    pub old: Option<String>,
    pub new: Option<String>,
    pub author: &'a str,
    pub at: &'a str,
    /// 'do', 'undo' or 'redo'.
    pub kind: &'a str,
    pub reverts: Option<i64>,
    pub update: Option<i64>,
}

pub(crate) fn audit_row(tx: &Transaction<'_>, row: &AuditRow<'_>) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO changes (edit, project_id, field, old_value, new_value, author, changed_at, kind, reverts, update_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![row.edit, row.project, row.field, row.old, row.new, row.author, row.at, row.kind, row.reverts, row.update],
    )
    .map(|_| ())
    .map_err(|e| StoreError::from_sqlite(e, Operation::WritingAuditLog))
}

pub(crate) fn bump(tx: &Transaction<'_>, id: i64, now: &str) -> Result<Project, StoreError> {
    tx.execute(
        "UPDATE projects SET version = version + 1, updated_at = ?1 WHERE id = ?2",
        params![now, id],
    )
    .map_err(|e| StoreError::from_sqlite(e, Operation::ChangingProject))?;
    refresh_search_text(tx, id)
}

/// Keeps the folded search column in step with the fields it is made of.
fn refresh_search_text(tx: &Transaction<'_>, id: i64) -> Result<Project, StoreError> {
    let project = read_project(tx, id)?;
    tx.execute(
        "UPDATE projects SET search_text = ?1 WHERE id = ?2",
        params![
            search_text([
                Some(project.name.as_str()),
                project.name_ru.as_deref(),
                project.region.as_deref(),
                project.sector.as_deref(),
                project.partners.as_deref(),
            ]),
            id
        ],
    )
    .map_err(|e| StoreError::from_sqlite(e, Operation::IndexingProject))?;
    Ok(project)
}

/// What search looks in, folded: the name, the Russian name, region, sector, partners.
pub fn search_text(parts: [Option<&str>; 5]) -> String {
    parts
        .into_iter()
        .flatten()
        .map(text::fold)
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_changed_figure_without_its_source_loses_the_old_one_in_the_same_edit() {
        let mut project = Project::blank();
        project.jobs_planned = Some(100);
        project.figure_sources = [None, None, Some(2), Some(3)];
        let planned = vec![(Field::JobsPlanned, FieldValue::Integer(200))];
        assert_eq!(
            with_stale_sources_cleared(&project, &planned),
            [
                (Field::JobsPlanned, FieldValue::Integer(200)),
                (Field::JobsPlannedSource, FieldValue::Null)
            ]
        );
        // Unchanged, named with its source, or with no source to lose: left as given.
        let same = vec![(Field::JobsPlanned, FieldValue::Integer(100))];
        assert_eq!(with_stale_sources_cleared(&project, &same), same);
        let named = vec![
            (Field::JobsPlanned, FieldValue::Integer(200)),
            (Field::JobsPlannedSource, FieldValue::Integer(4)),
        ];
        assert_eq!(with_stale_sources_cleared(&project, &named), named);
        let status = vec![(Field::Status, FieldValue::Text("operating".into()))];
        assert_eq!(with_stale_sources_cleared(&project, &status), status);
    }
}
