//! What the status line says, held as data: each notice keeps its facts (ids, fields,
//! the typed error, a conflict's changes) and becomes words only when drawn, in the
//! language spoken then, so the language can change without touching the state.

use std::sync::Arc;

use crate::domain::{DomainError, Field, Project, text};
use crate::i18n;
use crate::store::{Change, SortKey, Source, StoreError};
use crate::tr;
use crate::tui::words;

/// A message for the status line.
#[derive(Debug, Clone)]
pub enum Notice {
    /// A write waits for another user's save.
    Waiting,
    /// A key for the input being saved was not typed while the save waits.
    NotTyped,
    NotPasted,
    StillBusy,
    /// A waiting save was cancelled; `retry`: the input is still open.
    SaveCancelled {
        retry: bool,
    },
    WaitingBeforeQuit,
    AlreadyWaiting,
    NoChange,
    /// What was stored, as the person reads it: the project by name, each field with
    /// its value as stored (empty: cleared), and the source attached to the figures.
    /// Held as data (the project saved and the sources it names), so that it is said in
    /// the language of the moment.
    Saved {
        project: Box<crate::domain::Project>,
        fields: Vec<Field>,
        /// The source attached to the figures saved, if any were: `Some(None)` for none.
        source: Option<Option<i64>>,
        sources: Vec<crate::store::Source>,
    },
    Added {
        id: i64,
        name: String,
        /// The source attached (to the project and the figures typed with it), named.
        source: Option<String>,
    },
    /// An update on a project, as stored: its date as read, its source by name, the
    /// project by name (as `ortaq note` says it).
    UpdateAdded {
        id: i64,
        name: String,
        date: crate::domain::EdtfDate,
        source: Option<String>,
    },
    /// Fields of a meeting or an agreement changed, with their values as stored.
    CommissionSet(Box<super::CommissionSet>),
    /// An update on an agreement's progress, as stored.
    AgreementNoted {
        agreement: i64,
        note: crate::store::AgreementNote,
    },
    /// A meeting or an agreement added on the meetings screen, as stored.
    CommissionAdded {
        meeting: Box<crate::domain::Meeting>,
        agreement: Option<Box<crate::domain::Agreement>>,
        /// Where the meeting stands on the app's today.
        state: crate::domain::MeetingState,
        /// The projects the agreement concerns (id, name).
        linked: Vec<(i64, String)>,
    },
    Deleted {
        id: i64,
        name: String,
    },
    /// An undo (`redo` false) or redo, with the store's account of it.
    Reverted {
        redo: bool,
        summary: String,
    },
    /// The user's last change was stepped past (undo could not take it back).
    Skipped {
        change: String,
    },
    /// The offer to step past a change undo is stuck on was declined.
    NothingSkipped,
    /// The store refused or failed.
    Store(Arc<StoreError>),
    /// The edited project left the list; what became of it is being looked up.
    LeftTheList {
        id: i64,
        field: Field,
    },
    /// The edited project was deleted (by `by`, when known) while edited.
    GoneDeleted {
        id: i64,
        name: String,
        by: Option<String>,
        field: Field,
        typed: String,
    },
    /// Enter after an edit closed for a project that left the list: the row under the
    /// cursor is another project's, so the key only says so; the next Enter edits it.
    /// Opening created a new database (a mistyped --db creates one too).
    DatabaseCreated {
        path: String,
    },
    /// Esc on a filled form: asks before what was typed is thrown away.
    DiscardAsk,
    EditElsewhere {
        gone: i64,
        id: i64,
        name: String,
    },
    /// The edited project was changed out of the search or filters while edited.
    GoneChanged {
        id: i64,
        name: String,
        field: Field,
        typed: String,
    },
    /// Someone else changed the project since the edit began.
    Conflict(ConflictNote),
    ReadOnly,
    NoProjectToEdit,
    NoProjectForUpdate,
    /// The source picker was asked for away from a figure.
    NotAFigure,
    /// A figure was saved and its old source cleared; `key` attaches one.
    SourceCleared {
        /// What was stored, as `Saved` says it.
        saved: Box<Notice>,
        key: String,
    },
    ShowingEvery,
    Sorted {
        key: SortKey,
        descending: bool,
    },
    /// What is wrong with typed input.
    InputProblem(InputProblem),
    EditCancelled,
    NothingAdded,
    NothingDeleted,
    /// The projects of a summary group are shown.
    GroupShown {
        count: i64,
    },
}

/// Who changed a project after an edit began, what they changed, and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConflictNote {
    pub author: String,
    pub at: String,
    pub changes: Vec<Change>,
}

/// What is wrong with a typed value (named apart from `domain::Problem`, one of its causes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputProblem {
    /// The domain refused the value.
    Value(DomainError),
    /// The date of an update is not a date.
    Date(DomainError),
    NoSuchSource(i64),
    NoSourceMatches(String),
    SourceAmbiguous {
        wanted: String,
        ids: Vec<i64>,
    },
}

impl InputProblem {
    pub fn text(&self) -> String {
        match self {
            InputProblem::Value(error) => i18n::error::domain_error(error),
            InputProblem::Date(error) => tr!("tui-problem-date", problem = i18n::error::domain_error(error)),
            InputProblem::NoSuchSource(id) => tr!("tui-problem-no-such-source", id = id.to_string()),
            InputProblem::NoSourceMatches(wanted) => tr!("tui-problem-no-source-matches", wanted = safe(wanted)),
            InputProblem::SourceAmbiguous { wanted, ids } => tr!(
                "tui-problem-source-ambiguous",
                wanted = safe(wanted),
                count = ids.len(),
                ids = ids.iter().map(|id| format!("#{id}")).collect::<Vec<_>>().join(", ")
            ),
        }
    }
}

impl ConflictNote {
    pub fn text(&self) -> String {
        tr!(
            "tui-conflict",
            author = safe(&self.author),
            changes = words::changes(&self.changes),
            at = i18n::format::timestamp(&self.at)
        )
    }
}

impl Notice {
    /// The notice in words, in the language spoken now.
    pub fn text(&self) -> String {
        match self {
            Notice::Waiting => tr!("tui-waiting"),
            Notice::NotTyped => tr!("tui-not-typed", waiting = tr!("tui-waiting")),
            Notice::NotPasted => tr!("tui-not-pasted", waiting = tr!("tui-waiting")),
            Notice::StillBusy => tr!("tui-still-busy"),
            Notice::SaveCancelled { retry: true } => tr!("tui-save-cancelled-retry"),
            Notice::SaveCancelled { retry: false } => tr!("tui-save-cancelled"),
            Notice::WaitingBeforeQuit => tr!("tui-waiting-before-quit"),
            Notice::AlreadyWaiting => tr!("tui-already-waiting"),
            Notice::NoChange => tr!("tui-no-change"),
            Notice::Saved {
                project,
                fields,
                source,
                sources,
            } => saved_text(project, fields, *source, sources),
            Notice::Added { id, name, source: None } => tr!("tui-added", id = id.to_string(), name = safe(name)),
            Notice::Added {
                id,
                name,
                source: Some(source),
            } => tr!(
                "tui-added-with-source",
                id = id.to_string(),
                name = safe(name),
                source = safe(source)
            ),
            Notice::UpdateAdded { id, name, date, source } => tr!(
                "cli-noted",
                date = i18n::format::date(date),
                id = id.to_string(),
                name = safe(name),
                source = source.as_deref().map_or_else(|| words::label("tui-no-source"), safe)
            ),
            Notice::CommissionSet(set) => commission_set(set),
            Notice::AgreementNoted { agreement, note } => tr!(
                "cli-agreement-noted",
                id = agreement.to_string(),
                date = i18n::format::date(&note.date),
                text = safe(&note.text)
            ),
            Notice::CommissionAdded {
                meeting,
                agreement,
                state,
                linked,
            } => {
                let added = commission_added(meeting, agreement.as_deref(), *state);
                match agreement {
                    Some(agreement) => with_links(added, agreement.id, linked, &[]),
                    None => added,
                }
            }
            Notice::Deleted { id, name } => tr!("tui-deleted", id = id.to_string(), name = safe(name)),
            Notice::Reverted { redo: false, summary } => tr!("tui-undone", summary = safe(summary)),
            Notice::Reverted { redo: true, summary } => tr!("tui-redone", summary = safe(summary)),
            Notice::Skipped { change } => tr!("tui-skipped", change = safe(change)),
            Notice::NothingSkipped => tr!("tui-nothing-skipped"),
            Notice::Store(error) => i18n::error::store_error(error),
            Notice::LeftTheList { id, field } => {
                tr!(
                    "tui-left-the-list",
                    id = id.to_string(),
                    field = words::field_word(*field)
                )
            }
            Notice::GoneDeleted { .. } | Notice::GoneChanged { .. } => self.gone_text(),
            Notice::Conflict(note) => note.text(),
            Notice::DiscardAsk => tr!("tui-discard-ask"),
            Notice::DatabaseCreated { path } => tr!("tui-database-created", path = safe(path)),
            Notice::EditElsewhere { gone, id, name } => tr!(
                "tui-edit-elsewhere",
                gone = gone.to_string(),
                id = id.to_string(),
                name = safe(name)
            ),
            Notice::ReadOnly => tr!("tui-read-only-refused"),
            Notice::NoProjectToEdit => tr!("tui-no-project-to-edit"),
            Notice::NoProjectForUpdate => tr!("tui-no-project-for-update"),
            Notice::NotAFigure => tr!("tui-not-a-figure"),
            Notice::SourceCleared { saved, key } => {
                tr!("tui-source-cleared", saved = saved.text(), key = key.clone())
            }
            Notice::ShowingEvery => tr!("tui-showing-every"),
            Notice::Sorted { key, descending: true } => tr!("tui-sorted-descending", key = words::sort_label(*key)),
            Notice::Sorted { key, descending: false } => tr!("tui-sorted-ascending", key = words::sort_label(*key)),
            Notice::InputProblem(problem) => problem.text(),
            Notice::EditCancelled => tr!("tui-edit-cancelled"),
            Notice::NothingAdded => tr!("tui-nothing-added"),
            Notice::NothingDeleted => tr!("tui-nothing-deleted"),
            Notice::GroupShown { count } => tr!("tui-group-shown", count = *count),
        }
    }

    fn gone_text(&self) -> String {
        match self {
            Notice::GoneDeleted {
                id,
                name,
                by: Some(by),
                field,
                typed,
            } => tr!(
                "tui-gone-deleted-by",
                id = id.to_string(),
                name = safe(name),
                by = safe(by),
                field = words::field_word(*field),
                typed = safe(typed)
            ),
            Notice::GoneDeleted {
                id, name, field, typed, ..
            } => tr!(
                "tui-gone-deleted",
                id = id.to_string(),
                name = safe(name),
                field = words::field_word(*field),
                typed = safe(typed)
            ),
            Notice::GoneChanged { id, name, field, typed } => tr!(
                "tui-gone-changed",
                id = id.to_string(),
                name = safe(name),
                field = words::field_word(*field),
                typed = safe(typed)
            ),
            other => other.text(),
        }
    }
}

/// Stored text is untrusted: made safe for the terminal before it joins a sentence.
fn safe(value: &str) -> String {
    text::for_terminal(value).into_owned()
}

/// What a save stored, in words: each field with its value as the project now holds it,
/// and the source now attached to the figures saved (`None`: none was saved).
fn saved_text(project: &Project, fields: &[Field], source: Option<Option<i64>>, sources: &[Source]) -> String {
    let stored = fields
        .iter()
        .map(|field| {
            let value = words::field_value(sources, project, *field);
            let value = if value.is_empty() {
                tr!("tui-saved-cleared")
            } else {
                safe(&value)
            };
            tr!("tui-saved-value", field = words::field_word(*field), value = value)
        })
        .collect::<Vec<_>>()
        .join("; ");
    let source = match source {
        Some(Some(id)) => tr!("tui-saved-source", source = safe(&words::source_name(sources, id))),
        Some(None) => tr!("tui-saved-source", source = words::label("tui-no-source")),
        None => String::new(),
    };
    tr!(
        "tui-saved",
        stored = stored,
        source = source,
        id = project.id.to_string(),
        name = safe(i18n::project_name(project)),
        version = project.version.to_string()
    )
}

/// What a meeting or an agreement added holds, as the command line says it: the values
/// as read, the meeting by its date and place.
fn commission_added(
    meeting: &crate::domain::Meeting,
    agreement: Option<&crate::domain::Agreement>,
    state: crate::domain::MeetingState,
) -> String {
    use crate::i18n::meetings as words;
    let place = safe(&i18n::meeting_place(&meeting.place));
    let date = i18n::format::date(&meeting.date);
    match agreement {
        None => tr!(
            "cli-meeting-added",
            id = meeting.id.to_string(),
            kind = words::kind(meeting.kind),
            number = meeting.number.map_or_else(|| "none".to_string(), |n| n.to_string()),
            place = place,
            date = date,
            state = words::state(state)
        ),
        Some(agreement) => tr!(
            "cli-agreement-added",
            id = agreement.id.to_string(),
            meeting = meeting.id.to_string(),
            place = place,
            date = date,
            text = safe(&agreement.text),
            due = agreement
                .due
                .as_ref()
                .map(|d| tr!("cli-agreement-due", date = i18n::format::date(d)))
                .unwrap_or_default()
        ),
    }
}

/// What an edit on the meetings screen stored, as `meeting set` and `agreement set` say it.
fn commission_set(set: &super::CommissionSet) -> String {
    use crate::i18n::meetings as words;
    match set {
        super::CommissionSet::Meeting(meeting, fields) if fields.is_empty() => {
            tr!("cli-meeting-unchanged", id = meeting.id.to_string())
        }
        super::CommissionSet::Meeting(meeting, fields) => {
            let said: Vec<String> = fields.iter().map(|f| words::meeting_field_said(*f, meeting)).collect();
            tr!(
                "cli-meeting-set",
                id = meeting.id.to_string(),
                place = safe(&i18n::meeting_place(&meeting.place)),
                date = i18n::format::date(&meeting.date),
                fields = said.join(", ")
            )
        }
        super::CommissionSet::Agreement(agreement, fields, linked, unlinked)
            if fields.is_empty() && linked.is_empty() && unlinked.is_empty() =>
        {
            tr!("cli-agreement-unchanged", id = agreement.id.to_string())
        }
        super::CommissionSet::Agreement(agreement, fields, linked, unlinked) => {
            let said: Vec<String> = fields
                .iter()
                .map(|f| words::agreement_field_said(*f, agreement))
                .collect();
            let set = if said.is_empty() {
                String::new()
            } else {
                tr!(
                    "cli-agreement-set",
                    id = agreement.id.to_string(),
                    fields = said.join(", ")
                )
            };
            with_links(set, agreement.id, linked, unlinked)
        }
    }
}

/// A save's sentence, then those of the projects linked and unlinked, as the command
/// line says them (`Agreement #4: linked #6 …`).
fn with_links(said: String, id: i64, linked: &[(i64, String)], unlinked: &[(i64, String)]) -> String {
    let named = |projects: &[(i64, String)]| {
        projects
            .iter()
            .map(|(id, name)| format!("#{id} {}", safe(name)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut sentences: Vec<String> = vec![said].into_iter().filter(|s| !s.is_empty()).collect();
    if !linked.is_empty() {
        sentences.push(tr!(
            "cli-agreement-linked",
            id = id.to_string(),
            projects = named(linked)
        ));
    }
    if !unlinked.is_empty() {
        sentences.push(tr!(
            "cli-agreement-unlinked",
            id = id.to_string(),
            projects = named(unlinked)
        ));
    }
    sentences.join(". ")
}
