//! The reported trend on the summary screen: a line of dates, one of sources, one per
//! kind reported; the newest reports first to stay when not all fit.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::Theme;
use super::cells::{cut, figure, pad, series_label};
use crate::domain::text;
use crate::i18n::format;
use crate::report::UNKNOWN;
use crate::report::trend::{TrendPoint, series};
use crate::tr;

/// The trend: its title, a line of dates and one of sources (two reports may share a
/// date), then one line per kind reported; each report in a column of one width.
/// The trend in `width` columns and `height` lines (its title included). What does not
/// fit (older reports, the last kinds) is named in the title, with where to see it all.
pub(super) fn trend_lines(trend: &[TrendPoint], width: usize, height: usize, theme: Theme) -> Vec<Line<'static>> {
    let mut rows: Vec<(String, Vec<String>, Style)> = vec![
        (
            tr!("tui-trend-as-of"),
            trend.iter().map(|p| format::date(&p.as_of)).collect(),
            theme.dim(),
        ),
        (
            tr!("tui-trend-source"),
            trend.iter().map(|p| p.source.clone()).collect(),
            theme.dim(),
        ),
    ];
    for metric in series(trend) {
        let values = trend
            .iter()
            .map(|p| p.figure(metric).map_or(UNKNOWN.into(), figure))
            .collect();
        rows.push((series_label(metric), values, Style::default()));
    }
    let label_width = rows
        .iter()
        .map(|(label, ..)| text::cells(label))
        .max()
        .unwrap_or(12)
        .max(12)
        + 1;
    // The newest reports matter most before a meeting: the oldest give way first.
    let (shown, column_width) = trend_layout(&rows, width.saturating_sub(1 + label_width));
    let left_out = trend.len() - shown;
    let mark = if left_out > 0 { OLDER } else { "" };
    let hidden_kinds = (rows.len() + 1).saturating_sub(height);
    let title = if left_out > 0 || hidden_kinds > 0 {
        tr!(
            "tui-trend-title-part",
            shown = shown,
            count = trend.len(),
            kinds = hidden_kinds
        )
    } else {
        tr!("tui-trend-title")
    };
    let mut lines = vec![cut(vec![Span::styled(format!(" {title}"), theme.header())], width)];
    for (label, values, style) in rows {
        lines.push(cut(
            vec![
                Span::styled(format!(" {}", pad(&label, label_width)), theme.label()),
                Span::styled(mark, theme.dim()),
                Span::styled(columns(&values[left_out..], column_width), style),
            ],
            width,
        ));
    }
    lines
}

/// What stands before the trend's columns when older reports are left out.
const OLDER: &str = "…→ ";

/// How many reports, the newest, the trend shows in `room` cells, and its columns'
/// width. All of them if they fit in columns as wide as their widest value (a source
/// cut at 20 cells); else as many of the newest as fit after [`OLDER`] in columns as
/// wide as their widest date or figure, the sources cut to that (at least one report,
/// cut at the edge if even it does not fit). A date or figure is never cut.
fn trend_layout(rows: &[(String, Vec<String>, Style)], room: usize) -> (usize, usize) {
    let count = rows.first().map_or(0, |(_, dates, _)| dates.len());
    let needs = |shown: usize, column: usize| shown * column + shown.saturating_sub(1) * 2;
    // The widest value of the newest `shown` reports, in rows `which` (the source's is 1).
    let widest = |shown: usize, which: &dyn Fn(usize) -> bool| {
        rows.iter()
            .enumerate()
            .filter(|(index, _)| which(*index))
            .flat_map(|(_, (_, values, _))| values[count - shown..].iter().map(|v| text::cells(v) + 1))
            .max()
            .unwrap_or(0)
    };
    let firm = |shown: usize| widest(shown, &|index| index != 1).max(12);
    let wide = widest(count, &|_| true).clamp(12, 20).max(firm(count));
    if needs(count, wide) <= room {
        return (count, wide);
    }
    let room = room.saturating_sub(text::cells(OLDER));
    (1..count)
        .rev()
        .map(|shown| (shown, firm(shown)))
        .find(|(shown, column)| needs(*shown, *column) <= room)
        .unwrap_or_else(|| (count.min(1), firm(count.min(1))))
}

/// Values in columns of `width` cells joined by arrows: `60          → 69`; a longer
/// value (a source) is cut with `…`.
fn columns(values: &[String], width: usize) -> String {
    let fit_to = u16::try_from(width.saturating_sub(1)).unwrap_or(u16::MAX);
    values
        .iter()
        .map(|v| pad(&super::fit(v, fit_to), width))
        .collect::<Vec<_>>()
        .join("→ ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn trend_rows(dates: &[&str], sources: &[&str]) -> Vec<(String, Vec<String>, Style)> {
        let row = |values: &[&str]| {
            (
                String::new(),
                values.iter().map(|v| v.to_string()).collect(),
                Style::new(),
            )
        };
        vec![row(dates), row(sources)]
    }

    #[test]
    fn the_newest_reports_that_fit_are_shown() {
        let dates = ["early 2024", "2024-07-12", "not before 2024-09", "2025-05"];
        let sources = [
            "#4 UzA",
            "#2 The Times of Ce…",
            "#1 informkz.com",
            "#3 A long publisher name",
        ];
        // All three: columns of 20 (the source's cut), two arrows: 64 cells.
        assert_eq!(trend_layout(&trend_rows(&dates[..3], &sources[..3]), 64), (3, 20));
        // Four do not fit: the newest three, in columns as wide as their longest date.
        assert_eq!(trend_layout(&trend_rows(&dates, &sources), 66), (3, 19));
        assert_eq!(trend_layout(&trend_rows(&dates, &sources), 50), (2, 19));
        assert_eq!(
            trend_layout(&trend_rows(&dates, &sources), 10),
            (1, 12),
            "one, cut, rather than none"
        );
        assert_eq!(trend_layout(&trend_rows(&[], &[]), 10), (0, 12));
    }
}
