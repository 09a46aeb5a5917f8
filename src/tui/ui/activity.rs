//! The activity screen: what was entered lately, newest first, two lines an entry
//! (when, who, which project; then what happened), and a figure's stored value as
//! the interface writes it (shared with the detail's past values).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{Theme, fit};
use crate::domain::{EdtfDate, Field, Status, text};
use crate::i18n::format;
use crate::store::{Activity, ActivityKind, Totals};
use crate::tr;
use crate::tui::action::Action;
use crate::tui::app::{ACTIVITY_HEADING, ActivityState, App};
use crate::tui::keymap::{self, Context};
use crate::tui::words;

pub(super) fn draw(frame: &mut Frame<'_>, app: &App, state: &ActivityState, area: Rect, theme: Theme) {
    let first_day = format::date(&EdtfDate::from_naive(state.window.first_day(app.today)));
    let mut lines = Vec::new();
    let heading = match &state.entries {
        Some(entries) => tr!(
            "tui-activity-heading",
            days = state.window.days(),
            since = first_day,
            entries = tr!("tui-activity-entries", count = entries.len())
        ),
        None => tr!("tui-activity-reading", days = state.window.days(), since = first_day),
    };
    lines.push(Line::styled(fit(&format!(" {heading}"), area.width), theme.header()));
    if let Some((then, now)) = &state.totals {
        lines.push(Line::styled(
            fit(&format!(" {}", then_and_now(then, now)), area.width),
            theme.label(),
        ));
    }
    if state.entries.as_ref().is_some_and(Vec::is_empty) {
        let window_key = keymap::key_for(Context::Activity, Action::CycleWindow).unwrap_or_default();
        lines.push(Line::styled(
            fit(&format!(" {}", tr!("tui-activity-none", key = window_key)), area.width),
            theme.dim(),
        ));
    }
    if lines.len() < usize::from(ACTIVITY_HEADING) {
        lines.push(Line::raw(""));
    }
    let page = usize::from(area.height.saturating_sub(ACTIVITY_HEADING) / 2);
    for (index, entry) in state.entries().iter().enumerate().skip(state.offset).take(page) {
        let selected = index == state.cursor;
        lines.extend(entry_lines(entry, area.width, selected, theme));
    }
    frame.render_widget(Paragraph::new(lines), area);
}

/// The portfolio then -> now: `9 → 10 projects · $3.1B → $3.4B · jobs planned 1,200 → 1,500`.
fn then_and_now(then: &Totals, now: &Totals) -> String {
    let sum = |totals: &Totals, pick: fn(&Totals) -> (i64, i64), show: fn(i64) -> String| {
        let (sum, unknown) = pick(totals);
        super::known_sum(sum, unknown, totals.projects, show)
    };
    let investment = |t: &Totals| (t.investment, t.investment_unknown);
    let planned = |t: &Totals| (t.jobs_planned, t.jobs_planned_unknown);
    let created = |t: &Totals| (t.jobs_created, t.jobs_created_unknown);
    tr!(
        "tui-activity-then-now",
        projects_then = format::count(then.projects),
        projects_now = tr!("count-projects", count = now.projects),
        investment_then = sum(then, investment, format::money_compact),
        investment_now = sum(now, investment, format::money_compact),
        planned_then = sum(then, planned, format::short_count),
        planned_now = sum(now, planned, format::short_count),
        created_then = sum(then, created, format::short_count),
        created_now = sum(now, created, format::short_count)
    )
}

/// An entry's two lines, cut to the width: when, who and which project; what happened.
fn entry_lines(entry: &Activity, width: u16, selected: bool, theme: Theme) -> [Line<'static>; 2] {
    let who = format!(
        " {}  {}  ",
        format::timestamp(&entry.at),
        text::for_terminal(&entry.author)
    );
    let project = format!(
        "#{} {}",
        entry.project.id,
        text::for_terminal(crate::i18n::project_ref_name(&entry.project))
    );
    let what = format!("   {}", describe(&entry.kind));
    let room = usize::from(width);
    let first = text::truncate_to_width(&format!("{who}{project}"), room);
    let split = who.len().min(first.len());
    let (who_part, project_part) = first.split_at(if first.is_char_boundary(split) { split } else { 0 });
    let mut first_line = Line::from(vec![
        Span::styled(who_part.to_string(), theme.dim()),
        Span::styled(project_part.to_string(), theme.label()),
    ]);
    let mut second_line = Line::raw(fit(&what, width));
    if selected {
        first_line = first_line.style(theme.selected_row());
        second_line = second_line.style(theme.selected_row());
    }
    [first_line, second_line]
}

/// What an entry says happened, in the language spoken; stored text made safe.
fn describe(kind: &ActivityKind) -> String {
    match kind {
        ActivityKind::Created => tr!("tui-activity-created"),
        ActivityKind::Deleted => tr!("tui-activity-deleted"),
        ActivityKind::Restored => tr!("tui-activity-restored"),
        ActivityKind::Changed { field, from, to } => {
            let name = Field::parse(field).map_or_else(|_| text::for_terminal(field).into_owned(), words::field_word);
            let from = stored_value(field, from.as_deref());
            let to = stored_value(field, to.as_deref());
            format!("{name}: {from} → {to}")
        }
        ActivityKind::Note { date, text: note } => {
            let date = format::stored_date(date);
            let first_line = note.lines().next().unwrap_or_default();
            tr!("tui-activity-note", date = date, text = text::for_terminal(first_line))
        }
    }
}

/// A stored value of a status or a figure as the interface writes it: `$3.1B`,
/// `14,600`, `construction`; `—` when unknown. Anything else is shown made safe.
pub(super) fn stored_value(field: &str, value: Option<&str>) -> String {
    let Some(value) = value else {
        return crate::report::UNKNOWN.to_string();
    };
    let number = value.parse::<i64>().ok();
    match (field, number) {
        ("investment", Some(dollars)) => format::money_compact(dollars),
        ("jobs_planned" | "jobs_created", Some(count)) => format::count(count),
        ("status", _) => {
            Status::parse(value).map_or_else(|_| text::for_terminal(value).into_owned(), crate::i18n::status_label)
        }
        ("sector", _) => text::for_terminal(&crate::i18n::sector_label(value)).into_owned(),
        _ => text::for_terminal(value).into_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::stored_value;
    use crate::i18n::{Lang, set_language};

    /// The activity showed a sector change as its codes (`textiles → automotive`) on a
    /// Russian screen; it names them as the table does.
    #[test]
    fn a_sector_change_is_named_by_its_labels() {
        set_language(Lang::Ru);
        let shown = (
            stored_value("sector", Some("textiles")),
            stored_value("sector", Some("виноделие")),
        );
        set_language(Lang::En);
        assert_eq!(shown, ("текстиль".to_string(), "виноделие".to_string()));
    }
}
