//! Undo and redo, read from the audit log (so they work across restarts). Each is
//! itself an audited edit that names the edit it reverts, and each refuses rather than
//! overwrite a change someone else made since.

use rusqlite::{OptionalExtension, Transaction, params};

use super::edit::{AuditRow, audit_row, bump, next_edit, read_project, to_sql};
use super::{Revert, Store, StoreError, now_utc, row};
use crate::domain::{Field, FieldValue};

/// What an undo or a redo did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reverted {
    pub project_id: i64,
    /// The edit that was reverted.
    pub edit: i64,
    /// The revert took back the project's creation (so it deleted the project).
    pub undid_creation: bool,
    /// What the revert wrote (at most ten rows); `i18n::error::reverted` says it in words.
    pub changes: Vec<super::Change>,
}

/// One audit row of the edit being reverted.
struct Step {
    field: String,
    old: Option<String>,
    new: Option<String>,
    update: Option<i64>,
}

impl Store {
    /// Undoes this user's last change that is not undone yet.
    pub fn undo(&mut self) -> Result<Reverted, StoreError> {
        self.write("undoing", |tx, author| {
            let edit: Option<i64> = tx
                .query_row(
                    "SELECT edit FROM changes c WHERE author = ?1 AND kind IN ('do', 'redo')
                        AND NOT EXISTS (SELECT 1 FROM changes u WHERE u.kind = 'undo' AND u.reverts = c.edit)
                      ORDER BY edit DESC LIMIT 1",
                    [author],
                    |r| r.get(0),
                )
                .optional()
                .map_err(|e| StoreError::from_sqlite(e, "finding your last change"))?;
            let edit = edit.ok_or_else(|| StoreError::NothingToUndo {
                author: author.to_string(),
            })?;
            refuse_past_a_figure_write(tx, author, Revert::Undo)?;
            revert(tx, edit, author, Revert::Undo)
        })
    }

    /// Redoes this user's last undo, unless they have changed something since.
    pub fn redo(&mut self) -> Result<Reverted, StoreError> {
        self.write("redoing", |tx, author| {
            let edit: Option<i64> = tx
                .query_row(
                    "SELECT edit FROM changes c WHERE author = ?1 AND kind = 'undo'
                        AND NOT EXISTS (SELECT 1 FROM changes r WHERE r.kind = 'redo' AND r.reverts = c.edit)
                        AND NOT EXISTS (SELECT 1 FROM changes d WHERE d.author = ?1 AND d.kind = 'do' AND d.edit > c.edit)
                      ORDER BY edit DESC LIMIT 1",
                    [author],
                    |r| r.get(0),
                )
                .optional()
                .map_err(|e| StoreError::from_sqlite(e, "finding your last undo"))?;
            let edit = edit.ok_or_else(|| StoreError::NothingToRedo {
                author: author.to_string(),
            })?;
            refuse_past_a_figure_write(tx, author, Revert::Redo)?;
            revert(tx, edit, author, Revert::Redo)
        })
    }
}

/// Refuses an undo or redo when the author's last write was to a reported figure: those
/// are not in the audit log of projects, so the undo would silently reach past it to an
/// older change. A write in the same second as their last project change counts as later.
fn refuse_past_a_figure_write(tx: &Transaction<'_>, author: &str, revert: Revert) -> Result<(), StoreError> {
    let sql = |e| StoreError::from_sqlite(e, "finding your last change");
    let last_change: Option<String> = tx
        .query_row("SELECT max(changed_at) FROM changes WHERE author = ?1", [author], |r| {
            r.get(0)
        })
        .map_err(sql)?;
    let last_figure: Option<(i64, String)> = tx
        .query_row(
            "SELECT id, at FROM (
                 SELECT id, created_at AS at FROM indicators WHERE recorded_by = ?1
                 UNION ALL
                 SELECT id, removed_at AS at FROM indicators WHERE removed_by = ?1 AND removed_at IS NOT NULL)
              ORDER BY at DESC, id DESC LIMIT 1",
            [author],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()
        .map_err(sql)?;
    match (last_figure, last_change) {
        (Some((figure, at)), Some(change)) if at >= change => Err(StoreError::FigureWriteLast { revert, figure, at }),
        _ => Ok(()),
    }
}

/// Applies the inverse of `edit` as a new edit (an `undo` or a `redo` in the audit log).
fn revert(tx: &Transaction<'_>, edit: i64, author: &str, revert: Revert) -> Result<Reverted, StoreError> {
    let kind = match revert {
        Revert::Undo => "undo",
        Revert::Redo => "redo",
    };
    let (project_id, steps) = steps_of(tx, edit)?;
    let project = read_project(tx, project_id)?;
    let created = steps.iter().any(|s| s.field == "created");
    let new_edit = next_edit(tx)?;
    let now = now_utc();
    let write = |field: &str, old: Option<String>, new: Option<String>, update: Option<i64>| {
        let row = AuditRow {
            edit: new_edit,
            project: project_id,
            field,
            old,
            new,
            author,
            at: &now,
            kind,
            reverts: Some(edit),
            update,
        };
        audit_row(tx, &row)
    };
    if created {
        refuse_if_others_changed(tx, project_id, edit, author)?;
        set_deleted(tx, project_id, true)?;
        write("deleted", None, Some(now.clone()), None)?;
    } else {
        for step in &steps {
            match step.field.as_str() {
                "deleted" | "restored" => {
                    let delete = step.field == "restored";
                    if project.deleted_at.is_some() == delete {
                        return Err(StoreError::DeletedOrRestoredSince { project: project_id });
                    }
                    set_deleted(tx, project_id, delete)?;
                    let field = if delete { "deleted" } else { "restored" };
                    write(field, step.new.clone(), step.old.clone(), None)?;
                }
                "note" => {
                    let update = step
                        .update
                        .ok_or_else(|| StoreError::Internal("this note cannot be undone".into()))?;
                    let remove = step.new.is_some();
                    tx.execute(
                        "UPDATE updates SET deleted_at = CASE WHEN ?1 THEN ?2 END WHERE id = ?3",
                        params![remove, now, update],
                    )
                    .map_err(|e| StoreError::from_sqlite(e, "undoing a note"))?;
                    write("note", step.new.clone(), step.old.clone(), Some(update))?;
                }
                name => {
                    if project.deleted_at.is_some() {
                        return Err(StoreError::DeletedSince {
                            revert,
                            project: project_id,
                        });
                    }
                    let field = Field::parse(name)?;
                    let current = project.value(field).to_audit();
                    if current != step.new {
                        return Err(changed_since(tx, project_id, name, revert));
                    }
                    let value = stored_value(field, step.old.as_deref())?;
                    let sql = format!("UPDATE projects SET {} = ?1 WHERE id = ?2", field.column());
                    tx.execute(&sql, params![to_sql(&value), project_id])
                        .map_err(|e| StoreError::from_sqlite(e, &format!("undoing {field}")))?;
                    write(name, step.new.clone(), step.old.clone(), None)?;
                }
            }
        }
    }
    bump(tx, project_id, &now)?;
    Ok(Reverted {
        project_id,
        edit,
        undid_creation: created,
        changes: if created {
            Vec::new()
        } else {
            super::history::edit_rows(tx, new_edit, 10)
        },
    })
}

fn steps_of(tx: &Transaction<'_>, edit: i64) -> Result<(i64, Vec<Step>), StoreError> {
    let mut statement = tx
        .prepare("SELECT project_id, field, old_value, new_value, update_id FROM changes WHERE edit = ?1 ORDER BY id")
        .map_err(|e| StoreError::from_sqlite(e, "reading the change"))?;
    let rows: Vec<(i64, Step)> = statement
        .query_map([edit], |r| {
            Ok((
                r.get(0)?,
                Step {
                    field: row::text(r, 1).unwrap_or_default(),
                    old: row::text(r, 2),
                    new: row::text(r, 3),
                    update: row::integer(r, 4),
                },
            ))
        })
        .and_then(|rows| rows.collect())
        .map_err(|e| StoreError::from_sqlite(e, "reading the change"))?;
    let project = rows
        .first()
        .map(|(p, _)| *p)
        .ok_or_else(|| StoreError::Internal(format!("no change #{edit}")))?;
    Ok((project, rows.into_iter().map(|(_, step)| step).collect()))
}

/// The stored text of an audit row as the field's value.
fn stored_value(field: Field, text: Option<&str>) -> Result<FieldValue, StoreError> {
    match text {
        None => Ok(FieldValue::Null),
        Some(text) => match field {
            source if source.is_source() => text
                .parse::<i64>()
                .map(FieldValue::Integer)
                .map_err(|_| StoreError::Internal(format!("the history holds an odd {field}: {text:?}"))),
            Field::Investment | Field::JobsPlanned | Field::JobsCreated => text
                .parse::<i64>()
                .map(FieldValue::Integer)
                .map_err(|_| StoreError::Internal(format!("the history holds an odd {field}: {text:?}"))),
            _ => Ok(FieldValue::Text(text.to_string())),
        },
    }
}

fn set_deleted(tx: &Transaction<'_>, project: i64, delete: bool) -> Result<(), StoreError> {
    tx.execute(
        "UPDATE projects SET deleted_at = CASE WHEN ?1 THEN ?2 END WHERE id = ?3",
        params![delete, now_utc(), project],
    )
    .map(|_| ())
    .map_err(|e| StoreError::from_sqlite(e, "deleting or restoring a project"))
}

/// Refuses to take back a project's creation once others have worked on it.
fn refuse_if_others_changed(tx: &Transaction<'_>, project: i64, edit: i64, author: &str) -> Result<(), StoreError> {
    let other: Option<(String, String)> = tx
        .query_row(
            "SELECT author, changed_at FROM changes WHERE project_id = ?1 AND edit > ?2 AND author <> ?3 ORDER BY id DESC LIMIT 1",
            params![project, edit, author],
            |r| Ok((row::text(r, 0).unwrap_or_default(), row::text(r, 1).unwrap_or_default())),
        )
        .optional()
        .map_err(|e| StoreError::from_sqlite(e, "checking the history"))?;
    match other {
        Some((author, at)) => Err(StoreError::CreationChangedSince { project, author, at }),
        None => Ok(()),
    }
}

/// The refusal when a field was changed after the edit being reverted.
fn changed_since(tx: &Transaction<'_>, project: i64, field: &str, revert: Revert) -> StoreError {
    let last: Option<(String, String)> = tx
        .query_row(
            "SELECT author, changed_at FROM changes WHERE project_id = ?1 AND field = ?2 ORDER BY id DESC LIMIT 1",
            params![project, field],
            |r| Ok((row::text(r, 0).unwrap_or_default(), row::text(r, 1).unwrap_or_default())),
        )
        .optional()
        .ok()
        .flatten();
    StoreError::ChangedSince {
        revert,
        project,
        field: field.to_string(),
        by: last,
    }
}
