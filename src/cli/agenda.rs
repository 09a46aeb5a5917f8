//! `ortaq agenda` (issue 24): the pack for a meeting, in every report format.

use anyhow::Result;
use chrono::NaiveDate;
use clap::Args;

use super::Output;
use super::meetings::{today, write};
use crate::domain::{Meeting, MeetingState};
use crate::report::{agenda, summary::Summary, trend};
use crate::store::{AgreementQuery, Dimension, ProjectQuery, Store};

#[derive(Debug, Args)]
pub struct AgendaArgs {
    /// The meeting it is for: its id or words of its place or date (default: the next planned one).
    #[arg(long, allow_hyphen_values = true)]
    pub meeting: Option<String>,
    /// The previous meeting, from which the digest runs (default: the last held before it).
    #[arg(long, allow_hyphen_values = true)]
    pub since: Option<String>,
    #[command(flatten)]
    pub output: Output,
}

/// The next planned meeting: the soonest whose days have not all passed.
fn next_planned(meetings: &[Meeting], today: NaiveDate) -> Option<&Meeting> {
    meetings
        .iter()
        .filter(|m| m.state(today) == MeetingState::Planned)
        .min_by(|a, b| a.date.cmp(&b.date))
}

/// The last meeting held before `meeting` (or, with none, on or before today).
fn previous_held<'a>(meetings: &'a [Meeting], meeting: Option<&Meeting>, today: NaiveDate) -> Option<&'a Meeting> {
    let bound = meeting.and_then(|m| m.date.earliest()).unwrap_or(today);
    meetings
        .iter()
        .filter(|m| m.held && Some(m.id) != meeting.map(|x| x.id))
        .filter(|m| {
            m.date
                .earliest()
                .is_some_and(|first| first < bound || (meeting.is_none() && first <= bound))
        })
        .max_by(|a, b| a.date.cmp(&b.date))
}

/// Midnight UTC of the first day a meeting may have begun: where its digest starts.
fn since_of(meeting: Option<&Meeting>) -> String {
    meeting
        .and_then(|m| m.date.earliest())
        .map_or_else(|| "1970-01-01T00:00:00Z".to_string(), |day| format!("{day}T00:00:00Z"))
}

pub fn run(store: &Store, args: &AgendaArgs) -> Result<()> {
    let today = today();
    let meetings = store.meetings()?;
    let meeting = match &args.meeting {
        Some(reference) => Some(store.find_meeting(reference)?),
        None => next_planned(&meetings, today).cloned(),
    };
    let previous = match &args.since {
        Some(reference) => Some(store.find_meeting(reference)?),
        None => previous_held(&meetings, meeting.as_ref(), today).cloned(),
    };
    let digest = store.digest(&since_of(previous.as_ref()), None)?;
    let agreement_digest = store.agreement_digest(&digest.since, &digest.until)?;
    let summary = Summary::build(store, &ProjectQuery::default(), &[Dimension::Status], None)?;
    let agreements = store.agreements(&AgreementQuery::default())?;
    let sources = store.sources()?;
    let trend = trend::trend(&store.indicators()?, &sources);
    let parts = agenda::AgendaParts {
        meeting: meeting.as_ref(),
        previous: previous.as_ref(),
        agreements: &agreements,
        meetings: &meetings,
        digest: &digest,
        agreement_digest: &agreement_digest,
        summary: &summary,
        trend: &trend,
        sources: &sources,
        today,
    };
    write(store, &agenda::build(&parts), &args.output)
}
