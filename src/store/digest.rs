//! What changed in a window of time, read from the audit log through its index on the
//! time of entry: the portfolio then and now, new, deleted and restored projects, net
//! status and figure changes, new updates, and who made them. Net means an edit later
//! undone, or a value changed back, does not appear, and several edits of one field are
//! one from -> to.

use std::collections::{BTreeMap, HashMap, HashSet};

use rusqlite::params;

use super::indicators::{FigureEntry, figures_entered};
use super::{Store, StoreError, Totals, row};
use crate::domain::{MAX_COUNT, MAX_INVESTMENT, Project};
use crate::store::Operation;

/// A project as the digest names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjectRef {
    pub id: i64,
    pub name: String,
    /// Its Russian name, where it has one (a Russian screen shows it).
    pub name_ru: Option<String>,
    /// Deleted now: a change or an update of it in the digest is said to be of a
    /// deleted project.
    pub deleted: bool,
}

impl ProjectRef {
    /// The project `id` by its names, as `project` has them now (none if it is gone).
    fn of(id: i64, project: Option<&Project>) -> Self {
        Self {
            id,
            name: project.map(|p| p.name.clone()).unwrap_or_default(),
            name_ru: project.and_then(|p| p.name_ru.clone()),
            deleted: project.is_some_and(|p| p.deleted_at.is_some()),
        }
    }
}

/// A field of a project, from what it was at the start of the window to what it is at
/// its end (`None`: unknown).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NetChange {
    pub project: ProjectRef,
    pub field: String,
    pub from: Option<String>,
    pub to: Option<String>,
}

/// An update entered in the window (and not removed in it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewNote {
    pub project: ProjectRef,
    pub update: super::DatedNote,
}

/// One person's part in the window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuthorActivity {
    pub author: String,
    /// How many edits (an edit may change several fields).
    pub edits: usize,
    pub first: String,
    pub last: String,
}

/// What changed between `since` and `until` (UTC timestamps of entry).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Digest {
    pub since: String,
    pub until: String,
    pub then: Totals,
    pub now: Totals,
    pub created: Vec<ProjectRef>,
    pub deleted: Vec<ProjectRef>,
    pub restored: Vec<ProjectRef>,
    pub status_changes: Vec<NetChange>,
    pub figure_changes: Vec<NetChange>,
    pub notes: Vec<NewNote>,
    /// Reported figures recorded in the window (corrections included).
    pub figures_recorded: Vec<FigureEntry>,
    /// Reported figures removed in the window (those a correction replaced included).
    pub figures_removed: Vec<FigureEntry>,
    pub authors: Vec<AuthorActivity>,
}

/// One audit row, as the digest reads it.
#[derive(Debug, Clone)]
struct Entry {
    edit: i64,
    project: i64,
    field: String,
    old: Option<String>,
    new: Option<String>,
    author: String,
    at: String,
    update: Option<i64>,
}

const LIFECYCLE: [&str; 3] = ["created", "deleted", "restored"];
const FIGURES: [&str; 3] = ["investment", "jobs_planned", "jobs_created"];

impl Store {
    /// What was entered from `since` up to (not including) `until`, or up to now.
    pub fn digest(&self, since: &str, until: Option<&str>) -> Result<Digest, StoreError> {
        let after_since = self.entries_from(since)?;
        let until_text = until.map_or_else(super::now_utc, str::to_string);
        let in_window: Vec<&Entry> = after_since
            .iter()
            .filter(|e| until.is_none_or(|u| e.at.as_str() < u))
            .collect();
        let after_until: Vec<&Entry> = after_since
            .iter()
            .filter(|e| until.is_some_and(|u| e.at.as_str() >= u))
            .collect();
        let current = self.projects_by_id(after_since.iter().map(|e| e.project))?;
        let all_after: Vec<&Entry> = after_since.iter().collect();
        let totals_now = self.totals(&super::ProjectQuery::default())?;
        let now = totals_at(totals_now, &current, &after_until)?;
        let then = totals_at(totals_now, &current, &all_after)?;
        let (created, deleted, restored) = lifecycle(&in_window, &current);
        let name_of = |id: i64| ProjectRef::of(id, current.get(&id));
        let new_ids: HashSet<i64> = created.iter().map(|p| p.id).collect();
        let changes = net_changes(&in_window)
            .into_iter()
            .filter(|(project, _, _, _)| !new_ids.contains(project))
            .map(|(project, field, from, to)| NetChange {
                project: name_of(project),
                field,
                from,
                to,
            });
        let (status_changes, figure_changes): (Vec<NetChange>, Vec<NetChange>) = changes
            .filter(|c| c.field == "status" || FIGURES.contains(&c.field.as_str()))
            .partition(|c| c.field == "status");
        // With no end, up to whatever is entered, this second included.
        let upper = until.unwrap_or("9999-12-31T23:59:59Z");
        let (figures_recorded, figures_removed) = figures_entered(&self.conn, since, upper)?;
        let authors = authors(&in_window, &figures_recorded, &figures_removed);
        Ok(Digest {
            since: since.to_string(),
            until: until_text,
            then,
            now,
            created,
            deleted,
            restored,
            status_changes,
            figure_changes,
            notes: self.new_notes(&in_window, &name_of)?,
            figures_recorded,
            figures_removed,
            authors,
        })
    }

    /// Every audit row entered at or after `since`, oldest first, read through the index
    /// on the time of entry (never the whole log).
    fn entries_from(&self, since: &str) -> Result<Vec<Entry>, StoreError> {
        let mut statement = self
            .conn
            .prepare_cached(
                "SELECT edit, project_id, field, old_value, new_value, author, changed_at, update_id
                   FROM changes INDEXED BY changes_by_time WHERE changed_at >= ?1 ORDER BY changed_at, id",
            )
            .map_err(|e| StoreError::from_sqlite(e, Operation::ReadingHistory))?;
        statement
            .query_map(params![since], |r| {
                Ok(Entry {
                    edit: row::integer(r, 0).unwrap_or(0),
                    project: r.get(1)?,
                    field: row::text(r, 2).unwrap_or_default(),
                    old: row::text(r, 3),
                    new: row::text(r, 4),
                    author: row::text(r, 5).unwrap_or_default(),
                    at: row::text(r, 6).unwrap_or_default(),
                    update: row::integer(r, 7),
                })
            })
            .and_then(|rows| rows.collect())
            .map_err(|e| StoreError::from_sqlite(e, Operation::ReadingHistory))
    }

    fn projects_by_id(&self, ids: impl Iterator<Item = i64>) -> Result<HashMap<i64, Project>, StoreError> {
        let mut projects = HashMap::new();
        for id in ids {
            if let std::collections::hash_map::Entry::Vacant(slot) = projects.entry(id) {
                slot.insert(self.project(id)?);
            }
        }
        Ok(projects)
    }

    /// Updates whose addition in the window was not undone in it.
    fn new_notes(&self, entries: &[&Entry], name_of: &dyn Fn(i64) -> ProjectRef) -> Result<Vec<NewNote>, StoreError> {
        let mut first_last: BTreeMap<i64, (i64, bool, bool)> = BTreeMap::new();
        for entry in entries.iter().filter(|e| e.field == "note") {
            let Some(update) = entry.update else { continue };
            let state = first_last
                .entry(update)
                .or_insert((entry.project, entry.old.is_some(), entry.new.is_some()));
            state.2 = entry.new.is_some();
        }
        let mut notes = Vec::new();
        for (update, (project, existed, exists)) in first_last {
            if existed || !exists {
                continue;
            }
            if let Some(found) = self.updates(project)?.into_iter().find(|u| u.id == update) {
                notes.push(NewNote {
                    project: name_of(project),
                    update: found,
                });
            }
        }
        Ok(notes)
    }
}

/// Per (project, field), the value before the first entry and after the last, where
/// they differ, in the order the fields were first changed.
fn net_changes(entries: &[&Entry]) -> Vec<(i64, String, Option<String>, Option<String>)> {
    let mut order: Vec<(i64, String)> = Vec::new();
    let mut ends: HashMap<(i64, String), (Option<String>, Option<String>)> = HashMap::new();
    for entry in entries {
        if LIFECYCLE.contains(&entry.field.as_str()) || entry.field == "note" {
            continue;
        }
        let key = (entry.project, entry.field.clone());
        match ends.get_mut(&key) {
            Some(end) => end.1 = entry.new.clone(),
            None => {
                order.push(key.clone());
                ends.insert(key, (entry.old.clone(), entry.new.clone()));
            }
        }
    }
    order
        .into_iter()
        .filter_map(|key| {
            let (from, to) = ends.remove(&key)?;
            (from != to).then_some((key.0, key.1, from, to))
        })
        .collect()
}

/// Whether a project was live before the first lifecycle entry and after the last one,
/// and what the first entry was.
fn live_before_after(entries: &[&Entry], project: i64) -> Option<(bool, bool, String)> {
    let lifecycle: Vec<&&Entry> = entries
        .iter()
        .filter(|e| e.project == project && LIFECYCLE.contains(&e.field.as_str()))
        .collect();
    let first = lifecycle.first()?;
    let last = lifecycle.last().unwrap_or(first);
    let before = first.field == "deleted";
    let after = last.field != "deleted";
    Some((before, after, first.field.clone()))
}

fn lifecycle(
    entries: &[&Entry],
    current: &HashMap<i64, Project>,
) -> (Vec<ProjectRef>, Vec<ProjectRef>, Vec<ProjectRef>) {
    let (order, by_project) = by_project(entries);
    let (mut created, mut deleted, mut restored) = (Vec::new(), Vec::new(), Vec::new());
    for id in order {
        let Some((before, after, first)) = by_project.get(&id).and_then(|own| live_before_after(own, id)) else {
            continue;
        };
        let reference = ProjectRef::of(id, current.get(&id));
        match (before, after, first.as_str()) {
            (false, true, "created") => created.push(reference),
            (false, true, _) => restored.push(reference),
            (true, false, _) => deleted.push(reference),
            _ => {}
        }
    }
    (created, deleted, restored)
}

/// The entries of each project, oldest first, and the projects in the order of their
/// first entry: grouped once, so a long window costs one pass, not one per project.
fn by_project<'a>(entries: &[&'a Entry]) -> (Vec<i64>, HashMap<i64, Vec<&'a Entry>>) {
    let mut order = Vec::new();
    let mut grouped: HashMap<i64, Vec<&'a Entry>> = HashMap::new();
    for entry in entries {
        grouped
            .entry(entry.project)
            .or_insert_with(|| {
                order.push(entry.project);
                Vec::new()
            })
            .push(entry);
    }
    (order, grouped)
}

/// The totals as they were before `later` entries were made: today's totals, with each
/// project those entries touched counted as it was then instead of as it is now.
fn totals_at(now: Totals, current: &HashMap<i64, Project>, later: &[&Entry]) -> Result<Totals, StoreError> {
    let mut totals = now;
    let (touched, by_project) = by_project(later);
    for id in touched {
        let (Some(project), Some(own)) = (current.get(&id), by_project.get(&id)) else {
            continue;
        };
        let now_figures = Figures::of_project(project);
        let then_figures = Figures::before(&now_figures, own, id);
        totals = now_figures.remove_from(totals);
        totals = then_figures.add_to(totals)?;
    }
    Ok(totals)
}

/// One project's part in the totals: whether it is live, and its readable figures.
#[derive(Debug, Clone, Copy)]
struct Figures {
    live: bool,
    investment: Option<i64>,
    jobs_planned: Option<i64>,
    jobs_created: Option<i64>,
}

impl Figures {
    fn of_project(project: &Project) -> Self {
        Self {
            live: project.deleted_at.is_none(),
            investment: project.investment.map(crate::domain::Money::dollars),
            jobs_planned: project.jobs_planned,
            jobs_created: project.jobs_created,
        }
    }

    /// The figures before the first of `later` entries of this project.
    fn before(now: &Figures, later: &[&Entry], project: i64) -> Self {
        let first = |field: &str| later.iter().find(|e| e.project == project && e.field == field);
        let value = |field: &str, ceiling: i64, current: Option<i64>| match first(field) {
            Some(entry) => entry
                .old
                .as_deref()
                .and_then(|v| v.parse::<i64>().ok())
                .filter(|v| (0..=ceiling).contains(v)),
            None => current,
        };
        let live = match later
            .iter()
            .find(|e| e.project == project && LIFECYCLE.contains(&e.field.as_str()))
        {
            Some(entry) => entry.field == "deleted",
            None => now.live,
        };
        Self {
            live,
            investment: value("investment", MAX_INVESTMENT, now.investment),
            jobs_planned: value("jobs_planned", MAX_COUNT, now.jobs_planned),
            jobs_created: value("jobs_created", MAX_COUNT, now.jobs_created),
        }
    }

    fn remove_from(&self, mut totals: Totals) -> Totals {
        if !self.live {
            return totals;
        }
        totals.projects -= 1;
        let take = |sum: &mut i64, unknown: &mut i64, value: Option<i64>| match value {
            Some(v) => *sum -= v,
            None => *unknown -= 1,
        };
        take(&mut totals.investment, &mut totals.investment_unknown, self.investment);
        take(
            &mut totals.jobs_planned,
            &mut totals.jobs_planned_unknown,
            self.jobs_planned,
        );
        take(
            &mut totals.jobs_created,
            &mut totals.jobs_created_unknown,
            self.jobs_created,
        );
        totals
    }

    fn add_to(&self, totals: Totals) -> Result<Totals, StoreError> {
        if !self.live {
            return Ok(totals);
        }
        let known = |value: Option<i64>| (value.unwrap_or(0), i64::from(value.is_none()));
        let (investment, investment_unknown) = known(self.investment);
        let (jobs_planned, jobs_planned_unknown) = known(self.jobs_planned);
        let (jobs_created, jobs_created_unknown) = known(self.jobs_created);
        Ok(totals.plus(&Totals {
            projects: 1,
            investment,
            investment_unknown,
            jobs_planned,
            jobs_planned_unknown,
            jobs_created,
            jobs_created_unknown,
            unreadable: 0,
        })?)
    }
}

/// Who made the entries, with how many edits and when, most active first.
/// Who entered what in the window: their project edits, and the reported figures they
/// recorded or removed (a correction, both at once, is one write).
fn authors(entries: &[&Entry], recorded: &[FigureEntry], removed: &[FigureEntry]) -> Vec<AuthorActivity> {
    // An edit is told apart by its number; a figure write by the figure it recorded (a
    // removal that a correction made is that correction's write).
    // A set per author: a digest of the whole history counts hundreds of thousands.
    type Writes = BTreeMap<String, (HashSet<String>, String, String)>;
    fn note(by_author: &mut Writes, author: &str, write: String, at: &str) {
        let slot = by_author
            .entry(author.to_string())
            .or_insert_with(|| (HashSet::new(), at.to_string(), at.to_string()));
        slot.0.insert(write);
        if at < slot.1.as_str() {
            slot.1 = at.to_string();
        }
        if at > slot.2.as_str() {
            slot.2 = at.to_string();
        }
    }
    let mut by_author = Writes::new();
    for entry in entries {
        note(&mut by_author, &entry.author, format!("edit {}", entry.edit), &entry.at);
    }
    // The first correction of a figure is the write that removed it.
    let mut replaced_by: HashMap<i64, i64> = HashMap::new();
    for r in recorded {
        if let Some(old) = r.figure.replaces {
            replaced_by.entry(old).or_insert(r.figure.id);
        }
    }
    let write_of_removal = |gone: &FigureEntry| {
        replaced_by
            .get(&gone.figure.id)
            .map_or(format!("removed {}", gone.figure.id), |id| format!("recorded {id}"))
    };
    let writes = recorded
        .iter()
        .map(|r| (r, format!("recorded {}", r.figure.id)))
        .chain(removed.iter().map(|gone| (gone, write_of_removal(gone))));
    for (figure, write) in writes {
        if let Some(author) = figure.by.as_deref() {
            note(&mut by_author, author, write, &figure.at);
        }
    }
    let mut authors: Vec<AuthorActivity> = by_author
        .into_iter()
        .map(|(author, (edits, first, last))| AuthorActivity {
            author,
            edits: edits.len(),
            first,
            last,
        })
        .collect();
    authors.sort_by(|a, b| b.edits.cmp(&a.edits).then_with(|| a.author.cmp(&b.author)));
    authors
}
