//! The HTML page's charts (issue 25), drawn as inline SVG by plotters from the same
//! section the table beside it shows: the groups' projects and investment as bars, and
//! the reported trend as a line per kind, each report placed on a time axis by its
//! earliest day (reports months apart stand months apart). No script; one dark colour
//! and the value written at each bar and point, so a grey print reads as well as colour.

use chrono::{Datelike, NaiveDate};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor;

use super::document::{Cell, Section};
use crate::domain::EdtfDate;
use crate::i18n::format;

/// Drawn width in CSS pixels: fits A4's printable width at 96 dpi with the margins.
const WIDTH: u32 = 640;
/// A bar and the room around it.
const BAR_HEIGHT: u32 = 22;
/// The longest category label drawn in full; the table beside the chart has the rest.
const LABEL_CHARS: usize = 28;
/// Mid blue: a strong grey in a grey print, distinct on white in colour.
const INK: RGBColor = RGBColor(0x2b, 0x5c, 0x9e);
const FONT: &str = "sans-serif";

/// One chart: its caption (the column charted) and its SVG.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chart {
    pub caption: String,
    pub svg: String,
}

/// The charts a section gets on the page; sections other than the groups and the trend
/// get none.
pub fn for_section(section: &Section) -> Vec<Chart> {
    match section.key {
        "groups" => ["projects", "investment"]
            .iter()
            .filter_map(|key| bars(section, key))
            .collect(),
        "trend" => trend_columns(section)
            .filter_map(|col| trend_line(section, col))
            .collect(),
        _ => Vec::new(),
    }
}

fn column_of(section: &Section, key: &str) -> Option<usize> {
    section.columns.iter().position(|c| c.key == key)
}

fn figure_of(cell: Option<&Cell>) -> Option<(i64, bool)> {
    match cell {
        Some(Cell::Money(Some(v))) => Some((*v, true)),
        Some(Cell::Count(Some(v))) => Some((*v, false)),
        _ => None,
    }
}

fn value_label(value: i64, money: bool) -> String {
    if money {
        format::money_compact(value)
    } else {
        format::short_count(value)
    }
}

/// The text a chart can hold: cut with an ellipsis where it is longer.
fn shortened(text: &str) -> String {
    if text.chars().count() <= LABEL_CHARS {
        text.to_string()
    } else {
        let cut: String = text.chars().take(LABEL_CHARS - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

/// A group's name: the cells before its projects column (one per dimension grouped by).
fn group_label(row: &[Cell], dimensions: usize) -> String {
    let parts: Vec<String> = row.iter().take(dimensions).map(Cell::human).collect();
    shortened(&parts.join(" · "))
}

/// The groups' `key` column as horizontal bars, the first group on top; `None` when no
/// group has the figure.
fn bars(section: &Section, key: &str) -> Option<Chart> {
    let col = column_of(section, key)?;
    let dimensions = column_of(section, "projects")?;
    let values: Vec<(String, i64, bool)> = section
        .rows
        .iter()
        .filter_map(|row| {
            let (value, money) = figure_of(row.get(col))?;
            Some((group_label(row, dimensions), value, money))
        })
        .collect();
    if values.is_empty() {
        return None;
    }
    let caption = section.columns.get(col)?.header.clone();
    let svg = draw(bar_height(values.len()), |area| draw_bars(area, &values)).ok()?;
    Some(Chart { caption, svg })
}

fn bar_height(bars: usize) -> u32 {
    u32::try_from(bars)
        .unwrap_or(u32::MAX)
        .saturating_mul(BAR_HEIGHT)
        .saturating_add(40)
}

type DrawResult = Result<(), Box<dyn std::error::Error>>;

/// Draws on an SVG of the page's width and `height`, and returns its text.
fn draw(
    height: u32,
    paint: impl FnOnce(&DrawingArea<SVGBackend<'_>, Shift>) -> DrawResult,
) -> Result<String, Box<dyn std::error::Error>> {
    let mut svg = String::new();
    {
        let area = SVGBackend::with_string(&mut svg, (WIDTH, height)).into_drawing_area();
        area.fill(&WHITE)?;
        paint(&area)?;
        area.present()?;
    }
    Ok(svg)
}

fn draw_bars(area: &DrawingArea<SVGBackend<'_>, Shift>, values: &[(String, i64, bool)]) -> DrawResult {
    let count = values.len();
    let widest = values
        .iter()
        .map(|(label, ..)| label.chars().count())
        .max()
        .unwrap_or(0);
    let max = values.iter().map(|(_, v, _)| *v).max().unwrap_or(0).max(1);
    // Room right of the longest bar for its value.
    let reach = max + (max / 4).max(1);
    let label_width = u32::try_from(widest).unwrap_or(0).saturating_mul(7).clamp(40, 220);
    let mut chart = ChartBuilder::on(area)
        .margin(6)
        .margin_right(12)
        .x_label_area_size(24)
        .y_label_area_size(label_width)
        .build_cartesian_2d(0..reach, (0..count).into_segmented())?;
    // Plotters counts up from the bottom; the first group is drawn on top.
    let slot = |index: usize| count - 1 - index;
    let labels: Vec<String> = values.iter().map(|(label, ..)| label.clone()).collect();
    let money = values.first().is_some_and(|(_, _, money)| *money);
    chart
        .configure_mesh()
        .disable_y_mesh()
        .y_labels(count)
        .y_label_formatter(&|segment| match segment {
            SegmentValue::CenterOf(at) if *at < count => labels.get(slot(*at)).cloned().unwrap_or_default(),
            _ => String::new(),
        })
        .x_labels(5)
        .x_label_formatter(&|v| value_label(*v, money))
        .label_style((FONT, 14))
        .light_line_style(WHITE)
        .draw()?;
    chart.draw_series(values.iter().enumerate().map(|(index, (_, value, _))| {
        let at = slot(index);
        let mut bar = Rectangle::new(
            [(0, SegmentValue::Exact(at)), (*value, SegmentValue::Exact(at + 1))],
            INK.filled(),
        );
        bar.set_margin(3, 3, 0, 0);
        bar
    }))?;
    chart.draw_series(values.iter().enumerate().map(|(index, (_, value, money))| {
        Text::new(
            format!(" {}", value_label(*value, *money)),
            (*value, SegmentValue::CenterOf(slot(index))),
            (FONT, 14).into_font().color(&BLACK).pos(text_anchor::Pos::new(
                text_anchor::HPos::Left,
                text_anchor::VPos::Center,
            )),
        )
    }))?;
    Ok(())
}

/// The trend's columns of figures (after its date and source, before "stated").
fn trend_columns(section: &Section) -> impl Iterator<Item = usize> + '_ {
    (0..section.columns.len()).filter(|col| section.rows.iter().any(|row| figure_of(row.get(*col)).is_some()))
}

/// The first day a stored date may stand for, as the time axis places it.
fn earliest_day(cell: Option<&Cell>) -> Option<NaiveDate> {
    match cell {
        Some(Cell::Date(stored)) => stored.parse::<EdtfDate>().ok()?.earliest(),
        _ => None,
    }
}

/// A kind's reports as a line on a time axis; `None` where it was reported fewer than
/// twice (one report is a point, not a line) or its reports have no day.
fn trend_line(section: &Section, col: usize) -> Option<Chart> {
    let date_col = column_of(section, "as_of")?;
    let mut points: Vec<(i32, i64, bool)> = section
        .rows
        .iter()
        .filter_map(|row| {
            let day = earliest_day(row.get(date_col))?;
            let (value, money) = figure_of(row.get(col))?;
            Some((day.num_days_from_ce(), value, money))
        })
        .collect();
    points.sort_by_key(|(day, ..)| *day);
    if points.len() < 2 {
        return None;
    }
    let caption = section.columns.get(col)?.header.clone();
    let svg = draw(260, |area| draw_line(area, &points)).ok()?;
    Some(Chart { caption, svg })
}

/// A day on the axis as the language writes a month (`2024-07`, `07.2024`).
fn month_label(days: i32) -> String {
    NaiveDate::from_num_days_from_ce_opt(days)
        .and_then(|day| format!("{:04}-{:02}", day.year(), day.month()).parse::<EdtfDate>().ok())
        .map(|month| format::date(&month))
        .unwrap_or_default()
}

fn draw_line(area: &DrawingArea<SVGBackend<'_>, Shift>, points: &[(i32, i64, bool)]) -> DrawResult {
    let first = points.first().map_or(0, |p| p.0);
    let last = points.last().map_or(0, |p| p.0);
    // A month either side, so the first and last values stand clear of the axes.
    let span = (first - 31)..(last + 31);
    let max = points.iter().map(|p| p.1).max().unwrap_or(0).max(1);
    let money = points.first().is_some_and(|p| p.2);
    let mut chart = ChartBuilder::on(area)
        .margin(8)
        .margin_right(16)
        .x_label_area_size(28)
        .y_label_area_size(64)
        .build_cartesian_2d(span, 0..(max + max / 5))?;
    chart
        .configure_mesh()
        .x_labels(6)
        .x_label_formatter(&|days| month_label(*days))
        .y_labels(5)
        .y_label_formatter(&|v| value_label(*v, money))
        .label_style((FONT, 14))
        .light_line_style(WHITE)
        .draw()?;
    chart.draw_series(LineSeries::new(points.iter().map(|p| (p.0, p.1)), INK.stroke_width(2)))?;
    chart.draw_series(points.iter().map(|p| {
        let above = (FONT, 14).into_font().color(&BLACK).pos(text_anchor::Pos::new(
            text_anchor::HPos::Center,
            text_anchor::VPos::Bottom,
        ));
        EmptyElement::at((p.0, p.1))
            + Circle::new((0, 0), 4, INK.filled())
            + Text::new(value_label(p.1, p.2), (0, -7), above)
    }))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::document::{Column, Kind};
    use super::*;

    fn section(key: &'static str, columns: &[&'static str], rows: Vec<Vec<Cell>>) -> Section {
        Section {
            key,
            title: key.to_string(),
            columns: columns.iter().map(|c| Column::new(c, c.to_string())).collect(),
            rows,
            totals: None,
            kind: Kind::Table,
        }
    }

    /// Where each text is drawn: its `y` (top to bottom) by its text.
    fn text_y(svg: &str, text: &str) -> Option<f64> {
        let end = svg.find(&format!(">\n{text}\n</text>"))?;
        let start = svg[..end].rfind("<text")?;
        let tag = &svg[start..end];
        let at = tag.find(" y=\"")? + 4;
        tag[at..].split('"').next()?.parse().ok()
    }

    /// The centres of the points drawn (`cx` of each circle), left to right.
    fn circle_xs(svg: &str) -> Vec<f64> {
        svg.split("<circle")
            .skip(1)
            .filter_map(|c| {
                let at = c.find("cx=\"")? + 4;
                c[at..].split('"').next()?.parse().ok()
            })
            .collect()
    }

    #[test]
    fn groups_get_a_bar_chart_per_known_figure_first_group_on_top_and_text_escaped() {
        let groups = section(
            "groups",
            &["sector", "projects", "investment"],
            vec![
                vec![
                    Cell::Text("<b>textile</b>".into()),
                    Cell::Count(Some(3)),
                    Cell::Money(None),
                ],
                vec![Cell::Text("transport".into()), Cell::Count(Some(1)), Cell::Money(None)],
            ],
        );
        let charts = for_section(&groups);
        assert_eq!(charts.len(), 1, "no group has an investment figure");
        let svg = &charts[0].svg;
        assert_eq!(charts[0].caption, "projects");
        assert!(!svg.contains("<b>"), "{svg}");
        let first = text_y(svg, "&lt;b&gt;textile&lt;/b&gt;").expect("the first group's label");
        let second = text_y(svg, "transport").expect("the second group's label");
        assert!(first < second, "the first group is drawn above the second");
        assert!(svg.contains(">\n 3\n</text>"), "each bar carries its value: {svg}");
    }

    #[test]
    fn a_trend_line_places_reports_by_their_earliest_day() {
        let row = |date: &str, jobs: Option<i64>, projects: Option<i64>| {
            vec![Cell::Date(date.into()), Cell::Count(projects), Cell::Count(jobs)]
        };
        let trend = section(
            "trend",
            &["as_of", "projects", "jobs_created"],
            vec![
                row("2024-01", Some(13_000), Some(60)),
                row("2024-02", None, Some(69)),
                row("2025-01", Some(14_000), Some(74)),
            ],
        );
        let charts = for_section(&trend);
        assert_eq!(charts.len(), 2, "projects thrice, jobs twice");
        let xs = circle_xs(&charts[0].svg);
        assert_eq!(xs.len(), 3);
        let (january_to_february, february_to_january) = (xs[1] - xs[0], xs[2] - xs[1]);
        assert!(
            february_to_january > 5.0 * january_to_february,
            "eleven months stand wider than one: {xs:?}"
        );
        let once = section("trend", &["as_of", "projects"], vec![row("2024", None, Some(60))]);
        assert!(for_section(&once).is_empty(), "one report is a point, not a line");
    }

    #[test]
    fn a_long_group_name_is_cut_and_marked() {
        let name = "Международный центр промышленной кооперации «Центральная Азия»";
        let label = shortened(name);
        assert!(label.ends_with('…') && label.chars().count() <= LABEL_CHARS, "{label}");
    }
}
