//! Inputs: the cell being edited in place, and the two forms.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};
use tui_input::Input;

use super::{Theme, centered, table};
use crate::domain::text;
use crate::tui::app::{App, CellEdit, NoteForm, NotePart, ProjectForm};

/// Draws an input's visible part in `area`; with `focused`, puts the cursor in it.
fn draw_input(frame: &mut Frame<'_>, input: &Input, area: Rect, focused: bool, theme: Theme) {
    let width = usize::from(area.width.max(1));
    let scroll = input.visual_scroll(width.saturating_sub(1));
    let shown = super::scrolled(input.value(), scroll);
    frame.render_widget(
        Paragraph::new(text::for_terminal(shown).into_owned()).style(theme.input()),
        area,
    );
    if focused {
        let x = input
            .visual_cursor()
            .saturating_sub(scroll)
            .min(width.saturating_sub(1)) as u16;
        frame.set_cursor_position((area.x + x, area.y));
    }
}

/// The cell turns into an input; a problem is written just under it.
pub(super) fn draw_cell_edit(frame: &mut Frame<'_>, app: &App, edit: &CellEdit, table_area: Rect, theme: Theme) {
    let cell = table::cursor_cell(app, table_area);
    let screen = frame.area();
    let width = cell.width.max(24).min(screen.width);
    let x = cell.x.min(screen.width.saturating_sub(width));
    let area = Rect::new(x, cell.y, width, 1);
    frame.render_widget(Clear, area);
    draw_input(frame, &edit.input, area, true, theme);
    let message = edit
        .error
        .as_ref()
        .map(|e| (e, theme.error()))
        .or(edit.conflict.as_ref().map(|c| (c, theme.error())));
    if let Some((message, style)) = message {
        let y = if cell.y + 1 < table_area.bottom() {
            cell.y + 1
        } else {
            cell.y.saturating_sub(1)
        };
        let line = Rect::new(table_area.x, y, table_area.width, 1);
        frame.render_widget(Clear, line);
        frame.render_widget(
            Paragraph::new(super::fit(&format!(" {}", text::for_terminal(message)), line.width)).style(style),
            line,
        );
    }
}

pub(super) fn draw_project_form(frame: &mut Frame<'_>, form: &ProjectForm, area: Rect, theme: Theme) {
    let popup = centered(area, 76, form.fields.len() as u16 + 4);
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.border())
        .title(" Add a project: Tab next, Ctrl-s save, Esc cancel ");
    let inner = block.inner(popup);
    frame.render_widget(Clear, popup);
    frame.render_widget(block, popup);
    let rows = Layout::vertical(
        form.fields
            .iter()
            .map(|_| Constraint::Length(1))
            .chain([Constraint::Length(1)]),
    )
    .split(inner);
    let label_width = 18;
    for (index, field) in form.fields.iter().enumerate() {
        let Some(row) = rows.get(index) else { break };
        let [label, input] = Layout::horizontal([Constraint::Length(label_width), Constraint::Fill(1)]).areas(*row);
        let focused = index == form.focus;
        let mark = if field.error.is_some() {
            "✗ "
        } else if focused {
            "› "
        } else {
            "  "
        };
        let style = if field.error.is_some() {
            theme.error()
        } else if focused {
            theme.header()
        } else {
            theme.label()
        };
        frame.render_widget(
            Paragraph::new(Line::from(vec![Span::styled(
                format!("{mark}{}", field.field.label()),
                style,
            )])),
            label,
        );
        draw_input(frame, &field.input, input, focused, theme);
    }
    let focused_error = form.fields.get(form.focus).and_then(|f| f.error.as_ref());
    if let (Some(error), Some(last)) = (focused_error, rows.last()) {
        frame.render_widget(
            Paragraph::new(super::fit(&text::for_terminal(error), last.width)).style(theme.error()),
            *last,
        );
    }
}

pub(super) fn draw_note_form(frame: &mut Frame<'_>, form: &NoteForm, area: Rect, theme: Theme) {
    let popup = centered(area, 76, area.height.saturating_sub(2).min(16));
    let title = format!(
        " Update of {}: Tab next, Ctrl-s save, Esc cancel ",
        super::fit(&form.project_name, 24)
    );
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.border())
        .title(title);
    let inner = block.inner(popup);
    frame.render_widget(Clear, popup);
    frame.render_widget(block, popup);
    let [date_row, text_label, text_area, source_row, error_row] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(inner);
    let label = |part: NotePart, name: &str| {
        let style = if form.focus == part {
            theme.header()
        } else {
            theme.label()
        };
        Paragraph::new(Span::styled(format!("{name:<8}"), style))
    };
    let [date_label, date_input] = Layout::horizontal([Constraint::Length(8), Constraint::Fill(1)]).areas(date_row);
    frame.render_widget(label(NotePart::Date, "Date"), date_label);
    draw_input(frame, &form.date, date_input, form.focus == NotePart::Date, theme);
    frame.render_widget(label(NotePart::Text, "Text"), text_label);
    frame.render_widget(&form.text, text_area);
    let [source_label, source_input] =
        Layout::horizontal([Constraint::Length(8), Constraint::Fill(1)]).areas(source_row);
    frame.render_widget(label(NotePart::Source, "Source"), source_label);
    draw_input(frame, &form.source, source_input, form.focus == NotePart::Source, theme);
    if let Some(error) = &form.error {
        frame.render_widget(
            Paragraph::new(super::fit(&text::for_terminal(error), error_row.width)).style(theme.error()),
            error_row,
        );
    }
}
