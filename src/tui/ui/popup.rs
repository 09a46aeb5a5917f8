//! Small windows over the table: the status and country picker, the filter, the delete
//! confirmation and the help.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use super::{Theme, centered, table};
use crate::domain::text;
use crate::tr;
use crate::tui::action::Action;
use crate::tui::app::{App, FilterState, HelpState, Picker};
use crate::tui::keymap::{self, Context, HelpLine};
use crate::tui::layout;
use unicode_width::UnicodeWidthStr;

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
        .map(|(label, _)| label.width() as u16)
        .max()
        .unwrap_or(10)
        + 4;
    let frame_area = frame.area();
    // The last line stays the status line's: its keys are what this popup answers to.
    let room = frame_area.height.saturating_sub(1).max(3);
    let height = (picker.options.len() as u16 + 2).min(room);
    let below = cell.y + 1;
    let y = if below + height <= room {
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
    // A list taller than the screen (many sources, every field at 60x15) scrolls to keep
    // the cursor in sight.
    let inner_height = usize::from(area.height.saturating_sub(2)).max(1);
    let offset = u16::try_from(picker.cursor.saturating_sub(inner_height - 1)).unwrap_or(0);
    frame.render_widget(Clear, area);
    frame.render_widget(
        Paragraph::new(lines).scroll((offset, 0)).block(boxed(
            &if picker.fields_menu {
                crate::tui::words::label("tui-fields-menu-title")
            } else {
                crate::tui::words::field_word(picker.field)
            },
            theme,
        )),
        area,
    );
}

pub(super) fn draw_filter(frame: &mut Frame<'_>, app: &App, filter: &FilterState, area: Rect, theme: Theme) {
    let mut lines = Vec::new();
    let mut cursor_line = 0;
    let mut group = String::new();
    for (i, option) in filter.options.iter().enumerate() {
        if option.group() != group {
            group = option.group();
            lines.push(Line::styled(group.clone(), theme.header()));
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
            .block(boxed(
                &tr!(
                    "tui-filter-title",
                    tick = key_of(Context::Filter, Action::ToggleOption),
                    close = key_of(Context::Filter, Action::Back)
                ),
                theme,
            ))
            .scroll((scroll, 0)),
        popup,
    );
}

/// Undo is stuck on a change someone changed since: why, which change, and the keys to
/// step past it or leave it.
pub(super) fn draw_confirm_skip(frame: &mut Frame<'_>, why: &str, change: &str, area: Rect, theme: Theme) {
    let lines = vec![
        Line::styled(text::for_terminal(why).into_owned(), theme.error()),
        Line::raw(tr!("tui-skip-question", change = text::for_terminal(change))),
        Line::from(vec![
            Span::styled(key_of(Context::Confirm, Action::Confirm), theme.header()),
            Span::raw(format!(" {}   ", tr!("tui-skip-yes"))),
            Span::styled(key_of(Context::Confirm, Action::Back), theme.header()),
            Span::raw(format!(" {}", tr!("tui-skip-no"))),
        ]),
    ];
    let paragraph = Paragraph::new(lines)
        .block(boxed(&tr!("tui-skip-title"), theme))
        .wrap(Wrap { trim: true });
    let width = area.width.saturating_sub(4).min(72);
    // The count takes in the block's borders.
    let height = u16::try_from(paragraph.line_count(width.saturating_sub(2)))
        .unwrap_or(u16::MAX)
        .min(area.height);
    let popup = centered(area, width, height);
    frame.render_widget(Clear, popup);
    frame.render_widget(paragraph, popup);
}

pub(super) fn draw_confirm(frame: &mut Frame<'_>, id: i64, name: &str, area: Rect, theme: Theme) {
    let popup = centered(area, 56, 6);
    let name = text::for_terminal(name);
    let lines = vec![
        Line::raw(tr!("tui-confirm-question", id = id.to_string(), name = name)),
        Line::styled(tr!("tui-confirm-restorable"), theme.dim()),
        Line::from(vec![
            Span::styled(key_of(Context::Confirm, Action::Confirm), theme.header()),
            Span::raw(format!(" {}   ", tr!("tui-confirm-delete"))),
            Span::styled(key_of(Context::Confirm, Action::Back), theme.header()),
            Span::raw(format!(" {}", tr!("tui-confirm-keep"))),
        ]),
    ];
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(lines)
            .block(boxed(&tr!("tui-confirm-title"), theme))
            .wrap(Wrap { trim: true }),
        popup,
    );
}

/// The keys of the screen or popup the help was opened over, from the keymap itself.
pub(super) fn draw_help(frame: &mut Frame<'_>, app: &App, help: &HelpState, area: Rect, theme: Theme) {
    let lines: Vec<Line<'_>> = keymap::help_lines(help.over)
        .into_iter()
        .map(|line| match line {
            HelpLine::Title(title) => Line::styled(title, theme.header()),
            HelpLine::Keys(keys, what) => Line::from(vec![
                Span::styled(format!("  {keys:<14}"), theme.label()),
                Span::raw(what),
            ]),
            HelpLine::Note(note) => Line::styled(note, theme.dim()),
        })
        .collect();
    let popup = layout::help_area(area);
    let room = layout::help_room(area.width, area.height);
    let scroll = app
        .help_scroll
        .min(u16::try_from(lines.len().saturating_sub(room)).unwrap_or(u16::MAX));
    let title = if lines.len() > room {
        let scroll_keys = [Action::ScrollDown, Action::ScrollUp, Action::Back]
            .map(|action| keymap::key_for(Context::Help, action).unwrap_or_default());
        tr!(
            "tui-help-title-scroll",
            down = scroll_keys[0].as_str(),
            up = scroll_keys[1].as_str(),
            close = scroll_keys[2].as_str()
        )
    } else {
        let close = keymap::key_for(Context::Help, Action::Back).unwrap_or_default();
        tr!("tui-help-title", close = close)
    };
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(lines).block(boxed(&title, theme)).scroll((scroll, 0)),
        popup,
    );
}

/// The first key of an action, as help writes it: titles and prompts name keys through
/// the keymap, never by hand.
fn key_of(context: Context, action: Action) -> String {
    keymap::key_for(context, action).unwrap_or_default()
}
