//! The projects table: only the visible rows are built, from the loaded window.

use ratatui::Frame;
use ratatui::layout::{Constraint, HorizontalAlignment, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Row, Scrollbar, ScrollbarOrientation, ScrollbarState, Table};
use unicode_width::UnicodeWidthStr;

use super::Theme;
use crate::domain::{Project, text};
use crate::i18n::format;
use crate::tr;
use crate::tui::app::App;
use crate::tui::columns::{self, Column, Placed};
use crate::tui::layout::table_rows;
use crate::tui::words;

/// Where the cell under the cursor is on screen, for the editors drawn over it.
pub(super) fn cursor_cell(app: &App, area: Rect) -> Rect {
    let column = app.table.column();
    let row = app.table.selected.saturating_sub(app.table.scroll) as u16;
    let (x, width) = columns::layout(area.width)
        .into_iter()
        .find(|placed| placed.column.holds(column))
        .map_or((0, area.width), |placed| (placed.x, placed.width));
    Rect::new(
        area.x + x,
        area.y + 1 + row.min(area.height.saturating_sub(2)),
        width,
        1,
    )
}

pub(super) fn draw(frame: &mut Frame<'_>, app: &App, area: Rect, theme: Theme) {
    let layout = columns::layout(area.width);
    let column = app.table.column();
    let header = Row::new(layout.iter().map(|placed| {
        let style = if placed.column.holds(column) {
            theme.header()
        } else {
            theme.title()
        };
        aligned(Line::from(Span::styled(placed.header(), style)), placed)
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
    let widths: Vec<Constraint> = layout.iter().map(|placed| Constraint::Length(placed.width)).collect();
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
            format!(" {}", tr!("tui-no-projects"))
        } else {
            format!(" {}", tr!("tui-nothing-matches"))
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

fn project_row<'a>(project: &Project, layout: &[Placed], cursor: Option<Column>, theme: Theme) -> Row<'a> {
    let cells = layout.iter().map(|placed| {
        let shown = placed.column.drawn_cells(|cell| known(project, cell), cursor);
        let mut spans = Vec::new();
        for (i, cell) in shown.into_iter().enumerate() {
            if i > 0 {
                spans.push(Span::raw(placed.column.separator));
            }
            let span = cell_span(project, cell, theme);
            spans.push(if cursor == Some(cell) {
                span.patch_style(theme.cursor_cell())
            } else {
                span
            });
        }
        aligned(Line::from(spans), placed)
    });
    Row::new(cells.collect::<Vec<_>>())
}

/// Whether the project has a value for the cell.
fn known(project: &Project, cell: Column) -> bool {
    match cell {
        Column::Name => true,
        Column::Country => project.country.is_some(),
        // An empty city is no city: the cursor on it shows `—`.
        Column::Region => project.region.as_deref().is_some_and(|r| !r.is_empty()),
        Column::Sector => project.sector.is_some(),
        Column::Status => project.status.is_some(),
        Column::Investment => project.investment.is_some(),
        Column::JobsCreated => project.jobs_created.is_some(),
        Column::JobsPlanned => project.jobs_planned.is_some(),
    }
}

/// A cell as the table shows it, `—` where unknown; stored text is made safe first.
fn cell_span(project: &Project, cell: Column, theme: Theme) -> Span<'static> {
    const UNKNOWN: &str = "—";
    let count = |n: Option<i64>| n.map_or(UNKNOWN.to_string(), format::short_count);
    match cell {
        Column::Name => Span::raw(safe(shown_name(project))),
        Column::Country => Span::raw(project.country.map_or(UNKNOWN, |c| c.code()).to_string()),
        Column::Region => Span::raw(
            project
                .region
                .as_deref()
                .filter(|r| !r.is_empty())
                .map_or(UNKNOWN.into(), |region| safe(&crate::i18n::place_label(region))),
        ),
        Column::Sector => Span::raw(
            project
                .sector
                .as_deref()
                .map_or(UNKNOWN.into(), |sector| safe(&crate::i18n::sector_label(sector))),
        ),
        Column::Status => Span::styled(
            project.status.map_or(UNKNOWN.to_string(), words::status_short),
            theme.status(project.status),
        ),
        Column::Investment => Span::raw(
            project
                .investment
                .map_or(UNKNOWN.into(), |m| format::money_compact(m.dollars())),
        ),
        Column::JobsCreated => Span::raw(count(project.jobs_created)),
        Column::JobsPlanned => Span::raw(count(project.jobs_planned)),
    }
}

/// A cell's line, cut to its width with `…`, aligned as its column says.
fn aligned(line: Line<'static>, placed: &Placed) -> Cell<'static> {
    let line = truncate(line, usize::from(placed.width));
    Cell::from(match placed.column.align {
        HorizontalAlignment::Right => line.right_aligned(),
        HorizontalAlignment::Center => line.centered(),
        HorizontalAlignment::Left => line,
    })
}

/// A line cut to `width` cells, ending in `…` where cut.
pub(super) fn truncate(line: Line<'static>, width: usize) -> Line<'static> {
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

/// The name in the language spoken (see [`crate::i18n::project_name`]).
pub(super) fn shown_name(project: &Project) -> &str {
    crate::i18n::project_name(project)
}

fn safe(value: &str) -> String {
    text::for_terminal(value).into_owned()
}
