//! Corrections as edits (`import --update`): each row of a file is matched to a live
//! project, by its `id` or, where the file has no id column, by its name in either
//! language (compared as the duplicate check compares names); the cells that differ
//! from what is stored are written as one audited edit per project, all under one edit
//! number, so that one `undo` takes back the whole import. A project changed since the
//! file was written (its `updated_at` cell) is a conflict, left as it is unless forced.
//! Nothing is guessed: a name that matches several projects, or none, is reported.

use std::collections::HashMap;

use rusqlite::{OptionalExtension, Transaction};

use super::super::edit::{apply_edit_as, insert_project_as, next_edit};
use super::super::{Store, StoreError, row};
use super::duplicates::duplicate_key;
use crate::domain::{Field, FieldValue, NewProject, Project};
use crate::store::Operation;

/// A row of a file of corrections: the project it names and the cells it gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UpdateRow {
    /// The `id` column's value; `None` where the file has none or the cell is empty.
    pub id: Option<i64>,
    /// The `updated_at` column's value, as written.
    pub updated_at: Option<String>,
    /// Every field column's value, `Null` where the cell is empty (a source by its id).
    pub values: Vec<(Field, FieldValue)>,
}

/// What the person asked of an update.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct UpdateOptions {
    /// Rows are matched by their `id` (the file has an id column), else by name.
    pub by_id: bool,
    /// Apply the rows of projects changed since the file was written.
    pub force: bool,
    /// An empty cell clears the value (else it leaves it as it is).
    pub clear_empty: bool,
    /// Rows that match no project are added as new projects (else skipped).
    pub add_new: bool,
    /// Work everything out and write nothing.
    pub dry_run: bool,
    /// The source of the figures the file changes (`--source`).
    pub figure_source: Option<i64>,
}

/// A project a row corrects: as it was, as it is (or would be) after, and the fields
/// that changed, in the order of the edit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Corrected {
    /// The row's index in the file's rows (from 0).
    pub row: usize,
    pub before: Project,
    pub after: Project,
    pub fields: Vec<Field>,
    /// The project had changed since the file was written; applied as `--force` asked.
    pub forced: bool,
}

/// A row whose project changed since the file was written: what it would change, not
/// written, and who changed the project last, when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UpdateConflict {
    pub corrected: Corrected,
    /// The file's `updated_at`, and the project's now.
    pub in_file: String,
    /// The author and time of the project's last change.
    pub last: Option<(String, String)>,
}

/// Why a row was left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowSkipped {
    /// Its id names no live project.
    NoSuchProject(i64),
    /// It names no project (a new one), and `--add-new` was not given.
    New(String),
    /// Its name reads as the name of several projects: these (id, name).
    Ambiguous {
        name: String,
        candidates: Vec<(i64, String)>,
    },
    /// Another row (its index) names the same project, or the same new name.
    Twice { name: String, other_row: usize },
    /// A new row (no id) whose name is a live project's: its id would say it is the same.
    NameTaken { name: String, project: (i64, String) },
    /// The row's id names one project and its name another (a column of row numbers
    /// headed `ID`?): neither is taken for the other.
    IdAndNameDisagree {
        id: i64,
        name: String,
        named: (i64, String),
    },
}

/// What an update did, or (dry run) would do.
#[derive(Debug, Default)]
pub struct UpdateOutcome {
    /// Whether anything was written (not on a dry run, nor when a row was refused).
    pub written: bool,
    pub changed: Vec<Corrected>,
    /// The rows added as new projects (with `--add-new`), each with its project.
    pub added: Vec<(usize, Project)>,
    pub conflicts: Vec<UpdateConflict>,
    pub skipped: Vec<(usize, RowSkipped)>,
    /// Rows whose values the project cannot take (a completion before the start, ...):
    /// any of them, and nothing is written.
    pub refused: Vec<(usize, StoreError)>,
    /// Rows that match a project and change nothing.
    pub unchanged: usize,
}

/// Where a row goes.
enum Target {
    /// The live project at this index.
    Project(usize),
    New,
    Skip(RowSkipped),
}

impl Store {
    /// Applies the corrections `rows` bring, in one transaction: every changed project
    /// is one edit of it, all under one edit number. Conflicts, unmatched and ambiguous
    /// rows are reported and left out; a row the project cannot take refuses the whole
    /// update. A dry run works it all out in the transaction and takes it back.
    pub fn update_projects(&mut self, rows: &[UpdateRow], options: UpdateOptions) -> Result<UpdateOutcome, StoreError> {
        self.write(Operation::Importing, |tx, author| {
            savepoint(tx, "SAVEPOINT update_all")?;
            let outcome = update_in(tx, author, rows, options);
            let keep = matches!(&outcome, Ok(o) if o.written);
            if !keep {
                savepoint(tx, "ROLLBACK TO update_all")?;
            }
            savepoint(tx, "RELEASE update_all")?;
            outcome
        })
    }
}

fn savepoint(tx: &Transaction<'_>, sql: &str) -> Result<(), StoreError> {
    tx.execute_batch(sql)
        .map_err(|e| StoreError::from_sqlite(e, Operation::Importing))
}

fn update_in(
    tx: &Transaction<'_>,
    author: &str,
    rows: &[UpdateRow],
    options: UpdateOptions,
) -> Result<UpdateOutcome, StoreError> {
    let live = live_projects(tx)?;
    let mut by_key: HashMap<String, Vec<usize>> = HashMap::new();
    for (at, project) in live.iter().enumerate() {
        let mut keys = vec![duplicate_key(&project.name)];
        keys.extend(project.name_ru.as_deref().map(duplicate_key));
        keys.dedup();
        for key in keys {
            by_key.entry(key).or_default().push(at);
        }
    }
    let targets = match_rows(rows, &live, &by_key, options.by_id);
    let edit = next_edit(tx)?;
    let mut outcome = UpdateOutcome::default();
    for (row, target) in targets.into_iter().enumerate() {
        match target {
            Target::Skip(why) => outcome.skipped.push((row, why)),
            Target::New if !options.add_new => outcome.skipped.push((row, RowSkipped::New(name_of(&rows[row])))),
            Target::New => match add_row(tx, author, &rows[row], options.figure_source, edit) {
                Ok(project) => outcome.added.push((row, project)),
                Err(error) => outcome.refused.push((row, error)),
            },
            Target::Project(at) => {
                let current = live[at].clone();
                let mut values = changes(&current, &rows[row], options);
                let conflict = rows[row]
                    .updated_at
                    .as_deref()
                    .map(str::trim)
                    .filter(|at| !at.is_empty() && *at != current.updated_at);
                // A cell the file holds as it was when the file was written, changed here
                // since, is no correction: the change made here is kept, forced or not.
                if let Some(written) = conflict {
                    let stale = as_written(tx, &current, &values, written)?;
                    if !stale.is_empty() {
                        let kept = UpdateRow {
                            values: rows[row]
                                .values
                                .iter()
                                .filter(|(f, _)| !stale.contains(f))
                                .cloned()
                                .collect(),
                            ..rows[row].clone()
                        };
                        values = changes(&current, &kept, options);
                    }
                }
                if values.is_empty() {
                    outcome.unchanged += 1;
                    continue;
                }
                match (conflict, options.force) {
                    (Some(in_file), false) => match tried(tx, author, &current, &values, edit, true) {
                        Ok(changed) => outcome.conflicts.push(UpdateConflict {
                            corrected: corrected(row, current.clone(), changed, false),
                            in_file: in_file.to_string(),
                            last: last_change(tx, current.id)?,
                        }),
                        Err(error) => outcome.refused.push((row, error)),
                    },
                    (conflict, _) => match tried(tx, author, &current, &values, edit, false) {
                        Ok(changed) if changed.fields.is_empty() => outcome.unchanged += 1,
                        Ok(changed) => {
                            outcome
                                .changed
                                .push(corrected(row, current, changed, conflict.is_some()));
                        }
                        Err(error) => outcome.refused.push((row, error)),
                    },
                }
            }
        }
    }
    outcome.written =
        !options.dry_run && outcome.refused.is_empty() && !(outcome.changed.is_empty() && outcome.added.is_empty());
    Ok(outcome)
}

fn corrected(row: usize, before: Project, changed: crate::store::Changed, forced: bool) -> Corrected {
    Corrected {
        row,
        before,
        after: changed.project,
        fields: changed.fields,
        forced,
    }
}

/// The edit of one project, in a savepoint of its own: taken back when it fails (so
/// half of it never stays) or when it is only `tried` (a conflict's preview).
fn tried(
    tx: &Transaction<'_>,
    author: &str,
    current: &Project,
    values: &[(Field, FieldValue)],
    edit: i64,
    preview: bool,
) -> Result<crate::store::Changed, StoreError> {
    savepoint(tx, "SAVEPOINT update_row")?;
    let changed = apply_edit_as(tx, current, values, author, Some(edit));
    if preview || changed.is_err() {
        savepoint(tx, "ROLLBACK TO update_row")?;
    }
    savepoint(tx, "RELEASE update_row")?;
    changed
}

/// A new project from a row (`--add-new`): its given values, the figures with the
/// source `--source` names.
fn add_row(
    tx: &Transaction<'_>,
    author: &str,
    row: &UpdateRow,
    figure_source: Option<i64>,
    edit: i64,
) -> Result<Project, StoreError> {
    let mut values: Vec<(Field, FieldValue)> = row.values.iter().filter(|(_, v)| !v.is_null()).cloned().collect();
    if let Some(source) = figure_source {
        let figures: Vec<Field> = values.iter().filter_map(|(f, _)| f.source_field()).collect();
        for source_field in figures {
            if !values.iter().any(|(f, _)| *f == source_field) {
                values.push((source_field, FieldValue::Integer(source)));
            }
        }
    }
    let new = NewProject::new(values).map_err(StoreError::Domain)?;
    savepoint(tx, "SAVEPOINT update_row")?;
    let added = insert_project_as(tx, &new, author, Some(edit));
    if added.is_err() {
        savepoint(tx, "ROLLBACK TO update_row")?;
    }
    savepoint(tx, "RELEASE update_row")?;
    added
}

/// The values of a row that differ from the project's: an empty cell only with
/// `--clear-empty`; the name only when it reads as neither of the project's names (a
/// Russian list names a project by its Russian name); and the source `--source` names
/// for each figure changed without a source of its own in the row.
fn changes(current: &Project, row: &UpdateRow, options: UpdateOptions) -> Vec<(Field, FieldValue)> {
    let mut values = Vec::new();
    for (field, value) in &row.values {
        if values.iter().any(|(f, _)| f == field) {
            continue;
        }
        let differs = match (field, value) {
            (Field::Name, FieldValue::Text(name)) => {
                let key = duplicate_key(name);
                key != duplicate_key(&current.name) && current.name_ru.as_deref().map(duplicate_key) != Some(key)
            }
            (Field::Name, _) => false,
            (_, FieldValue::Null) => options.clear_empty && !current.value(*field).is_null(),
            _ => current.value(*field) != *value,
        };
        if differs {
            values.push((*field, value.clone()));
        }
    }
    // A figure changed beside its own source cell keeps that source: the cell, the same
    // as stored, was left out above, and a figure written without one loses its source.
    let changed_figures: Vec<Field> = values
        .iter()
        .filter(|(_, v)| !v.is_null())
        .filter_map(|(f, _)| f.source_field())
        .collect();
    for source_field in changed_figures {
        let given = row.values.iter().find(|(f, v)| *f == source_field && !v.is_null());
        if let Some((_, given)) = given
            && !values.iter().any(|(f, _)| *f == source_field)
        {
            values.push((source_field, given.clone()));
        }
    }
    if let Some(source) = options.figure_source {
        let figures: Vec<Field> = values
            .iter()
            .filter(|(_, v)| !v.is_null())
            .filter_map(|(f, _)| f.source_field())
            .collect();
        for source_field in figures {
            if !values.iter().any(|(f, _)| *f == source_field) {
                values.push((source_field, FieldValue::Integer(source)));
            }
        }
    }
    values
}

/// Each row's project: by id, or by name in either language; two rows naming the same
/// project (or the same new name) are both left out, naming each other.
fn match_rows(rows: &[UpdateRow], live: &[Project], by_key: &HashMap<String, Vec<usize>>, by_id: bool) -> Vec<Target> {
    let by_id_index: HashMap<i64, usize> = live.iter().enumerate().map(|(at, p)| (p.id, at)).collect();
    let mut targets: Vec<Target> = rows
        .iter()
        .map(|row| {
            let keys = row_keys(row);
            let candidates = |keys: &[String]| {
                let mut found: Vec<usize> = keys.iter().filter_map(|k| by_key.get(k)).flatten().copied().collect();
                found.sort_unstable();
                found.dedup();
                found
            };
            match (by_id, row.id) {
                (true, Some(id)) => match by_id_index.get(&id) {
                    None => Target::Skip(RowSkipped::NoSuchProject(id)),
                    Some(at) => {
                        // A name naming other projects and not this one: a wrong id, or
                        // no ids at all; a name naming none is a rename.
                        let named = candidates(&keys);
                        match named.first() {
                            Some(other) if !named.contains(at) => Target::Skip(RowSkipped::IdAndNameDisagree {
                                id,
                                name: name_of(row),
                                named: (live[*other].id, live[*other].name.clone()),
                            }),
                            _ => Target::Project(*at),
                        }
                    }
                },
                (true, None) => match candidates(&keys).first() {
                    Some(at) => Target::Skip(RowSkipped::NameTaken {
                        name: name_of(row),
                        project: (live[*at].id, live[*at].name.clone()),
                    }),
                    None => Target::New,
                },
                (false, _) => match candidates(&keys).as_slice() {
                    [] => Target::New,
                    [one] => Target::Project(*one),
                    many => Target::Skip(RowSkipped::Ambiguous {
                        name: name_of(row),
                        candidates: many.iter().map(|at| (live[*at].id, live[*at].name.clone())).collect(),
                    }),
                },
            }
        })
        .collect();
    // The same project, or the same new name, twice: neither row is taken.
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut twice = Vec::new();
    for (row, target) in targets.iter().enumerate() {
        let key = match target {
            Target::Project(at) => format!("#{}", live[*at].id),
            Target::New => match row_keys(&rows[row]).first() {
                Some(key) => key.clone(),
                None => continue,
            },
            Target::Skip(_) => continue,
        };
        if let Some(first) = seen.get(&key) {
            twice.push((*first, row));
            twice.push((row, *first));
        } else {
            seen.insert(key, row);
        }
    }
    for (row, other_row) in twice {
        let name = match &targets[row] {
            Target::Project(at) => live[*at].name.clone(),
            _ => name_of(&rows[row]),
        };
        if !matches!(&targets[row], Target::Skip(RowSkipped::Twice { .. })) {
            targets[row] = Target::Skip(RowSkipped::Twice { name, other_row });
        }
    }
    targets
}

/// The keys a row's names give (its name, then its Russian name).
fn row_keys(row: &UpdateRow) -> Vec<String> {
    let mut keys: Vec<String> = [Field::Name, Field::NameRu]
        .iter()
        .filter_map(|field| match row.values.iter().find(|(f, _)| f == field) {
            Some((_, FieldValue::Text(name))) if !name.trim().is_empty() => Some(duplicate_key(name)),
            _ => None,
        })
        .collect();
    keys.dedup();
    keys
}

/// The name a row gives (empty when none).
fn name_of(row: &UpdateRow) -> String {
    row.values
        .iter()
        .find_map(|(f, v)| match (f, v) {
            (Field::Name, FieldValue::Text(name)) => Some(name.clone()),
            _ => None,
        })
        .unwrap_or_default()
}

fn live_projects(tx: &Transaction<'_>) -> Result<Vec<Project>, StoreError> {
    let sql = format!(
        "SELECT {} FROM projects WHERE deleted_at IS NULL ORDER BY id",
        row::PROJECT_COLUMNS
    );
    let mut statement = tx
        .prepare(&sql)
        .map_err(|e| StoreError::from_sqlite(e, Operation::ReadingProjectNames))?;
    statement
        .query_map([], row::project)
        .and_then(|rows| rows.collect())
        .map_err(|e| StoreError::from_sqlite(e, Operation::ReadingProjectNames))
}

/// The fields among `values` whose value in the file is the one the project had when
/// the file was written (`written`, its `updated_at`) and that were changed here since:
/// the file did not correct them.
fn as_written(
    tx: &Transaction<'_>,
    current: &Project,
    values: &[(Field, FieldValue)],
    written: &str,
) -> Result<Vec<Field>, StoreError> {
    let mut statement = tx
        .prepare_cached(
            "SELECT old_value FROM changes WHERE project_id = ?1 AND field = ?2 AND changed_at > ?3
              ORDER BY id LIMIT 1",
        )
        .map_err(|e| StoreError::from_sqlite(e, Operation::CheckingHistory))?;
    let mut stale = Vec::new();
    for (field, value) in values {
        let then: Option<Option<String>> = statement
            .query_row(rusqlite::params![current.id, field.name(), written], |r| {
                Ok(row::text(r, 0))
            })
            .optional()
            .map_err(|e| StoreError::from_sqlite(e, Operation::CheckingHistory))?;
        if then.is_some_and(|then| then == value.to_audit()) {
            stale.push(*field);
        }
    }
    Ok(stale)
}

/// Who changed a project last, and when.
fn last_change(tx: &Transaction<'_>, project: i64) -> Result<Option<(String, String)>, StoreError> {
    tx.query_row(
        "SELECT author, changed_at FROM changes WHERE project_id = ?1 ORDER BY id DESC LIMIT 1",
        [project],
        |r| Ok((row::text(r, 0).unwrap_or_default(), row::text(r, 1).unwrap_or_default())),
    )
    .optional()
    .map_err(|e| StoreError::from_sqlite(e, Operation::CheckingHistory))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn project() -> Project {
        let mut project = Project::blank();
        project.id = 4;
        project.name = "Glass factory".into();
        project.name_ru = Some("Стекольный завод".into());
        project.jobs_planned = Some(100);
        project
    }

    fn row(values: Vec<(Field, FieldValue)>) -> UpdateRow {
        UpdateRow {
            id: Some(4),
            updated_at: None,
            values,
        }
    }

    #[test]
    fn a_name_read_in_either_language_is_no_rename_and_an_empty_cell_clears_only_when_asked() {
        let given = row(vec![
            (Field::Name, FieldValue::Text("СТЕКОЛЬНЫЙ  завод".into())),
            (Field::JobsPlanned, FieldValue::Null),
            (Field::Region, FieldValue::Null),
        ]);
        assert!(changes(&project(), &given, UpdateOptions::default()).is_empty());
        let clearing = UpdateOptions {
            clear_empty: true,
            ..UpdateOptions::default()
        };
        assert_eq!(
            changes(&project(), &given, clearing),
            [(Field::JobsPlanned, FieldValue::Null)],
            "only a value there is to clear"
        );
        let renamed = row(vec![(Field::Name, FieldValue::Text("Glass works".into()))]);
        assert_eq!(changes(&project(), &renamed, UpdateOptions::default()).len(), 1);
    }

    #[test]
    fn the_source_given_goes_with_each_changed_figure_that_names_none() {
        let given = row(vec![
            (Field::JobsPlanned, FieldValue::Integer(300)),
            (Field::Region, FieldValue::Text("Jizzakh".into())),
        ]);
        let sourced = UpdateOptions {
            figure_source: Some(7),
            ..UpdateOptions::default()
        };
        assert_eq!(
            changes(&project(), &given, sourced),
            [
                (Field::JobsPlanned, FieldValue::Integer(300)),
                (Field::Region, FieldValue::Text("Jizzakh".into())),
                (Field::JobsPlannedSource, FieldValue::Integer(7)),
            ]
        );
    }

    #[test]
    fn rows_naming_several_projects_or_the_same_one_twice_are_not_taken() {
        let mut other = project();
        other.id = 5;
        other.name = "Glass  FACTORY".into();
        other.name_ru = None;
        let live = vec![project(), other];
        let mut by_key: HashMap<String, Vec<usize>> = HashMap::new();
        for (at, p) in live.iter().enumerate() {
            by_key.entry(duplicate_key(&p.name)).or_default().push(at);
        }
        let named = |name: &str| UpdateRow {
            id: None,
            updated_at: None,
            values: vec![(Field::Name, FieldValue::Text(name.into()))],
        };
        let targets = match_rows(&[named("glass factory")], &live, &by_key, false);
        assert!(matches!(
            &targets[0],
            Target::Skip(RowSkipped::Ambiguous { candidates, .. }) if candidates.len() == 2
        ));
        let by_id = |id: i64| UpdateRow {
            id: Some(id),
            ..named("")
        };
        let targets = match_rows(&[by_id(5), by_id(5), by_id(9)], &live, &by_key, true);
        assert!(matches!(
            &targets[0],
            Target::Skip(RowSkipped::Twice { other_row: 1, .. })
        ));
        assert!(matches!(
            &targets[1],
            Target::Skip(RowSkipped::Twice { other_row: 0, .. })
        ));
        assert!(matches!(&targets[2], Target::Skip(RowSkipped::NoSuchProject(9))));
        // An id naming #4 beside the name of another project only: neither is guessed.
        let mut cement = project();
        cement.id = 6;
        cement.name = "Cement works".into();
        cement.name_ru = None;
        let live = vec![project(), cement];
        let by_key: HashMap<String, Vec<usize>> = live
            .iter()
            .enumerate()
            .map(|(at, p)| (duplicate_key(&p.name), vec![at]))
            .collect();
        let wrong = UpdateRow {
            id: Some(4),
            ..named("CEMENT works")
        };
        let renamed = UpdateRow {
            id: Some(4),
            ..named("Glass works of Jizzakh")
        };
        let targets = match_rows(&[wrong, renamed], &live, &by_key, true);
        assert!(matches!(
            &targets[0],
            Target::Skip(RowSkipped::IdAndNameDisagree {
                id: 4,
                named: (6, _),
                ..
            })
        ));
        assert!(
            matches!(&targets[1], Target::Project(0)),
            "a name of no project is a rename"
        );
    }
}
