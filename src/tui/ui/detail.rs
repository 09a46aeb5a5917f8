//! The detail of one project: every field with its source, the updates (newest first,
//! wrapped) and the change history.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::Theme;
use crate::domain::{Field, text};
use crate::i18n::format;
use crate::tr;
use crate::tui::app::App;
use crate::tui::words;

pub(super) fn draw(frame: &mut Frame<'_>, app: &App, area: Rect, theme: Theme) {
    let block = Block::new()
        .borders(Borders::LEFT | Borders::TOP)
        .border_style(theme.border())
        .title(format!(" {} ", tr!("tui-detail-title")));
    let Some(project) = &app.detail.project else {
        frame.render_widget(
            Paragraph::new(Line::styled(tr!("tui-detail-none"), theme.dim())).block(block),
            area,
        );
        return;
    };
    let mut lines = vec![Line::styled(
        format!("#{} {}", project.id, safe(super::table::shown_name(project))),
        theme.title(),
    )];
    // The title shows the name in the language spoken; whichever it is not, the other
    // name is listed below, so neither is ever hidden.
    let title_is_russian = super::table::shown_name(project) != project.name;
    let hidden = if title_is_russian { Field::NameRu } else { Field::Name };
    // A figure's own source stands beside the figure rather than on a line of its own.
    for field in Field::ALL.into_iter().filter(|f| *f != hidden && f.figure().is_none()) {
        let value = crate::tui::words::field_value(&app.sources, project, field);
        let value = if value.is_empty() {
            crate::report::UNKNOWN.to_string()
        } else {
            value
        };
        let beside = crate::report::detail::figure_source_label(project, field, &app.sources);
        let value = if beside.is_empty() {
            value
        } else {
            format!("{value}   {beside}")
        };
        push_text(
            &mut lines,
            Span::styled(format!("{}: ", words::field_label(field)), theme.label()),
            &value,
        );
        push_past_values(&mut lines, app, field, theme);
    }
    lines.push(Line::styled(
        tr!(
            "tui-detail-version",
            version = project.version.to_string(),
            at = format::timestamp(&project.updated_at)
        ),
        theme.dim(),
    ));
    push_updates(&mut lines, app, theme);
    super::meetings::push_project_agreements(&mut lines, app, theme);
    push_history(&mut lines, app, project.id, theme);
    let paragraph = Paragraph::new(lines).wrap(Wrap { trim: false });
    let inner = block.inner(area);
    // Scrolling stops at the last line rather than running into blank space.
    let last = paragraph
        .line_count(inner.width)
        .saturating_sub(usize::from(inner.height));
    let last = u16::try_from(last).unwrap_or(u16::MAX);
    app.detail.scroll_limit.set((last, inner.height));
    let scroll = app.detail.scroll.min(last);
    frame.render_widget(paragraph.block(block).scroll((scroll, 0)), area);
}

/// Under a figure that has changed, its values and the days they were entered, so a
/// change is one look: `  ↳ $2.6B (2024-07-12) → $3.1B (2024-10-02)`.
fn push_past_values(lines: &mut Vec<Line<'static>>, app: &App, field: Field, theme: Theme) {
    let Some((_, values)) = app.detail.figures.iter().find(|(f, _)| *f == field) else {
        return;
    };
    if values.len() < 2 {
        return;
    }
    let steps: Vec<String> = values
        .iter()
        .map(|past| {
            let value = super::activity::stored_value(field.name(), past.value.as_deref());
            format!("{value} ({})", entry_day(&past.at))
        })
        .collect();
    let numbers: Vec<Option<i64>> = values
        .iter()
        .map(|past| past.value.as_deref().and_then(|v| v.parse().ok()))
        .collect();
    let spark = super::sparkline::sparkline(&numbers, theme.ascii);
    let spark = if spark.is_empty() {
        String::new()
    } else {
        format!("{spark} ")
    };
    lines.push(Line::styled(format!("  ↳ {spark}{}", steps.join(" → ")), theme.dim()));
}

/// The day a stored UTC time falls on, as the language writes dates.
fn entry_day(stored: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(stored).map_or_else(
        |_| safe(stored),
        |time| format::date(&crate::domain::EdtfDate::from_naive(time.date_naive())),
    )
}

/// The project's updates, newest first.
fn push_updates(lines: &mut Vec<Line<'static>>, app: &App, theme: Theme) {
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        tr!("tui-detail-updates", count = app.detail.updates.len()),
        theme.header(),
    ));
    for update in &app.detail.updates {
        let date = format::stored_date(&update.date);
        push_text(lines, Span::styled(format!("{date}  "), theme.label()), &update.text);
        let entered = format::timestamp(&update.created_at);
        let line = match update.source_id {
            Some(id) => tr!(
                "tui-detail-entered-source",
                author = safe(&update.author),
                at = entered,
                source = id.to_string()
            ),
            None => tr!("tui-detail-entered", author = safe(&update.author), at = entered),
        };
        lines.push(Line::styled(format!("  {line}"), theme.dim()));
    }
}

/// The newest entries of the project's history, and how to see the rest.
fn push_history(lines: &mut Vec<Line<'static>>, app: &App, id: i64, theme: Theme) {
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        tr!("tui-detail-history", count = app.detail.history_total),
        theme.header(),
    ));
    for change in &app.detail.history {
        lines.push(Line::from(vec![
            Span::styled(
                format!("{} {} ", format::timestamp(&change.changed_at), safe(&change.author)),
                theme.dim(),
            ),
            Span::raw(words::change(change, usize::MAX)),
        ]));
    }
    let older = app.detail.history_total.saturating_sub(app.detail.history.len());
    if older > 0 {
        lines.push(Line::styled(
            tr!("tui-detail-older", count = older, id = id.to_string()),
            theme.dim(),
        ));
    }
}

fn safe(value: &str) -> String {
    text::for_terminal(value).into_owned()
}

/// Adds stored text after a label, one screen line per line of the text (a line break
/// must never reach the terminal inside a span).
fn push_text(lines: &mut Vec<Line<'static>>, label: Span<'static>, stored: &str) {
    let shown = text::for_terminal_multiline(stored);
    let mut parts = shown.split('\n');
    let first = parts.next().unwrap_or_default().to_string();
    lines.push(Line::from(vec![label, Span::raw(first)]));
    for part in parts {
        lines.push(Line::raw(format!("  {part}")));
    }
}
