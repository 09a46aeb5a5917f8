//! The reported portfolio figures over time: one point per report (its date and
//! source), at most one figure of each kind; drawn as a table or as exact data.

use serde::Serialize;

use super::summary::{SERIES, money_text};
use super::table::{self, Charset, Style};
use super::{Format, UNKNOWN};
use crate::domain::EdtfDate;
use crate::i18n::format;
use crate::store::{Indicator, Metric, Source};
use crate::tr;

/// One report of the portfolio figures: when, by which source, and what it said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrendPoint {
    pub as_of: EdtfDate,
    pub source_id: i64,
    /// The source, short (`#4 UzA`): two reports may share a date.
    pub source: String,
    /// At most one figure of each kind, in [`SERIES`] order.
    pub figures: Vec<Indicator>,
}

impl TrendPoint {
    /// The figure of one kind this report gave, if it gave one.
    pub fn figure(&self, metric: Metric) -> Option<&Indicator> {
        self.figures.iter().find(|i| i.metric == metric)
    }

    /// What tells this point from the others: the date as shown, and the source.
    pub fn label(&self) -> String {
        format!("{} {}", format::date(&self.as_of), self.source)
    }
}

/// The `portfolio` figures grouped by report, in the order the store gives them (the
/// order they were reported); `sources` name each report's source.
pub fn trend(indicators: &[Indicator], sources: &[Source]) -> Vec<TrendPoint> {
    let mut points: Vec<TrendPoint> = Vec::new();
    for indicator in indicators.iter().filter(|i| i.scope == "portfolio") {
        let index = match points
            .iter()
            .position(|p| p.as_of == indicator.as_of && p.source_id == indicator.source_id)
        {
            Some(index) => index,
            None => {
                points.push(TrendPoint {
                    as_of: indicator.as_of.clone(),
                    source_id: indicator.source_id,
                    source: short_source(indicator.source_id, sources),
                    figures: Vec::new(),
                });
                points.len() - 1
            }
        };
        let figures = &mut points[index].figures;
        // A report gives one figure of a kind; a second one of the same report replaces it.
        figures.retain(|f| f.metric != indicator.metric);
        figures.push(indicator.clone());
        figures.sort_by_key(|f| SERIES.iter().position(|m| *m == f.metric));
    }
    points
}

/// The kinds any point of the trend has, in [`SERIES`] order: the trend's series.
pub fn series(points: &[TrendPoint]) -> Vec<Metric> {
    SERIES
        .into_iter()
        .filter(|m| points.iter().any(|p| p.figure(*m).is_some()))
        .collect()
}

/// A source as `#4 UzA`: its number and its publisher up to any parenthesis, so
/// "UzA (National News Agency of Uzbekistan)" stays short; `#4` if it is gone.
pub fn short_source(id: i64, sources: &[Source]) -> String {
    let publisher = sources
        .iter()
        .find(|s| s.id == id)
        .map(|s| s.publisher.split(" (").next().unwrap_or_default().trim().to_string())
        .unwrap_or_default();
    let publisher = crate::domain::text::truncate_to_width(&crate::domain::text::for_terminal(&publisher), 16);
    if publisher.is_empty() {
        format!("#{id}")
    } else {
        format!("#{id} {publisher}")
    }
}

/// A source as `#2 The Times of Central Asia (Sergey Kwan)`: its number and its whole
/// publisher, for documents (html, xlsx) that have no width to keep; `#2` if it is gone.
pub fn full_source(id: i64, sources: &[Source]) -> String {
    match sources.iter().find(|s| s.id == id).map(|s| s.publisher.trim()) {
        Some(publisher) if !publisher.is_empty() => format!("#{id} {publisher}"),
        _ => format!("#{id}"),
    }
}

/// A reported figure as text: `over 13,000`, `$2.6B`, `about $1B`.
pub fn figure_text(indicator: &Indicator) -> String {
    let value = if indicator.metric.is_money() {
        money_text(indicator.value, false)
    } else {
        format::count(indicator.value)
    };
    crate::i18n::qualified(indicator.qualifier, value)
}

/// The reported portfolio figures over time, one row per report, in any format.
pub fn render_trend(points: &[TrendPoint], format: Format, charset: Charset) -> String {
    match format {
        Format::Text | Format::Html | Format::Xlsx => {
            let table = trend_table(points, Style::Boxed(charset));
            let out = format!("{}\n{table}", tr!("cli-trend-title"));
            if charset == Charset::Ascii {
                super::ascii_marks(&out)
            } else {
                out
            }
        }
        Format::Markdown => format!(
            "**{}**\n\n{}",
            tr!("cli-trend-title"),
            trend_table(points, Style::Markdown)
        ),
        Format::Csv => trend_csv(points),
        Format::Json => trend_json(points),
    }
}

/// One row per report: its date and source, then one column per kind reported.
fn trend_table(points: &[TrendPoint], style: Style) -> String {
    let series = series(points);
    let rows: Vec<Vec<String>> = points
        .iter()
        .map(|point| {
            let mut row = vec![format::date(&point.as_of), point.source.clone()];
            row.extend(
                series
                    .iter()
                    .map(|m| point.figure(*m).map_or(UNKNOWN.to_string(), figure_text)),
            );
            row
        })
        .collect();
    let mut header = vec![tr!("cli-summary-as-of"), tr!("cli-trend-source")];
    header.extend(series.iter().map(|m| trend_header(*m)));
    // ASCII marks before the columns are measured, so `...` for `…` keeps them straight.
    let (header, rows) = if style == Style::Boxed(Charset::Ascii) {
        let ascii = |cells: Vec<String>| cells.iter().map(|c| super::ascii_marks(c)).collect::<Vec<_>>();
        (ascii(header), rows.into_iter().map(ascii).collect())
    } else {
        (header, rows)
    };
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    let numeric: Vec<bool> = (0..header.len()).map(|i| i >= 2).collect();
    // No width limit: figures never wrap, so a limit could only crush the dates. The
    // seed's four kinds fit in 80 columns; all seven kinds take about 100.
    table::render(style, &header, &rows, &numeric, None)
}

/// A kind as a column of the trend's text table, short enough for six in 80 columns.
fn trend_header(metric: Metric) -> String {
    match metric {
        Metric::Projects => tr!("cli-summary-projects"),
        Metric::Investment => tr!("cli-summary-investment"),
        Metric::JobsCreated => tr!("cli-trend-jobs-created"),
        Metric::JobsPlanned => tr!("cli-trend-jobs-planned"),
        Metric::Jobs => tr!("cli-trend-jobs-unrecorded"),
        Metric::TradeContracts => tr!("cli-trend-contracts"),
        Metric::TradeContractsValue => tr!("cli-trend-contracts-value"),
    }
}

/// One row per reported figure, exact: `as_of,metric,value,qualifier,source_id`.
fn trend_csv(points: &[TrendPoint]) -> String {
    let mut rows = vec![
        ["as_of", "metric", "value", "qualifier", "source_id"]
            .map(String::from)
            .to_vec(),
    ];
    for point in points {
        for indicator in &point.figures {
            rows.push(vec![
                point.as_of.to_string(),
                indicator.metric.as_str().to_string(),
                indicator.value.to_string(),
                indicator.qualifier.as_str().to_string(),
                point.source_id.to_string(),
            ]);
        }
    }
    crate::exchange::spreadsheet::write_csv(rows)
}

fn trend_json(points: &[TrendPoint]) -> String {
    #[derive(Serialize)]
    struct JsonPoint {
        as_of: String,
        source_id: i64,
        /// One figure per kind reported, keyed by its code (`jobs_created`).
        #[serde(flatten)]
        figures: std::collections::BTreeMap<&'static str, JsonFigure>,
    }
    #[derive(Serialize)]
    struct JsonFigure {
        value: i64,
        qualifier: &'static str,
    }
    let document: Vec<JsonPoint> = points
        .iter()
        .map(|p| JsonPoint {
            as_of: p.as_of.to_string(),
            source_id: p.source_id,
            figures: p
                .figures
                .iter()
                .map(|i| {
                    let figure = JsonFigure {
                        value: i.value,
                        qualifier: i.qualifier.as_str(),
                    };
                    (i.metric.as_str(), figure)
                })
                .collect(),
        })
        .collect();
    serde_json::to_string_pretty(&document).unwrap_or_default() + "\n"
}
