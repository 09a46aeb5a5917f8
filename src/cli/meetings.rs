//! `ortaq meeting …` and `ortaq agreement …` (issue 24): the commission's meetings and
//! what they agreed, from the command line.

use anyhow::{Result, bail};
use chrono::{Local, NaiveDate};
use clap::Subcommand;

use super::output::{emit, message, refused};
use super::{Output, records};
use crate::domain::{AgreementStatus, EdtfDate, MeetingKind, Side, text};
use crate::i18n::{format, meetings as words};
use crate::report::meetings as documents;
use crate::store::{AgreementQuery, MeetingField, NewMeeting, Store, Undone};
use crate::tr;

pub(super) fn today() -> NaiveDate {
    Local::now().date_naive()
}

#[derive(Debug, Subcommand)]
pub enum MeetingCommand {
    /// List the meetings, newest first; planned ones and ones not recorded as held said so.
    List(Output),
    /// Add a meeting.
    Add {
        /// As precise as known: 2025-10-22, 22.10.2025–23.10.2025, 2025-10, autumn 2025.
        #[arg(long)]
        date: String,
        /// Where: a city.
        #[arg(long, allow_hyphen_values = true)]
        place: String,
        /// commission, forum, talks or working_group.
        #[arg(long, default_value = "commission")]
        kind: String,
        /// Its number in the series (21 for the 21st).
        #[arg(long)]
        number: Option<String>,
        /// Who co-chaired it.
        #[arg(long, allow_hyphen_values = true)]
        co_chairs: Option<String>,
        /// What the source calls it.
        #[arg(long, allow_hyphen_values = true)]
        title: Option<String>,
        /// A source records it as held (otherwise it is announced only).
        #[arg(long)]
        held: bool,
        /// The source: its id or a fragment of its publisher or title.
        #[arg(long, allow_hyphen_values = true)]
        source: Option<String>,
    },
    /// Show a meeting and its agreements.
    Show {
        /// Id (`6`) or a fragment of its place, title or date (`khiva 2025`).
        meeting: String,
        #[command(flatten)]
        output: Output,
    },
    /// The audit trail of a meeting: when, who, field, old -> new.
    History {
        /// Id (`6`) or a fragment of its place, title or date.
        meeting: String,
        #[command(flatten)]
        output: Output,
    },
    /// Change fields of a meeting: `ortaq meeting set 6 held=yes`.
    Set {
        /// Id (`6`) or a fragment of its place, title or date.
        meeting: String,
        /// FIELD=VALUE pairs (date, place, kind, number, co_chairs, title, held, source); empty clears.
        #[arg(required = true, value_name = "FIELD=VALUE")]
        assignments: Vec<String>,
    },
}

pub(super) fn write(store: &Store, document: &crate::report::document::Document, output: &Output) -> Result<()> {
    super::digest::write(
        document,
        output.format,
        output.output.as_deref(),
        output.force,
        store.path(),
    )
}

pub fn meeting(store: &mut Store, command: &MeetingCommand) -> Result<()> {
    let today = today();
    match command {
        MeetingCommand::List(output) => {
            let document = documents::meetings(&store.meetings()?, &store.sources()?, today);
            write(store, &document, output)
        }
        MeetingCommand::Show { meeting, output } => {
            let found = store.find_meeting(meeting, &crate::i18n::place_names)?;
            let query = AgreementQuery {
                meeting: Some(found.id),
                ..Default::default()
            };
            let agreements = store.agreements(&query)?;
            let document = documents::meeting(&found, &agreements, &store.sources()?, today);
            write(store, &document, output)
        }
        MeetingCommand::History { meeting, output } => {
            let found = store.find_meeting(meeting, &crate::i18n::place_names)?;
            let changes = store.commission_history(crate::store::Entity::Meeting, found.id)?;
            let title = tr!("report-meeting-history", id = found.id.to_string());
            let (meetings, sources) = (store.meetings()?, store.sources()?);
            let names = documents::HistoryNames {
                entity: crate::store::Entity::Meeting,
                meetings: &meetings,
                notes: &[],
                projects: &[],
                sources: &sources,
            };
            write(store, &documents::history(title, &changes, &names), output)
        }
        MeetingCommand::Add {
            date,
            place,
            kind,
            number,
            co_chairs,
            title,
            held,
            source,
        } => {
            let new = NewMeeting {
                date: EdtfDate::parse(date, today).map_err(|e| refused("--date", &e))?,
                place: required_text(place, "--place")?,
                kind: parse_kind(kind)?,
                number: number.as_deref().map(parse_number).transpose()?,
                co_chairs: optional_text(co_chairs.as_deref()),
                title: optional_text(title.as_deref()),
                held: *held,
                source_id: source.as_deref().map(|s| records::source_id(store, s)).transpose()?,
            };
            let added = store.add_meeting(&new, &crate::i18n::place_names)?;
            message(&tr!(
                "cli-meeting-added",
                id = added.id.to_string(),
                kind = words::kind(added.kind),
                number = added.number.map_or_else(|| "none".to_string(), |n| n.to_string()),
                place = text::for_terminal(&crate::i18n::meeting_place(&added.place)).into_owned(),
                date = format::date(&added.date),
                state = words::state(added.state(today))
            ));
            emit(&format!("{}\n", added.id))
        }
        MeetingCommand::Set { meeting, assignments } => {
            let found = store.find_meeting(meeting, &crate::i18n::place_names)?;
            let mut values = Vec::new();
            for (name, value) in pairs(assignments)? {
                let field = MeetingField::parse(&name).ok_or_else(|| {
                    let fields: Vec<&str> = MeetingField::ALL.iter().map(|f| f.name()).collect();
                    anyhow::anyhow!(tr!(
                        "cli-bad-meeting-field",
                        given = name.as_str(),
                        fields = fields.join(", ")
                    ))
                })?;
                values.push((field, meeting_value(store, field, &value, today)?));
            }
            let (changed, fields) = store.set_meeting(found.id, &values, &crate::i18n::place_names)?;
            if fields.is_empty() {
                message(&tr!("cli-meeting-unchanged", id = found.id.to_string()));
            } else {
                // Each field with the value now stored, as `set` says of a project.
                let names: Vec<String> = fields.iter().map(|f| words::meeting_field_said(*f, &changed)).collect();
                message(&tr!(
                    "cli-meeting-set",
                    id = changed.id.to_string(),
                    place = text::for_terminal(&crate::i18n::meeting_place(&changed.place)).into_owned(),
                    date = format::date(&changed.date),
                    fields = names.join(", ")
                ));
            }
            Ok(())
        }
    }
}

pub(super) fn pairs(assignments: &[String]) -> Result<Vec<(String, String)>> {
    assignments
        .iter()
        .map(|pair| match pair.split_once('=') {
            Some((name, value)) => Ok((name.trim().to_string(), value.to_string())),
            None => bail!(tr!("cli-not-assignment", given = format!("{pair:?}"))),
        })
        .collect()
}

pub(super) fn required_text(value: &str, option: &str) -> Result<String> {
    match optional_text(Some(value)) {
        Some(text) => Ok(text),
        None => bail!(tr!("cli-empty-value", option = option)),
    }
}

pub(super) fn optional_text(value: Option<&str>) -> Option<String> {
    value.map(str::trim).filter(|v| !v.is_empty()).map(str::to_string)
}

fn parse_kind(text: &str) -> Result<MeetingKind> {
    MeetingKind::parse(text).ok_or_else(|| {
        let kinds: Vec<String> = MeetingKind::ALL
            .iter()
            .map(|k| format!("{} ({})", crate::i18n::meetings::kind(*k), k.code()))
            .collect();
        anyhow::anyhow!(tr!(
            "cli-bad-kind",
            given = crate::i18n::error::quoted(crate::i18n::language(), text),
            kinds = kinds.join(", ")
        ))
    })
}

/// A meeting's number in its series: a plain number (`22`). `22nd` or `22-е` is refused
/// rather than read, as any other text around a figure is.
fn parse_number(text: &str) -> Result<i64> {
    let digits = text.trim();
    Some(digits)
        .filter(|d| !d.is_empty() && d.chars().all(|c| c.is_ascii_digit()))
        .and_then(|d| d.parse::<i64>().ok())
        .filter(|n| *n > 0)
        .ok_or_else(|| {
            anyhow::anyhow!(tr!(
                "cli-bad-number",
                given = crate::i18n::error::quoted(crate::i18n::language(), text)
            ))
        })
}

pub(super) fn parse_side(text: &str) -> Result<Side> {
    Side::parse(text).ok_or_else(|| {
        anyhow::anyhow!(tr!(
            "cli-bad-side",
            given = crate::i18n::error::quoted(crate::i18n::language(), text)
        ))
    })
}

pub(super) fn parse_status(text: &str) -> Result<AgreementStatus> {
    let named = crate::i18n::meetings::statuses_named;
    match AgreementStatus::readings(text).as_slice() {
        [one] => Ok(*one),
        [] => bail!(tr!(
            "cli-bad-agreement-status",
            given = crate::i18n::error::quoted(crate::i18n::language(), text),
            statuses = named(&AgreementStatus::ALL)
        )),
        several => bail!(tr!(
            "cli-ambiguous-agreement-status",
            given = crate::i18n::error::quoted(crate::i18n::language(), text),
            statuses = named(several)
        )),
    }
}

/// The stored text of a meeting's field from what was typed; empty clears.
fn meeting_value(store: &Store, field: MeetingField, value: &str, today: NaiveDate) -> Result<Option<String>> {
    if value.trim().is_empty() {
        return match field {
            MeetingField::Date | MeetingField::Place | MeetingField::Kind => {
                bail!(tr!("cli-empty-value", option = field.name()))
            }
            MeetingField::Held => Ok(Some("0".into())),
            _ => Ok(None),
        };
    }
    Ok(Some(match field {
        MeetingField::Date => EdtfDate::parse(value, today)
            .map_err(|e| refused("date", &e))?
            .as_str()
            .to_string(),
        MeetingField::Kind => parse_kind(value)?.code().to_string(),
        MeetingField::Number => parse_number(value)?.to_string(),
        MeetingField::Held => match value.trim().to_lowercase().as_str() {
            "yes" | "true" | "1" | "да" => "1".into(),
            "no" | "false" | "0" | "нет" => "0".into(),
            _ => bail!(tr!("cli-bad-held", given = format!("{value:?}"))),
        },
        MeetingField::Source => records::source_id(store, value)?.to_string(),
        MeetingField::Place | MeetingField::CoChairs | MeetingField::Title => value.trim().to_string(),
    }))
}

/// `undo` and `redo` across projects, meetings and agreements.
pub fn say_undone(undone: &Undone, undo: bool) -> String {
    let change = text::for_terminal(&words::undone(undone).1).into_owned();
    if undo {
        tr!("cli-undone", change = change)
    } else {
        tr!("cli-redone", change = change)
    }
}
