//! `ortaq show` and `ortaq history`: one project in full, and its audit trail.

use std::fmt::Write;

use serde::Serialize;

use super::UNKNOWN;
use crate::domain::{Field, Project, text};
use crate::store::{Change, Source, Update};

/// Every field with its value, then the updates (newest first), then the sources.
pub fn render_text(project: &Project, updates: &[Update], sources: &[Source]) -> String {
    let mut out = String::new();
    let safe = |s: &str| text::for_terminal(s).into_owned();
    let _ = writeln!(out, "#{} {}", project.id, safe(&project.name));
    let width = Field::ALL.iter().map(|f| f.label().len()).max().unwrap_or(0);
    for field in Field::ALL {
        let value = match field {
            Field::Source => source_label(project.source_id, sources),
            _ => project.display(field),
        };
        let value = if value.is_empty() {
            UNKNOWN.to_string()
        } else {
            safe(&value)
        };
        let _ = writeln!(out, "  {:width$}  {value}", field.label());
    }
    let _ = writeln!(
        out,
        "  {:width$}  {} (version {})",
        "Updated", project.updated_at, project.version
    );
    let _ = writeln!(out, "\nUpdates ({})", updates.len());
    for update in updates {
        let _ = writeln!(out, "  {}  {}", update.date, safe(&update.text));
        let source = update
            .source_id
            .map(|id| format!(" · source {}", source_label(Some(id), sources)))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "  {:10}  — {}, entered {}{}",
            "",
            safe(&update.author),
            update.created_at,
            safe(&source)
        );
    }
    let cited: Vec<&Source> = sources
        .iter()
        .filter(|s| project.source_id == Some(s.id) || updates.iter().any(|u| u.source_id == Some(s.id)))
        .collect();
    let _ = writeln!(out, "\nSources ({})", cited.len());
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
                .map(|p| format!(" ({p})"))
                .unwrap_or_default()
        );
        if let Some(note) = &source.note {
            let _ = writeln!(out, "     {}", safe(note));
        }
    }
    out
}

fn source_label(id: Option<i64>, sources: &[Source]) -> String {
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
    let _ = writeln!(out, "History of #{} {}", project.id, safe(&project.name));
    for change in changes {
        let _ = writeln!(
            out,
            "  {}  {}  {}",
            change.changed_at,
            safe(&change.author),
            describe(change)
        );
    }
    out
}

/// One change in words: `investment: — -> 12500000` (see [`Change::describe`]).
pub fn describe(change: &Change) -> String {
    change.describe(usize::MAX)
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
    super::spreadsheet::write_csv(std::iter::once(header.map(String::from).to_vec()).chain(rows))
}
