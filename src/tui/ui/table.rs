//! The projects table: only the visible rows are built, from the loaded window.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Row, Scrollbar, ScrollbarOrientation, ScrollbarState, Table};
use unicode_width::UnicodeWidthStr;

use super::Theme;
use crate::domain::{Project, short_count, text};
use crate::tui::app::{App, Column};
use crate::tui::layout::table_rows;

/// A column as drawn; Location and Jobs each hold two cursor cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Shown {
    Name,
    Location,
    Sector,
    Status,
    Investment,
    Jobs,
}

impl Shown {
    fn title(self) -> &'static str {
        match self {
            Shown::Name => "Name",
            Shown::Location => "Location",
            Shown::Sector => "Sector",
            Shown::Status => "Status",
            Shown::Investment => "Invest.",
            Shown::Jobs => "Jobs (m/p)",
        }
    }

    fn holds(self, column: Column) -> bool {
        matches!(
            (self, column),
            (Shown::Name, Column::Name)
                | (Shown::Location, Column::Country | Column::Region)
                | (Shown::Sector, Column::Sector)
                | (Shown::Status, Column::Status)
                | (Shown::Investment, Column::Investment)
                | (Shown::Jobs, Column::JobsCreated | Column::JobsPlanned)
        )
    }

    fn right_aligned(self) -> bool {
        matches!(self, Shown::Investment | Shown::Jobs)
    }
}

/// The drawn columns with their x offset and width inside a table of `width` cells.
pub(super) fn columns(width: u16) -> Vec<(Shown, u16, u16)> {
    let usable = width.saturating_sub(1);
    let roomy = usable >= 100;
    let narrow = usable < 70;
    let pick = |wide: u16, normal: u16, small: u16| {
        if roomy {
            wide
        } else if narrow {
            small
        } else {
            normal
        }
    };
    let mut fixed = vec![
        (Shown::Location, pick(22, 12, 8)),
        (Shown::Sector, pick(18, 10, 10)),
        (Shown::Status, pick(12, 12, 10)),
        (Shown::Investment, 7),
        (Shown::Jobs, pick(15, 13, 11)),
    ];
    if !Column::Sector.visible_at(width) {
        fixed.retain(|(shown, _)| *shown != Shown::Sector);
    }
    let taken: u16 = fixed.iter().map(|(_, w)| w + 1).sum();
    let mut layout = vec![(Shown::Name, 0, usable.saturating_sub(taken).max(8))];
    let mut x = layout[0].2 + 1;
    for (shown, w) in fixed {
        layout.push((shown, x, w));
        x += w + 1;
    }
    layout
}

/// Where the cell under the cursor is on screen, for the editors drawn over it.
pub(super) fn cursor_cell(app: &App, area: Rect) -> Rect {
    let column = app.table.column();
    let row = app.table.selected.saturating_sub(app.table.scroll) as u16;
    let (_, x, width) = columns(area.width)
        .into_iter()
        .find(|(shown, _, _)| shown.holds(column))
        .unwrap_or((Shown::Name, 0, area.width));
    Rect::new(
        area.x + x,
        area.y + 1 + row.min(area.height.saturating_sub(2)),
        width,
        1,
    )
}

pub(super) fn draw(frame: &mut Frame<'_>, app: &App, area: Rect, theme: Theme) {
    let layout = columns(area.width);
    let column = app.table.column();
    let header = Row::new(layout.iter().map(|(shown, _, width)| {
        let title = if shown.holds(column) {
            Span::styled(shown.title(), theme.header())
        } else {
            Span::styled(shown.title(), theme.title())
        };
        aligned(Line::from(title), *shown, *width)
    }));
    let rows_area = table_rows(area);
    let height = usize::from(rows_area.height);
    let rows: Vec<Row<'_>> = (app.table.scroll..(app.table.scroll + height).min(app.table.count))
        .map(|position| {
            let selected = position == app.table.selected;
            let cursor = selected.then_some(column);
            match app.table.project_at(position) {
                Some(project) => project_row(project, &layout, cursor, theme),
                None => Row::new([Cell::from("…")]),
            }
            .style(if selected { theme.selected_row() } else { Style::new() })
        })
        .collect();
    let widths: Vec<Constraint> = layout.iter().map(|(_, _, w)| Constraint::Length(*w)).collect();
    let table = Table::new(rows, widths).header(header).column_spacing(1);
    frame.render_widget(
        table,
        Rect {
            width: area.width.saturating_sub(1),
            ..area
        },
    );
    if app.table.count == 0 {
        let message = if app.table.query == Default::default() {
            " no projects yet: press a to add one"
        } else {
            " nothing matches: Esc clears the search and filters"
        };
        frame.render_widget(Line::styled(message, theme.dim()), Rect { height: 1, ..rows_area });
    }
    if app.table.count <= height {
        return;
    }
    let mut scrollbar = ScrollbarState::new(app.table.count.saturating_sub(height).max(1))
        .position(app.table.scroll)
        .viewport_content_length(height);
    frame.render_stateful_widget(
        Scrollbar::new(ScrollbarOrientation::VerticalRight)
            .begin_symbol(None)
            .end_symbol(None),
        rows_area,
        &mut scrollbar,
    );
}

fn project_row<'a>(project: &Project, layout: &[(Shown, u16, u16)], cursor: Option<Column>, theme: Theme) -> Row<'a> {
    let mark = |column: Column, span: Span<'static>| {
        if cursor == Some(column) {
            span.patch_style(theme.cursor_cell())
        } else {
            span
        }
    };
    let cells = layout.iter().map(|(shown, _, width)| {
        let line = match shown {
            Shown::Name => Line::from(mark(Column::Name, Span::raw(safe(&project.name)))),
            Shown::Location => {
                let country = project.country.map_or("—".to_string(), |c| c.code().to_string());
                let region = match (&project.region, cursor) {
                    (Some(region), _) => safe(region),
                    (None, Some(Column::Region)) => "—".to_string(),
                    (None, _) => String::new(),
                };
                let mut spans = vec![mark(Column::Country, Span::raw(country))];
                if !region.is_empty() {
                    spans.push(Span::raw(" "));
                    spans.push(mark(Column::Region, Span::raw(region)));
                }
                Line::from(spans)
            }
            Shown::Sector => Line::from(mark(
                Column::Sector,
                Span::raw(project.sector.as_deref().map_or("—".into(), safe)),
            )),
            Shown::Status => Line::from(mark(
                Column::Status,
                Span::styled(
                    project.status.map_or("—", |s| s.as_str()).to_string(),
                    theme.status(project.status),
                ),
            )),
            Shown::Investment => Line::from(mark(
                Column::Investment,
                Span::raw(project.investment.map_or("—".into(), |m| m.compact())),
            )),
            Shown::Jobs => {
                let show = |n: Option<i64>| n.map_or("—".to_string(), short_count);
                if project.jobs_created.is_none()
                    && project.jobs_planned.is_none()
                    && !matches!(cursor, Some(Column::JobsCreated | Column::JobsPlanned))
                {
                    Line::from("—")
                } else {
                    Line::from(vec![
                        mark(Column::JobsCreated, Span::raw(show(project.jobs_created))),
                        Span::raw(" / "),
                        mark(Column::JobsPlanned, Span::raw(show(project.jobs_planned))),
                    ])
                }
            }
        };
        aligned(line, *shown, *width)
    });
    Row::new(cells.collect::<Vec<_>>())
}

/// A cell's line, cut to its width with `…`, right-aligned for figures.
fn aligned(line: Line<'static>, shown: Shown, width: u16) -> Cell<'static> {
    let line = truncate(line, usize::from(width));
    Cell::from(if shown.right_aligned() {
        line.right_aligned()
    } else {
        line
    })
}

fn truncate(line: Line<'static>, width: usize) -> Line<'static> {
    if line.width() <= width {
        return line;
    }
    let mut spans = Vec::new();
    let mut used = 0;
    for span in line.spans {
        let room = width.saturating_sub(used + 1);
        if span.content.width() <= room {
            used += span.content.width();
            spans.push(span);
            continue;
        }
        let cut = super::fit(&span.content, (room + 1) as u16);
        spans.push(Span::styled(cut, span.style));
        break;
    }
    if !spans.last().is_some_and(|s| s.content.ends_with('…')) {
        spans.push(Span::raw("…"));
    }
    Line::from(spans)
}

fn safe(value: &str) -> String {
    text::for_terminal(value).into_owned()
}
