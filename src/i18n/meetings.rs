//! The words of meetings and agreements (issue 24): kinds, sides, statuses and states,
//! in the language spoken.

use super::message;
use crate::domain::{AgreementStatus, MeetingKind, MeetingState, Side};
use crate::store::{CommissionReverted, Entity, Undone};

pub fn kind(kind: MeetingKind) -> String {
    message(
        match kind {
            MeetingKind::Commission => "meeting-kind-commission",
            MeetingKind::Forum => "meeting-kind-forum",
            MeetingKind::Talks => "meeting-kind-talks",
            MeetingKind::WorkingGroup => "meeting-kind-working-group",
        },
        &[],
    )
}

pub fn state(state: MeetingState) -> String {
    message(
        match state {
            MeetingState::Held => "meeting-state-held",
            MeetingState::Planned => "meeting-state-planned",
            MeetingState::NotRecordedAsHeld => "meeting-state-not-recorded",
        },
        &[],
    )
}

/// The machine code of a meeting's state, as CSV and JSON carry it.
pub fn state_code(state: MeetingState) -> &'static str {
    match state {
        MeetingState::Held => "held",
        MeetingState::Planned => "planned",
        MeetingState::NotRecordedAsHeld => "not_recorded_as_held",
    }
}

/// Agreement statuses as a list a refusal offers: each word with the code it stands
/// for (`открыто (open), выполняется (in_progress)`).
pub fn statuses_named(statuses: &[AgreementStatus]) -> String {
    statuses
        .iter()
        .map(|s| format!("{} ({})", status(*s), s.code()))
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn side(side: Side) -> String {
    message(
        match side {
            Side::Kz => "agreement-side-kz",
            Side::Uz => "agreement-side-uz",
            Side::Both => "agreement-side-both",
        },
        &[],
    )
}

pub fn status(status: AgreementStatus) -> String {
    message(
        match status {
            AgreementStatus::Open => "agreement-status-open",
            AgreementStatus::InProgress => "agreement-status-in-progress",
            AgreementStatus::Done => "agreement-status-done",
            AgreementStatus::Dropped => "agreement-status-dropped",
        },
        &[],
    )
}

/// An agreement's status, with "overdue" said in words (never by colour alone).
pub fn status_on(status: AgreementStatus, overdue: bool) -> String {
    if overdue {
        message("agreement-status-overdue", &[("status", self::status(status).into())])
    } else {
        self::status(status)
    }
}

/// What an undo or redo of a meeting's or an agreement's edit took back: `agreement #4 (2 changes)`.
pub fn commission_reverted(reverted: &CommissionReverted) -> String {
    let entity = match reverted.entity {
        Entity::Meeting => message("entity-meeting", &[]),
        Entity::Agreement => message("entity-agreement", &[]),
    };
    message(
        "commission-reverted",
        &[
            ("entity", entity.into()),
            ("id", reverted.entity_id.to_string().into()),
            ("count", reverted.rows.into()),
        ],
    )
}

/// What any undo or redo took back, in words; the project it touched, if one.
pub fn undone(undone: &Undone) -> (Option<i64>, String) {
    match undone {
        Undone::Project(reverted) => (Some(reverted.project_id), super::error::reverted(reverted)),
        Undone::Commission(reverted) => (None, commission_reverted(reverted)),
        Undone::Figure(reverted) => (None, figure_reverted(reverted)),
    }
}

/// What an undo or redo of a reported figure's edit did, figure by figure.
pub fn figure_reverted(reverted: &crate::store::FigureReverted) -> String {
    reverted
        .figures
        .iter()
        .map(|(figure, live)| {
            let id = if *live {
                "figure-undone-restored"
            } else {
                "figure-undone-removed"
            };
            message(id, &[("figure", super::figure_line(figure).into())])
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// A meeting's field inside a sentence (`held` in English, as `meeting set` takes it;
/// «состоялось» in Russian).
pub fn meeting_field(field: crate::store::MeetingField) -> String {
    super::message(&format!("meeting-field-{}", field.name().replace('_', "-")), &[])
}

/// An agreement's field inside a sentence (`due`; «срок»).
pub fn agreement_field(field: crate::store::AgreementField) -> String {
    super::message(&format!("agreement-field-{}", field.name().replace('_', "-")), &[])
}

/// Whether a meeting is recorded as held, in words.
pub fn held(held: bool) -> String {
    super::message(if held { "meeting-held-yes" } else { "meeting-held-no" }, &[])
}

/// A changed field of a meeting and its value as stored, in the language spoken
/// (`number = 22`; «номер = 22»); an empty one is said `—`.
pub fn meeting_field_said(field: crate::store::MeetingField, meeting: &crate::domain::Meeting) -> String {
    use crate::store::MeetingField;
    let value = match field {
        MeetingField::Date => super::format::date(&meeting.date),
        MeetingField::Place => super::meeting_place(&meeting.place),
        MeetingField::Kind => kind(meeting.kind),
        MeetingField::Number => meeting.number.map(|n| n.to_string()).unwrap_or_default(),
        MeetingField::CoChairs => meeting.co_chairs.clone().unwrap_or_default(),
        MeetingField::Title => meeting.title.clone().unwrap_or_default(),
        MeetingField::Held => held(meeting.held),
        MeetingField::Source => meeting.source_id.map(|s| format!("#{s}")).unwrap_or_default(),
    };
    said(meeting_field(field), value)
}

/// A changed field of an agreement and the value it now holds (`status = done`).
pub fn agreement_field_said(field: crate::store::AgreementField, agreement: &crate::domain::Agreement) -> String {
    use crate::store::AgreementField;
    let value = match field {
        AgreementField::Status => status(agreement.status),
        AgreementField::Side => agreement.side.map(side).unwrap_or_default(),
        AgreementField::Due => agreement.due.as_ref().map(super::format::date).unwrap_or_default(),
        AgreementField::Responsible => agreement.responsible.clone().unwrap_or_default(),
        AgreementField::Meeting => format!("#{}", agreement.meeting_id),
        AgreementField::Text => agreement.text.clone(),
        AgreementField::Source => agreement.source_id.map(|s| format!("#{s}")).unwrap_or_default(),
    };
    said(agreement_field(field), value)
}

fn said(field: String, value: String) -> String {
    let value = if value.is_empty() { "—".to_string() } else { value };
    format!("{field} = {}", crate::domain::text::for_terminal(&value))
}
