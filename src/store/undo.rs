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
    /// How many projects the reverted edit touched: more than one for an import, whose
    /// projects are all one edit (`project_id` is then the first of them).
    pub projects: usize,
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
/// An import's edit spans many projects: each is reverted, all in the one new edit.
fn revert(tx: &Transaction<'_>, edit: i64, author: &str, revert: Revert) -> Result<Reverted, StoreError> {
    revert_edit(tx, edit, author, revert, false)
}

/// Takes back an import that failed part way, as an undo of its edit: every project it
/// created is deleted, even one that someone changed in the meantime (it should never
/// have been there).
pub(crate) fn take_back(tx: &Transaction<'_>, edit: i64, author: &str) -> Result<(), StoreError> {
    revert_edit(tx, edit, author, Revert::Undo, true).map(drop)
}

fn revert_edit(
    tx: &Transaction<'_>,
    edit: i64,
    author: &str,
    revert: Revert,
    force: bool,
) -> Result<Reverted, StoreError> {
    let groups = steps_of(tx, edit)?;
    let new_edit = next_edit(tx)?;
    let now = now_utc();
    let mut created = true;
    for (project_id, steps) in &groups {
        let step = ProjectRevert {
            edit,
            new_edit,
            project_id: *project_id,
            author,
            now: &now,
            revert,
            force,
        };
        created &= step.run(tx, steps)?;
    }
    let project_id = groups.first().map_or(0, |(p, _)| *p);
    Ok(Reverted {
        project_id,
        edit,
        undid_creation: created,
        projects: groups.len(),
        changes: if created || groups.len() > 1 {
            Vec::new()
        } else {
            super::history::edit_rows(tx, new_edit, 10)
        },
    })
}

/// The revert of one project's part of an edit.
struct ProjectRevert<'a> {
    edit: i64,
    new_edit: i64,
    project_id: i64,
    author: &'a str,
    now: &'a str,
    revert: Revert,
    /// Take back a creation even when others have changed the project since.
    force: bool,
}

impl ProjectRevert<'_> {
    /// Reverts the project's steps; whether that took back its creation.
    fn run(&self, tx: &Transaction<'_>, steps: &[Step]) -> Result<bool, StoreError> {
        let (edit, project_id, author, revert) = (self.edit, self.project_id, self.author, self.revert);
        let now = self.now.to_string();
        let kind = match revert {
            Revert::Undo => "undo",
            Revert::Redo => "redo",
        };
        let project = read_project(tx, project_id)?;
        let created = steps.iter().any(|s| s.field == "created");
        let write = |field: &str, old: Option<String>, new: Option<String>, update: Option<i64>| {
            let row = AuditRow {
                edit: self.new_edit,
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
            if !self.force {
                refuse_if_others_changed(tx, project_id, edit, author)?;
            }
            set_deleted(tx, project_id, true)?;
            write("deleted", None, Some(now.clone()), None)?;
        } else {
            for step in steps {
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
        Ok(created)
    }
}

/// The steps of an edit, by project, in the order they were written.
fn steps_of(tx: &Transaction<'_>, edit: i64) -> Result<Vec<(i64, Vec<Step>)>, StoreError> {
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
    if rows.is_empty() {
        return Err(StoreError::Internal(format!("no change #{edit}")));
    }
    let mut groups: Vec<(i64, Vec<Step>)> = Vec::new();
    let mut at: std::collections::HashMap<i64, usize> = std::collections::HashMap::new();
    for (project, step) in rows {
        let index = *at.entry(project).or_insert_with(|| {
            groups.push((project, Vec::new()));
            groups.len() - 1
        });
        groups[index].1.push(step);
    }
    Ok(groups)
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
