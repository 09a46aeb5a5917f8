//! `ortaq agenda` (issue 24): the pack for a meeting, in every report format.

use anyhow::{Result, bail};
use chrono::NaiveDate;
use clap::Args;

use super::Output;
use super::meetings::{today, write};
use crate::domain::{EdtfDate, Meeting, MeetingState, text};
use crate::i18n::format;
use crate::report::meetings as documents;
use crate::report::{agenda, summary::Summary, trend};
use crate::store::{AgreementQuery, Dimension, ProjectQuery, Store};
use crate::tr;

#[derive(Debug, Args)]
pub struct AgendaArgs {
    /// The meeting it is for: its id or words of its place or date (default: the next planned one).
    #[arg(long, allow_hyphen_values = true)]
    pub meeting: Option<String>,
    /// The previous meeting, or a day (2025-09-01, 30d), from which the digest runs (default: the last meeting held before it).
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

/// Where the digest of an agenda starts: a meeting (the previous one), or a time typed.
enum Since {
    Meeting(Option<Meeting>),
    /// The time (RFC 3339, UTC) and its day.
    Time(String, NaiveDate),
}

/// `--since` as typed: a day or a span back (`2025-09-01`, `30d`, as `digest --since`
/// reads them) is a time; anything else names a meeting.
fn since(store: &Store, typed: &str) -> Result<Since> {
    if let Some(stamp) = super::digest::parse_when(typed, chrono::Local::now()) {
        let day = stamp
            .get(..10)
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
            .unwrap_or_else(today);
        return Ok(Since::Time(stamp, day));
    }
    Ok(Since::Meeting(Some(
        store.find_meeting(typed, &crate::i18n::place_names)?,
    )))
}

/// A digest that starts on or after the first day of the meeting it is for says nothing
/// of what led to it: `--meeting 4 --since 6` is refused, naming both.
fn refuse_contradiction(meeting: Option<&Meeting>, since: &Since) -> Result<()> {
    let Some(meeting) = meeting else { return Ok(()) };
    let Some(first) = meeting.date.earliest() else {
        return Ok(());
    };
    let later = match since {
        Since::Meeting(Some(previous)) => (previous.id == meeting.id
            || previous.date.earliest().is_some_and(|d| d >= first))
        .then(|| documents::meeting_named(previous)),
        Since::Time(_, day) => (*day >= first).then(|| format::date(&EdtfDate::from_naive(*day))),
        Since::Meeting(None) => None,
    };
    match later {
        Some(since) => bail!(tr!(
            "cli-agenda-since-after-meeting",
            since = text::for_terminal(&since).into_owned(),
            meeting = text::for_terminal(&documents::meeting_named(meeting)).into_owned()
        )),
        None => Ok(()),
    }
}

pub fn run(store: &Store, args: &AgendaArgs) -> Result<()> {
    let today = today();
    let meetings = store.meetings()?;
    let meeting = match &args.meeting {
        Some(reference) => Some(store.find_meeting(reference, &crate::i18n::place_names)?),
        None => next_planned(&meetings, today).cloned(),
    };
    let since = match &args.since {
        Some(typed) => since(store, typed)?,
        None => Since::Meeting(previous_held(&meetings, meeting.as_ref(), today).cloned()),
    };
    refuse_contradiction(meeting.as_ref(), &since)?;
    let (previous, from, since_day) = match since {
        Since::Meeting(previous) => {
            let from = since_of(previous.as_ref());
            (previous, from, None)
        }
        Since::Time(stamp, day) => (None, stamp, Some(EdtfDate::from_naive(day))),
    };
    let digest = store.digest(&from, None)?;
    let agreement_digest = store.agreement_digest(&digest.since, &digest.until)?;
    let summary = Summary::build(store, &ProjectQuery::default(), &[Dimension::Status], None)?;
    let agreements = store.agreements(&AgreementQuery::default())?;
    let sources = store.sources()?;
    let trend = trend::trend(&store.indicators()?, &sources);
    let parts = agenda::AgendaParts {
        meeting: meeting.as_ref(),
        previous: previous.as_ref(),
        since_day: since_day.as_ref(),
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
