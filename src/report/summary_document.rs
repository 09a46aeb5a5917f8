//! The summary as a report document, for HTML and xlsx: one row per group with its
//! totals as numbers (unknown sums stay empty), the totals row, the tracked figures held
//! against the reported ones (from [`Summary::comparisons`], the one computation), and
//! the sources those reported figures cite; and the reported figures over time.

use super::document::{Cell, Column, Document, Section};
use super::list_document::sources_section;
use super::summary::{Comparison, Summary, TrendPoint, comparison_label, dimension_label, key_label};
use crate::i18n::format;
use crate::store::{Metric, Source, Totals};
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
    Column { key, header }
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
    }
}

/// A figure of a metric as a cell: dollars for investment, a count otherwise.
fn figure(metric: Metric, value: Option<i64>) -> Cell {
    match metric {
        Metric::Investment => Cell::Money(value),
        _ => Cell::Count(value),
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
                Cell::Text(if reported.is_some_and(|(i, _)| i.is_over()) {
                    tr!("report-summary-over")
                } else {
                    String::new()
                }),
                figure(c.metric, reported.map(|(i, _)| i.value)),
                Cell::Text(c.coverage.map(|p| format::percent(p.tenths)).unwrap_or_default()),
                reported.map_or(Cell::Text(String::new()), |(i, _)| Cell::Date(i.as_of.to_string())),
                Cell::Text(reported.map(|(_, source)| source.clone()).unwrap_or_default()),
            ]
        })
        .collect();
    let title = if summary.filtered {
        tr!("cli-summary-comparison-filtered")
    } else {
        tr!("cli-summary-comparison")
    };
    Section {
        key: "comparison",
        title,
        columns: vec![
            col("metric", tr!("cli-summary-portfolio")),
            col("tracked", tr!("cli-summary-tracked")),
            col("over", tr!("report-summary-over-column")),
            col("reported", tr!("cli-summary-reported")),
            col("coverage", tr!("cli-summary-coverage")),
            col("as_of", tr!("cli-summary-as-of")),
            col("source", tr!("report-col-source")),
        ],
        rows,
        totals: None,
    }
}

/// The reported portfolio figures over time as a document: one row per report, the
/// figures as numbers (not reported: empty), and the sources the reports are from.
pub fn trend(points: &[TrendPoint], sources: &[Source]) -> Document {
    let figure = |point: &TrendPoint, metric: Metric| {
        let value = Metric::ALL
            .iter()
            .position(|m| *m == metric)
            .and_then(|i| point.figures.get(i))
            .and_then(|f| f.as_ref().map(|indicator| indicator.value));
        self::figure(metric, value)
    };
    // A figure the report gave as "over N": the metrics it said so of, by name.
    let over = |point: &TrendPoint| {
        let said: Vec<String> = point
            .figures
            .iter()
            .flatten()
            .filter(|i| i.is_over())
            .map(|i| comparison_label(i.metric))
            .collect();
        Cell::Text(said.join(", "))
    };
    let rows = points
        .iter()
        .map(|point| {
            vec![
                Cell::Date(point.as_of.to_string()),
                figure(point, Metric::Projects),
                figure(point, Metric::Investment),
                figure(point, Metric::Jobs),
                over(point),
                Cell::Id(point.source_id),
            ]
        })
        .collect();
    let cited: Vec<&Source> = sources
        .iter()
        .filter(|s| points.iter().any(|p| p.source_id == s.id))
        .collect();
    let section = Section {
        key: "trend",
        title: tr!("cli-trend-title"),
        columns: vec![
            col("as_of", tr!("cli-summary-as-of")),
            col("projects", tr!("cli-summary-projects")),
            col("investment", tr!("cli-summary-investment-usd")),
            col("jobs", tr!("cli-trend-jobs")),
            col("over", tr!("report-trend-over")),
            col("source_id", tr!("cli-trend-source")),
        ],
        rows,
        totals: None,
    };
    Document {
        title: tr!("cli-trend-title"),
        subtitle: tr!("report-trend-count", count = points.len()),
        facts: Vec::new(),
        sections: vec![section, sources_section(&cited)],
        empty: tr!("report-none"),
    }
}
