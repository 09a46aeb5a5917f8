//! The meetings screen's forms (issue 24): a new meeting, a new agreement, drawn as the
//! project form is, with the problem of the input under them.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Span;
use ratatui::widgets::{Block, Borders, Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::form::{draw_input, lines_needed, wrapped};
use super::{Theme, centered};
use crate::tr;
use crate::tui::app::{CommissionForm, FormTarget, Slot, SlotProblem};

/// An input's label, with the codes it takes where it takes codes.
fn label(slot: Slot) -> String {
    let id = match slot {
        Slot::Date => "tui-commission-date",
        Slot::Place => "tui-commission-place",
        Slot::Kind => "tui-commission-kind",
        Slot::Number => "tui-commission-number",
        Slot::Text => "tui-commission-text",
        Slot::Due => "tui-commission-due",
        Slot::Side => "tui-commission-side",
        Slot::Responsible => "tui-commission-responsible",
        Slot::Status => "tui-commission-status",
        Slot::Projects => "tui-commission-projects",
    };
    crate::i18n::message(id, &[])
}

/// What an input takes, where it is not obvious: codes, a number alone, a date's forms.
fn hint(slot: Slot) -> Option<String> {
    let id = match slot {
        Slot::Kind => "tui-commission-hint-kind",
        Slot::Side => "tui-commission-hint-side",
        Slot::Status => "tui-commission-hint-status",
        Slot::Number => "tui-commission-hint-number",
        Slot::Date | Slot::Due => "tui-form-date-hint",
        Slot::Projects => "tui-commission-hint-projects",
        Slot::Place | Slot::Text | Slot::Responsible => return None,
    };
    Some(crate::i18n::message(id, &[]))
}

/// A problem of the form in words: what was typed, and what is accepted, as the command
/// line says it (quoted as the language quotes, statuses by their words).
pub(super) fn problem_text(problem: &SlotProblem) -> String {
    use crate::domain::AgreementStatus;
    use crate::i18n::meetings::statuses_named;
    let given = |typed: &str| {
        let quoted = crate::i18n::error::quoted(crate::i18n::language(), typed);
        crate::domain::text::for_terminal(&quoted).into_owned()
    };
    match problem {
        SlotProblem::Empty(slot) => tr!("tui-commission-empty", field = label(*slot)),
        SlotProblem::Date(slot, error) => format!("{}: {}", label(*slot), crate::i18n::error::domain_error(error)),
        SlotProblem::Kind(typed) => tr!("tui-commission-bad-kind", given = given(typed)),
        SlotProblem::Number(typed) => tr!("cli-bad-number", given = given(typed)),
        SlotProblem::Side(typed) => tr!("cli-bad-side", given = given(typed)),
        // A word that reads as several statuses ("действующее") is asked, as the command line asks.
        SlotProblem::Status(typed) => match AgreementStatus::readings(typed).as_slice() {
            several @ [_, _, ..] => tr!(
                "cli-ambiguous-agreement-status",
                given = given(typed),
                statuses = statuses_named(several)
            ),
            _ => tr!(
                "cli-bad-agreement-status",
                given = given(typed),
                statuses = statuses_named(&AgreementStatus::ALL)
            ),
        },
    }
}

/// The form over the screen, its status line left uncovered for hints and messages.
pub(super) fn draw(frame: &mut Frame<'_>, form: &CommissionForm, area: Rect, theme: Theme) {
    let area = Rect {
        height: area.height.saturating_sub(1),
        ..area
    };
    // Under the inputs: the problem with what was typed, or what the focused input takes.
    let problem = form
        .problem
        .as_ref()
        .map(|p| wrapped(&problem_text(p), theme))
        .or_else(|| {
            let slot = form.inputs.get(form.focus).map(|(slot, _)| *slot)?;
            hint(slot).map(|hint| {
                Paragraph::new(hint)
                    .style(theme.dim())
                    .wrap(ratatui::widgets::Wrap { trim: true })
            })
        });
    let inner_width = area.width.min(76).saturating_sub(2);
    let problem_height = problem.as_ref().map_or(0, |p| lines_needed(p, inner_width));
    let rows = u16::try_from(form.inputs.len()).unwrap_or(u16::MAX);
    let popup = centered(area, 76, rows + problem_height + 2);
    let title = match form.target {
        FormTarget::Meeting => tr!("tui-commission-add-meeting"),
        FormTarget::Agreement { meeting } => tr!("tui-commission-add-agreement", meeting = meeting.to_string()),
        FormTarget::EditMeeting { id } => tr!("tui-commission-edit-meeting", id = id.to_string()),
        FormTarget::EditAgreement { id } => tr!("tui-commission-edit-agreement", id = id.to_string()),
    };
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.border())
        .title(format!(" {title} "));
    let inner = block.inner(popup);
    frame.render_widget(Clear, popup);
    frame.render_widget(block, popup);
    let [inputs_area, problem_area] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(problem_height)]).areas(inner);
    let labels: Vec<String> = form.inputs.iter().map(|(slot, _)| label(*slot)).collect();
    let widest = labels.iter().map(|l| l.width()).max().unwrap_or(8);
    let label_width = u16::try_from(widest + 3).unwrap_or(20).min(inner.width / 2);
    let lines = Layout::vertical(form.inputs.iter().map(|_| Constraint::Length(1))).split(inputs_area);
    for (index, ((slot, input), row)) in form.inputs.iter().zip(lines.iter()).enumerate() {
        let focused = index == form.focus;
        let wrong = form.problem.as_ref().is_some_and(|p| p.slot() == *slot);
        let (mark, style) = match (wrong, focused) {
            (true, _) => ("✗ ", theme.error()),
            (false, true) => ("› ", theme.header()),
            (false, false) => ("  ", theme.label()),
        };
        let [left, right] = Layout::horizontal([Constraint::Length(label_width), Constraint::Fill(1)]).areas(*row);
        frame.render_widget(
            Paragraph::new(Span::styled(format!("{mark}{}", labels[index]), style)),
            left,
        );
        draw_input(frame, input, right, focused, theme);
    }
    if let Some(problem) = problem {
        frame.render_widget(problem, problem_area);
    }
}
