//! Small windows over the table: the status and country picker, the filter, the delete
//! confirmation and the help.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use super::{Theme, centered, table};
use crate::domain::text;
use crate::tui::app::{App, FilterState, Picker};
use crate::tui::keymap::{self, Context};

fn boxed(title: &str, theme: Theme) -> Block<'static> {
    Block::new()
        .borders(Borders::ALL)
        .border_style(theme.border())
        .title(format!(" {title} "))
}

pub(super) fn draw_picker(frame: &mut Frame<'_>, app: &App, picker: &Picker, table_area: Rect, theme: Theme) {
    let cell = table::cursor_cell(app, table_area);
    let width = picker
        .options
        .iter()
        .map(|(label, _)| label.len() as u16)
        .max()
        .unwrap_or(10)
        + 4;
    let height = picker.options.len() as u16 + 2;
    let frame_area = frame.area();
    let below = cell.y + 1;
    let y = if below + height <= frame_area.height {
        below
    } else {
        cell.y.saturating_sub(height)
    };
    let x = cell.x.min(frame_area.width.saturating_sub(width));
    let area = Rect::new(x, y, width.min(frame_area.width), height.min(frame_area.height));
    let lines: Vec<Line<'_>> = picker
        .options
        .iter()
        .enumerate()
        .map(|(i, (label, _))| {
            let marker = if i == picker.cursor { "› " } else { "  " };
            let line = Line::raw(format!("{marker}{label}"));
            if i == picker.cursor {
                line.style(theme.selected_row())
            } else {
                line
            }
        })
        .collect();
    frame.render_widget(Clear, area);
    frame.render_widget(Paragraph::new(lines).block(boxed(picker.field.name(), theme)), area);
}

pub(super) fn draw_filter(frame: &mut Frame<'_>, app: &App, filter: &FilterState, area: Rect, theme: Theme) {
    let mut lines = Vec::new();
    let mut cursor_line = 0;
    let mut group = "";
    for (i, option) in filter.options.iter().enumerate() {
        if option.group() != group {
            group = option.group();
            lines.push(Line::styled(group, theme.header()));
        }
        let tick = if option.is_checked(&app.table.query) {
            "[x]"
        } else {
            "[ ]"
        };
        let line = Line::raw(format!("{tick} {}", text::for_terminal(&option.label())));
        if i == filter.cursor {
            cursor_line = lines.len();
            lines.push(line.style(theme.selected_row()));
        } else {
            lines.push(line);
        }
    }
    let popup = centered(area, 44, area.height.saturating_sub(2));
    let inner_height = usize::from(popup.height.saturating_sub(2));
    let scroll = cursor_line.saturating_sub(inner_height.saturating_sub(1)) as u16;
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(lines)
            .block(boxed("Filter: Space ticks, Enter closes", theme))
            .scroll((scroll, 0)),
        popup,
    );
}

pub(super) fn draw_confirm(frame: &mut Frame<'_>, id: i64, name: &str, area: Rect, theme: Theme) {
    let popup = centered(area, 56, 6);
    let lines = vec![
        Line::raw(format!("Delete #{id} {name}?")),
        Line::styled("It stays in the history and can be restored.", theme.dim()),
        Line::from(vec![
            Span::styled("y", theme.header()),
            Span::raw(" delete   "),
            Span::styled("n", theme.header()),
            Span::raw(" keep"),
        ]),
    ];
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(lines)
            .block(boxed("Delete", theme))
            .wrap(Wrap { trim: true }),
        popup,
    );
}

/// Every key of the screen underneath, from the keymap itself.
pub(super) fn draw_help(frame: &mut Frame<'_>, app: &App, area: Rect, theme: Theme) {
    let screen = if app.detail_open && !app.is_wide() {
        Context::Detail
    } else {
        Context::Table
    };
    let sections = [
        (
            if screen == Context::Detail {
                "Detail"
            } else {
                "Projects table"
            },
            screen,
        ),
        ("Editing a cell or searching", Context::Input),
        ("Status and country pickers", Context::Picker),
        ("Forms", Context::Form),
        ("Filter", Context::Filter),
    ];
    let mut lines = Vec::new();
    for (title, context) in sections {
        lines.push(Line::styled(title, theme.header()));
        for (keys, help) in keymap::help(context) {
            lines.push(Line::from(vec![
                Span::styled(format!("  {keys:<18}"), theme.label()),
                Span::raw(help),
            ]));
        }
    }
    let popup = centered(area, 60, area.height);
    let room = popup.height.saturating_sub(2);
    let scroll = app.help_scroll.min((lines.len() as u16).saturating_sub(room));
    let title = if lines.len() as u16 > room {
        "Keys (j/k scroll, Esc closes)"
    } else {
        "Keys (Esc closes)"
    };
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(lines).block(boxed(title, theme)).scroll((scroll, 0)),
        popup,
    );
}
