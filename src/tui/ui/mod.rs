//! Drawing: free functions that draw the state. They never change it and never touch
//! the database; every piece of stored text passes through `text::for_terminal` first.

mod activity;
mod cells;
mod commission_form;
mod detail;
mod form;
pub mod map;
mod meetings;
mod popup;
mod sparkline;
mod summary;
mod table;
mod theme;
mod trend;
pub mod trend_chart;

pub use theme::Theme;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::app::{App, MainView, Overlay, describe_filters};
use super::keymap::{self, Context};
use super::layout;
use crate::domain::text;
use crate::i18n::format;
use crate::store::SortDirection;
use crate::tr;
use crate::tui::words;

/// Draws the whole screen.
pub fn draw(frame: &mut Frame<'_>, app: &App, theme: Theme) {
    let area = frame.area();
    if layout::too_small(area.width, area.height) {
        let notice = tr!(
            "tui-too-small",
            width = layout::MIN_WIDTH.to_string(),
            height = layout::MIN_HEIGHT.to_string()
        );
        frame.render_widget(Paragraph::new(fit(&notice, area.width)), area);
        return;
    }
    let areas = layout::areas(area);
    draw_title(frame, app, areas.title, theme);
    match (app.main_view(), &app.summary) {
        (MainView::Summary, Some(state)) => {
            let whole = areas.side.map_or(areas.main, |side| areas.main.union(side));
            summary::draw(frame, state, whole, theme);
        }
        (MainView::Activity, _) => {
            if let Some(state) = &app.activity {
                let whole = areas.side.map_or(areas.main, |side| areas.main.union(side));
                activity::draw(frame, app, state, whole, theme);
            }
        }
        (MainView::Map, _) => {
            if let Some(state) = &app.map {
                let whole = areas.side.map_or(areas.main, |side| areas.main.union(side));
                map::draw(frame, state, whole, theme);
            }
        }
        (MainView::Meetings, _) => {
            if let Some(state) = &app.meetings {
                let whole = areas.side.map_or(areas.main, |side| areas.main.union(side));
                meetings::draw(frame, app, state, whole, theme);
            }
        }
        (MainView::Detail, _) => detail::draw(frame, app, areas.main, theme),
        _ => table::draw(frame, app, areas.main, theme),
    }
    if let (Some(side), None, None, None, None) = (areas.side, &app.summary, &app.activity, &app.map, &app.meetings) {
        detail::draw(frame, app, side, theme);
    }
    draw_footer(frame, app, areas.footer, theme);
    match &app.overlay {
        Some(Overlay::Edit(edit)) => form::draw_cell_edit(frame, app, edit, areas.main, theme),
        Some(Overlay::Picker(picker)) => popup::draw_picker(frame, app, picker, areas.main, theme),
        Some(Overlay::Filter(filter)) => popup::draw_filter(frame, app, filter, area, theme),
        Some(Overlay::AddProject(form)) => form::draw_project_form(frame, form, area, theme),
        Some(Overlay::AddUpdate(form)) => form::draw_note_form(frame, form, area, theme),
        Some(Overlay::AddCommission(form)) => commission_form::draw(frame, form, area, theme),
        Some(Overlay::ConfirmDelete { id, name, .. }) => popup::draw_confirm(frame, *id, name, area, theme),
        Some(Overlay::ConfirmSkip { why, change }) => popup::draw_confirm_skip(frame, why, change, area, theme),
        Some(Overlay::Help(help)) => popup::draw_help(frame, app, help, area, theme),
        Some(Overlay::Search { .. }) | None => {}
    }
    // Last, so hints and messages show above any popup.
    draw_status(frame, app, areas.status, theme);
}

/// The top line: the name, the search (an input while typing) and the filters.
fn draw_title(frame: &mut Frame<'_>, app: &App, area: Rect, theme: Theme) {
    let mut spans = vec![Span::styled(" ortaq ", theme.title())];
    if app.read_only {
        spans.push(Span::styled(format!("{} ", tr!("tui-read-only")), theme.error()));
    }
    let prefix_width: usize = spans.iter().map(|s| s.content.width()).sum();
    if let Some(Overlay::Search { input, .. }) = &app.overlay {
        spans.push(Span::styled("/", theme.label()));
        let room = usize::from(area.width).saturating_sub(prefix_width + 2);
        let scroll = input.visual_scroll(room);
        let shown = scrolled(input.value(), scroll);
        spans.push(Span::styled(text::for_terminal(shown).into_owned(), theme.input()));
        let cursor = prefix_width + 1 + input.visual_cursor().saturating_sub(scroll);
        frame.set_cursor_position((area.x + cursor as u16, area.y));
    } else {
        if !app.table.query.search.is_empty() {
            let search = text::for_terminal(&app.table.query.search);
            spans.push(Span::styled(
                format!("{} ", tr!("tui-search", text = search)),
                theme.label(),
            ));
        }
        let filters = describe_filters(&app.table.query);
        if !filters.is_empty() {
            spans.push(Span::styled(
                format!("{} ", text::for_terminal(&filters)),
                theme.label(),
            ));
        }
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// The totals of what is shown, and the order.
fn draw_footer(frame: &mut Frame<'_>, app: &App, area: Rect, theme: Theme) {
    let arrow = match app.table.query.direction {
        SortDirection::Ascending => "↑",
        SortDirection::Descending => "↓",
    };
    let sort = tr!(
        "tui-footer-sort",
        key = words::sort_label(app.table.query.sort),
        arrow = arrow
    );
    if let Some(state) = &app.meetings {
        let line = meetings::footer(app, state);
        frame.render_widget(Paragraph::new(fit(&line, area.width)).style(theme.title()), area);
        return;
    }
    let line = match app.table.totals() {
        Some(totals) => format!(" {}", footer_totals(totals, &sort)),
        None => format!(" {}", tr!("tui-counting", sort = sort)),
    };
    frame.render_widget(Paragraph::new(fit(&line, area.width)).style(theme.title()), area);
}

/// The footer's totals: `9 projects · $3.4B (2 unknown) · jobs 1,200 made / 5,000 planned`.
pub fn footer_totals(totals: &crate::store::Totals, sort: &str) -> String {
    let investment = known_sum(
        totals.investment,
        totals.investment_unknown,
        totals.projects,
        format::money_compact,
    );
    tr!(
        "tui-footer",
        projects = tr!("count-projects", count = totals.projects),
        investment = investment,
        unknown = format::count(totals.investment_unknown),
        made = known_sum(
            totals.jobs_created,
            totals.jobs_created_unknown,
            totals.projects,
            format::short_count
        ),
        planned = known_sum(
            totals.jobs_planned,
            totals.jobs_planned_unknown,
            totals.projects,
            format::short_count
        ),
        sort = sort
    )
}

/// A sum as shown: `—` when no project of `count` had a figure (unknown is not zero).
pub(super) fn known_sum(sum: i64, unknown: i64, count: i64, show: impl Fn(i64) -> String) -> String {
    if unknown < count {
        show(sum)
    } else {
        crate::report::UNKNOWN.into()
    }
}

/// A message, or the keys that matter here. A message longer than the line grows
/// upwards over the footer, so the part that says what to do is never cut off.
fn draw_status(frame: &mut Frame<'_>, app: &App, area: Rect, theme: Theme) {
    let Some(message) = &app.status else {
        frame.render_widget(
            Paragraph::new(fit(&hints(app.context(), area.width), area.width)).style(theme.dim()),
            area,
        );
        return;
    };
    let style = if message.is_error { theme.error() } else { theme.info() };
    let paragraph = Paragraph::new(format!(" {}", text::for_terminal(&message.text())))
        .style(style)
        .wrap(Wrap { trim: false });
    let height = form::lines_needed(&paragraph, area.width).min(area.bottom());
    let lines = Rect {
        y: area.bottom() - height,
        height,
        ..area
    };
    frame.render_widget(Clear, lines);
    frame.render_widget(paragraph, lines);
}

/// Footer hints, taken from the keymap so they are always right. Where they do not all
/// fit, whole hints go from the end, but for the last (quit, close), rather than one
/// being cut in the middle.
fn hints(context: Context, width: u16) -> String {
    use super::action::Action::*;
    let wanted: &[(crate::tui::action::Action, &str)] = match context {
        Context::Table => &[
            (ToggleHelp, "tui-hint-help"),
            (StartEdit, "tui-hint-edit"),
            (StartSearch, "tui-hint-search"),
            (OpenFilter, "tui-hint-filter"),
            (SortByColumn, "tui-hint-sort"),
            (AddProject, "tui-hint-add"),
            (ToggleDetail, "tui-hint-detail"),
            (Quit, "tui-hint-quit"),
        ],
        Context::Summary => &[
            (ToggleHelp, "tui-hint-help"),
            (CycleGrouping, "tui-hint-grouping"),
            (ToggleTrendChart, "tui-hint-chart"),
            (ShowGroup, "tui-hint-projects"),
            (Back, "tui-hint-back"),
            (Quit, "tui-hint-quit"),
        ],
        Context::Meetings => &[
            (ToggleHelp, "tui-hint-help"),
            (ShowProject, "tui-hint-meetings-open"),
            (Back, "tui-hint-back"),
            (Quit, "tui-hint-quit"),
        ],
        Context::Activity => &[
            (ToggleHelp, "tui-hint-help"),
            (CycleWindow, "tui-hint-window"),
            (ShowProject, "tui-hint-project"),
            (Back, "tui-hint-back"),
            (Quit, "tui-hint-quit"),
        ],
        Context::Map => &[
            (ToggleHelp, "tui-hint-help"),
            (SelectNext, "tui-hint-next"),
            (ShowProject, "tui-hint-project"),
            (Back, "tui-hint-back"),
            (Quit, "tui-hint-quit"),
        ],
        Context::Detail => &[
            (ToggleHelp, "tui-hint-help"),
            (ScrollDown, "tui-hint-scroll"),
            (SelectNext, "tui-hint-next"),
            (AddUpdate, "tui-hint-update"),
            (Back, "tui-hint-back"),
            (Quit, "tui-hint-quit"),
        ],
        Context::Input => &[
            (CommitEdit, "tui-hint-save"),
            (CancelEdit, "tui-hint-cancel"),
            (ToggleHelp, "tui-hint-help"),
        ],
        Context::Form => &[
            (NextField, "tui-hint-next-field"),
            (SubmitForm, "tui-hint-save"),
            (CancelEdit, "tui-hint-cancel"),
            (ToggleHelp, "tui-hint-help"),
        ],
        Context::Picker => &[
            (SelectNext, "tui-hint-down"),
            (CommitEdit, "tui-hint-choose"),
            (CancelEdit, "tui-hint-cancel"),
            (ToggleHelp, "tui-hint-help"),
        ],
        Context::Filter => &[
            (ToggleOption, "tui-hint-tick"),
            (ClearFilters, "tui-hint-clear"),
            (Back, "tui-hint-close"),
            (ToggleHelp, "tui-hint-help"),
        ],
        Context::Confirm => &[
            (Confirm, "tui-hint-yes"),
            (Back, "tui-hint-no"),
            (ToggleHelp, "tui-hint-help"),
        ],
        Context::Help => &[
            (ScrollDown, "tui-hint-scroll"),
            (PageDown, "tui-hint-page"),
            (Back, "tui-hint-close"),
        ],
    };
    let mut parts: Vec<String> = wanted
        .iter()
        .filter_map(|(action, label)| {
            keymap::key_for(context, *action).map(|key| format!("{key} {}", words::label(label)))
        })
        .collect();
    let line = |parts: &[String]| format!(" {}", parts.join("  "));
    while parts.len() > 2 && text::cells(&line(&parts)) > usize::from(width) {
        parts.remove(parts.len() - 2);
    }
    line(&parts)
}

/// Cuts a line to the width, with `…` where cut.
pub(super) fn fit(line: &str, width: u16) -> String {
    text::truncate_to_width(line, usize::from(width))
}

/// What an input shows when scrolled by `cells` terminal cells (tui-input counts its
/// scroll in cells: a CJK character or an emoji takes two).
pub(super) fn scrolled(value: &str, cells: usize) -> &str {
    let mut used = 0;
    let mut chars = value.char_indices().peekable();
    while let Some(&(_, c)) = chars.peek() {
        let width = c.width().unwrap_or(0);
        // Marks that combine with a character scrolled away go with it.
        if used >= cells && (width > 0 || cells == 0) {
            break;
        }
        used += width;
        chars.next();
    }
    chars.peek().map_or("", |(index, _)| &value[*index..])
}

/// A rectangle of `width` x `height` centred in `area`, clipped to it.
pub(super) fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    )
}

#[cfg(test)]
mod tests {
    use super::scrolled;

    #[test]
    fn inputs_scroll_by_cells_not_characters() {
        assert_eq!(scrolled("abcdef", 2), "cdef");
        assert_eq!(scrolled("中文漢字", 4), "漢字", "two characters are four cells");
        assert_eq!(
            scrolled("中文漢字", 3),
            "漢字",
            "a wide character cut in half is not shown"
        );
        assert_eq!(scrolled("e\u{301}x", 1), "x", "the accent goes with its letter");
        assert_eq!(scrolled("abc", 0), "abc");
        assert_eq!(scrolled("abc", 9), "");
    }
}
