//! The meetings screen (issue 24): meetings newest first, planned ones and ones not
//! recorded as held said in words; a meeting's agreements, overdue ones marked with `!`
//! and the word, never by colour alone; an agreement's detail with its linked projects
//! and updates; a footer that counts the overdue agreements.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use super::{Theme, fit};
use crate::domain::{Agreement, Meeting, MeetingState, text};
use crate::i18n::{format, meetings as words};
use crate::tr;
use crate::tui::app::{App, MeetingsData, MeetingsLevel, MeetingsState};

pub(super) fn draw(frame: &mut Frame<'_>, app: &App, state: &MeetingsState, area: Rect, theme: Theme) {
    let Some(data) = &state.data else {
        let reading = fit(&format!(" {}", tr!("tui-meetings-reading")), area.width);
        frame.render_widget(Paragraph::new(Line::styled(reading, theme.dim())), area);
        return;
    };
    match state.level {
        MeetingsLevel::Meetings => draw_meetings(frame, app, state, data, area, theme),
        MeetingsLevel::Agreements { meeting } => draw_agreements(frame, app, state, data, meeting, area, theme),
        MeetingsLevel::Agreement { meeting, agreement } => {
            draw_agreement(frame, app, state, data, meeting, agreement, area, theme);
        }
    }
}

/// The rows from the first that keeps the cursor on the screen.
fn window(rows: Vec<Line<'static>>, cursor: usize, page: usize) -> Vec<Line<'static>> {
    let first = cursor.saturating_sub(page.saturating_sub(1));
    rows.into_iter().skip(first).take(page).collect()
}

fn row(text: String, selected: bool, width: u16, theme: Theme) -> Line<'static> {
    let marker = if selected { "›" } else { " " };
    let line = Line::raw(fit(&format!("{marker}{text}"), width));
    if selected {
        line.style(theme.selected_row())
    } else {
        line
    }
}

fn meeting_words(meeting: &Meeting) -> String {
    let number = meeting.number.map(|n| format!(" №{n}")).unwrap_or_default();
    format!(
        "{}{number}, {}, {}",
        words::kind(meeting.kind),
        text::for_terminal(&crate::i18n::meeting_place(&meeting.place)),
        format::date(&meeting.date)
    )
}

fn draw_meetings(
    frame: &mut Frame<'_>,
    app: &App,
    state: &MeetingsState,
    data: &MeetingsData,
    area: Rect,
    theme: Theme,
) {
    // The footer counts them: the heading says what the list is.
    let heading = tr!("tui-meetings-heading");
    let mut lines = vec![Line::styled(fit(&format!(" {heading}"), area.width), theme.header())];
    if data.meetings.is_empty() {
        lines.push(Line::styled(
            fit(&format!(" {}", tr!("tui-meetings-none")), area.width),
            theme.dim(),
        ));
    }
    let rows = data
        .meetings
        .iter()
        .enumerate()
        .map(|(index, meeting)| {
            let agreements = data.agreements_of(meeting.id);
            let overdue = agreements.iter().filter(|a| a.is_overdue(app.today)).count();
            // What matters first, so that a narrow screen cuts the kind, not the state.
            let state_word = match meeting.state(app.today) {
                MeetingState::Held => String::new(),
                MeetingState::Planned => format!(" · [{}]", tr!("tui-meetings-planned")),
                MeetingState::NotRecordedAsHeld => format!(" · [{}]", tr!("tui-meetings-not-recorded")),
            };
            let counts = if agreements.is_empty() {
                String::new()
            } else {
                format!(
                    " · {}",
                    tr!("tui-meetings-agreements", count = agreements.len(), overdue = overdue)
                )
            };
            let number = meeting.number.map(|n| format!(" №{n}")).unwrap_or_default();
            let text = format!(
                "#{} {}, {}{state_word}{counts} · {}{number}",
                meeting.id,
                text::for_terminal(&crate::i18n::meeting_place(&meeting.place)),
                format::date(&meeting.date),
                words::kind(meeting.kind)
            );
            row(text, index == state.cursors[0], area.width, theme)
        })
        .collect();
    lines.extend(window(rows, state.cursors[0], app.meetings_page()));
    frame.render_widget(Paragraph::new(lines), area);
}

/// An agreement's status as the list shows it: `! OVERDUE (open)` or `  open`.
fn status_words(agreement: &Agreement, app: &App) -> String {
    let overdue = agreement.is_overdue(app.today);
    let mark = if overdue { "!" } else { " " };
    format!("{mark} {}", words::status_on(agreement.status, overdue))
}

#[allow(clippy::too_many_arguments)]
fn draw_agreements(
    frame: &mut Frame<'_>,
    app: &App,
    state: &MeetingsState,
    data: &MeetingsData,
    meeting: i64,
    area: Rect,
    theme: Theme,
) {
    let Some(found) = data.meetings.iter().find(|m| m.id == meeting) else {
        return;
    };
    let heading = format!(
        " #{} {} — {}",
        found.id,
        meeting_words(found),
        words::state(found.state(app.today))
    );
    let mut lines = vec![Line::styled(fit(&heading, area.width), theme.header())];
    let agreements = data.agreements_of(meeting);
    if agreements.is_empty() {
        lines.push(Line::styled(
            fit(&format!(" {}", tr!("tui-meetings-no-agreements")), area.width),
            theme.dim(),
        ));
    }
    let rows = agreements
        .iter()
        .enumerate()
        .map(|(index, agreement)| {
            let due = agreement
                .due
                .as_ref()
                .map(|d| format!(" · {}", tr!("tui-meetings-due", date = format::date(d))))
                .unwrap_or_default();
            let text = format!(
                "#{} {}{due} · {}",
                agreement.id,
                status_words(agreement, app),
                text::for_terminal(&agreement.text)
            );
            let line = row(text, index == state.cursors[1], area.width, theme);
            if agreement.is_overdue(app.today) && index != state.cursors[1] {
                line.style(theme.error())
            } else {
                line
            }
        })
        .collect();
    lines.extend(window(rows, state.cursors[1], app.meetings_page()));
    frame.render_widget(Paragraph::new(lines), area);
}

#[allow(clippy::too_many_arguments)]
fn draw_agreement(
    frame: &mut Frame<'_>,
    app: &App,
    state: &MeetingsState,
    data: &MeetingsData,
    meeting: i64,
    agreement: i64,
    area: Rect,
    theme: Theme,
) {
    let (Some(found), Some(at)) = (
        data.agreements.iter().find(|a| a.id == agreement),
        data.meetings.iter().find(|m| m.id == meeting),
    ) else {
        return;
    };
    let field = |label: String, value: String| Line::raw(format!(" {label}: {value}"));
    let empty = || crate::report::UNKNOWN.to_string();
    let mut lines = vec![
        Line::styled(
            format!(
                " {} · {}",
                tr!("report-agreement-title", id = found.id.to_string()),
                status_words(found, app)
            ),
            theme.header(),
        ),
        Line::raw(format!(" {}", text::for_terminal(&found.text))),
        field(tr!("report-col-meeting"), format!("#{} {}", at.id, meeting_words(at))),
        field(tr!("report-col-side"), found.side.map_or_else(empty, words::side)),
        field(
            tr!("report-col-responsible"),
            found
                .responsible
                .as_deref()
                .map_or_else(empty, |r| text::for_terminal(r).into_owned()),
        ),
        field(
            tr!("report-col-due"),
            found.due.as_ref().map_or_else(empty, format::date),
        ),
        Line::styled(format!(" {}", tr!("report-agreement-projects")), theme.label()),
    ];
    if found.projects.is_empty() {
        lines.push(Line::styled(format!("  {}", tr!("report-none")), theme.dim()));
    }
    let first_project = lines.len();
    for (index, project) in found.projects.iter().enumerate() {
        let name = data.project_name(*project).map(text::for_terminal).unwrap_or_default();
        lines.push(row(
            format!(" #{project} {name}"),
            index == state.cursors[2],
            area.width,
            theme,
        ));
    }
    lines.push(Line::styled(
        format!(" {}", tr!("report-agreement-notes")),
        theme.label(),
    ));
    let notes = data.notes_of(found.id);
    if notes.is_empty() {
        lines.push(Line::styled(format!("  {}", tr!("report-none")), theme.dim()));
    }
    for note in notes {
        lines.push(Line::raw(format!(
            "  {} {}",
            format::date(&note.date),
            text::for_terminal(&note.text)
        )));
    }
    let selected = (!found.projects.is_empty()).then(|| first_project + state.cursors[2]);
    let last = selected.is_some_and(|_| state.cursors[2] + 1 == found.projects.len());
    let scroll = scroll_to(&lines, selected, last, area);
    frame.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: false }).scroll((scroll, 0)),
        area,
    );
}

/// How far the agreement's page scrolls: so that the linked project under the cursor is
/// on screen (at 60x15 it was below the edge, and Enter opened a project never seen),
/// and on the last one, as far as the updates under it go.
fn scroll_to(lines: &[Line<'_>], selected: Option<usize>, last: bool, area: Rect) -> u16 {
    let Some(selected) = selected else { return 0 };
    let rows = |lines: &[Line<'_>]| {
        Paragraph::new(lines.to_vec())
            .wrap(Wrap { trim: false })
            .line_count(area.width)
    };
    let height = usize::from(area.height);
    let cursor_row = rows(&lines[..=selected]).saturating_sub(1);
    let mut scroll = (cursor_row + 1).saturating_sub(height);
    if last {
        let total = rows(lines);
        scroll = scroll.max(total.saturating_sub(height).min(cursor_row));
    }
    u16::try_from(scroll).unwrap_or(u16::MAX)
}

/// The footer under the meetings screen: how many meetings, how many agreements overdue.
pub(super) fn footer(app: &App, state: &MeetingsState) -> String {
    let Some(data) = &state.data else {
        return String::new();
    };
    let overdue = data.agreements.iter().filter(|a| a.is_overdue(app.today)).count();
    format!(
        " {}",
        tr!(
            "tui-meetings-footer",
            meetings = data.meetings.len(),
            agreements = data.agreements.len(),
            overdue = overdue
        )
    )
}

/// The agreements linked to the project in the detail (none: nothing), overdue said in words.
pub(super) fn push_project_agreements(lines: &mut Vec<Line<'static>>, app: &App, theme: Theme) {
    let agreements = &app.detail.agreements;
    if agreements.is_empty() {
        return;
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        tr!("tui-detail-agreements", count = agreements.len()),
        theme.header(),
    ));
    for agreement in agreements {
        let due = agreement
            .due
            .as_ref()
            .map(|d| format!(" · {}", tr!("tui-meetings-due", date = format::date(d))))
            .unwrap_or_default();
        lines.push(Line::raw(format!(
            "#{} {}{due} · {}",
            agreement.id,
            status_words(agreement, app),
            text::for_terminal(&agreement.text)
        )));
    }
}
