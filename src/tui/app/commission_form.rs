//! The forms of the meetings screen (issue 24): a new meeting (date, place, kind,
//! number) and a new agreement of a meeting (text, due date, responsible side and body),
//! each value checked as it is typed, as the project form checks its fields.

use chrono::NaiveDate;
use tui_input::Input;

// A kind, a side and a status are filled in as the screen says them; each reads back.
use crate::domain::{Agreement, AgreementStatus, DomainError, EdtfDate, Meeting, MeetingKind, Side};
use crate::i18n::meetings as words;
use crate::store::{AgreementField, MeetingField, NewAgreement, NewMeeting};

/// One input of a meeting's or an agreement's form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    Date,
    Place,
    Kind,
    Number,
    Text,
    Due,
    Side,
    Responsible,
    /// An agreement's status (editing only).
    Status,
    /// The projects an agreement concerns: ids or fragments of names, by commas.
    Projects,
}

/// What a value typed in the form is not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SlotProblem {
    /// Required and empty.
    Empty(Slot),
    /// Not a date (or a due date the domain refused).
    Date(Slot, DomainError),
    Kind(String),
    Number(String),
    Side(String),
    Status(String),
}

impl SlotProblem {
    /// The input the problem is about.
    pub fn slot(&self) -> Slot {
        match self {
            Self::Empty(slot) | Self::Date(slot, _) => *slot,
            Self::Kind(_) => Slot::Kind,
            Self::Number(_) => Slot::Number,
            Self::Side(_) => Slot::Side,
            Self::Status(_) => Slot::Status,
        }
    }
}

/// What the form adds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormTarget {
    Meeting,
    /// An agreement of this meeting.
    Agreement {
        meeting: i64,
    },
    /// The fields of this meeting, as stored.
    EditMeeting {
        id: i64,
    },
    /// The fields of this agreement, as stored.
    EditAgreement {
        id: i64,
    },
}

/// A form of the meetings screen: its inputs in order, the focus, the problem shown.
#[derive(Debug, Clone)]
pub struct CommissionForm {
    pub target: FormTarget,
    pub inputs: Vec<(Slot, Input)>,
    pub focus: usize,
    pub problem: Option<SlotProblem>,
    /// What the form came with: closing it unchanged loses nothing.
    initial: String,
}

/// What a filled form makes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CommissionNew {
    Meeting(NewMeeting),
    /// A new agreement, and the projects it concerns as typed (found by the store).
    Agreement(NewAgreement, Vec<String>),
    /// The stored text of each field of a meeting (None: cleared).
    MeetingValues {
        id: i64,
        values: Vec<(MeetingField, Option<String>)>,
    },
    AgreementValues {
        id: i64,
        values: Vec<(AgreementField, Option<String>)>,
        /// Every project it is to concern, as typed: those not listed are unlinked.
        projects: Vec<String>,
    },
}

/// What an edit of a meeting or an agreement stored: it, as it is now, and the fields
/// that changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CommissionSet {
    Meeting(Meeting, Vec<MeetingField>),
    /// The agreement, the fields changed, the projects linked and unlinked (id, name).
    Agreement(Agreement, Vec<AgreementField>, Vec<(i64, String)>, Vec<(i64, String)>),
}

/// Linked projects as the form shows them: `#5, #6`.
fn linked(projects: &[i64]) -> String {
    projects.iter().map(|p| format!("#{p}")).collect::<Vec<_>>().join(", ")
}

/// A date as the language writes it when it reads back the same, else as stored (EDTF
/// is accepted as typed).
fn date_as_typed(date: &EdtfDate, today: NaiveDate) -> String {
    let words = crate::i18n::format::date(date);
    match EdtfDate::parse(&words, today) {
        Ok(read) if read == *date => words,
        _ => date.as_str().to_string(),
    }
}

impl CommissionForm {
    /// A new meeting: date, place, kind (a commission meeting unless changed), number.
    pub fn meeting() -> Self {
        let slots = [Slot::Date, Slot::Place, Slot::Kind, Slot::Number];
        let mut form = Self::with(FormTarget::Meeting, &slots);
        form.inputs[2].1 = Input::new(words::kind(MeetingKind::Commission));
        form.initial = form.joined();
        form
    }

    /// A meeting's date, place, kind and number as stored, to change.
    pub fn edit_meeting(meeting: &Meeting, today: NaiveDate) -> Self {
        let slots = [Slot::Date, Slot::Place, Slot::Kind, Slot::Number];
        let mut form = Self::with(FormTarget::EditMeeting { id: meeting.id }, &slots);
        let values = [
            date_as_typed(&meeting.date, today),
            meeting.place.clone(),
            words::kind(meeting.kind),
            meeting.number.map(|n| n.to_string()).unwrap_or_default(),
        ];
        form.fill(&values);
        form
    }

    /// An agreement's text, due date, side, responsible body and status, to change.
    pub fn edit_agreement(agreement: &Agreement, today: NaiveDate) -> Self {
        let slots = [
            Slot::Text,
            Slot::Due,
            Slot::Side,
            Slot::Responsible,
            Slot::Status,
            Slot::Projects,
        ];
        let mut form = Self::with(FormTarget::EditAgreement { id: agreement.id }, &slots);
        let values = [
            agreement.text.clone(),
            agreement
                .due
                .as_ref()
                .map(|d| date_as_typed(d, today))
                .unwrap_or_default(),
            agreement.side.map(words::side).unwrap_or_default(),
            agreement.responsible.clone().unwrap_or_default(),
            words::status(agreement.status),
            linked(&agreement.projects),
        ];
        form.fill(&values);
        form
    }

    fn fill(&mut self, values: &[String]) {
        for ((_, input), value) in self.inputs.iter_mut().zip(values) {
            *input = Input::new(value.clone());
        }
        self.initial = self.joined();
    }

    /// A new agreement of `meeting`: text, due date, side, responsible body.
    pub fn agreement(meeting: i64) -> Self {
        let slots = [Slot::Text, Slot::Due, Slot::Side, Slot::Responsible, Slot::Projects];
        Self::with(FormTarget::Agreement { meeting }, &slots)
    }

    fn with(target: FormTarget, slots: &[Slot]) -> Self {
        Self {
            target,
            inputs: slots.iter().map(|slot| (*slot, Input::default())).collect(),
            focus: 0,
            problem: None,
            initial: String::new(),
        }
    }

    fn joined(&self) -> String {
        let typed: Vec<&str> = self.inputs.iter().map(|(_, input)| input.value()).collect();
        typed.join("\u{1f}")
    }

    /// Everything typed beyond what the form came with, to tell whether closing would
    /// lose anything (empty: nothing).
    pub fn typed(&self) -> String {
        let joined = self.joined();
        if joined == self.initial { String::new() } else { joined }
    }

    pub fn focused(&mut self) -> &mut Input {
        let index = self.focus.min(self.inputs.len().saturating_sub(1));
        &mut self.inputs[index].1
    }

    pub fn is_last(&self) -> bool {
        self.focus + 1 >= self.inputs.len()
    }

    pub fn move_focus(&mut self, forward: bool) {
        let count = self.inputs.len().max(1);
        self.focus = if forward {
            (self.focus + 1) % count
        } else {
            (self.focus + count - 1) % count
        };
    }

    fn value(&self, slot: Slot) -> &str {
        self.inputs
            .iter()
            .find(|(s, _)| *s == slot)
            .map_or("", |(_, input)| input.value().trim())
    }

    /// Checks the focused input as typed (an empty required one only on saving).
    pub fn validate_focused(&mut self, today: NaiveDate) {
        let slot = self.inputs.get(self.focus).map(|(slot, _)| *slot);
        self.problem = slot.and_then(|slot| {
            let typed = self.value(slot);
            if typed.is_empty() {
                None
            } else {
                check(slot, typed, today).err()
            }
        });
    }

    /// Every input checked; the first problem moves the focus to its input.
    pub fn build(&mut self, today: NaiveDate) -> Result<CommissionNew, SlotProblem> {
        let result = self.read(today);
        if let Err(problem) = &result
            && let Some(index) = self.inputs.iter().position(|(slot, _)| *slot == problem.slot())
        {
            self.focus = index;
        }
        self.problem = result.as_ref().err().cloned();
        result
    }

    /// The projects typed, each reference on its own (`#6, angren`).
    fn references(&self) -> Vec<String> {
        self.value(Slot::Projects)
            .split(',')
            .map(str::trim)
            .filter(|r| !r.is_empty())
            .map(str::to_string)
            .collect()
    }

    fn read(&self, today: NaiveDate) -> Result<CommissionNew, SlotProblem> {
        for (slot, _) in &self.inputs {
            let typed = self.value(*slot);
            if typed.is_empty() && matches!(slot, Slot::Date | Slot::Place | Slot::Kind | Slot::Text | Slot::Status) {
                return Err(SlotProblem::Empty(*slot));
            }
            if !typed.is_empty() {
                check(*slot, typed, today)?;
            }
        }
        let text = |slot| Some(self.value(slot).to_string()).filter(|v| !v.is_empty());
        let date = |slot| {
            text(slot)
                .map(|typed| EdtfDate::parse(&typed, today).map_err(|e| SlotProblem::Date(slot, e)))
                .transpose()
        };
        Ok(match self.target {
            FormTarget::Meeting => CommissionNew::Meeting(NewMeeting {
                date: date(Slot::Date)?.ok_or(SlotProblem::Empty(Slot::Date))?,
                place: self.value(Slot::Place).to_string(),
                kind: MeetingKind::parse(self.value(Slot::Kind)).unwrap_or(MeetingKind::Commission),
                number: text(Slot::Number).and_then(|n| n.parse().ok()),
                co_chairs: None,
                title: None,
                held: false,
                source_id: None,
            }),
            FormTarget::Agreement { meeting } => CommissionNew::Agreement(
                NewAgreement {
                    meeting_id: meeting,
                    text: self.value(Slot::Text).to_string(),
                    side: text(Slot::Side).and_then(|s| Side::parse(&s)),
                    responsible: text(Slot::Responsible),
                    due: date(Slot::Due)?,
                    status: AgreementStatus::Open,
                    source_id: None,
                    projects: Vec::new(),
                },
                self.references(),
            ),
            FormTarget::EditMeeting { id } => CommissionNew::MeetingValues {
                id,
                values: vec![
                    (MeetingField::Date, date(Slot::Date)?.map(|d| d.as_str().to_string())),
                    (MeetingField::Place, text(Slot::Place)),
                    (
                        MeetingField::Kind,
                        MeetingKind::parse(self.value(Slot::Kind)).map(|k| k.code().to_string()),
                    ),
                    (MeetingField::Number, text(Slot::Number)),
                ],
            },
            FormTarget::EditAgreement { id } => CommissionNew::AgreementValues {
                id,
                values: vec![
                    (AgreementField::Text, text(Slot::Text)),
                    (AgreementField::Due, date(Slot::Due)?.map(|d| d.as_str().to_string())),
                    (
                        AgreementField::Side,
                        Side::parse(self.value(Slot::Side)).map(|s| s.code().to_string()),
                    ),
                    (AgreementField::Responsible, text(Slot::Responsible)),
                    (
                        AgreementField::Status,
                        AgreementStatus::parse(self.value(Slot::Status)).map(|s| s.code().to_string()),
                    ),
                ],
                projects: self.references(),
            },
        })
    }
}

/// One value as typed: a date as precise as known, a kind's or a side's code, a number
/// alone (`22`, not `22nd`).
fn check(slot: Slot, typed: &str, today: NaiveDate) -> Result<(), SlotProblem> {
    match slot {
        Slot::Date | Slot::Due => EdtfDate::parse(typed, today)
            .map(|_| ())
            .map_err(|e| SlotProblem::Date(slot, e)),
        Slot::Kind => MeetingKind::parse(typed)
            .map(|_| ())
            .ok_or_else(|| SlotProblem::Kind(typed.to_string())),
        Slot::Number => Some(typed)
            .filter(|n| n.chars().all(|c| c.is_ascii_digit()))
            .and_then(|n| n.parse::<i64>().ok())
            .filter(|n| *n > 0)
            .map(|_| ())
            .ok_or_else(|| SlotProblem::Number(typed.to_string())),
        Slot::Side => Side::parse(typed)
            .map(|_| ())
            .ok_or_else(|| SlotProblem::Side(typed.to_string())),
        Slot::Status => AgreementStatus::parse(typed)
            .map(|_| ())
            .ok_or_else(|| SlotProblem::Status(typed.to_string())),
        Slot::Place | Slot::Text | Slot::Responsible | Slot::Projects => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    fn typed(form: &mut CommissionForm, values: &[&str]) {
        for (index, value) in values.iter().enumerate() {
            form.inputs[index].1 = Input::new((*value).to_string());
        }
    }

    #[test]
    fn a_meeting_needs_a_date_and_a_place_and_a_plain_number() {
        let mut form = CommissionForm::meeting();
        assert_eq!(form.typed(), "", "the kind it came with is not typed");
        assert_eq!(form.build(today()), Err(SlotProblem::Empty(Slot::Date)));
        typed(&mut form, &["22.10.2025–23.10.2025", "Хива", "commission", "22nd"]);
        assert_eq!(form.build(today()), Err(SlotProblem::Number("22nd".into())));
        assert_eq!(form.focus, 3);
        typed(&mut form, &["22.10.2025–23.10.2025", "Хива", "commission", "22"]);
        let Ok(CommissionNew::Meeting(meeting)) = form.build(today()) else {
            panic!("a meeting");
        };
        assert_eq!(meeting.date.as_str(), "2025-10-22/2025-10-23");
        assert_eq!((meeting.place.as_str(), meeting.number), ("Хива", Some(22)));
    }

    #[test]
    fn an_agreement_needs_its_text_and_reads_its_due_date_and_side() {
        let mut form = CommissionForm::agreement(6);
        assert_eq!(form.build(today()), Err(SlotProblem::Empty(Slot::Text)));
        typed(&mut form, &["Report on the ICIC", "до конца 2026 года", "ru"]);
        assert_eq!(form.build(today()), Err(SlotProblem::Side("ru".into())));
        typed(&mut form, &["Report on the ICIC", "до конца 2026 года", "both"]);
        let Ok(CommissionNew::Agreement(agreement, _)) = form.build(today()) else {
            panic!("an agreement");
        };
        assert_eq!(agreement.meeting_id, 6);
        assert_eq!(
            agreement.due.map(|d| d.as_str().to_string()).as_deref(),
            Some("../2026")
        );
        assert_eq!(agreement.side, Some(Side::Both));
    }
}
