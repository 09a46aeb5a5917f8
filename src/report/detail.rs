//! `ortaq show` and `ortaq history`: one project in full, and its audit trail.

use serde::Serialize;

use super::UNKNOWN;
use super::document::{Cell, Column, Document, Kind, Section};

use crate::domain::{Field, Project};
use crate::i18n::format;
use crate::i18n::format::stored_date;
use crate::store::{Change, DatedNote, Source};
use crate::tr;

/// Every field with its value, then the updates (newest first), then the sources, as
/// plain text (the record's document, drawn compact).
pub fn render_text(project: &Project, updates: &[DatedNote], sources: &[Source]) -> String {
    super::document::render_text(&document(project, updates, sources), false)
}

/// One project in full as a document: its fields (a key–value block, each figure's
/// source beside it), its updates (newest first), and the sources it cites.
pub fn document(project: &Project, updates: &[DatedNote], sources: &[Source]) -> Document {
    Document {
        title: format!("#{} {}", project.id, crate::i18n::project_name(project)),
        subtitle: String::new(),
        facts: vec![("id", project.id.to_string())],
        sections: vec![
            fields_section(project, sources),
            updates_section(updates, sources),
            sources_section(project, updates, sources),
        ],
        empty: String::new(),
    }
}

fn text_cell(text: impl Into<String>) -> Cell {
    Cell::Text(text.into())
}

fn fields_section(project: &Project, sources: &[Source]) -> Section {
    // A figure's source is shown beside the figure, not on a line of its own.
    let shown = Field::ALL.into_iter().filter(|f| f.figure().is_none());
    let mut rows: Vec<Vec<Cell>> = shown
        .map(|field| {
            let value = match field {
                Field::Source => source_label(project.source_id, sources),
                _ => field_value(project, field),
            };
            let value = if value.is_empty() { UNKNOWN.to_string() } else { value };
            vec![
                text_cell(field_label(field)),
                text_cell(value),
                text_cell(figure_source_label(project, field, sources)),
            ]
        })
        .collect();
    let version = tr!(
        "cli-detail-version",
        version = project.version.to_string(),
        zone = format::zone()
    );
    rows.push(vec![
        text_cell(tr!("cli-detail-updated")),
        text_cell(format!("{} ({version})", format::timestamp(&project.updated_at))),
        text_cell(""),
    ]);
    Section {
        key: "fields",
        title: String::new(),
        columns: vec![
            Column::new("field", tr!("report-col-field")),
            Column::new("value", tr!("report-col-value")),
            Column::new("source", tr!("report-col-source")),
        ],
        rows,
        totals: None,
        kind: Kind::Fields,
    }
}

fn updates_section(updates: &[DatedNote], sources: &[Source]) -> Section {
    let byline = |update: &DatedNote| {
        let entered = tr!(
            "cli-detail-entered",
            author = update.author.as_str(),
            time = format::timestamp(&update.created_at)
        );
        let source = update
            .source_id
            .map(|id| {
                format!(
                    " · {}",
                    tr!("cli-detail-source", source = source_label(Some(id), sources))
                )
            })
            .unwrap_or_default();
        format!("{entered}{source}")
    };
    Section {
        key: "updates",
        title: tr!("cli-detail-updates", count = updates.len()),
        columns: vec![
            Column::new("date", tr!("report-col-date")),
            Column::new("text", tr!("report-col-text")),
            Column::new("entered", tr!("report-col-author")),
        ],
        rows: updates
            .iter()
            .map(|u| {
                vec![
                    Cell::Date(u.date.clone()),
                    text_cell(u.text.as_str()),
                    text_cell(byline(u)),
                ]
            })
            .collect(),
        totals: None,
        kind: Kind::Entries,
    }
}

fn sources_section(project: &Project, updates: &[DatedNote], sources: &[Source]) -> Section {
    let cited: Vec<&Source> = sources
        .iter()
        .filter(|s| {
            project.source_id == Some(s.id)
                || project.figure_sources.contains(&Some(s.id))
                || updates.iter().any(|u| u.source_id == Some(s.id))
        })
        .collect();
    let row = |source: &&Source| {
        let published = source
            .published
            .as_deref()
            .map(|p| format!(" ({})", stored_date(p)))
            .unwrap_or_default();
        let line = format!("#{} {} — {}{published}", source.id, source.publisher, source.title);
        let mut row = vec![text_cell(line)];
        row.extend(source.note.as_deref().map(text_cell));
        row
    };
    Section {
        key: "sources",
        title: tr!("cli-detail-sources", count = cited.len()),
        columns: vec![
            Column::new("source", tr!("report-col-source")),
            Column::new("note", tr!("report-col-text")),
        ],
        rows: cited.iter().map(row).collect(),
        totals: None,
        kind: Kind::Lines,
    }
}

/// A field's name in the detail: `Investment (USD)`, `Инвестиции (долл. США)`.
fn field_label(field: Field) -> String {
    match field {
        Field::Name => tr!("cli-field-name"),
        Field::NameRu => tr!("cli-field-name-ru"),
        Field::Country => tr!("cli-field-country"),
        Field::Region => tr!("cli-field-region"),
        Field::Sector => tr!("cli-field-sector"),
        Field::Status => tr!("cli-field-status"),
        Field::Investment => tr!("cli-field-investment"),
        Field::JobsPlanned => tr!("cli-field-jobs-planned"),
        Field::JobsCreated => tr!("cli-field-jobs-created"),
        Field::Partners => tr!("cli-field-partners"),
        Field::Started => tr!("cli-field-started"),
        Field::Completed => tr!("cli-field-completed"),
        Field::Description => tr!("cli-field-description"),
        Field::Source => tr!("cli-field-source"),
        Field::StatusSource => tr!("cli-field-status-source"),
        Field::InvestmentSource => tr!("cli-field-investment-source"),
        Field::JobsPlannedSource => tr!("cli-field-jobs-planned-source"),
        Field::JobsCreatedSource => tr!("cli-field-jobs-created-source"),
        Field::Latitude => tr!("cli-field-latitude"),
        Field::Longitude => tr!("cli-field-longitude"),
    }
}

/// A field's value as the language writes it; text fields as stored.
fn field_value(project: &Project, field: Field) -> String {
    let or_empty = |value: Option<String>| value.unwrap_or_default();
    match field {
        Field::Status => or_empty(project.status.map(crate::i18n::status_label)),
        Field::Country => or_empty(project.country.map(super::summary::country_short)),
        Field::Investment => or_empty(project.investment.map(|m| format::money_full(m.dollars()))),
        Field::JobsPlanned => or_empty(project.jobs_planned.map(format::count)),
        Field::JobsCreated => or_empty(project.jobs_created.map(format::count)),
        Field::Started => or_empty(project.started.as_ref().map(format::date)),
        Field::Completed => or_empty(project.completed.as_ref().map(format::date)),
        Field::Sector => or_empty(project.sector.as_deref().map(crate::i18n::sector_label)),
        Field::Region => or_empty(project.region.as_deref().map(crate::i18n::place_label)),
        Field::Latitude => or_empty(project.latitude.map(format::coordinate)),
        Field::Longitude => or_empty(project.longitude.map(format::coordinate)),
        other => project.display(other),
    }
}

/// The source a figure was given with, to stand beside it; empty for other fields and
/// for a figure with no source of its own.
pub fn figure_source_label(project: &Project, field: Field, sources: &[Source]) -> String {
    source_label(project.figure_source(field), sources)
}

/// `#2 The Times of Central Asia` (its publisher), or `#2` if the source is gone.
pub fn source_label(id: Option<i64>, sources: &[Source]) -> String {
    match id {
        None => String::new(),
        Some(id) => match sources.iter().find(|s| s.id == id) {
            Some(source) => format!("#{id} {}", source.publisher),
            None => format!("#{id}"),
        },
    }
}

/// The audit trail: time, author, field, old -> new.
pub fn render_history(project: &Project, changes: &[Change]) -> String {
    super::document::render_text(&history(project, changes), false)
}

/// The audit trail as a document: a line a change (time, author, the change in words).
pub fn history(project: &Project, changes: &[Change]) -> Document {
    let line = |change: &Change| {
        let time = format::timestamp(&change.changed_at);
        vec![text_cell(format!("{time}  {}  {}", change.author, describe(change)))]
    };
    Document {
        title: tr!(
            "cli-history-title",
            zone = format::zone(),
            id = project.id.to_string(),
            name = crate::i18n::project_name(project)
        ),
        subtitle: String::new(),
        facts: vec![("id", project.id.to_string())],
        sections: vec![Section {
            key: "changes",
            title: String::new(),
            columns: vec![Column::new("change", tr!("report-col-field"))],
            rows: changes.iter().map(line).collect(),
            totals: None,
            kind: Kind::Lines,
        }],
        empty: String::new(),
    }
}

/// One change in words, in the language spoken: `investment: — -> 12500000`.
pub fn describe(change: &Change) -> String {
    crate::i18n::error::change(change)
}

#[derive(Serialize)]
struct JsonChange<'a> {
    id: i64,
    edit: i64,
    project_id: i64,
    field: &'a str,
    old_value: Option<&'a str>,
    new_value: Option<&'a str>,
    author: &'a str,
    changed_at: &'a str,
}

/// The audit trail as JSON, values exact.
pub fn history_json(changes: &[Change]) -> String {
    let rows: Vec<JsonChange<'_>> = changes
        .iter()
        .map(|c| JsonChange {
            id: c.id,
            edit: c.edit,
            project_id: c.project_id,
            field: &c.field,
            old_value: c.old_value.as_deref(),
            new_value: c.new_value.as_deref(),
            author: &c.author,
            changed_at: &c.changed_at,
        })
        .collect();
    serde_json::to_string_pretty(&rows).unwrap_or_default() + "\n"
}

/// The audit trail as CSV, values exact and guarded against spreadsheet formulas.
pub fn history_csv(changes: &[Change]) -> String {
    let header = [
        "id",
        "edit",
        "project_id",
        "field",
        "old_value",
        "new_value",
        "author",
        "changed_at",
    ];
    let rows = changes.iter().map(|c| {
        vec![
            c.id.to_string(),
            c.edit.to_string(),
            c.project_id.to_string(),
            c.field.clone(),
            c.old_value.clone().unwrap_or_default(),
            c.new_value.clone().unwrap_or_default(),
            c.author.clone(),
            c.changed_at.clone(),
        ]
    });
    crate::exchange::spreadsheet::write_csv(std::iter::once(header.map(String::from).to_vec()).chain(rows))
}
