//! The reported trend as a line chart on the summary screen (`t` switches between it
//! and the reported figures' table): one line per kind of figure, each as a percentage
//! of its first report (60 → 69 → 74 projects and $2.6B → $3.1B → $3.4B do not share a
//! scale), dated on the axis by each report's earliest day; under it, every report's
//! date and source. Braille lines, or dots where the locale is not UTF-8.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Style};
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Block, Borders, Chart, Dataset, GraphType, LegendPosition, Paragraph};

use super::Theme;
use super::cells::{figure, series_label};
use crate::i18n::format;
use crate::report::trend::{TrendPoint, series};
use crate::store::Metric;
use crate::tr;
use crate::tui::action::Action;
use crate::tui::keymap::{self, Context};

/// The colours of the lines, in the order of the kinds (the sixteen standard ones).
const COLOURS: [Color; 6] = [
    Color::Cyan,
    Color::Yellow,
    Color::Green,
    Color::Magenta,
    Color::Blue,
    Color::Red,
];

/// Without colour the lines are told apart by their marks, shown before their names.
const MARKERS: [(Marker, &str); 4] = [
    (Marker::Braille, "⣿"),
    (Marker::Dot, "•"),
    (Marker::Bar, "▄"),
    (Marker::Block, "█"),
];

/// One kind's line: its label with its first and last figures, and its points as
/// (days since the first report, percent of its first figure).
#[derive(Debug, Clone, PartialEq)]
pub struct TrendLine {
    pub metric: Metric,
    pub label: String,
    pub points: Vec<(f64, f64)>,
}

/// The lines of the kinds reported at least twice (one report is not a trend).
pub fn trend_series(trend: &[TrendPoint]) -> Vec<TrendLine> {
    let Some(start) = trend.first().and_then(|p| p.as_of.earliest()) else {
        return Vec::new();
    };
    series(trend)
        .into_iter()
        .filter_map(|metric| {
            let given: Vec<(f64, i64)> = trend
                .iter()
                .filter_map(|point| {
                    let day = point.as_of.earliest()?;
                    let value = point.figure(metric)?.value;
                    Some(((day - start).num_days() as f64, value))
                })
                .collect();
            let &(_, first) = given.first()?;
            if given.len() < 2 || first <= 0 {
                return None;
            }
            let percent = |value: i64| value as f64 * 100.0 / first as f64;
            let first_shown = trend
                .iter()
                .find_map(|p| p.figure(metric))
                .map(figure)
                .unwrap_or_default();
            let last_shown = trend
                .iter()
                .rev()
                .find_map(|p| p.figure(metric))
                .map(figure)
                .unwrap_or_default();
            Some(TrendLine {
                metric,
                label: format!("{} {first_shown} → {last_shown}", series_label(metric)),
                points: given.into_iter().map(|(day, value)| (day, percent(value))).collect(),
            })
        })
        .collect()
}

pub(super) fn draw(frame: &mut Frame<'_>, trend: &[TrendPoint], area: Rect, theme: Theme) {
    let lines = trend_series(trend);
    let block = Block::new()
        .borders(Borders::TOP)
        .border_style(theme.border())
        .title(format!(" {} ", super::fit(&title(), area.width.saturating_sub(4))));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if lines.is_empty() {
        let none = format!(" {}", tr!("tui-trend-chart-none"));
        frame.render_widget(Paragraph::new(Line::styled(none, theme.dim())), inner);
        return;
    }
    // Where the chart's own legend would not fit (it hides), a key line under it names
    // each line by its mark: without colour the lines are otherwise told apart by nothing.
    let key_height = u16::from(!legend_fits(&lines, inner));
    let [chart_area, key_area, sources_area] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(key_height),
        Constraint::Length(1),
    ])
    .areas(inner);
    frame.render_widget(chart(&lines, trend, theme), chart_area);
    if key_height > 0 {
        frame.render_widget(Paragraph::new(key_line(&lines, theme, key_area.width)), key_area);
    }
    if theme.ascii {
        let buffer = frame.buffer_mut();
        for position in chart_area.positions() {
            if let Some(cell) = buffer.cell_mut(position)
                && cell.symbol() == "•"
            {
                cell.set_symbol(".");
            }
        }
    }
    let sources: Vec<String> = trend.iter().map(TrendPoint::label).collect();
    let sources = format!(" {}", sources.join(" · "));
    frame.render_widget(
        Paragraph::new(Line::styled(super::fit(&sources, inner.width), theme.dim())),
        sources_area,
    );
}

/// The chart's title, with the key that goes back to the table.
fn title() -> String {
    let key = keymap::key_for(Context::Summary, Action::ToggleTrendChart).unwrap_or_default();
    tr!("tui-trend-chart-title", key = key)
}

/// The legend's share of the chart ratatui allows before it hides the legend.
const LEGEND_WIDTH: Constraint = Constraint::Percentage(90);
const LEGEND_HEIGHT: Constraint = Constraint::Percentage(70);

/// Whether the chart's legend shows in `area`, as ratatui decides it (its box: a row per
/// line, a column per character of the longest name with its mark, and the border).
fn legend_fits(lines: &[TrendLine], area: Rect) -> bool {
    let widest = lines.iter().map(|l| l.label.chars().count() + 2).max().unwrap_or(0);
    let width = u16::try_from(widest + 2).unwrap_or(u16::MAX);
    let height = u16::try_from(lines.len() + 2).unwrap_or(u16::MAX);
    // The chart loses a row and a column to its axes and their labels.
    let room = |constraint: Constraint, length: u16| match constraint {
        Constraint::Percentage(p) => u32::from(length.saturating_sub(1)) * u32::from(p) / 100,
        _ => u32::from(length),
    };
    u32::from(width) <= room(LEGEND_WIDTH, area.width.saturating_sub(10))
        && u32::from(height) <= room(LEGEND_HEIGHT, area.height.saturating_sub(2))
}

/// A line's mark and style: a braille or dot line in its colour, or without colour a
/// mark of its own.
fn mark(theme: Theme, index: usize) -> (Marker, Style, &'static str) {
    if theme.ascii {
        (Marker::Dot, colour(theme, index), ".")
    } else if theme.color {
        (Marker::Braille, colour(theme, index), "⣿")
    } else {
        let (marker, sample) = MARKERS[index % MARKERS.len()];
        (marker, Style::new(), sample)
    }
}

/// The key under a small chart: each line's mark and its kind (`⣿ проекты · • инвестиции`).
fn key_line(lines: &[TrendLine], theme: Theme, width: u16) -> Line<'static> {
    let mut spans = vec![Span::raw(" ")];
    for (index, line) in lines.iter().enumerate() {
        if index > 0 {
            spans.push(Span::styled(" · ", theme.dim()));
        }
        let (_, style, sample) = mark(theme, index);
        spans.push(Span::styled(sample, style));
        spans.push(Span::raw(format!(" {}", series_label(line.metric))));
    }
    let full: String = spans.iter().map(|s| s.content.as_ref()).collect();
    if full.chars().count() <= usize::from(width) {
        Line::from(spans)
    } else {
        Line::raw(super::fit(&full, width))
    }
}

fn chart<'a>(lines: &'a [TrendLine], trend: &[TrendPoint], theme: Theme) -> Chart<'a> {
    let datasets = lines
        .iter()
        .enumerate()
        .map(|(index, line)| {
            let (marker, style, sample) = mark(theme, index);
            let name = if theme.color || theme.ascii {
                line.label.clone()
            } else {
                format!("{sample} {}", line.label)
            };
            Dataset::default()
                .name(name)
                .marker(marker)
                .graph_type(GraphType::Line)
                .style(style)
                .data(&line.points)
        })
        .collect();
    let last_day = lines
        .iter()
        .flat_map(|l| l.points.iter().map(|p| p.0))
        .fold(1.0_f64, f64::max);
    let (low, high) = lines
        .iter()
        .flat_map(|l| l.points.iter().map(|p| p.1))
        .fold((100.0_f64, 100.0_f64), |(low, high), y| (low.min(y), high.max(y)));
    let (low, high) = ((low / 10.0).floor() * 10.0, (high / 10.0).ceil() * 10.0);
    let dates: Vec<Span<'static>> = [trend.first(), trend.last()]
        .into_iter()
        .flatten()
        .map(|p| Span::raw(format::date(&p.as_of)))
        .collect();
    let percent = |value: f64| Span::raw(format!("{value:.0}%"));
    Chart::new(datasets)
        .x_axis(Axis::default().bounds([0.0, last_day]).labels(dates).style(theme.dim()))
        .y_axis(
            Axis::default()
                .bounds([low, high.max(low + 10.0)])
                .labels([percent(low), percent(high.max(low + 10.0))])
                .style(theme.dim()),
        )
        .legend_position(Some(LegendPosition::TopLeft))
        .hidden_legend_constraints((LEGEND_WIDTH, LEGEND_HEIGHT))
}

fn colour(theme: Theme, index: usize) -> Style {
    if theme.color {
        Style::new().fg(COLOURS[index % COLOURS.len()])
    } else {
        Style::new()
    }
}
