//! Meetings and agreements as report documents (issue 24): the lists, one meeting, one
//! agreement. Every format draws them through [`Document`].

use chrono::NaiveDate;

use super::detail::source_label;
use super::document::{Cell, Column, Document, Kind, Section};
use crate::domain::{Agreement, Meeting};
use crate::i18n::{format, meetings as words};
use crate::store::{AgreementNote, Source};
use crate::tr;

pub(super) fn col(key: &'static str, header: String) -> Column {
    Column::new(key, header)
}

fn optional(text: Option<&str>) -> Cell {
    Cell::Text(text.unwrap_or_default().to_string())
}

fn day(today: NaiveDate) -> String {
    format::date(&crate::domain::EdtfDate::from_naive(today))
}

/// How a meeting is named in a cell: its date and place, read in the language spoken
/// (`#6 22.10.2025 – 23.10.2025, Khiva`) and kept as data in EDTF, the same in every
/// language (`#6 2025-10-22/2025-10-23, Khiva`).
pub fn meeting_cell(id: i64, meetings: &[Meeting]) -> Cell {
    match meetings.iter().find(|m| m.id == id) {
        Some(meeting) => Cell::Code {
            code: format!("#{id} {}, {}", meeting.date.as_str(), meeting.place),
            label: meeting_named(meeting),
        },
        None => Cell::Text(format!("#{id}")),
    }
}

/// A meeting as a person reads it: `#3 early 2024, Khiva` (`#3 начало 2024, Хива`).
pub fn meeting_named(meeting: &Meeting) -> String {
    format!(
        "#{} {}, {}",
        meeting.id,
        format::date(&meeting.date),
        crate::i18n::meeting_place(&meeting.place)
    )
}

/// A meeting's place: as stored for machines, in the language spoken for people.
fn place_cell(place: &str) -> Cell {
    Cell::Code {
        code: place.to_string(),
        label: crate::i18n::meeting_place(place),
    }
}

/// The columns of a meetings table.
fn meeting_columns() -> Vec<Column> {
    vec![
        col("id", tr!("report-col-id")),
        col("date", tr!("report-col-date")),
        col("place", tr!("report-col-place")),
        col("kind", tr!("report-col-kind")),
        col("number", tr!("report-col-number")),
        col("state", tr!("report-col-state")),
        col("co_chairs", tr!("report-col-co-chairs")),
        col("source", tr!("report-col-source")),
    ]
}

fn meeting_row(meeting: &Meeting, sources: &[Source], today: NaiveDate) -> Vec<Cell> {
    let state = meeting.state(today);
    vec![
        Cell::Id(meeting.id),
        Cell::Date(meeting.date.as_str().to_string()),
        place_cell(&meeting.place),
        Cell::Code {
            code: meeting.kind.code().to_string(),
            label: words::kind(meeting.kind),
        },
        Cell::Count(meeting.number),
        Cell::Code {
            code: words::state_code(state).to_string(),
            label: words::state(state),
        },
        optional(meeting.co_chairs.as_deref()),
        Cell::Text(source_label(meeting.source_id, sources)),
    ]
}

/// Every meeting, newest first, planned ones and unheld ones said in words.
pub fn meetings(meetings: &[Meeting], sources: &[Source], today: NaiveDate) -> Document {
    Document {
        title: tr!("report-meetings-title"),
        subtitle: tr!("report-meetings-subtitle", today = day(today)),
        facts: vec![("today", today.to_string())],
        sections: vec![Section {
            key: "meetings",
            title: tr!("report-meetings-title"),
            columns: meeting_columns(),
            rows: meetings.iter().map(|m| meeting_row(m, sources, today)).collect(),
            totals: None,
            kind: Kind::Table,
        }],
        empty: tr!("report-none"),
    }
}

/// A table of agreements: overdue said in words in the status column.
pub fn agreements_section(
    key: &'static str,
    title: String,
    agreements: &[&Agreement],
    meetings: &[Meeting],
    today: NaiveDate,
) -> Section {
    Section {
        key,
        title,
        columns: vec![
            col("id", tr!("report-col-id")),
            col("meeting", tr!("report-col-meeting")),
            col("agreement", tr!("report-col-agreement")),
            col("side", tr!("report-col-side")),
            col("responsible", tr!("report-col-responsible")),
            col("due", tr!("report-col-due")),
            col("status", tr!("report-col-agreement-status")),
            // Data keeps the stored status beside the computed one: an overdue agreement
            // may be open or in progress, which "overdue" alone would lose.
            Column::for_machines("stored_status", tr!("report-col-agreement-status")),
            col("projects", tr!("report-col-projects")),
        ],
        rows: agreements.iter().map(|a| agreement_row(a, meetings, today)).collect(),
        totals: None,
        kind: Kind::Table,
    }
}

fn agreement_row(agreement: &Agreement, meetings: &[Meeting], today: NaiveDate) -> Vec<Cell> {
    let overdue = agreement.is_overdue(today);
    let projects: Vec<String> = agreement.projects.iter().map(|p| format!("#{p}")).collect();
    vec![
        Cell::Id(agreement.id),
        meeting_cell(agreement.meeting_id, meetings),
        Cell::Text(agreement.text.clone()),
        agreement.side.map_or(Cell::Text(String::new()), |side| Cell::Code {
            code: side.code().to_string(),
            label: words::side(side),
        }),
        optional(agreement.responsible.as_deref()),
        agreement
            .due
            .as_ref()
            .map_or(Cell::Text(String::new()), |due| Cell::Date(due.as_str().to_string())),
        Cell::Code {
            code: if overdue {
                "overdue".to_string()
            } else {
                agreement.status.code().to_string()
            },
            label: words::status_on(agreement.status, overdue),
        },
        Cell::Code {
            code: agreement.status.code().to_string(),
            label: words::status_on(agreement.status, false),
        },
        Cell::Text(projects.join(" ")),
    ]
}

/// The agreements listed, overdue ones first.
pub fn agreements(agreements: &[Agreement], meetings: &[Meeting], today: NaiveDate) -> Document {
    let mut sorted: Vec<&Agreement> = agreements.iter().collect();
    sorted.sort_by_key(|a| (!a.is_overdue(today), a.id));
    Document {
        title: tr!("report-agreements-title"),
        subtitle: tr!("report-agreements-subtitle", today = day(today)),
        facts: vec![("today", today.to_string())],
        sections: vec![agreements_section(
            "agreements",
            tr!("report-agreements-title"),
            &sorted,
            meetings,
            today,
        )],
        empty: tr!("report-none"),
    }
}

fn field_section(key: &'static str, title: String, rows: Vec<(&'static str, String, Cell)>) -> Section {
    Section {
        key,
        title,
        columns: vec![
            col("field", tr!("report-col-field")),
            col("value", tr!("report-col-value")),
        ],
        rows: rows
            .into_iter()
            .map(|(key, label, value)| {
                // A field's value is text here: a number among words would right-align the column.
                let value = match value {
                    Cell::Id(_) | Cell::Count(_) => Cell::Text(value.human()),
                    other => other,
                };
                vec![
                    Cell::Code {
                        code: key.to_string(),
                        label,
                    },
                    value,
                ]
            })
            .collect(),
        totals: None,
        kind: Kind::Table,
    }
}

/// One meeting in full, with its agreements.
pub fn meeting(meeting: &Meeting, agreements: &[Agreement], sources: &[Source], today: NaiveDate) -> Document {
    let columns = meeting_columns();
    let row = meeting_row(meeting, sources, today);
    let mut fields: Vec<(&'static str, String, Cell)> = columns
        .into_iter()
        .zip(row)
        .map(|(column, cell)| (column.key, column.header, cell))
        .collect();
    fields.push(("title", tr!("report-col-title"), optional(meeting.title.as_deref())));
    let listed: Vec<&Agreement> = agreements.iter().collect();
    Document {
        title: meeting_named(meeting),
        subtitle: words::state(meeting.state(today)),
        facts: vec![("today", today.to_string())],
        sections: vec![
            field_section("meeting", tr!("report-meetings-title"), fields),
            agreements_section(
                "agreements",
                tr!("report-meeting-agreements"),
                &listed,
                std::slice::from_ref(meeting),
                today,
            ),
        ],
        empty: tr!("report-none"),
    }
}

/// One agreement in full: its fields, the projects it concerns, its dated updates.
pub fn agreement(
    agreement: &Agreement,
    meetings: &[Meeting],
    projects: &[(i64, String)],
    notes: &[AgreementNote],
    sources: &[Source],
    today: NaiveDate,
) -> Document {
    let mut section = agreements_section(
        "agreement",
        tr!("report-agreements-title"),
        &[agreement],
        meetings,
        today,
    );
    let fields: Vec<(&'static str, String, Cell)> = section
        .columns
        .drain(..)
        .zip(section.rows.pop().unwrap_or_default())
        .map(|(column, cell)| (column.key, column.header, cell))
        .chain(std::iter::once((
            "source",
            tr!("report-col-source"),
            Cell::Text(source_label(agreement.source_id, sources)),
        )))
        .collect();
    Document {
        title: tr!("report-agreement-title", id = agreement.id.to_string()),
        subtitle: words::status_on(agreement.status, agreement.is_overdue(today)),
        facts: vec![("today", today.to_string())],
        sections: vec![
            field_section("agreement", tr!("report-agreements-title"), fields),
            Section {
                key: "projects",
                title: tr!("report-agreement-projects"),
                columns: vec![
                    col("id", tr!("report-col-id")),
                    col("project", tr!("report-col-project")),
                ],
                rows: projects
                    .iter()
                    .map(|(id, name)| vec![Cell::Id(*id), Cell::Text(name.clone())])
                    .collect(),
                totals: None,
                kind: Kind::Table,
            },
            Section {
                key: "updates",
                title: tr!("report-agreement-notes"),
                columns: vec![
                    col("date", tr!("report-col-date")),
                    col("text", tr!("report-col-text")),
                    col("author", tr!("report-col-author")),
                    col("source", tr!("report-col-source")),
                ],
                rows: notes
                    .iter()
                    .map(|n| {
                        vec![
                            Cell::Date(n.date.as_str().to_string()),
                            Cell::Text(n.text.clone()),
                            Cell::Text(n.author.clone()),
                            Cell::Text(source_label(n.source_id, sources)),
                        ]
                    })
                    .collect(),
                totals: None,
                kind: Kind::Table,
            },
        ],
        empty: tr!("report-none"),
    }
}

/// The digest's section of agreements: added, done, dropped, newly overdue in its window.
pub fn digest_section(digest: &crate::store::AgreementDigest, meetings: &[Meeting], today: NaiveDate) -> Section {
    let groups: [(&str, String, &[Agreement]); 4] = [
        ("added", tr!("report-agreement-added"), &digest.added),
        ("done", tr!("report-agreement-done"), &digest.done),
        ("dropped", tr!("report-agreement-dropped"), &digest.dropped),
        (
            "newly_overdue",
            tr!("report-agreement-newly-overdue"),
            &digest.newly_overdue,
        ),
    ];
    let mut rows = Vec::new();
    for (code, label, list) in groups {
        for agreement in list {
            let mut row = vec![Cell::Code {
                code: code.to_string(),
                label: label.clone(),
            }];
            row.extend(agreement_row(agreement, meetings, today));
            rows.push(row);
        }
    }
    let mut section = agreements_section(
        "agreement_events",
        tr!("report-digest-agreements"),
        &[],
        meetings,
        today,
    );
    section.columns.insert(0, col("event", tr!("report-col-event")));
    section.rows = rows;
    section
}

/// What a meeting's or an agreement's history names by id: the meetings, the
/// agreement's updates, the projects (in the language spoken), the sources.
pub struct HistoryNames<'a> {
    pub entity: crate::store::Entity,
    pub meetings: &'a [Meeting],
    pub notes: &'a [AgreementNote],
    pub projects: &'a [(i64, String)],
    pub sources: &'a [Source],
}

/// A field of the log in words: `status` (`статус`), `update` for a note.
fn history_field(field: &str, entity: crate::store::Entity) -> Cell {
    use crate::store::{AgreementField, Entity, MeetingField};
    let label = match (field, entity) {
        ("created", _) => tr!("report-history-created"),
        ("note", _) => tr!("report-history-note"),
        ("project", _) => tr!("report-history-project"),
        (_, Entity::Meeting) => MeetingField::ALL
            .into_iter()
            .find(|f| f.column() == field)
            .map_or_else(|| field.to_string(), words::meeting_field),
        (_, Entity::Agreement) => AgreementField::ALL
            .into_iter()
            .find(|f| f.column() == field)
            .map_or_else(|| field.to_string(), words::agreement_field),
    };
    Cell::Code {
        code: field.to_string(),
        label,
    }
}

/// A value of the log as a person reads it (dates in words, ids as what they name),
/// kept as stored for machines.
fn history_value(field: &str, stored: Option<&str>, names: &HistoryNames<'_>) -> Cell {
    use crate::domain::{AgreementStatus, EdtfDate, MeetingKind, Side};
    let Some(raw) = stored else {
        return Cell::Text(String::new());
    };
    let id = || crate::domain::reference::parse_id(raw);
    let date = |text: &str| text.parse::<EdtfDate>().ok().map(|d| format::date(&d));
    let label = match field {
        "date" | "due" => date(raw),
        "kind" => MeetingKind::parse(raw).map(words::kind),
        "held" => Some(words::held(raw == "1")),
        "status" => AgreementStatus::parse(raw).map(words::status),
        "side" => Side::parse(raw).map(words::side),
        "place" => Some(crate::i18n::meeting_place(raw)),
        "meeting_id" => id().map(|id| match names.meetings.iter().find(|m| m.id == id) {
            Some(meeting) => meeting_named(meeting),
            None => format!("#{id}"),
        }),
        "source_id" => id().map(|id| source_label(Some(id), names.sources)),
        "note" => id().map(|id| match names.notes.iter().find(|n| n.id == id) {
            Some(note) => format!("{}: {}", format::date(&note.date), note.text),
            None => format!("#{id}"),
        }),
        "project" => id().map(|id| match names.projects.iter().find(|(p, _)| *p == id) {
            Some((_, name)) => format!("#{id} {name}"),
            None => format!("#{id}"),
        }),
        // A meeting is created as `EDTF place`.
        "created" if names.entity == crate::store::Entity::Meeting => raw
            .split_once(' ')
            .and_then(|(day, place)| date(day).map(|day| format!("{day}, {}", crate::i18n::meeting_place(place)))),
        _ => None,
    };
    match label {
        Some(label) => Cell::Code {
            code: raw.to_string(),
            label,
        },
        None => Cell::Text(raw.to_string()),
    }
}

/// The audit trail of a meeting or an agreement, newest first: when, who, what, old → new.
pub fn history(title: String, changes: &[crate::store::CommissionChange], names: &HistoryNames<'_>) -> Document {
    Document {
        title: title.clone(),
        subtitle: tr!("report-history-count", count = changes.len()),
        facts: Vec::new(),
        sections: vec![Section {
            key: "history",
            title,
            columns: vec![
                col("changed_at", tr!("report-col-entered", zone = format::zone())),
                col("author", tr!("report-col-author")),
                col("field", tr!("report-col-field")),
                col("old", tr!("report-col-old")),
                col("new", tr!("report-col-new")),
            ],
            rows: changes
                .iter()
                .map(|c| {
                    vec![
                        Cell::Time(c.changed_at.clone()),
                        Cell::Text(c.author.clone()),
                        history_field(&c.field, names.entity),
                        history_value(&c.field, c.old_value.as_deref(), names),
                        history_value(&c.field, c.new_value.as_deref(), names),
                    ]
                })
                .collect(),
            totals: None,
            kind: Kind::Table,
        }],
        empty: tr!("report-none"),
    }
}
