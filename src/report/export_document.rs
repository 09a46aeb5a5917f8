//! The export as a workbook: every project under the export's own column names (the
//! ones `import` reads, so the file goes back in unchanged), exact values — dollars and
//! counts as numbers, unknown empty, dates and times as stored — and the sources.

use super::document::{Cell, Column, Document, Kind, Section};
use super::list_document::sources_section;
use crate::domain::{Field, FieldValue, Project};
use crate::store::Source;
use crate::tr;

/// Every project and every source.
pub fn build(projects: &[Project], sources: &[Source]) -> Document {
    let all: Vec<&Source> = sources.iter().collect();
    Document {
        title: tr!("report-export-title"),
        subtitle: tr!("report-list-count", count = projects.len()),
        facts: Vec::new(),
        sections: vec![projects_section(projects, sources), as_stored(sources_section(&all))],
        empty: tr!("report-none"),
    }
}

/// The section with its dates as stored (EDTF: `2024-23`, as JSON and CSV carry them),
/// not as a report says them ("autumn 2024"): an export is data.
fn as_stored(mut section: Section) -> Section {
    for cell in section.rows.iter_mut().flatten() {
        if let Cell::Date(stored) = cell {
            *cell = Cell::Text(std::mem::take(stored));
        }
    }
    section
}

/// The export's columns: `id`, the fields, the timestamps (as the CSV export has them).
fn columns() -> Vec<Column> {
    let column = |key: &'static str| Column::new(key, key.to_string());
    let mut columns = vec![column("id")];
    columns.extend(Field::ALL.iter().map(|f| column(f.name())));
    columns.extend([column("created_at"), column("updated_at")]);
    columns
}

fn value_cell(project: &Project, field: Field, sources: &[Source]) -> Cell {
    match (field, project.value(field)) {
        // The source by its title, as the CSV export names it and import finds it.
        (source, _) if source.is_source() => Cell::Text(
            project
                .source_in(source)
                .and_then(|id| sources.iter().find(|s| s.id == id))
                .map(|s| s.title.clone())
                .unwrap_or_default(),
        ),
        (Field::Investment, FieldValue::Integer(dollars)) => Cell::Money(Some(dollars)),
        (Field::Investment, _) => Cell::Money(None),
        (_, FieldValue::Integer(count)) => Cell::Count(Some(count)),
        (Field::JobsPlanned | Field::JobsCreated, _) => Cell::Count(None),
        (_, FieldValue::Text(text)) => Cell::Text(text),
        (_, FieldValue::Null) => Cell::Text(String::new()),
    }
}

fn projects_section(projects: &[Project], sources: &[Source]) -> Section {
    let rows = projects
        .iter()
        .map(|project| {
            let mut row = vec![Cell::Id(project.id)];
            row.extend(Field::ALL.iter().map(|f| value_cell(project, *f, sources)));
            row.extend([
                Cell::Text(project.created_at.clone()),
                Cell::Text(project.updated_at.clone()),
            ]);
            row
        })
        .collect();
    Section {
        key: "projects",
        title: tr!("report-list-projects"),
        columns: columns(),
        rows,
        totals: None,
        kind: Kind::Table,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, set_language};

    #[test]
    fn the_sources_dates_are_exported_as_stored() {
        set_language(Lang::Ru);
        let source = Source {
            id: 1,
            publisher: "UzA".into(),
            title: "Итоги".into(),
            url: None,
            published: Some("2024-23".into()),
            note: None,
        };
        let document = build(&[], &[source]);
        set_language(Lang::En);
        let dates: Vec<String> = document.sections[1].rows.iter().map(|row| row[3].human()).collect();
        assert_eq!(dates, ["2024-23"]);
    }
}
