//! The summary screen: totals per group with bars for investment and planned jobs, the
//! tracked figures held against the latest reported ones, and the reported trend.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, Paragraph, Row, Table};

use super::Theme;
use crate::domain::{Money, group_thousands, short_count, text};
use crate::report::summary::{Summary, TrendPoint, comparison_label, figure_text};
use crate::store::Metric;
use crate::store::Totals;
use crate::tui::app::SummaryState;

const BAR: u16 = 12;
/// From this width the groups table has room for its bars and still for the names.
const WITH_BARS: u16 = 79;

pub(super) fn draw(frame: &mut Frame<'_>, state: &SummaryState, area: Rect, theme: Theme) {
    let Some(summary) = &state.data else {
        frame.render_widget(Paragraph::new(Line::styled(" adding up…", theme.dim())), area);
        return;
    };
    // The groups come first: the reported figures take what is left, up to nine lines.
    let groups_needed = u16::try_from(summary.groups.len() + 4).unwrap_or(u16::MAX).min(8);
    let reported_height = area.height.saturating_sub(groups_needed).min(9);
    let [groups, reported] = Layout::vertical([Constraint::Fill(1), Constraint::Length(reported_height)]).areas(area);
    draw_groups(frame, state, summary, groups, theme);
    draw_reported(frame, summary, &state.trend, reported, theme);
}

fn draw_groups(frame: &mut Frame<'_>, state: &SummaryState, summary: &Summary, area: Rect, theme: Theme) {
    let max_investment = summary.groups.iter().map(|g| g.totals.investment).max().unwrap_or(0);
    let max_jobs = summary.groups.iter().map(|g| g.totals.jobs_planned).max().unwrap_or(0);
    // The keys are on the hints line; the title only says what is shown.
    let title = format!("By {}", state.by.name());
    let bars = area.width >= WITH_BARS;
    let header = Row::new(keep_bars(
        ["", "Projects", "Investment", "", "No fig.", "Jobs plan.", ""].map(Cell::from),
        bars,
    ))
    .style(theme.header());
    let mut rows: Vec<Row<'_>> = summary
        .groups
        .iter()
        .enumerate()
        .map(|(i, group)| {
            let label = group
                .keys
                .first()
                .cloned()
                .flatten()
                .unwrap_or_else(|| "(unknown)".into());
            let style = if i == state.cursor {
                theme.selected_row()
            } else {
                Style::new()
            };
            figures_row(
                text::for_terminal(&label).into_owned(),
                &group.totals,
                (max_investment, max_jobs, bars),
                theme,
            )
            .style(style)
        })
        .collect();
    rows.push(figures_row("Total".into(), &summary.total, (0, 0, bars), theme).style(theme.title()));
    let widths = keep_bars(
        [
            Constraint::Fill(1),
            Constraint::Length(8),
            Constraint::Length(10),
            Constraint::Length(BAR),
            Constraint::Length(7),
            Constraint::Length(10),
            Constraint::Length(BAR),
        ],
        bars,
    );
    let height = usize::from(area.height.saturating_sub(3));
    let skip = state.cursor.saturating_sub(height.saturating_sub(1));
    let visible: Vec<Row<'_>> = rows.into_iter().skip(skip).collect();
    let block = Block::new()
        .borders(Borders::TOP)
        .border_style(theme.border())
        .title(format!(" {title} "));
    frame.render_widget(
        Table::new(visible, widths)
            .header(header)
            .column_spacing(1)
            .block(block),
        area,
    );
}

/// The seven columns of the groups table, or five without the two bars.
fn keep_bars<T>(columns: [T; 7], bars: bool) -> Vec<T> {
    columns
        .into_iter()
        .enumerate()
        .filter(|(index, _)| bars || !matches!(index, 3 | 6))
        .map(|(_, column)| column)
        .collect()
}

/// A group's figures; `scale` is the largest investment and planned jobs, and whether
/// bars are drawn.
fn figures_row(label: String, totals: &Totals, scale: (i64, i64, bool), theme: Theme) -> Row<'static> {
    let (max_investment, max_jobs, bars) = scale;
    let investment = super::known_sum(
        totals.investment,
        totals.investment_unknown,
        totals.projects,
        |dollars| Money::from_dollars(dollars).map(Money::compact).unwrap_or_default(),
    );
    let jobs = super::known_sum(
        totals.jobs_planned,
        totals.jobs_planned_unknown,
        totals.projects,
        short_count,
    );
    Row::new(keep_bars(
        [
            Cell::from(label),
            Cell::from(Line::from(group_thousands(totals.projects)).right_aligned()),
            Cell::from(Line::from(investment).right_aligned()),
            Cell::from(Span::styled(
                bar(totals.investment, max_investment),
                theme.status(Some(crate::domain::Status::Operating)),
            )),
            Cell::from(Line::from(group_thousands(totals.investment_unknown)).right_aligned()),
            Cell::from(Line::from(jobs).right_aligned()),
            Cell::from(Span::styled(
                bar(totals.jobs_planned, max_jobs),
                theme.status(Some(crate::domain::Status::Agreed)),
            )),
        ],
        bars,
    ))
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

fn draw_reported(frame: &mut Frame<'_>, summary: &Summary, trend: &[TrendPoint], area: Rect, theme: Theme) {
    let block = Block::new()
        .borders(Borders::TOP)
        .border_style(theme.border())
        .title(" Tracked vs reported ");
    let mut lines = Vec::new();
    for comparison in summary.comparisons() {
        let show = |value: i64| match comparison.metric {
            Metric::Investment => Money::from_dollars(value).map(Money::compact).unwrap_or_default(),
            _ => group_thousands(value),
        };
        let tracked_text = comparison.tracked.map_or("—".to_string(), show);
        let coverage = comparison.coverage.map_or("—".to_string(), |p| p.to_string());
        let (reported_text, when) = match &comparison.reported {
            Some((indicator, source)) => (
                figure_text(indicator),
                format!("{} {}", indicator.as_of, text::for_terminal(source)),
            ),
            None => ("—".into(), String::new()),
        };
        let label = comparison_label(comparison.metric);
        lines.push(Line::from(vec![
            Span::styled(format!(" {label:<15}"), theme.label()),
            Span::raw(format!("{tracked_text:>9} of {reported_text:<12} {coverage:>6}  ")),
            Span::styled(when, theme.dim()),
        ]));
    }
    lines.push(Line::styled(" Reported over time", theme.header()));
    let dates: Vec<String> = trend.iter().map(|p| p.as_of.to_string()).collect();
    lines.push(Line::from(vec![
        Span::styled(format!(" {:<15}", "as of"), theme.label()),
        Span::styled(series(&dates), theme.dim()),
    ]));
    for (index, label) in ["projects", "investment", "jobs"].iter().enumerate() {
        let values: Vec<String> = trend
            .iter()
            .map(|p| p.figures[index].as_ref().map_or("—".into(), figure_text))
            .collect();
        lines.push(Line::from(vec![
            Span::styled(format!(" {label:<15}"), theme.label()),
            Span::raw(series(&values)),
        ]));
    }
    frame.render_widget(Paragraph::new(lines).block(block), area);
}

/// Values in columns of one width joined by arrows: `60          → 69`.
fn series(values: &[String]) -> String {
    values.iter().map(|v| format!("{v:<12}")).collect::<Vec<_>>().join("→ ")
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
