//! Inputs: the cell being edited in place, and the two forms.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::text::Span;
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState, Wrap};
use tui_input::Input;

use super::{Theme, centered, table};
use crate::domain::text;
use crate::tr;
use crate::tui::app::{App, CellEdit, FormField, NoteForm, NotePart, ProjectForm};
use crate::tui::layout;
use crate::tui::words;
use unicode_width::UnicodeWidthStr;

/// Draws an input's visible part in `area`; with `focused`, puts the cursor in it.
pub(super) fn draw_input(frame: &mut Frame<'_>, input: &Input, area: Rect, focused: bool, theme: Theme) {
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
    let message = (edit.error.as_ref().map(|p| p.text())).or_else(|| edit.conflict.as_ref().map(|c| c.text()));
    if let Some(message) = message {
        // Under the cell, wrapped; above it when the table ends first.
        let problem = wrapped(&format!(" {message}"), theme);
        let height = lines_needed(&problem, table_area.width);
        let y = if cell.y + 1 + height <= table_area.bottom() {
            cell.y + 1
        } else {
            cell.y.saturating_sub(height)
        };
        let lines = Rect::new(table_area.x, y, table_area.width, height);
        frame.render_widget(Clear, lines);
        frame.render_widget(problem, lines);
    }
}

/// The form over the screen, its status line left uncovered for hints and messages.
/// When the fields do not all fit, the list scrolls so the focused one is always shown.
pub(super) fn draw_project_form(frame: &mut Frame<'_>, form: &ProjectForm, area: Rect, theme: Theme) {
    let area = Rect {
        height: area.height.saturating_sub(1),
        ..area
    };
    let problem = form
        .fields
        .get(form.focus)
        .and_then(|f| f.error.as_ref())
        .map(|error| wrapped(&error.text(), theme));
    let inner_width = area.width.min(76).saturating_sub(2);
    let problem_height = problem.as_ref().map_or(0, |p| lines_needed(p, inner_width));
    let popup = centered(area, 76, form.fields.len() as u16 + problem_height + 2);
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.border())
        .title(format!(" {} ", tr!("tui-form-add-project")));
    let inner = block.inner(popup);
    frame.render_widget(Clear, popup);
    frame.render_widget(block, popup);
    let [fields_area, problem_area] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(problem_height)]).areas(inner);
    let shown = layout::window(form.focus, form.fields.len(), usize::from(fields_area.height));
    let rows = Layout::vertical(shown.clone().map(|_| Constraint::Length(1))).split(fields_area);
    for (row, index) in rows.iter().zip(shown.clone()) {
        if let Some(field) = form.fields.get(index) {
            draw_form_field(frame, field, index == form.focus, *row, theme);
        }
    }
    if shown.len() < form.fields.len() {
        let mut state = ScrollbarState::new(form.fields.len() - shown.len())
            .position(shown.start)
            .viewport_content_length(shown.len());
        frame.render_stateful_widget(
            Scrollbar::new(ScrollbarOrientation::VerticalRight)
                .begin_symbol(None)
                .end_symbol(None),
            popup.inner(Margin::new(0, 1)),
            &mut state,
        );
    }
    if let Some(problem) = problem {
        frame.render_widget(problem, problem_area);
    }
}

/// One line of the form: the label (marked when focused or wrong) and the input.
fn draw_form_field(frame: &mut Frame<'_>, field: &FormField, focused: bool, row: Rect, theme: Theme) {
    // Wide enough for the longest label of the language spoken, the mark and a space.
    let longest = crate::domain::Field::ALL
        .iter()
        .filter(|f| f.figure().is_none())
        .map(|f| words::field_label(*f).width())
        .max()
        .unwrap_or(16);
    let label_width = u16::try_from(longest + 3).unwrap_or(19).max(19);
    let [label, input] = Layout::horizontal([Constraint::Length(label_width), Constraint::Fill(1)]).areas(row);
    let (mark, style) = match (&field.error, focused) {
        (Some(_), _) => ("✗ ", theme.error()),
        (None, true) => ("› ", theme.header()),
        (None, false) => ("  ", theme.label()),
    };
    frame.render_widget(
        Paragraph::new(Span::styled(
            format!("{mark}{}", words::field_label(field.field)),
            style,
        )),
        label,
    );
    draw_input(frame, &field.input, input, focused, theme);
}

/// A problem as a paragraph that wraps, so the part that says what is accepted is
/// never cut off.
pub(super) fn wrapped(problem: &str, theme: Theme) -> Paragraph<'static> {
    Paragraph::new(text::for_terminal(problem).into_owned())
        .style(theme.error())
        .wrap(Wrap { trim: true })
}

/// How many lines a wrapped paragraph takes at `width`, at most four.
pub(super) fn lines_needed(paragraph: &Paragraph<'_>, width: u16) -> u16 {
    u16::try_from(paragraph.line_count(width))
        .unwrap_or(u16::MAX)
        .clamp(1, 4)
}

pub(super) fn draw_note_form(frame: &mut Frame<'_>, form: &NoteForm, area: Rect, theme: Theme) {
    let popup = centered(area, 76, area.height.saturating_sub(2).min(16));
    // The keys are on the hints line below; the title names the project.
    let title = format!(
        " {} ",
        tr!(
            "tui-form-update-of",
            name = super::fit(&form.name, popup.width.saturating_sub(14))
        )
    );
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.border())
        .title(title);
    let inner = block.inner(popup);
    frame.render_widget(Clear, popup);
    frame.render_widget(block, popup);
    // Below the fields: the problem with what was typed, or, while the date has the
    // focus, what a date may be (the words are not obvious, and a refusal costs a retry).
    let problem = form
        .error
        .as_ref()
        .map(|error| wrapped(&error.text(), theme))
        .or_else(|| {
            (form.focus == NotePart::Date).then(|| {
                Paragraph::new(tr!("tui-form-date-hint"))
                    .style(theme.dim())
                    .wrap(Wrap { trim: true })
            })
        });
    let problem_height = problem.as_ref().map_or(1, |p| lines_needed(p, inner.width));
    let [date_row, text_label, text_area, source_row, error_row] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(problem_height),
    ])
    .areas(inner);
    let label = |part: NotePart, name: String| {
        let style = if form.focus == part {
            theme.header()
        } else {
            theme.label()
        };
        Paragraph::new(Span::styled(name, style))
    };
    // The labels' column is as wide as the longest label in the language spoken.
    let names = [tr!("tui-form-date"), tr!("tui-form-text"), tr!("tui-form-source")];
    let label_width = names.iter().map(|n| n.width()).max().unwrap_or(6) as u16 + 2;
    let [date_name, text_name, source_name] = names;
    let [date_label, date_input] =
        Layout::horizontal([Constraint::Length(label_width), Constraint::Fill(1)]).areas(date_row);
    frame.render_widget(label(NotePart::Date, date_name), date_label);
    draw_input(frame, &form.date, date_input, form.focus == NotePart::Date, theme);
    frame.render_widget(label(NotePart::Text, text_name), text_label);
    frame.render_widget(&form.text, text_area);
    if form.focus == NotePart::Text {
        // The terminal's cursor where the next letter goes, as in the one-line inputs:
        // the text's position on screen (after wrapping) less what is scrolled away,
        // both known once the text is drawn.
        let at = form.text.screen_cursor();
        let (top, left) = form.text.scroll_offset();
        let row = u16::try_from(at.row).unwrap_or(u16::MAX).saturating_sub(top);
        let col = u16::try_from(at.col).unwrap_or(u16::MAX).saturating_sub(left);
        if row < text_area.height && col < text_area.width.max(1) {
            frame.set_cursor_position((text_area.x + col, text_area.y + row));
        }
    }
    let [source_label, source_input] =
        Layout::horizontal([Constraint::Length(label_width), Constraint::Fill(1)]).areas(source_row);
    frame.render_widget(label(NotePart::Source, source_name), source_label);
    draw_input(frame, &form.source, source_input, form.focus == NotePart::Source, theme);
    if let Some(problem) = problem {
        frame.render_widget(problem, error_row);
    }
}
