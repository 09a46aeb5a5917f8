//! Runs the app's effects against the store: the only place the interface reaches the
//! database, and only through the store's functions.
//!
//! Nothing here holds up the keys for long: a write waits only [`WRITE_WAIT`] for
//! another user's lock and otherwise comes back as [`Outcome::Busy`] to be tried again,
//! and the footer's count gives way when a key arrives ([`when_idle_unless`]).

use std::sync::Arc;

use std::time::{Duration, Instant};

use super::app::{ConflictInfo, Effect, Outcome};
use crate::domain::Field;
use crate::report::summary::Summary;
use crate::store::{PastValue, ProjectQuery, Store, StoreError};

/// Performs one effect and says what came of it. Never fails: errors become outcomes
/// the app shows on its status line.
pub fn perform(store: &mut Store, effect: Effect) -> Outcome {
    match effect {
        Effect::Reload {
            query,
            keep,
            fallback,
            window,
        } => read(|| reload(store, &query, keep, fallback, window)),
        Effect::CountTotals(query) => read(|| {
            Ok(Outcome::Totals {
                totals: store.totals(&query)?,
                query,
            })
        }),
        Effect::LoadRows { query, start, len } => read(|| {
            Ok(Outcome::Rows {
                start,
                rows: store.project_window(&query, start, len)?,
            })
        }),
        Effect::LoadDetail(id) => read(|| {
            let (history, history_total) = store.history_page(id, super::app::DETAIL_HISTORY)?;
            Ok(Outcome::Detail {
                project: store.project(id)?,
                updates: store.updates(id)?,
                history,
                history_total,
                figures: figure_history(store, id)?,
                agreements: store.agreements(&crate::store::AgreementQuery {
                    project: Some(id),
                    ..Default::default()
                })?,
            })
        }),
        Effect::LoadLookups => read(|| {
            Ok(Outcome::Lookups {
                sources: store.sources()?,
                sectors: store.sectors()?,
            })
        }),
        Effect::Save { .. }
        | Effect::AddProject(_)
        | Effect::AddUpdate { .. }
        | Effect::AddCommission(_)
        | Effect::NoteAgreement { .. }
        | Effect::Delete { .. }
        | Effect::Undo
        | Effect::Redo
        | Effect::SkipUndo => write(store, effect),
        Effect::LoadActivity { since } => read(|| {
            Ok(Outcome::Activity {
                log: store.activity(&since)?,
                since,
            })
        }),
        Effect::LoadPlaces(query) => read(|| {
            Ok(Outcome::Places {
                places: store.places(&query)?,
                query,
            })
        }),
        Effect::LoadMeetings => read(|| Ok(Outcome::Meetings(Box::new(meetings_data(store)?)))),
        Effect::LoadSummary { query, by } => read(|| {
            let summary = Summary::build(store, &query, &[by], None)?;
            let trend = crate::report::trend::trend(&store.indicators()?, &store.sources()?);
            Ok(Outcome::Summary { summary, trend })
        }),
    }
}

/// The past values of the figures a detail shows them for.
fn figure_history(store: &Store, id: i64) -> Result<Vec<(Field, Vec<PastValue>)>, StoreError> {
    [Field::Investment, Field::JobsPlanned, Field::JobsCreated]
        .into_iter()
        .map(|field| Ok((field, store.past_values(id, field.name())?)))
        .collect()
}

/// How long a write waits for another user's lock before it is handed back to be
/// tried again: short enough that a key typed meanwhile is answered within a frame.
pub const WRITE_WAIT: Duration = Duration::from_millis(20);

/// Performs a write, waiting at most [`WRITE_WAIT`] for the lock. A busy database
/// wrote nothing (the transaction never began, or rolled back), so the same effect
/// comes back to be tried again.
fn write(store: &mut Store, effect: Effect) -> Outcome {
    let again = effect.clone();
    match store.waiting_at_most(WRITE_WAIT, |store| write_now(store, effect)) {
        Ok(outcome) => outcome,
        Err(StoreError::Busy) => Outcome::Busy(again),
        Err(error) => write_failed(error),
    }
}

fn write_now(store: &mut Store, effect: Effect) -> Result<Outcome, StoreError> {
    Ok(match effect {
        Effect::Save { id, version, values } => {
            let changed = store.edit_project(id, version, values)?;
            Outcome::Saved {
                project: changed.project,
                fields: changed.fields,
            }
        }
        Effect::AddProject(new) => Outcome::Added(store.add_project(&new)?),
        Effect::NoteAgreement { agreement, update } => Outcome::AgreementNoted {
            agreement,
            note: store.note_agreement(agreement, &update.date, &update.text, update.source_id)?,
        },
        Effect::AddCommission(new) => match *new {
            super::app::CommissionNew::Meeting(new) => Outcome::CommissionAdded {
                meeting: Box::new(store.add_meeting(&new, &crate::i18n::place_names)?),
                agreement: None,
                linked: Vec::new(),
            },
            super::app::CommissionNew::MeetingValues { id, values } => {
                let (meeting, fields) = store.set_meeting(id, &values, &crate::i18n::place_names)?;
                Outcome::CommissionSet(Box::new(super::app::CommissionSet::Meeting(meeting, fields)))
            }
            super::app::CommissionNew::AgreementValues { id, values, projects } => {
                let wanted = project_ids(store, &projects)?;
                let current = store.agreement(id)?.projects;
                let link: Vec<i64> = wanted.iter().copied().filter(|p| !current.contains(p)).collect();
                let unlink: Vec<i64> = current.iter().copied().filter(|p| !wanted.contains(p)).collect();
                let (agreement, fields) = store.set_agreement(id, &values, &link, &unlink)?;
                Outcome::CommissionSet(Box::new(super::app::CommissionSet::Agreement(
                    agreement,
                    fields,
                    project_names(store, &link)?,
                    project_names(store, &unlink)?,
                )))
            }
            super::app::CommissionNew::Agreement(mut new, projects) => {
                new.projects = project_ids(store, &projects)?;
                let agreement = store.add_agreement(&new)?;
                Outcome::CommissionAdded {
                    meeting: Box::new(store.meeting(agreement.meeting_id)?),
                    linked: project_names(store, &agreement.projects)?,
                    agreement: Some(Box::new(agreement)),
                }
            }
        },
        Effect::AddUpdate { project, update } => {
            let stored = store.add_update(project, &update)?;
            Outcome::UpdateAdded {
                project: Box::new(store.project(project)?),
                date: update.date,
                source: stored.source_id,
            }
        }
        Effect::Delete { id, version } => Outcome::Deleted(store.delete_project(id, version)?.project),
        // A person's last change may be a meeting's or an agreement's (issue 24).
        Effect::Undo => match store.undo_last() {
            Ok(undone) => {
                let (project, summary) = crate::i18n::meetings::undone(&undone);
                Outcome::Reverted {
                    project: project.unwrap_or(0),
                    summary,
                    redo: false,
                }
            }
            Err(error) => undo_refused(store, error)?,
        },
        Effect::SkipUndo => {
            let skipped = store.skip_undo()?;
            Outcome::Skipped {
                project: skipped.changes.first().map_or(0, |c| c.project_id),
                change: crate::i18n::error::next_undo(&skipped.change),
            }
        }
        Effect::Redo => {
            let (project, summary) = crate::i18n::meetings::undone(&store.redo_last()?);
            Outcome::Reverted {
                project: project.unwrap_or(0),
                summary,
                redo: true,
            }
        }
        // Reads are not writes; `perform` never sends them here.
        other => perform(store, other),
    })
}

/// An undo refused because someone changed the project since offers to step past the
/// change it is stuck on, named; any other refusal is handed back as it is.
fn undo_refused(store: &mut Store, error: StoreError) -> Result<Outcome, StoreError> {
    if !error.is_undo_stuck() {
        return Err(error);
    }
    match store.next_to_undo() {
        Ok(Some(change)) => Ok(Outcome::UndoStuck {
            why: Arc::new(error),
            change: crate::i18n::error::next_undo(&change),
        }),
        _ => Err(error),
    }
}

/// Loads the rows around the kept project (or the fallback position) without counting
/// the whole list: a page costs the same at a thousand projects as at a million. The
/// totals are left for [`when_idle`], unless the list turned out shorter than the
/// fallback position and the count is needed to place the cursor.
fn reload(
    store: &Store,
    query: &ProjectQuery,
    keep: Option<i64>,
    fallback: usize,
    window: usize,
) -> Result<Outcome, StoreError> {
    let len = window.saturating_mul(3).max(1);
    let window_at = |position: usize| {
        let start = position.saturating_sub(window);
        store.project_window(query, start, len).map(|rows| (start, rows))
    };
    let (mut start, mut rows) = window_at(fallback)?;
    let mut position = fallback;
    if let Some(id) = keep {
        // Most edits leave the project where it was: look there before searching the list.
        match rows.iter().position(|p| p.id == id) {
            Some(index) => position = start + index,
            None => {
                if let Some(found) = store.position_of(query, id)? {
                    position = found;
                    (start, rows) = window_at(found)?;
                }
            }
        }
    }
    let mut totals = None;
    if rows.is_empty() && start > 0 {
        // The list ends somewhere before the window: count it, and load its last rows.
        let counted = store.totals(query)?;
        position = usize::try_from(counted.projects).unwrap_or(0).saturating_sub(1);
        (start, rows) = window_at(position)?;
        totals = Some(counted);
    }
    if rows.len() < len {
        // The window reached the end of the list.
        position = position.min((start + rows.len()).saturating_sub(1));
    }
    Ok(Outcome::Reloaded {
        known: start + rows.len(),
        complete: rows.len() < len,
        totals,
        position,
        start,
        rows,
    })
}

fn read(work: impl FnOnce() -> Result<Outcome, StoreError>) -> Outcome {
    work().unwrap_or_else(|error| Outcome::ReadFailed(Arc::new(error)))
}

fn write_failed(error: StoreError) -> Outcome {
    let conflict = match &error {
        StoreError::Conflict {
            author,
            at,
            changes,
            current_version,
            ..
        } => Some(ConflictInfo {
            author: author.clone().unwrap_or_default(),
            at: at.clone(),
            changes: changes.clone(),
            current_version: *current_version,
        }),
        _ => None,
    };
    Outcome::WriteFailed {
        error: Arc::new(error),
        conflict,
    }
}

/// Runs effects, and the effects their outcomes ask for, until none are left.
pub fn run_all(app: &mut super::app::App, store: &mut Store, effects: Vec<Effect>) {
    let mut queue: std::collections::VecDeque<Effect> = effects.into();
    // A bound, so that a mistake can never loop forever.
    let mut budget = 64;
    while let Some(effect) = queue.pop_front() {
        budget -= 1;
        if budget == 0 {
            break;
        }
        let outcome = perform(store, effect);
        queue.extend(app.apply(outcome));
    }
}

/// Does what was left for a quiet moment (counting and totalling the list), so that a
/// keystroke shows its rows at once and the footer follows. Says whether anything
/// changed. The event loop uses [`when_idle_unless`], which gives way to a key.
pub fn when_idle(app: &mut super::app::App, store: &mut Store) -> bool {
    when_idle_unless(app, store, || false)
}

/// As [`when_idle`], but the count stops as soon as `key_waiting` says a key has
/// arrived (it is asked every few milliseconds while the count runs); the app then
/// counts again at the next quiet moment.
pub fn when_idle_unless(
    app: &mut super::app::App,
    store: &mut Store,
    key_waiting: impl FnMut() -> bool + Send + Clone + 'static,
) -> bool {
    let effects = app.idle_effects();
    let any = !effects.is_empty();
    for effect in effects {
        let outcome = match effect {
            Effect::CountTotals(query) => count(store, query, key_waiting.clone()),
            other => perform(store, other),
        };
        let more = app.apply(outcome);
        run_all(app, store, more);
    }
    any
}

/// Counts and totals the query's projects unless a key arrives first.
fn count(store: &mut Store, query: ProjectQuery, stop: impl FnMut() -> bool + Send + 'static) -> Outcome {
    match store.totals_unless(&query, stop) {
        Ok(Some(totals)) => Outcome::Totals { totals, query },
        Ok(None) => Outcome::CountGaveWay(query),
        Err(error) => Outcome::ReadFailed(Arc::new(error)),
    }
}

/// `check`, asked at most once every `interval` (false in between): for a stop check
/// that costs a system call, called by the store every few microseconds.
pub fn asked_every(
    interval: Duration,
    mut check: impl FnMut() -> bool + Send + Clone + 'static,
) -> impl FnMut() -> bool + Send + Clone + 'static {
    let mut asked = Instant::now();
    move || {
        if asked.elapsed() < interval {
            return false;
        }
        asked = Instant::now();
        check()
    }
}

/// Tries again the write that found the database locked, if one waits. The event loop
/// calls this every `RETRY` while [`App::waiting`](super::app::App::waiting) is set;
/// says whether anything was tried.
pub fn retry_waiting(app: &mut super::app::App, store: &mut Store) -> bool {
    let effects = app.retry_effects();
    let any = !effects.is_empty();
    run_all(app, store, effects);
    any
}

/// Reloads what is on screen if another connection committed since `seen` (SQLite's
/// `data_version`): the cursor stays on the same project, the scroll, filters and any
/// edit in progress are kept. Says whether anything was reloaded.
pub fn refresh_if_changed(app: &mut super::app::App, store: &mut Store, seen: &mut i64) -> bool {
    let Ok(now) = store.data_version() else { return false };
    if now == *seen {
        return false;
    }
    *seen = now;
    let keep = app.table.selected_project().map(|p| p.id);
    let mut effects = vec![app.reload(keep), Effect::LoadLookups];
    effects.extend(app.summary_effect());
    effects.extend(app.activity_effect());
    effects.extend(app.map_effect());
    effects.extend(app.meetings_effect());
    if let Some(project) = &app.detail.project {
        effects.push(Effect::LoadDetail(project.id));
    }
    run_all(app, store, effects);
    true
}

/// What the meetings screen shows, read in one go (issue 24).
fn meetings_data(store: &Store) -> Result<super::app::MeetingsData, crate::store::StoreError> {
    let agreements = store.agreements(&crate::store::AgreementQuery::default())?;
    let mut projects: Vec<(i64, String)> = Vec::new();
    let mut notes = Vec::new();
    for agreement in &agreements {
        for id in &agreement.projects {
            if !projects.iter().any(|(p, _)| p == id) {
                // Named in the language spoken: its Russian name on a Russian screen.
                let project = store.project(*id)?;
                projects.push((*id, crate::i18n::project_name(&project).to_string()));
            }
        }
        notes.push((agreement.id, store.agreement_notes(agreement.id)?));
    }
    Ok(super::app::MeetingsData {
        meetings: store.meetings()?,
        agreements,
        projects,
        notes,
    })
}

/// The projects typed in an agreement's form, each found as `--project` finds one (an
/// ambiguous one is refused with the choices, and nothing is written).
fn project_ids(store: &Store, references: &[String]) -> Result<Vec<i64>, StoreError> {
    let mut ids = Vec::new();
    for reference in references {
        let id = store.find_project(reference)?.id;
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    Ok(ids)
}

/// Projects by id and name, in the language spoken.
fn project_names(store: &Store, ids: &[i64]) -> Result<Vec<(i64, String)>, StoreError> {
    ids.iter()
        .map(|id| Ok((*id, crate::i18n::project_name(&store.project(*id)?).to_string())))
        .collect()
}
