//! The detail of one project: every field with its source, the updates (newest first,
//! wrapped) and the change history.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::Theme;
use crate::domain::{Field, text};
use crate::report::detail::describe;
use crate::tui::app::App;

pub(super) fn draw(frame: &mut Frame<'_>, app: &App, area: Rect, theme: Theme) {
    let block = Block::new()
        .borders(Borders::LEFT | Borders::TOP)
        .border_style(theme.border())
        .title(" Detail ");
    let Some(project) = &app.detail.project else {
        frame.render_widget(
            Paragraph::new(Line::styled("no project selected", theme.dim())).block(block),
            area,
        );
        return;
    };
    let safe = |s: &str| text::for_terminal(s).into_owned();
    let mut lines = vec![Line::styled(
        format!("#{} {}", project.id, safe(&project.name)),
        theme.title(),
    )];
    for field in Field::ALL.into_iter().filter(|f| *f != Field::Name) {
        let value = match field {
            Field::Source => project
                .source_id
                .map(|id| match app.sources.iter().find(|s| s.id == id) {
                    Some(source) => format!("#{id} {} — {}", source.publisher, source.title),
                    None => format!("#{id}"),
                })
                .unwrap_or_default(),
            other => project.display(other),
        };
        let value = if value.is_empty() { "—".to_string() } else { value };
        push_text(
            &mut lines,
            Span::styled(format!("{}: ", field.label()), theme.label()),
            &value,
        );
    }
    lines.push(Line::styled(
        format!("version {} · updated {}", project.version, project.updated_at),
        theme.dim(),
    ));
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        format!("Updates ({})", app.detail.updates.len()),
        theme.header(),
    ));
    for update in &app.detail.updates {
        push_text(
            &mut lines,
            Span::styled(format!("{}  ", update.date), theme.label()),
            &update.text,
        );
        let source = update
            .source_id
            .map(|id| format!(" · source #{id}"))
            .unwrap_or_default();
        lines.push(Line::styled(
            format!("  {} · entered {}{source}", safe(&update.author), update.created_at),
            theme.dim(),
        ));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        format!("History ({})", app.detail.history_total),
        theme.header(),
    ));
    for change in &app.detail.history {
        lines.push(Line::from(vec![
            Span::styled(format!("{} {} ", change.changed_at, safe(&change.author)), theme.dim()),
            Span::raw(describe(change)),
        ]));
    }
    let older = app.detail.history_total.saturating_sub(app.detail.history.len());
    if older > 0 {
        lines.push(Line::styled(
            format!("… {older} older: ortaq history {}", project.id),
            theme.dim(),
        ));
    }
    let paragraph = Paragraph::new(lines).wrap(Wrap { trim: false });
    let inner = block.inner(area);
    // Scrolling stops at the last line rather than running into blank space.
    let last = paragraph
        .line_count(inner.width)
        .saturating_sub(usize::from(inner.height));
    let scroll = app.detail.scroll.min(u16::try_from(last).unwrap_or(u16::MAX));
    frame.render_widget(paragraph.block(block).scroll((scroll, 0)), area);
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
