//! The summary as a report document, for HTML and xlsx: one row per group with its
//! totals as numbers (unknown sums stay empty), the totals row, the tracked figures held
//! against the reported ones (from [`Summary::comparisons`], the one computation), and
//! the sources those reported figures cite; and the reported figures over time.

use super::document::{Cell, Column, Document, Kind, Section};
use super::list_document::sources_section;
use super::summary::{self, Comparison, Summary, comparison_label, dimension_label, key_label};
use super::trend::{self, TrendPoint};
use crate::domain::EdtfDate;
use crate::i18n::qualifier_word;
use crate::store::{Metric, Qualifier, Source, Totals};
use crate::tr;

/// The summary and the sources its reported figures cite.
pub fn build(summary: &Summary, sources: &[Source]) -> Document {
    let comparisons = summary.comparisons();
    let cited: Vec<&Source> = sources
        .iter()
        .filter(|s| {
            comparisons
                .iter()
                .any(|c| c.reported.as_ref().is_some_and(|(i, _)| i.source_id == s.id))
        })
        .collect();
    Document {
        title: tr!("report-summary-title"),
        subtitle: tr!("report-list-count", count = summary.total.projects),
        facts: Vec::new(),
        sections: vec![
            groups_section(summary),
            comparison_section(summary, &comparisons),
            sources_section(&cited),
        ],
        empty: tr!("report-none"),
    }
}

fn col(key: &'static str, header: String) -> Column {
    Column::new(key, header)
}

/// A sum, or unknown (empty) when no project of the group has the figure.
fn known(sum: i64, unknown: i64, projects: i64) -> Option<i64> {
    (unknown < projects).then_some(sum)
}

fn totals_cells(totals: &Totals) -> [Cell; 5] {
    let t = totals;
    [
        Cell::Count(Some(t.projects)),
        Cell::Money(known(t.investment, t.investment_unknown, t.projects)),
        Cell::Count(Some(t.investment_unknown)),
        Cell::Count(known(t.jobs_planned, t.jobs_planned_unknown, t.projects)),
        Cell::Count(known(t.jobs_created, t.jobs_created_unknown, t.projects)),
    ]
}

fn groups_section(summary: &Summary) -> Section {
    let mut columns: Vec<Column> = summary.by.iter().map(|d| col(d.name(), dimension_label(*d))).collect();
    columns.extend([
        col("projects", tr!("cli-summary-projects")),
        col("investment", tr!("cli-summary-investment-usd")),
        col("investment_unknown", tr!("cli-summary-no-figure")),
        col("jobs_planned", tr!("cli-summary-jobs-planned")),
        col("jobs_created", tr!("cli-summary-jobs-created")),
    ]);
    let rows = summary
        .groups
        .iter()
        .map(|group| {
            let mut row: Vec<Cell> = summary
                .by
                .iter()
                .zip(&group.keys)
                .map(|(d, key)| Cell::Text(key_label(*d, key.as_deref())))
                .collect();
            row.extend(totals_cells(&group.totals));
            row
        })
        .collect();
    let mut totals: Vec<Cell> = (0..summary.by.len()).map(|_| Cell::Text(String::new())).collect();
    if let Some(first) = totals.first_mut() {
        *first = Cell::Text(tr!("cli-summary-total"));
    }
    totals.extend(totals_cells(&summary.total));
    Section {
        key: "groups",
        title: tr!("report-summary-groups"),
        columns,
        rows,
        totals: Some(totals),
        kind: Kind::Table,
    }
}

/// A figure of a metric as a cell: dollars for investment and contracts' value, a
/// count otherwise.
fn figure(metric: Metric, value: Option<i64>) -> Cell {
    if metric.is_money() {
        Cell::Money(value)
    } else {
        Cell::Count(value)
    }
}

fn comparison_section(summary: &Summary, comparisons: &[Comparison]) -> Section {
    let rows = comparisons
        .iter()
        .map(|c| {
            let reported = c.reported.as_ref();
            vec![
                Cell::Text(comparison_label(c.metric)),
                figure(c.metric, c.tracked),
                Cell::Text(reported.map(|(i, _)| qualifier_word(i.qualifier)).unwrap_or_default()),
                figure(c.metric, reported.map(|(i, _)| i.value)),
                Cell::Percent(c.coverage.map(|p| p.tenths)),
                reported.map_or(Cell::Text(String::new()), |(i, _)| Cell::Date(i.as_of.to_string())),
                Cell::Text(reported.map(|(_, source)| source.clone()).unwrap_or_default()),
            ]
        })
        .collect();
    let title = summary::comparison_title(summary.filtered);
    Section {
        key: "comparison",
        title,
        columns: vec![
            col("metric", tr!("cli-summary-portfolio")),
            col("tracked", tr!("cli-summary-tracked")),
            col("qualifier", tr!("report-summary-over-column")),
            col("reported", tr!("cli-summary-reported")),
            col("coverage", tr!("cli-summary-coverage")),
            col("as_of", tr!("cli-summary-as-of")),
            col("source", tr!("report-col-source")),
        ],
        rows,
        totals: None,
        kind: Kind::Table,
    }
}

/// The reported portfolio figures over time as a document: one row per report (its
/// date and source), one column per kind reported (as numbers; not reported: empty),
/// how the text gave those that are not exact, and the sources the reports are from.
pub fn trend(points: &[TrendPoint], sources: &[Source]) -> Document {
    let series = trend::series(points);
    // The figures a report did not give exactly: "Jobs created: over".
    let stated = |point: &TrendPoint| {
        let said: Vec<String> = point
            .figures
            .iter()
            .filter(|i| i.qualifier != Qualifier::Exact)
            .map(|i| format!("{}: {}", comparison_label(i.metric), qualifier_word(i.qualifier)))
            .collect();
        Cell::Text(said.join("; "))
    };
    let rows = points
        .iter()
        .map(|point| {
            // The whole publisher: a document has no width to keep (the text table cuts it).
            let source = trend::full_source(point.source_id, sources);
            let mut row = vec![Cell::Date(point.as_of.to_string()), Cell::Text(source)];
            row.extend(series.iter().map(|m| figure(*m, point.figure(*m).map(|i| i.value))));
            row.push(stated(point));
            row.push(point.as_of.earliest().map_or(Cell::Text(String::new()), |day| {
                Cell::Date(EdtfDate::from_naive(day).to_string())
            }));
            row
        })
        .collect();
    let cited: Vec<&Source> = sources
        .iter()
        .filter(|s| points.iter().any(|p| p.source_id == s.id))
        .collect();
    let mut columns = vec![
        col("as_of", tr!("cli-summary-as-of")),
        col("source", tr!("cli-trend-source")),
    ];
    columns.extend(series.iter().map(|m| col(m.as_str(), metric_header(*m))));
    columns.push(col("stated", tr!("report-summary-over-column")));
    // The workbook's chart places each report by its first day (a time axis).
    columns.push(Column::for_machines("first_day", tr!("report-trend-first-day")));
    let section = Section {
        key: "trend",
        title: tr!("cli-trend-title"),
        columns,
        rows,
        totals: None,
        kind: Kind::Table,
    };
    Document {
        title: tr!("cli-trend-title"),
        subtitle: tr!("report-trend-count", count = points.len()),
        facts: Vec::new(),
        sections: vec![section, sources_section(&cited)],
        empty: tr!("report-none"),
    }
}

/// A kind as a column header; money kinds say their currency.
fn metric_header(metric: Metric) -> String {
    match metric {
        Metric::Investment => tr!("cli-summary-investment-usd"),
        Metric::TradeContractsValue => tr!("report-trend-contracts-value-usd"),
        _ => comparison_label(metric),
    }
}
