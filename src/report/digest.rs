//! The digest as a report: what changed between two times of entry, as a typed
//! [`Document`] (the portfolio then and now, new, deleted and restored projects, net
//! status and figure changes, new updates with their sources, the authors), rendered
//! by the document's renderers. Filters (status, country, sector) keep the projects
//! listed; the portfolio totals and the authors are the whole database's.

use super::document::{Cell, Column, Document, Kind, Section};
use crate::domain::{Project, Status};
use crate::i18n::{project_ref_name, status_label};
use crate::store::{Digest, FigureEntry, NetChange, ProjectQuery, ProjectRef, Source, Totals};
use crate::tr;

/// Which projects a digest lists: those a query's status, country and sector filters
/// keep (as they are now). A project no longer readable is kept.
pub fn keeps(query: &ProjectQuery, project: &Project) -> bool {
    (query.statuses.is_empty() || query.statuses.contains(&project.status))
        && (query.countries.is_empty() || query.countries.contains(&project.country))
        && (query.sectors.is_empty() || query.sectors.contains(&project.sector))
}

/// The digest as a document; `keep` says whether a project id is listed.
pub fn build(digest: &Digest, sources: &[Source], keep: &dyn Fn(i64) -> bool) -> Document {
    let refs = |key, title, list: &[ProjectRef]| Section {
        key,
        title,
        columns: [vec![col("id", tr!("report-col-id"))], project_columns()].concat(),
        rows: list
            .iter()
            .filter(|p| keep(p.id))
            .map(|p| [vec![Cell::Id(p.id)], project_cells(p)].concat())
            .collect(),
        totals: None,
        kind: Kind::Table,
    };
    Document {
        title: tr!("report-digest-title"),
        subtitle: tr!(
            "report-digest-window",
            since = crate::i18n::format::timestamp(&digest.since),
            until = crate::i18n::format::timestamp(&digest.until),
            zone = crate::i18n::format::zone()
        ),
        facts: vec![("since", digest.since.clone()), ("until", digest.until.clone())],
        sections: vec![
            portfolio(&digest.then, &digest.now),
            refs("created", tr!("report-digest-created"), &digest.created),
            refs("deleted", tr!("report-digest-deleted"), &digest.deleted),
            refs("restored", tr!("report-digest-restored"), &digest.restored),
            changes(
                "status_changes",
                tr!("report-digest-status"),
                &digest.status_changes,
                keep,
            ),
            changes(
                "figure_changes",
                tr!("report-digest-figures"),
                &digest.figure_changes,
                keep,
            ),
            notes(digest, sources, keep),
            figures(
                "figures_recorded",
                tr!("report-digest-figures-recorded"),
                &digest.figures_recorded,
                sources,
            ),
            figures(
                "figures_removed",
                tr!("report-digest-figures-removed"),
                &digest.figures_removed,
                sources,
            ),
            authors(digest),
        ],
        empty: tr!("report-none"),
    }
}

fn col(key: &'static str, header: String) -> Column {
    Column::new(key, header)
}

/// A project named: in the language spoken for people, both names for data, and
/// whether it is deleted now (people read it beside the name: a change listed of a
/// project deleted since was not said to be of a deleted one).
fn project_columns() -> Vec<Column> {
    vec![
        Column::for_people("project", tr!("report-col-project")),
        Column::for_machines("project", tr!("report-col-project")),
        Column::for_machines("project_ru", tr!("report-col-name-ru")),
        Column::for_machines("project_deleted", tr!("report-col-project-deleted")),
    ]
}

fn project_cells(project: &ProjectRef) -> Vec<Cell> {
    let name = project_ref_name(project).to_string();
    let shown = if project.deleted {
        tr!("report-project-deleted", name = name)
    } else {
        name
    };
    vec![
        Cell::Text(shown),
        Cell::Text(project.name.clone()),
        Cell::Text(project.name_ru.clone().unwrap_or_default()),
        Cell::Code {
            code: project.deleted.to_string(),
            label: project.deleted.to_string(),
        },
    ]
}

fn metric(code: &str) -> Cell {
    let label = match code {
        "projects" => tr!("report-metric-projects"),
        "investment" => tr!("report-metric-investment"),
        "jobs_planned" => tr!("report-metric-jobs-planned"),
        "jobs_created" => tr!("report-metric-jobs-created"),
        "status" => tr!("report-metric-status"),
        other => other.to_string(),
    };
    Cell::Code {
        code: code.to_string(),
        label,
    }
}

fn portfolio(then: &Totals, now: &Totals) -> Section {
    let row = |code: &str, f: &dyn Fn(&Totals) -> Cell| vec![metric(code), f(then), f(now)];
    Section {
        key: "portfolio",
        title: tr!("report-digest-portfolio"),
        columns: vec![
            col("metric", tr!("report-col-metric")),
            col("then", tr!("report-col-then")),
            col("now", tr!("report-col-now")),
        ],
        rows: vec![
            row("projects", &|t| Cell::Count(Some(t.projects))),
            // A sum over only unknown figures is unknown, never 0.
            row("investment", &|t| {
                Cell::Money((t.investment_unknown < t.projects).then_some(t.investment))
            }),
            row("jobs_planned", &|t| {
                Cell::Count((t.jobs_planned_unknown < t.projects).then_some(t.jobs_planned))
            }),
            row("jobs_created", &|t| {
                Cell::Count((t.jobs_created_unknown < t.projects).then_some(t.jobs_created))
            }),
        ],
        totals: None,
        kind: Kind::Table,
    }
}

/// A stored value of `field` as a typed cell: a status as its label, a figure as a number.
fn value(field: &str, stored: Option<&str>) -> Cell {
    let number = stored.and_then(|s| s.trim().parse::<i64>().ok());
    match field {
        "status" => match stored.map(Status::parse) {
            Some(Ok(status)) => Cell::Code {
                code: status.as_str().to_string(),
                label: status_label(status),
            },
            Some(Err(_)) => Cell::Text(stored.unwrap_or_default().to_string()),
            None => Cell::Text(super::UNKNOWN.to_string()),
        },
        "investment" => Cell::Money(number),
        _ => Cell::Count(number),
    }
}

fn changes(key: &'static str, title: String, list: &[NetChange], keep: &dyn Fn(i64) -> bool) -> Section {
    let figures = key == "figure_changes";
    let mut columns = vec![col("id", tr!("report-col-id"))];
    columns.extend(project_columns());
    if figures {
        columns.push(col("field", tr!("report-col-field")));
    }
    columns.extend([col("from", tr!("report-col-from")), col("to", tr!("report-col-to"))]);
    let rows = list
        .iter()
        .filter(|c| keep(c.project.id))
        .map(|c| {
            let mut row = vec![Cell::Id(c.project.id)];
            row.extend(project_cells(&c.project));
            if figures {
                row.push(metric(&c.field));
            }
            row.push(value(&c.field, c.from.as_deref()));
            row.push(value(&c.field, c.to.as_deref()));
            row
        })
        .collect();
    Section {
        key,
        title,
        columns,
        rows,
        totals: None,
        kind: Kind::Table,
    }
}

fn notes(digest: &Digest, sources: &[Source], keep: &dyn Fn(i64) -> bool) -> Section {
    let source_name = |id: Option<i64>| {
        id.and_then(|id| sources.iter().find(|s| s.id == id))
            .map(|s| format!("{} — {}", s.publisher, s.title))
            .unwrap_or_default()
    };
    Section {
        key: "notes",
        title: tr!("report-digest-notes"),
        columns: [
            vec![col("id", tr!("report-col-id"))],
            project_columns(),
            vec![
                col("date", tr!("report-col-date")),
                col("text", tr!("report-col-text")),
                col("source", tr!("report-col-source")),
                col("author", tr!("report-col-author")),
                col("entered", tr!("report-col-entered", zone = crate::i18n::format::zone())),
            ],
        ]
        .concat(),
        rows: digest
            .notes
            .iter()
            .filter(|n| keep(n.project.id))
            .map(|n| {
                let mut row = vec![Cell::Id(n.project.id)];
                row.extend(project_cells(&n.project));
                row.extend([
                    Cell::Date(n.update.date.clone()),
                    Cell::Text(n.update.text.clone()),
                    Cell::Text(source_name(n.update.source_id)),
                    Cell::Text(n.update.author.clone()),
                    Cell::Time(n.update.created_at.clone()),
                ]);
                row
            })
            .collect(),
        totals: None,
        kind: Kind::Table,
    }
}

/// Reported figures recorded, or removed, in the window: what the official record gained
/// or lost, whatever the project filters (a figure is the portfolio's, no project's).
fn figures(key: &'static str, title: String, list: &[FigureEntry], sources: &[Source]) -> Section {
    let source_name = |id: i64| {
        sources
            .iter()
            .find(|s| s.id == id)
            .map(|s| format!("#{} {}", s.id, s.publisher))
            .unwrap_or_else(|| format!("#{id}"))
    };
    Section {
        key,
        title,
        columns: vec![
            col("figure", tr!("report-col-figure-id")),
            col("as_of", tr!("report-col-as-of")),
            col("scope", tr!("report-col-scope")),
            col("kind", tr!("report-col-metric")),
            col("qualifier", tr!("report-col-qualifier")),
            col("value", tr!("report-col-value")),
            col("source", tr!("report-col-source")),
            col("author", tr!("report-col-author")),
            col("entered", tr!("report-col-entered", zone = crate::i18n::format::zone())),
        ],
        rows: list
            .iter()
            .map(|entry| {
                let figure = &entry.figure;
                let value = if figure.metric.is_money() {
                    Cell::Money(Some(figure.value))
                } else {
                    Cell::Count(Some(figure.value))
                };
                vec![
                    Cell::Id(figure.id),
                    Cell::Date(figure.as_of.to_string()),
                    Cell::Code {
                        code: figure.scope.clone(),
                        label: crate::i18n::scope_label(&figure.scope),
                    },
                    Cell::Code {
                        code: figure.metric.as_str().to_string(),
                        label: crate::i18n::metric_label(figure.metric),
                    },
                    Cell::Code {
                        code: figure.qualifier.as_str().to_string(),
                        label: crate::i18n::qualifier_word(figure.qualifier),
                    },
                    value,
                    Cell::Text(source_name(figure.source_id)),
                    Cell::Text(entry.by.clone().unwrap_or_default()),
                    Cell::Time(entry.at.clone()),
                ]
            })
            .collect(),
        totals: None,
        kind: Kind::Table,
    }
}

fn authors(digest: &Digest) -> Section {
    Section {
        key: "authors",
        title: tr!("report-digest-authors"),
        columns: vec![
            col("author", tr!("report-col-author")),
            col("edits", tr!("report-col-edits")),
            col("first", tr!("report-col-first", zone = crate::i18n::format::zone())),
            col("last", tr!("report-col-last", zone = crate::i18n::format::zone())),
        ],
        rows: digest
            .authors
            .iter()
            .map(|a| {
                vec![
                    Cell::Text(a.author.clone()),
                    Cell::Count(Some(i64::try_from(a.edits).unwrap_or(i64::MAX))),
                    Cell::Time(a.first.clone()),
                    Cell::Time(a.last.clone()),
                ]
            })
            .collect(),
        totals: None,
        kind: Kind::Table,
    }
}
