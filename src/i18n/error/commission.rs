//! Errors about meetings and agreements (issue 24), in words.

use super::super::{Arg, Lang, message_in};
use super::quoted;
use crate::domain::text::for_terminal;
use crate::store::{CommissionProblem, Entity};

pub(super) fn render(lang: Lang, problem: &CommissionProblem) -> String {
    let say = |id: &str, args: &[(&str, Arg)]| message_in(lang, id, args);
    match problem {
        CommissionProblem::NoMeeting { reference } => {
            say("err-no-meeting", &[("reference", quoted(lang, reference).into())])
        }
        CommissionProblem::MeetingAmbiguous { reference, candidates } => {
            let shown: Vec<String> = candidates
                .iter()
                .map(|(id, date, place)| meeting_named(lang, *id, date, place))
                .collect();
            say(
                "err-meeting-ambiguous",
                &[
                    ("reference", quoted(lang, reference).into()),
                    ("count", candidates.len().into()),
                    ("candidates", shown.join(", ").into()),
                ],
            )
        }
        CommissionProblem::DuplicateMeeting { there } => say(
            "err-meeting-duplicate",
            &[
                (
                    "meeting",
                    meeting_named(lang, there.id, &there.date, &there.place).into(),
                ),
                ("id", there.id.to_string().into()),
            ],
        ),
        CommissionProblem::DueBeforeMeeting { due, meeting } => say(
            "err-agreement-due-before-meeting",
            &[
                ("due", super::super::format::date_in(lang, due).into()),
                (
                    "meeting",
                    meeting_named(lang, meeting.id, &meeting.date, &meeting.place).into(),
                ),
            ],
        ),
        CommissionProblem::MeetingAfterAgreementsDue { meeting, agreements } => {
            let shown: Vec<String> = agreements
                .iter()
                .map(|(id, text, due)| {
                    let due = due
                        .as_ref()
                        .map(|d| super::super::format::date_in(lang, d))
                        .unwrap_or_default();
                    message_in(
                        lang,
                        "err-meeting-after-due-agreement",
                        &[
                            ("id", id.to_string().into()),
                            ("text", quoted(lang, text).into()),
                            ("due", due.into()),
                        ],
                    )
                })
                .collect();
            say(
                "err-meeting-after-agreements-due",
                &[
                    ("date", super::super::format::date_in(lang, &meeting.date).into()),
                    ("count", agreements.len().into()),
                    ("agreements", shown.join("; ").into()),
                ],
            )
        }
        CommissionProblem::NoteBeforeMeeting { date, meeting } => say(
            "err-agreement-note-before-meeting",
            &[
                ("date", super::super::format::date_in(lang, date).into()),
                (
                    "meeting",
                    meeting_named(lang, meeting.id, &meeting.date, &meeting.place).into(),
                ),
            ],
        ),
        CommissionProblem::NoAgreement { id } => say("err-no-agreement", &[("id", id.to_string().into())]),
        CommissionProblem::ChangedSince { entity, id, field } => say(
            match entity {
                Entity::Meeting => "err-meeting-changed-since",
                Entity::Agreement => "err-agreement-changed-since",
            },
            &[("id", id.to_string().into()), ("field", field.as_str().into())],
        ),
        CommissionProblem::BuiltOnSince { entity, id, by } => say(
            match entity {
                Entity::Meeting => "err-meeting-built-on-since",
                Entity::Agreement => "err-agreement-built-on-since",
            },
            &[
                ("id", id.to_string().into()),
                ("by", for_terminal(by).into_owned().into()),
            ],
        ),
        CommissionProblem::HeldBeforeItsDate { date } => say(
            "err-meeting-held-before-its-date",
            &[("date", super::super::format::date_in(lang, date).into())],
        ),
        CommissionProblem::UnreadableEdit { edit } => {
            say("err-commission-unreadable-edit", &[("edit", edit.to_string().into())])
        }
    }
}

/// A meeting as a list of choices names it: `#3 early 2024, Khiva` (`#3 начало 2024, Хива`).
fn meeting_named(lang: Lang, id: i64, date: &crate::domain::EdtfDate, place: &str) -> String {
    format!(
        "#{id} {}, {}",
        super::super::format::date_in(lang, date),
        for_terminal(&super::super::place_label_in(lang, place))
    )
}
