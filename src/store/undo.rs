//! Undo and redo, read from the audit log (so they work across restarts). Each is
//! itself an audited edit that names the edit it reverts, and each refuses rather than
//! overwrite a change someone else made since.

use std::collections::HashSet;

use rusqlite::{Connection, OptionalExtension, Transaction, params};

use super::edit::{AuditRow, audit_row, bump, next_edit, read_project, to_sql};
use super::{Revert, Store, StoreError, now_utc, row};
use crate::domain::{Field, FieldValue, Project};
use crate::store::{Fault, Operation};

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
    /// The name of the project (`project_id`), and its Russian name, so the revert is
    /// said naming it in the language spoken.
    pub name: String,
    pub name_ru: Option<String>,
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
        self.revert_last(Revert::Undo)
    }

    /// Redoes this user's last undo, unless they have changed something since.
    pub fn redo(&mut self) -> Result<Reverted, StoreError> {
        self.revert_last(Revert::Redo)
    }

    /// Undoes or redoes this user's last edit. An import's edit spans many projects:
    /// it is reverted in short transactions, as it was written, all under one new edit;
    /// if one fails, what the earlier ones reverted is put back.
    fn revert_last(&mut self, revert: Revert) -> Result<Reverted, StoreError> {
        let context = match revert {
            Revert::Undo => Operation::Undoing,
            Revert::Redo => Operation::Redoing,
        };
        let last = |conn: &Connection, author: &str| match revert {
            Revert::Undo => last_to_undo(conn, author),
            Revert::Redo => last_to_redo(conn, author),
        };
        // The edit is read before the write lock is taken (an import's is millions of
        // rows); an edit's rows never change once it is written.
        let read = last(&self.conn, &self.author).and_then(|edit| Ok((edit, steps_of(&self.conn, edit)?)));
        let (mut job, done) = self.write(context, |tx, author| {
            let edit = last(tx, author)?;
            refuse_past_a_figure_write(tx, author, revert)?;
            let groups = match read {
                Ok((read, groups)) if read == edit => groups,
                _ => steps_of(tx, edit)?,
            };
            let mut job = RevertJob::new(tx, edit, groups, author, revert, false)?;
            let done = job.step(tx, author)?;
            Ok((job, done))
        })?;
        if let Err(error) = self.finish_revert(context, &mut job, done) {
            // What the earlier transactions reverted is reverted back (an undo by a
            // redo, a redo by an undo); if even that fails, redo or undo still can.
            let opposite = match revert {
                Revert::Undo => Revert::Redo,
                Revert::Redo => Revert::Undo,
            };
            if self.take_back(job.new_edit, opposite).is_err() {
                // Nothing of the take-back was written (one transaction): the part
                // reverted stands as its own edit, which undo or redo takes back.
            }
            return Err(error);
        }
        Ok(job.reverted())
    }

    /// Reverts the rest of a job, one short transaction at a time.
    fn finish_revert(&mut self, context: Operation, job: &mut RevertJob, mut done: bool) -> Result<(), StoreError> {
        while !done {
            std::thread::sleep(super::exchange::CHUNK_PAUSE);
            done = self.write(context, |tx, author| job.step(tx, author))?;
        }
        Ok(())
    }

    /// Takes back all of `edit` (a failed import's, or a failed undo's), even where
    /// someone changed its projects since: it should never have been there.
    ///
    /// All of it or nothing, in one transaction: taken back in several, a failure part
    /// way (the disk full again) left the first ones' undo rows naming the edit, so the
    /// audit said it was undone while the rest of its projects stood, and undo answered
    /// "nothing to undo" (issue 21). It holds the write lock longer, on a path that only
    /// a failure takes.
    pub(crate) fn take_back(&mut self, edit: i64, revert: Revert) -> Result<(), StoreError> {
        let groups = steps_of(&self.conn, edit)?;
        self.write(Operation::TakingBack, |tx, author| {
            let mut job = RevertJob::new(tx, edit, groups, author, revert, true)?;
            while !job.step(tx, author)? {}
            Ok(())
        })
    }
}

/// The user's last edit that is not undone yet (nor stepped past: a skip is an `undo`
/// row that reverts it, see [`super::skip`]).
pub(super) fn last_to_undo(tx: &Connection, author: &str) -> Result<i64, StoreError> {
    newest_undoable(tx, author)?.ok_or_else(|| StoreError::NothingToUndo {
        author: author.to_string(),
    })
}

/// The user's newest edit of projects that undo may take back, if any (the log of
/// meetings and agreements compares its own with it).
pub(super) fn newest_undoable(tx: &Connection, author: &str) -> Result<Option<i64>, StoreError> {
    tx.query_row(
        "SELECT edit FROM changes c WHERE author = ?1 AND kind IN ('do', 'redo')
            AND NOT EXISTS (SELECT 1 FROM changes u WHERE u.kind = 'undo' AND u.reverts = c.edit)
          ORDER BY edit DESC LIMIT 1",
        [author],
        |r| r.get(0),
    )
    .optional()
    .map_err(|e| StoreError::from_sqlite(e, Operation::FindingLastChange))
}

/// The user's last undo that is not redone, if they have changed nothing since.
fn last_to_redo(tx: &Connection, author: &str) -> Result<i64, StoreError> {
    let edit: Option<i64> = tx
        .query_row(
            "SELECT edit FROM changes c WHERE author = ?1 AND kind = 'undo'
                AND c.field <> 'skipped'
                AND NOT EXISTS (SELECT 1 FROM changes r WHERE r.kind = 'redo' AND r.reverts = c.edit)
                AND NOT EXISTS (SELECT 1 FROM changes d WHERE d.author = ?1 AND d.kind = 'do' AND d.edit > c.edit)
              ORDER BY edit DESC LIMIT 1",
            [author],
            |r| r.get(0),
        )
        .optional()
        .map_err(|e| StoreError::from_sqlite(e, Operation::FindingLastUndo))?;
    edit.ok_or_else(|| StoreError::NothingToRedo {
        author: author.to_string(),
    })
}

/// Refuses an undo or redo when the author's last write was to a reported figure written
/// before figures had their log (version 9; `figure_changes` holds every one since, and
/// undo takes those back in order): the undo would silently reach past it to an older
/// change. A write in the same second as their last project change counts as later.
pub(super) fn refuse_past_a_figure_write(tx: &Transaction<'_>, author: &str, revert: Revert) -> Result<(), StoreError> {
    let sql = |e| StoreError::from_sqlite(e, Operation::FindingLastChange);
    // The time of their last row by edit, read from the index by author and edit: the
    // largest time of all their rows read them all, millions after a large import.
    let last_change: Option<String> = tx
        .query_row(
            "SELECT changed_at FROM changes WHERE author = ?1 ORDER BY edit DESC, id DESC LIMIT 1",
            [author],
            |r| r.get(0),
        )
        .optional()
        .map_err(sql)?;
    let last_figure: Option<(i64, String)> = tx
        .query_row(
            "SELECT id, at FROM (
                 SELECT id, created_at AS at FROM indicators i WHERE recorded_by = ?1
                    AND NOT EXISTS (SELECT 1 FROM figure_changes f WHERE f.indicator_id = i.id AND f.field = 'added')
                 UNION ALL
                 SELECT id, removed_at AS at FROM indicators i WHERE removed_by = ?1 AND removed_at IS NOT NULL
                    AND NOT EXISTS (SELECT 1 FROM figure_changes f WHERE f.indicator_id = i.id AND f.field = 'removed'))
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

/// Tries the undo of `edit` and takes it back whatever happened: `Ok` when it can be
/// undone, else the refusal an undo would give.
pub(super) fn trial_undo(tx: &Transaction<'_>, edit: i64, author: &str) -> Result<(), StoreError> {
    let sql = |e| StoreError::from_sqlite(e, Operation::TryingUndo);
    tx.execute_batch("SAVEPOINT trial_undo").map_err(sql)?;
    let tried = steps_of(tx, edit)
        .and_then(|groups| RevertJob::new(tx, edit, groups, author, Revert::Undo, false))
        .and_then(|mut job| job.step(tx, author));
    tx.execute_batch("ROLLBACK TO trial_undo; RELEASE trial_undo")
        .map_err(sql)?;
    tried.map(|_| ())
}

/// The inverse of `edit` applied as a new edit (an `undo` or a `redo` in the audit log),
/// project by project: an import's edit spans many, and is reverted over several
/// transactions ([`RevertJob::step`] each).
struct RevertJob {
    edit: i64,
    new_edit: i64,
    revert: Revert,
    /// Take back a creation even when others have changed the project since.
    force: bool,
    now: String,
    groups: Vec<(i64, Vec<Step>)>,
    /// The next project to revert.
    next: usize,
    created: bool,
    changes: Vec<super::Change>,
    /// The first project's name and Russian name, read once all is reverted.
    names: (String, Option<String>),
}

impl RevertJob {
    /// Reads the edit and makes every check that concerns it as a whole.
    fn new(
        tx: &Transaction<'_>,
        edit: i64,
        groups: Vec<(i64, Vec<Step>)>,
        author: &str,
        revert: Revert,
        force: bool,
    ) -> Result<Self, StoreError> {
        let creations = groups
            .iter()
            .any(|(_, steps)| steps.iter().any(|s| s.field == "created"));
        if groups.len() > 1 && creations && !force {
            let projects: HashSet<i64> = groups.iter().map(|(p, _)| *p).collect();
            refuse_if_others_changed_any(tx, edit, author, &projects)?;
        }
        Ok(Self {
            edit,
            new_edit: next_edit(tx)?,
            revert,
            force,
            now: now_utc(),
            groups,
            next: 0,
            created: true,
            changes: Vec::new(),
            names: (String::new(), None),
        })
    }

    /// Reverts on from where the last transaction stopped, for at most
    /// [`super::exchange::CHUNK_TIME`]; whether all is reverted.
    fn step(&mut self, tx: &Transaction<'_>, author: &str) -> Result<bool, StoreError> {
        let started = std::time::Instant::now();
        let first = self.next;
        let many = self.groups.len() > 1;
        while self.next < self.groups.len() && (self.next == first || started.elapsed() < super::exchange::CHUNK_TIME) {
            let (project_id, steps) = &self.groups[self.next];
            let created = match bulk_step(steps).filter(|_| many) {
                Some(delete) => self.bulk(tx, author, *project_id, steps, delete)?,
                None => ProjectRevert {
                    edit: self.edit,
                    new_edit: self.new_edit,
                    project_id: *project_id,
                    author,
                    now: &self.now,
                    revert: self.revert,
                    force: self.force,
                }
                .run(tx, steps)?,
            };
            self.created &= created;
            self.next += 1;
        }
        let done = self.next == self.groups.len();
        if done && !many && !self.created {
            self.changes = super::history::edit_rows(tx, self.new_edit, 10);
        }
        if done && let Some((first, _)) = self.groups.first() {
            let project = read_project(tx, *first)?;
            self.names = (project.name, project.name_ru);
        }
        Ok(done)
    }

    /// One of an import's projects (or of its undo or redo) deleted or restored, with
    /// cached statements and without touching the search text (deleting leaves it as it
    /// is): one project at a time, a large import's undo held the write lock for
    /// seconds. Whether that took back its creation.
    fn bulk(
        &self,
        tx: &Transaction<'_>,
        author: &str,
        project_id: i64,
        steps: &[Step],
        delete: bool,
    ) -> Result<bool, StoreError> {
        let sql = |e| StoreError::from_sqlite(e, Operation::UndoingImport);
        let kind = match self.revert {
            Revert::Undo => "undo",
            Revert::Redo => "redo",
        };
        let now = &self.now;
        let was: Option<String> = tx
            .prepare_cached("SELECT deleted_at FROM projects WHERE id = ?1")
            .and_then(|mut s| s.query_row([project_id], |r| r.get(0)))
            .map_err(sql)?;
        let creation = steps.iter().any(|s| s.field == "created");
        if !creation && was.is_some() == delete {
            return Err(StoreError::DeletedOrRestoredSince { project: project_id });
        }
        let at = delete.then(|| now.clone());
        tx.prepare_cached("UPDATE projects SET deleted_at = ?1, version = version + 1, updated_at = ?2 WHERE id = ?3")
            .and_then(|mut s| s.execute(params![at, now, project_id]))
            .map_err(sql)?;
        let (field, new) = if delete {
            ("deleted", Some(now.clone()))
        } else {
            ("restored", None)
        };
        tx.prepare_cached(
            "INSERT INTO changes (edit, project_id, field, old_value, new_value, author, changed_at, kind, reverts)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        )
        .and_then(|mut s| {
            s.execute(params![
                self.new_edit,
                project_id,
                field,
                was,
                new,
                author,
                now,
                kind,
                self.edit
            ])
        })
        .map_err(sql)?;
        Ok(creation)
    }

    fn reverted(self) -> Reverted {
        Reverted {
            project_id: self.groups.first().map_or(0, |(p, _)| *p),
            edit: self.edit,
            undid_creation: self.created,
            projects: self.groups.len(),
            changes: self.changes,
            name: self.names.0,
            name_ru: self.names.1,
        }
    }
}

/// Whether a project's part of a multi-project edit (an import, or the undo or redo of
/// one) is reverted by deleting it (`Some(true)`: it was created, or restored) or by
/// restoring it (`Some(false)`: it was deleted); `None` for anything else.
fn bulk_step(steps: &[Step]) -> Option<bool> {
    if steps.iter().any(|s| s.field == "created") {
        return Some(true);
    }
    match steps {
        [one] if one.field == "deleted" => Some(false),
        [one] if one.field == "restored" => Some(true),
        _ => None,
    }
}

/// Refuses to take back a multi-project edit (an import) once someone else has changed
/// one of its projects: one query over the changes made since, not one per project.
fn refuse_if_others_changed_any(
    tx: &Transaction<'_>,
    edit: i64,
    author: &str,
    projects: &HashSet<i64>,
) -> Result<(), StoreError> {
    let sql = |e| StoreError::from_sqlite(e, Operation::CheckingHistory);
    let mut later = tx
        .prepare("SELECT project_id, author, changed_at FROM changes WHERE edit > ?1 AND author <> ?2 ORDER BY id DESC")
        .map_err(sql)?;
    let mut rows = later.query(params![edit, author]).map_err(sql)?;
    while let Some(found) = rows.next().map_err(sql)? {
        let project: i64 = found.get(0).map_err(sql)?;
        if projects.contains(&project) {
            return Err(StoreError::CreationChangedSince {
                project,
                author: row::text(found, 1).unwrap_or_default(),
                at: row::text(found, 2).unwrap_or_default(),
            });
        }
    }
    Ok(())
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
        let project = read_project(tx, self.project_id)?;
        let created = steps.iter().any(|s| s.field == "created");
        if created {
            if !self.force {
                refuse_if_others_changed(tx, self.project_id, self.edit, self.author)?;
            }
            set_deleted(tx, self.project_id, true)?;
            self.audit(tx, "deleted", None, Some(self.now.to_string()), None)?;
        } else {
            for step in steps {
                match step.field.as_str() {
                    "deleted" | "restored" => self.revert_lifecycle(tx, &project, step)?,
                    "note" => self.revert_note(tx, step)?,
                    name => self.revert_field(tx, &project, name, step)?,
                }
            }
        }
        bump(tx, self.project_id, self.now)?;
        Ok(created)
    }

    /// Writes the audit row of one reverted step, under the new edit.
    fn audit(
        &self,
        tx: &Transaction<'_>,
        field: &str,
        old: Option<String>,
        new: Option<String>,
        update: Option<i64>,
    ) -> Result<(), StoreError> {
        let kind = match self.revert {
            Revert::Undo => "undo",
            Revert::Redo => "redo",
        };
        let row = AuditRow {
            edit: self.new_edit,
            project: self.project_id,
            field,
            old,
            new,
            author: self.author,
            at: self.now,
            kind,
            reverts: Some(self.edit),
            update,
        };
        audit_row(tx, &row)
    }

    /// A deletion or a restoration taken back, unless someone did the same since.
    fn revert_lifecycle(&self, tx: &Transaction<'_>, project: &Project, step: &Step) -> Result<(), StoreError> {
        let delete = step.field == "restored";
        if project.deleted_at.is_some() == delete {
            return Err(StoreError::DeletedOrRestoredSince {
                project: self.project_id,
            });
        }
        set_deleted(tx, self.project_id, delete)?;
        let field = if delete { "deleted" } else { "restored" };
        self.audit(tx, field, step.new.clone(), step.old.clone(), None)
    }

    /// An update (a dated note) removed, or put back.
    fn revert_note(&self, tx: &Transaction<'_>, step: &Step) -> Result<(), StoreError> {
        let update = step
            .update
            .ok_or_else(|| StoreError::Internal(Fault::NoteWithoutUpdate))?;
        let remove = step.new.is_some();
        tx.execute(
            "UPDATE updates SET deleted_at = CASE WHEN ?1 THEN ?2 END WHERE id = ?3",
            params![remove, self.now, update],
        )
        .map_err(|e| StoreError::from_sqlite(e, Operation::UndoingNote))?;
        self.audit(tx, "note", step.new.clone(), step.old.clone(), Some(update))
    }

    /// A field given back its old value, unless the project was deleted or the field
    /// changed by someone since.
    fn revert_field(&self, tx: &Transaction<'_>, project: &Project, name: &str, step: &Step) -> Result<(), StoreError> {
        if project.deleted_at.is_some() {
            return Err(StoreError::DeletedSince {
                revert: self.revert,
                project: self.project_id,
            });
        }
        let field = Field::parse(name)?;
        let current = project.value(field).to_audit();
        if current != step.new {
            return Err(changed_since(tx, self.project_id, name, self.revert));
        }
        let value = stored_value(field, step.old.as_deref())?;
        let sql = format!("UPDATE projects SET {} = ?1 WHERE id = ?2", field.column());
        tx.execute(&sql, params![to_sql(&value), self.project_id])
            .map_err(|e| StoreError::from_sqlite(e, Operation::UndoingField(field)))?;
        self.audit(tx, name, step.new.clone(), step.old.clone(), None)
    }
}

/// The steps of an edit, by project, in the order they were written.
fn steps_of(tx: &Connection, edit: i64) -> Result<Vec<(i64, Vec<Step>)>, StoreError> {
    let mut statement = tx
        .prepare("SELECT project_id, field, old_value, new_value, update_id FROM changes WHERE edit = ?1 ORDER BY id")
        .map_err(|e| StoreError::from_sqlite(e, Operation::ReadingChange))?;
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
        .map_err(|e| StoreError::from_sqlite(e, Operation::ReadingChange))?;
    if rows.is_empty() {
        return Err(StoreError::Internal(Fault::NoSuchChange { edit }));
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
            source if source.is_source() => text.parse::<i64>().map(FieldValue::Integer).map_err(|_| {
                StoreError::Internal(Fault::OddHistoryValue {
                    field,
                    text: text.to_string(),
                })
            }),
            Field::Investment | Field::JobsPlanned | Field::JobsCreated => {
                text.parse::<i64>().map(FieldValue::Integer).map_err(|_| {
                    StoreError::Internal(Fault::OddHistoryValue {
                        field,
                        text: text.to_string(),
                    })
                })
            }
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
    .map_err(|e| StoreError::from_sqlite(e, Operation::DeletingOrRestoring))
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
        .map_err(|e| StoreError::from_sqlite(e, Operation::CheckingHistory))?;
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{ImportRights, OpenOptions};

    /// The take-back of a failed import failing part way (the disk full again) left the
    /// undo rows of the projects it had reached, so the audit said the import's edit was
    /// undone while the rest stood, and undo found "nothing to undo" (issue 21;
    /// `tests/import_concurrency.rs` met it now and then). The take-back is one
    /// transaction: failing on its last project, it writes nothing, and undo takes the
    /// whole edit back. Each project's take-back is made slow (more than a chunk of
    /// time) so that a take-back in chunks would commit the first before failing.
    #[test]
    fn a_take_back_that_fails_part_way_writes_nothing_and_undo_takes_all_back() {
        let dir = tempfile::tempdir().unwrap();
        let options = OpenOptions {
            seed: false,
            read_only: false,
        };
        let mut store = Store::open_with(&dir.path().join("o.db"), &options).unwrap();
        let csv = "name,country\nFirst plant,KZ\nSecond plant,UZ\nThird plant,KZ\n";
        let no_sources = |_: &str| -> Result<i64, String> { Err("no sources".into()) };
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let parsed = crate::exchange::parse_csv(csv.as_bytes(), &no_sources, today).unwrap();
        store
            .import_document(&parsed.document, false, ImportRights::ALL)
            .unwrap();
        let edit: i64 = store
            .conn
            .query_row("SELECT max(edit) FROM changes", [], |r| r.get(0))
            .unwrap();
        let last: i64 = store
            .conn
            .query_row("SELECT max(id) FROM projects", [], |r| r.get(0))
            .unwrap();
        store
            .conn
            .execute_batch(&format!(
                "CREATE TEMP TRIGGER slow_take_back BEFORE INSERT ON changes WHEN NEW.kind = 'undo'
                 BEGIN
                     SELECT count(*) FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000) SELECT i FROM n);
                 END;
                 CREATE TEMP TRIGGER full_disk BEFORE INSERT ON changes WHEN NEW.kind = 'undo' AND NEW.project_id = {last}
                 BEGIN
                     SELECT RAISE(ABORT, 'database or disk is full');
                 END;"
            ))
            .unwrap();
        assert!(store.take_back(edit, Revert::Undo).is_err());
        let undo_rows: i64 = store
            .conn
            .query_row("SELECT count(*) FROM changes WHERE kind = 'undo'", [], |r| r.get(0))
            .unwrap();
        assert_eq!(undo_rows, 0, "the take-back wrote nothing");
        store
            .conn
            .execute_batch("DROP TRIGGER temp.slow_take_back; DROP TRIGGER temp.full_disk;")
            .unwrap();
        let undone = store.undo().expect("undo takes the whole import back");
        assert_eq!(undone.projects, 3);
        let live: i64 = store
            .conn
            .query_row("SELECT count(*) FROM projects WHERE deleted_at IS NULL", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(live, 0);
    }
}
