//! `ortaq list`: the projects a query shows, as an aligned table (or CSV / JSON).

use super::table::{self, Style};
use super::{Format, UNKNOWN, exchange};
use crate::domain::{Project, group_thousands};
use crate::store::Source;

/// The list in the given format; CSV and JSON are the export formats.
pub fn render(projects: &[Project], sources: &[Source], format: Format) -> String {
    match format {
        Format::Csv => exchange::to_csv(projects, sources),
        Format::Json => exchange::to_json(projects, sources),
        Format::Text => render_table(projects, Style::Plain),
        Format::Markdown => render_table(projects, Style::Markdown),
    }
}

fn render_table(projects: &[Project], style: Style) -> String {
    let header = ["ID", "Name", "Location", "Sector", "Status", "Investment", "Jobs"];
    let rows: Vec<Vec<String>> = projects
        .iter()
        .map(|p| {
            vec![
                p.id.to_string(),
                p.name.clone(),
                or_unknown(p.location()),
                or_unknown(p.sector.clone().unwrap_or_default()),
                p.status
                    .map(|s| s.as_str().to_string())
                    .unwrap_or_else(|| UNKNOWN.into()),
                p.investment.map(|m| m.compact()).unwrap_or_else(|| UNKNOWN.into()),
                jobs(p),
            ]
        })
        .collect();
    table::render(
        style,
        &header,
        &rows,
        &[true, false, false, false, false, true, true],
        None,
    )
}

/// Jobs as `created / planned`, each `—` where unknown.
pub fn jobs(project: &Project) -> String {
    let show = |n: Option<i64>| n.map(group_thousands).unwrap_or_else(|| UNKNOWN.into());
    match (project.jobs_created, project.jobs_planned) {
        (None, None) => UNKNOWN.into(),
        (created, planned) => format!("{} / {}", show(created), show(planned)),
    }
}

fn or_unknown(text: String) -> String {
    if text.is_empty() { UNKNOWN.into() } else { text }
}
