//! `ortaq agreement …` (issue 24): what the meetings agreed, tracked to their due
//! dates, from the command line.

use anyhow::{Result, bail};
use chrono::NaiveDate;
use clap::{Args, Subcommand};

use super::Output;
use super::meetings::{optional_text, pairs, parse_side, parse_status, required_text, today, write};
use super::output::{emit, message, refused};
use super::records;
use crate::domain::{Agreement, AgreementStatus, EdtfDate, reference, text};
use crate::i18n::{format, meetings as words};
use crate::report::meetings as documents;
use crate::store::{AgreementField, AgreementQuery, NewAgreement, Store};
use crate::tr;

#[derive(Debug, Args)]
pub struct AgreementFilters {
    /// Only the overdue ones: due before today, neither done nor dropped.
    #[arg(long)]
    pub overdue: bool,
    /// Only those due before this date: their last day before its first.
    #[arg(long, value_name = "DATE")]
    pub due_before: Option<String>,
    /// Only those of this meeting: its id or a fragment of its place or date.
    #[arg(long, allow_hyphen_values = true)]
    pub meeting: Option<String>,
    /// Only those linked to this project: its id or a fragment of its name.
    #[arg(long, allow_hyphen_values = true)]
    pub project: Option<String>,
    /// Only this side's: kz, uz or both.
    #[arg(long)]
    pub side: Option<String>,
    /// Only this status (repeatable): open, in_progress, done, dropped.
    #[arg(long)]
    pub status: Vec<String>,
}

#[derive(Debug, Subcommand)]
pub enum AgreementCommand {
    /// List agreements, overdue ones first.
    List {
        #[command(flatten)]
        filters: AgreementFilters,
        #[command(flatten)]
        output: Output,
    },
    /// Record what a meeting agreed: `ortaq agreement add khiva "TEXT" --due 2025-12 --side both`.
    Add {
        /// The meeting: its id or a fragment of its place or date.
        meeting: String,
        /// What was agreed.
        #[arg(allow_hyphen_values = true)]
        text: String,
        /// By when, as the text gives it: 2025-12-31, "by the end of 2025", "до конца 2025 года".
        #[arg(long)]
        due: Option<String>,
        /// kz, uz or both.
        #[arg(long)]
        side: Option<String>,
        /// The body responsible.
        #[arg(long, allow_hyphen_values = true)]
        responsible: Option<String>,
        /// A project it concerns (repeatable): its id or a fragment of its name.
        #[arg(long, allow_hyphen_values = true)]
        project: Vec<String>,
        /// open (the default), in_progress, done or dropped.
        #[arg(long)]
        status: Option<String>,
        /// The source: its id or a fragment of its publisher or title.
        #[arg(long, allow_hyphen_values = true)]
        source: Option<String>,
    },
    /// Show an agreement: its fields, linked projects and updates.
    Show {
        /// Its number (`3` or `#3`).
        id: String,
        #[command(flatten)]
        output: Output,
    },
    /// The audit trail of an agreement: when, who, field, old -> new.
    History {
        /// Its number (`3` or `#3`).
        id: String,
        #[command(flatten)]
        output: Output,
    },
    /// Change an agreement: `ortaq agreement set 3 status=done`.
    Set {
        /// Its number (`3` or `#3`).
        id: String,
        /// FIELD=VALUE pairs (meeting, text, side, responsible, due, status, source); empty clears.
        #[arg(value_name = "FIELD=VALUE")]
        assignments: Vec<String>,
        /// Link a project (repeatable).
        #[arg(long, allow_hyphen_values = true)]
        link: Vec<String>,
        /// Unlink a project (repeatable).
        #[arg(long, allow_hyphen_values = true)]
        unlink: Vec<String>,
    },
    /// Add a dated update on an agreement's progress.
    Note {
        /// Its number (`3` or `#3`).
        id: String,
        /// What happened.
        #[arg(allow_hyphen_values = true)]
        text: String,
        /// When, as precise as known (default: today).
        #[arg(long, default_value = "today")]
        date: String,
        /// The source: its id or a fragment of its publisher or title.
        #[arg(long, allow_hyphen_values = true)]
        source: Option<String>,
    },
}

/// The stored text of an agreement's field from what was typed; empty clears.
fn agreement_value(store: &Store, field: AgreementField, value: &str, today: NaiveDate) -> Result<Option<String>> {
    if value.trim().is_empty() {
        return match field {
            AgreementField::Meeting | AgreementField::Text | AgreementField::Status => {
                bail!(tr!("cli-empty-value", option = field.name()))
            }
            _ => Ok(None),
        };
    }
    Ok(Some(match field {
        AgreementField::Meeting => store.find_meeting(value, &crate::i18n::place_names)?.id.to_string(),
        AgreementField::Due => EdtfDate::parse(value, today)
            .map_err(|e| refused("due", &e))?
            .as_str()
            .to_string(),
        AgreementField::Side => parse_side(value)?.code().to_string(),
        AgreementField::Status => parse_status(value)?.code().to_string(),
        AgreementField::Source => records::source_id(store, value)?.to_string(),
        AgreementField::Text | AgreementField::Responsible => value.trim().to_string(),
    }))
}

fn agreement_id(text: &str) -> Result<i64> {
    reference::parse_id(text).ok_or_else(|| anyhow::anyhow!(tr!("cli-bad-agreement-id", given = format!("{text:?}"))))
}

fn project_ids(store: &Store, references: &[String]) -> Result<Vec<i64>> {
    references.iter().map(|r| Ok(store.find_project(r)?.id)).collect()
}

fn query(store: &Store, filters: &AgreementFilters, today: NaiveDate) -> Result<AgreementQuery> {
    Ok(AgreementQuery {
        meeting: filters
            .meeting
            .as_deref()
            .map(|m| store.find_meeting(m, &crate::i18n::place_names).map(|m| m.id))
            .transpose()?,
        project: filters
            .project
            .as_deref()
            .map(|p| store.find_project(p).map(|p| p.id))
            .transpose()?,
        side: filters.side.as_deref().map(parse_side).transpose()?,
        status: filters.status.iter().map(|s| parse_status(s)).collect::<Result<_>>()?,
        due_by: filters
            .due_before
            .as_deref()
            .map(|d| EdtfDate::parse(d, today).map_err(|e| refused("--due-before", &e)))
            .transpose()?
            // Before the date: due by the day before its first day.
            .and_then(|d| d.earliest())
            .and_then(|first| first.pred_opt()),
        overdue_on: filters.overdue.then_some(today),
    })
}

pub fn agreement(store: &mut Store, command: &AgreementCommand) -> Result<()> {
    let today = today();
    match command {
        AgreementCommand::List { filters, output } => {
            let agreements = store.agreements(&query(store, filters, today)?)?;
            let overdue = agreements.iter().filter(|a| a.is_overdue(today)).count();
            let document = documents::agreements(&agreements, &store.meetings()?, today);
            write(store, &document, output)?;
            if overdue > 0 {
                message(&tr!("cli-agreements-overdue", count = overdue));
            }
            Ok(())
        }
        AgreementCommand::Show { id, output } => {
            let found = store.agreement(agreement_id(id)?)?;
            let mut projects = Vec::new();
            for project in &found.projects {
                let read = store.project(*project)?;
                projects.push((read.id, crate::i18n::project_name(&read).to_string()));
            }
            let notes = store.agreement_notes(found.id)?;
            let meetings = store.meetings()?;
            let document = documents::agreement(&found, &meetings, &projects, &notes, &store.sources()?, today);
            write(store, &document, output)
        }
        AgreementCommand::History { id, output } => {
            let id = agreement_id(id)?;
            // A deleted agreement (its creation undone) keeps its history.
            let changes = store.commission_history(crate::store::Entity::Agreement, id)?;
            if changes.is_empty() {
                return Err(crate::store::StoreError::from(crate::store::CommissionProblem::NoAgreement { id }).into());
            }
            let title = tr!("report-agreement-history", id = id.to_string());
            // Updates and projects by what they are, not by their ids.
            let notes = store.agreement_notes(id)?;
            let mut projects = Vec::new();
            for change in changes.iter().filter(|c| c.field == "project") {
                let linked = change.old_value.as_deref().or(change.new_value.as_deref());
                if let Some(project) = linked.and_then(reference::parse_id) {
                    let read = store.project(project)?;
                    projects.push((project, crate::i18n::project_name(&read).to_string()));
                }
            }
            let (meetings, sources) = (store.meetings()?, store.sources()?);
            let names = documents::HistoryNames {
                entity: crate::store::Entity::Agreement,
                meetings: &meetings,
                notes: &notes,
                projects: &projects,
                sources: &sources,
            };
            write(store, &documents::history(title, &changes, &names), output)
        }
        AgreementCommand::Add {
            meeting,
            text: said,
            due,
            side,
            responsible,
            project,
            status,
            source,
        } => add_agreement(
            store,
            meeting,
            said,
            due,
            side,
            responsible,
            project,
            status,
            source,
            today,
        ),
        AgreementCommand::Set {
            id,
            assignments,
            link,
            unlink,
        } => {
            let id = agreement_id(id)?;
            let mut values = Vec::new();
            for (name, value) in pairs(assignments)? {
                let field = AgreementField::parse(&name).ok_or_else(|| {
                    let fields: Vec<&str> = AgreementField::ALL.iter().map(|f| f.name()).collect();
                    anyhow::anyhow!(tr!(
                        "cli-bad-agreement-field",
                        given = name.as_str(),
                        fields = fields.join(", ")
                    ))
                })?;
                values.push((field, agreement_value(store, field, &value, today)?));
            }
            let (link, unlink) = (project_ids(store, link)?, project_ids(store, unlink)?);
            let before = store.agreement(id)?;
            let (after, fields) = store.set_agreement(id, &values, &link, &unlink)?;
            say_set(store, &before, &after, &fields)
        }
        AgreementCommand::Note {
            id,
            text: said,
            date,
            source,
        } => {
            let id = agreement_id(id)?;
            let date = EdtfDate::parse(date, today).map_err(|e| refused("--date", &e))?;
            let source = source.as_deref().map(|s| records::source_id(store, s)).transpose()?;
            let note = store.note_agreement(id, &date, said, source)?;
            message(&tr!(
                "cli-agreement-noted",
                id = id.to_string(),
                date = format::date(&note.date),
                text = text::for_terminal(&note.text)
            ));
            Ok(())
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn add_agreement(
    store: &mut Store,
    meeting: &str,
    said: &str,
    due: &Option<String>,
    side: &Option<String>,
    responsible: &Option<String>,
    project: &[String],
    status: &Option<String>,
    source: &Option<String>,
    today: NaiveDate,
) -> Result<()> {
    let meeting = store.find_meeting(meeting, &crate::i18n::place_names)?;
    let new = NewAgreement {
        meeting_id: meeting.id,
        text: required_text(said, "TEXT")?,
        side: side.as_deref().map(parse_side).transpose()?,
        responsible: optional_text(responsible.as_deref()),
        due: due
            .as_deref()
            .map(|d| EdtfDate::parse(d, today).map_err(|e| refused("--due", &e)))
            .transpose()?,
        status: status
            .as_deref()
            .map(parse_status)
            .transpose()?
            .unwrap_or(AgreementStatus::Open),
        source_id: source.as_deref().map(|s| records::source_id(store, s)).transpose()?,
        projects: project_ids(store, project)?,
    };
    let added = store.add_agreement(&new)?;
    let due = added
        .due
        .as_ref()
        .map(|d| tr!("cli-agreement-due", date = format::date(d)))
        .unwrap_or_default();
    message(&tr!(
        "cli-agreement-added",
        id = added.id.to_string(),
        meeting = meeting.id.to_string(),
        place = text::for_terminal(&crate::i18n::meeting_place(&meeting.place)).into_owned(),
        date = format::date(&meeting.date),
        text = text::for_terminal(&added.text),
        due = due
    ));
    if !added.projects.is_empty() {
        message(&tr!(
            "cli-agreement-linked",
            id = added.id.to_string(),
            projects = project_names(store, &added.projects)?
        ));
    }
    emit(&format!("{}\n", added.id))
}

fn project_names(store: &Store, ids: &[i64]) -> Result<String> {
    let mut names = Vec::new();
    for id in ids {
        let project = store.project(*id)?;
        names.push(format!(
            "#{id} {}",
            text::for_terminal(crate::i18n::project_name(&project))
        ));
    }
    Ok(names.join(", "))
}

/// Says what `agreement set` stored: the fields, the links added and removed.
fn say_set(store: &Store, before: &Agreement, after: &Agreement, fields: &[AgreementField]) -> Result<()> {
    let id = after.id.to_string();
    let linked: Vec<i64> = after
        .projects
        .iter()
        .copied()
        .filter(|p| !before.projects.contains(p))
        .collect();
    let unlinked: Vec<i64> = before
        .projects
        .iter()
        .copied()
        .filter(|p| !after.projects.contains(p))
        .collect();
    if fields.is_empty() && linked.is_empty() && unlinked.is_empty() {
        message(&tr!("cli-agreement-unchanged", id = id));
        return Ok(());
    }
    if !fields.is_empty() {
        let names: Vec<String> = fields.iter().map(|f| words::agreement_field_said(*f, after)).collect();
        message(&tr!("cli-agreement-set", id = id.as_str(), fields = names.join(", ")));
    }
    if !linked.is_empty() {
        message(&tr!(
            "cli-agreement-linked",
            id = id.as_str(),
            projects = project_names(store, &linked)?
        ));
    }
    if !unlinked.is_empty() {
        message(&tr!(
            "cli-agreement-unlinked",
            id = id.as_str(),
            projects = project_names(store, &unlinked)?
        ));
    }
    Ok(())
}

/// A project's agreements, as `show` prints them under the project (none: nothing).
pub fn project_agreements(store: &Store, project: i64) -> Result<String> {
    let query = AgreementQuery {
        project: Some(project),
        ..Default::default()
    };
    let agreements = store.agreements(&query)?;
    if agreements.is_empty() {
        return Ok(String::new());
    }
    let today = today();
    let listed: Vec<&Agreement> = agreements.iter().collect();
    let section = documents::agreements_section(
        "agreements",
        tr!("report-project-agreements"),
        &listed,
        &store.meetings()?,
        today,
    );
    let document = crate::report::document::Document {
        title: tr!("report-project-agreements"),
        subtitle: tr!(
            "report-agreements-subtitle",
            today = format::date(&EdtfDate::from_naive(today))
        ),
        facts: Vec::new(),
        sections: vec![section],
        empty: tr!("report-none"),
    };
    Ok(format!("\n{}", crate::report::document::render_text(&document, false)))
}
