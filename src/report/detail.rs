//! `ortaq show` and `ortaq history`: one project in full, and its audit trail.

use std::fmt::Write;

use serde::Serialize;

use super::UNKNOWN;
use unicode_width::UnicodeWidthStr;

use crate::domain::{Field, Project, text};
use crate::i18n::format;
use crate::i18n::format::stored_date;
use crate::store::{Change, Source, Update};
use crate::tr;

/// Every field with its value, then the updates (newest first), then the sources.
pub fn render_text(project: &Project, updates: &[Update], sources: &[Source]) -> String {
    let mut out = String::new();
    let safe = |s: &str| text::for_terminal(s).into_owned();
    let _ = writeln!(out, "#{} {}", project.id, safe(crate::i18n::project_name(project)));
    // A figure's source is shown beside the figure, not on a line of its own.
    let shown: Vec<Field> = Field::ALL.into_iter().filter(|f| f.figure().is_none()).collect();
    let labels: Vec<String> = shown.iter().map(|f| field_label(*f)).collect();
    let updated = tr!("cli-detail-updated");
    let width = labels.iter().chain([&updated]).map(|l| l.width()).max().unwrap_or(0);
    let pad = |label: &str| format!("{label}{}", " ".repeat(width.saturating_sub(label.width())));
    for (field, label) in shown.iter().zip(&labels) {
        let value = match field {
            Field::Source => source_label(project.source_id, sources),
            _ => field_value(project, *field),
        };
        let value = if value.is_empty() {
            UNKNOWN.to_string()
        } else {
            safe(&value)
        };
        let beside = figure_source_label(project, *field, sources);
        let beside = if beside.is_empty() {
            beside
        } else {
            format!("   {}", safe(&beside))
        };
        let _ = writeln!(out, "  {}  {value}{beside}", pad(label));
    }
    let version = tr!(
        "cli-detail-version",
        version = project.version.to_string(),
        zone = format::zone()
    );
    let _ = writeln!(
        out,
        "  {}  {} ({version})",
        pad(&updated),
        format::timestamp(&project.updated_at)
    );
    let _ = writeln!(out, "\n{}", tr!("cli-detail-updates", count = updates.len()));
    // Dates are as long as the text allows ("2025-09 – 2025-10-22"): one column for all.
    let dates: Vec<String> = updates.iter().map(|u| stored_date(&u.date)).collect();
    let date_width = dates.iter().map(|d| d.width()).max().unwrap_or(10);
    let pad_date = |date: &str| format!("{date}{}", " ".repeat(date_width.saturating_sub(date.width())));
    for (update, date) in updates.iter().zip(&dates) {
        let _ = writeln!(out, "  {}  {}", pad_date(date), safe(&update.text));
        let source = update
            .source_id
            .map(|id| {
                format!(
                    " · {}",
                    tr!("cli-detail-source", source = source_label(Some(id), sources))
                )
            })
            .unwrap_or_default();
        let entered = tr!(
            "cli-detail-entered",
            author = safe(&update.author),
            time = format::timestamp(&update.created_at)
        );
        let _ = writeln!(out, "  {}  — {entered}{}", pad_date(""), safe(&source));
    }
    let cited: Vec<&Source> = sources
        .iter()
        .filter(|s| {
            project.source_id == Some(s.id)
                || project.figure_sources.contains(&Some(s.id))
                || updates.iter().any(|u| u.source_id == Some(s.id))
        })
        .collect();
    let _ = writeln!(out, "\n{}", tr!("cli-detail-sources", count = cited.len()));
    for source in cited {
        let _ = writeln!(
            out,
            "  #{} {} — {}{}",
            source.id,
            safe(&source.publisher),
            safe(&source.title),
            source
                .published
                .as_deref()
                .map(|p| format!(" ({})", stored_date(p)))
                .unwrap_or_default()
        );
        if let Some(note) = &source.note {
            let _ = writeln!(out, "     {}", safe(note));
        }
    }
    out
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
    let mut out = String::new();
    let safe = |s: &str| text::for_terminal(s).into_owned();
    let _ = writeln!(
        out,
        "{}",
        tr!(
            "cli-history-title",
            zone = crate::i18n::format::zone(),
            id = project.id.to_string(),
            name = safe(crate::i18n::project_name(project))
        )
    );
    for change in changes {
        let _ = writeln!(
            out,
            "  {}  {}  {}",
            crate::i18n::format::timestamp(&change.changed_at),
            safe(&change.author),
            describe(change)
        );
    }
    out
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
