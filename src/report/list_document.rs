//! The project list as a report document, for HTML and xlsx: one row per project with
//! its figures as numbers (unknown stays empty), a totals row of the known figures, and
//! a second section with the sources the projects' figures cite.

use super::document::{Cell, Column, Document, Kind, Section};
use crate::domain::Project;
use crate::i18n::{country_label, project_name, status_label};
use crate::store::Source;
use crate::tr;

/// The list and the sources it cites.
pub fn build(projects: &[Project], sources: &[Source]) -> Document {
    Document {
        title: tr!("report-list-title"),
        subtitle: tr!("report-list-count", count = projects.len()),
        facts: Vec::new(),
        sections: vec![
            projects_section(projects, sources),
            sources_section(&cited(projects, sources)),
        ],
        empty: tr!("report-none"),
    }
}

fn col(key: &'static str, header: String) -> Column {
    Column::new(key, header)
}

fn text(value: Option<&str>) -> Cell {
    Cell::Text(value.unwrap_or_default().to_string())
}

fn projects_section(projects: &[Project], sources: &[Source]) -> Section {
    let source_title = |id: Option<i64>| {
        id.and_then(|id| sources.iter().find(|s| s.id == id))
            .map(|s| s.title.clone())
    };
    let rows: Vec<Vec<Cell>> = projects
        .iter()
        .map(|p| {
            vec![
                Cell::Id(p.id),
                Cell::Text(project_name(p).to_string()),
                Cell::Text(p.name.clone()),
                text(p.name_ru.as_deref()),
                p.country.map_or(text(None), |c| Cell::Code {
                    code: c.code().to_string(),
                    label: country_label(c),
                }),
                // Seed places and known sectors as the language names them.
                text(p.region.as_deref().map(crate::i18n::place_label).as_deref()),
                text(p.sector.as_deref().map(crate::i18n::sector_label).as_deref()),
                p.status.map_or(text(None), |s| Cell::Code {
                    code: s.as_str().to_string(),
                    label: status_label(s),
                }),
                Cell::Money(p.investment.map(|m| m.dollars())),
                Cell::Count(p.jobs_planned),
                Cell::Count(p.jobs_created),
                text(source_title(p.source_id).as_deref()),
            ]
        })
        .collect();
    // A sum over only unknown figures is unknown (an empty cell), never 0.
    let sum = |f: &dyn Fn(&Project) -> Option<i64>| {
        projects.iter().filter_map(f).fold(None, |sum: Option<i64>, value| {
            Some(sum.unwrap_or(0).saturating_add(value))
        })
    };
    let totals = vec![
        Cell::Text(String::new()),
        Cell::Text(tr!("report-total")),
        Cell::Text(tr!("report-total")),
        text(None),
        text(None),
        text(None),
        text(None),
        text(None),
        Cell::Money(sum(&|p| p.investment.map(|m| m.dollars()))),
        Cell::Count(sum(&|p| p.jobs_planned)),
        Cell::Count(sum(&|p| p.jobs_created)),
        text(None),
    ];
    Section {
        key: "projects",
        title: tr!("report-list-projects"),
        columns: vec![
            col("id", tr!("report-col-id")),
            // People read the name in the language spoken; data keeps both names.
            Column::for_people("name", tr!("report-col-project")),
            Column::for_machines("name", tr!("report-col-project")),
            Column::for_machines("name_ru", tr!("report-col-name-ru")),
            col("country", tr!("report-col-country")),
            col("region", tr!("report-col-region")),
            col("sector", tr!("report-col-sector")),
            col("status", tr!("report-metric-status")),
            col("investment", tr!("report-metric-investment")),
            col("jobs_planned", tr!("report-metric-jobs-planned")),
            col("jobs_created", tr!("report-metric-jobs-created")),
            col("source", tr!("report-col-source")),
        ],
        rows,
        totals: (!projects.is_empty()).then_some(totals),
        kind: Kind::Table,
    }
}

/// The sources some project's figures cite.
fn cited<'a>(projects: &[Project], sources: &'a [Source]) -> Vec<&'a Source> {
    sources
        .iter()
        .filter(|s| projects.iter().any(|p| p.source_id == Some(s.id)))
        .collect()
}

/// A section listing sources (the ones a report's figures cite).
pub(super) fn sources_section(cited: &[&Source]) -> Section {
    Section {
        key: "sources",
        title: tr!("report-sources"),
        columns: vec![
            col("id", tr!("report-col-id")),
            col("publisher", tr!("report-col-publisher")),
            col("title", tr!("report-col-title")),
            col("published", tr!("report-col-date")),
            col("url", tr!("report-col-url")),
        ],
        rows: cited
            .iter()
            .map(|s| {
                vec![
                    Cell::Id(s.id),
                    Cell::Text(s.publisher.clone()),
                    Cell::Text(s.title.clone()),
                    s.published.clone().map_or(text(None), Cell::Date),
                    text(s.url.as_deref()),
                ]
            })
            .collect(),
        totals: None,
        kind: Kind::Table,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Money;

    #[test]
    fn the_totals_sum_what_is_known_and_leave_unknown_what_none_knows() {
        let mut known = Project::blank();
        known.investment = Money::from_dollars(2_600_000_000).ok();
        let projects = [known, Project::blank()];
        let section = projects_section(&projects, &[]);
        let totals = section.totals.unwrap_or_default();
        let at = |key: &str| {
            section
                .columns
                .iter()
                .position(|c| c.key == key)
                .and_then(|i| totals.get(i))
        };
        assert_eq!(at("investment"), Some(&Cell::Money(Some(2_600_000_000))));
        assert_eq!(
            at("jobs_planned"),
            Some(&Cell::Count(None)),
            "no project knows it: not 0"
        );
    }
}
