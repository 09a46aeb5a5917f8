//! The summary screen: totals per group (with bars for investment and planned jobs when
//! there is room), the tracked figures held against the latest reported ones, and the
//! reported trend (drawn by `trend`). Every line is cut with `…` where it does not fit.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, Paragraph, Row, Table};

use super::Theme;
use super::cells::{cut, figure, metric_value, pad, series_label};
use crate::domain::{Country, Status, text};
use crate::i18n::{self, Lang, format};
use crate::report::UNKNOWN;
use crate::report::summary::{Percent, Summary};
use crate::report::trend::{TrendPoint, series};
use crate::store::{Dimension, Totals};
use crate::tr;
use crate::tui::app::SummaryState;
use crate::tui::words;

const BAR: u16 = 12;
/// From this width the groups table has room for its bars and still for the names.
const WITH_BARS: u16 = 110;
/// Below this width the figures take their narrow widths and short headers.
const NARROW: u16 = 76;

pub(super) fn draw(frame: &mut Frame<'_>, state: &SummaryState, area: Rect, theme: Theme) {
    let Some(summary) = &state.data else {
        let line = format!(" {}", tr!("tui-adding-up"));
        frame.render_widget(Paragraph::new(Line::styled(line, theme.dim())), area);
        return;
    };
    // The groups come first: the reported figures take what is left, up to the lines
    // they need (and two more for the warning about unreadable figures).
    let groups_needed = u16::try_from(summary.groups.len() + 4).unwrap_or(u16::MAX).min(8);
    let warning = if summary.total.unreadable > 0 { 2 } else { 0 };
    let reported_height = area
        .height
        .saturating_sub(groups_needed)
        .min(reported_lines(summary, &state.trend) + warning);
    // The chart takes all the room the groups leave: a line needs height to be read.
    let reported_height = if state.trend_chart {
        area.height.saturating_sub(groups_needed).max(area.height * 2 / 3)
    } else {
        reported_height
    };
    let [groups, reported] = Layout::vertical([Constraint::Fill(1), Constraint::Length(reported_height)]).areas(area);
    draw_groups(frame, state, summary, groups, theme);
    if state.trend_chart {
        super::trend_chart::draw(frame, &state.trend, reported, theme);
    } else {
        draw_reported(frame, summary, &state.trend, reported, theme);
    }
}

/// The figure columns: header ids (wide, narrow) and widths (wide, narrow).
const FIGURES: [(&str, &str, u16, u16); 6] = [
    ("tui-sum-projects", "tui-sum-projects-short", 8, 7),
    ("tui-sum-investment", "tui-sum-investment-short", 10, 9),
    ("tui-sum-no-figure", "tui-sum-no-figure-short", 9, 5),
    ("tui-sum-jobs-planned", "tui-sum-jobs-planned-short", 10, 7),
    ("tui-sum-jobs-created", "tui-sum-jobs-created-short", 10, 7),
    ("tui-sum-share", "tui-sum-share-short", 6, 6),
];

fn draw_groups(frame: &mut Frame<'_>, state: &SummaryState, summary: &Summary, area: Rect, theme: Theme) {
    let max_investment = summary.groups.iter().map(|g| g.totals.investment).max().unwrap_or(0);
    let max_jobs = summary.groups.iter().map(|g| g.totals.jobs_planned).max().unwrap_or(0);
    let bars = area.width >= WITH_BARS;
    let narrow = area.width < NARROW;
    let figure_widths = FIGURES.map(|(_, _, wide, short)| if narrow { short } else { wide });
    let bar_cells = if bars { 2 * (BAR + 1) } else { 0 };
    let label_width = area
        .width
        .saturating_sub(figure_widths.iter().map(|w| w + 1).sum::<u16>() + bar_cells);
    let cut = (figure_widths, label_width);
    let figure_headers = FIGURES
        .iter()
        .map(|(wide, short, wide_width, short_width)| {
            let (id, width) = if narrow {
                (short, short_width)
            } else {
                (wide, wide_width)
            };
            let words = i18n::message(id, &[]);
            Cell::from(Line::from(super::fit(&words, *width)).right_aligned())
        })
        .collect();
    let mut header_cells = vec![Cell::from("")];
    header_cells.extend(with_bars(figure_headers, bars, Cell::from("")));
    let header = Row::new(header_cells).style(theme.header());
    let mut rows: Vec<Row<'_>> = summary
        .groups
        .iter()
        .enumerate()
        .map(|(i, group)| {
            let key = group.keys.first().cloned().flatten();
            let style = if i == state.cursor {
                theme.selected_row()
            } else {
                Style::new()
            };
            let share = share(&group.totals, &summary.total);
            figures_row(
                group_label(state.by, key),
                &group.totals,
                share,
                (max_investment, max_jobs, bars),
                cut,
                theme,
            )
            .style(style)
        })
        .collect();
    let total_share = (summary.total.investment > 0).then(|| format::percent(1000));
    rows.push(
        figures_row(tr!("tui-total"), &summary.total, total_share, (0, 0, bars), cut, theme).style(theme.title()),
    );
    let mut widths = vec![Constraint::Fill(1)];
    widths.extend(with_bars(
        FIGURES
            .iter()
            .map(|(_, _, wide, short)| Constraint::Length(if narrow { *short } else { *wide }))
            .collect(),
        bars,
        Constraint::Length(BAR),
    ));
    let height = usize::from(area.height.saturating_sub(3));
    let skip = state.cursor.saturating_sub(height.saturating_sub(1));
    let visible: Vec<Row<'_>> = rows.into_iter().skip(skip).collect();
    let block = Block::new()
        .borders(Borders::TOP)
        .border_style(theme.border())
        .title(format!(" {} ", words::grouped_by(state.by)));
    frame.render_widget(
        Table::new(visible, widths)
            .header(header)
            .column_spacing(1)
            .block(block),
        area,
    );
}

/// The six figure columns, with a bar after investment and after planned jobs.
fn with_bars<T>(columns: Vec<T>, bars: bool, bar: T) -> Vec<T>
where
    T: Clone,
{
    let mut out = Vec::with_capacity(columns.len() + 2);
    for (index, column) in columns.into_iter().enumerate() {
        out.push(column);
        if bars && (index == 1 || index == 3) {
            out.push(bar.clone());
        }
    }
    out
}

/// A group's name: a status's or country's label, a sector as stored.
fn group_label(by: Dimension, key: Option<String>) -> String {
    let Some(key) = key else {
        return tr!("tui-unknown-group");
    };
    let english = i18n::language() == Lang::En;
    match by {
        Dimension::Status => Status::parse(&key).map_or(key.clone(), i18n::status_label),
        Dimension::Country if !english => Country::parse(&key).map_or(key.clone(), i18n::country_label),
        _ => text::for_terminal(&key).into_owned(),
    }
}

/// A group's share of the invested total; unknown when none of its projects has a figure.
fn share(group: &Totals, total: &Totals) -> Option<String> {
    if group.investment_unknown >= group.projects {
        return None;
    }
    Percent::of(group.investment, total.investment).map(|p| format::percent(p.tenths))
}

/// A group's figures; `scale` is the largest investment and planned jobs, and whether
/// bars are drawn; `cut` the figures' widths and the label's, to cut with `…`.
fn figures_row(
    label: String,
    totals: &Totals,
    share: Option<String>,
    scale: (i64, i64, bool),
    cut: ([u16; 6], u16),
    theme: Theme,
) -> Row<'static> {
    let (max_investment, max_jobs, bars) = scale;
    let (widths, label_width) = cut;
    let known = |sum: i64, unknown: i64, show: fn(i64) -> String| super::known_sum(sum, unknown, totals.projects, show);
    let mut column = 0;
    let mut right = |value: String| {
        let width = widths.get(column).copied().unwrap_or(u16::MAX);
        column += 1;
        Cell::from(Line::from(super::fit(&value, width)).right_aligned())
    };
    let figures = vec![
        right(format::count(totals.projects)),
        right(known(
            totals.investment,
            totals.investment_unknown,
            format::money_compact,
        )),
        right(format::count(totals.investment_unknown)),
        right(known(
            totals.jobs_planned,
            totals.jobs_planned_unknown,
            format::short_count,
        )),
        right(known(
            totals.jobs_created,
            totals.jobs_created_unknown,
            format::short_count,
        )),
        right(share.unwrap_or_else(|| UNKNOWN.into())),
    ];
    let mut cells = vec![Cell::from(super::fit(&label, label_width))];
    if bars {
        let investment_bar = Span::styled(
            bar(totals.investment, max_investment),
            theme.status(Some(Status::Operating)),
        );
        let jobs_bar = Span::styled(bar(totals.jobs_planned, max_jobs), theme.status(Some(Status::Agreed)));
        let mut figures = figures.into_iter();
        cells.extend(figures.by_ref().take(2));
        cells.push(Cell::from(investment_bar));
        cells.extend(figures.by_ref().take(2));
        cells.push(Cell::from(jobs_bar));
        cells.extend(figures);
    } else {
        cells.extend(figures);
    }
    Row::new(cells)
}

/// A horizontal bar `value / max` of the bar width, in eighths of a cell.
fn bar(value: i64, max: i64) -> String {
    if max <= 0 || value <= 0 {
        return String::new();
    }
    let eighths = (i128::from(value) * i128::from(BAR) * 8 / i128::from(max)).max(1) as usize;
    let mut out = "█".repeat(eighths / 8);
    const PARTS: [&str; 8] = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];
    out.push_str(PARTS[eighths % 8]);
    out
}

/// How many lines the reported figures take: the border, one line per comparison,
/// the trend's title, dates and sources, and one line per kind reported over time.
fn reported_lines(summary: &Summary, trend: &[TrendPoint]) -> u16 {
    let lines = 1 + summary.comparisons().len() + 3 + series(trend).len();
    u16::try_from(lines).unwrap_or(u16::MAX)
}

fn draw_reported(frame: &mut Frame<'_>, summary: &Summary, trend: &[TrendPoint], area: Rect, theme: Theme) {
    let title = crate::report::summary::comparison_title(summary.filtered);
    let block = Block::new()
        .borders(Borders::TOP)
        .border_style(theme.border())
        .title(format!(" {} ", super::fit(&title, area.width.saturating_sub(4))));
    let width = usize::from(area.width);
    let mut lines = Vec::new();
    if summary.total.unreadable > 0 {
        let warning = format!(" {}", tr!("tui-unreadable", count = summary.total.unreadable));
        // Wrapped rather than cut: it says where to look.
        lines.push(Line::styled(warning, theme.error()));
    }
    lines.extend(comparison_lines(summary, area.width < NARROW, width, theme));
    // The block's top border takes a line; the trend has what the lines above leave.
    let room = usize::from(area.height).saturating_sub(1 + lines.len());
    lines.extend(super::trend::trend_lines(trend, width, room, theme));
    // The other lines are already cut to the width; only the warning wraps.
    let paragraph = Paragraph::new(lines).wrap(ratatui::widgets::Wrap { trim: false });
    frame.render_widget(paragraph.block(block), area);
}

/// One comparison as the words of its columns.
struct ComparisonWords {
    label: String,
    tracked: String,
    of: String,
    reported: String,
    coverage: String,
    date: String,
    source: String,
}

fn comparison_words(comparison: &crate::report::summary::Comparison, narrow: bool) -> ComparisonWords {
    // A kind ortaq does not track is not compared: nothing is "of" it.
    let unknown = if comparison.compared { UNKNOWN } else { "" };
    let (reported, date, source) = match &comparison.reported {
        Some((indicator, source)) => (
            figure(indicator),
            format::date(&indicator.as_of),
            text::for_terminal(source).into_owned(),
        ),
        None => (UNKNOWN.into(), String::new(), String::new()),
    };
    ComparisonWords {
        // Below 76 columns the short labels, so the date still shows.
        label: if narrow {
            series_label(comparison.metric)
        } else {
            i18n::metric_label(comparison.metric)
        },
        tracked: comparison
            .tracked
            .map_or(unknown.to_string(), |v| metric_value(comparison.metric, v)),
        of: if comparison.compared {
            tr!("tui-of")
        } else {
            String::new()
        },
        reported,
        coverage: comparison
            .coverage
            .map_or(unknown.to_string(), |p| format::percent(p.tenths)),
        date,
        source,
    }
}

/// Tracked against reported, one line a kind. Wide, in fixed columns; narrow, each
/// column as wide as its widest value, and the date of the report kept whole (its
/// source follows, cut at the edge; the share gives way before the date would be cut).
fn comparison_lines(summary: &Summary, narrow: bool, width: usize, theme: Theme) -> Vec<Line<'static>> {
    let rows: Vec<ComparisonWords> = summary
        .comparisons()
        .iter()
        .map(|c| comparison_words(c, narrow))
        .collect();
    let widest = |cells: fn(&ComparisonWords) -> &str, least: usize| {
        rows.iter().map(|r| text::cells(cells(r))).max().unwrap_or(0).max(least)
    };
    // The labels' column fits the longest label shown, in the language spoken.
    let label_width = widest(|r| r.label.as_str(), if narrow { 0 } else { 15 });
    let (tracked_width, reported_width) = if narrow {
        // One more cell before the figures: the label is not padded to 15 here.
        (
            widest(|r| r.tracked.as_str(), 1) + 1,
            widest(|r| r.reported.as_str(), 1),
        )
    } else {
        (9, 12)
    };
    let of_width = text::cells(&tr!("tui-of"));
    let fixed = 1 + label_width + tracked_width + 1 + of_width + 1 + reported_width + 2;
    // The date and a cell after it (a space, or the `…` of a source cut at the edge).
    let with_share = !narrow || fixed + 7 + widest(|r| r.date.as_str(), 0) < width;
    rows.into_iter()
        .map(|row| {
            let share = if with_share {
                format!(" {}", pad_left(&row.coverage, 6))
            } else {
                String::new()
            };
            let used = fixed + text::cells(&share);
            // The source is cut at the edge, never the date; where only its number fits
            // after the date, its number (`#1`); where not even that, nothing.
            let number = row.source.split(' ').next().unwrap_or_default();
            let room = width.saturating_sub(used + text::cells(&row.date));
            let when = if !narrow || room > text::cells(number) + 1 {
                format!("{} {}", row.date, row.source).trim_end().to_string()
            } else if room > text::cells(number) {
                format!("{} {number}", row.date)
            } else {
                row.date
            };
            cut(
                vec![
                    Span::styled(format!(" {}", pad(&row.label, label_width)), theme.label()),
                    Span::raw(format!(
                        "{} {} {}{share}  ",
                        pad_left(&row.tracked, tracked_width),
                        pad(&row.of, of_width),
                        pad_right(&row.reported, reported_width)
                    )),
                    Span::styled(when, theme.dim()),
                ],
                width,
            )
        })
        .collect()
}

/// Text left-aligned in at least `width` terminal cells, never cut.
fn pad_right(text: &str, width: usize) -> String {
    format!("{text}{}", " ".repeat(width.saturating_sub(text::cells(text))))
}

/// Text right-aligned in at least `width` terminal cells, never cut.
fn pad_left(text: &str, width: usize) -> String {
    format!("{}{text}", " ".repeat(width.saturating_sub(text::cells(text))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_in_eighths() {
        assert_eq!(bar(10, 10).chars().count(), usize::from(BAR));
        assert_eq!(bar(0, 10), "");
        assert_eq!(bar(1, 1_000_000), "▏", "a small value still shows");
        assert_eq!(bar(5, 10), "██████");
    }
}
